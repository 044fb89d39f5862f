import type { FastifyInstance } from 'fastify';
import type { OrgsApi } from '../orgs/index.ts';
import type { Config } from '../platform/config.ts';
import { DomainError } from '../platform/errors.ts';
import { formValues } from '../platform/forms.ts';
import { AccountPage, DevSignInPage, SignOutPage } from './pages/account.tsx';
import type { AccountRow } from './store.ts';

interface Deps {
  config: Config;
  orgs: OrgsApi;
  findAccount(id: string): Promise<AccountRow | null>;
  listDemoAccounts(): Promise<AccountRow[]>;
}

function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/account';
}

export async function registerIdentityRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/account', async (request, reply) => {
    const viewer = await request.getViewer();
    if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
    const account = await deps.findAccount(viewer.id);
    if (!account) throw new DomainError('request.sign_in_required', { status: 401 });
    const grants = await deps.orgs.rolesOf(viewer.id);
    return reply.render((ctx) => <AccountPage ctx={ctx} account={account} grants={grants} />);
  });

  app.get('/sign-out', async (_request, reply) => reply.render((ctx) => <SignOutPage ctx={ctx} />));
  app.post('/sign-out', async (_request, reply) => {
    await reply.endSession();
    return reply.redirect('/', 303);
  });

  // Development-only sign-in as a seeded demo person; refused by config in production.
  if (!deps.config.devSignIn) return;
  app.get('/dev/sign-in', async (request, reply) => {
    const accounts = await deps.listDemoAccounts();
    const { next } = request.query as { next?: string };
    return reply.render((ctx) => (
      <DevSignInPage ctx={ctx} accounts={accounts} next={safeNext(next)} />
    ));
  });
  app.post('/dev/sign-in', async (request, reply) => {
    const values = formValues(request.body);
    const account = await deps.findAccount(values.account_id ?? '');
    if (!account?.demo) throw new DomainError('request.forbidden', { status: 403 });
    await reply.startSession(account.id, { method: 'dev' });
    return reply.redirect(safeNext(values.next), 303);
  });
}
