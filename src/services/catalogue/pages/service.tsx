import { formatNumber, pick, t } from '../../../platform/i18n/index.ts';
import { LinkButton, Notice } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { findServiceCategory } from '../../catalogue-data/categories.ts';
import { type CatalogueService, feeDisplay } from '../service.ts';
import { channelLabel } from './parts.tsx';

/** /services/<code>: everything a citizen needs before using the service, and where to start. */
export function ServicePage(props: {
  ctx: PageContext;
  service: CatalogueService;
  /** The e-service form or the agency's site; null when the form is not available here. */
  startUrl: string | null;
}) {
  const { ctx, service } = props;
  const { lang } = ctx;
  const other = lang === 'th' ? 'en' : 'th';
  const category = findServiceCategory(service.category);
  const fee = feeDisplay(service.fee);
  return (
    <Layout ctx={ctx} title={pick(service.name, lang)}>
      <p>
        <a href="/services">{t(lang, 'catalogue.back_to_catalogue')}</a>
        {category && (
          <>
            {' › '}
            <a href={`/services/category/${category.code}`}>{pick(category, lang)}</a>
          </>
        )}
      </p>
      <h1>{pick(service.name, lang)}</h1>
      <p class="muted">
        {t(lang, 'catalogue.other_name')}: <span lang={other}>{service.name[other]}</span>
      </p>
      <p class="lead">{pick(service.description, lang)}</p>
      <StartService ctx={ctx} service={service} startUrl={props.startUrl} />

      <h2>{t(lang, 'catalogue.agency')}</h2>
      <p>{pick(service.agency.name, lang)}</p>

      <h2>{t(lang, 'catalogue.channels')}</h2>
      <ul>
        {service.channels.map((c) => (
          <li key={c}>{channelLabel(lang, c)}</li>
        ))}
      </ul>

      <h2>{t(lang, 'catalogue.fee')}</h2>
      {fee.kind === 'amount' && (
        <>
          <p>
            <strong>
              {t(lang, 'catalogue.fee_amount', { amount: formatNumber(fee.amountBaht, lang) })}
            </strong>
          </p>
          {fee.note && <p>{pick(fee.note, lang)}</p>}
        </>
      )}
      {fee.kind === 'note' && <p>{pick(fee.note, lang)}</p>}
      {fee.kind === 'none' && <p>{t(lang, 'catalogue.fee_none')}</p>}

      <h2>{t(lang, 'catalogue.processing_time')}</h2>
      <p>{pick(service.processingTime.text, lang)}</p>

      <h2>{t(lang, 'catalogue.documents')}</h2>
      {service.requiredDocuments.length === 0 ? (
        <p>{t(lang, 'catalogue.no_documents')}</p>
      ) : (
        <ul>
          {service.requiredDocuments.map((d) => (
            <li key={d.th}>{pick(d, lang)}</li>
          ))}
        </ul>
      )}

      <h2>{t(lang, 'catalogue.eligibility')}</h2>
      <p>{pick(service.eligibility, lang)}</p>

      {category && (
        <>
          <h2>{t(lang, 'catalogue.category')}</h2>
          <p>
            <a href={`/services/category/${category.code}`}>{pick(category, lang)}</a>
          </p>
        </>
      )}
    </Layout>
  );
}

function StartService(props: {
  ctx: PageContext;
  service: CatalogueService;
  startUrl: string | null;
}) {
  const { lang } = props.ctx;
  const { service, startUrl } = props;
  if (service.eService) {
    if (!startUrl) return <Notice kind="warning">{t(lang, 'catalogue.apply_unavailable')}</Notice>;
    return (
      <p class="actions">
        <LinkButton href={startUrl}>{t(lang, 'catalogue.apply')}</LinkButton>
      </p>
    );
  }
  if (!startUrl) return null;
  let host = startUrl;
  try {
    host = new URL(startUrl).host;
  } catch {
    // The importer accepts only absolute https URLs; show the text as it is otherwise.
  }
  return (
    <>
      <p class="actions">
        <a class="button" href={startUrl} rel="noopener noreferrer">
          {t(lang, 'catalogue.external')}
        </a>
      </p>
      <p class="muted">{t(lang, 'catalogue.external_note', { host })}</p>
    </>
  );
}
