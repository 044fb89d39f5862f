import type { OrgsApi } from '../orgs/index.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import { demoCitizenRecords, demoCitizens } from './demo.ts';
import { registryMigrations } from './migrations.ts';
import { type CardCheck, checkCardDetails, type RegistryPerson } from './person.ts';
import { placesFromGeography, recordsFromSynthetic } from './records.ts';
import * as store from './store.ts';
import { generatePeople } from './synthetic.ts';

export {
  formatCitizenId,
  isValidCitizenId,
  maskCitizenId,
  normalizeCitizenId,
  parseCitizenId,
} from './citizen-id.ts';
export { demoCitizens } from './demo.ts';
export { formatLaserCode, normalizeLaserCode } from './laser-code.ts';
export {
  ageOn,
  formatEnglishDate,
  formatThaiDate,
  matchesBirthDate,
  parsePartialDate,
  toOidcBirthdate,
} from './partial-date.ts';
export type { CardCheck, RegistryAddress, RegistryCard, RegistryPerson } from './person.ts';

/**
 * Where person data comes from. Pratu's own tables by default; a deployment can plug in an
 * adapter to an external national registry that answers the same question (STYLE.md 5).
 */
export interface RegistrySource {
  findPerson(citizenId: string): Promise<RegistryPerson | null>;
}

/** The population registry: people, houses, residence, ID cards, registration offices. */
export function createRegistry(deps: Kernel & { orgs: OrgsApi; source?: RegistrySource }) {
  const { db } = deps;
  const source: RegistrySource = deps.source ?? { findPerson: (cid) => store.findPerson(db, cid) };

  const api = {
    findPerson: (citizenId: string) => source.findPerson(citizenId),
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
    async seed(ctx) {
      await store.upsertRecords(db, demoCitizenRecords());
      await api.seedSynthetic(500);
      ctx.log(`registry: ${demoCitizens.length} demo citizens and 500 synthetic people`);
    },
  };
  return { ...api, module };
}

export type Registry = ReturnType<typeof createRegistry>;
