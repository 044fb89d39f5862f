import { randomFillSync, randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { sql } from 'kysely';
import type { VNode } from 'preact';
import type { Assets } from '../assets.ts';
import type { Config } from '../config.ts';
import { type Database, isDatabaseUnavailable } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { defaultLang, isLang, type Lang, t } from '../i18n/index.ts';
import type { Metrics } from '../metrics.ts';
import type { Session, SessionStore } from '../session.ts';
import type { NavItem, PageContext } from '../views/context.ts';
import { Layout, renderDocument } from '../views/layout.tsx';

export interface Viewer {
  id: string;
  name: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    /** The web session, if the request carries a valid one (loaded once per request). */
    getSession(): Promise<Session | null>;
    /** The signed-in person, if any. */
    getViewer(): Promise<Viewer | null>;
    sessionCache?: Promise<Session | null>;
    viewerCache?: Promise<Viewer | null>;
  }
  interface FastifyReply {
    /** Renders a server-side page with the shared layout context. */
    render(view: (ctx: PageContext) => VNode, status?: number): Promise<FastifyReply>;
    pageContext(): Promise<PageContext>;
    /** Starts a new session for `accountId`, dropping the old one (rotation on sign-in). */
    startSession(accountId: string, data?: Record<string, unknown>): Promise<void>;
    endSession(): Promise<void>;
  }
  interface FastifyContextConfig {
    /** Set false on endpoints that authenticate otherwise (bearer tokens, OpenID back-channel). */
    csrf?: boolean;
  }
}

export interface HttpDeps {
  config: Config;
  database: Database;
  sessions: SessionStore;
  metrics: Metrics;
  assets: Assets;
  nav: NavItem[];
  resolveViewer(accountId: string): Promise<Viewer | null>;
  signInHref: string | null;
  signOutHref: string | null;
}

export const SESSION_COOKIE = 'pratu_sid';
const LANG_COOKIE = 'lang';

/** Browsers get pages; programs (API paths, JSON requests) get JSON errors. */
export function wantsJson(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return true;
  const accept = request.headers.accept ?? '';
  if (accept.includes('text/html')) return false;
  if (accept.includes('application/json')) return true;
  return !!request.headers['content-type']?.includes('json');
}

interface ErrorShape {
  status: number;
  code: string;
  params: Record<string, string | number>;
  fields: Record<string, string>;
}

/** The one place that maps every failure to a status and a message code (STYLE.md 10). */
export function classifyError(error: unknown, requestId: string): ErrorShape {
  const none = { params: {}, fields: {} };
  if (error instanceof DomainError) {
    return { status: error.status, code: error.code, params: error.params, fields: error.fields };
  }
  const e = error as { code?: string; statusCode?: number; validation?: unknown; message?: string };
  if (isDatabaseUnavailable(error)) return { status: 503, code: 'service.unavailable', ...none };
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return { status: 413, code: 'request.body_too_large', ...none };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 415, code: 'request.unsupported_media_type', ...none };
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return { status: 403, code: 'request.csrf_failed', ...none };
  }
  if (e.validation) {
    return {
      status: 400,
      code: 'request.invalid',
      params: { detail: String(e.message ?? '') },
      fields: {},
    };
  }
  if (e.statusCode === 429) return { status: 429, code: 'request.rate_limited', ...none };
  if (e.statusCode === 405) return { status: 405, code: 'request.method_not_allowed', ...none };
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, code: 'request.malformed_body', ...none };
  }
  return { status: 500, code: 'service.internal_error', params: { requestId }, fields: {} };
}

function ErrorPage({ ctx, title, message }: { ctx: PageContext; title: string; message: string }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      <p>
        <a href="/">{ctx.lang === 'th' ? 'กลับหน้าแรก' : 'Back to the home page'}</a>
      </p>
    </Layout>
  );
}

function errorTitle(lang: Lang, status: number): string {
  const th: Record<number, string> = {
    400: 'ข้อมูลไม่ถูกต้อง',
    403: 'ไม่สามารถทำรายการได้',
    404: 'ไม่พบหน้านี้',
    413: 'ข้อมูลใหญ่เกินไป',
    415: 'รูปแบบข้อมูลไม่รองรับ',
    429: 'คำขอมากเกินไป',
    503: 'ระบบไม่พร้อมให้บริการชั่วคราว',
  };
  const en: Record<number, string> = {
    400: 'Something in the request is wrong',
    403: 'This cannot be done',
    404: 'Page not found',
    413: 'Too large',
    415: 'Unsupported format',
    429: 'Too many requests',
    503: 'Temporarily unavailable',
  };
  const table = lang === 'th' ? th : en;
  return table[status] ?? (lang === 'th' ? 'เกิดข้อผิดพลาด' : 'Something went wrong');
}

function safeNext(next: unknown): string {
  // Only same-site paths: an open redirect would let a phishing link borrow our address.
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}

export async function createHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const { config, metrics } = deps;
  const production = config.env === 'production';
  const secureCookies = true;
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
          },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: production,
    requestIdHeader: 'x-request-id',
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
  });

  app.decorateRequest('lang', defaultLang);
  app.decorateRequest('sessionCache', undefined);
  app.decorateRequest('viewerCache', undefined);

  const security = securityHeaders(config.publicUrl.startsWith('https://'), production);
  app.decorateReply('cspNonce', null);
  const nonces = new NoncePool();
  app.addHook('onRequest', (_request, reply, done) => {
    const nonce = nonces.next();
    (reply as unknown as { cspNonce: { script: string } }).cspNonce = { script: nonce };
    security.apply(reply, nonce);
    done();
  });
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(cookie, { secret: config.secret });
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: 10 * 1024 * 1024, files: 10, fields: 500, parts: 520 },
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/' },
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const field = body?._csrf as string | { value?: string } | undefined;
      const fromBody = typeof field === 'object' ? field?.value : field;
      return fromBody ?? (req.headers['x-csrf-token'] as string | undefined);
    },
  });
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: '1 minute',
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    const fromCookie = request.cookies[LANG_COOKIE];
    request.lang = isLang(fromCookie) ? fromCookie : defaultLang;
    reply.header('x-request-id', request.id);
  });

  app.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration
      .labels(request.method, request.routeOptions.url ?? 'unmatched', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });

  // CSRF on every state-changing request unless the route authenticates otherwise.
  app.addHook('preHandler', (request, reply, done) => {
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (!unsafe || request.routeOptions.config?.csrf === false || !request.routeOptions.url) {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });

  app.decorateRequest('getSession', function (this: FastifyRequest) {
    if (!this.sessionCache) {
      const token = this.cookies[SESSION_COOKIE];
      this.sessionCache = token ? deps.sessions.load(token) : Promise.resolve(null);
    }
    return this.sessionCache;
  });
  app.decorateRequest('getViewer', function (this: FastifyRequest) {
    if (!this.viewerCache) {
      this.viewerCache = this.getSession().then((s) =>
        s?.accountId ? deps.resolveViewer(s.accountId) : null,
      );
    }
    return this.viewerCache;
  });

  const sessionCookie = {
    httpOnly: true,
    secure: secureCookies,
    sameSite: 'lax' as const,
    path: '/',
  };
  app.decorateReply('startSession', async function (this: FastifyReply, accountId, data = {}) {
    const old = await this.request.getSession();
    if (old) await deps.sessions.destroy(old.tokenHash);
    const token = await deps.sessions.create(accountId, data);
    this.setCookie(SESSION_COOKIE, token, sessionCookie);
    this.request.sessionCache = deps.sessions.load(token);
    this.request.viewerCache = undefined;
  });
  app.decorateReply('endSession', async function (this: FastifyReply) {
    const old = await this.request.getSession();
    if (old) await deps.sessions.destroy(old.tokenHash);
    this.clearCookie(SESSION_COOKIE, sessionCookie);
    this.request.sessionCache = Promise.resolve(null);
    this.request.viewerCache = Promise.resolve(null);
  });

  app.decorateReply('pageContext', async function (this: FastifyReply): Promise<PageContext> {
    let viewer: Viewer | null = null;
    try {
      viewer = await this.request.getViewer();
    } catch {
      // An error page must still render when the database is down.
    }
    return {
      lang: this.request.lang,
      path: this.request.url,
      csrfToken: this.generateCsrf(),
      nonce: (this as unknown as { cspNonce: { script: string } }).cspNonce.script,
      nav: deps.nav,
      viewer: viewer ? { name: viewer.name } : null,
      assets: {
        css: deps.assets.css,
        js: deps.assets.scripts.enhance ?? '',
        scripts: deps.assets.scripts,
      },
      signInHref: deps.signInHref,
      signOutHref: deps.signOutHref,
    };
  });
  app.decorateReply('render', async function (this: FastifyReply, view, status = 200) {
    const ctx = await this.pageContext();
    // Pages carry per-person CSRF tokens: never let a shared cache keep them.
    return this.code(status)
      .header('cache-control', 'private, no-store')
      .type('text/html; charset=utf-8')
      .send(renderDocument(view(ctx)));
  });

  app.setErrorHandler(async (error, request, reply) => {
    const shape = classifyError(error, request.id);
    if (shape.status >= 500) request.log.error({ err: error }, 'request failed');
    const lang = request.lang ?? defaultLang;
    const message = t(lang, shape.code, shape.params);
    if (
      shape.status === 401 &&
      deps.signInHref &&
      !wantsJson(request) &&
      request.method === 'GET'
    ) {
      return reply.redirect(`${deps.signInHref}?next=${encodeURIComponent(request.url)}`, 303);
    }
    if (wantsJson(request)) {
      return reply.code(shape.status).send({
        error: {
          code: shape.code,
          message,
          ...(Object.keys(shape.fields).length ? { fields: shape.fields } : {}),
        },
      });
    }
    const title = errorTitle(lang, shape.status);
    return reply.render(
      (ctx) => <ErrorPage ctx={ctx} title={title} message={message} />,
      shape.status,
    );
  });
  app.setNotFoundHandler(async (request, reply) => {
    const message = t(request.lang, 'request.not_found');
    if (wantsJson(request)) {
      return reply.code(404).send({ error: { code: 'request.not_found', message } });
    }
    return reply.render(
      (ctx) => <ErrorPage ctx={ctx} title={errorTitle(request.lang, 404)} message={message} />,
      404,
    );
  });

  app.get('/assets/*', { config: { rateLimit: false } }, async (request, reply) => {
    const asset = deps.assets.files.get(request.url.split('?')[0] ?? '');
    if (!asset) throw new DomainError('request.not_found', { status: 404 });
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type(asset.contentType)
      .send(asset.body);
  });
  app.get('/favicon.ico', { config: { rateLimit: false } }, async (_request, reply) =>
    reply.code(204).send(),
  );

  app.get('/lang/:lang', async (request, reply) => {
    const { lang } = request.params as { lang: string };
    const { next } = request.query as { next?: string };
    if (!isLang(lang)) throw new DomainError('request.not_found', { status: 404 });
    reply.setCookie(LANG_COOKIE, lang, {
      path: '/',
      maxAge: 365 * 24 * 3600,
      sameSite: 'lax',
      secure: secureCookies,
      httpOnly: true,
    });
    return reply.redirect(safeNext(next), 303);
  });

  app.get('/healthz', { config: { rateLimit: false } }, async (_request, reply) => {
    try {
      await Promise.race([
        sql`select 1`.execute(deps.database.db),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: 'ok' });
    } catch {
      return reply
        .code(503)
        .header('cache-control', 'no-store')
        .send({ status: 'unavailable', database: 'unreachable' });
    }
  });
  app.get('/metrics', { config: { rateLimit: false } }, async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );

  return app;
}

/**
 * Helmet's security headers and a Content-Security-Policy with a fresh nonce per response, worked
 * out once at start-up: @fastify/helmet built a whole new helmet middleware on every request to
 * put the nonce in (about 25 µs, on every page, API answer and token grant; see
 * docs/identity.md). Here helmet runs once into a list of headers, and the policy is one string
 * with a placeholder the nonce replaces.
 */
function securityHeaders(https: boolean, production: boolean) {
  const placeholder = 'pratu-nonce-placeholder';
  const headers = new Map<string, string>();
  const collect = {
    setHeader: (name: string, value: string) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", `'nonce-${placeholder}'`],
        styleSrc: ["'self'", `'nonce-${placeholder}'`],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        // OpenID Connect answers a consent POST with a redirect to the relying party's own
        // origin, which browsers check against form-action; pages carry no injected markup
        // (Preact escapes everything), so form-action adds little and would break sign-in.
        formAction: null,
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    hsts: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  })({} as never, collect as never, () => {});
  const policy = (headers.get('Content-Security-Policy') ?? '').split(placeholder);
  headers.delete('Content-Security-Policy');
  const fixed = [...headers];
  return {
    apply(reply: FastifyReply, nonce: string) {
      for (const [name, value] of fixed) reply.header(name, value);
      reply.header('Content-Security-Policy', policy.join(nonce));
    },
  };
}

/**
 * CSP nonces (16 random bytes, hex) cut from a buffer refilled from the CSPRNG every 256 of them,
 * as Node's randomUUID does: one `randomBytes(16)` per request was about 1 % of a sign-in's
 * server CPU. Each nonce still takes bytes no other one has.
 */
class NoncePool {
  private readonly pool = Buffer.alloc(4096);
  private at = this.pool.length;

  next(): string {
    if (this.at === this.pool.length) {
      randomFillSync(this.pool);
      this.at = 0;
    }
    const nonce = this.pool.toString('hex', this.at, this.at + 16);
    this.at += 16;
    return nonce;
  }
}
