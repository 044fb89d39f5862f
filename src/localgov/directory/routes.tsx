import type { FastifyInstance } from 'fastify';
import { findDistrictByCode, findProvinceByCode } from '../../orgs/index.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages } from '../../platform/forms.ts';
import type { EmailRegistry, RegistrationRow } from '../email/registry.ts';
import {
  isAdministrationCode,
  LOCAL_ADMINISTRATION_TYPE_LABELS,
  type LocalAdministration,
} from './administrations.ts';
import type { Directory } from './directory.ts';
import { type DirectoryFilter, parseDirectoryFilter } from './directory-filter.ts';
import type { LandingLink } from './index.ts';
import { AdministrationPage, DirectoryPage, LandingPage } from './pages/directory.tsx';

/** The public JSON shape of an administration (docs/localgov-directory.md, "JSON API"). */
export function administrationJson(a: LocalAdministration, official: RegistrationRow | null) {
  const province = findProvinceByCode(a.provinceCode);
  const district = findDistrictByCode(a.districtCode);
  return {
    code: a.code,
    type: a.type,
    type_label: {
      th: LOCAL_ADMINISTRATION_TYPE_LABELS[a.type].th,
      en: LOCAL_ADMINISTRATION_TYPE_LABELS[a.type].en,
    },
    name_th: a.nameTh,
    name_en: a.nameEn,
    province_code: a.provinceCode,
    province_name_th: province?.nameTh ?? null,
    province_name_en: province?.nameEn ?? null,
    district_code: a.districtCode,
    district_name_th: district?.nameTh ?? null,
    district_name_en: district?.nameEn ?? null,
    region: a.region,
    address: a.address,
    phone: a.phone || null,
    website: a.website,
    domain: a.domain,
    official_email: official
      ? {
          address: official.address,
          status: official.status,
          approved_at: official.approved_at?.toISOString() ?? null,
          reconfirm_by: official.reconfirm_by?.toISOString() ?? null,
        }
      : null,
    url: `/localgov/directory/${a.code}`,
    updated_at: a.updatedAt.toISOString(),
  };
}

// Public reference data: caches may keep an answer briefly, as long as an approval shows soon.
const PUBLIC_CACHE = 'public, max-age=60';

export async function registerDirectoryRoutes(
  app: FastifyInstance,
  deps: { directory: Directory; email: EmailRegistry; landingLinks: LandingLink[] },
) {
  const { directory, email } = deps;

  async function search(filter: DirectoryFilter) {
    const result = await directory.listAdministrations(filter);
    const official = await email.officialFor(result.rows.map((r) => r.id));
    return { result, official };
  }

  app.get('/localgov', async (_request, reply) => {
    const counts = await directory.countByType();
    return reply.render((ctx) => (
      <LandingPage ctx={ctx} counts={counts} links={deps.landingLinks} />
    ));
  });

  app.get('/localgov/directory', async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof query[k] === 'string' ? (query[k] as string).trim() : '');
    const view = {
      q: text('q').slice(0, 500),
      province: text('province'),
      type: text('type'),
      region: text('region'),
    };
    let filter: DirectoryFilter;
    try {
      filter = parseDirectoryFilter(query);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return reply.render(
        (ctx) => (
          <DirectoryPage
            ctx={ctx}
            view={view}
            errors={fieldMessages(error, ctx.lang)}
            result={null}
            limit={20}
            offset={0}
            officialEmails={new Map()}
          />
        ),
        400,
      );
    }
    const { result, official } = await search(filter);
    return reply.render((ctx) => (
      <DirectoryPage
        ctx={ctx}
        view={view}
        errors={{}}
        result={result}
        limit={filter.limit}
        offset={filter.offset}
        officialEmails={official}
      />
    ));
  });

  app.get('/localgov/directory/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    if (!isAdministrationCode(code)) {
      throw new DomainError('localgov.administration_not_found', {
        status: 404,
        params: { code: code.slice(0, 40) },
      });
    }
    const administration = await directory.requireAdministration(code);
    const official = await email.officialOf(administration.id);
    return reply.render((ctx) => (
      <AdministrationPage ctx={ctx} administration={administration} official={official} />
    ));
  });

  app.get('/api/localgov/administrations', async (request, reply) => {
    const filter = parseDirectoryFilter(request.query);
    const { result, official } = await search(filter);
    return reply.header('cache-control', PUBLIC_CACHE).send({
      total: result.total,
      limit: filter.limit,
      offset: filter.offset,
      matched_by: result.matchedBy,
      results: result.rows.map((a) => administrationJson(a, official.get(a.id) ?? null)),
    });
  });

  app.get('/api/localgov/administrations/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    if (!isAdministrationCode(code)) {
      throw new DomainError('localgov.administration_not_found', {
        status: 404,
        params: { code: code.slice(0, 40) },
      });
    }
    const administration = await directory.requireAdministration(code);
    const official = await email.officialOf(administration.id);
    return reply
      .header('cache-control', PUBLIC_CACHE)
      .send(administrationJson(administration, official));
  });
}
