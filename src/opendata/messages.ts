import { defineMessages, t } from '../platform/i18n/index.ts';

/**
 * Validation messages. The English text of each is the exact string CKAN returns for the same
 * check (ckan/logic/validators.py, ckan/lib/navl/validators.py; docs/ckan-compat.md section 4), so
 * the API answers with `ckanMessage(code)` and the web pages show the reader's language.
 */
defineMessages({
  'opendata.missing_value': { th: 'กรุณากรอกข้อมูลนี้', en: 'Missing value' },
  'opendata.name_not_string': { th: 'ชื่อต้องเป็นข้อความ', en: 'Names must be strings' },
  'opendata.name_reserved': { th: 'ใช้ชื่อนี้ไม่ได้', en: 'That name cannot be used' },
  'opendata.name_too_short': {
    th: 'ต้องยาวอย่างน้อย 2 ตัวอักษร',
    en: 'Must be at least 2 characters long',
  },
  'opendata.name_too_long': {
    th: 'ชื่อต้องยาวไม่เกิน 100 ตัวอักษร',
    en: 'Name must be a maximum of 100 characters long',
  },
  'opendata.name_chars': {
    th: 'ใช้ได้เฉพาะตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และเครื่องหมาย - _',
    en: 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_',
  },
  'opendata.name_in_use': {
    th: 'ชื่อ (URL) นี้มีผู้ใช้แล้ว',
    en: 'That URL is already in use.',
  },
  'opendata.group_name_in_use': {
    th: 'มีกลุ่มชื่อนี้แล้ว',
    en: 'Group name already exists in database',
  },
  'opendata.org_required': {
    th: 'กรุณาเลือกหน่วยงานเจ้าของชุดข้อมูล',
    en: 'An organization must be provided',
  },
  'opendata.org_missing': { th: 'ไม่พบหน่วยงานนี้', en: 'Organization does not exist' },
  'opendata.org_forbidden': {
    th: 'คุณไม่มีสิทธิ์เพิ่มชุดข้อมูลให้หน่วยงานนี้',
    en: 'You cannot add a dataset to this organization',
  },
  'opendata.private_without_org': {
    th: 'ชุดข้อมูลที่ไม่มีหน่วยงานเจ้าของจะตั้งเป็นส่วนตัวไม่ได้',
    en: "Datasets with no organization can't be private.",
  },
  'opendata.invalid_integer': { th: 'ต้องเป็นจำนวนเต็ม', en: 'Invalid integer' },
  'opendata.natural_number': {
    th: 'ต้องเป็นจำนวนเต็มที่ไม่ติดลบ',
    en: 'Must be a natural number',
  },
  'opendata.positive_integer': { th: 'ต้องเป็นจำนวนเต็มบวก', en: 'Must be a positive integer' },
  'opendata.date_invalid': { th: 'รูปแบบวันที่ไม่ถูกต้อง', en: 'Date format incorrect' },
  'opendata.email_invalid': {
    th: 'อีเมล {value} มีรูปแบบไม่ถูกต้อง',
    en: 'Email {value} is not a valid format',
  },
  'opendata.version_too_long': {
    th: 'เวอร์ชันต้องยาวไม่เกิน 100 ตัวอักษร',
    en: 'Version must be a maximum of 100 characters long',
  },
  'opendata.tag_too_short': {
    th: 'คำสำคัญ "{tag}" ต้องยาวอย่างน้อย 2 ตัวอักษร',
    en: 'Tag "{tag}" length is less than minimum 2',
  },
  'opendata.tag_too_long': {
    th: 'คำสำคัญ "{tag}" ต้องยาวไม่เกิน 100 ตัวอักษร',
    en: 'Tag "{tag}" length is more than maximum 100',
  },
  'opendata.tag_chars': {
    th: 'คำสำคัญ "{tag}" ใช้ได้เฉพาะตัวอักษร ตัวเลข ช่องว่าง และเครื่องหมาย - _ .',
    en: 'Tag "{tag}" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")',
  },
  'opendata.duplicate_extra': { th: 'ชื่อข้อมูลเพิ่มเติม "{key}" ซ้ำ', en: 'Duplicate key "{key}"' },
  'opendata.extra_in_schema': {
    th: 'มีช่องข้อมูลหลักชื่อเดียวกันนี้อยู่แล้ว',
    en: 'There is a schema field with the same name',
  },
  'opendata.unexpected_field': {
    th: 'ไม่รับข้อมูลช่อง {field}',
    en: 'The input field {field} was not expected.',
  },
  'opendata.dataset_id_exists': { th: 'มีชุดข้อมูลรหัสนี้แล้ว', en: 'Dataset id already exists' },
  'opendata.resource_id_exists': {
    th: 'มีทรัพยากรรหัสนี้แล้ว',
    en: 'Resource id already exists.',
  },
  'opendata.id_not_uuid': {
    th: 'รหัสต้องอยู่ในรูปแบบ UUID',
    en: 'Pratu ids must be UUIDs',
  },
  'opendata.not_a_list': { th: 'ต้องเป็นรายการ', en: 'Not a list' },
  'opendata.json_invalid': {
    th: 'อ่านค่าเป็น JSON ไม่ได้',
    en: 'Could not parse as valid JSON',
  },
  'opendata.not_a_string': { th: 'ต้องเป็นข้อความ: {value}', en: 'Not a string: {value}' },
  'opendata.not_a_dict': { th: 'ต้องเป็นออบเจกต์', en: 'Not a dict' },
  'opendata.one_of': { th: 'ต้องเป็นค่าใดค่าหนึ่งใน {choices}', en: 'Value must be one of {choices}' },
  'opendata.gdc_wrong_type': {
    th: 'ใช้ได้เฉพาะชุดข้อมูลประเภท {types}',
    en: 'Only used when data_type is one of: {types}',
  },
  'opendata.year_invalid': {
    th: 'ปีต้องเป็นตัวเลข 4 หลัก (พ.ศ. หรือ ค.ศ.)',
    en: 'Year must be four digits (B.E. or C.E.)',
  },
  'opendata.longitude_invalid': {
    th: 'ลองจิจูดต้องเป็นตัวเลขระหว่าง -180 ถึง 180',
    en: 'Longitude must be a number between -180 and 180',
  },
  'opendata.latitude_invalid': {
    th: 'ละติจูดต้องเป็นตัวเลขระหว่าง -90 ถึง 90',
    en: 'Latitude must be a number between -90 and 90',
  },
  'opendata.last_year_before_first': {
    th: 'ปีที่สิ้นสุดต้องไม่ก่อนปีที่เริ่มต้น',
    en: 'The last year must not be before the first year',
  },
  'opendata.bbox_incomplete': {
    th: 'กรุณากรอกขอบเขตพิกัดให้ครบทั้ง 4 ด้าน',
    en: 'Give all four bounds of the bounding box',
  },
  'opendata.bbox_inverted': {
    th: 'ขอบเขตพิกัดกลับด้าน (ใต้ต้องน้อยกว่าเหนือ ตะวันตกต้องน้อยกว่าตะวันออก)',
    en: 'The bounding box is inverted (south must be below north, west below east)',
  },
  'opendata.classified_not_private': {
    th: 'ชุดข้อมูลที่ไม่ได้จัดประเภทเป็น "เปิดเผย" ต้องตั้งเป็นส่วนตัว',
    en: 'A dataset not classified as public must be private',
  },
  'opendata.bool_invalid': { th: 'ต้องเป็นค่าจริงหรือเท็จ', en: 'Parameter is not an bool' },
  'opendata.title_required': { th: 'กรุณากรอกชื่อชุดข้อมูล', en: 'Enter a title' },
  'opendata.file_required': {
    th: 'กรุณาเลือกไฟล์หรือกรอกลิงก์ของทรัพยากร',
    en: 'Choose a file or give a link',
  },
  'opendata.url_scheme': {
    th: 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://',
    en: 'The link must start with http:// or https://',
  },
});

/** The English (CKAN) text of a validation message, for the API. */
export function ckanMessage(code: string, params: Record<string, string | number> = {}): string {
  return t('en', code, params);
}
