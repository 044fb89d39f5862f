import { createHash } from 'node:crypto';
import { FieldCollector } from '../../platform/forms.ts';
import './messages.ts';

/**
 * Checks on evidence files (scans of approvals, vouchers, photos of the event). Only PDF, JPEG
 * and PNG are kept: what auditors can open anywhere without running anything, and the declared
 * type must match the file's first bytes so a renamed executable or HTML page is refused.
 */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_PER_QUESTION = 5;

export type EvidenceType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: ReadonlyArray<{ type: EvidenceType; bytes: number[]; extensions: string[] }> = [
  // "%PDF-" (ISO 32000-1, 7.5.2 File Header)
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['pdf'] },
  // SOI marker FF D8 then the first marker's FF (ITU T.81, B.1.1.3)
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff], extensions: ['jpg', 'jpeg'] },
  // PNG signature (RFC 2083, 3.1)
  {
    type: 'image/png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    extensions: ['png'],
  },
];

export interface EvidenceUpload {
  field: string;
  fileName: string;
  declaredType: string;
  content: Buffer;
}

export interface CheckedEvidence {
  field: string;
  fileName: string;
  contentType: EvidenceType;
  size: number;
  sha256: string;
  content: Buffer;
}

/** A file name safe to show and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip.
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  const chars = [...cleaned];
  return (chars.length > 120 ? chars.slice(chars.length - 120) : chars).join('') || 'evidence';
}

function sniff(content: Buffer): EvidenceType | null {
  for (const s of SIGNATURES) {
    if (content.length >= s.bytes.length && s.bytes.every((b, i) => content[i] === b)) {
      return s.type;
    }
  }
  return null;
}

/**
 * Checks every uploaded file of one request; all problems are reported together and none of the
 * files is accepted unless all are (the request changes nothing or everything).
 */
export function checkEvidence(uploads: readonly EvidenceUpload[]): CheckedEvidence[] {
  const errors = new FieldCollector();
  const out: CheckedEvidence[] = [];
  for (const u of uploads) {
    const file = cleanFileName(u.fileName);
    const extension = file.includes('.') ? (file.split('.').pop() ?? '').toLowerCase() : '';
    const declared = SIGNATURES.find(
      (s) =>
        s.type === u.declaredType || (u.declaredType === 'image/jpg' && s.type === 'image/jpeg'),
    );
    const byExtension = SIGNATURES.find((s) => s.extensions.includes(extension));
    if (u.content.length === 0) {
      errors.add(u.field, 'assessment.evidence_empty', { file });
      continue;
    }
    if (u.content.length > EVIDENCE_MAX_BYTES) {
      errors.add(u.field, 'assessment.evidence_too_large', { file });
      continue;
    }
    if (!declared && !byExtension) {
      errors.add(u.field, 'assessment.evidence_type', { file });
      continue;
    }
    const actual = sniff(u.content);
    const claimed = declared ?? byExtension;
    if (!actual || actual !== claimed?.type || (byExtension && byExtension.type !== actual)) {
      errors.add(u.field, 'assessment.evidence_mismatch', { file });
      continue;
    }
    out.push({
      field: u.field,
      fileName: file,
      contentType: actual,
      size: u.content.length,
      sha256: createHash('sha256').update(u.content).digest('hex'),
      content: u.content,
    });
  }
  errors.throwIfAny();
  return out;
}
