import type { ComponentChildren } from 'preact';
import { formatDate, type Lang } from '../../platform/i18n/index.ts';

/** The shapes of the CKAN dicts the pages read (see ckan-dictize.ts). */
export interface ResourceView {
  id: string;
  package_id: string;
  name: string | null;
  description: string | null;
  format: string;
  url: string;
  url_type: string | null;
  datastore_active: boolean;
  size: number | null;
  created: string | null;
  last_modified: string | null;
}

export interface PackageView {
  id: string;
  name: string;
  title: string | null;
  notes: string | null;
  organization: { id: string; name: string; title: string } | null;
  tags: Array<{ name: string }>;
  groups: Array<{ name: string; title: string; display_name: string }>;
  resources: ResourceView[];
  license_id: string | null;
  license_title: string | null;
  license_url?: string;
  isopen: boolean;
  extras: Array<{ key: string; value: string }>;
  metadata_created: string;
  metadata_modified: string;
  private: boolean;
  state: string;
  author: string | null;
  author_email: string | null;
  maintainer: string | null;
  maintainer_email: string | null;
  url: string | null;
  version: string | null;
  num_resources: number;
}

/** Picks the Thai or English text of a page string. */
export const tx =
  (lang: Lang) =>
  (th: string, en: string): string =>
    lang === 'th' ? th : en;

/** CKAN's naive UTC timestamps, shown in the reader's calendar. */
export function showDate(naive: string | null | undefined, lang: Lang): string {
  if (!naive) return '';
  return formatDate(new Date(`${naive.slice(0, 19)}Z`), lang);
}

/** Only web links become anchors: a `javascript:` URL in metadata must never be clickable. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^(https?|ftp):\/\//i.test(url) ? url : null;
}

export function datasetTitle(p: { title: string | null; name: string }): string {
  return p.title?.trim() || p.name;
}

export function Breadcrumbs(props: { lang: Lang; items: Array<{ href?: string; label: string }> }) {
  const t = tx(props.lang);
  return (
    <nav aria-label={t('เส้นทาง', 'Breadcrumb')}>
      <p class="muted">
        {props.items.map((item, i) => (
          <span key={`${item.label}-${i}`}>
            {i > 0 ? ' › ' : ''}
            {item.href ? (
              <a href={item.href}>{item.label}</a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </span>
        ))}
      </p>
    </nav>
  );
}

export function DatasetSummary(props: {
  lang: Lang;
  pkg: PackageView;
  headingLevel?: 2 | 3;
  extra?: ComponentChildren;
}) {
  const { pkg, lang } = props;
  const t = tx(lang);
  const formats = [...new Set(pkg.resources.map((r) => r.format).filter(Boolean))];
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <li class="card">
      <Heading>
        <a href={`/data/dataset/${pkg.name}`}>{datasetTitle(pkg)}</a>
      </Heading>
      {pkg.organization && <p class="muted">{pkg.organization.title}</p>}
      {pkg.notes && (
        <p>
          {[...pkg.notes].slice(0, 180).join('')}
          {[...pkg.notes].length > 180 ? '…' : ''}
        </p>
      )}
      <p>
        {formats.map((f) => (
          <span class="tag" key={f}>
            {f}
          </span>
        ))}{' '}
        {pkg.private && <span class="tag">{t('ส่วนตัว', 'Private')}</span>}{' '}
        <span class="muted">
          {t('ปรับปรุงเมื่อ', 'Updated')} {showDate(pkg.metadata_modified, lang)}
        </span>
      </p>
      {props.extra}
    </li>
  );
}

export function Pager(props: {
  lang: Lang;
  page: number;
  pages: number;
  href(page: number): string;
}) {
  const t = tx(props.lang);
  if (props.pages <= 1) return null;
  return (
    <nav aria-label={t('เลขหน้า', 'Pages')}>
      <p class="actions">
        {props.page > 1 && <a href={props.href(props.page - 1)}>{t('‹ หน้าก่อน', '‹ Previous')}</a>}
        <span>
          {t(`หน้า ${props.page} จาก ${props.pages}`, `Page ${props.page} of ${props.pages}`)}
        </span>
        {props.page < props.pages && (
          <a href={props.href(props.page + 1)}>{t('หน้าถัดไป ›', 'Next ›')}</a>
        )}
      </p>
    </nav>
  );
}

export function formatBytes(size: number | null, lang: Lang): string {
  if (size === null || size === undefined) return '';
  const units = lang === 'th' ? ['ไบต์', 'KB', 'MB', 'GB'] : ['bytes', 'KB', 'MB', 'GB'];
  let v = size;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
