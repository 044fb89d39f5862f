import type { Identity } from '../identity/index.ts';
import type { OrgsApi } from '../orgs/index.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import { createCatalogue } from './catalogue/index.ts';
import { createEntitlements } from './entitlements/index.ts';
import { createEServices } from './eservices/index.ts';
import { HomePage } from './pages/home.tsx';

/**
 * The citizen portal: the home page, the catalogue of services with Thai search, declarative
 * e-services with their back office, and entitlements gathered from agencies. Each part is built
 * by its own factory; this module is their one door.
 */
export function createServices(deps: Kernel & { orgs: OrgsApi; identity: Identity }) {
  const eservices = createEServices(deps);
  const catalogue = createCatalogue({ ...deps, eservices });
  const entitlements = createEntitlements(deps);

  const module: PratuModule = {
    name: 'services',
    migrations: [...catalogue.migrations, ...eservices.migrations, ...entitlements.migrations],
    nav: [...catalogue.nav, ...entitlements.nav, ...eservices.nav],
    scripts: eservices.scripts,
    commands: [...catalogue.commands, ...eservices.commands],
    jobs(queue) {
      eservices.jobs(queue);
    },
    async routes(app) {
      app.get('/', async (_request, reply) => reply.render((ctx) => <HomePage ctx={ctx} />));
      await catalogue.routes(app);
      await eservices.routes(app);
      await entitlements.routes(app);
    },
    async seed(ctx) {
      await catalogue.seed(ctx);
      await eservices.seed(ctx);
      await entitlements.seed();
      ctx.log('services: entitlement sources');
    },
  };
  return { module, catalogue, eservices, entitlements };
}
