/** The languages Pratu speaks: Thai first (the default), English second. */
export type Lang = 'th' | 'en';
export const languages: readonly Lang[] = ['th', 'en'];
export const defaultLang: Lang = 'th';

export type Text = { th: string; en: string };
export type Messages = Record<string, Text>;

const catalogue = new Map<string, Text>();

/**
 * Adds a module's messages to the catalogue. Keys are the stable error/message codes
 * (`session.expired`), so an error code doubles as the key of what the user reads (STYLE.md 10).
 * The catalogue is static data filled at import time, not request state.
 */
export function defineMessages<M extends Messages>(messages: M): M {
  for (const [key, text] of Object.entries(messages)) {
    const existing = catalogue.get(key);
    if (existing && (existing.th !== text.th || existing.en !== text.en)) {
      throw new Error(`Message ${key} is defined twice with different text`);
    }
    catalogue.set(key, text);
  }
  return messages;
}

export function hasMessage(key: string): boolean {
  return catalogue.has(key);
}

export function isLang(value: unknown): value is Lang {
  return value === 'th' || value === 'en';
}

/** Looks up a message and fills `{name}` placeholders; an unknown key shows as itself. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const text = catalogue.get(key);
  const template = text ? text[lang] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the right language from an inline pair, for data that carries both (names, titles). */
export function pick(text: Text, lang: Lang): string {
  return text[lang] || text.th;
}

const TIME_ZONE = 'Asia/Bangkok';

/**
 * Formats a date for people. Thai uses the Buddhist era (พ.ศ. = C.E. + 543) as Thai readers
 * expect; English shows C.E. unless `era: 'BE'` asks for the Buddhist year too.
 */
export function formatDate(
  value: Date | string,
  lang: Lang,
  options: { withTime?: boolean; era?: 'BE' | 'CE'; style?: 'long' | 'short' } = {},
): string {
  const date = typeof value === 'string' ? parseDateValue(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const style = options.style ?? 'long';
  const base: Intl.DateTimeFormatOptions = {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    ...(options.withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  };
  const era = options.era ?? (lang === 'th' ? 'BE' : 'CE');
  if (lang === 'th') {
    const locale = era === 'BE' ? 'th-TH-u-ca-buddhist' : 'th-TH-u-ca-gregory';
    return new Intl.DateTimeFormat(locale, base).format(date);
  }
  if (era === 'BE') {
    const parts = new Intl.DateTimeFormat('en-GB', { ...base, year: undefined }).format(date);
    return `${parts} B.E. ${buddhistYear(date)}`;
  }
  return new Intl.DateTimeFormat('en-GB', base).format(date);
}

/** 'YYYY-MM-DD' strings are calendar dates, not instants: read them at noon in Bangkok. */
function parseDateValue(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
}

export function buddhistYear(date: Date): number {
  const year = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric' }).format(date),
  );
  return year + 543;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB').format(value);
}
