import type { Text } from '../platform/i18n/index.ts';

/**
 * The Thai Government Data Catalog (GDC) metadata that Thai agencies fill in for every dataset
 * (the metadata standard of DGA's ckanext-thai-gdc used by data.go.th): the data type decides
 * which extra fields apply (statistics: release calendar, first/last year, unit of measure;
 * geospatial: scale and bounding box).
 *
 * Through the CKAN API these travel as `extras` under the keys below (CKAN's default schema has no
 * such top-level fields, and its clients read custom metadata from extras); they are also accepted
 * as top-level keys, the way data.go.th's scheming schema sends them. Choice values are stable
 * codes; the Thai labels data.go.th stores are accepted as input too.
 */
export const dataTypes = {
  record: { th: 'ข้อมูลระเบียน', en: 'Record data' },
  statistics: { th: 'ข้อมูลสถิติ', en: 'Statistical data' },
  geospatial: { th: 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่', en: 'Geospatial data' },
  multiple: { th: 'ข้อมูลหลากหลายประเภท', en: 'Multiple types' },
  other: { th: 'ข้อมูลประเภทอื่น ๆ', en: 'Other' },
} as const satisfies Record<string, Text>;

export const updateFrequencies = {
  realtime: { th: 'ตามเวลาจริง', en: 'Real time' },
  daily: { th: 'วัน', en: 'Daily' },
  weekly: { th: 'สัปดาห์', en: 'Weekly' },
  monthly: { th: 'เดือน', en: 'Monthly' },
  quarterly: { th: 'ไตรมาส', en: 'Quarterly' },
  half_yearly: { th: 'ครึ่งปี', en: 'Half-yearly' },
  yearly: { th: 'ปี', en: 'Yearly' },
  irregular: { th: 'ไม่มีกำหนดการปรับปรุงที่แน่นอน', en: 'Irregular' },
  never: { th: 'ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล', en: 'Not updated after collection' },
} as const satisfies Record<string, Text>;

/** Days in one period of each frequency (times the interval), for "update frequency met". */
export const frequencyDays: Record<keyof typeof updateFrequencies, number | null> = {
  realtime: 1,
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
  half_yearly: 183,
  yearly: 366,
  irregular: null,
  never: null,
};

export const geographicCoverages = {
  country: { th: 'ประเทศ', en: 'Country' },
  region: { th: 'ภาค', en: 'Region' },
  province: { th: 'จังหวัด', en: 'Province' },
  district: { th: 'อำเภอ', en: 'District' },
  subdistrict: { th: 'ตำบล', en: 'Subdistrict' },
  village: { th: 'หมู่บ้าน', en: 'Village' },
  other: { th: 'อื่น ๆ', en: 'Other' },
  none: { th: 'ไม่มี', en: 'None' },
} as const satisfies Record<string, Text>;

/** Data classification (the Official Information Act levels data.go.th asks for). */
export const dataClassifications = {
  public: { th: 'เปิดเผย', en: 'Public' },
  internal: { th: 'ใช้ภายใน', en: 'Internal use' },
  confidential: { th: 'ลับ', en: 'Confidential' },
  secret: { th: 'ลับมาก', en: 'Secret' },
  top_secret: { th: 'ลับที่สุด', en: 'Top secret' },
} as const satisfies Record<string, Text>;

export type DataType = keyof typeof dataTypes;
export type UpdateFrequency = keyof typeof updateFrequencies;
export type GeographicCoverage = keyof typeof geographicCoverages;
export type DataClassification = keyof typeof dataClassifications;

/** The GDC fields as stored (one column each in opendata.datasets). */
export interface CatalogMetadata {
  data_type: DataType | null;
  objective: string | null;
  update_frequency: UpdateFrequency | null;
  update_frequency_interval: number | null;
  geographic_coverage: GeographicCoverage | null;
  data_source: string | null;
  data_classification: DataClassification | null;
  accessibility_conditions: string | null;
  release_calendar: string | null;
  first_year: number | null;
  last_year: number | null;
  unit_of_measure: string | null;
  geo_scale: string | null;
  bbox_west: string | null;
  bbox_south: string | null;
  bbox_east: string | null;
  bbox_north: string | null;
}

export const emptyCatalogMetadata = (): CatalogMetadata => ({
  data_type: null,
  objective: null,
  update_frequency: null,
  update_frequency_interval: null,
  geographic_coverage: null,
  data_source: null,
  data_classification: null,
  accessibility_conditions: null,
  release_calendar: null,
  first_year: null,
  last_year: null,
  unit_of_measure: null,
  geo_scale: null,
  bbox_west: null,
  bbox_south: null,
  bbox_east: null,
  bbox_north: null,
});

type Column = keyof CatalogMetadata;
type Kind = 'choice' | 'text' | 'year' | 'positive' | 'longitude' | 'latitude';

export interface CatalogField {
  /** The key in CKAN extras (data.go.th's name). */
  key: string;
  column: Column;
  kind: Kind;
  choices?: Record<string, Text>;
  /** Only for these data types; absent means every type. */
  onlyFor?: readonly DataType[];
  label: Text;
}

const STATS: readonly DataType[] = ['statistics', 'multiple'];
const GEO: readonly DataType[] = ['geospatial', 'multiple'];

export const catalogFields: readonly CatalogField[] = [
  {
    key: 'data_type',
    column: 'data_type',
    kind: 'choice',
    choices: dataTypes,
    label: { th: 'ประเภทชุดข้อมูล', en: 'Data type' },
  },
  {
    key: 'objective',
    column: 'objective',
    kind: 'text',
    label: { th: 'วัตถุประสงค์', en: 'Objective' },
  },
  {
    key: 'update_frequency_unit',
    column: 'update_frequency',
    kind: 'choice',
    choices: updateFrequencies,
    label: { th: 'ความถี่ในการปรับปรุงข้อมูล', en: 'Update frequency' },
  },
  {
    key: 'update_frequency_interval',
    column: 'update_frequency_interval',
    kind: 'positive',
    label: { th: 'ทุก ๆ (จำนวนรอบ)', en: 'Every (number of periods)' },
  },
  {
    key: 'geo_coverage',
    column: 'geographic_coverage',
    kind: 'choice',
    choices: geographicCoverages,
    label: { th: 'ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่', en: 'Geographic coverage' },
  },
  {
    key: 'data_source',
    column: 'data_source',
    kind: 'text',
    label: { th: 'แหล่งที่มา', en: 'Data source' },
  },
  {
    key: 'data_classification',
    column: 'data_classification',
    kind: 'choice',
    choices: dataClassifications,
    label: { th: 'การจัดประเภทข้อมูล', en: 'Data classification' },
  },
  {
    key: 'accessible_condition',
    column: 'accessibility_conditions',
    kind: 'text',
    label: { th: 'เงื่อนไขในการเข้าถึงข้อมูล', en: 'Accessibility conditions' },
  },
  {
    key: 'release_calendar',
    column: 'release_calendar',
    kind: 'text',
    onlyFor: STATS,
    label: { th: 'ปฏิทินการเผยแพร่ข้อมูล', en: 'Release calendar' },
  },
  {
    key: 'first_year_of_data',
    column: 'first_year',
    kind: 'year',
    onlyFor: STATS,
    label: { th: 'ปีข้อมูลที่เริ่มต้น (พ.ศ.)', en: 'First year of data (B.E.)' },
  },
  {
    key: 'last_year_of_data',
    column: 'last_year',
    kind: 'year',
    onlyFor: STATS,
    label: { th: 'ปีข้อมูลที่สิ้นสุด (พ.ศ.)', en: 'Last year of data (B.E.)' },
  },
  {
    key: 'unit_of_measure',
    column: 'unit_of_measure',
    kind: 'text',
    onlyFor: STATS,
    label: { th: 'หน่วยวัด', en: 'Unit of measure' },
  },
  {
    key: 'equivalent_scale',
    column: 'geo_scale',
    kind: 'text',
    onlyFor: GEO,
    label: { th: 'มาตราส่วน', en: 'Scale' },
  },
  {
    key: 'west_bound_longitude',
    column: 'bbox_west',
    kind: 'longitude',
    onlyFor: GEO,
    label: { th: 'ลองจิจูดขอบทิศตะวันตก', en: 'West bound longitude' },
  },
  {
    key: 'south_bound_latitude',
    column: 'bbox_south',
    kind: 'latitude',
    onlyFor: GEO,
    label: { th: 'ละติจูดขอบทิศใต้', en: 'South bound latitude' },
  },
  {
    key: 'east_bound_longitude',
    column: 'bbox_east',
    kind: 'longitude',
    onlyFor: GEO,
    label: { th: 'ลองจิจูดขอบทิศตะวันออก', en: 'East bound longitude' },
  },
  {
    key: 'north_bound_latitude',
    column: 'bbox_north',
    kind: 'latitude',
    onlyFor: GEO,
    label: { th: 'ละติจูดขอบทิศเหนือ', en: 'North bound latitude' },
  },
];

export const catalogKeys: ReadonlySet<string> = new Set(catalogFields.map((f) => f.key));

/** A problem with one GDC field, as a message code (the English text is CKAN-style). */
export interface FieldProblem {
  key: string;
  code: string;
  params?: Record<string, string | number>;
}

function choiceCode(choices: Record<string, Text>, raw: string): string | null {
  if (Object.hasOwn(choices, raw)) return raw;
  const folded = raw.trim().toLowerCase();
  for (const [code, text] of Object.entries(choices)) {
    if (text.th === raw.trim() || text.en.toLowerCase() === folded) return code;
  }
  return null;
}

/**
 * Reads GDC values (strings from extras or a form, keyed by the extras keys) into columns.
 * Empty strings mean "not given". Returns the metadata and the problems found, all at once.
 */
export function parseCatalogMetadata(values: ReadonlyMap<string, string>): {
  metadata: CatalogMetadata;
  problems: FieldProblem[];
} {
  const metadata = emptyCatalogMetadata();
  const problems: FieldProblem[] = [];
  const rawType = values.get('data_type')?.trim() ?? '';
  const dataType = rawType ? (choiceCode(dataTypes, rawType) as DataType | null) : null;
  for (const field of catalogFields) {
    const raw = values.get(field.key)?.trim() ?? '';
    if (raw === '') continue;
    if (field.onlyFor && !(dataType && field.onlyFor.includes(dataType))) {
      problems.push({
        key: field.key,
        code: 'opendata.gdc_wrong_type',
        params: { types: field.onlyFor.join(', ') },
      });
      continue;
    }
    const target = metadata as unknown as Record<string, unknown>;
    switch (field.kind) {
      case 'choice': {
        const code = choiceCode(field.choices ?? {}, raw);
        if (!code) {
          problems.push({
            key: field.key,
            code: 'opendata.one_of',
            params: { choices: pythonList(Object.keys(field.choices ?? {})) },
          });
        } else target[field.column] = code;
        break;
      }
      case 'text':
        target[field.column] = raw;
        break;
      case 'positive': {
        if (!/^\d+$/.test(raw) || Number(raw) < 1) {
          problems.push({ key: field.key, code: 'opendata.positive_integer' });
        } else target[field.column] = Number(raw);
        break;
      }
      case 'year': {
        if (!/^\d{4}$/.test(raw)) {
          problems.push({ key: field.key, code: 'opendata.year_invalid' });
          break;
        }
        // data.go.th records Buddhist-era years; a Common Era year is converted (C.E. + 543).
        const year = Number(raw) < 2400 ? Number(raw) + 543 : Number(raw);
        if (year < 2400 || year > 2700) {
          problems.push({ key: field.key, code: 'opendata.year_invalid' });
        } else target[field.column] = year;
        break;
      }
      case 'longitude':
      case 'latitude': {
        const limit = field.kind === 'longitude' ? 180 : 90;
        if (!/^-?\d+(\.\d+)?$/.test(raw) || Math.abs(Number(raw)) > limit) {
          problems.push({ key: field.key, code: `opendata.${field.kind}_invalid` });
        } else target[field.column] = raw;
        break;
      }
    }
  }
  if (
    metadata.first_year !== null &&
    metadata.last_year !== null &&
    metadata.last_year < metadata.first_year
  ) {
    problems.push({ key: 'last_year_of_data', code: 'opendata.last_year_before_first' });
  }
  const bbox = [metadata.bbox_west, metadata.bbox_south, metadata.bbox_east, metadata.bbox_north];
  const given = bbox.filter((v) => v !== null).length;
  if (given > 0 && given < 4) {
    problems.push({ key: 'west_bound_longitude', code: 'opendata.bbox_incomplete' });
  } else if (
    given === 4 &&
    (Number(metadata.bbox_south) > Number(metadata.bbox_north) ||
      Number(metadata.bbox_west) > Number(metadata.bbox_east))
  ) {
    problems.push({ key: 'west_bound_longitude', code: 'opendata.bbox_inverted' });
  }
  return { metadata, problems };
}

/** The GDC values as CKAN extras (key → string), only those that are set. */
export function catalogExtras(metadata: CatalogMetadata): Array<{ key: string; value: string }> {
  const out: Array<{ key: string; value: string }> = [];
  for (const field of catalogFields) {
    const value = metadata[field.column];
    if (value === null || value === undefined || value === '') continue;
    out.push({ key: field.key, value: String(value) });
  }
  return out;
}

/** Python's repr of a list of strings, as CKAN's `one_of` message prints it. */
export function pythonList(items: readonly string[]): string {
  return `[${items.map((i) => `'${i}'`).join(', ')}]`;
}
