import { describe, expect, it } from 'vitest';
import { DEMO_PNG } from './demo.ts';
import { checkUpload, safeFilename, sniffKind } from './uploads.ts';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('uploads', () => {
  it('recognises files by their first bytes, not their names', () => {
    expect(sniffKind(bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffKind(new Uint8Array(DEMO_PNG))).toBe('png');
    expect(sniffKind(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('jpeg');
    expect(sniffKind(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffKind(bytes('MZ\x90\x00'))).toBeNull();
    expect(sniffKind(bytes('<html><script>'))).toBeNull();
    expect(sniffKind(bytes('RIFF', [1, 2, 3, 4], 'WAVE'))).toBeNull();
  });

  it('refuses wrong kinds, empty and oversize files with a clear code', () => {
    const pdf = bytes('%PDF-1.4 hello');
    expect(checkUpload(pdf, ['pdf'], 1)).toEqual({ ok: true, kind: 'pdf' });
    expect(checkUpload(pdf, ['png', 'jpeg'], 1)).toMatchObject({
      ok: false,
      code: 'eservices.file_wrong_type',
      params: { kinds: 'PNG, JPEG' },
    });
    expect(checkUpload(new Uint8Array(), ['pdf'], 1)).toMatchObject({
      ok: false,
      code: 'eservices.file_empty',
    });
    const big = new Uint8Array(2049);
    big.set(pdf);
    expect(checkUpload(big, ['pdf'], 2)).toMatchObject({
      ok: false,
      code: 'eservices.file_too_big',
      params: { max: '2 KB' },
    });
    expect(checkUpload(new Uint8Array(3 * 1024 * 1024), ['pdf'], 2048)).toMatchObject({
      params: { max: '2 MB' },
    });
  });

  it('stores names without paths or control characters, with the real extension', () => {
    expect(safeFilename('..\\..\\windows\\บัตรประชาชน.exe', 'pdf')).toBe('บัตรประชาชน.pdf');
    expect(safeFilename('a"b<c>\n.png', 'jpeg')).toBe('abc.jpg');
    expect(safeFilename('', 'png')).toBe('file.png');
  });
});
