import { formatNumber, type Lang, pick, t } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { findServiceCategory } from '../../catalogue-data/categories.ts';
import type { SearchResults } from '../index.ts';
import { PAGE_SIZE, pagerPages, searchHref } from '../search.ts';
import type { FacetCount, ServiceFilters } from '../store.ts';
import { channelLabel, SearchForm, ServiceItem } from './parts.tsx';

/** /services/search: results with marked words, facets as links, pages, help when nothing found. */
export function SearchPage(props: {
  ctx: PageContext;
  q: string;
  filters: ServiceFilters;
  page: number;
  results: SearchResults;
}) {
  const { ctx, q, filters, results } = props;
  const { lang } = ctx;
  const base = { q, filters, page: props.page };
  const lastPage = Math.max(1, Math.ceil(results.total / PAGE_SIZE));
  const title = q ? `${t(lang, 'catalogue.results_title')}: ${q}` : t(lang, 'catalogue.title');
  const hasFilters = !!(filters.category || filters.agency || filters.channel);
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href="/services">{t(lang, 'catalogue.back_to_catalogue')}</a>
      </p>
      <h1>{t(lang, 'catalogue.results_title')}</h1>
      <SearchForm ctx={ctx} q={q} />
      <p class="lead" role="status">
        {q
          ? t(lang, 'catalogue.results_for', { count: formatNumber(results.total, lang), q })
          : t(lang, 'catalogue.results_all', { count: formatNumber(results.total, lang) })}
      </p>
      {results.stage === 'any' && results.total > 0 && (
        <p class="notice">{t(lang, 'catalogue.partial_match')}</p>
      )}
      {results.stage === 'corrected' && results.total > 0 && (
        <p class="notice">{t(lang, 'catalogue.corrected_match')}</p>
      )}
      {results.total === 0 ? (
        <NoResults ctx={ctx} q={q} results={results} hasFilters={hasFilters} />
      ) : (
        <>
          <ol class="plain" start={(props.page - 1) * PAGE_SIZE + 1}>
            {results.services.map((s) => (
              <ServiceItem
                key={s.code}
                lang={lang}
                service={s}
                needles={results.needles}
                headingLevel={2}
              />
            ))}
          </ol>
          <Pager
            lang={lang}
            page={props.page}
            lastPage={lastPage}
            href={(n) => searchHref(base, { page: n })}
          />
        </>
      )}
      <Facets lang={lang} base={base} results={results} />
    </Layout>
  );
}

function NoResults(props: {
  ctx: PageContext;
  q: string;
  results: SearchResults;
  hasFilters: boolean;
}) {
  const { lang } = props.ctx;
  return (
    <>
      <h2>{t(lang, 'catalogue.no_results', { q: props.q })}</h2>
      {props.results.suggestions.length > 0 && (
        <>
          <h3>{t(lang, 'catalogue.did_you_mean')}</h3>
          <ul>
            {props.results.suggestions.map((s) => (
              <li key={s.code}>
                <a href={`/services/${s.code}`}>{pick(s.name, lang)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t(lang, 'catalogue.no_results_help')}</h3>
      <ul>
        <li>{t(lang, 'catalogue.tip_spelling')}</li>
        <li>{t(lang, 'catalogue.tip_other_words')}</li>
        {props.hasFilters && (
          <li>
            <a href={searchHref({ q: props.q, filters: {} }, {})}>
              {t(lang, 'catalogue.remove_all_filters')}
            </a>
          </li>
        )}
        <li>
          <a href="/services">{t(lang, 'catalogue.tip_browse')}</a>
        </li>
      </ul>
    </>
  );
}

function Facets(props: {
  lang: Lang;
  base: { q: string; filters: ServiceFilters; page: number };
  results: SearchResults;
}) {
  const { lang, base, results } = props;
  const { facets } = results;
  if (facets.categories.length + facets.agencies.length + facets.channels.length === 0) {
    return null;
  }
  const groups: Array<{
    key: 'category' | 'agency' | 'channel';
    title: string;
    items: FacetCount[];
    label: (f: FacetCount) => string;
  }> = [
    {
      key: 'category',
      title: t(lang, 'catalogue.filter_category'),
      items: facets.categories,
      label: (f) => {
        const c = findServiceCategory(f.value);
        return c ? pick(c, lang) : f.value;
      },
    },
    {
      key: 'channel',
      title: t(lang, 'catalogue.filter_channel'),
      items: facets.channels,
      label: (f) => channelLabel(lang, f.value),
    },
    {
      key: 'agency',
      title: t(lang, 'catalogue.filter_agency'),
      items: facets.agencies,
      label: (f) => (f.name ? pick(f.name, lang) : f.value),
    },
  ];
  return (
    <nav aria-labelledby="facets-title">
      <h2 id="facets-title">{t(lang, 'catalogue.filters')}</h2>
      {groups.map((group) => {
        const chosen = base.filters[group.key];
        if (group.items.length === 0 && !chosen) return null;
        return (
          <section key={group.key} aria-labelledby={`facet-${group.key}`}>
            <h3 id={`facet-${group.key}`}>{group.title}</h3>
            <ul class="plain">
              <li>
                {chosen ? (
                  <a href={searchHref(base, { [group.key]: '', page: 1 })}>
                    {t(lang, 'catalogue.filter_any')}
                  </a>
                ) : (
                  <strong aria-current="true">{t(lang, 'catalogue.filter_any')}</strong>
                )}
              </li>
              {group.items.map((item) => {
                const text = `${group.label(item)} (${formatNumber(item.count, lang)})`;
                return (
                  <li key={item.value}>
                    {chosen === item.value ? (
                      <strong aria-current="true">{text}</strong>
                    ) : (
                      <a href={searchHref(base, { [group.key]: item.value, page: 1 })}>{text}</a>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

/** Previous/next and numbered page links; nothing when everything fits on one page. */
export function Pager(props: {
  lang: Lang;
  page: number;
  lastPage: number;
  href: (page: number) => string;
}) {
  const { lang, page, lastPage } = props;
  if (lastPage <= 1) return null;
  return (
    <nav aria-label={t(lang, 'catalogue.pagination')}>
      <ul class="plain actions">
        {page > 1 && (
          <li>
            <a href={props.href(page - 1)} rel="prev">
              {t(lang, 'catalogue.previous')}
            </a>
          </li>
        )}
        {pagerPages(page, lastPage).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <strong aria-current="page">{t(lang, 'catalogue.page_n', { n: p })}</strong>
              ) : (
                <a href={props.href(p)}>{t(lang, 'catalogue.page_n', { n: p })}</a>
              )}
            </li>
          ),
        )}
        {page < lastPage && (
          <li>
            <a href={props.href(page + 1)} rel="next">
              {t(lang, 'catalogue.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
