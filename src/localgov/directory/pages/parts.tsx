import { findDistrictByCode, findProvinceByCode, REGIONS } from '../../../orgs/index.ts';
import type { Lang } from '../../../platform/i18n/index.ts';
import { LOCAL_ADMINISTRATION_TYPE_LABELS, type LocalAdministration } from '../administrations.ts';

export function provinceName(code: string, lang: Lang): string {
  const p = findProvinceByCode(code);
  if (!p) return code;
  return lang === 'th' ? p.nameTh : p.nameEn;
}

export function districtName(code: string, lang: Lang): string {
  const d = findDistrictByCode(code);
  if (!d) return code;
  return lang === 'th' ? d.nameTh : d.nameEn;
}

export function regionName(code: string, lang: Lang): string {
  const r = REGIONS.find((x) => x.code === code);
  if (!r) return code;
  return lang === 'th' ? r.nameTh : r.nameEn;
}

export function administrationName(a: Pick<LocalAdministration, 'nameTh' | 'nameEn'>, lang: Lang) {
  return lang === 'th' ? a.nameTh : a.nameEn;
}

export function typeName(type: LocalAdministration['type'], lang: Lang): string {
  return LOCAL_ADMINISTRATION_TYPE_LABELS[type][lang];
}

/** Links to pages of a result list; plain links, so paging works without JavaScript. */
export function Pagination(props: {
  lang: Lang;
  total: number;
  limit: number;
  offset: number;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.limit));
  const current = Math.floor(props.offset / props.limit) + 1;
  if (pages <= 1) return null;
  const th = props.lang === 'th';
  const shown = new Set<number>([
    1,
    pages,
    current - 2,
    current - 1,
    current,
    current + 1,
    current + 2,
  ]);
  const list = [...shown].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items: Array<number | 'gap'> = [];
  list.forEach((p, i) => {
    const before = list[i - 1];
    if (before !== undefined && p - before > 1) items.push('gap');
    items.push(p);
  });
  return (
    <nav aria-label={th ? 'เลือกหน้าผลการค้นหา' : 'Result pages'}>
      <ul class="plain pagination">
        {current > 1 && (
          <li>
            <a href={props.href(current - 1)} rel="prev">
              {th ? '‹ ก่อนหน้า' : '‹ Previous'}
            </a>
          </li>
        )}
        {items.map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === current ? (
                <a href={props.href(p)} aria-current="page">
                  {th ? `หน้า ${p}` : `Page ${p}`}
                </a>
              ) : (
                <a href={props.href(p)}>{th ? `หน้า ${p}` : `Page ${p}`}</a>
              )}
            </li>
          ),
        )}
        {current < pages && (
          <li>
            <a href={props.href(current + 1)} rel="next">
              {th ? 'ถัดไป ›' : 'Next ›'}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
