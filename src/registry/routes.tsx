import type { FastifyInstance } from 'fastify';
import type { OrgsApi } from '../orgs/index.ts';
import { appendAudit } from '../platform/audit.ts';
import type { Db } from '../platform/db/database.ts';
import { FieldCollector, type FormError, formValues } from '../platform/forms.ts';
import { maskCitizenId, parseCitizenId } from './citizen-id.ts';
import type { RegistrationOffice } from './offices.ts';
import { LookupPage, type LookupResult } from './pages/lookup.tsx';
import type { RegistryPerson, ResidenceRecord } from './person.ts';

export interface RegistryRoutesApi {
  db: Db;
  orgs: OrgsApi;
  findPerson(citizenId: string): Promise<RegistryPerson | null>;
  listResidences(citizenId: string): Promise<ResidenceRecord[]>;
  findOffice(code: string): Promise<RegistrationOffice | null>;
}

/** The registrar's look-up page (role `registrar`). */
export async function registerRegistryRoutes(app: FastifyInstance, api: RegistryRoutesApi) {
  app.get('/registry', async (request, reply) => {
    await api.orgs.requireRole(request, 'registrar');
    reply.header('cache-control', 'no-store');
    return reply.render((ctx) => <LookupPage ctx={ctx} values={{}} errors={{}} />);
  });

  // A POST, not a GET with the ID in the query string: citizen IDs must not end up in access
  // logs, browser history or Referer headers.
  app.post('/registry', async (request, reply) => {
    const { viewer } = await api.orgs.requireRole(request, 'registrar');
    reply.header('cache-control', 'no-store');
    const values = formValues(request.body);
    const input = values.citizen_id ?? '';
    const fields = new FieldCollector();
    const parsed = parseCitizenId(input);
    if (input === '') fields.add('citizen_id', 'registry.lookup.citizen_id_required');
    else if (!parsed.ok) fields.add('citizen_id', `registry.lookup.citizen_id_${parsed.reason}`);
    try {
      fields.throwIfAny();
    } catch (error) {
      const messages = (error as FormError).messages(request.lang);
      return reply.render((ctx) => <LookupPage ctx={ctx} values={values} errors={messages} />, 400);
    }
    if (!parsed.ok) throw new Error('unreachable: citizen ID checked above');
    const citizenId = parsed.id;
    const person = await api.findPerson(citizenId);
    const residences = person ? await api.listResidences(citizenId) : [];
    const office = person?.address
      ? await api.findOffice(person.address.houseId.slice(0, 4))
      : null;
    // Recorded before anything is shown: the subject is masked and the details carry no personal
    // data, so the audit log itself never becomes a copy of the registry.
    await appendAudit(api.db, {
      actor: viewer.id,
      action: 'registry.person_looked_up',
      subject: `person:${maskCitizenId(citizenId)}`,
      details: { found: person !== null },
    });
    const result: LookupResult = { citizenId, person, residences, office };
    return reply.render((ctx) => (
      <LookupPage ctx={ctx} values={{ citizen_id: citizenId }} errors={{}} result={result} />
    ));
  });
}
