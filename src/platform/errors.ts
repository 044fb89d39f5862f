import { defineMessages } from './i18n/index.ts';

/**
 * A failure the user can act on, with a stable code that is also the key of the message they
 * read (STYLE.md 10). Routes throw it; the one error handler turns it into a page or JSON.
 */
export class DomainError extends Error {
  readonly status: number;
  readonly params: Record<string, string | number>;
  /** Field-level problems, keyed by field name, each a message code. */
  readonly fields: Record<string, string>;

  constructor(
    readonly code: string,
    options: {
      status?: number;
      params?: Record<string, string | number>;
      fields?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.status = options.status ?? 400;
    this.params = options.params ?? {};
    this.fields = options.fields ?? {};
  }
}

export function assertThat(
  condition: unknown,
  code: string,
  options?: ConstructorParameters<typeof DomainError>[1],
): asserts condition {
  if (!condition) throw new DomainError(code, options);
}

export const notFound = (code = 'request.not_found') => new DomainError(code, { status: 404 });
export const forbidden = (code = 'request.forbidden') => new DomainError(code, { status: 403 });

defineMessages({
  'request.not_found': { th: 'ไม่พบหน้าที่คุณต้องการ', en: 'The page you asked for was not found' },
  'request.forbidden': {
    th: 'คุณไม่มีสิทธิ์ทำรายการนี้',
    en: 'You do not have permission to do this',
  },
  'request.sign_in_required': {
    th: 'กรุณาเข้าสู่ระบบก่อนใช้งานหน้านี้',
    en: 'Please sign in to use this page',
  },
  'request.invalid': {
    th: 'ข้อมูลที่ส่งมาไม่ถูกต้อง: {detail}',
    en: 'The request is not valid: {detail}',
  },
  'request.malformed_body': {
    th: 'ข้อมูลที่ส่งมาอ่านไม่ได้ กรุณาตรวจสอบรูปแบบข้อมูล',
    en: 'The request body could not be read; check its format',
  },
  'request.body_too_large': {
    th: 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด',
    en: 'The request body is too large',
  },
  'request.unsupported_media_type': {
    th: 'ระบบไม่รองรับรูปแบบข้อมูลที่ส่งมา',
    en: 'This content type is not supported',
  },
  'request.csrf_failed': {
    th: 'แบบฟอร์มหมดอายุหรือไม่ได้ส่งจากหน้านี้ กรุณากลับไปโหลดหน้าแล้วลองอีกครั้ง ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'The form has expired or did not come from this site. Go back, reload the page and try again. Nothing was changed.',
  },
  'request.rate_limited': {
    th: 'มีการส่งคำขอมากเกินไป กรุณารอสักครู่แล้วลองใหม่',
    en: 'Too many requests; please wait a moment and try again',
  },
  'request.method_not_allowed': {
    th: 'ไม่รองรับวิธีการส่งคำขอนี้',
    en: 'This request method is not allowed here',
  },
  'service.unavailable': {
    th: 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่ในอีกสักครู่ ข้อมูลของคุณไม่สูญหาย',
    en: 'The service is temporarily unavailable. Please try again shortly; your data is safe.',
  },
  'service.internal_error': {
    th: 'เกิดข้อผิดพลาดภายในระบบ เจ้าหน้าที่ได้รับแจ้งแล้ว (รหัสอ้างอิง {requestId})',
    en: 'Something went wrong on our side; it has been logged (reference {requestId})',
  },
  'form.has_errors': {
    th: 'กรุณาแก้ไขข้อมูลต่อไปนี้',
    en: 'Please correct the following',
  },
  'form.required': { th: 'กรุณากรอก{label}', en: 'Enter {label}' },
  'form.too_long': {
    th: '{label}ต้องยาวไม่เกิน {max} ตัวอักษร',
    en: '{label} must be at most {max} characters',
  },
  'form.invalid_choice': { th: 'กรุณาเลือก{label}', en: 'Choose {label}' },
});
