// Adapter to an external national population registry over HTTPS + JSON (STYLE.md 5: every outside
// system behind an adapter that translates its words into ours). The wire format is documented in
// docs/registry.md; a deployment whose registry speaks something else puts a small translating
// service in front of it rather than teaching Pratu another dialect.
//
// Failure policy: a registry that is down, slow, refuses our token or answers something we cannot
// read is an outage (503, `registry.unavailable`), never "no such person": enrolment would
// otherwise tell a real citizen that their card details do not match.

import { ConfigError } from '../platform/config.ts';
import { DomainError } from '../platform/errors.ts';
import type { Text } from '../platform/i18n/index.ts';
import { isValidCitizenId, isValidHouseId } from './citizen-id.ts';
import type { RegistrySource } from './index.ts';
import { normalizeLaserCode } from './laser-code.ts';
import { parseIsoDate, parsePartialDate } from './partial-date.ts';
import {
  formatAddress,
  type RegistryAddress,
  type RegistryCard,
  type RegistryPerson,
  type ResidenceRecord,
} from './person.ts';
import './messages.ts';
import { CONTROL_RE } from './registry-csv.ts';

export const DEFAULT_TIMEOUT_MS = 3000;
// Far above any person record; a bigger answer is a misbehaving server, not data to buffer.
const MAX_RESPONSE_BYTES = 256 * 1024;

export interface HttpRegistryOptions {
  /** Base URL; `people/<citizen ID>` is resolved against it. */
  url: string;
  token: string;
  timeoutMs?: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * Checks a registry base URL: https, or http only on this machine's loopback (a sidecar or a
 * test), because the bearer token and citizens' data must never cross a network in clear text.
 * Returns the URL with a trailing slash so relative paths resolve under it.
 */
export function parseRegistryUrl(raw: string, variable = 'PRATU_REGISTRY_URL'): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(variable, `is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new ConfigError(
      variable,
      `must be an https:// URL (http:// only for localhost), got "${url.protocol}//${url.host}"`,
    );
  }
  if (url.username || url.password) {
    throw new ConfigError(
      variable,
      'must not carry a user name or password (use PRATU_REGISTRY_TOKEN)',
    );
  }
  if (url.search || url.hash) throw new ConfigError(variable, 'must not have a query or fragment');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * The external source configured by the environment, or null when PRATU_REGISTRY_URL is unset.
 * Throws ConfigError naming the variable when the settings are unusable.
 */
export function registrySourceFromEnv(
  env: Record<string, string | undefined>,
): RegistrySource | null {
  const raw = env.PRATU_REGISTRY_URL?.trim();
  if (!raw) return null;
  const url = parseRegistryUrl(raw);
  const token = env.PRATU_REGISTRY_TOKEN?.trim() ?? '';
  if (!token) {
    throw new ConfigError('PRATU_REGISTRY_TOKEN', 'must be set when PRATU_REGISTRY_URL is set');
  }
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const rawTimeout = env.PRATU_REGISTRY_TIMEOUT_MS?.trim();
  if (rawTimeout) {
    timeoutMs = /^\d+$/.test(rawTimeout) ? Number(rawTimeout) : Number.NaN;
    if (!(timeoutMs >= 100 && timeoutMs <= 60_000)) {
      throw new ConfigError(
        'PRATU_REGISTRY_TIMEOUT_MS',
        `must be a whole number of milliseconds from 100 to 60000, got "${rawTimeout}"`,
      );
    }
  }
  return createHttpRegistrySource({ url: url.href, token, timeoutMs });
}

function unavailable(detail: string, cause?: unknown): DomainError {
  return new DomainError('registry.unavailable', {
    status: 503,
    params: { detail },
    cause: cause ?? new Error(detail),
  });
}

export function createHttpRegistrySource(options: HttpRegistryOptions): RegistrySource {
  const base = parseRegistryUrl(options.url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;

  async function getJson(path: string): Promise<unknown | null> {
    const url = new URL(path, base);
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError';
      throw unavailable(timedOut ? `no answer within ${timeoutMs} ms` : 'cannot connect', error);
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw unavailable(`HTTP ${response.status}`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      await response.body?.cancel();
      throw unavailable(`unexpected content type "${type}"`);
    }
    const text = await readLimited(response, timeoutMs);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw unavailable('malformed JSON', error);
    }
  }

  return {
    async findPerson(citizenId) {
      if (!isValidCitizenId(citizenId)) return null;
      const body = await getJson(`people/${citizenId}`);
      if (body === null) return null;
      const person = toPerson(body);
      if (!person) throw unavailable('a person record Pratu cannot read');
      if (person.citizenId !== citizenId) throw unavailable('the record of another person');
      return person;
    },
    async listResidences(citizenId) {
      if (!isValidCitizenId(citizenId)) return [];
      const body = await getJson(`people/${citizenId}/residences`);
      if (body === null) return [];
      const list = (body as { residences?: unknown }).residences;
      if (!Array.isArray(list)) throw unavailable('a residence list Pratu cannot read');
      const out: ResidenceRecord[] = [];
      for (const item of list) {
        const r = toResidence(item);
        if (!r) throw unavailable('a residence Pratu cannot read');
        out.push(r);
      }
      return out.sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
    },
  };
}

async function readLimited(response: Response, timeoutMs: number): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw unavailable('answer too large');
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_RESPONSE_BYTES) {
        await reader.cancel();
        throw unavailable('answer too large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unavailable(`answer cut off or slower than ${timeoutMs} ms`, error);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

// ---- translation of the wire format into RegistryPerson; null for anything out of shape ----

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 200): v is string =>
  typeof v === 'string' && v.length <= max && !CONTROL_RE.test(v);
const optStr = (v: unknown): string | null | undefined =>
  v === null || v === undefined ? null : str(v) ? v : undefined;

function text(v: unknown, requireThai: boolean): Text | null {
  if (!isObject(v)) return null;
  const th = v.th ?? '';
  const en = v.en ?? '';
  if (!str(th) || !str(en) || (requireThai && th.length === 0)) return null;
  return { th, en };
}

function isoDate(v: unknown): string | null {
  return typeof v === 'string' && parseIsoDate(v) ? v : null;
}

function toAddress(v: unknown): RegistryAddress | null {
  if (!isObject(v)) return null;
  const { house_id, house_no, moo, subdistrict, district, province, postal_code } = v;
  const soi = optStr(v.soi);
  const road = optStr(v.road);
  if (
    typeof house_id !== 'string' ||
    !isValidHouseId(house_id) ||
    !str(house_no) ||
    !str(subdistrict) ||
    !str(district) ||
    !str(province) ||
    typeof postal_code !== 'string' ||
    !/^\d{5}$/.test(postal_code) ||
    soi === undefined ||
    road === undefined ||
    !(
      moo === null ||
      moo === undefined ||
      (Number.isInteger(moo) && (moo as number) >= 1 && (moo as number) <= 99)
    )
  ) {
    return null;
  }
  const parts = {
    houseId: house_id,
    houseNo: house_no,
    moo: (moo as number | null | undefined) ?? null,
    soi,
    road,
    subdistrict,
    district,
    province,
    postalCode: postal_code,
  };
  return { ...parts, formatted: formatAddress(parts) };
}

function toCard(v: unknown): RegistryCard | null {
  if (!isObject(v)) return null;
  const laser = typeof v.laser_code === 'string' ? normalizeLaserCode(v.laser_code) : null;
  const issuedOn = isoDate(v.issued_on);
  const expiresOn =
    v.expires_on === null || v.expires_on === undefined ? null : isoDate(v.expires_on);
  const status = v.status;
  if (
    !str(v.card_number, 32) ||
    !laser ||
    !issuedOn ||
    (v.expires_on !== null && v.expires_on !== undefined && !expiresOn) ||
    (status !== 'active' && status !== 'expired' && status !== 'revoked')
  ) {
    return null;
  }
  return { cardNumber: v.card_number, laserCode: laser, issuedOn, expiresOn, status };
}

/** The wire person (docs/registry.md) as a RegistryPerson, or null when it is out of shape. */
export function toPerson(v: unknown): RegistryPerson | null {
  if (!isObject(v)) return null;
  const title = text(v.title, true);
  const givenName = text(v.given_name, true);
  const familyName = text(v.family_name, true);
  const middleName =
    v.middle_name === null || v.middle_name === undefined ? null : text(v.middle_name, true);
  const address = v.address === null || v.address === undefined ? null : toAddress(v.address);
  const card = v.card === null || v.card === undefined ? null : toCard(v.card);
  const photoRef = optStr(v.photo_ref);
  if (
    typeof v.citizen_id !== 'string' ||
    !isValidCitizenId(v.citizen_id) ||
    !title ||
    !givenName ||
    !familyName ||
    (v.middle_name != null && !middleName) ||
    typeof v.birth_date !== 'string' ||
    !parsePartialDate(v.birth_date) ||
    (v.gender !== 'male' && v.gender !== 'female' && v.gender !== 'other') ||
    typeof v.nationality !== 'string' ||
    !/^[A-Z]{3}$/.test(v.nationality) ||
    (v.status !== 'alive' && v.status !== 'deceased') ||
    (v.address != null && !address) ||
    (v.card != null && !card) ||
    photoRef === undefined ||
    (v.demo !== undefined && typeof v.demo !== 'boolean')
  ) {
    return null;
  }
  return {
    citizenId: v.citizen_id,
    title,
    givenName,
    middleName,
    familyName,
    birthDate: v.birth_date,
    gender: v.gender,
    nationality: v.nationality,
    alive: v.status === 'alive',
    demo: v.demo === true,
    address,
    card,
    photoRef,
  };
}

function toResidence(v: unknown): ResidenceRecord | null {
  if (!isObject(v)) return null;
  const address = toAddress(v.address);
  const since = isoDate(v.since);
  const until = v.until === null || v.until === undefined ? null : isoDate(v.until);
  if (
    !address ||
    !since ||
    (v.until != null && !until) ||
    (v.role !== 'owner' && v.role !== 'resident')
  ) {
    return null;
  }
  return { role: v.role, since, until, address };
}
