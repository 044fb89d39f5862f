import { PROVINCES, REGIONS } from '../../../orgs/index.ts';
import { pick } from '../../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { RegistrationRow } from '../../email/store.ts';
import {
  LOCAL_ADMINISTRATION_TYPE_LABELS,
  LOCAL_ADMINISTRATION_TYPES,
  type LocalAdministration,
} from '../administrations.ts';
import type { LandingLink } from '../index.ts';
import {
  administrationName,
  districtName,
  Pagination,
  provinceName,
  regionName,
  typeName,
} from './parts.tsx';

function provinceOptions(lang: 'th' | 'en') {
  const sorted = [...PROVINCES].sort((a, b) =>
    lang === 'th' ? a.nameTh.localeCompare(b.nameTh, 'th') : a.nameEn.localeCompare(b.nameEn),
  );
  return sorted.map((p) => ({ value: p.code, label: lang === 'th' ? p.nameTh : p.nameEn }));
}

function typeOptions(lang: 'th' | 'en') {
  return LOCAL_ADMINISTRATION_TYPES.map((type) => ({
    value: type,
    label: LOCAL_ADMINISTRATION_TYPE_LABELS[type][lang],
  }));
}

export function LandingPage(props: {
  ctx: PageContext;
  counts: Array<{ type: LocalAdministration['type']; count: number }>;
  links: LandingLink[];
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const total = props.counts.reduce((n, c) => n + c.count, 0);
  const byType = LOCAL_ADMINISTRATION_TYPES.map((type) => ({
    type,
    count: props.counts.find((c) => c.type === type)?.count ?? 0,
  }));
  const title = th ? 'องค์กรปกครองส่วนท้องถิ่น' : 'Local government';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? `ทำเนียบองค์กรปกครองส่วนท้องถิ่น ${total.toLocaleString('th-TH')} แห่งทั่วประเทศ และทะเบียนอีเมลกลางทางราชการของแต่ละแห่ง`
          : `The directory of Thailand's ${total.toLocaleString('en-US')} local administrations and the registry of their official e-mail addresses`}
      </p>
      <Form ctx={ctx} action="/localgov/directory" method="get">
        <TextField
          name="q"
          type="search"
          label={
            th
              ? 'ค้นหา อปท. ด้วยชื่อภาษาไทยหรือภาษาอังกฤษ'
              : 'Find an administration by its Thai or English name'
          }
          hint={
            th ? 'เช่น เชียงคาน, อบต.ป่าสะแก, Chiang Khan' : 'e.g. เชียงคาน, อบต.ป่าสะแก, Chiang Khan'
          }
          autocomplete="off"
        />
        <div class="actions">
          <Button>{th ? 'ค้นหา' : 'Search'}</Button>
        </div>
      </Form>
      <ul class="grid plain">
        <li class="card">
          <h2>
            <a href="/localgov/directory">{th ? 'ทำเนียบ อปท.' : 'Directory'}</a>
          </h2>
          <p>
            {th
              ? 'ค้นหาตามชื่อ จังหวัด หรือประเภท ดูที่อยู่ โทรศัพท์ เว็บไซต์ และอีเมลกลาง'
              : 'Search by name, province or type; see address, phone, website and official e-mail'}
          </p>
        </li>
        <li class="card">
          <h2>
            <a href="/localgov/email">{th ? 'ตรวจสอบอีเมลกลาง' : 'Check an official address'}</a>
          </h2>
          <p>
            {th
              ? 'อีเมลที่อ้างว่ามาจาก อปท. เป็นอีเมลกลางที่ขึ้นทะเบียนจริงหรือไม่'
              : 'Is an address that claims to be an administration its registered official one?'}
          </p>
        </li>
        <li class="card">
          <h2>
            <a href="/localgov/officer">{th ? 'สำหรับเจ้าหน้าที่ อปท.' : 'For officers'}</a>
          </h2>
          <p>
            {th
              ? 'ขึ้นทะเบียนและยืนยันอีเมลกลาง (saraban@) ของหน่วยงาน'
              : "Register and confirm your administration's official (saraban@) address"}
          </p>
        </li>
        {props.links.map((link) => (
          <li class="card" key={link.href}>
            <h2>
              <a href={link.href}>{pick(link.label, ctx.lang)}</a>
            </h2>
            {link.description && <p>{pick(link.description, ctx.lang)}</p>}
          </li>
        ))}
      </ul>
      <DataTable
        caption={th ? 'จำนวน อปท. แยกตามประเภท' : 'Administrations by type'}
        rows={byType}
        columns={[
          {
            header: th ? 'ประเภท' : 'Type',
            cell: (r) => (
              <a href={`/localgov/directory?type=${r.type}`}>{typeName(r.type, ctx.lang)}</a>
            ),
          },
          {
            header: th ? 'จำนวน (แห่ง)' : 'Number',
            numeric: true,
            cell: (r) => r.count.toLocaleString(th ? 'th-TH' : 'en-US'),
          },
        ]}
      />
      <p>
        {th ? 'ข้อมูลสำหรับนักพัฒนา: ' : 'For developers: '}
        <a href="/api/localgov/administrations">/api/localgov/administrations</a>,{' '}
        <a href="/api/localgov/email-registry.csv">
          {th ? 'ทะเบียนอีเมลกลาง (CSV)' : 'official e-mail registry (CSV)'}
        </a>
        ,{' '}
        <a href="/api/localgov/email-registry.json">
          {th ? 'ทะเบียนอีเมลกลาง (JSON)' : 'official e-mail registry (JSON)'}
        </a>
      </p>
    </Layout>
  );
}

export interface DirectoryView {
  q: string;
  province: string;
  type: string;
  region: string;
}

export function DirectoryPage(props: {
  ctx: PageContext;
  view: DirectoryView;
  errors: Record<string, string>;
  result: { total: number; rows: LocalAdministration[]; matchedBy: string } | null;
  limit: number;
  offset: number;
  officialEmails: Map<string, RegistrationRow>;
}) {
  const { ctx, view, result } = props;
  const th = ctx.lang === 'th';
  const lang = ctx.lang;
  const title = th ? 'ทำเนียบองค์กรปกครองส่วนท้องถิ่น' : 'Directory of local administrations';
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (view.q) params.set('q', view.q);
    if (view.province) params.set('province', view.province);
    if (view.type) params.set('type', view.type);
    if (view.region) params.set('region', view.region);
    if (page > 1) params.set('page', String(page));
    const qs = params.toString();
    return qs ? `/localgov/directory?${qs}` : '/localgov/directory';
  };
  const first = props.offset + 1;
  const last = props.offset + (result?.rows.length ?? 0);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} lang={lang} />
      <Form ctx={ctx} action="/localgov/directory" method="get" class="card">
        <TextField
          name="q"
          type="search"
          label={th ? 'ชื่อ อปท. (ภาษาไทยหรืออังกฤษ)' : 'Name (Thai or English)'}
          hint={
            th
              ? 'พิมพ์ผิดหรือไม่ใส่วรรณยุกต์ก็ค้นได้ เช่น เชียงคาน, อบต.ป่าสะแก'
              : 'Typos and missing tone marks are forgiven, e.g. Chiang Khan'
          }
          value={view.q}
          error={props.errors.q}
          autocomplete="off"
        />
        <div class="grid">
          <SelectField
            name="province"
            label={th ? 'จังหวัด' : 'Province'}
            placeholder={th ? 'ทุกจังหวัด' : 'All provinces'}
            options={provinceOptions(lang)}
            value={view.province}
            error={props.errors.province}
          />
          <SelectField
            name="type"
            label={th ? 'ประเภท' : 'Type'}
            placeholder={th ? 'ทุกประเภท' : 'All types'}
            options={typeOptions(lang)}
            value={view.type}
            error={props.errors.type}
          />
          <SelectField
            name="region"
            label={th ? 'ภาค' : 'Region'}
            placeholder={th ? 'ทุกภาค' : 'All regions'}
            options={REGIONS.map((r) => ({ value: r.code, label: th ? r.nameTh : r.nameEn }))}
            value={view.region}
            error={props.errors.region}
          />
        </div>
        <div class="actions">
          <Button>{th ? 'ค้นหา' : 'Search'}</Button>
        </div>
      </Form>
      {result && (
        <>
          {result.matchedBy === 'typo' && result.total > 0 && (
            <Notice>
              {th
                ? `ไม่พบชื่อที่ตรงกับ "${view.q}" ทุกคำ รายการด้านล่างคือชื่อที่ใกล้เคียงที่สุด`
                : `No name matches "${view.q}" exactly; these are the closest names`}
            </Notice>
          )}
          <p role="status">
            {result.total === 0
              ? th
                ? 'ไม่พบ อปท. ที่ตรงกับเงื่อนไข'
                : 'No administration matches'
              : th
                ? `พบ ${result.total.toLocaleString('th-TH')} แห่ง แสดงรายการที่ ${first.toLocaleString('th-TH')}–${last.toLocaleString('th-TH')}`
                : `${result.total.toLocaleString('en-US')} found, showing ${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')}`}
          </p>
          {result.rows.length > 0 && (
            <DataTable
              caption={th ? 'รายชื่อ อปท.' : 'Administrations'}
              rows={result.rows}
              columns={[
                {
                  header: th ? 'ชื่อ' : 'Name',
                  cell: (a) => (
                    <a href={`/localgov/directory/${a.code}`}>{administrationName(a, lang)}</a>
                  ),
                },
                { header: th ? 'ประเภท' : 'Type', cell: (a) => typeName(a.type, lang) },
                {
                  header: th ? 'อำเภอ / จังหวัด' : 'District / province',
                  cell: (a) =>
                    `${districtName(a.districtCode, lang)}, ${provinceName(a.provinceCode, lang)}`,
                },
                {
                  header: th ? 'อีเมลกลาง' : 'Official e-mail',
                  cell: (a) => props.officialEmails.get(a.id)?.address ?? '-',
                },
                { header: th ? 'รหัส' : 'Code', cell: (a) => a.code },
              ]}
            />
          )}
          <Pagination
            lang={lang}
            total={result.total}
            limit={props.limit}
            offset={props.offset}
            href={pageHref}
          />
        </>
      )}
    </Layout>
  );
}

export function AdministrationPage(props: {
  ctx: PageContext;
  administration: LocalAdministration;
  official: RegistrationRow | null;
}) {
  const { ctx, administration: a, official } = props;
  const th = ctx.lang === 'th';
  const lang = ctx.lang;
  const name = administrationName(a, lang);
  return (
    <Layout ctx={ctx} title={name}>
      <p>
        <a href="/localgov/directory">{th ? '‹ ทำเนียบ อปท.' : '‹ Directory'}</a>
      </p>
      <h1>{name}</h1>
      <p class="lead" lang={th ? 'en' : 'th'}>
        {th ? a.nameEn : a.nameTh}
      </p>
      <dl>
        <dt>{th ? 'ประเภท' : 'Type'}</dt>
        <dd>{typeName(a.type, lang)}</dd>
        <dt>{th ? 'รหัส อปท.' : 'Code'}</dt>
        <dd>{a.code}</dd>
        <dt>{th ? 'จังหวัด' : 'Province'}</dt>
        <dd>
          <a href={`/localgov/directory?province=${a.provinceCode}`}>
            {provinceName(a.provinceCode, lang)}
          </a>{' '}
          ({regionName(a.region, lang)})
        </dd>
        <dt>{th ? 'อำเภอ' : 'District'}</dt>
        <dd>{districtName(a.districtCode, lang)}</dd>
        <dt>{th ? 'ที่อยู่' : 'Address'}</dt>
        <dd lang="th">{a.address}</dd>
        <dt>{th ? 'โทรศัพท์' : 'Phone'}</dt>
        <dd>{a.phone || '-'}</dd>
        <dt>{th ? 'เว็บไซต์' : 'Website'}</dt>
        <dd>{a.website ? <a href={a.website}>{a.website}</a> : '-'}</dd>
        <dt>{th ? 'อีเมลกลาง (สารบรรณ)' : 'Official e-mail (saraban)'}</dt>
        <dd id="official-email">
          {official ? (
            <>
              <a href={`mailto:${official.address}`}>{official.address}</a>{' '}
              <span class="tag">
                {official.status === 'approved'
                  ? th
                    ? 'ขึ้นทะเบียนแล้ว'
                    : 'Registered'
                  : th
                    ? 'ขึ้นทะเบียนแล้ว รอยืนยันประจำปี'
                    : 'Registered, yearly confirmation due'}
              </span>
            </>
          ) : th ? (
            'ยังไม่ได้ขึ้นทะเบียน'
          ) : (
            'Not registered yet'
          )}
        </dd>
      </dl>
      <p>
        <a href={`/localgov/directory/${a.code}/email`}>
          {th
            ? 'สำหรับเจ้าหน้าที่ของ อปท. นี้: ขึ้นทะเบียนหรือเปลี่ยนอีเมลกลาง'
            : "For this administration's officers: register or change the official address"}
        </a>
      </p>
      <p class="muted">
        {th ? 'ข้อมูลเดียวกันในรูปแบบ JSON: ' : 'The same as JSON: '}
        <a href={`/api/localgov/administrations/${a.code}`}>
          /api/localgov/administrations/{a.code}
        </a>
      </p>
    </Layout>
  );
}
