/**
 * Does the domain of an official address look like a real mail domain? Three published records
 * are checked, each a sign that the mail for the address is run properly:
 *  - MX (RFC 5321 §5.1): where mail for the domain goes; a "null MX" (one record, exchange ".",
 *    RFC 7505) says the domain accepts no mail at all;
 *  - SPF (RFC 7208 §4.5): one TXT record at the domain starting "v=spf1"; more than one is a
 *    permanent error for receivers;
 *  - DMARC (RFC 7489 §6.1, §6.6.3): a TXT record at `_dmarc.<domain>` starting "v=DMARC1", or
 *    else at `_dmarc.<organizational domain>` (for saraban@mail.x.go.th, x.go.th).
 * The result informs the officer and the registry officer; it does not decide anything alone.
 *
 * DNS goes through the `DnsResolver` adapter (STYLE.md 5): Node's resolver in production, with
 * servers from PRATU_DNS_SERVERS; tests point it at a DNS server on loopback.
 */

import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ConfigError } from '../../platform/config.ts';

export interface MxRecord {
  exchange: string;
  priority: number;
}

/** The two look-ups the check needs, in node:dns/promises' shapes. */
export interface DnsResolver {
  resolveMx(domain: string): Promise<MxRecord[]>;
  /** Each record as its character-strings (RFC 1035 §3.3.14), to be joined without spaces. */
  resolveTxt(domain: string): Promise<string[][]>;
}

export type CheckStatus = 'ok' | 'missing' | 'invalid' | 'error';

export interface DnsCheckResult {
  domain: string;
  checkedAt: string;
  /** False when DNS checks are switched off (PRATU_DNS_SERVERS=off): nothing was looked up. */
  performed: boolean;
  mx: { status: CheckStatus; hosts: string[]; detail?: string };
  spf: { status: CheckStatus; record?: string; detail?: string };
  dmarc: { status: CheckStatus; record?: string; policy?: string; at?: string; detail?: string };
  /** MX, SPF and DMARC all present and well-formed. */
  passed: boolean;
}

// Errors that mean "the answer is: no such record", as opposed to "no answer".
const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN', 'ENONAME']);

type Lookup<T> = { ok: true; value: T } | { ok: false; missing: boolean; detail: string };

async function lookup<T>(run: () => Promise<T>): Promise<Lookup<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return {
      ok: false,
      missing: NO_RECORD.has(code),
      detail: code || (error instanceof Error ? error.message : String(error)),
    };
  }
}

// Second-level domains under which registrants get third-level names (THNIC's .th policy).
const THAI_SECOND_LEVEL = new Set(['go', 'or', 'ac', 'co', 'in', 'mi', 'net']);

/** RFC 7489 §3.2 organizational domain, for the public suffixes a Thai administration uses. */
export function organizationalDomain(domain: string): string {
  const labels = domain.split('.');
  const n = labels.length;
  if (n >= 3 && labels[n - 1] === 'th' && THAI_SECOND_LEVEL.has(labels[n - 2] ?? '')) {
    return labels.slice(n - 3).join('.');
  }
  return labels.slice(Math.max(0, n - 2)).join('.');
}

function txtRecords(answer: string[][]): string[] {
  return answer.map((chunks) => chunks.join(''));
}

export async function checkDomainDns(
  resolver: DnsResolver | null,
  domain: string,
  now: Date = new Date(),
): Promise<DnsCheckResult> {
  const checkedAt = now.toISOString();
  if (!resolver) {
    const skipped = { status: 'error' as const, detail: 'dns checks are switched off' };
    return {
      domain,
      checkedAt,
      performed: false,
      mx: { ...skipped, hosts: [] },
      spf: skipped,
      dmarc: skipped,
      passed: false,
    };
  }
  const orgDomain = organizationalDomain(domain);
  const [mx, txt, dmarcAt] = await Promise.all([
    lookup(() => resolver.resolveMx(domain)),
    lookup(() => resolver.resolveTxt(domain)),
    lookup(() => resolver.resolveTxt(`_dmarc.${domain}`)),
  ]);

  let mxResult: DnsCheckResult['mx'];
  if (!mx.ok) mxResult = { status: mx.missing ? 'missing' : 'error', hosts: [], detail: mx.detail };
  else {
    const hosts = [...mx.value]
      .sort((a, b) => a.priority - b.priority)
      .map((r) => r.exchange.replace(/\.$/, ''));
    if (hosts.length === 0) mxResult = { status: 'missing', hosts };
    else if (hosts.length === 1 && hosts[0] === '') {
      mxResult = { status: 'invalid', hosts: [], detail: 'null MX (RFC 7505): accepts no mail' };
    } else mxResult = { status: 'ok', hosts };
  }

  let spfResult: DnsCheckResult['spf'];
  if (!txt.ok) spfResult = { status: txt.missing ? 'missing' : 'error', detail: txt.detail };
  else {
    const spf = txtRecords(txt.value).filter((r) => /^v=spf1(?:\s|$)/i.test(r));
    if (spf.length === 0) spfResult = { status: 'missing' };
    else if (spf.length > 1) {
      spfResult = {
        status: 'invalid',
        record: spf.join(' | '),
        detail: 'more than one SPF record (RFC 7208 §4.5 permerror)',
      };
    } else spfResult = { status: 'ok', record: spf[0] };
  }

  let dmarcLookup = dmarcAt;
  let dmarcName = `_dmarc.${domain}`;
  const noneHere =
    (!dmarcAt.ok && dmarcAt.missing) ||
    (dmarcAt.ok && !txtRecords(dmarcAt.value).some((r) => /^v=DMARC1\s*(;|$)/.test(r)));
  if (noneHere && orgDomain !== domain) {
    dmarcName = `_dmarc.${orgDomain}`;
    dmarcLookup = await lookup(() => resolver.resolveTxt(dmarcName));
  }
  let dmarcResult: DnsCheckResult['dmarc'];
  if (!dmarcLookup.ok) {
    dmarcResult = { status: dmarcLookup.missing ? 'missing' : 'error', detail: dmarcLookup.detail };
  } else {
    // RFC 7489 §6.4: the record must start with "v=DMARC1" (case-sensitive) and name a policy.
    const records = txtRecords(dmarcLookup.value).filter((r) => /^v=DMARC1\s*(;|$)/.test(r));
    const record = records[0];
    if (!record) dmarcResult = { status: 'missing' };
    else if (records.length > 1) {
      dmarcResult = { status: 'invalid', record, at: dmarcName, detail: 'more than one record' };
    } else {
      const policy = /(?:^|;)\s*p\s*=\s*([a-z]+)/i.exec(record)?.[1]?.toLowerCase();
      dmarcResult =
        policy && ['none', 'quarantine', 'reject'].includes(policy)
          ? { status: 'ok', record, policy, at: dmarcName }
          : { status: 'invalid', record, at: dmarcName, detail: 'no valid p= policy tag' };
    }
  }

  return {
    domain,
    checkedAt,
    performed: true,
    mx: mxResult,
    spf: spfResult,
    dmarc: dmarcResult,
    passed: mxResult.status === 'ok' && spfResult.status === 'ok' && dmarcResult.status === 'ok',
  };
}

export type DnsSetting =
  | { mode: 'off' }
  | { mode: 'system' }
  | { mode: 'servers'; servers: string[] };

/**
 * PRATU_DNS_SERVERS: `system` (the host's resolvers), `off` (no look-ups; the check says so), or
 * a comma-separated list of `ip`, `ip:port` or `[ipv6]:port`. Unset means `system`, except in
 * tests, which must never reach the internet and so default to `off`.
 */
export function readDnsSetting(raw: string | undefined, env: string): DnsSetting {
  const value = (raw ?? '').trim();
  if (value === '') return env === 'test' ? { mode: 'off' } : { mode: 'system' };
  if (value === 'off') return { mode: 'off' };
  if (value === 'system') return { mode: 'system' };
  const servers = value.split(',').map((s) => s.trim());
  for (const server of servers) {
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(server) ?? /^([^:]+)(?::(\d+))?$/.exec(server);
    const host = m?.[1] ?? server;
    const port = m?.[2] === undefined ? 53 : Number(m[2]);
    const plainV6 = isIP(server) === 6;
    if (!plainV6 && (!m || isIP(host) === 0 || port < 1 || port > 65535)) {
      throw new ConfigError(
        'PRATU_DNS_SERVERS',
        `must be "system", "off" or a comma-separated list of IP[:port], got "${server}"`,
      );
    }
  }
  return { mode: 'servers', servers };
}

/** Node's resolver (c-ares), bounded so a dead server cannot hold a request for long. */
export function createNodeResolver(
  setting: DnsSetting,
  options: { timeoutMs?: number } = {},
): DnsResolver | null {
  if (setting.mode === 'off') return null;
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 2000, tries: 2 });
  if (setting.mode === 'servers') resolver.setServers(setting.servers);
  return {
    resolveMx: (domain) => resolver.resolveMx(domain),
    resolveTxt: (domain) => resolver.resolveTxt(domain),
  };
}
