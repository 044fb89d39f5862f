import type { Identity } from '../identity/index.ts';
import type { OrgsApi } from '../orgs/index.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';

/** Local government: directory, official e-mail registry, fiscal-discipline self-assessment. */
export function createLocalgov(deps: Kernel & { orgs: OrgsApi; identity: Identity }) {
  void deps;
  const module: PratuModule = { name: 'localgov' };
  return { module };
}
