import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors.ts';
import type { Viewer } from '../../platform/http/server.tsx';
import type { Upload } from './service.ts';

/** Small HTTP helpers shared by the e-service routes (no domain rules here). */
export async function requireViewer(request: FastifyRequest): Promise<Viewer> {
  const viewer = await request.getViewer();
  if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
  return viewer;
}

interface MultipartFile {
  filename: string;
  toBuffer(): Promise<Buffer>;
}

function isFile(v: unknown): v is MultipartFile {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as MultipartFile).toBuffer === 'function' &&
    'filename' in v
  );
}

/**
 * Files of a multipart body (@fastify/multipart with attachFieldsToBody). A file input left
 * empty still sends a part with an empty name and no bytes; that is "no new file", not an error.
 */
export async function readUploads(body: unknown): Promise<Upload[]> {
  const uploads: Upload[] = [];
  if (!body || typeof body !== 'object') return uploads;
  for (const [field, raw] of Object.entries(body as Record<string, unknown>)) {
    for (const part of Array.isArray(raw) ? raw : [raw]) {
      if (!isFile(part)) continue;
      const bytes = await part.toBuffer();
      if (!part.filename && bytes.length === 0) continue;
      uploads.push({ field, filename: part.filename || 'file', bytes: new Uint8Array(bytes) });
    }
  }
  return uploads;
}

export function query(request: FastifyRequest): Record<string, string> {
  const q = request.query as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q ?? {})) {
    const value = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof value === 'string') out[k] = value.trim();
  }
  return out;
}

export function params(request: FastifyRequest): Record<string, string> {
  return request.params as Record<string, string>;
}

export function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'private, no-store');
}

/** RFC 6266 / RFC 5987: an ASCII fallback plus the UTF-8 name, so Thai file names survive. */
export function contentDisposition(kind: 'attachment' | 'inline', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
