import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { pendingMigrations } from '../platform/db/migrations.ts';
import { formatNumber, isLang, type Lang, t } from '../platform/i18n/index.ts';
import { platformMigrations } from '../platform/migrations.ts';
import type { Command, CommandContext } from '../platform/module.ts';
import { type ImportProgress, type ImportResult, importRegistryCsv } from './import.ts';
import { registryMigrations } from './migrations.ts';
import { officesFromGeography } from './offices.ts';
import { placesFromGeography } from './records.ts';
import * as store from './store.ts';
import { MAX_PEOPLE, streamRegistryCsv } from './synthetic.ts';
import './messages.ts';

const DEFAULT_MAX_ERRORS = 20;
export const DEFAULT_SEED = 2568;

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: string[], valued: string[], booleans: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (booleans.includes(name)) flags.set(name, true);
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { positional, flags };
}

function intFlag(p: Parsed, name: string, fallback: number, min: number, max: number): number {
  const raw = p.flags.get(name);
  if (raw === undefined) return fallback;
  const value =
    typeof raw === 'string' && /^\d+$/.test(raw.replaceAll('_', ''))
      ? Number(raw.replaceAll('_', ''))
      : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function langFlag(p: Parsed): Lang {
  const raw = p.flags.get('lang') ?? 'th';
  if (!isLang(raw)) throw new UsageError('--lang must be th or en');
  return raw;
}

function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** `[██████░░░░]  60%  120,000 rows  41,000 rows/s`, redrawn at most five times a second. */
function progressBar(ctx: CommandContext, lang: Lang, total: (p: ImportProgress) => number) {
  const started = performance.now();
  let last = 0;
  const th = lang === 'th';
  return (p: ImportProgress) => {
    const now = performance.now();
    if (p.phase === 'reading' && now - last < 200) return;
    last = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const rate = formatNumber(Math.round(p.rows / seconds), lang);
    const rows = formatNumber(p.rows, lang);
    if (p.phase === 'reading') {
      const share = Math.min(1, total(p));
      const filled = Math.round(share * 24);
      const bar = `[${'█'.repeat(filled)}${'░'.repeat(24 - filled)}]`;
      const pct = `${String(Math.floor(share * 100)).padStart(3)}%`;
      ctx.progress(
        `${bar} ${pct}  ${rows} ${th ? 'แถว' : 'rows'}  ${rate} ${th ? 'แถว/วินาที' : 'rows/s'}`,
      );
    } else if (p.phase === 'checking') {
      ctx.progress(th ? `ตรวจสอบข้ามแถว ${rows} แถว…` : `Checking ${rows} rows across rows…`);
    } else if (p.phase === 'merging') {
      ctx.progress(th ? 'บันทึกลงทะเบียน…' : 'Merging into the registry…');
    }
  };
}

function printResult(ctx: CommandContext, lang: Lang, r: ImportResult, dryLabel: string): number {
  const th = lang === 'th';
  const n = (v: number) => formatNumber(v, lang);
  ctx.progress('');
  if (r.problemCount > 0) {
    ctx.out(
      r.ok
        ? th
          ? `ข้าม ${n(r.skipped)} แถวที่มีปัญหา:`
          : `Skipped ${n(r.skipped)} rows with problems:`
        : th
          ? `ไม่ได้นำเข้าข้อมูลใดเลย พบ ${n(r.problemCount)} ปัญหา:`
          : `Nothing was imported: ${n(r.problemCount)} problems found:`,
    );
    for (const p of r.problems) {
      const message = t(lang, p.code, p.params);
      ctx.out(`  ${t(lang, 'registry.import.line', { line: p.line, message })}`);
    }
    if (r.problemCount > r.problems.length) {
      ctx.out(
        `  ${t(lang, 'registry.import.more_problems', { count: n(r.problemCount - r.problems.length) })}`,
      );
    }
    if (!r.ok && !r.fatal) {
      ctx.out(
        th
          ? 'แก้ไขไฟล์แล้วนำเข้าใหม่ หรือใช้ --skip-invalid เพื่อนำเข้าเฉพาะแถวที่ถูกต้อง'
          : 'Fix the file and import it again, or use --skip-invalid to import only the valid rows.',
      );
    }
  }
  if (!r.ok || !r.counts) return 1;
  const c = r.counts;
  const rate = n(Math.round(r.rows / Math.max(r.seconds, 0.001)));
  ctx.out(
    th
      ? `${dryLabel}: ${n(r.imported)} แถว ใน ${r.seconds.toFixed(1)} วินาที (${rate} แถว/วินาที)${r.fastPath ? ' ทะเบียนว่าง: โหลดครั้งแรก' : ''}`
      : `${dryLabel}: ${n(r.imported)} rows in ${r.seconds.toFixed(1)} s (${rate} rows/s)${r.fastPath ? ', first load into an empty registry' : ''}`,
  );
  ctx.out(
    th
      ? `  บุคคล: ใหม่ ${n(c.people.inserted)} แก้ไข ${n(c.people.updated)} ไม่เปลี่ยน ${n(r.imported - c.people.inserted - c.people.updated)}`
      : `  people: ${n(c.people.inserted)} new, ${n(c.people.updated)} updated, ${n(r.imported - c.people.inserted - c.people.updated)} unchanged`,
  );
  ctx.out(
    th
      ? `  บ้าน: ใหม่ ${n(c.houses.inserted)} แก้ไข ${n(c.houses.updated)}`
      : `  houses: ${n(c.houses.inserted)} new, ${n(c.houses.updated)} updated`,
  );
  ctx.out(
    th
      ? `  การอยู่อาศัย: เริ่มใหม่หรือแก้ไข ${n(c.residences.opened)} ย้ายออก ${n(c.residences.closed)}`
      : `  residences: ${n(c.residences.opened)} opened or updated, ${n(c.residences.closed)} closed by a move`,
  );
  ctx.out(
    th
      ? `  บัตร: ใหม่หรือแก้ไข ${n(c.cards.written)} ยกเลิกบัตรเก่า ${n(c.cards.revoked)}`
      : `  cards: ${n(c.cards.written)} new or changed, ${n(c.cards.revoked)} older cards revoked`,
  );
  return 0;
}

async function requireSchema(ctx: CommandContext, lang: Lang): Promise<boolean> {
  // The import writes audit rows too, so the platform's migrations must have run as well.
  const needed = [...platformMigrations, ...registryMigrations];
  if ((await pendingMigrations(ctx.database.db, needed)).length === 0) return true;
  ctx.out(
    lang === 'th'
      ? 'ฐานข้อมูลยังไม่พร้อม: สั่ง pratu migrate ก่อน'
      : 'The database is not ready: run pratu migrate first',
  );
  return false;
}

function usageFailure(ctx: CommandContext, error: unknown, usage: string): number {
  if (!(error instanceof UsageError)) throw error;
  ctx.out(`${error.message}\n\nUsage: ${usage}`);
  return 2;
}

const importUsage = [
  'pratu import registry <file.csv> [--skip-invalid] [--max-errors N] [--lang th|en]',
  '  <file.csv>       UTF-8 CSV in the format of docs/registry-import.md',
  '  --skip-invalid   import the valid rows and report the others (default: any problem',
  '                   rejects the whole file and nothing changes)',
  `  --max-errors N   problems to list (default ${DEFAULT_MAX_ERRORS}; all are counted)`,
  '  --lang th|en     language of the report (default th)',
].join('\n');

const seedUsage = [
  'pratu seed registry --people N [--seed S] [--lang th|en]',
  '  --people N   synthetic people to generate (households, houses and ID cards with them)',
  `  --seed S     generator seed (default ${DEFAULT_SEED}); the same N and S give the same people`,
  '  --lang th|en language of the report (default th)',
].join('\n');

export function registryCommands(): Command[] {
  return [
    {
      name: 'import registry',
      summary: 'Import people, houses, residences and ID cards from a registry CSV file.',
      usage: importUsage,
      async run(args, ctx) {
        let parsed: Parsed;
        let lang: Lang;
        let maxErrors: number;
        try {
          parsed = parseArgs(args, ['max-errors', 'lang'], ['skip-invalid']);
          lang = langFlag(parsed);
          maxErrors = intFlag(parsed, 'max-errors', DEFAULT_MAX_ERRORS, 1, 100_000);
          if (parsed.positional.length !== 1) throw new UsageError('give exactly one CSV file');
        } catch (error) {
          return usageFailure(ctx, error, importUsage);
        }
        const file = parsed.positional[0]!;
        let size: number;
        try {
          const info = await stat(file);
          if (!info.isFile()) throw new Error('not a file');
          size = info.size;
        } catch {
          ctx.out(lang === 'th' ? `เปิดไฟล์ไม่ได้: ${file}` : `Cannot open the file: ${file}`);
          return 2;
        }
        if (!(await requireSchema(ctx, lang))) return 2;
        const result = await importRegistryCsv(
          ctx.database,
          createReadStream(file, { highWaterMark: 1 << 20 }),
          {
            demo: false,
            skipInvalid: parsed.flags.has('skip-invalid'),
            maxErrors,
            actor: actor(),
            source: file,
            onProgress: progressBar(ctx, lang, (p) => (size > 0 ? p.bytes / size : 1)),
          },
        );
        return printResult(ctx, lang, result, lang === 'th' ? 'นำเข้าแล้ว' : 'Imported');
      },
    },
    {
      name: 'seed registry',
      summary:
        'Load N synthetic Thai people with houses and ID cards (valid checksums); idempotent.',
      usage: seedUsage,
      async run(args, ctx) {
        let lang: Lang;
        let people: number;
        let seed: number;
        try {
          const parsed = parseArgs(args, ['people', 'seed', 'lang'], []);
          lang = langFlag(parsed);
          if (!parsed.flags.has('people')) throw new UsageError('--people N is required');
          people = intFlag(parsed, 'people', 0, 1, MAX_PEOPLE);
          seed = intFlag(parsed, 'seed', DEFAULT_SEED, 0, 2 ** 32 - 1);
          if (parsed.positional.length) throw new UsageError(`unexpected ${parsed.positional[0]}`);
        } catch (error) {
          return usageFailure(ctx, error, seedUsage);
        }
        if (!(await requireSchema(ctx, lang))) return 2;
        const result = await seedRegistry(ctx, { people, seed, lang });
        return printResult(ctx, lang, result, lang === 'th' ? 'สร้างข้อมูลสังเคราะห์แล้ว' : 'Seeded');
      },
    },
  ];
}

/** Generates N people as registry CSV and loads them through the import pipeline. */
export async function seedRegistry(
  ctx: Pick<CommandContext, 'database' | 'progress'> & Partial<CommandContext>,
  options: { people: number; seed: number; lang?: Lang },
): Promise<ImportResult> {
  const lang = options.lang ?? 'th';
  await store.upsertOffices(ctx.database.db, officesFromGeography());
  const csv = streamRegistryCsv(
    { count: options.people, seed: options.seed, places: placesFromGeography() },
    512,
  );
  return importRegistryCsv(ctx.database, csv, {
    demo: true,
    skipInvalid: false,
    maxErrors: DEFAULT_MAX_ERRORS,
    actor: actor(),
    source: `seed people=${options.people} seed=${options.seed}`,
    onProgress: progressBar(ctx as CommandContext, lang, (p) => p.rows / options.people),
  });
}
