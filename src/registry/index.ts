import type { OrgsApi } from '../orgs/index.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';

/** The population registry: people, houses, residence, ID cards, registration offices. */
export function createRegistry(deps: Kernel & { orgs: OrgsApi }) {
  void deps;
  const module: PratuModule = { name: 'registry' };
  return { module };
}

export type Registry = ReturnType<typeof createRegistry>;
