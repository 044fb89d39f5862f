import { pick, t } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ServiceCategory } from '../../catalogue-data/categories.ts';
import type { ServiceSummary } from '../service.ts';
import { countText, SearchForm, ServiceItem } from './parts.tsx';

/** /services: the search box, the life-event categories and the most used services. */
export function CatalogueHomePage(props: {
  ctx: PageContext;
  categories: Array<ServiceCategory & { count: number }>;
  popular: ServiceSummary[];
}) {
  const { ctx } = props;
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'catalogue.title')}>
      <h1>{t(lang, 'catalogue.title')}</h1>
      <p class="lead">{t(lang, 'catalogue.lead')}</p>
      <SearchForm ctx={ctx} />
      <h2>{t(lang, 'catalogue.categories')}</h2>
      <ul class="grid plain">
        {props.categories.map((c) => (
          <li key={c.code} class="card">
            <a href={`/services/category/${c.code}`}>{pick(c, lang)}</a>
            <p class="muted">{countText(lang, c.count)}</p>
          </li>
        ))}
      </ul>
      {props.popular.length > 0 && (
        <>
          <h2>{t(lang, 'catalogue.popular')}</h2>
          <ol class="plain grid">
            {props.popular.map((s) => (
              <ServiceItem key={s.code} lang={lang} service={s} />
            ))}
          </ol>
        </>
      )}
    </Layout>
  );
}
