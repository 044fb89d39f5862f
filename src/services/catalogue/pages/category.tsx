import { pick, t } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ServiceCategory } from '../../catalogue-data/categories.ts';
import type { ServiceSummary } from '../service.ts';
import { countText, SearchForm, ServiceItem } from './parts.tsx';
import { Pager } from './search.tsx';

/** /services/category/<code>: every service filed under one life event, most used first. */
export function CategoryPage(props: {
  ctx: PageContext;
  category: ServiceCategory;
  services: ServiceSummary[];
  total: number;
  page: number;
  lastPage: number;
}) {
  const { ctx, category } = props;
  const { lang } = ctx;
  const title = pick(category, lang);
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href="/services">{t(lang, 'catalogue.back_to_catalogue')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{countText(lang, props.total)}</p>
      <SearchForm
        ctx={ctx}
        category={category.code}
        label={t(lang, 'catalogue.search_in_category')}
      />
      <h2>{t(lang, 'catalogue.category_services')}</h2>
      <ol class="plain">
        {props.services.map((s) => (
          <ServiceItem key={s.code} lang={lang} service={s} />
        ))}
      </ol>
      <Pager
        lang={lang}
        page={props.page}
        lastPage={props.lastPage}
        href={(n) => `/services/category/${category.code}${n > 1 ? `?page=${n}` : ''}`}
      />
    </Layout>
  );
}
