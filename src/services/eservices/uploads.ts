import type { FileKind } from './types.ts';

/**
 * What a file really is, read from its first bytes (its "magic number"), never from the name or
 * the browser's Content-Type, both of which the sender chooses. Signatures: PDF 1.7 (ISO
 * 32000-1, 7.5.2) "%PDF-"; PNG (RFC 2083, 3.1) 89 50 4E 47 0D 0A 1A 0A; JPEG (ITU T.81, B.1.1.2)
 * SOI FF D8 then a marker FF; WebP (RFC 9649, 2.5) "RIFF" size "WEBP".
 */
export function sniffKind(bytes: Uint8Array): FileKind | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

export const contentTypes: Record<FileKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export const kindLabels: Record<FileKind, string> = {
  pdf: 'PDF',
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
};

/** The accept attribute for a file input: MIME types and extensions, so pickers filter well. */
export function acceptAttribute(kinds: FileKind[]): string {
  const ext: Record<FileKind, string> = {
    pdf: '.pdf',
    jpeg: '.jpg,.jpeg',
    png: '.png',
    webp: '.webp',
  };
  return kinds.map((k) => `${contentTypes[k]},${ext[k]}`).join(',');
}

/**
 * A file name safe to store and to put in a Content-Disposition header: no path, no control
 * characters, at most 120 characters, and the extension of what the file really is.
 */
export function safeFilename(name: string, kind: FileKind): string {
  const ext: Record<FileKind, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png', webp: 'webp' };
  const base = (name.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 110);
  return `${base || 'file'}.${ext[kind]}`;
}

export type UploadCheck =
  | { ok: true; kind: FileKind }
  | { ok: false; code: string; params: Record<string, string | number> };

export function checkUpload(bytes: Uint8Array, accept: FileKind[], maxSizeKb: number): UploadCheck {
  if (bytes.length === 0) return { ok: false, code: 'eservices.file_empty', params: {} };
  if (bytes.length > maxSizeKb * 1024) {
    return {
      ok: false,
      code: 'eservices.file_too_big',
      params: {
        max:
          maxSizeKb >= 1024 ? `${Math.round((maxSizeKb / 1024) * 10) / 10} MB` : `${maxSizeKb} KB`,
      },
    };
  }
  const kind = sniffKind(bytes);
  if (!kind || !accept.includes(kind)) {
    return {
      ok: false,
      code: 'eservices.file_wrong_type',
      params: { kinds: accept.map((k) => kindLabels[k]).join(', ') },
    };
  }
  return { ok: true, kind };
}
