import type { Identity } from '../identity/index.ts';
import type { OrgsApi } from '../orgs/index.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import { HomePage } from './pages/home.tsx';

/**
 * The citizen portal. In the foundation it serves the home page; the catalogue, e-services,
 * applications and entitlements grow here.
 */
export function createServices(deps: Kernel & { orgs: OrgsApi; identity: Identity }) {
  void deps;
  const module: PratuModule = {
    name: 'services',
    nav: [{ href: '/', label: { th: 'หน้าแรก', en: 'Home' } }],
    async routes(app) {
      app.get('/', async (_request, reply) => reply.render((ctx) => <HomePage ctx={ctx} />));
    },
  };
  return { module };
}
