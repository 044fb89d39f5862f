/**
 * The rules an official central e-mail address (อีเมลกลาง) of a local administration must meet.
 *
 * - The Correspondence Regulation (No. 4) B.E. 2564 (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ
 *   (ฉบับที่ 4) พ.ศ. 2564, in force 23 August 2564) requires the central address a government
 *   body uses to send and receive official letters to begin with "saraban"; DGA's notice to all
 *   local administrations of 3 May 2565 repeats it for them. The rule is on the start of the
 *   local part, so saraban@, saraban.kongchang@ and saraban_4420006@ all qualify, while
 *   info.saraban@ or sarabun@ do not.
 * - The domain must be the government's (.go.th) or the administration's own registered domain,
 *   never a free webmail service: anyone can open saraban…@gmail.com, which is exactly the
 *   impersonation the registry exists to stop.
 * - Syntax: RFC 5321 §4.1.2 (dot-string local part, LDH domain labels) and its size limits in
 *   §4.5.3.1: local part ≤ 64 octets, domain ≤ 255 octets, and a path ≤ 256 octets including
 *   the angle brackets, so a whole address ≤ 254. Quoted local parts and address literals are
 *   legal SMTP but not acceptable for a published address. Internationalised domains must be
 *   written in their ASCII (xn--) form.
 * - Lower case: local parts are case-sensitive in SMTP (RFC 5321 §2.4), so the registry records
 *   one spelling, the lower-case one everybody types.
 */

import { defineMessages } from '../../platform/i18n/index.ts';

export const MAX_LOCAL_PART = 64;
export const MAX_DOMAIN = 255;
export const MAX_ADDRESS = 254;
export const REQUIRED_PREFIX = 'saraban';

/** Free webmail and consumer mail services (their own and their regional domains). */
export const FREE_WEBMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.th',
  'hotmail.co.uk',
  'outlook.com',
  'outlook.co.th',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.th',
  'yahoo.co.uk',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'zoho.com',
  'zohomail.com',
  'tutanota.com',
  'tuta.io',
  'qq.com',
  '163.com',
  'naver.com',
]);

export type AddressRule =
  | 'email.address_required'
  | 'email.address_syntax'
  | 'email.address_not_ascii'
  | 'email.address_too_long'
  | 'email.local_part_too_long'
  | 'email.local_part_invalid'
  | 'email.domain_too_long'
  | 'email.domain_invalid'
  | 'email.address_not_lower_case'
  | 'email.address_not_saraban'
  | 'email.domain_free_webmail'
  | 'email.domain_not_government'
  // Checked by the registry against the directory and the registry itself (registry.ts).
  | 'email.domain_of_another_administration'
  | 'email.address_taken'
  | 'email.address_already_official';

export interface AddressViolation {
  rule: AddressRule;
  params: Record<string, string | number>;
}

defineMessages({
  'email.address_required': {
    th: 'กรุณากรอกที่อยู่อีเมลกลาง เช่น saraban@chiangkhan.go.th',
    en: 'Enter the official address, e.g. saraban@chiangkhan.go.th',
  },
  'email.address_syntax': {
    th: 'รูปแบบที่อยู่อีเมลไม่ถูกต้อง ต้องมีเครื่องหมาย @ หนึ่งตัว คั่นชื่อผู้รับกับโดเมน เช่น saraban@chiangkhan.go.th',
    en: 'This is not an e-mail address: it needs one @ between the mailbox name and the domain, e.g. saraban@chiangkhan.go.th',
  },
  'email.address_not_ascii': {
    th: 'ที่อยู่อีเมลใช้ได้เฉพาะอักษรภาษาอังกฤษ ตัวเลข และเครื่องหมาย . _ - (โดเมนภาษาไทยให้เขียนในรูป xn--)',
    en: 'The address may use only Latin letters, digits and . _ - (write a Thai domain in its xn-- form)',
  },
  'email.address_too_long': {
    th: 'ที่อยู่อีเมลยาว {length} ตัวอักษร เกินขีดจำกัด {max} ตัวอักษรตาม RFC 5321',
    en: 'The address is {length} characters long, over the RFC 5321 limit of {max}',
  },
  'email.local_part_too_long': {
    th: 'ส่วนหน้าเครื่องหมาย @ ยาว {length} ตัวอักษร เกินขีดจำกัด {max} ตัวอักษรตาม RFC 5321',
    en: 'The part before @ is {length} characters long, over the RFC 5321 limit of {max}',
  },
  'email.local_part_invalid': {
    th: 'ส่วนหน้าเครื่องหมาย @ ใช้ได้เฉพาะตัวอักษร ตัวเลข และ . _ - โดยจุดต้องไม่อยู่ต้น ท้าย หรือติดกัน',
    en: 'The part before @ may use letters, digits and . _ - only, with no dot at the start, at the end or twice in a row',
  },
  'email.domain_too_long': {
    th: 'โดเมนยาวเกิน {max} ตัวอักษรตาม RFC 5321',
    en: 'The domain is longer than the RFC 5321 limit of {max} characters',
  },
  'email.domain_invalid': {
    th: 'โดเมน "{domain}" ไม่ถูกต้อง แต่ละส่วนต้องเป็นตัวอักษร ตัวเลข หรือขีด (-) ไม่ขึ้นต้นหรือลงท้ายด้วยขีด ยาวไม่เกิน 63 ตัว และต้องมีอย่างน้อยสองส่วน เช่น chiangkhan.go.th',
    en: 'The domain "{domain}" is not valid: each label is letters, digits or hyphens, not starting or ending with a hyphen, at most 63 long, and there must be at least two, e.g. chiangkhan.go.th',
  },
  'email.address_not_lower_case': {
    th: 'ที่อยู่อีเมลกลางต้องเป็นตัวพิมพ์เล็กทั้งหมด กรุณาใช้ {suggestion}',
    en: 'The official address must be all lower case: use {suggestion}',
  },
  'email.address_not_saraban': {
    th: 'อีเมลกลางต้องขึ้นต้นด้วย saraban ตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ (ฉบับที่ 4) พ.ศ. 2564 เช่น saraban@{domain}',
    en: 'Under the Correspondence Regulation (No. 4) B.E. 2564 the official address must begin with "saraban", e.g. saraban@{domain}',
  },
  'email.domain_free_webmail': {
    th: '{domain} เป็นบริการอีเมลฟรีสำหรับบุคคลทั่วไป ใช้เป็นอีเมลกลางของหน่วยงานไม่ได้ ต้องใช้โดเมน .go.th หรือโดเมนที่ อปท. จดทะเบียนไว้',
    en: "{domain} is a free webmail service and cannot be an official address; use a .go.th domain or the administration's registered domain",
  },
  'email.domain_not_government': {
    th: 'โดเมน {domain} ไม่ใช่โดเมนของหน่วยงานรัฐ ต้องลงท้ายด้วย .go.th หรือเป็นโดเมนที่ อปท. จดทะเบียนไว้ ({registered})',
    en: "The domain {domain} is not a government domain: it must end in .go.th or be the administration's registered domain ({registered})",
  },
});

// RFC 5321 dot-string, narrowed from RFC 5322 §3.2.3 atext to letters, digits, '_' and '-': a
// published address is read aloud and typed on phones, and DGA's examples use nothing else.
// Upper case is reported by its own rule.
const DOT_STRING_RE = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
// RFC 5321 §4.1.2 sub-domain = Let-dig [Ldh-str]; RFC 1035 §2.3.4 limits a label to 63.
const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Splits at the last @: a local part cannot hold an unquoted @ (and quoted ones are refused). */
function splitAddress(address: string): { local: string; domain: string } | null {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  const local = address.slice(0, at);
  if (local.includes('@')) return null;
  return { local, domain: address.slice(at + 1) };
}

/** True when `domain` is `parent` or one of its sub-domains. */
export function isWithinDomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** `.go.th` is the Thai government's second-level domain (THNIC's policy for go.th). */
export function isGovernmentDomain(domain: string): boolean {
  return domain.endsWith('.go.th');
}

/**
 * Every rule the address breaks, most basic first; an empty list means it may be registered.
 * `registeredDomain` is the administration's own domain from the directory, if any.
 */
export function checkOfficialAddress(
  raw: string,
  options: { registeredDomain?: string | null } = {},
): AddressViolation[] {
  const address = raw.trim();
  const violations: AddressViolation[] = [];
  const add = (rule: AddressRule, params: Record<string, string | number> = {}) =>
    violations.push({ rule, params });
  if (address === '') {
    add('email.address_required');
    return violations;
  }
  const parts = splitAddress(address);
  if (!parts || /\s/.test(address)) {
    add('email.address_syntax');
    return violations;
  }
  // Printable ASCII only: no Thai letters, no look-alike Unicode, no control characters.
  if (!/^[\x21-\x7e]+$/.test(address)) {
    add('email.address_not_ascii');
    return violations;
  }
  const lower = address.toLowerCase();
  if (lower !== address) add('email.address_not_lower_case', { suggestion: lower });
  const local = parts.local.toLowerCase();
  const domain = parts.domain.toLowerCase();

  if (address.length > MAX_ADDRESS) {
    add('email.address_too_long', { length: address.length, max: MAX_ADDRESS });
  }
  if (local.length > MAX_LOCAL_PART) {
    add('email.local_part_too_long', { length: local.length, max: MAX_LOCAL_PART });
  } else if (!DOT_STRING_RE.test(local)) {
    add('email.local_part_invalid');
  }
  let domainOk = true;
  if (domain.length > MAX_DOMAIN) {
    add('email.domain_too_long', { max: MAX_DOMAIN });
    domainOk = false;
  } else {
    const labels = domain.split('.');
    const last = labels[labels.length - 1] ?? '';
    // A top-level label is never all digits (RFC 3696 §2), which also refuses IPv4 addresses.
    if (labels.length < 2 || !labels.every((l) => LABEL_RE.test(l)) || /^[0-9]+$/.test(last)) {
      add('email.domain_invalid', { domain });
      domainOk = false;
    }
  }

  if (!local.startsWith(REQUIRED_PREFIX)) {
    add('email.address_not_saraban', {
      domain: domainOk ? domain : (options.registeredDomain ?? 'example.go.th'),
    });
  }
  if (domainOk) {
    const registered = options.registeredDomain?.toLowerCase() ?? null;
    const webmail = [...FREE_WEBMAIL_DOMAINS].find((d) => isWithinDomain(domain, d));
    if (webmail) add('email.domain_free_webmail', { domain: webmail });
    else if (!isGovernmentDomain(domain) && !(registered && isWithinDomain(domain, registered))) {
      add('email.domain_not_government', { domain, registered: registered ?? '-' });
    }
  }
  return violations;
}

/** The form the registry stores and looks up: trimmed and lower-case. */
export function normalizeAddress(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The domain part of a (normalized) address. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
