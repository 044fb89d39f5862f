import { formatNumber } from '../../platform/i18n/index.ts';
import { DataTable } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { Awards } from '../awards.ts';
import { ColumnChart } from './chart.tsx';
import { Breadcrumbs, DatasetSummary, type PackageView, tx } from './ui.tsx';

export function PopularPage(props: {
  ctx: PageContext;
  days: number;
  rows: Array<{
    name: string;
    title: string;
    organization: string;
    views: number;
    downloads: number;
  }>;
}) {
  const { ctx } = props;
  const t = tx(ctx.lang);
  const title = t('ชุดข้อมูลยอดนิยม', 'Popular datasets');
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: '/data', label: t('ข้อมูลเปิด', 'Open data') }, { label: title }]}
      />
      <h1>{title}</h1>
      <p>
        {[30, 365].map((d, i) => (
          <span key={d}>
            {i > 0 ? ' · ' : ''}
            {d === props.days ? (
              <strong aria-current="page">{t(`${d} วันล่าสุด`, `Last ${d} days`)}</strong>
            ) : (
              <a href={`/data/popular?days=${d}`}>{t(`${d} วันล่าสุด`, `Last ${d} days`)}</a>
            )}
          </span>
        ))}
      </p>
      <p class="muted">
        {t(
          'นับการเข้าชมหน้าชุดข้อมูลและการดาวน์โหลดรายวัน โดยไม่เก็บว่าใครเป็นผู้ใช้',
          'Counts of dataset page views and downloads per day; who used them is never recorded.',
        )}
      </p>
      <DataTable
        caption={t(`อันดับการใช้งาน ${props.days} วันล่าสุด`, `Most used in the last ${props.days} days`)}
        rows={props.rows}
        empty={t('ยังไม่มีการใช้งานในช่วงนี้', 'No use in this period yet.')}
        columns={[
          {
            header: t('อันดับ', 'Rank'),
            numeric: true,
            cell: (r) => String(props.rows.indexOf(r) + 1),
          },
          {
            header: t('ชุดข้อมูล', 'Dataset'),
            cell: (r) => <a href={`/data/dataset/${r.name}`}>{r.title}</a>,
          },
          { header: t('หน่วยงาน', 'Organization'), cell: (r) => r.organization },
          {
            header: t('เข้าชม', 'Views'),
            numeric: true,
            cell: (r) => formatNumber(r.views, ctx.lang),
          },
          {
            header: t('ดาวน์โหลด', 'Downloads'),
            numeric: true,
            cell: (r) => formatNumber(r.downloads, ctx.lang),
          },
        ]}
      />
    </Layout>
  );
}

export function OrganizationPage(props: {
  ctx: PageContext;
  organization: { code: string; title: string; titleOther: string };
  datasets: PackageView[];
  count: number;
  months: Array<{ month: string; views: number; downloads: number }>;
  top: Array<{ name: string; title: string; views: number; downloads: number }>;
}) {
  const { ctx, organization } = props;
  const t = tx(ctx.lang);
  const totalViews = props.months.reduce((a, m) => a + m.views, 0);
  const totalDownloads = props.months.reduce((a, m) => a + m.downloads, 0);
  return (
    <Layout ctx={ctx} title={organization.title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: '/data', label: t('ข้อมูลเปิด', 'Open data') }, { label: organization.title }]}
      />
      <h1>{organization.title}</h1>
      <p class="lead">{organization.titleOther}</p>
      <p>
        <a href={`/data?organization=${encodeURIComponent(organization.code)}`}>
          {t(
            `ชุดข้อมูลทั้งหมด ${formatNumber(props.count, 'th')} ชุด`,
            `All ${formatNumber(props.count, 'en')} datasets`,
          )}
        </a>
      </p>
      <h2>{t('สรุปการใช้งาน 12 เดือนล่าสุด', 'Use in the last 12 months')}</h2>
      <p>
        {t(
          `เข้าชม ${formatNumber(totalViews, 'th')} ครั้ง · ดาวน์โหลด ${formatNumber(totalDownloads, 'th')} ครั้ง`,
          `${formatNumber(totalViews, 'en')} views · ${formatNumber(totalDownloads, 'en')} downloads`,
        )}
      </p>
      {props.months.length > 0 && (
        <figure>
          <ColumnChart
            id="org-usage"
            lang={ctx.lang}
            title={t('การเข้าชมและดาวน์โหลดรายเดือน', 'Views and downloads per month')}
            description={t(
              'แผนภูมิแท่งรายเดือน ตัวเลขเดียวกันอยู่ในตารางถัดไป',
              'Monthly columns; the same numbers are in the next table.',
            )}
            periods={props.months.map((m) => m.month)}
            series={[
              { name: t('เข้าชม', 'Views'), values: props.months.map((m) => m.views) },
              { name: t('ดาวน์โหลด', 'Downloads'), values: props.months.map((m) => m.downloads) },
            ]}
          />
        </figure>
      )}
      <DataTable
        caption={t('การใช้งานรายเดือน', 'Use per month')}
        rows={props.months}
        empty={t('ยังไม่มีการใช้งาน', 'No use yet.')}
        columns={[
          { header: t('เดือน', 'Month'), cell: (m) => m.month },
          {
            header: t('เข้าชม', 'Views'),
            numeric: true,
            cell: (m) => formatNumber(m.views, ctx.lang),
          },
          {
            header: t('ดาวน์โหลด', 'Downloads'),
            numeric: true,
            cell: (m) => formatNumber(m.downloads, ctx.lang),
          },
        ]}
      />
      <DataTable
        caption={t('ชุดข้อมูลที่ใช้มากที่สุด', 'Most used datasets')}
        rows={props.top}
        empty={t('ยังไม่มีการใช้งาน', 'No use yet.')}
        columns={[
          {
            header: t('ชุดข้อมูล', 'Dataset'),
            cell: (r) => <a href={`/data/dataset/${r.name}`}>{r.title}</a>,
          },
          {
            header: t('เข้าชม', 'Views'),
            numeric: true,
            cell: (r) => formatNumber(r.views, ctx.lang),
          },
          {
            header: t('ดาวน์โหลด', 'Downloads'),
            numeric: true,
            cell: (r) => formatNumber(r.downloads, ctx.lang),
          },
        ]}
      />
      <h2>{t('ชุดข้อมูลล่าสุด', 'Latest datasets')}</h2>
      <ul class="plain grid">
        {props.datasets.map((p) => (
          <DatasetSummary key={p.id} lang={ctx.lang} pkg={p} headingLevel={3} />
        ))}
      </ul>
    </Layout>
  );
}

export function AwardsPage(props: {
  ctx: PageContext;
  awards: Awards;
  titles: Map<string, { title: string; organization: string }>;
  years: number[];
}) {
  const { ctx, awards } = props;
  const t = tx(ctx.lang);
  const be = awards.year + 543;
  const title = t(`รางวัลข้อมูลเปิด ประจำปี ${be}`, `Open Data Awards ${awards.year}`);
  const name = (id: string) => props.titles.get(id) ?? { title: id, organization: '' };
  const datasetCell = (e: { dataset: { id: string; name: string } }) => (
    <>
      <a href={`/data/dataset/${e.dataset.name}`}>{name(e.dataset.id).title}</a>
      <br />
      <span class="muted">{name(e.dataset.id).organization}</span>
    </>
  );
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: '/data', label: t('ข้อมูลเปิด', 'Open data') }, { label: title }]}
      />
      <h1>{title}</h1>
      <p>
        {props.years.map((y, i) => (
          <span key={y}>
            {i > 0 ? ' · ' : ''}
            {y === awards.year ? (
              <strong aria-current="page">{ctx.lang === 'th' ? y + 543 : y}</strong>
            ) : (
              <a href={`/data/awards/${y}`}>{ctx.lang === 'th' ? y + 543 : y}</a>
            )}
          </span>
        ))}
      </p>
      <p class="lead">
        {t(
          'โล่รางวัลชุดข้อมูลยอดนิยม 3 รางวัล ชุดข้อมูลที่ตรงกับความต้องการของประชาชน 3 รางวัล และประกาศนียบัตรชุดข้อมูลเปิดทรงคุณค่า 39 รางวัล คำนวณจากข้อมูลการใช้งาน คำขอชุดข้อมูล และคะแนนคุณภาพ',
          'Plaques for the 3 most popular datasets and the 3 datasets that best answer citizens’ requests, and certificates for 39 valuable datasets, computed from use counts, data requests and the quality score.',
        )}
      </p>
      <h2>{t('ชุดข้อมูลยอดนิยม', 'Most popular datasets')}</h2>
      <DataTable
        caption={t('เข้าชมและดาวน์โหลดมากที่สุดในปี', 'Most views and downloads in the year')}
        rows={awards.popular}
        empty={t('ยังไม่มีข้อมูลการใช้งานในปีนี้', 'No use recorded in this year.')}
        columns={[
          { header: t('ชุดข้อมูล', 'Dataset'), cell: datasetCell },
          {
            header: t('เข้าชม', 'Views'),
            numeric: true,
            cell: (e) => formatNumber(e.views ?? 0, ctx.lang),
          },
          {
            header: t('ดาวน์โหลด', 'Downloads'),
            numeric: true,
            cell: (e) => formatNumber(e.downloads ?? 0, ctx.lang),
          },
        ]}
      />
      <h2>{t('ชุดข้อมูลที่ตรงกับความต้องการของประชาชน', 'Datasets that answer citizens’ requests')}</h2>
      <DataTable
        caption={t(
          'ตอบคำขอชุดข้อมูลในปีนี้ เรียงตามคะแนนโหวตของคำขอ',
          'Answered requests of the year, by their votes',
        )}
        rows={awards.requests}
        empty={t(
          'ยังไม่มีคำขอที่ได้รับการตอบด้วยชุดข้อมูลในปีนี้',
          'No request was answered with a dataset this year.',
        )}
        columns={[
          { header: t('ชุดข้อมูล', 'Dataset'), cell: datasetCell },
          {
            header: t('คำขอ', 'Requests'),
            numeric: true,
            cell: (e) => formatNumber(e.requests ?? 0, ctx.lang),
          },
          {
            header: t('โหวต', 'Votes'),
            numeric: true,
            cell: (e) => formatNumber(e.votes ?? 0, ctx.lang),
          },
        ]}
      />
      <h2>{t('ชุดข้อมูลเปิดทรงคุณค่า', 'Valuable open datasets')}</h2>
      <p>
        {t(
          'คะแนนคุณภาพเต็ม 100 คำนวณตามเกณฑ์ใน ',
          'The quality score out of 100 follows the rules in ',
        )}
        <a href="#score-rules">{t('เกณฑ์คะแนน', 'the scoring rules')}</a>.
      </p>
      <DataTable
        caption={t(
          `${awards.valuable.length} ชุดข้อมูลที่ได้คะแนนสูงสุด`,
          `The ${awards.valuable.length} best-scoring datasets`,
        )}
        rows={awards.valuable}
        columns={[
          {
            header: t('อันดับ', 'Rank'),
            numeric: true,
            cell: (e) => String(awards.valuable.indexOf(e) + 1),
          },
          { header: t('ชุดข้อมูล', 'Dataset'), cell: datasetCell },
          { header: t('คะแนน', 'Score'), numeric: true, cell: (e) => String(e.score?.total ?? 0) },
          {
            header: t('ครบถ้วน (30)', 'Metadata (30)'),
            numeric: true,
            cell: (e) => String(e.score?.metadata ?? 0),
          },
          {
            header: t('รูปแบบเปิด (15)', 'Open format (15)'),
            numeric: true,
            cell: (e) => String(e.score?.openFormat ?? 0),
          },
          {
            header: t('คลังข้อมูล (15)', 'Datastore (15)'),
            numeric: true,
            cell: (e) => String(e.score?.datastore ?? 0),
          },
          {
            header: t('ปรับปรุงตามรอบ (15)', 'Updated on time (15)'),
            numeric: true,
            cell: (e) => String(e.score?.frequency ?? 0),
          },
          {
            header: t('สัญญาอนุญาตเปิด (15)', 'Open licence (15)'),
            numeric: true,
            cell: (e) => String(e.score?.licence ?? 0),
          },
          {
            header: t('ดาวน์โหลด (10)', 'Downloads (10)'),
            numeric: true,
            cell: (e) => String(e.score?.downloads ?? 0),
          },
        ]}
      />
      <h2 id="score-rules">{t('เกณฑ์คะแนนคุณภาพ', 'Quality score rules')}</h2>
      <ul>
        <li>
          {t(
            'ความครบถ้วนของคำอธิบายชุดข้อมูลตามมาตรฐานบัญชีข้อมูลภาครัฐ 30 คะแนน',
            'Metadata completeness by the Government Data Catalog standard: 30',
          )}
        </li>
        <li>
          {t(
            'มีไฟล์ในรูปแบบเปิดที่เครื่องอ่านได้ (CSV, JSON, XML ...) 15 คะแนน; XLSX/XLS 8 คะแนน',
            'An open machine-readable format (CSV, JSON, XML ...): 15; XLSX/XLS: 8',
          )}
        </li>
        <li>
          {t(
            'นำเข้าคลังข้อมูลให้เรียกผ่าน API ได้ 15 คะแนน',
            'Loaded into the datastore for API access: 15',
          )}
        </li>
        <li>{t('ปรับปรุงตามความถี่ที่ประกาศ 15 คะแนน', 'Updated as often as declared: 15')}</li>
        <li>{t('สัญญาอนุญาตแบบเปิด 15 คะแนน', 'An open licence: 15')}</li>
        <li>
          {t('จำนวนดาวน์โหลดในปี (สเกลลอการิทึม) 10 คะแนน', 'Downloads in the year (log scale): 10')}
        </li>
      </ul>
    </Layout>
  );
}
