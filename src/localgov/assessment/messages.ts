import { defineMessages } from '../../platform/i18n/index.ts';

/** Messages of the self-assessment; the keys double as error codes (STYLE.md 10). */
export const assessmentMessages = defineMessages({
  'assessment.not_found': {
    th: 'ไม่พบแบบประเมินที่ต้องการ',
    en: 'The assessment was not found',
  },
  'assessment.forbidden': {
    th: 'คุณไม่มีสิทธิ์เปิดแบบประเมินนี้ แบบประเมินเปิดได้เฉพาะเจ้าหน้าที่และผู้บริหารของ อปท. เจ้าของแบบประเมิน และผู้ตรวจสอบของ สตง. หรือผู้กำกับดูแลของ สถ. เมื่อยื่นแล้ว',
    en: 'You may not open this assessment. Only the officers and executives of its own local administration may, and State Audit Office auditors or DLA supervisors once it is submitted.',
  },
  'assessment.not_member': {
    th: 'คุณไม่ได้เป็นเจ้าหน้าที่หรือผู้บริหารของ อปท. นี้ จึงทำรายการไม่ได้',
    en: 'You are not an officer or executive of this local administration, so you cannot do this',
  },
  'assessment.no_administration': {
    th: 'บัญชีของคุณยังไม่ได้รับสิทธิ์เจ้าหน้าที่หรือผู้บริหารของ อปท. ใด กรุณาติดต่อผู้ดูแลระบบของหน่วยงาน',
    en: 'Your account is not an officer or executive of any local administration; ask your administrator',
  },
  'assessment.locked': {
    th: 'แบบประเมินนี้ผู้บริหารลงนามและยื่นแล้ว จึงถูกล็อกและแก้ไขไม่ได้ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This assessment has been signed off and submitted, so it is locked and cannot be changed. Nothing was changed.',
  },
  'assessment.answer_invalid': {
    th: 'คำตอบของ{label} ต้องเป็น "ใช่" "ไม่ใช่" หรือ "ไม่เกี่ยวข้อง" เท่านั้น',
    en: 'The answer to {label} must be "yes", "no" or "not applicable"',
  },
  'assessment.unknown_question': {
    th: 'ไม่มีคำถามรหัส {id} ในหน้านี้ของแบบประเมิน',
    en: 'There is no question {id} on this page of the assessment',
  },
  'assessment.incomplete': {
    th: 'ยังตอบคำถามไม่ครบ อีก {count} ข้อ กรุณาตอบให้ครบทุกข้อก่อนลงนามและยื่น',
    en: '{count} questions are still unanswered; answer every question before signing off',
  },
  'assessment.project_name_required': {
    th: 'กรุณากรอกชื่อโครงการ',
    en: 'Enter the project name',
  },
  'assessment.project_name_too_long': {
    th: 'ชื่อโครงการต้องยาวไม่เกิน 300 ตัวอักษร',
    en: 'The project name must be at most 300 characters',
  },
  'assessment.budget_required': {
    th: 'กรุณากรอกงบประมาณของโครงการ (บาท)',
    en: 'Enter the project budget in baht',
  },
  'assessment.budget_invalid': {
    th: 'งบประมาณต้องเป็นจำนวนเงินบาท ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 150000 หรือ 1,250,000.50',
    en: 'The budget must be an amount in baht, not negative, at most 2 decimals, e.g. 150000 or 1,250,000.50',
  },
  'assessment.project_type_invalid': {
    th: 'กรุณาเลือกประเภทโครงการ',
    en: 'Choose the project type',
  },
  'assessment.fiscal_year_invalid': {
    th: 'กรุณาเลือกปีงบประมาณจากรายการ',
    en: 'Choose a fiscal year from the list',
  },
  'assessment.administration_invalid': {
    th: 'กรุณาเลือก อปท. ที่คุณเป็นเจ้าหน้าที่',
    en: 'Choose a local administration you work for',
  },
  'assessment.administration_unknown': {
    th: 'ไม่พบ อปท. รหัส {code} ในทำเนียบ อปท.',
    en: 'No local administration with code {code} is in the directory',
  },
  'assessment.duplicate_project': {
    th: 'อปท. นี้มีแบบประเมินของโครงการชื่อนี้ในปีงบประมาณและประเภทโครงการนี้แล้ว',
    en: 'This administration already has an assessment of a project with this name, year and type',
  },
  'assessment.no_template': {
    th: 'ยังไม่มีแบบประเมินที่ประกาศใช้สำหรับปีงบประมาณนี้',
    en: 'No questionnaire template is published for this fiscal year yet',
  },
  'assessment.not_executive': {
    th: 'เฉพาะผู้บริหารของ อปท. นี้เท่านั้นที่ลงนามรับรองและยื่นแบบประเมินได้',
    en: 'Only an executive of this local administration may sign off and submit the assessment',
  },
  'assessment.sign_off_by_filler': {
    th: 'ผู้ลงนามรับรองต้องไม่ใช่ผู้จัดทำแบบประเมิน ให้ผู้บริหารอีกท่านหนึ่งลงนาม',
    en: 'The person who filled in the assessment cannot sign it off; another executive must',
  },
  'assessment.certify_required': {
    th: 'กรุณายืนยันว่าได้ตรวจสอบคำตอบและหลักฐานแล้ว',
    en: 'Confirm that you have checked the answers and the evidence',
  },
  'assessment.evidence_empty': {
    th: 'ไฟล์หลักฐาน {file} ว่างเปล่า',
    en: 'The evidence file {file} is empty',
  },
  'assessment.evidence_too_large': {
    th: 'ไฟล์หลักฐาน {file} มีขนาดเกิน 5 MB',
    en: 'The evidence file {file} is larger than 5 MB',
  },
  'assessment.evidence_type': {
    th: 'ไฟล์หลักฐาน {file} ต้องเป็น PDF, JPG หรือ PNG เท่านั้น',
    en: 'The evidence file {file} must be a PDF, JPG or PNG',
  },
  'assessment.evidence_mismatch': {
    th: 'เนื้อหาไฟล์ {file} ไม่ตรงกับชนิดไฟล์ที่ระบุ กรุณาแนบไฟล์ PDF, JPG หรือ PNG ที่เปิดได้',
    en: 'The content of {file} does not match its type; attach a PDF, JPG or PNG that opens',
  },
  'assessment.evidence_too_many': {
    th: 'แนบหลักฐานได้ไม่เกิน {max} ไฟล์ต่อคำถาม',
    en: 'At most {max} evidence files per question',
  },
  'assessment.evidence_not_found': {
    th: 'ไม่พบไฟล์หลักฐานที่ต้องการ',
    en: 'The evidence file was not found',
  },
  'assessment.files_not_kept': {
    th: 'ไฟล์ที่เลือกไว้ยังไม่ถูกบันทึก กรุณาเลือกไฟล์อีกครั้งหลังแก้ไข',
    en: 'Files you chose were not saved; choose them again after correcting',
  },
  'assessment.template_not_found': {
    th: 'ไม่พบแบบประเมินฉบับที่ต้องการ',
    en: 'The template version was not found',
  },
  'assessment.template_invalid': {
    th: 'แบบประเมินฉบับนี้ยังไม่สมบูรณ์ จึงยังไม่บันทึก: {detail}',
    en: 'This template version is not valid, so it was not saved: {detail}',
  },
  'assessment.template_published': {
    th: 'แบบประเมินฉบับนี้ประกาศใช้แล้ว แก้ไขไม่ได้ ให้สร้างฉบับใหม่จากฉบับนี้',
    en: 'This template version is published and cannot be changed; create a new version from it',
  },
  'assessment.template_not_editor': {
    th: 'เฉพาะผู้จัดทำแบบประเมินของ สตง. เท่านั้นที่แก้ไขแบบประเมินได้',
    en: 'Only State Audit Office template editors may edit templates',
  },
  'assessment.question_not_found': {
    th: 'ไม่พบคำถามรหัส {id} ในแบบประเมินฉบับนี้',
    en: 'Question {id} is not in this template version',
  },
  'assessment.question_text_required': {
    th: 'กรุณากรอกข้อความคำถามภาษาไทย',
    en: 'Enter the question text in Thai',
  },
  'assessment.question_guidance_required': {
    th: 'กรุณากรอกคำแนะนำหลักฐานภาษาไทย',
    en: 'Enter the evidence guidance in Thai',
  },
  'assessment.question_recommendation_required': {
    th: 'กรุณากรอกข้อเสนอแนะภาษาไทย',
    en: 'Enter the recommendation in Thai',
  },
  'assessment.question_too_long': {
    th: 'ข้อความต้องยาวไม่เกิน 2,000 ตัวอักษร',
    en: 'The text must be at most 2,000 characters',
  },
  'assessment.question_weight_invalid': {
    th: 'น้ำหนักคะแนนต้องเป็นจำนวนเต็ม 1 ถึง 5',
    en: 'The weight must be a whole number from 1 to 5',
  },
  'assessment.question_expected_invalid': {
    th: 'กรุณาเลือกคำตอบที่ถือว่าปฏิบัติถูกต้อง',
    en: 'Choose the answer that counts as compliant',
  },
  'assessment.question_framework_invalid': {
    th: 'กรุณาเลือกกรอบการประเมิน',
    en: 'Choose the framework',
  },
  'assessment.question_references_required': {
    th: 'กรุณาเลือกกฎหมายหรือระเบียบที่อ้างอิงอย่างน้อย 1 รายการ',
    en: 'Choose at least one law or regulation',
  },
  'assessment.framework_not_found': {
    th: 'ไม่พบหมวดของแบบประเมินที่ต้องการ',
    en: 'That part of the assessment was not found',
  },
  'assessment.dashboard_forbidden': {
    th: 'แดชบอร์ดเปิดได้เฉพาะผู้ตรวจสอบของ สตง. และผู้กำกับดูแลของกรมส่งเสริมการปกครองท้องถิ่น',
    en: 'Dashboards are for State Audit Office auditors and Department of Local Administration supervisors',
  },
  'assessment.filter_invalid': {
    th: 'ตัวกรองไม่ถูกต้อง: {detail}',
    en: 'The filter is not valid: {detail}',
  },
  'assessment.font_missing': {
    th: 'ส่งออก PDF ไม่ได้ เพราะเครื่องแม่ข่ายไม่มีแบบอักษรภาษาไทย (ติดตั้งแพ็กเกจ fonts-thai-tlwg หรือกำหนด PRATU_THAI_FONT)',
    en: 'PDF export is unavailable: the server has no Thai font (install fonts-thai-tlwg or set PRATU_THAI_FONT)',
  },
  'assessment.saved': { th: 'บันทึกร่างแล้ว', en: 'Draft saved' },
  'assessment.created': { th: 'สร้างแบบประเมินแล้ว', en: 'Assessment created' },
  'assessment.submitted': {
    th: 'ลงนามรับรองและยื่นแบบประเมินแล้ว แบบประเมินถูกล็อก',
    en: 'Signed off and submitted; the assessment is now locked',
  },
  'assessment.evidence_removed': { th: 'ลบไฟล์หลักฐานแล้ว', en: 'Evidence file removed' },
  'assessment.template_saved': {
    th: 'บันทึกแบบประเมินฉบับร่างแล้ว',
    en: 'Template draft saved',
  },
  'assessment.template_published_notice': {
    th: 'ประกาศใช้แบบประเมินฉบับนี้แล้ว',
    en: 'This template version is now published',
  },
});
