import { describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n/index.ts';
import {
  checkOfficialAddress,
  domainOf,
  isWithinDomain,
  normalizeAddress,
} from './address-rules.ts';

const rules = (address: string, registeredDomain?: string | null) =>
  checkOfficialAddress(address, { registeredDomain }).map((v) => v.rule);

describe('checkOfficialAddress', () => {
  it('accepts saraban addresses on .go.th and on the registered domain', () => {
    expect(rules('saraban@chiangkhan.go.th')).toEqual([]);
    expect(rules('saraban.kongchang@chiangkhan.go.th')).toEqual([]);
    expect(rules('saraban_4420006@dla.go.th')).toEqual([]);
    expect(rules('saraban-office@mail.chiangkhan.go.th')).toEqual([]);
    // A registered domain outside .go.th (and its sub-domains) is the administration's own.
    expect(rules('saraban@example-city.or.th', 'example-city.or.th')).toEqual([]);
    expect(rules('saraban@mail.example-city.or.th', 'example-city.or.th')).toEqual([]);
  });

  it('requires the local part to begin with saraban (Regulation No. 4 B.E. 2564)', () => {
    expect(rules('info@chiangkhan.go.th')).toEqual(['email.address_not_saraban']);
    expect(rules('info.saraban@chiangkhan.go.th')).toEqual(['email.address_not_saraban']);
    expect(rules('sarabun@chiangkhan.go.th')).toEqual(['email.address_not_saraban']);
    const [v] = checkOfficialAddress('info@chiangkhan.go.th');
    expect(t('th', v!.rule, v!.params)).toContain('saraban@chiangkhan.go.th');
    expect(t('th', v!.rule, v!.params)).toContain('ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ');
    expect(t('en', v!.rule, v!.params)).toContain('Correspondence Regulation (No. 4) B.E. 2564');
  });

  it('refuses free webmail by name, and other domains as not the government', () => {
    expect(rules('saraban@gmail.com')).toEqual(['email.domain_free_webmail']);
    expect(rules('saraban.chiangkhan@hotmail.co.th')).toEqual(['email.domain_free_webmail']);
    expect(rules('saraban@outlook.com')).toEqual(['email.domain_free_webmail']);
    expect(rules('saraban@yahoo.com')).toEqual(['email.domain_free_webmail']);
    // Even if the directory somehow listed a webmail domain as the administration's own.
    expect(rules('saraban@gmail.com', 'gmail.com')).toEqual(['email.domain_free_webmail']);
    expect(rules('saraban@chiangkhan.com')).toEqual(['email.domain_not_government']);
    expect(rules('saraban@chiangkhan.go.th.evil.com')).toEqual(['email.domain_not_government']);
    expect(rules('saraban@other.or.th', 'example-city.or.th')).toEqual([
      'email.domain_not_government',
    ]);
    const [v] = checkOfficialAddress('saraban@gmail.com');
    expect(t('th', v!.rule, v!.params)).toContain('gmail.com');
  });

  it('reports every broken rule at once', () => {
    expect(rules('Info@Gmail.com')).toEqual([
      'email.address_not_lower_case',
      'email.address_not_saraban',
      'email.domain_free_webmail',
    ]);
    const [lower] = checkOfficialAddress('Saraban@ChiangKhan.go.th');
    expect(lower?.params.suggestion).toBe('saraban@chiangkhan.go.th');
  });

  it('checks the RFC 5321 syntax and size limits', () => {
    expect(rules('')).toEqual(['email.address_required']);
    expect(rules('saraban')).toEqual(['email.address_syntax']);
    expect(rules('saraban@')).toEqual(['email.address_syntax']);
    expect(rules('@chiangkhan.go.th')).toEqual(['email.address_syntax']);
    expect(rules('sara ban@chiangkhan.go.th')).toEqual(['email.address_syntax']);
    expect(rules('saraban@@chiangkhan.go.th')).toEqual(['email.address_syntax']);
    expect(rules('"saraban"@chiangkhan.go.th')).toEqual([
      'email.local_part_invalid',
      'email.address_not_saraban',
    ]);
    expect(rules('saraban..x@chiangkhan.go.th')).toEqual(['email.local_part_invalid']);
    expect(rules('saraban.@chiangkhan.go.th')).toEqual(['email.local_part_invalid']);
    expect(rules('สารบรรณ@chiangkhan.go.th')).toEqual(['email.address_not_ascii']);
    expect(rules('saraban@เชียงคาน.go.th')).toEqual(['email.address_not_ascii']);
    expect(rules('saraban@chiangkhan')).toEqual(['email.domain_invalid']);
    expect(rules('saraban@-chiangkhan.go.th')).toEqual(['email.domain_invalid']);
    expect(rules('saraban@chiang_khan.go.th')).toEqual(['email.domain_invalid']);
    expect(rules('saraban@192.168.1.1')).toEqual(['email.domain_invalid']);
    expect(rules('saraban@[192.168.1.1]')).toEqual(['email.domain_invalid']);
    // Local part: 64 octets is the limit (RFC 5321 §4.5.3.1.1).
    expect(rules(`saraban${'x'.repeat(57)}@chiangkhan.go.th`)).toEqual([]);
    expect(rules(`saraban${'x'.repeat(58)}@chiangkhan.go.th`)).toEqual([
      'email.local_part_too_long',
    ]);
    // A label is at most 63 octets; the whole address at most 254 (§4.5.3.1.3 path of 256).
    expect(rules(`saraban@${'a'.repeat(63)}.go.th`)).toEqual([]);
    expect(rules(`saraban@${'a'.repeat(64)}.go.th`)).toEqual(['email.domain_invalid']);
    const longDomain = `${Array.from({ length: 4 }, () => 'a'.repeat(60)).join('.')}.go.th`;
    expect(rules(`saraban@${longDomain}`)).toEqual(['email.address_too_long']);
  });

  it('gives every rule a message in Thai and English', () => {
    for (const address of ['', 'x', 'Saraban@x.go.th', 'info@gmail.com', 'saraban@x.com']) {
      for (const v of checkOfficialAddress(address)) {
        expect(t('th', v.rule, v.params)).not.toBe(v.rule);
        expect(t('en', v.rule, v.params)).not.toBe(v.rule);
        expect(t('en', v.rule, v.params)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('address helpers', () => {
  it('normalizes, splits and compares domains', () => {
    expect(normalizeAddress('  Saraban@ChiangKhan.GO.TH ')).toBe('saraban@chiangkhan.go.th');
    expect(domainOf('saraban@mail.chiangkhan.go.th')).toBe('mail.chiangkhan.go.th');
    expect(isWithinDomain('mail.chiangkhan.go.th', 'chiangkhan.go.th')).toBe(true);
    expect(isWithinDomain('chiangkhan.go.th', 'chiangkhan.go.th')).toBe(true);
    expect(isWithinDomain('notchiangkhan.go.th', 'chiangkhan.go.th')).toBe(false);
  });
});
