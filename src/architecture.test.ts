import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of ARCHITECTURE.md that a linter cannot see: a module's index.ts is its only
 * door, and platform/ knows no domain module. Fails with the offending file and import.
 */
const srcDir = fileURLToPath(new URL('.', import.meta.url));
const domainModules = [
  'registry',
  'orgs',
  'identity',
  'services',
  'documents',
  'payments',
  'kiosk',
  'localgov',
  'opendata',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    const spec = m[1] ?? m[2];
    if (spec?.startsWith('.')) found.push(spec);
  }
  return found;
}

function moduleOf(path: string): string | null {
  const rel = relative(srcDir, path).split(sep);
  return rel.length > 1 ? (rel[0] ?? null) : null;
}

function findViolations(): string[] {
  const violations: string[] = [];
  for (const file of sourceFiles(srcDir)) {
    const from = moduleOf(file);
    for (const spec of importsOf(file)) {
      const target = join(file, '..', spec);
      const to = moduleOf(target);
      const rel = relative(srcDir, file);
      if (from === 'platform' && to && domainModules.includes(to)) {
        violations.push(`${rel}: platform/ must not import the domain module ${to} (${spec})`);
      }
      if (to && from !== to && domainModules.includes(to)) {
        const inside = relative(join(srcDir, to), target);
        if (!/^index\.tsx?$/.test(inside)) {
          violations.push(`${rel}: imports ${to}'s internals (${spec}); use ${to}/index.ts`);
        }
      }
    }
  }
  return violations;
}

describe('module boundaries', () => {
  it('every cross-module import goes through index.ts and platform stays domain-free', () => {
    expect(findViolations()).toEqual([]);
  });

  it('would catch a reach into another module', () => {
    expect(moduleOf(join(srcDir, 'identity', 'store.ts'))).toBe('identity');
    expect(relative(join(srcDir, 'orgs'), join(srcDir, 'orgs', 'store.ts'))).not.toMatch(/^index/);
  });
});
