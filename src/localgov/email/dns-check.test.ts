import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../platform/config.ts';
import {
  checkDomainDns,
  createNodeResolver,
  type DnsResolver,
  organizationalDomain,
  readDnsSetting,
} from './dns-check.ts';
import { type DnsZoneServer, startDnsZoneServer } from './dns-zone-server.ts';

// Real DNS over UDP to a server on loopback, through Node's own resolver: the adapter used in
// production, pointed at a zone the test controls. Never the internet.
describe('checkDomainDns against a loopback DNS server', () => {
  let dns: DnsZoneServer;
  let resolver: DnsResolver;
  beforeAll(async () => {
    dns = await startDnsZoneServer();
    dns.addMailDomain('goodcity.go.th');
    dns.zone.set('nomail.go.th', { mx: [{ exchange: '', priority: 0 }], txt: [['v=spf1 -all']] });
    dns.zone.set('twospf.go.th', {
      mx: [
        { exchange: 'mx2.twospf.go.th', priority: 20 },
        { exchange: 'mx1.twospf.go.th', priority: 10 },
      ],
      txt: [['v=spf1 mx -all'], ['v=spf1 a -all'], ['google-site-verification=abc']],
    });
    dns.zone.set('_dmarc.twospf.go.th', { txt: [['v=DMARC1; rua=mailto:x@twospf.go.th']] });
    dns.zone.set('bare.go.th', { txt: [['some other text']] });
    // A sub-domain without its own DMARC record falls back to its organizational domain.
    dns.zone.set('mail.goodcity.go.th', {
      mx: [{ exchange: 'mx.goodcity.go.th', priority: 5 }],
      txt: [['v=spf1 ', 'include:goodcity.go.th -all']],
    });
    resolver = createNodeResolver(readDnsSetting(dns.address, 'test'), { timeoutMs: 1000 })!;
  });
  afterAll(async () => {
    await dns?.stop();
  });

  it('finds MX, SPF and DMARC of a well-run domain', async () => {
    const result = await checkDomainDns(resolver, 'goodcity.go.th');
    expect(result).toMatchObject({
      performed: true,
      passed: true,
      mx: { status: 'ok', hosts: ['mail.goodcity.go.th'] },
      spf: { status: 'ok', record: 'v=spf1 mx -all' },
      dmarc: { status: 'ok', policy: 'reject', at: '_dmarc.goodcity.go.th' },
    });
    // A TXT record split into character-strings is joined without spaces (RFC 7208 §3.3).
    expect(result.dmarc.record).toBe('v=DMARC1; p=reject; rua=mailto:dmarc@goodcity.go.th');
  });

  it('uses the organizational domain for DMARC of a sub-domain', async () => {
    const result = await checkDomainDns(resolver, 'mail.goodcity.go.th');
    expect(result.spf).toMatchObject({
      status: 'ok',
      record: 'v=spf1 include:goodcity.go.th -all',
    });
    expect(result.dmarc).toMatchObject({ status: 'ok', at: '_dmarc.goodcity.go.th' });
    expect(result.passed).toBe(true);
  });

  it('reports what is missing or wrong, record by record', async () => {
    const missing = await checkDomainDns(resolver, 'nowhere.go.th');
    expect(missing).toMatchObject({
      passed: false,
      mx: { status: 'missing' },
      spf: { status: 'missing' },
      dmarc: { status: 'missing' },
    });
    const nullMx = await checkDomainDns(resolver, 'nomail.go.th');
    expect(nullMx.mx.status).toBe('invalid');
    expect(nullMx.spf.status).toBe('ok');
    const two = await checkDomainDns(resolver, 'twospf.go.th');
    expect(two.mx.hosts).toEqual(['mx1.twospf.go.th', 'mx2.twospf.go.th']);
    expect(two.spf.status).toBe('invalid');
    expect(two.dmarc.status).toBe('invalid');
    const bare = await checkDomainDns(resolver, 'bare.go.th');
    expect(bare.mx.status).toBe('missing');
    expect(bare.spf.status).toBe('missing');
  });

  it('says it could not check when the server does not answer, and when checks are off', async () => {
    // A loopback port nobody listens on: the resolver gives up instead of hanging.
    const dead = createNodeResolver(readDnsSetting('127.0.0.1:9', 'test'), { timeoutMs: 300 })!;
    const result = await checkDomainDns(dead, 'goodcity.go.th');
    expect(result.performed).toBe(true);
    expect(result.mx.status).toBe('error');
    expect(result.passed).toBe(false);
    const off = await checkDomainDns(null, 'goodcity.go.th');
    expect(off).toMatchObject({ performed: false, passed: false });
  });
});

describe('DNS settings', () => {
  it('reads PRATU_DNS_SERVERS and never defaults to the internet in tests', () => {
    expect(readDnsSetting(undefined, 'test')).toEqual({ mode: 'off' });
    expect(readDnsSetting(undefined, 'production')).toEqual({ mode: 'system' });
    expect(readDnsSetting('off', 'production')).toEqual({ mode: 'off' });
    expect(readDnsSetting('127.0.0.1:5353, 10.0.0.2', 'production')).toEqual({
      mode: 'servers',
      servers: ['127.0.0.1:5353', '10.0.0.2'],
    });
    expect(readDnsSetting('[::1]:53,::1', 'test')).toMatchObject({ mode: 'servers' });
    expect(() => readDnsSetting('dns.example', 'test')).toThrow(ConfigError);
    expect(() => readDnsSetting('127.0.0.1:99999', 'test')).toThrow(/PRATU_DNS_SERVERS/);
    expect(createNodeResolver({ mode: 'off' })).toBeNull();
  });

  it('knows the organizational domains of Thai second-level names', () => {
    expect(organizationalDomain('mail.chiangkhan.go.th')).toBe('chiangkhan.go.th');
    expect(organizationalDomain('chiangkhan.go.th')).toBe('chiangkhan.go.th');
    expect(organizationalDomain('a.b.example.com')).toBe('example.com');
  });
});
