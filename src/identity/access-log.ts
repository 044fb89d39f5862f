import { batchedWrites } from '../platform/db/batch.ts';
import type { Db } from '../platform/db/database.ts';
import type { RelyingParties } from './relying-parties/service.ts';
import * as store from './store.ts';

export type { AccessLogRow } from './store.ts';
export type AccessEvent = 'id_token' | 'userinfo' | 'introspection';

/**
 * The citizen's access log: one row for every release of personal data to a relying party (an
 * ID token, a userinfo answer, an introspection answer carrying claims), saying who received
 * which claims, when, and for the purpose the relying party stated at that moment (a snapshot:
 * a later change of purpose does not rewrite history).
 */
export function createAccessLog(db: Db, relyingParties: Pick<RelyingParties, 'findByClientId'>) {
  // Every token grant and userinfo call writes a row: concurrent ones share one insert.
  const insert = batchedWrites((rows: Parameters<typeof store.insertAccessLogs>[1]) =>
    store.insertAccessLogs(db, rows),
  );
  return {
    async record(entry: {
      accountId: string;
      clientId: string;
      event: AccessEvent;
      claims: string[];
    }): Promise<boolean> {
      if (entry.claims.length === 0) return false;
      const rp = await relyingParties.findByClientId(entry.clientId);
      if (!rp) return false;
      await insert({
        account_id: entry.accountId,
        client_id: entry.clientId,
        relying_party_name_th: rp.name_th,
        relying_party_name_en: rp.name_en,
        purpose_th: rp.purpose_th,
        purpose_en: rp.purpose_en,
        event: entry.event,
        claims: entry.claims,
      });
      return true;
    },
    list: (accountId: string, page = { limit: 50, offset: 0 }) =>
      store.listAccessLog(db, accountId, page),
    count: (accountId: string) => store.countAccessLog(db, accountId),
  };
}

export type AccessLog = ReturnType<typeof createAccessLog>;
