import { formatNumber } from '../../platform/i18n/index.ts';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { FacetItem } from '../catalogue.ts';
import { DatasetSummary, type PackageView, Pager, tx } from './ui.tsx';

export const FACET_FIELDS = ['organization', 'groups', 'tags', 'res_format', 'license_id'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface SearchState {
  q: string;
  filters: Array<{ field: FacetField; value: string }>;
  page: number;
}

export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of state.filters) params.append(f.field, f.value);
  if (state.page > 1) params.set('page', String(state.page));
  const qs = params.toString();
  return qs ? `/data?${qs}` : '/data';
}

const facetTitles: Record<FacetField, [string, string]> = {
  organization: ['หน่วยงาน', 'Organizations'],
  groups: ['หมวดหมู่', 'Groups'],
  tags: ['คำสำคัญ', 'Tags'],
  res_format: ['รูปแบบไฟล์', 'Formats'],
  license_id: ['สัญญาอนุญาต', 'Licences'],
};

export function SearchPage(props: {
  ctx: PageContext;
  state: SearchState;
  count: number;
  results: PackageView[];
  facets: Record<string, FacetItem[]>;
  pageSize: number;
  canPublish: boolean;
}) {
  const { ctx, state } = props;
  const t = tx(ctx.lang);
  const title = t('ข้อมูลเปิดภาครัฐ', 'Open government data');
  const pages = Math.max(1, Math.ceil(props.count / props.pageSize));
  const without = (field: FacetField, value: string): SearchState => ({
    ...state,
    page: 1,
    filters: state.filters.filter((f) => !(f.field === field && f.value === value)),
  });
  const withFilter = (field: FacetField, value: string): SearchState => ({
    ...state,
    page: 1,
    filters: [...state.filters, { field, value }],
  });
  const labelOf = (field: FacetField, value: string) =>
    props.facets[field]?.find((i) => i.name === value)?.display_name ?? value;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {t(
          'ค้นหาชุดข้อมูลจากหน่วยงานรัฐ ดูตัวอย่าง ดาวน์โหลด หรือเชื่อมต่อผ่าน API ที่ใช้ได้กับโปรแกรมของ CKAN',
          'Find datasets from government agencies, preview and download them, or connect through an API that CKAN programs already speak.',
        )}
      </p>
      <form action="/data" method="get">
        <div class="field">
          <label for="f-q">{t('ค้นหาชุดข้อมูล', 'Search datasets')}</label>
          <input id="f-q" name="q" type="search" value={state.q} />
        </div>
        {state.filters.map((f) => (
          <input key={`${f.field}=${f.value}`} type="hidden" name={f.field} value={f.value} />
        ))}
        <div class="actions">
          <button type="submit" class="button">
            {t('ค้นหา', 'Search')}
          </button>
          {props.canPublish && (
            <a class="button secondary" href="/data/new">
              {t('เพิ่มชุดข้อมูล', 'Add a dataset')}
            </a>
          )}
        </div>
      </form>
      <p>
        <a href="/data/popular">{t('ชุดข้อมูลยอดนิยม', 'Popular datasets')}</a> ·{' '}
        <a href="/data/requests">{t('ขอชุดข้อมูล', 'Request a dataset')}</a> ·{' '}
        <a href="/data/awards">{t('รางวัลข้อมูลเปิด', 'Open Data Awards')}</a> ·{' '}
        <a href="/data/tokens">{t('API token ของฉัน', 'My API tokens')}</a> ·{' '}
        <a href="/data/catalog.jsonld">DCAT (JSON-LD)</a> ·{' '}
        <a href="/data/catalog.ttl">DCAT (Turtle)</a>
      </p>
      {state.filters.length > 0 && (
        <section aria-labelledby="active-filters">
          <h2 id="active-filters">{t('ตัวกรองที่เลือก', 'Selected filters')}</h2>
          <ul class="plain">
            {state.filters.map((f) => (
              <li key={`${f.field}=${f.value}`}>
                {facetTitles[f.field][ctx.lang === 'th' ? 0 : 1]}: {labelOf(f.field, f.value)}{' '}
                <a href={searchHref(without(f.field, f.value))}>
                  {t('เอาออก', 'Remove')}
                  <span class="visually-hidden"> {labelOf(f.field, f.value)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 id="results" aria-live="polite">
        {t(
          `พบ ${formatNumber(props.count, 'th')} ชุดข้อมูล`,
          `${formatNumber(props.count, 'en')} datasets found`,
        )}
      </h2>
      {props.results.length === 0 ? (
        <p>
          {t(
            'ไม่พบชุดข้อมูลที่ตรงกับคำค้น ลองใช้คำอื่นหรือเอาตัวกรองออก',
            'No dataset matches; try other words or remove a filter.',
          )}
        </p>
      ) : (
        <ul class="plain grid">
          {props.results.map((p) => (
            <DatasetSummary key={p.id} lang={ctx.lang} pkg={p} headingLevel={3} />
          ))}
        </ul>
      )}
      <Pager
        lang={ctx.lang}
        page={state.page}
        pages={pages}
        href={(n) => searchHref({ ...state, page: n })}
      />
      <h2>{t('กรองผลการค้นหา', 'Filter the results')}</h2>
      <div class="grid">
        {FACET_FIELDS.map((field) => {
          const items = props.facets[field] ?? [];
          if (items.length === 0) return null;
          const headingId = `facet-${field}`;
          return (
            <section class="card" key={field} aria-labelledby={headingId}>
              <h3 id={headingId}>{facetTitles[field][ctx.lang === 'th' ? 0 : 1]}</h3>
              <ul class="plain">
                {items.slice(0, 10).map((item) => {
                  const active = state.filters.some(
                    (f) => f.field === field && f.value === item.name,
                  );
                  return (
                    <li key={item.name}>
                      <a
                        href={searchHref(
                          active ? without(field, item.name) : withFilter(field, item.name),
                        )}
                        aria-current={active ? 'true' : undefined}
                      >
                        {item.display_name}
                      </a>{' '}
                      <span class="muted">({formatNumber(item.count, ctx.lang)})</span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </Layout>
  );
}
