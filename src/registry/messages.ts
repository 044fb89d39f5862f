import { defineMessages } from '../platform/i18n/index.ts';

// What the registry says to people: import problems (printed by `pratu import registry` with the
// line they are on), the registrar look-up page, and the external-registry adapter's failures.
defineMessages({
  'registry.import.line': { th: 'บรรทัด {line}: {message}', en: 'line {line}: {message}' },
  'registry.import.empty': {
    th: 'ไฟล์ว่างเปล่า ไม่มีแม้แต่บรรทัดหัวตาราง',
    en: 'The file is empty: not even a header line',
  },
  'registry.import.not_utf8': {
    th: 'ไฟล์ไม่ได้เข้ารหัสเป็น UTF-8 (หากเป็น TIS-620 ให้แปลงก่อน เช่น iconv -f TIS-620 -t UTF-8)',
    en: 'The file is not UTF-8 (if it is TIS-620, convert it first, e.g. iconv -f TIS-620 -t UTF-8)',
  },
  'registry.import.header_missing': {
    th: 'หัวตารางขาดคอลัมน์: {columns}',
    en: 'the header lacks these columns: {columns}',
  },
  'registry.import.header_unknown': {
    th: 'หัวตารางมีคอลัมน์ที่ไม่รู้จัก: {columns}',
    en: 'the header has unknown columns: {columns}',
  },
  'registry.import.header_order': {
    th: 'คอลัมน์ในหัวตารางต้องเรียงตามนี้: {columns}',
    en: 'the header columns must be in this order: {columns}',
  },
  'registry.import.syntax.quote_in_unquoted_field': {
    th: 'มีเครื่องหมาย " อยู่กลางช่องที่ไม่ได้ครอบด้วย " (RFC 4180: ช่องที่มี " ต้องครอบทั้งช่องด้วย " และเขียน " ซ้อนเป็น "") อ่านต่อไม่ได้',
    en: 'a " inside a field that is not quoted (RFC 4180: a field holding " must be quoted, with " doubled as ""); the file cannot be read past this point',
  },
  'registry.import.syntax.text_after_closing_quote': {
    th: 'มีข้อความต่อท้ายหลังเครื่องหมาย " ปิดช่อง อ่านต่อไม่ได้',
    en: 'text after the closing quote of a field; the file cannot be read past this point',
  },
  'registry.import.syntax.unclosed_quote': {
    th: 'เปิดเครื่องหมาย " แล้วไม่ปิด อ่านต่อไม่ได้',
    en: 'a quoted field is never closed; the file cannot be read past this point',
  },
  'registry.import.syntax.record_too_long': {
    th: 'บรรทัดยาวเกิน 1 ล้านตัวอักษร ไม่ใช่ข้อมูลทะเบียน',
    en: 'a line longer than a million characters cannot be a registry row',
  },
  'registry.import.column_count': {
    th: 'ต้องมี {expected} คอลัมน์ แต่พบ {found} คอลัมน์',
    en: 'expected {expected} columns, found {found}',
  },
  'registry.import.required': { th: 'ต้องกรอก {column}', en: '{column} is required' },
  'registry.import.too_long': {
    th: '{column} ยาวเกิน {max} ตัวอักษร',
    en: '{column} is longer than {max} characters',
  },
  'registry.import.control_character': {
    th: '{column} มีอักขระควบคุม (เช่น แท็บหรือขึ้นบรรทัดใหม่)',
    en: '{column} holds a control character (such as a tab or a line break)',
  },
  'registry.import.not_allowed': {
    th: '{column} ต้องเป็นค่าใดค่าหนึ่งใน {allowed} แต่พบ "{value}"',
    en: '{column} must be one of {allowed}, got "{value}"',
  },
  'registry.import.citizen_id_format': {
    th: 'citizen_id ต้องเป็นตัวเลข 13 หลัก',
    en: 'citizen_id must be 13 digits',
  },
  'registry.import.citizen_id_checksum': {
    th: 'citizen_id มีหลักตรวจสอบ (หลักที่ 13) ไม่ถูกต้อง',
    en: 'citizen_id has a wrong check digit (digit 13)',
  },
  'registry.import.date_format': {
    th: '{column} ต้องเป็นวันที่รูปแบบ YYYY-MM-DD แต่พบ "{value}"',
    en: '{column} must be a date YYYY-MM-DD, got "{value}"',
  },
  'registry.import.date_invalid': {
    th: '{column} ไม่ใช่วันที่ที่มีอยู่จริง: "{value}"',
    en: '{column} is not a real date: "{value}"',
  },
  'registry.import.birth_date_invalid': {
    th: 'birth_date ไม่ใช่วันเกิดที่ถูกต้อง: "{value}" (ส่วนที่ไม่ทราบให้ใส่ 00 ได้ แต่ถ้าไม่ทราบเดือนก็ต้องไม่ระบุวัน)',
    en: 'birth_date is not a valid birth date: "{value}" (unknown parts may be 00, but a day needs a known month)',
  },
  'registry.import.date_in_future': {
    th: '{column} เป็นวันในอนาคต: "{value}"',
    en: '{column} is in the future: "{value}"',
  },
  'registry.import.nationality': {
    th: 'nationality ต้องเป็นรหัสประเทศ 3 ตัวอักษร (ISO 3166-1 alpha-3 เช่น THA) แต่พบ "{value}"',
    en: 'nationality must be a 3-letter country code (ISO 3166-1 alpha-3, e.g. THA), got "{value}"',
  },
  'registry.import.needs_house': {
    th: '{column} มีค่า แต่ไม่มี house_id',
    en: '{column} is filled in but house_id is empty',
  },
  'registry.import.house_id': {
    th: 'house_id ต้องเป็นตัวเลข 11 หลัก แต่พบ "{value}"',
    en: 'house_id must be 11 digits, got "{value}"',
  },
  'registry.import.moo': {
    th: 'moo ต้องเป็นเลขหมู่ที่ 1 ถึง 99 แต่พบ "{value}"',
    en: 'moo must be a village number from 1 to 99, got "{value}"',
  },
  'registry.import.province': {
    th: 'ไม่รู้จักจังหวัด "{value}"',
    en: 'unknown province "{value}"',
  },
  'registry.import.postal_code': {
    th: 'postal_code ต้องเป็นตัวเลข 5 หลัก แต่พบ "{value}"',
    en: 'postal_code must be 5 digits, got "{value}"',
  },
  'registry.import.needs_card': {
    th: '{column} มีค่า แต่ไม่มี card_number',
    en: '{column} is filled in but card_number is empty',
  },
  'registry.import.card_number': {
    th: 'card_number ใช้ได้เฉพาะตัวเลข ตัวอักษรอังกฤษ และ - ไม่เกิน 32 ตัว แต่พบ "{value}"',
    en: 'card_number may hold only digits, Latin letters and -, at most 32, got "{value}"',
  },
  'registry.import.laser_code': {
    th: 'laser_code ต้องเป็นอักษรอังกฤษ 2 ตัวตามด้วยตัวเลข 10 หลัก (เช่น JT1-1234567-12) แต่พบ "{value}"',
    en: 'laser_code must be 2 Latin letters and 10 digits (e.g. JT1-1234567-12), got "{value}"',
  },
  'registry.import.expiry_before_issue': {
    th: 'card_expires ({value}) ต้องอยู่หลัง card_issued ({issued})',
    en: 'card_expires ({value}) must be after card_issued ({issued})',
  },
  'registry.import.duplicate_citizen_id': {
    th: 'เลขประจำตัวประชาชน {citizenId} ซ้ำกับบรรทัด {lines}',
    en: 'citizen ID {citizenId} appears again on lines {lines}',
  },
  'registry.import.house_conflict': {
    th: 'บ้านเลขรหัส {houseId} มีรายละเอียดที่อยู่ไม่ตรงกันในบรรทัด {lines}',
    en: 'house {houseId} has different address details on lines {lines}',
  },
  'registry.import.residence_not_newer': {
    th: 'resident_since ({since}) ต้องอยู่หลังวันที่เริ่มอยู่ในบ้านปัจจุบันที่มีในทะเบียนแล้ว ({current}) ไฟล์นี้อาจเก่ากว่าข้อมูลที่นำเข้าไปแล้ว',
    en: 'resident_since ({since}) must be after the start of the current residence already in the registry ({current}); this file may be older than data already imported',
  },
  'registry.import.more_problems': {
    th: '...และอีก {count} ปัญหา',
    en: '...and {count} more problems',
  },

  'registry.lookup.title': { th: 'ค้นหาในทะเบียนราษฎร', en: 'Population registry look-up' },
  'registry.lookup.citizen_id_required': {
    th: 'กรุณากรอกเลขประจำตัวประชาชน 13 หลัก',
    en: 'Enter the 13-digit citizen ID',
  },
  'registry.lookup.citizen_id_format': {
    th: 'เลขประจำตัวประชาชนต้องมี 13 หลัก',
    en: 'A citizen ID has 13 digits',
  },
  'registry.lookup.citizen_id_checksum': {
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบว่าพิมพ์ครบและถูกทุกหลัก',
    en: 'This citizen ID is not valid; check that every digit is typed correctly',
  },
  'registry.unavailable': {
    th: 'ติดต่อระบบทะเบียนราษฎรไม่ได้ชั่วคราว กรุณาลองใหม่ในอีกสักครู่',
    en: 'The population registry cannot be reached right now; please try again shortly',
  },
});
