import { defineMessages } from '../../platform/i18n/index.ts';

/** Every message of the e-services part; codes double as error codes (STYLE.md 10). */
export const messages = defineMessages({
  // Typed values
  'eservices.required': { th: 'กรุณากรอก{label}', en: 'Enter {label}' },
  'eservices.choose': { th: 'กรุณาเลือก{label}', en: 'Choose {label}' },
  'eservices.must_tick': { th: 'กรุณาทำเครื่องหมายที่ “{label}”', en: 'Tick “{label}”' },
  'eservices.too_long': {
    th: '{label} ต้องยาวไม่เกิน {max} ตัวอักษร',
    en: '{label} must be at most {max} characters',
  },
  'eservices.too_short': {
    th: '{label} ต้องยาวอย่างน้อย {min} ตัวอักษร',
    en: '{label} must be at least {min} characters',
  },
  'eservices.pattern': { th: '{label} มีรูปแบบไม่ถูกต้อง', en: '{label} is not in the right format' },
  'eservices.number_format': {
    th: '{label} ต้องเป็นตัวเลข เช่น 1250 หรือ 1,250.50',
    en: '{label} must be a number, like 1250 or 1,250.50',
  },
  'eservices.number_integer': {
    th: '{label} ต้องเป็นจำนวนเต็ม',
    en: '{label} must be a whole number',
  },
  'eservices.number_min': { th: '{label} ต้องไม่น้อยกว่า {min}', en: '{label} must be {min} or more' },
  'eservices.number_max': { th: '{label} ต้องไม่เกิน {max}', en: '{label} must be {max} or less' },
  'eservices.date_format': {
    th: '{label} ต้องเป็นวันที่ เช่น 15/01/2510 (พ.ศ.) หรือเลือกจากปฏิทิน',
    en: '{label} must be a date, like 15/01/1967, or picked from the calendar',
  },
  'eservices.date_not_real': {
    th: '{label} ไม่มีอยู่จริงในปฏิทิน กรุณาตรวจสอบวันและเดือน',
    en: '{label} is not a real date; check the day and month',
  },
  'eservices.date_min': { th: '{label} ต้องไม่ก่อน {date}', en: '{label} must be on or after {date}' },
  'eservices.date_max': {
    th: '{label} ต้องไม่หลัง {date}',
    en: '{label} must be on or before {date}',
  },
  'eservices.citizen_id_format': {
    th: '{label} ต้องเป็นตัวเลข 13 หลัก',
    en: '{label} must be 13 digits',
  },
  'eservices.citizen_id_checksum': {
    th: '{label} ไม่ถูกต้อง (หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ) กรุณาตรวจสอบทีละหลัก',
    en: '{label} is not valid (the check digit does not match); check each digit',
  },
  'eservices.phone_format': {
    th: '{label} ต้องเป็นเบอร์โทรศัพท์ในประเทศไทย เช่น 081-234-5678 หรือ 02-123-4567',
    en: '{label} must be a Thai phone number, like 081-234-5678 or 02-123-4567',
  },
  'eservices.phone_mobile': {
    th: '{label} ต้องเป็นเบอร์โทรศัพท์มือถือ 10 หลัก ขึ้นต้นด้วย 06 08 หรือ 09',
    en: '{label} must be a 10-digit mobile number starting 06, 08 or 09',
  },
  'eservices.email_format': {
    th: '{label} ต้องเป็นอีเมล เช่น name@example.com',
    en: '{label} must be an e-mail address, like name@example.com',
  },
  'eservices.address_required': { th: 'กรุณากรอก{label}', en: 'Enter {label}' },
  'eservices.house_no_required': { th: 'กรุณากรอกบ้านเลขที่', en: 'Enter the house number' },
  'eservices.subdistrict_required': {
    th: 'กรุณากรอกตำบลหรือแขวง',
    en: 'Enter the sub-district (tambon or khwaeng)',
  },
  'eservices.district_required': {
    th: 'กรุณากรอกอำเภอหรือเขต',
    en: 'Enter the district (amphoe or khet)',
  },
  'eservices.province_required': { th: 'กรุณาเลือกจังหวัด', en: 'Choose the province' },
  'eservices.postal_code_required': { th: 'กรุณากรอกรหัสไปรษณีย์', en: 'Enter the postal code' },
  'eservices.postal_code_format': {
    th: 'รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก',
    en: 'The postal code must be 5 digits',
  },
  'eservices.postal_code_province': {
    th: 'รหัสไปรษณีย์นี้ไม่ใช่ของจังหวัด{province}',
    en: 'This postal code is not in {province}',
  },
  'eservices.district_not_in_province': {
    th: 'ไม่พบอำเภอหรือเขต “{district}” ในจังหวัด{province}',
    en: 'There is no district “{district}” in {province}',
  },
  'eservices.moo_format': { th: 'หมู่ที่ต้องเป็นตัวเลข เช่น 5', en: 'Moo must be a number, like 5' },
  'eservices.rows_min': {
    th: '{label}: กรุณากรอกอย่างน้อย {min} รายการ',
    en: '{label}: fill in at least {min} rows',
  },
  'eservices.file_required': { th: 'กรุณาแนบ{label}', en: 'Attach {label}' },
  'eservices.file_empty': { th: '{label}: ไฟล์ว่างเปล่า', en: '{label}: the file is empty' },
  'eservices.file_too_big': {
    th: '{label}: ไฟล์ต้องมีขนาดไม่เกิน {max}',
    en: '{label}: the file must be at most {max}',
  },
  'eservices.file_wrong_type': {
    th: '{label}: ไฟล์ต้องเป็นชนิด {kinds} (ระบบตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อไฟล์)',
    en: '{label}: the file must be {kinds} (checked from its content, not its name)',
  },

  // Journey
  'eservices.more_questions': {
    th: 'มีคำถามเพิ่มเติมตามคำตอบของคุณ กรุณาตอบแล้วกด “ถัดไป” อีกครั้ง',
    en: 'Your answers open more questions below; answer them and press “Next” again',
  },
  'eservices.draft_saved': {
    th: 'บันทึกร่างแล้ว กลับมาทำต่อได้ทุกเมื่อจากหน้า “คำขอของฉัน”',
    en: 'Draft saved. Continue any time from “My applications”',
  },
  'eservices.not_eligible': {
    th: 'คุณยังไม่มีคุณสมบัติตามเงื่อนไขของบริการนี้ จึงยังยื่นคำขอไม่ได้',
    en: 'You do not meet the conditions of this service yet, so the application cannot be sent',
  },
  'eservices.service_not_found': {
    th: 'ไม่พบบริการนี้ หรือบริการยังไม่เปิดให้ยื่นคำขอออนไลน์',
    en: 'This service was not found or does not take applications online',
  },
  'eservices.service_closed': {
    th: 'บริการนี้ปิดรับคำขอแล้ว ร่างของคุณยังถูกเก็บไว้',
    en: 'This service no longer takes applications; your draft is kept',
  },
  'eservices.application_not_found': {
    th: 'ไม่พบคำขอนี้',
    en: 'This application was not found',
  },
  'eservices.not_your_application': {
    th: 'คำขอนี้ไม่ใช่ของคุณ จึงเปิดดูหรือแก้ไขไม่ได้ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This application is not yours, so you cannot open or change it. Nothing was changed.',
  },
  'eservices.not_your_agency': {
    th: 'คำขอนี้เป็นของหน่วยงานอื่น คุณเปิดดูหรือดำเนินการไม่ได้ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This application belongs to another agency; you cannot open or act on it. Nothing was changed.',
  },
  'eservices.not_a_draft': {
    th: 'คำขอนี้ยื่นไปแล้ว จึงแก้ไขแบบฟอร์มไม่ได้',
    en: 'This application has been sent, so its form can no longer be changed',
  },
  'eservices.page_not_found': {
    th: 'ไม่พบหน้านี้ของแบบฟอร์ม',
    en: 'This page of the form was not found',
  },
  'eservices.form_token_invalid': {
    th: 'แบบฟอร์มนี้ไม่ได้มาจากหน้าของระบบ หรือถูกแก้ไข กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This form did not come from our page or was altered. Reload the page and try again. Nothing was changed.',
  },
  'eservices.form_token_expired': {
    th: 'แบบฟอร์มหมดอายุ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'The form has expired. Reload the page and try again. Nothing was changed.',
  },
  'eservices.definition_changed': {
    th: 'บริการนี้ถูกแก้ไขไปแล้วหลังจากที่คุณเปิดหน้านี้ (อาจจากการกดซ้ำ แท็บอื่น หรือเพื่อนร่วมงาน) การแก้ไขของคุณจึงยังไม่ถูกบันทึก หน้านี้แสดงฉบับล่าสุดแล้ว กรุณาตรวจสอบแล้วทำอีกครั้งหากยังต้องการ',
    en: 'This service was changed after you opened this page (a second click, another tab or a colleague), so your change was not saved. The page now shows the latest version; check it and do it again if you still need to',
  },
  'eservices.form_already_sent': {
    th: 'แบบฟอร์มนี้ถูกส่งไปแล้ว ระบบจึงไม่ดำเนินการซ้ำ',
    en: 'This form was already sent, so it was not done twice',
  },
  'eservices.transition_unknown': {
    th: 'ไม่รู้จักการดำเนินการนี้',
    en: 'This action is not known',
  },
  'eservices.transition_not_now': {
    th: 'ทำรายการนี้ไม่ได้ในสถานะปัจจุบันของคำขอ (อาจมีผู้ดำเนินการไปก่อนแล้ว) ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This cannot be done in the application’s current state (someone may have acted first). Nothing was changed.',
  },
  'eservices.transition_role': {
    th: 'บทบาทของคุณทำรายการนี้ไม่ได้',
    en: 'Your role cannot take this action',
  },
  'eservices.reason_required': { th: 'กรุณาระบุเหตุผล', en: 'Give a reason' },
  'eservices.message_required': { th: 'กรุณาพิมพ์ข้อความ', en: 'Write a message' },
  'eservices.comment_required': { th: 'กรุณาพิมพ์บันทึก', en: 'Write the note' },
  'eservices.text_too_long': {
    th: 'ข้อความยาวเกิน {max} ตัวอักษร',
    en: 'The text is longer than {max} characters',
  },
  'eservices.assignee_invalid': {
    th: 'ผู้รับผิดชอบต้องเป็นเจ้าหน้าที่ของหน่วยงานนี้',
    en: 'The assignee must be an officer of this agency',
  },

  // Builder
  'eservices.code_invalid': {
    th: 'รหัสบริการใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) ยาว 2 ถึง 80 ตัว เช่น pet-registration',
    en: 'The code uses lower-case letters, digits and hyphens, 2 to 80 characters, e.g. pet-registration',
  },
  'eservices.code_taken': {
    th: 'มีบริการที่ใช้รหัสนี้แล้ว',
    en: 'Another service already uses this code',
  },
  'eservices.title_required': { th: 'กรุณากรอกชื่อบริการ', en: 'Enter the service name' },
  'eservices.organization_required': {
    th: 'กรุณาเลือกหน่วยงานเจ้าของบริการ',
    en: 'Choose the owning agency',
  },
  'eservices.not_designer': {
    th: 'คุณต้องเป็นผู้ออกแบบบริการหรือผู้ดูแลของหน่วยงานเจ้าของบริการ',
    en: 'You must be a service designer or administrator of the owning agency',
  },
  'eservices.definition_not_found': { th: 'ไม่พบบริการนี้', en: 'This service was not found' },
  'eservices.definition_invalid': {
    th: 'ยังเผยแพร่ไม่ได้ เพราะนิยามบริการมีจุดที่ต้องแก้ไข',
    en: 'Not published yet: the definition has problems to fix',
  },
  'eservices.nothing_to_publish': {
    th: 'ไม่มีการเปลี่ยนแปลงตั้งแต่ฉบับที่เผยแพร่ล่าสุด',
    en: 'Nothing changed since the last published version',
  },
  'eservices.published': { th: 'เผยแพร่ฉบับที่ {version} แล้ว', en: 'Version {version} published' },
  'eservices.unpublished': {
    th: 'ปิดรับคำขอแล้ว คำขอที่ยื่นไปแล้วยังดำเนินการต่อได้ตามปกติ',
    en: 'Closed to new applications; applications already sent carry on as usual',
  },
  'eservices.field_name_invalid': {
    th: 'ชื่อช่อง (ภาษาอังกฤษ) ใช้อักษรตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร ยาวไม่เกิน 40 ตัว',
    en: 'The field name uses lower-case letters, digits and _, starts with a letter, at most 40 characters',
  },
  'eservices.field_name_taken': {
    th: 'มีช่องที่ใช้ชื่อนี้แล้ว',
    en: 'Another field already uses this name',
  },
  'eservices.field_type_invalid': { th: 'กรุณาเลือกชนิดของช่อง', en: 'Choose the kind of field' },
  'eservices.label_th_required': { th: 'กรุณากรอกคำถามภาษาไทย', en: 'Enter the Thai label' },
  'eservices.label_en_required': { th: 'กรุณากรอกคำถามภาษาอังกฤษ', en: 'Enter the English label' },
  'eservices.options_invalid': {
    th: 'ตัวเลือกต้องมีอย่างน้อย 2 บรรทัด บรรทัดละ “ค่า|ภาษาไทย|English” เช่น yes|ใช่|Yes',
    en: 'Give at least 2 option lines, each “value|Thai|English”, e.g. yes|ใช่|Yes',
  },
  'eservices.number_invalid': { th: 'ต้องเป็นตัวเลข', en: 'Must be a number' },
  'eservices.value_invalid': { th: 'ค่าไม่ถูกต้อง', en: 'The value is not valid' },
  'eservices.field_not_found': { th: 'ไม่พบช่องนี้', en: 'This field was not found' },
  'eservices.import_json_invalid': {
    th: 'อ่านไฟล์ JSON ไม่ได้: {detail}',
    en: 'The JSON could not be read: {detail}',
  },
  'eservices.import_other_org': {
    th: 'รหัสบริการนี้เป็นของหน่วยงานอื่น',
    en: 'This service code belongs to another agency',
  },
  'eservices.imported': {
    th: 'นำเข้านิยามบริการแล้ว (ยังไม่เผยแพร่)',
    en: 'Definition imported (not yet published)',
  },
  'eservices.saved': { th: 'บันทึกแล้ว', en: 'Saved' },
  'eservices.field_in_use': {
    th: 'ลบไม่ได้ เพราะมีเงื่อนไขที่อ้างถึงช่องนี้: {uses}',
    en: 'Cannot remove: these conditions refer to this field: {uses}',
  },
  'eservices.page_not_empty': {
    th: 'ลบได้เฉพาะหน้าที่ไม่มีช่องข้อมูล และต้องเหลืออย่างน้อยหนึ่งหน้า',
    en: 'Only an empty page can be removed, and at least one page must remain',
  },
  'eservices.declaration_required': {
    th: 'กรุณาทำเครื่องหมายรับรองว่าข้อมูลเป็นความจริง',
    en: 'Tick the box to confirm the information is true',
  },
});
