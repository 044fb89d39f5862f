import type { Generated, Kysely } from 'kysely';
import type { Db } from '../platform/db/database.ts';

export interface AccountRow {
  id: string;
  citizen_id: string | null;
  display_name_th: string;
  display_name_en: string;
  email: string | null;
  phone: string | null;
  demo: boolean;
  created_at: Date;
}
interface AccountTable extends Omit<AccountRow, 'id' | 'created_at'> {
  id: Generated<string>;
  created_at: Generated<Date>;
}
export interface IdentityTables {
  'identity.accounts': AccountTable;
}
const t = (db: Db) => db as Kysely<IdentityTables>;

export async function findAccount(db: Db, id: string): Promise<AccountRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (
    (await t(db)
      .selectFrom('identity.accounts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

export async function findAccountByCitizenId(db: Db, citizenId: string) {
  return (
    (await t(db)
      .selectFrom('identity.accounts')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst()) ?? null
  );
}

export async function upsertAccountByCitizenId(
  db: Db,
  account: Omit<AccountRow, 'id' | 'created_at'> & { citizen_id: string },
): Promise<AccountRow> {
  return t(db)
    .insertInto('identity.accounts')
    .values(account)
    .onConflict((oc) =>
      oc.column('citizen_id').doUpdateSet({
        display_name_th: account.display_name_th,
        display_name_en: account.display_name_en,
        email: account.email,
        phone: account.phone,
        demo: account.demo,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listDemoAccounts(db: Db) {
  return t(db)
    .selectFrom('identity.accounts')
    .selectAll()
    .where('demo', '=', true)
    .orderBy('display_name_th')
    .execute();
}
