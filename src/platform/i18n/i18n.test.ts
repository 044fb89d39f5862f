import { describe, expect, it } from 'vitest';
import { buddhistYear, defineMessages, formatDate, t } from './index.ts';

describe('i18n', () => {
  defineMessages({ 'test.hello': { th: 'สวัสดี {name}', en: 'Hello {name}' } });

  it('fills placeholders in both languages', () => {
    expect(t('th', 'test.hello', { name: 'สมชาย' })).toBe('สวัสดี สมชาย');
    expect(t('en', 'test.hello', { name: 'Somchai' })).toBe('Hello Somchai');
  });

  it('refuses a key defined twice with different text', () => {
    expect(() => defineMessages({ 'test.hello': { th: 'อื่น', en: 'Other' } })).toThrow();
  });

  it('shows Thai dates in the Buddhist era', () => {
    expect(formatDate('2024-10-01', 'th')).toContain('2567');
    expect(formatDate('2024-10-01', 'th')).toContain('ตุลาคม');
    expect(formatDate('2024-10-01', 'en')).toBe('1 October 2024');
    expect(formatDate('2024-10-01', 'en', { era: 'BE' })).toBe('1 October B.E. 2567');
    expect(buddhistYear(new Date('2024-12-31T20:00:00Z'))).toBe(2568); // already 2025 in Bangkok
  });
});
