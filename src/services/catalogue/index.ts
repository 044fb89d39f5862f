import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import { appendAudit } from '../../platform/audit.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Kernel } from '../../platform/kernel.ts';
import type { Command, SeedContext } from '../../platform/module.ts';
import { highlightNeedles } from '../../platform/search/highlight.ts';
import {
  allWordsSql,
  anyWordsSql,
  inSearchTransaction,
  mergeSynonyms,
  prepareTextSearch,
  searchIndexValues,
  synonymKey,
  withCorrections,
} from '../../platform/search/search-sql.ts';
import type { NavItem } from '../../platform/views/context.ts';
import { serviceCategories } from '../catalogue-data/categories.ts';
import { builtInSynonyms } from '../catalogue-data/synonyms.ts';
import type { ServiceCatalogueFile, ServiceRecord } from '../catalogue-data/validate.ts';
import { validateServiceCatalogue } from '../catalogue-data/validate.ts';
import { agencyKind } from './agency-kinds.ts';
import { demoPopularity } from './demo.ts';
import {
  agenciesOf,
  parseServiceCatalogue,
  parseSynonymFile,
  type SynonymEntryInput,
  validateSynonymEntry,
} from './import.ts';
import './messages.ts';
import { catalogueMigrations } from './migrations.ts';
import { registerCatalogueRoutes } from './routes.tsx';
import { MIN_ALL_WORDS_RESULTS, SUGGESTION_LIMIT } from './search.ts';
import {
  type CatalogueService,
  recordHash,
  type ServiceSummary,
  searchFields,
  TRIGRAM_WEIGHTS,
} from './service.ts';
import * as store from './store.ts';

export type { CatalogueService, ServiceSummary } from './service.ts';
export type { Facets, ServiceFilters } from './store.ts';

/** How long a process keeps the synonym list before reading it again (other processes' edits). */
const SYNONYM_CACHE_MS = 10_000;
/** Rows per INSERT … ON CONFLICT statement of an import. */
const IMPORT_BATCH = 200;

export interface CatalogueDeps extends Kernel {
  orgs: OrgsApi;
  identity: Identity;
  /** The e-services part, when composed: where a citizen applies for an internal e-service. */
  eservices?: {
    applyUrl(definitionCode: string): string;
    /** Null when the form is not taking applications (never published, or unpublished). */
    findPublishedDefinition?(definitionCode: string): Promise<unknown | null>;
  };
}

export interface ImportReport {
  inserted: string[];
  updated: string[];
  unchanged: string[];
  agenciesCreated: string[];
}

/** An import file with problems; nothing was written. `problems` carry JSON paths. */
export class CatalogueImportError extends DomainError {
  constructor(readonly problems: string[]) {
    super('catalogue.import_invalid', { status: 400, params: { count: problems.length } });
  }
}

export interface SearchOptions {
  category?: string | undefined;
  agency?: string | undefined;
  channel?: string | undefined;
  limit?: number;
  offset?: number;
}

export interface SearchResults {
  q: string;
  /**
   * 'all': every word matched; 'corrected': every word, some read as a similar word of the
   * catalogue; 'any': some of the words; 'browse': no query.
   */
  stage: 'all' | 'corrected' | 'any' | 'browse';
  total: number;
  services: Array<ServiceSummary & { rank: number }>;
  facets: store.Facets;
  /** Folded query words, for `highlight()`. */
  needles: string[];
  /** On no results: services whose names look like the query. */
  suggestions: Array<{ code: string; name: { th: string; en: string } }>;
}

/**
 * The service catalogue: services imported from JSON files, Thai search over them, the pages and
 * the JSON API. Composed by src/services/index.tsx.
 */
export function createCatalogue(deps: CatalogueDeps) {
  const { db } = deps;
  let synonymCache: { at: number; map: Map<string, string[]> } | null = null;

  async function loadSynonyms(): Promise<Map<string, string[]>> {
    if (synonymCache && Date.now() - synonymCache.at < SYNONYM_CACHE_MS) return synonymCache.map;
    const rows = await store.listSynonyms(db);
    // Platform entries first, so their expansions lead; agencies' add to them.
    rows.sort((a, b) => Number(a.organization_id !== null) - Number(b.organization_id !== null));
    const map = mergeSynonyms(rows);
    synonymCache = { at: Date.now(), map };
    return map;
  }
  const forgetSynonyms = () => {
    synonymCache = null;
  };

  function rowValues(record: ServiceRecord, agencyId: string, hash: string): store.ServiceValues {
    const index = searchIndexValues(searchFields(record), {
      trigramWeights: TRIGRAM_WEIGHTS,
      rankWeights: TRIGRAM_WEIGHTS,
    });
    return {
      code: record.code,
      name_th: record.name.th,
      name_en: record.name.en,
      description_th: record.description.th,
      description_en: record.description.en,
      agency_id: agencyId,
      agency_code: record.agency.code,
      agency_name_th: record.agency.name.th,
      agency_name_en: record.agency.name.en,
      category: record.category,
      channels: [...record.channels],
      fee_baht: record.fee.amountBaht,
      fee_note_th: record.fee.note?.th ?? null,
      fee_note_en: record.fee.note?.en ?? null,
      processing_days: record.processingTime.days ?? null,
      processing_text_th: record.processingTime.text.th,
      processing_text_en: record.processingTime.text.en,
      required_documents: JSON.stringify(record.requiredDocuments),
      eligibility_th: record.eligibility.th,
      eligibility_en: record.eligibility.en,
      eservice_definition_code: record.eService?.definitionCode ?? null,
      external_url: record.externalUrl ?? null,
      keywords_th: [...record.keywords.th],
      keywords_en: [...record.keywords.en],
      source_hash: hash,
      search_vector: index.vector,
      rank_vector: index.rankVector,
      search_trigram: index.trigram,
    };
  }

  /**
   * Imports a catalogue file, idempotent by service code: new codes are inserted, changed records
   * replaced, identical ones left alone. An invalid file throws CatalogueImportError before
   * anything is written; the whole import is one transaction, so a failure leaves no half.
   */
  async function importServices(actor: string, file: unknown): Promise<ImportReport> {
    const problems = validateServiceCatalogue(file);
    if (problems.length > 0) throw new CatalogueImportError(problems);
    const services = (file as ServiceCatalogueFile).services;

    // Read outside the transaction: the orgs API reads with its own handle, which on PGlite
    // would wait for the transaction's single connection forever.
    const agencies = agenciesOf(services);
    const known = new Map<string, string>();
    const missing: ServiceRecord['agency'][] = [];
    for (const agency of agencies) {
      const org = await deps.orgs.findOrganizationByCode(agency.code);
      if (org) known.set(agency.code, org.id);
      else missing.push(agency);
    }

    return db.transaction().execute(async (trx) => {
      const agenciesCreated: string[] = [];
      for (const agency of missing) {
        const org = await deps.orgs.ensureOrganization(
          {
            code: agency.code,
            kind: agencyKind(agency.code),
            name_th: agency.name.th,
            name_en: agency.name.en,
          },
          trx,
        );
        known.set(agency.code, org.id);
        agenciesCreated.push(agency.code);
      }
      const stored = await store.findHashesByCodes(
        trx,
        services.map((s) => s.code),
      );
      const report: ImportReport = { inserted: [], updated: [], unchanged: [], agenciesCreated };
      const changed: store.ServiceValues[] = [];
      for (const record of services) {
        const hash = recordHash(record);
        const before = stored.get(record.code);
        if (before === hash) {
          report.unchanged.push(record.code);
          continue;
        }
        (before === undefined ? report.inserted : report.updated).push(record.code);
        changed.push(rowValues(record, known.get(record.agency.code) ?? '', hash));
      }
      for (let i = 0; i < changed.length; i += IMPORT_BATCH) {
        await store.upsertServices(trx, changed.slice(i, i + IMPORT_BATCH));
      }
      if (changed.length > 0) await store.refreshSearchIndexes(trx);
      if (changed.length > 0 || agenciesCreated.length > 0) {
        await appendAudit(trx, {
          actor,
          action: 'catalogue.services_imported',
          subject: 'catalogue:services',
          details: {
            inserted: report.inserted,
            updated: report.updated,
            unchanged: report.unchanged.length,
            agenciesCreated,
          },
        });
      }
      return report;
    });
  }

  /** Removes services from the catalogue (a withdrawn service; benchmark clean-up). */
  async function removeServices(actor: string, codes: readonly string[]): Promise<string[]> {
    return db.transaction().execute(async (trx) => {
      const removed = await store.deleteServices(trx, codes);
      if (removed.length > 0) {
        await store.refreshSearchIndexes(trx);
        await appendAudit(trx, {
          actor,
          action: 'catalogue.services_removed',
          subject: 'catalogue:services',
          details: { removed: removed.length <= 100 ? removed : removed.length },
        });
      }
      return removed;
    });
  }

  /**
   * Platform-wide synonyms (built-in or imported), idempotent by folded term: an entry with the
   * same expansions is unchanged; an imported entry replaces a built-in one with the same term.
   */
  async function importSynonyms(
    actor: string,
    entries: readonly SynonymEntryInput[],
    source: 'builtin' | 'import',
  ): Promise<{ inserted: number; updated: number; unchanged: number }> {
    const problems = entries.flatMap((e, i) => validateSynonymEntry(e, `$.synonyms[${i}]`));
    if (problems.length > 0) throw new CatalogueImportError(problems);
    const merged = new Map<string, SynonymEntryInput>();
    for (const entry of entries) {
      const key = synonymKey(entry.term);
      const earlier = merged.get(key);
      if (earlier) {
        for (const x of entry.expansions) {
          if (!earlier.expansions.includes(x)) earlier.expansions.push(x);
        }
      } else merged.set(key, { term: entry.term, expansions: [...entry.expansions] });
    }
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    await db.transaction().execute(async (trx) => {
      for (const [key, entry] of merged) {
        const existing = await store.findSynonym(trx, key, null);
        if (!existing) {
          await store.insertSynonym(trx, {
            term: entry.term,
            term_key: key,
            expansions: entry.expansions,
            source,
            organization_id: null,
            created_by: actor,
          });
          counts.inserted += 1;
        } else if (source === 'builtin' && existing.source === 'import') {
          // An operator's imported entry wins over the built-in list on every later seed.
          counts.unchanged += 1;
        } else if (
          existing.term === entry.term &&
          existing.source === source &&
          existing.expansions.join('\n') === entry.expansions.join('\n')
        ) {
          counts.unchanged += 1;
        } else {
          await store.updateSynonym(trx, existing.id, {
            term: entry.term,
            expansions: entry.expansions,
            source,
            created_by: actor,
          });
          counts.updated += 1;
        }
      }
      if (counts.inserted + counts.updated > 0) {
        await appendAudit(trx, {
          actor,
          action: 'catalogue.synonyms_imported',
          subject: 'catalogue:synonyms',
          details: { ...counts, source },
        });
      }
    });
    forgetSynonyms();
    return counts;
  }

  /** Services of one agency found by a query, ignoring synonyms: does an expansion lead there? */
  async function findsAgencyService(text: string, agencyCode: string): Promise<boolean> {
    const search = prepareTextSearch(text, new Map());
    if (search.empty) return false;
    const page = await store.searchServices(
      db,
      allWordsSql(search, store.searchColumns()),
      { agency: agencyCode },
      { limit: 1, offset: 0 },
    );
    return page.total > 0;
  }

  /**
   * An agency's own synonym: the term people type and what it should also search for. One of
   * the expansions must find a service of that agency, so an agency can only steer searches
   * towards its own services. Saving an existing term replaces its expansions.
   */
  async function saveAgencySynonym(
    actor: string,
    organizationId: string,
    input: { term: string; expansions: string[] },
  ): Promise<{ term: string; replaced: boolean }> {
    const org = await deps.orgs.findOrganization(organizationId);
    if (!org) throw new DomainError('catalogue.synonym_organization_required', { status: 400 });
    const term = input.term.trim();
    const expansions = input.expansions.map((x) => x.trim()).filter((x) => x !== '');
    const fields: Record<string, string> = {};
    if (term === '') fields.term = 'catalogue.synonym_term_required';
    if (expansions.length === 0) fields.expansions = 'catalogue.synonym_expansions_required';
    if (Object.keys(fields).length === 0) {
      for (const p of validateSynonymEntry({ term, expansions }, '$')) {
        if (p.startsWith('$.term')) fields.term = 'catalogue.synonym_term_invalid';
        else fields.expansions = 'catalogue.synonym_expansions_invalid';
      }
    }
    if (!fields.expansions && expansions.length > 0) {
      let found = false;
      for (const expansion of expansions) {
        if (await findsAgencyService(expansion, org.code)) {
          found = true;
          break;
        }
      }
      if (!found) fields.expansions = 'catalogue.synonym_no_service';
    }
    if (Object.keys(fields).length > 0) {
      throw new DomainError('form.has_errors', { status: 400, fields });
    }
    const key = synonymKey(term);
    const replaced = await db.transaction().execute(async (trx) => {
      const existing = await store.findSynonym(trx, key, organizationId);
      if (existing) {
        await store.updateSynonym(trx, existing.id, {
          term,
          expansions,
          source: 'agency',
          created_by: actor,
        });
      } else {
        await store.insertSynonym(trx, {
          term,
          term_key: key,
          expansions,
          source: 'agency',
          organization_id: organizationId,
          created_by: actor,
        });
      }
      await appendAudit(trx, {
        actor,
        action: existing ? 'catalogue.synonym_updated' : 'catalogue.synonym_added',
        subject: `organization:${organizationId}`,
        before: existing ? { term: existing.term, expansions: existing.expansions } : undefined,
        after: { term, expansions },
      });
      return !!existing;
    });
    forgetSynonyms();
    return { term, replaced };
  }

  async function deleteAgencySynonym(
    actor: string,
    organizationId: string,
    id: string,
  ): Promise<{ term: string }> {
    const removed = await db.transaction().execute(async (trx) => {
      const row = await store.deleteSynonym(trx, id, organizationId);
      if (!row) throw new DomainError('catalogue.synonym_not_found', { status: 404 });
      await appendAudit(trx, {
        actor,
        action: 'catalogue.synonym_deleted',
        subject: `organization:${organizationId}`,
        before: { term: row.term, expansions: row.expansions },
      });
      return row;
    });
    forgetSynonyms();
    return { term: removed.term };
  }

  /**
   * Searches the catalogue (docs/services-catalogue.md, "How search works"): every word; when
   * that finds fewer than MIN_ALL_WORDS_RESULTS, every word again with the query's unknown words
   * repaired from the catalogue's vocabulary; when still too few, any informative word, ranked by
   * how much of the query a service covers. An empty or unsearchable query lists services, most
   * popular first. Never throws for any text.
   */
  async function searchServices(q: string, options: SearchOptions = {}): Promise<SearchResults> {
    const filters: store.ServiceFilters = {
      category: options.category,
      agency: options.agency,
      channel: options.channel,
    };
    const page = { limit: options.limit ?? 10, offset: options.offset ?? 0 };
    const search = prepareTextSearch(q, await loadSynonyms());
    if (search.empty) {
      const browse = await store.searchServices(db, null, filters, page);
      return { q, stage: 'browse', ...browse, needles: [], suggestions: [] };
    }
    const found = await inSearchTransaction(db, async (trx) => {
      const columns = store.searchColumns();
      let stage: SearchResults['stage'] = 'all';
      let shown = search;
      let result = await store.searchServices(trx, allWordsSql(search, columns), filters, page);
      if (result.total < MIN_ALL_WORDS_RESULTS) {
        const statistics = await store.termStatisticsOf(trx, search);
        const corrections = await store.correctionsOf(trx, search, statistics);
        const corrected = withCorrections(search, corrections);
        // The few services that matched every word as typed stay first.
        const preferred = result.total > 0 ? { preferred: search.all } : {};
        if (corrected !== search) {
          const again = await store.searchServices(
            trx,
            allWordsSql(corrected, columns, preferred),
            filters,
            page,
          );
          if (again.total > result.total) {
            result = again;
            shown = corrected;
            stage = 'corrected';
          }
        }
        if (result.total < MIN_ALL_WORDS_RESULTS) {
          const correctedStatistics =
            corrected === search ? statistics : await store.termStatisticsOf(trx, corrected);
          const any = anyWordsSql(corrected, correctedStatistics, columns, preferred);
          const partial = any ? await store.searchServices(trx, any, filters, page) : null;
          if (partial && partial.total > result.total) {
            result = partial;
            shown = corrected;
            stage = 'any';
          }
        }
      }
      const suggestions =
        result.total === 0 ? await store.findSimilarServices(trx, search, SUGGESTION_LIMIT) : [];
      return { stage, shown, result, suggestions };
    });
    const { stage, shown, result, suggestions } = found;
    return {
      q,
      stage,
      ...result,
      needles: highlightNeedles(shown.parsed),
      suggestions: suggestions.map(({ code, name }) => ({ code, name })),
    };
  }

  async function listCategories() {
    const counts = await store.countByCategory(db);
    return serviceCategories.map((c) => ({ ...c, count: counts.get(c.code) ?? 0 }));
  }

  /** Where a citizen starts using the service: the e-service form or the agency's site. */
  function applyUrl(service: Pick<CatalogueService, 'eService' | 'externalUrl'>): string | null {
    if (service.eService) return deps.eservices?.applyUrl(service.eService.definitionCode) ?? null;
    return service.externalUrl;
  }

  /**
   * The start link a citizen can use now: an e-service whose form the agency has unpublished (or
   * not yet published) gets none, and the page says to contact the agency, rather than sending
   * the citizen to a "not found" page.
   */
  async function startUrl(
    service: Pick<CatalogueService, 'eService' | 'externalUrl'>,
  ): Promise<string | null> {
    const url = applyUrl(service);
    const forms = deps.eservices;
    if (!url || !service.eService || !forms?.findPublishedDefinition) return url;
    return (await forms.findPublishedDefinition(service.eService.definitionCode)) ? url : null;
  }

  const api = {
    importServices,
    importSynonyms,
    removeServices,
    searchServices,
    findService: (code: string) => store.findServiceByCode(db, code),
    listCategories,
    listPopularServices: async (limit = 8) =>
      (await store.searchServices(db, null, {}, { limit, offset: 0 })).services,
    countServices: () => store.countServices(db),
    /** Counts one view of a service page: the popularity that boosts its ranking. */
    recordView: (code: string) => store.incrementPopularity(db, code),
    listAgencySynonyms: (organizationId: string) => store.listSynonyms(db, { organizationId }),
    countPlatformSynonyms: async () =>
      (await store.listSynonyms(db, { organizationId: null })).length,
    saveAgencySynonym,
    deleteAgencySynonym,
    applyUrl,
    startUrl,
    loadSynonyms,
  };

  const commands: Command[] = [
    {
      name: 'import services',
      summary: 'Import or update catalogue services from a JSON file (docs/services.schema.json).',
      usage:
        'pratu import services <file.json>\n  Idempotent by service code: new codes are added, changed ones updated, the rest\n  reported unchanged. An invalid file is reported with JSON paths and nothing is imported.',
      async run(args, ctx) {
        const path = args[0];
        if (!path) {
          ctx.out('Usage: pratu import services <file.json>');
          return 2;
        }
        const text = await readText(path, ctx.out);
        if (text === null) return 1;
        const parsed = parseServiceCatalogue(text);
        if (!parsed.ok) return reportProblems(path, parsed.problems, ctx.out);
        const report = await importServices('system:cli', parsed.value);
        ctx.out(describeImport(path, report));
        return 0;
      },
    },
    {
      name: 'import synonyms',
      summary: 'Import or update platform-wide search synonyms from a JSON file.',
      usage:
        'pratu import synonyms <file.json>\n  { "synonyms": [ { "term": "กยศ", "expansions": ["กองทุนเงินให้กู้ยืมเพื่อการศึกษา"] } ] }\n  Idempotent by term (dots, tone marks and case are ignored); see docs/services-catalogue.md.',
      async run(args, ctx) {
        const path = args[0];
        if (!path) {
          ctx.out('Usage: pratu import synonyms <file.json>');
          return 2;
        }
        const text = await readText(path, ctx.out);
        if (text === null) return 1;
        const parsed = parseSynonymFile(text);
        if (!parsed.ok) return reportProblems(path, parsed.problems, ctx.out);
        const counts = await importSynonyms('system:cli', parsed.value, 'import');
        ctx.out(
          `${path}: ${parsed.value.length} synonyms: ${counts.inserted} new, ${counts.updated} updated, ${counts.unchanged} unchanged`,
        );
        return 0;
      },
    },
  ];

  async function seed(ctx: SeedContext): Promise<void> {
    const text = await readFile(
      new URL('../catalogue-data/services.json', import.meta.url),
      'utf8',
    );
    const report = await importServices('system:seed', JSON.parse(text));
    const synonymCounts = await importSynonyms(
      'system:seed',
      builtInSynonyms.map((s) => ({ term: s.term, expansions: [...s.expansions] })),
      'builtin',
    );
    for (const [code, views] of demoPopularity) await store.setBaselinePopularity(db, code, views);
    ctx.log(
      `catalogue: ${describeCounts(report)}; synonyms: ${synonymCounts.inserted} new, ${synonymCounts.updated} updated, ${synonymCounts.unchanged} unchanged`,
    );
  }

  const nav: NavItem[] = [{ href: '/services', label: { th: 'บริการภาครัฐ', en: 'Services' } }];

  return {
    ...api,
    migrations: catalogueMigrations,
    routes: (app: FastifyInstance) => registerCatalogueRoutes(app, { ...api, orgs: deps.orgs }),
    commands,
    seed,
    nav,
  };
}

export type Catalogue = ReturnType<typeof createCatalogue>;
export type CatalogueApi = Omit<Catalogue, 'migrations' | 'routes' | 'commands' | 'seed' | 'nav'>;

async function readText(path: string, out: (line: string) => void): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    out(`Cannot read ${path} (${reason}) / อ่านไฟล์ ${path} ไม่ได้ (${reason}); nothing was imported.`);
    return null;
  }
}

const MAX_PROBLEMS_SHOWN = 100;

function reportProblems(path: string, problems: string[], out: (line: string) => void): number {
  out(
    `${path} is not valid: ${problems.length} problem(s); nothing was imported. / ไฟล์ไม่ถูกต้อง พบปัญหา ${problems.length} รายการ จึงไม่ได้นำเข้าข้อมูลใดเลย`,
  );
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) out(`  ${p}`);
  if (problems.length > MAX_PROBLEMS_SHOWN) {
    out(`  … and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
  }
  return 1;
}

function describeCounts(report: ImportReport): string {
  const total = report.inserted.length + report.updated.length + report.unchanged.length;
  const agencies = report.agenciesCreated.length
    ? `; ${report.agenciesCreated.length} agencies added to organizations`
    : '';
  return `${total} services: ${report.inserted.length} new, ${report.updated.length} updated, ${report.unchanged.length} unchanged${agencies}`;
}

export function describeImport(path: string, report: ImportReport): string {
  const nothing = report.inserted.length + report.updated.length === 0 ? ' (nothing changed)' : '';
  return `${path}: ${describeCounts(report)}${nothing}`;
}
