import { formatDate, formatNumber, pick } from '../../../platform/i18n/index.ts';
import {
  Button,
  ErrorSummary,
  Form,
  LinkButton,
  Notice,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { type Entitlement, entitlementStatuses, type SourceResult } from '../entitlement.ts';
import type { EntitlementSource } from '../store.ts';

function EntitlementCard({ e, ctx }: { e: Entitlement; ctx: PageContext }) {
  const th = ctx.lang === 'th';
  return (
    <li class="card">
      <h3>{pick(e.title, ctx.lang)}</h3>
      <p>
        <span class="tag">{entitlementStatuses[e.status][ctx.lang]}</span>
        {e.amountBaht !== null && (
          <span>
            {' '}
            {th
              ? `${formatNumber(e.amountBaht, 'th')} บาท`
              : `${formatNumber(e.amountBaht, 'en')} baht`}
          </span>
        )}
      </p>
      {e.detail && <p>{pick(e.detail, ctx.lang)}</p>}
      {(e.validFrom || e.validUntil) && (
        <p class="muted">
          {e.validFrom && `${th ? 'ตั้งแต่' : 'From'} ${formatDate(e.validFrom, ctx.lang)} `}
          {e.validUntil && `${th ? 'ถึง' : 'until'} ${formatDate(e.validUntil, ctx.lang)}`}
        </p>
      )}
    </li>
  );
}

export function MyEntitlementsPage(props: {
  ctx: PageContext;
  sections: Array<{ source: EntitlementSource; result: SourceResult }>;
  hasCitizenId: boolean;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'สิทธิของฉัน' : 'My entitlements';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'สิทธิและสวัสดิการของคุณจากหลายหน่วยงานในหน้าเดียว ข้อมูลมาจากหน่วยงานเจ้าของสิทธิโดยตรง'
          : 'Your rights and benefits from many agencies on one page, straight from the agencies that grant them.'}
      </p>
      {!props.hasCitizenId && (
        <Notice kind="warning">
          {th
            ? 'บัญชีนี้ยังไม่ได้ยืนยันตัวตนด้วยบัตรประชาชน จึงยังแสดงสิทธิไม่ได้'
            : 'This account has not been verified with an ID card yet, so no entitlements can be shown.'}
        </Notice>
      )}
      {props.sections.map(({ source, result }) => (
        <section key={source.code} aria-labelledby={`src-${source.code}`}>
          <h2 id={`src-${source.code}`}>{pick(source.name, ctx.lang)}</h2>
          {!result.ok ? (
            <Notice kind="warning">
              {th
                ? 'ขณะนี้ยังไม่สามารถดึงข้อมูลจากหน่วยงานนี้ได้ กรุณาลองใหม่ภายหลัง ข้อมูลจากหน่วยงานอื่นยังแสดงตามปกติ'
                : 'This agency is not available right now; please try again later. Other agencies are shown as usual.'}
            </Notice>
          ) : result.entitlements.length === 0 ? (
            <p class="muted">{th ? 'ไม่พบสิทธิจากหน่วยงานนี้' : 'No entitlements from this agency.'}</p>
          ) : (
            <ul class="grid plain">
              {result.entitlements.map((e) => (
                <EntitlementCard key={e.code} e={e} ctx={ctx} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </Layout>
  );
}

export function SourcesPage(props: {
  ctx: PageContext;
  sources: Array<EntitlementSource & { records: number }>;
  errors: Record<string, string>;
  notice?: string;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'แหล่งข้อมูลสิทธิของหน่วยงาน' : "Your agency's entitlement sources";
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary errors={props.errors} lang={ctx.lang} />
      {props.sources.length === 0 && (
        <p>{th ? 'หน่วยงานของคุณยังไม่มีแหล่งข้อมูลสิทธิ' : 'Your agency has no entitlement sources yet.'}</p>
      )}
      {props.sources.map((s) => (
        <section key={s.code} class="card">
          <h2>{pick(s.name, ctx.lang)}</h2>
          {s.kind === 'http' ? (
            <p>{th ? 'เชื่อมต่อผ่าน API ของหน่วยงาน' : "Connected through the agency's API"}</p>
          ) : (
            <>
              <p>
                {th
                  ? `มีข้อมูล ${formatNumber(s.records, 'th')} รายการ`
                  : `${formatNumber(s.records, 'en')} rows`}
              </p>
              <Form ctx={ctx} action={`/services/entitlements/sources/${s.code}/upload`} multipart>
                <div class={props.errors.file ? 'field invalid' : 'field'}>
                  <label for={`f-file-${s.code}`}>
                    {th
                      ? 'อัปโหลดไฟล์ CSV (แทนที่ข้อมูลเดิมทั้งหมด)'
                      : 'Upload a CSV file (replaces all rows)'}
                  </label>
                  <p class="hint">
                    citizen_id,entitlement_code,title_th,title_en,status,amount_baht,detail_th,detail_en,valid_from,valid_until
                  </p>
                  <input id={`f-file-${s.code}`} type="file" name="file" accept=".csv,text/csv" />
                </div>
                <Button>{th ? 'อัปโหลด' : 'Upload'}</Button>
              </Form>
            </>
          )}
        </section>
      ))}
      <p>
        <LinkButton href="/services/entitlements" variant="secondary">
          {th ? 'ดูหน้าสิทธิของประชาชน' : "See the citizens' page"}
        </LinkButton>
      </p>
    </Layout>
  );
}
