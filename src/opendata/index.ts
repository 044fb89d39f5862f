import type { Identity } from '../identity/index.ts';
import type { OrgsApi } from '../orgs/index.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';

/** Open data: catalogue, CKAN-compatible API, datastore, usage, data requests, awards. */
export function createOpendata(deps: Kernel & { orgs: OrgsApi; identity: Identity }) {
  void deps;
  const module: PratuModule = { name: 'opendata' };
  return { module };
}
