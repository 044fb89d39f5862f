import { formatDate, type Lang, t } from '../../../platform/i18n/index.ts';
import { DataTable } from '../../../platform/views/components.tsx';
import type { DnsCheckResult } from '../dns-check.ts';
import type { HistoryRow } from '../store.ts';

const EVENT_LABELS: Record<string, { th: string; en: string }> = {
  registered: { th: 'ขอขึ้นทะเบียน และส่งลิงก์ยืนยัน', en: 'Registered; confirmation link sent' },
  confirmed: { th: 'ยืนยันผ่านลิงก์ในอีเมลแล้ว', en: 'Confirmed through the e-mailed link' },
  approved: { th: 'อนุมัติ', en: 'Approved' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Rejected' },
  withdrawn: { th: 'ยกเลิกคำขอ', en: 'Withdrawn' },
  superseded: { th: 'ถูกแทนที่ด้วยที่อยู่ใหม่', en: 'Replaced by a newer address' },
  reconfirmation_due: {
    th: 'ถึงกำหนดยืนยันประจำปี และส่งลิงก์ยืนยัน',
    en: 'Yearly confirmation due; link sent',
  },
  reconfirmed: { th: 'ยืนยันประจำปีแล้ว', en: 'Confirmed for another year' },
  lapsed: { th: 'หมดอายุ เพราะไม่ได้ยืนยันประจำปี', en: 'Lapsed: not confirmed in time' },
  link_resent: { th: 'ส่งลิงก์ยืนยันใหม่', en: 'Confirmation link sent again' },
  dns_checked: { th: 'ตรวจ DNS ของโดเมนอีกครั้ง', en: 'Domain DNS checked again' },
  seeded: { th: 'ข้อมูลตัวอย่าง', en: 'Demo data' },
};

export function statusLabel(status: string, lang: Lang): string {
  return t(lang, `email.status.${status}`);
}

export function actorLabel(actor: string, lang: Lang, names: Map<string, string>): string {
  if (actor.startsWith('email:')) {
    return lang === 'th' ? `ผู้ดูแลกล่องจดหมาย ${actor.slice(6)}` : `the holder of ${actor.slice(6)}`;
  }
  if (actor.startsWith('system:')) return lang === 'th' ? 'ระบบ' : 'The system';
  return names.get(actor) ?? actor;
}

export function HistoryTable(props: {
  lang: Lang;
  rows: HistoryRow[];
  names: Map<string, string>;
  caption: string;
}) {
  const { lang } = props;
  const th = lang === 'th';
  return (
    <DataTable
      caption={props.caption}
      rows={props.rows}
      empty={th ? 'ยังไม่มีประวัติ' : 'No history yet'}
      columns={[
        { header: th ? 'เมื่อ' : 'When', cell: (h) => formatDate(h.at, lang, { withTime: true }) },
        {
          header: th ? 'รายการ' : 'Event',
          cell: (h) => {
            const label = EVENT_LABELS[h.event];
            return label ? label[lang] : h.event;
          },
        },
        {
          header: th ? 'สถานะ' : 'Status',
          cell: (h) => (h.to_status ? statusLabel(h.to_status, lang) : '-'),
        },
        { header: th ? 'โดย' : 'By', cell: (h) => actorLabel(h.actor, lang, props.names) },
        { header: th ? 'เหตุผล' : 'Reason', cell: (h) => h.reason ?? '-' },
      ]}
    />
  );
}

const CHECK_LABELS = {
  ok: { th: 'พบ', en: 'Present' },
  missing: { th: 'ไม่พบ', en: 'Missing' },
  invalid: { th: 'พบแต่ไม่ถูกต้อง', en: 'Present but invalid' },
  error: { th: 'ตรวจไม่ได้', en: 'Could not check' },
};

/** The DNS check as a table the officer and the registry officer both read. */
export function DnsCheckView(props: { lang: Lang; result: DnsCheckResult | null }) {
  const { lang, result } = props;
  const th = lang === 'th';
  if (!result) return <p>{th ? 'ยังไม่ได้ตรวจ DNS' : 'DNS not checked yet'}</p>;
  if (!result.performed) {
    return (
      <p>
        {th
          ? 'ระบบนี้ปิดการตรวจ DNS ไว้ (PRATU_DNS_SERVERS=off) จึงไม่ได้ตรวจ MX, SPF และ DMARC'
          : 'DNS checks are switched off on this system (PRATU_DNS_SERVERS=off): MX, SPF and DMARC were not checked'}
      </p>
    );
  }
  const rows = [
    {
      name: 'MX',
      what: th ? 'เครื่องรับอีเมลของโดเมน' : 'Where mail for the domain goes',
      status: result.mx.status,
      value: result.mx.hosts.join(', ') || result.mx.detail || '-',
    },
    {
      name: 'SPF',
      what: th ? 'เครื่องที่มีสิทธิ์ส่งอีเมลในนามโดเมน' : 'Servers allowed to send for the domain',
      status: result.spf.status,
      value: result.spf.record ?? result.spf.detail ?? '-',
    },
    {
      name: 'DMARC',
      what: th ? 'นโยบายเมื่ออีเมลปลอมแปลงโดเมน' : 'Policy for mail forging the domain',
      status: result.dmarc.status,
      value: result.dmarc.record
        ? `${result.dmarc.record}${result.dmarc.at ? ` (${result.dmarc.at})` : ''}`
        : (result.dmarc.detail ?? '-'),
    },
  ];
  return (
    <>
      <DataTable
        caption={
          th
            ? `ผลตรวจ DNS ของ ${result.domain} เมื่อ ${formatDate(result.checkedAt, lang, { withTime: true })}`
            : `DNS of ${result.domain}, checked ${formatDate(result.checkedAt, lang, { withTime: true })}`
        }
        rows={rows}
        columns={[
          { header: th ? 'ระเบียน' : 'Record', cell: (r) => r.name },
          { header: th ? 'ความหมาย' : 'What it is', cell: (r) => r.what },
          { header: th ? 'ผล' : 'Result', cell: (r) => CHECK_LABELS[r.status][lang] },
          { header: th ? 'ค่าที่พบ' : 'Found', cell: (r) => <code>{r.value}</code> },
        ]}
      />
      <p>
        {result.passed
          ? th
            ? 'โดเมนนี้มี MX, SPF และ DMARC ครบ'
            : 'The domain has MX, SPF and DMARC'
          : th
            ? 'โดเมนนี้ยังตั้งค่าไม่ครบ ควรให้ผู้ดูแลระบบอีเมลของ อปท. ตั้งค่าระเบียนที่ขาด'
            : "The domain is missing some records; the administration's mail administrator should add them"}
      </p>
    </>
  );
}
