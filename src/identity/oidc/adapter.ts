import type { Adapter, AdapterPayload } from 'oidc-provider';
import { batched, batchedWrites } from '../../platform/db/batch.ts';
import type { Db } from '../../platform/db/database.ts';
import * as store from './store.ts';

/**
 * oidc-provider's storage adapter on PostgreSQL: one generic table for every model (STYLE.md 9),
 * following the contract of node-oidc-provider's example/my_adapter.js to the letter:
 * - find/findByUid/findByUserCode return nothing once the row has expired ("when found and not
 *   dropped yet due to expiration");
 * - consume marks the row and later finds carry a truthy `consumed` (epoch seconds), which is how
 *   oidc-provider detects a reused authorization code and then revokes the whole grant;
 * - revokeByGrantId removes every row of this model with that grantId (the expression index on
 *   payload->>'grantId' makes it one index scan);
 * - destroy removes the row.
 * Clients are not stored here: they come read-only from the relying-party table (ClientSource).
 */
/** Batched statements shared by the adapters of every model (see platform/db/batch.ts). */
interface SharedBatches {
  upsert: (write: store.ModelWrite) => Promise<void>;
  find: (key: store.ModelKey) => Promise<store.StoredModel | undefined>;
}

class ModelAdapter implements Adapter {
  // Concurrent calls of one kind go to the database together (platform/db/batch.ts): a token
  // grant or a sign-in step makes several of these, and under load most of their cost was the
  // statements themselves, not the rows (bench/identity.bench.ts). Look-ups and upserts are
  // shared by all models; the rarer statements are batched per model.
  private readonly findOneByUid: (uid: string) => Promise<store.StoredModel | undefined>;
  private readonly consumeOne: (id: string) => Promise<void>;
  private readonly destroyOne: (id: string) => Promise<void>;

  constructor(
    private readonly db: Db,
    private readonly model: string,
    private readonly shared: SharedBatches,
  ) {
    this.findOneByUid = batched(async (uids: readonly string[]) => {
      const found = await store.findModelsBy(db, model, 'uid', uids);
      return uids.map((uid) => found.get(uid));
    });
    this.consumeOne = batchedWrites((ids: readonly string[]) =>
      store.consumeModels(db, model, ids),
    );
    this.destroyOne = batchedWrites((ids: readonly string[]) =>
      store.destroyModels(db, model, ids),
    );
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const expiresAt =
      typeof expiresIn === 'number' && expiresIn > 0
        ? new Date(Date.now() + expiresIn * 1000)
        : null;
    await this.shared.upsert({ model: this.model, id, payload, expiresAt });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return withConsumed(await this.shared.find({ model: this.model, id }));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return withConsumed(await this.findOneByUid(uid));
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    // Device flow is off: this is never on a hot path, so it is not batched.
    const found = await store.findModelsBy(this.db, this.model, 'userCode', [userCode]);
    return withConsumed(found.get(userCode));
  }

  async consume(id: string): Promise<void> {
    await this.consumeOne(id);
  }

  async destroy(id: string): Promise<void> {
    await this.destroyOne(id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await store.destroyModelsByGrant(this.db, this.model, grantId);
  }
}

function withConsumed(row: store.StoredModel | undefined): AdapterPayload | undefined {
  if (!row) return undefined;
  if (!row.consumedAt) return row.payload as AdapterPayload;
  return {
    ...row.payload,
    consumed: Math.floor(row.consumedAt.getTime() / 1000),
  } as AdapterPayload;
}

/** Where client metadata comes from (the relying-party table, read-only). */
export interface ClientSource {
  findClientMetadata(clientId: string): Promise<AdapterPayload | undefined>;
}

/**
 * The Client "model": read-only. oidc-provider writes clients only through dynamic registration,
 * which Pratu does not enable; relying parties are registered in the console or `pratu rp add`.
 */
class ClientAdapter implements Adapter {
  constructor(private readonly source: ClientSource) {}
  async find(id: string) {
    return this.source.findClientMetadata(id);
  }
  async upsert(): Promise<void> {
    throw new Error('relying parties are read-only to the OpenID provider');
  }
  async findByUid() {
    return undefined;
  }
  async findByUserCode() {
    return undefined;
  }
  async consume(): Promise<void> {}
  async destroy(): Promise<void> {
    throw new Error('relying parties are read-only to the OpenID provider');
  }
  async revokeByGrantId(): Promise<void> {}
}

export function createAdapterFactory(db: Db, clients: ClientSource) {
  const clientAdapter = new ClientAdapter(clients);
  const adapters = new Map<string, Adapter>();
  const shared: SharedBatches = {
    upsert: batchedWrites((writes: readonly store.ModelWrite[]) => store.upsertModels(db, writes)),
    find: batched((keys: readonly store.ModelKey[]) => store.findModels(db, keys)),
  };
  return (model: string): Adapter => {
    if (model === 'Client') return clientAdapter;
    let adapter = adapters.get(model);
    if (!adapter) {
      adapter = new ModelAdapter(db, model, shared);
      adapters.set(model, adapter);
    }
    return adapter;
  };
}
