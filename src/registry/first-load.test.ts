import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { listAudit } from '../platform/audit.ts';
import { ByteLane, LINE, STEP } from './byte-lane.ts';
import type { ImportOptions } from './import.ts';
import {
  createLoadTables,
  dropLoadSchema,
  LOAD_COLUMNS,
  LOAD_TABLES,
  loadSchemaName,
} from './store-import.ts';
import { REGISTRY_CSV_COLUMNS, REGISTRY_CSV_HEADER, streamRegistryCsv } from './synthetic.ts';

// The first load into an empty registry. On PostgreSQL it copies straight into new tables and
// swaps them in (import.ts, loadDirect), which the shared test database, never empty, cannot
// show: this file gets a database of its own. Files come as bytes in uneven chunks, as from disk,
// so the byte lane (byte-lane.ts) and its hand-over to the string reader are exercised.

const SEED = randomInt(1, 2 ** 31);
const N = 2000;
const rows = [...streamRegistryCsv({ count: N, seed: SEED })].join('').split('\r\n').slice(1, -1);
type Column = (typeof REGISTRY_CSV_COLUMNS)[number];
const at = (c: Column) => REGISTRY_CSV_COLUMNS.indexOf(c);
const field = (row: string, c: Column) => row.split(',')[at(c)]!;
const setField = (row: string, c: Column, value: string) => {
  const f = row.split(',');
  f[at(c)] = value;
  return f.join(',');
};

function* chunks(text: string, size: number): Iterable<Uint8Array> {
  const b = Buffer.from(text);
  for (let i = 0; i < b.length; i += size) yield new Uint8Array(b.subarray(i, i + size));
}

const csv = (lines: string[]) => `${REGISTRY_CSV_HEADER}\r\n${lines.join('\r\n')}\r\n`;

describe('first load into an empty registry', () => {
  let t: TestApp;
  let admin: pg.Client | null = null;
  let dbName = '';
  const options: ImportOptions = {
    demo: false,
    skipInvalid: false,
    maxErrors: 20,
    actor: 'cli:first-load',
    source: 'first.csv',
  };
  const run = (text: string, size = 7777) =>
    t.app.registry.importCsv(chunks(text, size) as unknown as Iterable<string>, options);

  beforeAll(async () => {
    const base = process.env.DATABASE_URL;
    const env: Record<string, string> = {};
    if (base) {
      dbName = `pratu_test_first_load_${process.pid}_${randomInt(1e9)}`;
      admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      const u = new URL(base);
      u.pathname = `/${dbName}`;
      env.DATABASE_URL = u.href;
    }
    t = await startTestApp({ env });
  });
  afterAll(async () => {
    await t.stop();
    if (admin) {
      await admin.query(`drop database if exists ${dbName}`);
      await admin.end();
    }
  });

  it('rejects repeated citizen IDs and a house with two addresses, by line, loading nothing', async () => {
    const dup = setField(rows[30]!, 'citizen_id', field(rows[3]!, 'citizen_id'));
    const other = rows.at(-1)!;
    const conflict = setField(
      setField(other, 'house_id', field(rows[0]!, 'house_id')),
      'house_no',
      '999/99',
    );
    const lines = [...rows.slice(0, 30), dup, ...rows.slice(31, 200), conflict];
    const r = await run(csv(lines));
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'registry.import.house_conflict',
        // The string path lists every row of the house; the first load, each household's first.
        params: expect.objectContaining({ lines: expect.stringMatching(/^2, (.+, )?202$/) }),
      }),
      expect.objectContaining({
        line: 5,
        code: 'registry.import.duplicate_citizen_id',
        params: expect.objectContaining({ lines: '32' }),
      }),
    ]);
    expect(await t.app.registry.countPeople()).toBe(0);
  });

  it('loads a file whose rows need normalising, quoting and re-grouping', async () => {
    const cid = field(rows[10]!, 'citizen_id');
    // A B.E. birth year, a quoted name after a thousand plain rows, and a household's second
    // member moved far from the first: each takes a different path through the reader.
    const be = setField(
      rows[10]!,
      'birth_date',
      `${Number(field(rows[10]!, 'birth_date').slice(0, 4)) + 543}${field(rows[10]!, 'birth_date').slice(4)}`,
    );
    const quoted = setField(rows[1500]!, 'given_name_th', '"สม,ชาย ""ก"""');
    // No English names: NOT NULL columns where empty is '' (the byte lane leaves such a row to the
    // string path).
    const noEnglish = (
      ['title_en', 'given_name_en', 'middle_name_en', 'family_name_en'] as const
    ).reduce((row, c) => setField(row, c, ''), rows[20]!);
    const lines = rows.map((r, i) =>
      i === 10 ? be : i === 1500 ? quoted : i === 20 ? noEnglish : r,
    );
    const moved = lines.splice(1, 1)[0]!;
    lines.push(moved);
    const r = await run(csv(lines), 65536 + 3);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ ok: true, rows: N, imported: N, problemCount: 0 });
    if (t.app.database.kind === 'postgres') expect(r.fastPath).toBe(true);
    expect(r.counts!.people.inserted).toBe(N);
    expect(r.counts!.houses.inserted).toBe(new Set(rows.map((l) => field(l, 'house_id'))).size);
    expect(await t.app.registry.countPeople()).toBe(N);

    const person = await t.app.registry.findPerson(cid);
    expect(person?.birthDate).toBe(field(rows[10]!, 'birth_date'));
    const q = await t.app.registry.findPerson(field(rows[1500]!, 'citizen_id'));
    expect(q?.givenName.th).toBe('สม,ชาย "ก"');
    const e = await t.app.registry.findPerson(field(rows[20]!, 'citizen_id'));
    expect(e?.givenName.en).toBe('');
    expect(e?.familyName.en).toBe('');
    const m = await t.app.registry.findPerson(field(moved, 'citizen_id'));
    expect(m?.address?.houseId).toBe(field(moved, 'house_id'));
    if (field(rows[0]!, 'card_number')) {
      const first = await t.app.registry.findPerson(field(rows[0]!, 'citizen_id'));
      expect(first?.card?.laserCode).toBe(field(rows[0]!, 'laser_code'));
    }
    const audit = await listAudit(t.app.db, { actor: 'cli:first-load', limit: 5 });
    expect(audit.find((a) => a.action === 'registry.imported')?.details).toMatchObject({
      rows: N,
    });

    const again = await run(csv(lines));
    expect(again).toMatchObject({ ok: true, fastPath: false });
    expect(again.counts).toEqual({
      people: { inserted: 0, updated: 0 },
      houses: { inserted: 0, updated: 0 },
      residences: { opened: 0, closed: 0 },
      cards: { written: 0, revoked: 0 },
    });
  });

  it("reads back the lane's binary COPY rows as written, on either database", async () => {
    const db = t.app.database;
    const schema = loadSchemaName();
    await createLoadTables(db.db, schema);
    try {
      const lane = new ByteLane('2026-01-01', true);
      const row = (values: Partial<Record<Column, string>>) =>
        REGISTRY_CSV_COLUMNS.map((c) => values[c] ?? '');
      const person = {
        title_th: 'นาย',
        given_name_th: 'สมชาย',
        family_name_th: 'ใจดี',
        title_en: 'Mr.',
        given_name_en: 'Somchai',
        family_name_en: 'Jaidee',
        birth_date: '1967-03-00',
        gender: 'male',
        nationality: 'THA',
        status: 'alive',
      };
      // The string path's normalised fields: a comma and a quote, which no line in the lane has.
      lane.writeFields(
        row({
          ...person,
          citizen_id: '1101700123456',
          given_name_th: 'ผู้ใหญ่ บ้าน,"x"',
          title_en: '',
          family_name_en: '',
          house_id: '10140123451',
          house_no: '99/9',
          moo: '99',
          road: 'พระรามที่ 4',
          subdistrict: 'ลุมพินี',
          district: 'ปทุมวัน',
          province: 'กรุงเทพมหานคร',
          postal_code: '10330',
          residence_role: 'owner',
          resident_since: '2024-02-29',
          card_number: '1234-5',
          laser_code: 'JT1234567812',
          card_issued: '1900-03-01',
          card_status: 'active',
        }),
        2,
      );
      // A line read by the lane; then one without a house or a card.
      const line = (values: Partial<Record<Column, string>>, n: number) => {
        const b = Buffer.from(`${row(values).join(',')}\n`);
        lane.slice(b, 0, b.length);
        expect(lane.step(n, STEP.write)).toBe(LINE.accepted);
      };
      line(
        {
          ...person,
          citizen_id: '3100501234563',
          house_id: '10140123452',
          house_no: '1',
          subdistrict: 'ลุมพินี',
          district: 'ปทุมวัน',
          province: 'กรุงเทพมหานคร',
          postal_code: '10330',
          registration_office: 'สำนักงานเขตปทุมวัน',
          residence_role: 'resident',
          resident_since: '1800-01-01',
          card_number: '99',
          laser_code: 'AB0000000001',
          card_issued: '1970-01-01',
          card_expires: '2000-01-01',
          card_status: 'expired',
          photo_ref: 'photo/1',
        },
        3,
      );
      line({ ...person, citizen_id: '1234567890121' }, 2_000_000);
      for (const output of LOAD_TABLES) {
        lane.finish(output);
        const chunk = lane.take(output);
        // Cut anywhere: COPY reads a stream, not whole rows.
        async function* parts() {
          yield chunk.subarray(0, 5);
          yield chunk.subarray(5, 40);
          yield chunk.subarray(40);
        }
        await db.copyBinary(`${schema}.${output}`, LOAD_COLUMNS[output], parts());
      }
      const q = async (query: string) =>
        (await sql.raw<Record<string, unknown>>(query).execute(db.db)).rows;
      expect(
        await q(`select import_line, citizen_id, given_name_th, middle_name_th, title_en,
          family_name_en, birth_date, demo from ${schema}.people order by import_line`),
      ).toEqual([
        {
          import_line: 2,
          citizen_id: '1101700123456',
          given_name_th: 'ผู้ใหญ่ บ้าน,"x"',
          middle_name_th: null,
          title_en: '',
          family_name_en: '',
          birth_date: '1967-03-00',
          demo: true,
        },
        expect.objectContaining({ import_line: 3, citizen_id: '3100501234563', title_en: 'Mr.' }),
        expect.objectContaining({ import_line: 2_000_000, citizen_id: '1234567890121' }),
      ]);
      expect(
        await q(`select import_line, house_id, moo, soi, road, office from ${schema}.houses
          order by import_line`),
      ).toEqual([
        {
          import_line: 2,
          house_id: '10140123451',
          moo: 99,
          soi: null,
          road: 'พระรามที่ 4',
          office: null,
        },
        {
          import_line: 3,
          house_id: '10140123452',
          moo: null,
          soi: null,
          road: null,
          office: 'สำนักงานเขตปทุมวัน',
        },
      ]);
      expect(
        await q(`select citizen_id, role, since::text as since from ${schema}.residences
          order by citizen_id`),
      ).toEqual([
        { citizen_id: '1101700123456', role: 'owner', since: '2024-02-29' },
        { citizen_id: '3100501234563', role: 'resident', since: '1800-01-01' },
      ]);
      expect(
        await q(`select citizen_id, card_number, issued_on::text as issued,
          expires_on::text as expires, status, photo_ref from ${schema}.cards order by 1`),
      ).toEqual([
        {
          citizen_id: '1101700123456',
          card_number: '1234-5',
          issued: '1900-03-01',
          expires: null,
          status: 'active',
          photo_ref: null,
        },
        {
          citizen_id: '3100501234563',
          card_number: '99',
          issued: '1970-01-01',
          expires: '2000-01-01',
          status: 'expired',
          photo_ref: 'photo/1',
        },
      ]);
    } finally {
      await dropLoadSchema(db.db, schema);
    }
  });
});
