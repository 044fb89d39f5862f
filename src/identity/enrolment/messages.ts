import { defineMessages } from '../../platform/i18n/index.ts';

// What citizens read when enrolment or sign-in cannot go on: each says what happened, what to do,
// and (where it matters) that nothing was changed.
defineMessages({
  // Enrolment form
  'identity.enrol_citizen_id_required': {
    th: 'กรุณากรอกเลขประจำตัวประชาชน 13 หลัก',
    en: 'Enter your 13-digit citizen ID number',
  },
  'identity.enrol_citizen_id_format': {
    th: 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก',
    en: 'The citizen ID must be 13 digits',
  },
  'identity.enrol_citizen_id_checksum': {
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ) กรุณาตรวจสอบว่าพิมพ์ครบและถูกต้อง',
    en: 'This citizen ID is not valid (its last digit does not match the check digit); check you typed it correctly',
  },
  'identity.enrol_laser_code_required': {
    th: 'กรุณากรอกเลขหลังบัตรประชาชน (Laser ID)',
    en: 'Enter the laser code from the back of your ID card',
  },
  'identity.enrol_laser_code_format': {
    th: 'เลขหลังบัตรต้องเป็นตัวอักษรอังกฤษ 2 ตัวตามด้วยตัวเลข 10 หลัก เช่น JT1-1234567-12',
    en: 'The laser code is 2 letters followed by 10 digits, for example JT1-1234567-12',
  },
  'identity.enrol_birth_date_required': {
    th: 'กรุณากรอกวันเกิดตามที่ระบุในบัตรประชาชน',
    en: 'Enter your date of birth as printed on your ID card',
  },
  'identity.enrol_birth_date_format': {
    th: 'กรุณากรอกวันเกิดในรูปแบบ วว/ดด/ปปปป เช่น 14/05/2533 (ปี พ.ศ. หรือ ค.ศ. ก็ได้)',
    en: 'Enter your date of birth as DD/MM/YYYY, for example 14/05/1990 (Buddhist or Common Era year)',
  },
  'identity.enrol_no_match': {
    th: 'ข้อมูลไม่ตรงกับบัตรประชาชนที่ยังใช้งานได้ของผู้มีชีวิตอยู่ในทะเบียนราษฎร กรุณาตรวจสอบเลขประจำตัวประชาชน เลขหลังบัตร และวันเกิด หากบัตรหมดอายุหรือเพิ่งทำบัตรใหม่ กรุณาติดต่อสำนักทะเบียนใดก็ได้ (ลองได้อีก {remaining} ครั้ง ไม่มีข้อมูลใดถูกเปลี่ยนแปลง)',
    en: 'These details do not match an active, unexpired ID card of a living person in the population registry. Check the citizen ID, the laser code on the back of the card and your date of birth. If your card has expired or was just replaced, visit any registration office. ({remaining} tries left; nothing was changed.)',
  },
  'identity.enrol_locked': {
    th: 'เลขประจำตัวประชาชนนี้ถูกระงับการลงทะเบียนชั่วคราวเพราะกรอกข้อมูลผิดหลายครั้ง กรุณาลองใหม่หลังเวลา {until} น. หรือติดต่อสำนักทะเบียน',
    en: 'Enrolment for this citizen ID is paused after too many wrong attempts. Try again after {until}, or visit a registration office.',
  },
  'identity.too_many_attempts_from_address': {
    th: 'มีการลองจากเครือข่ายของคุณมากเกินไป กรุณารอประมาณ {minutes} นาทีแล้วลองใหม่',
    en: 'Too many attempts from your network; please wait about {minutes} minutes and try again',
  },
  'identity.enrol_expired': {
    th: 'การลงทะเบียนหมดเวลาแล้ว กรุณาเริ่มใหม่ตั้งแต่ขั้นตอนตรวจสอบบัตร',
    en: 'Your enrolment timed out; please start again from the card check',
  },
  'identity.enrol_already_completed': {
    th: 'การลงทะเบียนนี้เสร็จสิ้นไปแล้ว',
    en: 'This enrolment has already been completed',
  },

  // PIN rules
  'identity.pin_required': { th: 'กรุณาตั้ง PIN', en: 'Choose a PIN' },
  'identity.pin_not_digits': { th: 'PIN ต้องเป็นตัวเลขเท่านั้น', en: 'A PIN has digits only' },
  'identity.pin_too_short': {
    th: 'PIN ต้องมีอย่างน้อย 6 หลัก',
    en: 'A PIN must have at least 6 digits',
  },
  'identity.pin_too_long': {
    th: 'PIN ต้องมีไม่เกิน 12 หลัก',
    en: 'A PIN must have at most 12 digits',
  },
  'identity.pin_repeated': {
    th: 'PIN ที่ซ้ำกันเป็นชุด เช่น 111111 หรือ 121212 เดาง่ายเกินไป กรุณาเลือกใหม่',
    en: 'Repeated digits such as 111111 or 121212 are too easy to guess; choose another PIN',
  },
  'identity.pin_sequence': {
    th: 'PIN ที่เรียงลำดับ เช่น 123456 หรือ 654321 เดาง่ายเกินไป กรุณาเลือกใหม่',
    en: 'Sequences such as 123456 or 654321 are too easy to guess; choose another PIN',
  },
  'identity.pin_common': {
    th: 'PIN นี้ใช้กันแพร่หลาย (เช่น เป็นรูปแบบบนแป้นตัวเลข) เดาง่ายเกินไป กรุณาเลือกใหม่',
    en: 'This PIN is very common (a keypad pattern, for instance); choose another',
  },
  'identity.pin_birth_date': {
    th: 'PIN ต้องไม่มีวันเกิดของคุณ เพราะผู้อื่นอาจรู้ได้ กรุณาเลือกใหม่',
    en: 'A PIN must not contain your date of birth, which others may know; choose another',
  },
  'identity.pin_mismatch': {
    th: 'PIN ที่ยืนยันไม่ตรงกับ PIN ที่ตั้ง',
    en: 'The two PINs you typed do not match',
  },

  // PIN sign-in
  'identity.pin_sign_in_failed': {
    th: 'เลขประจำตัวประชาชนหรือ PIN ไม่ถูกต้อง (ลองได้อีก {remaining} ครั้งก่อนถูกระงับชั่วคราว)',
    en: 'The citizen ID or PIN is not right ({remaining} tries left before a pause)',
  },
  'identity.pin_locked': {
    th: 'การเข้าสู่ระบบด้วย PIN ของเลขประจำตัวประชาชนนี้ถูกระงับชั่วคราวเพราะใส่ PIN ผิดหลายครั้ง กรุณาลองใหม่หลังเวลา {until} น. ใช้พาสคีย์แทน หรือลงทะเบียนใหม่ด้วยบัตรประชาชนเพื่อตั้ง PIN ใหม่',
    en: 'PIN sign-in for this citizen ID is paused after too many wrong PINs. Try again after {until}, use your passkey instead, or enrol again with your ID card to set a new PIN.',
  },

  // Passkeys
  'identity.passkey_challenge_invalid': {
    th: 'คำขอนี้หมดอายุหรือถูกใช้ไปแล้ว กรุณาเริ่มใหม่อีกครั้ง',
    en: 'This request has expired or was already used; please start again',
  },
  'identity.passkey_malformed': {
    th: 'อ่านคำตอบจากพาสคีย์ไม่ได้ กรุณาลองใหม่ หากยังไม่ได้ให้ใช้เบราว์เซอร์อื่น',
    en: 'The answer from the passkey could not be read; try again, or use another browser',
  },
  'identity.passkey_missing': {
    th: 'ยังไม่ได้รับคำตอบจากพาสคีย์ การใช้พาสคีย์ต้องเปิดใช้ JavaScript ในเบราว์เซอร์',
    en: 'No passkey answer arrived; passkeys need JavaScript turned on in your browser',
  },
  'identity.passkey_unknown': {
    th: 'ไม่พบพาสคีย์นี้ในระบบ (อาจถูกลบหรือยกเลิกไปแล้ว) กรุณาใช้พาสคีย์อื่น เข้าสู่ระบบด้วย PIN หรือลงทะเบียนใหม่',
    en: 'This passkey is not registered (it may have been removed or revoked); use another passkey, sign in with your PIN, or enrol again',
  },
  'identity.passkey_wrong_origin': {
    th: 'คำตอบจากพาสคีย์มาจากเว็บไซต์อื่น ระบบจึงปฏิเสธเพื่อความปลอดภัย',
    en: 'The passkey answer was made for another website, so it was refused',
  },
  'identity.passkey_challenge_mismatch': {
    th: 'คำตอบจากพาสคีย์ไม่ตรงกับคำขอนี้ (อาจเป็นคำตอบเก่าที่ถูกนำมาใช้ซ้ำ) ระบบจึงปฏิเสธ',
    en: 'The passkey answer does not belong to this request (it may be an old answer replayed), so it was refused',
  },
  'identity.passkey_verification_required': {
    th: 'ต้องยืนยันตัวตนบนอุปกรณ์ (สแกนลายนิ้วมือ ใบหน้า หรือรหัสปลดล็อกเครื่อง) ก่อนใช้พาสคีย์',
    en: 'Your device must verify it is you (fingerprint, face or screen lock) to use a passkey',
  },
  'identity.passkey_counter_replay': {
    th: 'ตัวนับของพาสคีย์ย้อนกลับ แสดงว่าคำตอบนี้เคยถูกใช้แล้วหรือพาสคีย์อาจถูกคัดลอก ระบบจึงปฏิเสธ หากไม่ใช่คุณ กรุณาลบพาสคีย์นี้',
    en: 'The passkey counter went backwards: this answer was used before or the passkey may have been copied, so it was refused. If this was not you, remove this passkey.',
  },
  'identity.passkey_signature_invalid': {
    th: 'ลายมือชื่อของพาสคีย์ไม่ถูกต้อง ระบบจึงปฏิเสธ',
    en: 'The passkey signature is not valid, so it was refused',
  },
  'identity.passkey_wrong_rp': {
    th: 'พาสคีย์นี้สร้างไว้สำหรับเว็บไซต์อื่น',
    en: 'This passkey was made for another website',
  },
  'identity.passkey_registration_failed': {
    th: 'สร้างพาสคีย์ไม่สำเร็จ: อุปกรณ์ต้องรองรับพาสคีย์และยืนยันตัวตนผู้ใช้ได้ กรุณาลองใหม่ หรือข้ามไปตั้ง PIN',
    en: 'The passkey could not be created: your device must support passkeys and verify you. Try again, or continue with a PIN only.',
  },
  'identity.passkey_already_registered': {
    th: 'พาสคีย์นี้ลงทะเบียนไว้แล้ว',
    en: 'This passkey is already registered',
  },
  'identity.passkey_not_found': {
    th: 'ไม่พบพาสคีย์นี้ในบัญชีของคุณ',
    en: 'This passkey is not in your account',
  },
  'identity.passkey_removed': {
    th: 'ลบพาสคีย์เรียบร้อยแล้ว อุปกรณ์นั้นจะใช้เข้าสู่ระบบไม่ได้อีก',
    en: 'The passkey was removed; that device can no longer sign you in',
  },
  'identity.passkey_added': {
    th: 'เพิ่มพาสคีย์เรียบร้อยแล้ว',
    en: 'The passkey was added',
  },
  'identity.passkey_add_needs_aal2': {
    th: 'การเพิ่มพาสคีย์ต้องเข้าสู่ระบบด้วยพาสคีย์ก่อน หากไม่มีพาสคีย์ที่ใช้ได้ กรุณาลงทะเบียนใหม่ด้วยบัตรประชาชน',
    en: 'To add a passkey, sign in with a passkey first; if you have none that works, enrol again with your ID card',
  },
});
