/**
 * CSV as RFC 4180 says (CRLF line ends; a field with a comma, quote or line break is quoted and
 * its quotes doubled), with a UTF-8 byte-order mark in front because Excel reads UTF-8 without
 * one as the Windows code page and turns Thai into mojibake.
 */
export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

/**
 * A text cell starting with = + - @ (or tab/CR) is a formula to a spreadsheet: an applicant could
 * type one to attack the officer who opens the export (OWASP "CSV injection"). Such text gets a
 * leading apostrophe, which spreadsheets show as text. Numbers are left alone.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join('');
}
