import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { listAudit } from '../platform/audit.ts';
import type { ImportOptions } from './import.ts';
import { placesFromGeography } from './records.ts';
import {
  type Place,
  REGISTRY_CSV_COLUMNS,
  REGISTRY_CSV_HEADER,
  streamRegistryCsv,
} from './synthetic.ts';

// A fresh seed per run: on the shared PostgreSQL of the test suite, every run imports people no
// earlier run imported.
const SEED = randomInt(1, 2 ** 31);
const N = 3000;

function generated(count = N, seed = SEED, places?: Place[]): string[] {
  return [...streamRegistryCsv({ count, seed, places })].join('').split('\r\n').slice(1, -1);
}

function csv(rows: string[]): string {
  return `${REGISTRY_CSV_HEADER}\r\n${rows.join('\r\n')}\r\n`;
}

function setField(row: string, column: (typeof REGISTRY_CSV_COLUMNS)[number], value: string) {
  const fields = row.split(',');
  fields[REGISTRY_CSV_COLUMNS.indexOf(column)] = value;
  return fields.join(',');
}

function field(row: string, column: (typeof REGISTRY_CSV_COLUMNS)[number]): string {
  return row.split(',')[REGISTRY_CSV_COLUMNS.indexOf(column)]!;
}

describe('registry import', () => {
  let t: TestApp;
  let dir: string;
  const rows = generated();
  const options: ImportOptions = {
    demo: false,
    skipInvalid: false,
    maxErrors: 20,
    actor: 'cli:test',
    source: 'people.csv',
  };
  const run = (text: string | Uint8Array, extra: Partial<ImportOptions> = {}) =>
    t.app.registry.importCsv([text] as Iterable<string>, { ...options, ...extra });
  // How many of these rows' people the registry holds. Not a count of the whole table: other
  // test files import into the shared PostgreSQL at the same time.
  const held = async (lines: string[]) =>
    (await Promise.all(lines.map((l) => t.app.registry.findPerson(field(l, 'citizen_id'))))).filter(
      Boolean,
    ).length;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'pratu-registry-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.stop();
  });

  it('rejects a repeated citizen ID with both lines and imports nothing', async () => {
    const dup = setField(rows[40]!, 'citizen_id', field(rows[10]!, 'citizen_id'));
    const text = csv([...rows.slice(0, 40), dup, ...rows.slice(41, 100)]);
    const r = await run(text);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      expect.objectContaining({
        line: 12,
        code: 'registry.import.duplicate_citizen_id',
        params: expect.objectContaining({ lines: '42' }),
      }),
    ]);
    expect(await held(rows.slice(0, 100))).toBe(0);
  });

  it('imports a generated file, with the empty-registry fast path on a new database', async () => {
    const r = await run(csv(rows));
    expect(r).toMatchObject({ ok: true, rows: N, imported: N, skipped: 0, problemCount: 0 });
    if (t.app.database.kind === 'pglite') expect(r.fastPath).toBe(true);
    expect(r.counts!.people.inserted + r.counts!.people.updated).toBe(N);
    const first = rows[0]!;
    const person = await t.app.registry.findPerson(field(first, 'citizen_id'));
    expect(person).toMatchObject({
      givenName: { th: field(first, 'given_name_th'), en: field(first, 'given_name_en') },
      birthDate: field(first, 'birth_date'),
      demo: false,
      address: { houseId: field(first, 'house_id') },
    });
    if (field(first, 'card_number')) {
      expect(person?.card?.laserCode).toBe(field(first, 'laser_code'));
    }
    const audit = await listAudit(t.app.db, { actor: 'cli:test', limit: 5 });
    expect(audit.find((a) => a.action === 'registry.imported')?.details).toMatchObject({
      source: 'people.csv',
      rows: N,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const r = await run(csv(rows));
    expect(r.ok).toBe(true);
    expect(r.fastPath).toBe(false);
    expect(r.counts).toEqual({
      people: { inserted: 0, updated: 0 },
      houses: { inserted: 0, updated: 0 },
      residences: { opened: 0, closed: 0 },
      cards: { written: 0, revoked: 0 },
    });
  });

  it('updates a changed row', async () => {
    const changed = setField(rows[5]!, 'family_name_en', 'Changedname');
    const r = await run(csv([changed, rows[6]!]));
    expect(r.counts?.people).toEqual({ inserted: 0, updated: 1 });
    const p = await t.app.registry.findPerson(field(changed, 'citizen_id'));
    expect(p?.familyName.en).toBe('Changedname');
  });

  it('moves a person: the old residence ends the day the new one starts', async () => {
    const mover = rows[7]!;
    const target = rows.find((r) => field(r, 'house_id') !== field(mover, 'house_id'))!;
    const houseColumns = REGISTRY_CSV_COLUMNS.slice(
      REGISTRY_CSV_COLUMNS.indexOf('house_id'),
      REGISTRY_CSV_COLUMNS.indexOf('registration_office') + 1,
    );
    let moved = mover;
    for (const c of houseColumns) moved = setField(moved, c, field(target, c));
    moved = setField(moved, 'resident_since', '2025-03-01');
    moved = setField(moved, 'residence_role', 'resident');
    const r = await run(csv([moved]), { today: '2025-06-01' });
    expect(r.counts?.residences).toEqual({ opened: 1, closed: 1 });
    const cid = field(mover, 'citizen_id');
    const history = await t.app.registry.listResidences(cid);
    expect(history.map((h) => [h.address.houseId, h.since, h.until])).toEqual([
      [field(target, 'house_id'), '2025-03-01', null],
      [field(mover, 'house_id'), field(mover, 'resident_since'), '2025-03-01'],
    ]);
    expect((await t.app.registry.findPerson(cid))?.address?.houseId).toBe(
      field(target, 'house_id'),
    );

    // Importing the older file again would move the person back in time: refused.
    const stale = await run(csv([rows[6]!, mover]));
    expect(stale.ok).toBe(false);
    expect(stale.problems).toMatchObject([
      {
        line: 3,
        code: 'registry.import.residence_not_newer',
        params: { current: '2025-03-01' },
      },
    ]);
    expect((await t.app.registry.findPerson(cid))?.address?.houseId).toBe(
      field(target, 'house_id'),
    );
  });

  it('reports broken rows by line and changes nothing', async () => {
    const fresh = generated(6, SEED + 1);
    const cid = field(fresh[0]!, 'citizen_id');
    const badChecksum = setField(
      fresh[1]!,
      'citizen_id',
      cid.slice(0, 12) + String((Number(cid[12]) + 1) % 10),
    );
    const badDate = setField(fresh[2]!, 'birth_date', '1990-02-30');
    const extraColumn = `${fresh[3]!},surplus`;
    const r = await run(csv([fresh[0]!, badChecksum, badDate, extraColumn, fresh[4]!]));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'registry.import.citizen_id_checksum'],
      [4, 'registry.import.birth_date_invalid'],
      [5, 'registry.import.column_count'],
    ]);
    expect(await held(fresh)).toBe(0);

    const missingColumn = await run(
      `${REGISTRY_CSV_COLUMNS.filter((c) => c !== 'status').join(',')}\r\n${fresh[0]}\r\n`,
    );
    expect(missingColumn).toMatchObject({ ok: false, fatal: true });
    expect(missingColumn.problems[0]).toMatchObject({
      line: 1,
      code: 'registry.import.header_missing',
      params: { columns: 'status' },
    });

    const quoted = setField(fresh[1]!, 'given_name_th', 'bro"ken');
    const badQuoting = await run(csv([fresh[0]!, quoted, fresh[2]!]));
    expect(badQuoting).toMatchObject({ ok: false, fatal: true });
    expect(badQuoting.problems).toMatchObject([
      { line: 3, code: 'registry.import.syntax.quote_in_unquoted_field' },
    ]);

    const unclosed = await run(csv([fresh[0]!, setField(fresh[1]!, 'soi', '"open')]));
    expect(unclosed.problems).toMatchObject([
      { line: 3, code: 'registry.import.syntax.unclosed_quote' },
    ]);

    // TIS-620, the old Thai code page: ก is 0xA1, not valid UTF-8.
    const tis = Buffer.concat([
      Buffer.from(`${REGISTRY_CSV_HEADER}\r\n${fresh[0]}\r\n`),
      Buffer.from([0xa1, 0x2c, 0x0d, 0x0a]),
    ]);
    const notUtf8 = await run(new Uint8Array(tis));
    expect(notUtf8.problems).toMatchObject([{ line: 3, code: 'registry.import.not_utf8' }]);

    expect(await held(fresh)).toBe(0);
  });

  it('with skipInvalid imports the valid rows and lists the others', async () => {
    const fresh = generated(5, SEED + 2);
    const bad = setField(fresh[1]!, 'gender', 'unknown');
    const dup = setField(fresh[3]!, 'citizen_id', field(fresh[2]!, 'citizen_id'));
    const r = await run(csv([fresh[0]!, bad, fresh[2]!, dup, fresh[4]!]), { skipInvalid: true });
    expect(r.ok).toBe(true);
    expect(r.skipped).toBe(3);
    expect(r.imported).toBe(2);
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'registry.import.not_allowed'],
      [4, 'registry.import.duplicate_citizen_id'],
    ]);
    expect(await t.app.registry.findPerson(field(fresh[0]!, 'citizen_id'))).not.toBeNull();
    expect(await t.app.registry.findPerson(field(fresh[2]!, 'citizen_id'))).toBeNull();
  });

  it('seeds N synthetic people idempotently for the same N and seed', async () => {
    const seed = SEED + 3;
    const first = await t.app.registry.seedPeople(300, seed);
    expect(first).toMatchObject({ ok: true, imported: 300 });
    expect(first.counts!.people.inserted + first.counts!.people.updated).toBe(300);
    const again = await t.app.registry.seedPeople(300, seed);
    expect(again.counts?.people).toEqual({ inserted: 0, updated: 0 });
    expect(again.counts?.cards).toEqual({ written: 0, revoked: 0 });
    const [one] = generated(1, seed, placesFromGeography());
    expect(await t.app.registry.findPerson(field(one!, 'citizen_id'))).toMatchObject({
      demo: true,
    });
    expect(await t.app.registry.countOffices()).toBeGreaterThanOrEqual(928);
  });

  it('pratu import registry prints the problems with their lines', async () => {
    const command = t.app.registry.module.commands!.find((c) => c.name === 'import registry')!;
    // A person with a card: for one without (a child, a foreign national) the issue date would
    // be refused for another reason.
    const [first, ...rest] = generated(20, SEED + 4);
    const carded = rest.find((row) => field(row, 'card_number') !== '')!;
    const file = join(dir, 'broken.csv');
    writeFileSync(file, csv([first!, setField(carded, 'card_issued', '2020-02-31')]));
    const lines: string[] = [];
    const ctx = {
      config: t.app.config,
      database: t.app.database,
      out: (l: string) => lines.push(l),
      progress: () => {},
    };
    expect(await command.run([file, '--lang', 'en'], ctx)).toBe(1);
    expect(lines.join('\n')).toContain('line 3: card_issued is not a real date: "2020-02-31"');
    expect(lines.join('\n')).toContain('Nothing was imported');

    lines.length = 0;
    expect(await command.run([file], ctx)).toBe(1);
    expect(lines.join('\n')).toContain('บรรทัด 3:');

    writeFileSync(file, csv([first!, ...rest.slice(0, 2)]));
    lines.length = 0;
    expect(await command.run([file, '--lang', 'en'], ctx)).toBe(0);
    expect(lines.join('\n')).toMatch(/Imported: 3 rows/);
    expect(await command.run(['--bogus'], ctx)).toBe(2);
  });
});
