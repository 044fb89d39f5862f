import { formatNumber, pick, t } from '../../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  type FieldErrors,
  Form,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

export interface SynonymListItem {
  id: string;
  term: string;
  expansions: string[];
}

/** /services/admin/synonyms: an agency's own search synonyms (agency_admin, service_designer). */
export function SynonymsPage(props: {
  ctx: PageContext;
  organizations: Array<{ id: string; name: { th: string; en: string } }>;
  organizationId: string;
  synonyms: SynonymListItem[];
  platformCount: number;
  values: Record<string, string>;
  errors: FieldErrors;
  notice?: string;
}) {
  const { ctx } = props;
  const { lang } = ctx;
  const current = props.organizations.find((o) => o.id === props.organizationId);
  return (
    <Layout ctx={ctx} title={t(lang, 'catalogue.synonyms_title')}>
      <h1>{t(lang, 'catalogue.synonyms_title')}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary errors={props.errors} lang={lang} />
      <p class="lead">{t(lang, 'catalogue.synonyms_lead')}</p>
      {props.organizations.length > 1 && (
        <form action="/services/admin/synonyms" method="get">
          <SelectField
            name="org"
            label={t(lang, 'catalogue.synonyms_organization')}
            value={props.organizationId}
            options={props.organizations.map((o) => ({ value: o.id, label: pick(o.name, lang) }))}
          />
          <Button variant="secondary">{t(lang, 'catalogue.search_button')}</Button>
        </form>
      )}
      <h2>
        {t(lang, 'catalogue.synonyms_yours')}
        {current ? `: ${pick(current.name, lang)}` : ''}
      </h2>
      <DataTable
        caption={t(lang, 'catalogue.synonyms_yours')}
        empty={t(lang, 'catalogue.synonyms_none')}
        rows={props.synonyms}
        columns={[
          { header: t(lang, 'catalogue.synonym_term'), cell: (s) => s.term },
          { header: t(lang, 'catalogue.synonym_expansions'), cell: (s) => s.expansions.join(', ') },
          {
            header: t(lang, 'catalogue.synonym_delete'),
            cell: (s) => (
              <Form ctx={ctx} action="/services/admin/synonyms/delete">
                <input type="hidden" name="organization" value={props.organizationId} />
                <input type="hidden" name="id" value={s.id} />
                <button
                  type="submit"
                  class="button secondary"
                  aria-label={t(lang, 'catalogue.synonym_delete_label', { term: s.term })}
                >
                  {t(lang, 'catalogue.synonym_delete')}
                </button>
              </Form>
            ),
          },
        ]}
      />
      <p class="muted">
        {t(lang, 'catalogue.synonyms_builtin', { count: formatNumber(props.platformCount, lang) })}
      </p>
      <h2>{t(lang, 'catalogue.synonym_add')}</h2>
      <Form ctx={ctx} action="/services/admin/synonyms">
        <input type="hidden" name="organization" value={props.organizationId} />
        <TextField
          name="term"
          label={t(lang, 'catalogue.synonym_term')}
          hint={t(lang, 'catalogue.synonym_term_hint')}
          value={props.values.term}
          error={props.errors.term}
          maxLength={100}
          required
        />
        <TextArea
          name="expansions"
          label={t(lang, 'catalogue.synonym_expansions')}
          hint={t(lang, 'catalogue.synonym_expansions_hint')}
          value={props.values.expansions}
          error={props.errors.expansions}
          rows={5}
          required
        />
        <Button>{t(lang, 'catalogue.synonym_add')}</Button>
      </Form>
    </Layout>
  );
}
