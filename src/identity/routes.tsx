import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgsApi } from '../orgs/index.ts';
import type { Config } from '../platform/config.ts';
import { DomainError } from '../platform/errors.ts';
import { formValues } from '../platform/forms.ts';
import { defineMessages, t } from '../platform/i18n/index.ts';
import type { Registry } from '../registry/index.ts';
import type { AccessLog } from './access-log.ts';
import { aalOfAcr } from './oidc/assurance.ts';
import type { Oidc } from './oidc/service.tsx';
import { AccountPage, DevSignInPage, SignOutPage } from './pages/account.tsx';
import { AccessLogPage, ConsentsPage, MyDataPage, SignInProblemPage } from './pages/citizen.tsx';
import type { RelyingParties } from './relying-parties/service.ts';
import type { AccountRow, ConsentRow } from './store.ts';

defineMessages({
  'identity.sign_in_state_invalid': {
    th: 'การเข้าสู่ระบบนี้หมดเวลาหรือไม่ได้เริ่มจากเบราว์เซอร์นี้ กรุณาเริ่มใหม่',
    en: 'This sign-in expired or did not start in this browser; please start again',
  },
  'identity.sign_in_cancelled': {
    th: 'คุณยกเลิกการเข้าสู่ระบบ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'You cancelled the sign-in; nothing was changed',
  },
  'identity.sign_in_failed': {
    th: 'ไม่สามารถยืนยันการเข้าสู่ระบบได้ กรุณาลองใหม่อีกครั้ง',
    en: 'The sign-in could not be confirmed; please try again',
  },
  'identity.consent_withdrawn': {
    th: 'ยกเลิกความยินยอมแล้ว แอปพลิเคชันนั้นใช้สิทธิ์เดิมไม่ได้อีก',
    en: 'Consent withdrawn; that app can no longer use its access',
  },
});

interface Deps {
  config: Config;
  orgs: OrgsApi;
  registry: Pick<Registry, 'findPerson'>;
  oidc: Oidc;
  accessLog: AccessLog;
  relyingParties: RelyingParties;
  consents: {
    list(accountId: string): Promise<ConsentRow[]>;
    revoke(accountId: string, clientId: string): Promise<boolean>;
  };
  portal: { clientId: string; clientSecret: string; redirectUri: string };
  findAccount(id: string): Promise<AccountRow | null>;
  listDemoAccounts(): Promise<AccountRow[]>;
}

function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/account';
}

// The portal's own OpenID sign-in state (state, nonce, PKCE verifier, where to go next): a signed
// cookie on /sign-in only, gone after 15 minutes. Nothing is kept on the server.
const SIGN_IN_COOKIE = 'pratu_sign_in';
const signInCookie = {
  path: '/sign-in',
  httpOnly: true,
  secure: true,
  sameSite: 'lax' as const,
  signed: true,
  maxAge: 15 * 60,
};

async function signedIn(request: FastifyRequest) {
  const viewer = await request.getViewer();
  if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
  return viewer;
}

export async function registerIdentityRoutes(app: FastifyInstance, deps: Deps) {
  const { config, portal } = deps;

  app.get('/account', async (request, reply) => {
    const viewer = await signedIn(request);
    const account = await deps.findAccount(viewer.id);
    if (!account) throw new DomainError('request.sign_in_required', { status: 401 });
    const grants = await deps.orgs.rolesOf(viewer.id);
    return reply.render((ctx) => <AccountPage ctx={ctx} account={account} grants={grants} />);
  });

  // ---- One way in: the portal signs people in through Pratu's own OpenID provider ----------

  app.get('/sign-in', async (request, reply) => {
    const { next } = request.query as { next?: string };
    const state = randomBytes(16).toString('base64url');
    const nonce = randomBytes(16).toString('base64url');
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    reply.setCookie(
      SIGN_IN_COOKIE,
      JSON.stringify({ state, nonce, verifier, next: safeNext(next) }),
      signInCookie,
    );
    const params = new URLSearchParams({
      client_id: portal.clientId,
      response_type: 'code',
      scope: 'openid',
      redirect_uri: portal.redirectUri,
      state,
      nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ui_locales: request.lang,
    });
    reply.header('cache-control', 'no-store');
    return reply.redirect(`/oidc/auth?${params}`, 303);
  });

  app.get('/sign-in/callback', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const query = request.query as Record<string, string | undefined>;
    const raw = request.cookies[SIGN_IN_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    reply.clearCookie(SIGN_IN_COOKIE, { path: signInCookie.path });
    let saved: { state: string; nonce: string; verifier: string; next: string } | null = null;
    try {
      saved = unsigned?.valid && unsigned.value ? JSON.parse(unsigned.value) : null;
    } catch {
      saved = null;
    }
    const problem = (code: string, status: number) =>
      reply.render(
        (ctx) => (
          <SignInProblemPage
            ctx={ctx}
            message={t(ctx.lang, code)}
            retry={`/sign-in?next=${encodeURIComponent(saved?.next ?? '/account')}`}
          />
        ),
        status,
      );
    // RFC 6749 10.12: the state binds the answer to this browser's request (CSRF on the callback).
    if (!saved || !query.state || query.state !== saved.state) {
      return problem('identity.sign_in_state_invalid', 400);
    }
    if (query.error) {
      return problem(
        query.error === 'access_denied' ? 'identity.sign_in_cancelled' : 'identity.sign_in_failed',
        400,
      );
    }
    if (!query.code) return problem('identity.sign_in_failed', 400);
    let login: Awaited<ReturnType<Oidc['exchangeFirstPartyCode']>> = null;
    try {
      login = await deps.oidc.exchangeFirstPartyCode(request.server, portal, {
        code: query.code,
        codeVerifier: saved.verifier,
        nonce: saved.nonce,
      });
    } catch (error) {
      request.log.warn({ err: error }, 'portal code exchange failed');
      login = null;
    }
    if (!login) return problem('identity.sign_in_failed', 400);
    const account = await deps.findAccount(login.accountId);
    if (!account) return problem('identity.sign_in_failed', 400);
    await reply.startSession(account.id, {
      method: 'oidc',
      amr: login.amr,
      acr: login.acr,
      aal: aalOfAcr(login.acr) ?? 0,
      sid: login.sid,
    });
    return reply.redirect(saved.next, 303);
  });

  app.get('/sign-out', async (_request, reply) => reply.render((ctx) => <SignOutPage ctx={ctx} />));
  app.post('/sign-out', async (request, reply) => {
    const session = await request.getSession();
    const sid = session?.data.sid;
    // Signing out of the portal also ends the Digital ID session it came from, so the next
    // person at a shared computer is not signed in to relying parties either.
    if (typeof sid === 'string' && sid) await deps.oidc.endProviderSession(sid);
    await reply.endSession();
    return reply.redirect('/', 303);
  });

  // ---- The citizen's pages ------------------------------------------------------------------

  app.get('/account/data', async (request, reply) => {
    const viewer = await signedIn(request);
    const account = await deps.findAccount(viewer.id);
    const person = account?.citizen_id ? await deps.registry.findPerson(account.citizen_id) : null;
    reply.header('cache-control', 'no-store');
    return reply.render((ctx) => <MyDataPage ctx={ctx} person={person} />);
  });

  async function renderConsents(request: FastifyRequest, reply: FastifyReply, notice?: string) {
    const viewer = await signedIn(request);
    const rows = await deps.consents.list(viewer.id);
    const rps = await deps.relyingParties.findManyByClientId(rows.map((r) => r.client_id));
    const byId = new Map(rps.map((rp) => [rp.client_id, rp]));
    const consents = rows.flatMap((r) => {
      const rp = byId.get(r.client_id);
      if (!rp || rp.first_party) return [];
      return [
        {
          clientId: r.client_id,
          name: { th: rp.name_th, en: rp.name_en },
          purpose: { th: rp.purpose_th, en: rp.purpose_en },
          scopes: r.scopes,
          grantedAt: r.updated_at,
        },
      ];
    });
    return reply.render((ctx) => (
      <ConsentsPage ctx={ctx} consents={consents} notice={notice && t(ctx.lang, notice)} />
    ));
  }

  app.get('/account/consents', async (request, reply) => renderConsents(request, reply));
  app.post('/account/consents/:clientId/revoke', async (request, reply) => {
    const viewer = await signedIn(request);
    const { clientId } = request.params as { clientId: string };
    const removed = await deps.consents.revoke(viewer.id, clientId);
    if (!removed) throw new DomainError('request.not_found', { status: 404 });
    return renderConsents(request, reply, 'identity.consent_withdrawn');
  });

  app.get('/account/access-log', async (request, reply) => {
    const viewer = await signedIn(request);
    const { page: rawPage } = request.query as { page?: string };
    const page = Math.max(1, Math.min(10_000, Number.parseInt(rawPage ?? '1', 10) || 1));
    const pageSize = 50;
    const [rows, total] = await Promise.all([
      deps.accessLog.list(viewer.id, { limit: pageSize, offset: (page - 1) * pageSize }),
      deps.accessLog.count(viewer.id),
    ]);
    reply.header('cache-control', 'no-store');
    return reply.render((ctx) => (
      <AccessLogPage ctx={ctx} rows={rows} total={total} page={page} pageSize={pageSize} />
    ));
  });

  // OpenID Connect Core 8.1 sector document for relying parties on several hosts.
  // The path parameter is the client_id (named :id to share the console's route shape).
  app.get('/relying-parties/:id/sector', async (request, reply) => {
    const { id } = request.params as { id: string };
    const rp = await deps.relyingParties.findByClientId(id);
    if (!rp || rp.first_party) throw new DomainError('request.not_found', { status: 404 });
    return reply.type('application/json').send(rp.redirect_uris);
  });

  // Development-only sign-in as a seeded demo person; refused by config in production.
  if (!config.devSignIn) return;
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
