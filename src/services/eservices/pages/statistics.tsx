import { formatNumber, type Lang, pick } from '../../../platform/i18n/index.ts';
import { DataTable } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { BarChart } from './chart.tsx';

type Org = { id: string; code: string; name: { th: string; en: string } };

const monthName = (month: string, lang: Lang, style: 'long' | 'short') => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1, 15));
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB', {
    month: style,
    year: style === 'long' ? 'numeric' : '2-digit',
    timeZone: 'UTC',
  }).format(date);
};

const days = (value: number | null, lang: Lang) =>
  value === null ? '—' : lang === 'th' ? `${value.toFixed(1)} วัน` : `${value.toFixed(1)} days`;

/** The public transparency page: what is online, how much is used, how fast agencies decide. */
export function StatisticsPage(props: {
  ctx: PageContext;
  online: Array<{ organization: Org; n: number }>;
  perMonth: Array<{ month: string; n: number }>;
  perOrganization: Array<{
    organization: Org;
    medianDays: number | null;
    decisions: number;
    submitted: number;
  }>;
  overall: { medianDays: number | null; decisions: number };
}) {
  const { ctx } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = th ? 'สถิติบริการออนไลน์ภาครัฐ' : 'Government online service statistics';
  const totalOnline = props.online.reduce((s, o) => s + o.n, 0);
  const totalYear = props.perMonth.reduce((s, m) => s + m.n, 0);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'ข้อมูลเปิดเผยต่อสาธารณะ ปรับปรุงตามเวลาจริงจากระบบยื่นคำขอ'
          : 'Published for everyone, live from the application system.'}
      </p>
      <ul class="grid plain">
        <li class="card">
          <h2>{th ? 'บริการที่เปิดให้ยื่นออนไลน์' : 'Services online'}</h2>
          <p class="lead">{formatNumber(totalOnline, lang)}</p>
        </li>
        <li class="card">
          <h2>{th ? 'คำขอใน 12 เดือน' : 'Applications, 12 months'}</h2>
          <p class="lead">{formatNumber(totalYear, lang)}</p>
        </li>
        <li class="card">
          <h2>{th ? 'ระยะเวลาพิจารณา (มัธยฐาน)' : 'Median time to decision'}</h2>
          <p class="lead">{days(props.overall.medianDays, lang)}</p>
          <p class="muted">
            {th
              ? `จาก ${formatNumber(props.overall.decisions, lang)} คำขอที่ตัดสินแล้ว`
              : `over ${formatNumber(props.overall.decisions, lang)} decisions`}
          </p>
        </li>
      </ul>
      <h2>{th ? 'คำขอต่อเดือน' : 'Applications per month'}</h2>
      <BarChart
        id="per-month"
        title={
          th
            ? 'จำนวนคำขอที่ยื่นออนไลน์ต่อเดือน 12 เดือนล่าสุด'
            : 'Applications sent online per month, last 12 months'
        }
        description={
          th
            ? `รวม ${totalYear} คำขอ สูงสุด ${Math.max(0, ...props.perMonth.map((m) => m.n))} คำขอต่อเดือน`
            : `${totalYear} in total, at most ${Math.max(0, ...props.perMonth.map((m) => m.n))} in one month`
        }
        data={props.perMonth.map((m) => ({
          label: monthName(m.month, lang, 'long'),
          short: monthName(m.month, lang, 'short'),
          value: m.n,
        }))}
        labelHeader={th ? 'เดือน' : 'Month'}
        valueHeader={th ? 'ตารางข้อมูลของแผนภูมิ' : 'Chart data as a table'}
      />
      <DataTable
        caption={th ? 'บริการออนไลน์ตามหน่วยงาน' : 'Services online per agency'}
        rows={props.online}
        empty={th ? 'ยังไม่มีบริการออนไลน์' : 'No services online yet'}
        columns={[
          { header: th ? 'หน่วยงาน' : 'Agency', cell: (o) => pick(o.organization.name, lang) },
          {
            header: th ? 'จำนวนบริการ' : 'Services',
            cell: (o) => formatNumber(o.n, lang),
            numeric: true,
          },
        ]}
      />
      <DataTable
        caption={th ? 'ระยะเวลาพิจารณาตามหน่วยงาน' : 'Time to decision per agency'}
        rows={props.perOrganization}
        empty={th ? 'ยังไม่มีคำขอ' : 'No applications yet'}
        columns={[
          { header: th ? 'หน่วยงาน' : 'Agency', cell: (o) => pick(o.organization.name, lang) },
          {
            header: th ? 'คำขอทั้งหมด' : 'Applications',
            cell: (o) => formatNumber(o.submitted, lang),
            numeric: true,
          },
          {
            header: th ? 'ตัดสินแล้ว' : 'Decided',
            cell: (o) => formatNumber(o.decisions, lang),
            numeric: true,
          },
          {
            header: th ? 'มัธยฐาน' : 'Median',
            cell: (o) => days(o.medianDays, lang),
            numeric: true,
          },
        ]}
      />
      <p class="muted">
        {th ? 'ตัวเลขเดียวกันมีให้ระบบติดตามที่ ' : 'The same figures are at '}
        <code>/metrics</code>
        {th
          ? ' (pratu_eservices_online, pratu_eservice_applications, pratu_eservice_median_decision_days)'
          : ' (pratu_eservices_online, pratu_eservice_applications, pratu_eservice_median_decision_days)'}
      </p>
    </Layout>
  );
}
