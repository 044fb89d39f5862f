import type { Text } from '../../platform/i18n/index.ts';
import { pick, t } from '../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  Notice,
  TextField,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { formatCitizenId, formatHouseId } from '../citizen-id.ts';
import { maskLaserCode } from '../laser-code.ts';
import type { RegistrationOffice } from '../offices.ts';
import { formatEnglishDate, formatThaiDate, parsePartialDate } from '../partial-date.ts';
import type { RegistryPerson, ResidenceRecord } from '../person.ts';

export interface LookupResult {
  citizenId: string;
  person: RegistryPerson | null;
  residences: ResidenceRecord[];
  office: RegistrationOffice | null;
}

const genders: Record<RegistryPerson['gender'], Text> = {
  male: { th: 'ชาย', en: 'Male' },
  female: { th: 'หญิง', en: 'Female' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};
const cardStatuses: Record<'active' | 'expired' | 'revoked', Text> = {
  active: { th: 'ใช้งานได้', en: 'Active' },
  expired: { th: 'หมดอายุ', en: 'Expired' },
  revoked: { th: 'ยกเลิกแล้ว', en: 'Revoked' },
};
const roles: Record<ResidenceRecord['role'], Text> = {
  owner: { th: 'เจ้าบ้าน', en: 'Householder' },
  resident: { th: 'ผู้อาศัย', en: 'Resident' },
};

function showDate(value: string | null, lang: 'th' | 'en', none: Text): string {
  if (!value) return pick(none, lang);
  const d = parsePartialDate(value);
  if (!d) return value;
  return lang === 'th' ? formatThaiDate(d) : formatEnglishDate(d);
}

function fullName(p: RegistryPerson, lang: 'th' | 'en'): string {
  const first =
    lang === 'th' ? `${p.title.th}${p.givenName.th}` : `${p.title.en} ${p.givenName.en}`;
  return [first, p.middleName?.[lang], p.familyName[lang]].filter(Boolean).join(' ');
}

/** The registrar's look-up by citizen ID: one form, and the record it found. */
export function LookupPage(props: {
  ctx: PageContext;
  values: Record<string, string>;
  errors: Record<string, string>;
  result?: LookupResult;
}) {
  const { ctx, values, errors, result } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = t(lang, 'registry.lookup.title');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'สำหรับนายทะเบียน ทุกการค้นหาถูกบันทึกในบันทึกการตรวจสอบพร้อมชื่อผู้ค้นหา'
          : 'For registrars. Every look-up is recorded in the audit log under your name.'}
      </p>
      <ErrorSummary errors={errors} lang={lang} />
      <Form ctx={ctx} action="/registry">
        <TextField
          name="citizen_id"
          label={th ? 'เลขประจำตัวประชาชน' : 'Citizen ID'}
          hint={th ? '13 หลัก เว้นวรรคหรือขีดได้' : '13 digits; spaces or dashes are fine'}
          value={values.citizen_id}
          error={errors.citizen_id}
          inputMode="numeric"
          autocomplete="off"
          maxLength={20}
          required
        />
        <div class="actions">
          <Button>{th ? 'ค้นหา' : 'Look up'}</Button>
        </div>
      </Form>
      {result && <ResultView lang={lang} result={result} />}
    </Layout>
  );
}

function ResultView({ lang, result }: { lang: 'th' | 'en'; result: LookupResult }) {
  const th = lang === 'th';
  const { person } = result;
  if (!person) {
    return (
      <section aria-labelledby="result-title">
        <h2 id="result-title">{th ? 'ผลการค้นหา' : 'Result'}</h2>
        <Notice kind="warning">
          {th
            ? `ไม่พบเลขประจำตัวประชาชน ${formatCitizenId(result.citizenId)} ในทะเบียน`
            : `No one with citizen ID ${formatCitizenId(result.citizenId)} is in the registry.`}
        </Notice>
      </section>
    );
  }
  const none = { th: '—', en: '—' };
  const rows: Array<[string, string]> = [
    [th ? 'เลขประจำตัวประชาชน' : 'Citizen ID', formatCitizenId(person.citizenId)],
    [th ? 'ชื่อ-นามสกุล (ภาษาไทย)' : 'Name (Thai)', fullName(person, 'th')],
    [th ? 'ชื่อ-นามสกุล (ภาษาอังกฤษ)' : 'Name (English)', fullName(person, 'en')],
    [th ? 'วันเกิด' : 'Date of birth', showDate(person.birthDate, lang, none)],
    [th ? 'เพศ' : 'Sex', pick(genders[person.gender], lang)],
    [th ? 'สัญชาติ' : 'Nationality', person.nationality],
    [
      th ? 'สถานะบุคคล' : 'Status',
      person.alive ? (th ? 'มีชีวิต' : 'Alive') : th ? 'ถึงแก่กรรม' : 'Deceased',
    ],
    [
      th ? 'ที่อยู่ตามทะเบียนบ้าน' : 'Registered address',
      person.address ? pick(person.address.formatted, lang) : '—',
    ],
  ];
  if (person.address) {
    rows.push([th ? 'รหัสประจำบ้าน' : 'House code', formatHouseId(person.address.houseId)]);
  }
  if (result.office) {
    rows.push([
      th ? 'สำนักทะเบียน' : 'Registration office',
      pick({ th: result.office.nameTh, en: result.office.nameEn }, lang),
    ]);
  }
  const card = person.card;
  const cardRows: Array<[string, string]> = card
    ? [
        [th ? 'เลขที่บัตร' : 'Card number', card.cardNumber],
        // The laser code is one of the three secrets of self-enrolment: even a registrar sees
        // only enough of it to compare with the card in front of them.
        [th ? 'เลขหลังบัตร (ปิดบางส่วน)' : 'Laser code (partly hidden)', maskLaserCode(card.laserCode)],
        [th ? 'วันออกบัตร' : 'Issued on', showDate(card.issuedOn, lang, none)],
        [
          th ? 'วันบัตรหมดอายุ' : 'Expires on',
          showDate(card.expiresOn, lang, { th: 'ตลอดชีพ', en: 'Lifelong' }),
        ],
        [th ? 'สถานะบัตร' : 'Card status', pick(cardStatuses[card.status], lang)],
      ]
    : [];
  const item = { header: th ? 'รายการ' : 'Item', cell: (r: [string, string]) => r[0] };
  const value = { header: th ? 'ข้อมูล' : 'Value', cell: (r: [string, string]) => r[1] };
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{fullName(person, lang)}</h2>
      {!person.alive && (
        <Notice kind="warning">{th ? 'บุคคลนี้ถึงแก่กรรมแล้ว' : 'This person has died.'}</Notice>
      )}
      <DataTable caption={th ? 'ข้อมูลบุคคล' : 'Person'} rows={rows} columns={[item, value]} />
      {card ? (
        <DataTable
          caption={th ? 'บัตรประจำตัวประชาชน' : 'ID card'}
          rows={cardRows}
          columns={[item, value]}
        />
      ) : (
        <p>{th ? 'ไม่มีข้อมูลบัตรประจำตัวประชาชน' : 'No ID card on record.'}</p>
      )}
      <DataTable
        caption={th ? 'ประวัติการย้ายที่อยู่' : 'Residence history'}
        rows={result.residences}
        empty={th ? 'ไม่มีประวัติ' : 'No history on record'}
        columns={[
          { header: th ? 'ที่อยู่' : 'Address', cell: (r) => pick(r.address.formatted, lang) },
          { header: th ? 'ฐานะ' : 'Role', cell: (r) => pick(roles[r.role], lang) },
          { header: th ? 'ตั้งแต่' : 'Since', cell: (r) => showDate(r.since, lang, none) },
          {
            header: th ? 'ถึง' : 'Until',
            cell: (r) => showDate(r.until, lang, { th: 'ปัจจุบัน', en: 'Now' }),
          },
        ]}
      />
    </section>
  );
}
