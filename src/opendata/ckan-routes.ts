import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Reader } from './access.ts';
import type { Upload } from './catalogue.ts';
import type { Action, ActionRequest } from './ckan-actions.ts';
import {
  CkanIntegrityError,
  CkanNotAuthorized,
  CkanNotFound,
  CkanSearchError,
  CkanSearchQueryError,
  CkanValidationError,
  pythonRepr,
  pythonValueRepr,
} from './ckan-errors.ts';

export interface ApiRouteDeps {
  actions: Record<string, Action>;
  siteUrl: string;
  /** The account behind an API token, or null (unknown tokens read as anonymous, as in CKAN). */
  readerForToken(token: string): Promise<Reader | null>;
  readerForAccount(accountId: string): Promise<Reader | null>;
  /** Bulk API writes (datastore records) may exceed the site's form body limit. */
  bodyLimit: number;
}

const JSON_TYPE = 'application/json;charset=utf-8';

/** Thrown while reading the request; answered with CKAN's bare JSON string and 400. */
class BadRequest extends Error {}

function helpUrl(siteUrl: string, name: string): string {
  return `${siteUrl}/api/3/action/help_show?name=${encodeURIComponent(name)}`;
}

/**
 * Python's repr of a JSON parser error, as CKAN prints it for a form field it reads as JSON. The
 * parser's own wording is Node's, not Python's (see docs/ckan-compat.md, deliberate differences).
 */
function jsonErrorRepr(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `JSONDecodeError(${pythonRepr(message)})`;
}

/**
 * Flask's `request.get_json()` on a body it cannot decode raises a bare `BadRequest()` (outside
 * debug mode), and CKAN prints its repr; the "data extracted" is still the empty dict.
 */
const BODY_DECODE_ERROR = "<BadRequest '400: Bad Request'>";

function parseJsonObject(
  raw: string,
  errorRepr: (error: unknown) => string,
): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new BadRequest(
      `Bad request - JSON Error: Error decoding JSON data. Error: ${errorRepr(error)} JSON data extracted from the request: {}`,
    );
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadRequest(
      `Bad request - JSON Error: Request data JSON decoded to ${pythonValueRepr(value)} but it needs to be a dictionary.`,
    );
  }
  return value as Record<string, unknown>;
}

function isJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

/** A form body: single keys are strings, repeated keys lists (ckan/views/api.py). */
function parseForm(raw: string): Record<string, unknown> {
  const params = new URLSearchParams(raw);
  const keys = [...new Set(params.keys())];
  // Old clients post JSON as a form with one field whose value is '' or '1': CKAN reads such a
  // field's name as JSON whatever it looks like, so `id=` alone is a JSON error there too.
  if (keys.length === 1 && ['', '1'].includes(params.get(keys[0]!) ?? 'x')) {
    return parseJsonObject(keys[0]!, jsonErrorRepr);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

interface MultipartPart {
  type?: string;
  value?: unknown;
  filename?: string;
  mimetype?: string;
  toBuffer?: () => Promise<Buffer>;
}

async function parseMultipart(
  body: Record<string, unknown>,
): Promise<{ data: Record<string, unknown>; files: Map<string, Upload> }> {
  const data: Record<string, unknown> = {};
  const files = new Map<string, Upload>();
  for (const [key, raw] of Object.entries(body)) {
    const parts = (Array.isArray(raw) ? raw : [raw]) as MultipartPart[];
    const values: unknown[] = [];
    for (const part of parts) {
      if (part && typeof part === 'object' && part.type === 'file' && part.toBuffer) {
        const content = await part.toBuffer();
        if (part.filename) {
          files.set(key, { fileName: part.filename, content, mimetype: part.mimetype ?? '' });
        }
      } else if (part && typeof part === 'object' && 'value' in part) {
        values.push(part.value);
      } else values.push(part);
    }
    if (values.length === 1) data[key] = values[0];
    else if (values.length > 1) data[key] = values;
  }
  return { data, files };
}

function queryString(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? '' : url.slice(i + 1);
}

/**
 * CKAN's Action API: `/api/3/action/<name>` and `/api/action/<name>`, GET and POST, with CKAN's
 * envelope, status codes and request forms (ckan/views/api.py; docs/ckan-compat.md sections 1-3).
 * The routes live in their own plugin scope with their own body parsers (raw text, so that JSON
 * sent under any content type is read as CKAN reads it) and their own error handler.
 */
export async function registerApiRoutes(app: FastifyInstance, deps: ApiRouteDeps) {
  await app.register(async (scope) => {
    scope.removeContentTypeParser(['application/json', 'application/x-www-form-urlencoded']);
    scope.addContentTypeParser(
      ['application/json', 'application/x-www-form-urlencoded'],
      { parseAs: 'string', bodyLimit: deps.bodyLimit },
      (_request, body, done) => done(null, body),
    );
    scope.addContentTypeParser(
      '*',
      { parseAs: 'string', bodyLimit: deps.bodyLimit },
      (_r, body, done) => done(null, body),
    );

    scope.setErrorHandler(async (error, request, reply) => {
      const name = (request.params as { name?: string } | undefined)?.name ?? '';
      const e = error as { code?: string; statusCode?: number };
      if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.code === 'FST_REQ_FILE_TOO_LARGE') {
        return reply
          .code(413)
          .type(JSON_TYPE)
          .send(JSON.stringify('Bad request - request body too large'));
      }
      if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
        return reply
          .code(400)
          .type(JSON_TYPE)
          .send(JSON.stringify(`Bad request - ${error instanceof Error ? error.message : ''}`));
      }
      request.log.error({ err: error }, 'CKAN action failed');
      return reply
        .code(500)
        .type(JSON_TYPE)
        .send(
          JSON.stringify({
            help: helpUrl(deps.siteUrl, name),
            error: { __type: 'Internal Server Error', message: 'Internal Server Error' },
            success: false,
          }),
        );
    });

    scope.get('/api', async (_request, reply) => reply.type(JSON_TYPE).send('{"version": 1}'));
    scope.get('/api/3', async (_request, reply) => reply.type(JSON_TYPE).send('{"version": 3}'));

    for (const url of ['/api/3/action/:name', '/api/action/:name']) {
      scope.route({
        method: ['GET', 'POST'],
        url,
        bodyLimit: deps.bodyLimit,
        config: { csrf: false },
        handler: (request, reply) => handle(request, reply),
      });
      // Flask routes the action view for GET and POST only; other methods are a 405 there, not
      // a missing page.
      scope.route({
        method: ['PUT', 'DELETE', 'PATCH'],
        url,
        config: { csrf: false },
        handler: (_request, reply) =>
          reply
            .code(405)
            .header('allow', 'GET, HEAD, OPTIONS, POST')
            .type(JSON_TYPE)
            .send(JSON.stringify('Method Not Allowed')),
      });
    }
  });

  async function readerFor(request: FastifyRequest, jsonp: boolean): Promise<Reader | null> {
    if (jsonp) return null;
    const header =
      (request.headers.authorization as string | undefined) ??
      (request.headers['x-ckan-api-key'] as string | undefined);
    if (header) {
      const token = header.replace(/^Bearer\s+/i, '').trim();
      return token ? deps.readerForToken(token) : null;
    }
    // A signed-in browser may read through the API (CKAN's cookie auth), but only with GET:
    // writes need a token, so a cross-site form can never act with someone's session.
    if (request.method === 'GET') {
      const viewer = await request.getViewer();
      if (viewer) return deps.readerForAccount(viewer.id);
    }
    return null;
  }

  async function handle(request: FastifyRequest, reply: FastifyReply) {
    const { name } = request.params as { name: string };
    const send = (status: number, body: unknown) =>
      reply
        .code(status)
        .type(JSON_TYPE)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(body));
    const action = Object.hasOwn(deps.actions, name) ? deps.actions[name] : undefined;
    if (!action) return send(400, `Bad request - Action name not known: ${name}`);
    if (request.method === 'GET' && !action.get) {
      return send(
        400,
        'Bad request - JSON Error: Invalid request. Please use POST method for your request',
      );
    }

    let data: Record<string, unknown>;
    let files = new Map<string, Upload>();
    const contentType = (request.headers['content-type'] ?? '').toLowerCase();
    const query = request.query as Record<string, unknown>;
    try {
      if (request.method === 'POST' && contentType.startsWith('multipart/form-data')) {
        ({ data, files } = await parseMultipart((request.body ?? {}) as Record<string, unknown>));
      } else if (
        request.method === 'POST' &&
        contentType.startsWith('application/x-www-form-urlencoded') &&
        typeof request.body === 'string' &&
        request.body.trim() !== ''
      ) {
        const raw = request.body.trim();
        // curl -d '{...}' sends JSON under the form content type; read it whole, so characters
        // that form decoding would mangle ('+', '&', '=') survive.
        data =
          raw.startsWith('{') && isJson(raw) ? parseJsonObject(raw, jsonErrorRepr) : parseForm(raw);
      } else if (action.get && Object.keys(query).length > 0) {
        data = { ...query };
      } else if (typeof request.body === 'string' && request.body.trim() !== '') {
        data = parseJsonObject(request.body, () => BODY_DECODE_ERROR);
      } else {
        data = {};
      }
    } catch (error) {
      if (error instanceof BadRequest) return send(400, error.message);
      throw error;
    }

    const callback =
      request.method === 'GET' && typeof query.callback === 'string' ? query.callback : null;
    // CKAN drops `callback` from the request data wherever it came from (query string, form or
    // JSON body) and then runs the action as anonymous, so JSONP can never read private data.
    const jsonp = 'callback' in data;
    if (jsonp) delete data.callback;
    const reader = await readerFor(request, jsonp);

    const actionRequest: ActionRequest = {
      reader,
      data,
      files,
      path: request.url.split('?')[0] ?? '',
      query: queryString(request.url),
    };
    const help = helpUrl(deps.siteUrl, name);
    let status = 200;
    let body: unknown;
    try {
      const result = await action.run(actionRequest);
      body = { help, success: true, result: result ?? null };
    } catch (error) {
      if (error instanceof CkanValidationError) {
        status = 409;
        body = { help, error: { ...error.errors, __type: 'Validation Error' }, success: false };
      } else if (error instanceof CkanNotFound) {
        status = 404;
        body = {
          help,
          error: { __type: 'Not Found Error', message: error.message },
          success: false,
        };
      } else if (error instanceof CkanNotAuthorized) {
        status = 403;
        body = {
          help,
          error: { __type: 'Authorization Error', message: error.message },
          success: false,
        };
      } else if (error instanceof CkanSearchQueryError) {
        status = 400;
        body = {
          help,
          error: { __type: 'Search Query Error', message: error.message },
          success: false,
        };
      } else if (error instanceof CkanSearchError) {
        status = 409;
        body = {
          help,
          error: { __type: 'Search Error', message: error.message },
          success: false,
        };
      } else if (error instanceof CkanIntegrityError) {
        status = 400;
        body = {
          help,
          error: { __type: 'Integrity Error', message: error.message, data: error.data },
          success: false,
        };
      } else throw error;
    }
    if (callback !== null && status === 200) {
      // JSONP (ckan/views/api.py _finish): the callback name is HTML-escaped (markupsafe).
      const escapes: Record<string, string> = {
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&#34;',
        "'": '&#39;',
      };
      const safe = callback.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
      return reply
        .code(200)
        .type('application/javascript;charset=utf-8')
        .send(`${safe}(${JSON.stringify(body)});`);
    }
    return send(status, body);
  }
}
