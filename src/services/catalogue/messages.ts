import { defineMessages } from '../../platform/i18n/index.ts';

/** The catalogue's words, Thai first. Error codes double as message keys (STYLE.md 10). */
export const catalogueMessages = defineMessages({
  'catalogue.title': { th: 'บริการภาครัฐ', en: 'Government services' },
  'catalogue.lead': {
    th: 'ค้นหาบริการของรัฐจากทุกหน่วยงานในที่เดียว พิมพ์ได้ตามที่คุ้นเคย ไม่ต้องเว้นวรรค ใช้คำย่อหรือภาษาอังกฤษได้',
    en: 'Find any government service in one place. Type the way you usually do: abbreviations and Thai or English words all work.',
  },
  'catalogue.search_label': { th: 'ค้นหาบริการ', en: 'Search for a service' },
  'catalogue.search_hint': {
    th: 'เช่น ตรวจสอบสิทธิประกันสังคม บัตรทอง กยศ ต่อภาษีรถ passport',
    en: 'For example: social security rights, student loan, vehicle tax, passport',
  },
  'catalogue.search_button': { th: 'ค้นหา', en: 'Search' },
  'catalogue.categories': { th: 'บริการตามเหตุการณ์ในชีวิต', en: 'Services by life event' },
  'catalogue.popular': { th: 'บริการยอดนิยม', en: 'Popular services' },
  'catalogue.service_count': { th: '{count} บริการ', en: '{count} services' },
  'catalogue.results_title': { th: 'ผลการค้นหา', en: 'Search results' },
  'catalogue.results_for': {
    th: 'พบ {count} บริการ สำหรับ “{q}”',
    en: '{count} services found for “{q}”',
  },
  'catalogue.results_all': { th: 'ทั้งหมด {count} บริการ', en: '{count} services in all' },
  'catalogue.corrected_match': {
    th: 'ไม่พบคำที่พิมพ์บางคำ จึงแสดงผลสำหรับคำที่สะกดใกล้เคียง',
    en: 'Some words were not found, so results for similar spellings are shown',
  },
  'catalogue.partial_match': {
    th: 'ไม่พบบริการที่ตรงกับทุกคำ จึงแสดงบริการที่ตรงกับบางคำหรือสะกดใกล้เคียง',
    en: 'No service matched every word, so services matching some words or similar spellings are shown',
  },
  'catalogue.filters': { th: 'กรองผลการค้นหา', en: 'Filter the results' },
  'catalogue.filter_category': { th: 'หมวดบริการ', en: 'Category' },
  'catalogue.filter_agency': { th: 'หน่วยงาน', en: 'Agency' },
  'catalogue.filter_channel': { th: 'ช่องทาง', en: 'Channel' },
  'catalogue.filter_any': { th: 'ทั้งหมด', en: 'All' },
  'catalogue.remove_filter': { th: 'ยกเลิกตัวกรอง {name}', en: 'Remove the filter {name}' },
  'catalogue.no_results': {
    th: 'ไม่พบบริการที่ตรงกับ “{q}”',
    en: 'No service matches “{q}”',
  },
  'catalogue.did_you_mean': { th: 'คุณหมายถึงบริการเหล่านี้หรือไม่', en: 'Did you mean' },
  'catalogue.no_results_help': { th: 'ลองวิธีเหล่านี้', en: 'Try this' },
  'catalogue.tip_spelling': {
    th: 'ตรวจการสะกด หรือพิมพ์ให้สั้นลง เช่น “ประกันสังคม” แทนทั้งประโยค',
    en: 'Check the spelling, or type fewer words, e.g. “social security” rather than a sentence',
  },
  'catalogue.tip_other_words': {
    th: 'ใช้คำอื่นที่มีความหมายเดียวกัน ชื่อย่อของหน่วยงาน หรือคำภาษาอังกฤษ',
    en: 'Use another word with the same meaning, the agency’s abbreviation, or a Thai word',
  },
  'catalogue.tip_browse': { th: 'เลือกดูบริการตามหมวด', en: 'Browse the services by category' },
  'catalogue.remove_all_filters': {
    th: 'ค้นหาโดยไม่ใช้ตัวกรอง',
    en: 'Search without filters',
  },
  'catalogue.pagination': { th: 'หน้าผลการค้นหา', en: 'Result pages' },
  'catalogue.previous': { th: 'ก่อนหน้า', en: 'Previous' },
  'catalogue.next': { th: 'ถัดไป', en: 'Next' },
  'catalogue.page_n': { th: 'หน้า {n}', en: 'Page {n}' },
  'catalogue.agency': { th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible agency' },
  'catalogue.category': { th: 'หมวดบริการ', en: 'Category' },
  'catalogue.channels': { th: 'ช่องทางการใช้บริการ', en: 'How to use the service' },
  'catalogue.fee': { th: 'ค่าธรรมเนียม', en: 'Fee' },
  'catalogue.fee_amount': { th: '{amount} บาท', en: '{amount} baht' },
  'catalogue.fee_none': { th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' },
  'catalogue.processing_time': { th: 'ระยะเวลาดำเนินการ', en: 'Processing time' },
  'catalogue.documents': { th: 'เอกสารที่ต้องใช้', en: 'Documents you need' },
  'catalogue.no_documents': { th: 'ไม่ต้องใช้เอกสาร', en: 'No documents needed' },
  'catalogue.eligibility': { th: 'ผู้มีสิทธิใช้บริการ', en: 'Who can use it' },
  'catalogue.apply': { th: 'ยื่นคำขอออนไลน์', en: 'Apply online' },
  'catalogue.apply_unavailable': {
    th: 'บริการนี้ยื่นคำขอออนไลน์ผ่านประตูได้ แต่ระบบนี้ยังไม่ได้เปิดแบบฟอร์มคำขอ กรุณาติดต่อหน่วยงานโดยตรง',
    en: 'This service takes applications through Pratu, but this installation has not opened the form yet; contact the agency directly',
  },
  'catalogue.external': { th: 'ไปที่บริการของหน่วยงาน', en: 'Go to the agency’s service' },
  'catalogue.external_note': {
    th: 'ลิงก์นี้พาไปยังเว็บไซต์ของหน่วยงาน ({host})',
    en: 'This link leads to the agency’s website ({host})',
  },
  'catalogue.other_name': { th: 'ชื่อภาษาอังกฤษ', en: 'Thai name' },
  'catalogue.keywords': { th: 'คำค้นที่เกี่ยวข้อง', en: 'Related search words' },
  'catalogue.back_to_catalogue': { th: 'บริการภาครัฐทั้งหมด', en: 'All government services' },
  'catalogue.category_services': { th: 'บริการในหมวดนี้', en: 'Services in this category' },
  'catalogue.search_in_category': { th: 'ค้นหาในหมวดนี้', en: 'Search this category' },
  'catalogue.channel.online': { th: 'ออนไลน์', en: 'Online' },
  'catalogue.channel.kiosk': { th: 'ตู้บริการอัจฉริยะ', en: 'Kiosk' },
  'catalogue.channel.office': { th: 'ติดต่อที่สำนักงาน', en: 'At an office' },
  'catalogue.channel.app': { th: 'แอปพลิเคชัน', en: 'Mobile app' },
  'catalogue.unknown_category': {
    th: 'ไม่มีหมวดบริการนี้',
    en: 'There is no such category',
  },
  'catalogue.unknown_agency': {
    th: 'รหัสหน่วยงานไม่ถูกต้อง',
    en: 'The agency code is not valid',
  },
  'catalogue.unknown_channel': {
    th: 'ช่องทางต้องเป็น online, kiosk, office หรือ app',
    en: 'The channel must be online, kiosk, office or app',
  },
  'catalogue.invalid_limit': {
    th: 'limit ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 50',
    en: 'limit must be a whole number from 1 to 50',
  },
  'catalogue.invalid_offset': {
    th: 'offset ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง 500',
    en: 'offset must be a whole number from 0 to 500',
  },
  'catalogue.service_not_found': {
    th: 'ไม่พบบริการนี้ในแคตตาล็อก',
    en: 'This service is not in the catalogue',
  },
  'catalogue.import_invalid': {
    th: 'ไฟล์นำเข้าไม่ถูกต้อง พบปัญหา {count} รายการ จึงไม่ได้นำเข้าข้อมูลใดเลย',
    en: 'The import file is not valid ({count} problems), so nothing was imported',
  },
  // Synonyms page.
  'catalogue.synonyms_title': { th: 'คำพ้องสำหรับการค้นหา', en: 'Search synonyms' },
  'catalogue.synonyms_lead': {
    th: 'เพิ่มคำที่ประชาชนใช้ค้นหาบริการของหน่วยงานคุณ เช่น คำย่อ คำเรียกทั่วไป หรือคำภาษาอังกฤษ เมื่อมีผู้ค้นหาด้วยคำนั้น ระบบจะค้นหาด้วยคำที่ขยายความด้วย',
    en: 'Add the words people use to look for your agency’s services: abbreviations, everyday words, English. A search for the term also searches its expansions.',
  },
  'catalogue.synonyms_organization': { th: 'หน่วยงาน', en: 'Agency' },
  'catalogue.synonym_term': { th: 'คำที่ประชาชนพิมพ์', en: 'Term people type' },
  'catalogue.synonym_term_hint': {
    th: 'เช่น บัตรคนจน หรือ ก.ย.ศ. (จุดและวรรณยุกต์ไม่มีผลต่อการค้นหา)',
    en: 'e.g. an abbreviation; dots and tone marks make no difference',
  },
  'catalogue.synonym_expansions': { th: 'คำที่ขยายความ', en: 'Expansions' },
  'catalogue.synonym_expansions_hint': {
    th: 'หนึ่งคำต่อบรรทัด สูงสุด 20 คำ อย่างน้อยหนึ่งคำต้องค้นพบบริการของหน่วยงานคุณ',
    en: 'One per line, at most 20; at least one must find a service of your agency',
  },
  'catalogue.synonym_add': { th: 'บันทึกคำพ้อง', en: 'Save synonym' },
  'catalogue.synonym_delete': { th: 'ลบ', en: 'Delete' },
  'catalogue.synonym_delete_label': { th: 'ลบคำพ้อง {term}', en: 'Delete the synonym {term}' },
  'catalogue.synonyms_yours': { th: 'คำพ้องของหน่วยงาน', en: 'Your agency’s synonyms' },
  'catalogue.synonyms_none': {
    th: 'หน่วยงานนี้ยังไม่มีคำพ้อง',
    en: 'This agency has no synonyms yet',
  },
  'catalogue.synonyms_builtin': {
    th: 'คำพ้องกลางของระบบมี {count} คำ ใช้กับทุกหน่วยงาน',
    en: 'The platform has {count} shared synonyms used for every agency',
  },
  'catalogue.synonym_saved': { th: 'บันทึกคำพ้อง “{term}” แล้ว', en: 'Saved the synonym “{term}”' },
  'catalogue.synonym_deleted': { th: 'ลบคำพ้อง “{term}” แล้ว', en: 'Deleted the synonym “{term}”' },
  'catalogue.synonym_not_found': {
    th: 'ไม่พบคำพ้องนี้ในหน่วยงานของคุณ',
    en: 'Your agency has no such synonym',
  },
  'catalogue.synonym_term_required': {
    th: 'กรุณากรอกคำที่ประชาชนพิมพ์',
    en: 'Enter the term people type',
  },
  'catalogue.synonym_term_invalid': {
    th: 'คำค้นต้องมีตัวอักษรหรือตัวเลข และยาวไม่เกิน 100 ตัวอักษร',
    en: 'The term must contain letters or digits and be at most 100 characters',
  },
  'catalogue.synonym_expansions_required': {
    th: 'กรุณากรอกคำที่ขยายความอย่างน้อยหนึ่งคำ',
    en: 'Enter at least one expansion',
  },
  'catalogue.synonym_expansions_invalid': {
    th: 'คำที่ขยายความต้องมี 1 ถึง 20 คำ แต่ละคำยาวไม่เกิน 200 ตัวอักษร มีตัวอักษรหรือตัวเลข และไม่ซ้ำกับคำค้น',
    en: 'Give 1 to 20 expansions, each at most 200 characters, with letters or digits, none equal to the term',
  },
  'catalogue.synonym_no_service': {
    th: 'คำที่ขยายความต้องค้นพบบริการของหน่วยงานคุณอย่างน้อยหนึ่งบริการ',
    en: 'At least one expansion must find one of your agency’s services',
  },
  'catalogue.synonym_organization_required': {
    th: 'กรุณาเลือกหน่วยงาน',
    en: 'Choose the agency',
  },
});
