import { formatNumber, pick } from '../../platform/i18n/index.ts';
import { DataTable, Notice } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { catalogFields } from '../catalog-metadata.ts';
import { licenseTitle } from '../licenses.ts';
import { BarChart } from './chart.tsx';
import {
  Breadcrumbs,
  datasetTitle,
  formatBytes,
  type PackageView,
  type ResourceView,
  safeHref,
  showDate,
  tx,
} from './ui.tsx';

function downloadHref(r: ResourceView): string | null {
  if (r.url_type === 'upload' || r.url_type === 'datastore') {
    return new URL(r.url).pathname;
  }
  return safeHref(r.url);
}

export function DatasetPage(props: {
  ctx: PageContext;
  pkg: PackageView;
  canEdit: boolean;
  usage: { views: number; downloads: number };
  notice?: string;
}) {
  const { ctx, pkg } = props;
  const t = tx(ctx.lang);
  const title = datasetTitle(pkg);
  const extras = new Map(pkg.extras.map((e) => [e.key, e.value]));
  const catalogRows = catalogFields
    .filter((f) => extras.has(f.key))
    .map((f) => {
      const raw = extras.get(f.key) ?? '';
      const value = f.choices?.[raw] ? pick(f.choices[raw]!, ctx.lang) : raw;
      return { label: pick(f.label, ctx.lang), value };
    });
  const freeExtras = pkg.extras.filter((e) => !catalogFields.some((f) => f.key === e.key));
  const rows: Array<{ label: string; value: string }> = [
    { label: t('หน่วยงาน', 'Organization'), value: pkg.organization?.title ?? '' },
    {
      label: t('สัญญาอนุญาต', 'Licence'),
      value: pkg.license_id ? licenseTitle(pkg.license_id, ctx.lang) : '',
    },
    { label: t('ผู้ดูแลข้อมูล', 'Maintainer'), value: pkg.maintainer ?? '' },
    { label: t('อีเมลผู้ดูแล', 'Maintainer e-mail'), value: pkg.maintainer_email ?? '' },
    { label: t('ผู้จัดทำ', 'Author'), value: pkg.author ?? '' },
    { label: t('เวอร์ชัน', 'Version'), value: pkg.version ?? '' },
    ...catalogRows,
    ...freeExtras.map((e) => ({ label: e.key, value: e.value })),
    { label: t('สร้างเมื่อ', 'Created'), value: showDate(pkg.metadata_created, ctx.lang) },
    { label: t('ปรับปรุงล่าสุด', 'Last updated'), value: showDate(pkg.metadata_modified, ctx.lang) },
  ].filter((r) => r.value !== '');
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          { href: '/data', label: t('ข้อมูลเปิด', 'Open data') },
          ...(pkg.organization
            ? [
                {
                  href: `/data/organization/${pkg.organization.name}`,
                  label: pkg.organization.title,
                },
              ]
            : []),
          { label: title },
        ]}
      />
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <h1>{title}</h1>
      {pkg.private && (
        <Notice kind="warning">
          {t(
            'ชุดข้อมูลนี้เป็นส่วนตัว เห็นได้เฉพาะเจ้าหน้าที่ของหน่วยงาน',
            'This dataset is private: only staff of its organization see it.',
          )}
        </Notice>
      )}
      {pkg.state === 'draft' && <Notice kind="warning">{t('ฉบับร่าง', 'Draft')}</Notice>}
      {pkg.notes && <p class="lead">{pkg.notes}</p>}
      <p>
        {pkg.tags.map((tag) => (
          <a class="tag" key={tag.name} href={`/data?tags=${encodeURIComponent(tag.name)}`}>
            {tag.name}
          </a>
        ))}{' '}
        {pkg.groups.map((g) => (
          <a class="tag" key={g.name} href={`/data?groups=${encodeURIComponent(g.name)}`}>
            {g.display_name}
          </a>
        ))}
      </p>
      <p class="muted">
        {t(
          `เข้าชม ${formatNumber(props.usage.views, 'th')} ครั้ง · ดาวน์โหลด ${formatNumber(props.usage.downloads, 'th')} ครั้ง`,
          `${formatNumber(props.usage.views, 'en')} views · ${formatNumber(props.usage.downloads, 'en')} downloads`,
        )}
      </p>
      {props.canEdit && (
        <p class="actions">
          <a class="button" href={`/data/dataset/${pkg.name}/resource/new`}>
            {t('เพิ่มทรัพยากร (อัปโหลดไฟล์)', 'Add a resource (upload a file)')}
          </a>
          <a class="button secondary" href={`/data/dataset/${pkg.name}/edit`}>
            {t('แก้ไขข้อมูลชุดข้อมูล', 'Edit the dataset')}
          </a>
        </p>
      )}
      <h2>{t('ทรัพยากรข้อมูล', 'Data and resources')}</h2>
      {pkg.resources.length === 0 ? (
        <p>{t('ยังไม่มีทรัพยากร', 'No resources yet.')}</p>
      ) : (
        <ul class="plain grid">
          {pkg.resources.map((r) => {
            const href = downloadHref(r);
            return (
              <li class="card" key={r.id}>
                <h3>
                  <a href={`/data/dataset/${pkg.name}/resource/${r.id}`}>
                    {r.name || t('ไม่มีชื่อ', 'Unnamed')}
                  </a>
                </h3>
                <p>
                  {r.format && <span class="tag">{r.format}</span>}{' '}
                  {r.size !== null && <span class="muted">{formatBytes(r.size, ctx.lang)}</span>}
                </p>
                {r.description && <p>{r.description}</p>}
                <p>
                  <a href={`/data/dataset/${pkg.name}/resource/${r.id}`}>
                    {r.datastore_active ? t('ดูตัวอย่างข้อมูล', 'Preview') : t('รายละเอียด', 'Details')}
                    <span class="visually-hidden"> {r.name}</span>
                  </a>
                  {href && (
                    <>
                      {' · '}
                      <a href={href}>
                        {t('ดาวน์โหลด', 'Download')}
                        <span class="visually-hidden"> {r.name}</span>
                      </a>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('ข้อมูลเกี่ยวกับชุดข้อมูล (Metadata)', 'About this dataset (metadata)')}</h2>
      <DataTable
        caption={t(
          'รายละเอียดตามมาตรฐานบัญชีข้อมูลภาครัฐ',
          'Details by the Government Data Catalog standard',
        )}
        rows={rows}
        columns={[
          { header: t('รายการ', 'Field'), cell: (r) => r.label },
          { header: t('ค่า', 'Value'), cell: (r) => r.value },
        ]}
      />
      {safeHref(pkg.url) && (
        <p>
          {t('แหล่งข้อมูลต้นทาง: ', 'Source: ')}
          <a href={safeHref(pkg.url)!}>{pkg.url}</a>
        </p>
      )}
      <h2>{t('นำข้อมูลไปใช้', 'Use the data')}</h2>
      <ul>
        <li>
          <a href={`/api/3/action/package_show?id=${pkg.name}`}>CKAN API: package_show</a>
        </li>
        <li>
          <a href={`/data/dataset/${pkg.name}.jsonld`}>DCAT JSON-LD</a> ·{' '}
          <a href={`/data/dataset/${pkg.name}.ttl`}>DCAT Turtle</a>
        </li>
      </ul>
    </Layout>
  );
}

export interface PreviewData {
  fields: Array<{ id: string; type: string; label?: string }>;
  rows: Array<Record<string, unknown>>;
  total: number;
  chart: { label: string; value: string; items: Array<{ label: string; value: number }> } | null;
}

export interface LoadView {
  state: string;
  rows_loaded: number;
  bad_row_count: number;
  message: string | null;
}

export function ResourcePage(props: {
  ctx: PageContext;
  pkg: PackageView;
  resource: ResourceView;
  preview: PreviewData | null;
  load: LoadView | null;
  canEdit: boolean;
}) {
  const { ctx, pkg, resource } = props;
  const t = tx(ctx.lang);
  const name = resource.name || t('ทรัพยากร', 'Resource');
  const href = downloadHref(resource);
  const preview = props.preview;
  return (
    <Layout ctx={ctx} title={`${name} · ${datasetTitle(pkg)}`}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          { href: '/data', label: t('ข้อมูลเปิด', 'Open data') },
          { href: `/data/dataset/${pkg.name}`, label: datasetTitle(pkg) },
          { label: name },
        ]}
      />
      <h1>{name}</h1>
      {resource.description && <p class="lead">{resource.description}</p>}
      <p>
        {resource.format && <span class="tag">{resource.format}</span>}{' '}
        {resource.size !== null && (
          <span class="muted">{formatBytes(resource.size, ctx.lang)}</span>
        )}
      </p>
      <p class="actions">
        {href && (
          <a class="button" href={href}>
            {t('ดาวน์โหลด', 'Download')}
          </a>
        )}
        {resource.datastore_active && (
          <a class="button secondary" href={`/datastore/dump/${resource.id}`}>
            {t('ดาวน์โหลดจากคลังข้อมูล (CSV)', 'Download from the datastore (CSV)')}
          </a>
        )}
        {props.canEdit && (
          <a href={`/data/dataset/${pkg.name}/resource/${resource.id}/datastore`}>
            {t('สถานะการนำเข้าคลังข้อมูล', 'Datastore load status')}
          </a>
        )}
      </p>
      {props.load && props.load.state !== 'done' && (
        <Notice kind={props.load.state === 'failed' ? 'error' : 'info'}>
          {props.load.state === 'failed'
            ? t(
                `นำเข้าคลังข้อมูลไม่สำเร็จ: ${props.load.message ?? ''}`,
                `The datastore load failed: ${props.load.message ?? ''}`,
              )
            : t(
                'กำลังนำข้อมูลเข้าคลังข้อมูล ตัวอย่างข้อมูลจะแสดงเมื่อเสร็จ',
                'The data is being loaded; the preview appears when it is done.',
              )}
        </Notice>
      )}
      {preview && (
        <>
          <h2>{t('ตัวอย่างข้อมูล', 'Data preview')}</h2>
          {preview.chart && (
            <figure>
              <BarChart
                id="preview-chart"
                lang={ctx.lang}
                title={t(
                  `${preview.chart.value} ตาม ${preview.chart.label}`,
                  `${preview.chart.value} by ${preview.chart.label}`,
                )}
                description={t(
                  `แผนภูมิแท่งของ ${preview.chart.items.length} แถวแรก ตัวเลขเดียวกันอยู่ในตารางด้านล่าง`,
                  `Bar chart of the first ${preview.chart.items.length} rows; the same numbers are in the table below.`,
                )}
                items={preview.chart.items}
              />
              <figcaption class="muted">
                {t(
                  `${preview.chart.value} ของ ${preview.chart.items.length} แถวแรก`,
                  `${preview.chart.value} for the first ${preview.chart.items.length} rows`,
                )}
              </figcaption>
            </figure>
          )}
          <DataTable
            caption={t(
              `${formatNumber(preview.rows.length, 'th')} แถวแรก จากทั้งหมด ${formatNumber(preview.total, 'th')} แถว`,
              `First ${formatNumber(preview.rows.length, 'en')} of ${formatNumber(preview.total, 'en')} rows`,
            )}
            rows={preview.rows}
            columns={preview.fields.map((f) => ({
              header: f.label ?? f.id,
              numeric: ['int4', 'int8', 'numeric', 'float8'].includes(f.type),
              cell: (row: Record<string, unknown>) => {
                const v = row[f.id];
                if (v === null || v === undefined) return '';
                if (typeof v === 'number') return formatNumber(v, ctx.lang);
                // numeric columns arrive as exact strings (platform/db/database.ts).
                if (
                  typeof v === 'string' &&
                  f.type === 'numeric' &&
                  v !== '' &&
                  Number.isFinite(Number(v))
                ) {
                  return formatNumber(Number(v), ctx.lang);
                }
                if (v instanceof Date) return v.toISOString().slice(0, 10);
                return String(v);
              },
            }))}
          />
          <p>
            {t('เรียกข้อมูลทั้งหมดผ่าน API: ', 'All rows through the API: ')}
            <a href={`/api/3/action/datastore_search?resource_id=${resource.id}`}>
              datastore_search
            </a>
          </p>
        </>
      )}
      {!preview && !props.load && (
        <p>
          {t(
            'ไฟล์นี้ไม่มีตัวอย่างข้อมูล ดาวน์โหลดเพื่อเปิดดู',
            'There is no preview for this file; download it to open it.',
          )}
        </p>
      )}
    </Layout>
  );
}
