import type { OrgsApi } from '../orgs/index.ts';
import { batched } from '../platform/db/batch.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import { DEFAULT_SEED, registryCommands, seedRegistry } from './commands.ts';
import { demoCitizenRecords, demoCitizens } from './demo.ts';
import { registrySourceFromEnv } from './http-source.ts';
import { importRegistryCsv } from './import.ts';
import { registryMigrations } from './migrations.ts';
import { officesFromGeography } from './offices.ts';
import {
  type CardCheck,
  checkCardDetails,
  type RegistryPerson,
  type ResidenceRecord,
} from './person.ts';
import { placesFromGeography, recordsFromSynthetic } from './records.ts';
import { registerRegistryRoutes } from './routes.tsx';
import * as store from './store.ts';
import { generatePeople } from './synthetic.ts';
import './messages.ts';

export {
  formatCitizenId,
  isValidCitizenId,
  maskCitizenId,
  normalizeCitizenId,
  parseCitizenId,
} from './citizen-id.ts';
export { demoCitizens } from './demo.ts';
export type { ImportOptions, ImportResult } from './import.ts';
export { formatLaserCode, normalizeLaserCode } from './laser-code.ts';
export type { RegistrationOffice } from './offices.ts';
export {
  ageOn,
  formatEnglishDate,
  formatThaiDate,
  matchesBirthDate,
  parsePartialDate,
  toOidcBirthdate,
} from './partial-date.ts';
export type {
  CardCheck,
  RegistryAddress,
  RegistryCard,
  RegistryPerson,
  ResidenceRecord,
} from './person.ts';
export { REGISTRY_CSV_COLUMNS } from './synthetic.ts';

/**
 * Where person data comes from. Pratu's own tables by default; a deployment can plug in an
 * adapter to an external national registry that answers the same question (STYLE.md 5):
 * `http-source.ts`, chosen when PRATU_REGISTRY_URL is set (docs/registry.md).
 */
export interface RegistrySource {
  findPerson(citizenId: string): Promise<RegistryPerson | null>;
  /** Every residence of the person, newest first; a source that keeps no history leaves it out. */
  listResidences?(citizenId: string): Promise<ResidenceRecord[]>;
}

/** The population registry: people, houses, residence, ID cards, registration offices. */
export function createRegistry(
  deps: Kernel & {
    orgs: OrgsApi;
    source?: RegistrySource;
    /**
     * Where PRATU_REGISTRY_URL / _TOKEN / _TIMEOUT_MS are read (process.env by default). They
     * belong in platform/config.ts; read here until they move there.
     */
    env?: Record<string, string | undefined>;
  },
) {
  const { db } = deps;
  const local: RegistrySource = {
    // Every token grant and sign-in step looks a person up: concurrent look-ups share a call.
    findPerson: batched((cids: readonly string[]) => store.findPersons(db, cids)),
    listResidences: (cid) => store.listResidences(db, cid),
  };
  const external = deps.source ? null : registrySourceFromEnv(deps.env ?? process.env);
  const source: RegistrySource = deps.source ?? external ?? local;

  const api = {
    findPerson: (citizenId: string) => source.findPerson(citizenId),
    /** Residence history, newest first (empty when the source keeps none). */
    listResidences: (citizenId: string) =>
      source.listResidences?.(citizenId) ?? Promise.resolve([]),
    /** True when look-ups go to an external national registry rather than Pratu's tables. */
    usesExternalSource: source !== local,
    findOffice: (code: string) => store.findOffice(db, code),
    countOffices: () => store.countOffices(db),
    /** The enrolment card check (see person.ts for the rule). */
    async checkCard(input: {
      citizenId: string;
      laserCode: string;
      birthDate: string;
    }): Promise<CardCheck> {
      const person = await source.findPerson(input.citizenId);
      const today = new Date().toISOString().slice(0, 10);
      return checkCardDetails(person, input, today);
    },
    countPeople: () => store.countPeople(db),
    /** The bulk pipeline of `pratu import registry` (docs/registry-import.md). */
    importCsv: (
      input: Parameters<typeof importRegistryCsv>[1],
      options: Parameters<typeof importRegistryCsv>[2],
    ) => importRegistryCsv(deps.database, input, options),
    /** `pratu seed registry --people N --seed S`: synthetic people through the same pipeline. */
    seedPeople: (people: number, seed = DEFAULT_SEED) =>
      seedRegistry({ database: deps.database, progress: () => {} }, { people, seed }),
    /** Loads `count` synthetic people (deterministic by seed) with their houses and cards. */
    async seedSynthetic(count: number, seed = 2568): Promise<number> {
      const places = placesFromGeography();
      const batch = 5000;
      for (let start = 0; start < count; start += batch) {
        const people = generatePeople({
          count: Math.min(batch, count - start),
          seed,
          places,
          startIndex: start,
        });
        await store.upsertRecords(db, recordsFromSynthetic(people, true));
      }
      return count;
    },
  };

  const module: PratuModule = {
    name: 'registry',
    migrations: registryMigrations,
    commands: registryCommands(),
    routes: (app) => registerRegistryRoutes(app, { ...api, db, orgs: deps.orgs }),
    async seed(ctx) {
      const offices = officesFromGeography();
      await store.upsertOffices(db, offices);
      await store.upsertRecords(db, demoCitizenRecords());
      await api.seedSynthetic(500);
      ctx.log(
        `registry: ${offices.length} registration offices, ${demoCitizens.length} demo citizens and 500 synthetic people`,
      );
    },
  };
  return { ...api, module };
}

export type Registry = ReturnType<typeof createRegistry>;
