/**
 * The smallest CBOR encoder (RFC 8949) the software authenticator needs: unsigned and negative
 * integers, byte and text strings, arrays and maps. Encodes definite lengths and the shortest
 * argument form, which is what CTAP2's canonical encoding asks for (CTAP 2.1, 8 "Message
 * Encoding"); map keys are written in the order given, so callers give them canonically.
 */
export type CborValue =
  | number
  | string
  | Uint8Array
  | CborValue[]
  | Map<number | string, CborValue>
  | { [key: string]: CborValue };

function head(major: number, argument: number): number[] {
  const m = major << 5;
  if (argument < 24) return [m | argument];
  if (argument < 0x100) return [m | 24, argument];
  if (argument < 0x10000) return [m | 25, argument >> 8, argument & 0xff];
  if (argument < 0x100000000) {
    return [
      m | 26,
      (argument >>> 24) & 0xff,
      (argument >>> 16) & 0xff,
      (argument >>> 8) & 0xff,
      argument & 0xff,
    ];
  }
  throw new RangeError('CBOR integers above 2^32 are not needed here');
}

function encodeInto(out: number[], value: CborValue): void {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new TypeError('Only integers are supported');
    if (value >= 0) out.push(...head(0, value));
    else out.push(...head(1, -1 - value));
  } else if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    out.push(...head(3, bytes.length));
    for (const b of bytes) out.push(b);
  } else if (value instanceof Uint8Array) {
    out.push(...head(2, value.length));
    for (const b of value) out.push(b);
  } else if (Array.isArray(value)) {
    out.push(...head(4, value.length));
    for (const item of value) encodeInto(out, item);
  } else {
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    out.push(...head(5, entries.length));
    for (const [k, v] of entries) {
      encodeInto(out, k);
      encodeInto(out, v);
    }
  }
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  encodeInto(out, value);
  return Uint8Array.from(out);
}
