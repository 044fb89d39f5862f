import { formatNumber, type Lang, pick, t } from '../../../platform/i18n/index.ts';
import { type HighlightPart, highlight, snippet } from '../../../platform/search/highlight.ts';
import type { PageContext } from '../../../platform/views/context.ts';
import type { ServiceSummary } from '../service.ts';

/** Text with the matched words in <mark>; Preact escapes every part. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return <>{parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

/** The catalogue's search box: a plain GET form, so it works without JavaScript. */
export function SearchForm(props: {
  ctx: PageContext;
  q?: string;
  category?: string | undefined;
  label?: string;
}) {
  const { lang } = props.ctx;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the old phone browsers we serve; role=search on a form is the WAI-ARIA pattern.
    <form action="/services/search" method="get" role="search" class="field">
      <label for="f-q">{props.label ?? t(lang, 'catalogue.search_label')}</label>
      <p class="hint" id="f-q-hint">
        {t(lang, 'catalogue.search_hint')}
      </p>
      <input
        id="f-q"
        name="q"
        type="search"
        value={props.q ?? ''}
        maxLength={500}
        autocomplete="off"
        aria-describedby="f-q-hint"
      />
      {props.category && <input type="hidden" name="category" value={props.category} />}{' '}
      <button type="submit" class="button">
        {t(lang, 'catalogue.search_button')}
      </button>
    </form>
  );
}

export function channelLabel(lang: Lang, channel: string): string {
  return t(lang, `catalogue.channel.${channel}`);
}

export function ChannelTags({ lang, channels }: { lang: Lang; channels: readonly string[] }) {
  return (
    <>
      {channels.map((c) => (
        <span key={c} class="tag">
          {channelLabel(lang, c)}
        </span>
      ))}
    </>
  );
}

/** One service in a list: its name (linked), a snippet of the description, agency, channels. */
export function ServiceItem(props: {
  lang: Lang;
  service: ServiceSummary;
  needles?: readonly string[];
  headingLevel?: 2 | 3;
}) {
  const { lang, service } = props;
  const needles = props.needles ?? [];
  const name = pick(service.name, lang);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card">
      <Heading>
        <a href={`/services/${service.code}`}>
          <Highlighted parts={highlight(name, needles)} />
        </a>
      </Heading>
      <p>
        <Highlighted parts={snippet(pick(service.description, lang), needles)} />
      </p>
      <p class="muted">
        {pick(service.agency.name, lang)} <ChannelTags lang={lang} channels={service.channels} />
      </p>
    </li>
  );
}

export function countText(lang: Lang, count: number): string {
  return t(lang, 'catalogue.service_count', { count: formatNumber(count, lang) });
}
