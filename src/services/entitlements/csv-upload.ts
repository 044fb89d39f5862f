import { parse } from 'csv-parse/sync';
import { FieldCollector } from '../../platform/forms.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { isValidCitizenId } from '../../registry/index.ts';
import { isEntitlementStatus } from './entitlement.ts';

defineMessages({
  'entitlements.csv_unreadable': {
    th: 'อ่านไฟล์ CSV ไม่ได้: {detail}',
    en: 'The CSV file could not be read: {detail}',
  },
  'entitlements.csv_header': {
    th: 'หัวตารางต้องเป็น: {columns}',
    en: 'The header row must be: {columns}',
  },
  'entitlements.csv_rows_invalid': {
    th: 'พบข้อมูลไม่ถูกต้อง {count} แถว จึงไม่ได้นำเข้าข้อมูลใดเลย: {lines}',
    en: '{count} rows are invalid, so nothing was imported: {lines}',
  },
  'entitlements.csv_empty': { th: 'ไฟล์ไม่มีข้อมูล', en: 'The file has no rows' },
});

export const ENTITLEMENT_CSV_COLUMNS = [
  'citizen_id',
  'entitlement_code',
  'title_th',
  'title_en',
  'status',
  'amount_baht',
  'detail_th',
  'detail_en',
  'valid_from',
  'valid_until',
] as const;

export interface EntitlementRow {
  citizen_id: string;
  entitlement_code: string;
  title_th: string;
  title_en: string;
  status: 'active' | 'pending' | 'ended' | 'not_eligible';
  amount_baht: string | null;
  detail_th: string | null;
  detail_en: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

function rowProblems(r: Record<string, string>): string[] {
  const p: string[] = [];
  if (!isValidCitizenId(r.citizen_id ?? '')) p.push('citizen_id');
  if (!/^[a-z0-9][a-z0-9_-]{0,99}$/.test(r.entitlement_code ?? '')) p.push('entitlement_code');
  if (!r.title_th) p.push('title_th');
  if (!r.title_en) p.push('title_en');
  if (!isEntitlementStatus(r.status)) p.push('status');
  if (r.amount_baht && !/^\d{1,12}(\.\d{1,2})?$/.test(r.amount_baht)) p.push('amount_baht');
  for (const d of ['valid_from', 'valid_until'] as const) {
    if (r[d] && !/^\d{4}-\d{2}-\d{2}$/.test(r[d] ?? '')) p.push(d);
  }
  return p;
}

/**
 * Reads an agency's entitlement CSV (UTF-8, header row, RFC 4180). All or nothing: one bad row
 * and no row is taken, with every bad line named, so an agency never publishes half a list.
 */
export function parseEntitlementCsv(text: string): EntitlementRow[] {
  const errors = new FieldCollector();
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    errors.add('file', 'entitlements.csv_unreadable', {
      detail: (error as Error).message.slice(0, 200),
    });
    errors.throwIfAny();
    return [];
  }
  const [header, ...rows] = records;
  if (!header || header.join(',') !== ENTITLEMENT_CSV_COLUMNS.join(',')) {
    errors.add('file', 'entitlements.csv_header', { columns: ENTITLEMENT_CSV_COLUMNS.join(',') });
    errors.throwIfAny();
  }
  if (rows.length === 0) {
    errors.add('file', 'entitlements.csv_empty');
    errors.throwIfAny();
  }
  const out: EntitlementRow[] = [];
  const bad: string[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== ENTITLEMENT_CSV_COLUMNS.length) {
      bad.push(`${line} (columns)`);
      return;
    }
    const r = Object.fromEntries(
      ENTITLEMENT_CSV_COLUMNS.map((c, j) => [c, (cells[j] ?? '').trim()]),
    );
    const problems = rowProblems(r);
    if (problems.length) {
      bad.push(`${line} (${problems.join(', ')})`);
      return;
    }
    const opt = (v: string | undefined) => (v ? v : null);
    out.push({
      citizen_id: r.citizen_id!,
      entitlement_code: r.entitlement_code!,
      title_th: r.title_th!,
      title_en: r.title_en!,
      status: r.status as EntitlementRow['status'],
      amount_baht: opt(r.amount_baht),
      detail_th: opt(r.detail_th),
      detail_en: opt(r.detail_en),
      valid_from: opt(r.valid_from),
      valid_until: opt(r.valid_until),
    });
  });
  if (bad.length) {
    const shown = bad.slice(0, 20).join('; ') + (bad.length > 20 ? ' …' : '');
    errors.add('file', 'entitlements.csv_rows_invalid', { count: bad.length, lines: shown });
    errors.throwIfAny();
  }
  return out;
}
