import { formatDate, formatNumber } from '../../platform/i18n/index.ts';
import { Button, DataTable, Form, Notice } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { loadTypes } from '../datastore-types.ts';
import type { LoadRow } from '../store-datastore.ts';
import { Breadcrumbs, tx } from './ui.tsx';

const typeNames: Record<string, [string, string]> = {
  int: ['จำนวนเต็ม', 'integer'],
  bigint: ['จำนวนเต็มขนาดใหญ่', 'big integer'],
  numeric: ['ตัวเลขทศนิยม', 'number'],
  date: ['วันที่', 'date'],
  timestamp: ['วันเวลา', 'date and time'],
  text: ['ข้อความ', 'text'],
};

/**
 * Where a publisher follows a datastore load. The page does not refresh by itself (an automatic
 * refresh moves a screen reader back to the top, WCAG 2.2.1); a link reloads it.
 */
export function LoadStatusPage(props: {
  ctx: PageContext;
  datasetName: string;
  datasetTitle: string;
  resourceId: string;
  resourceName: string;
  load: LoadRow | null;
  job: { state: string; progress: { done?: number; total?: number } | null } | null;
  overrides: Record<string, string>;
}) {
  const { ctx, load } = props;
  const t = tx(ctx.lang);
  const lang = ctx.lang;
  const title = t('การนำเข้าคลังข้อมูล', 'Datastore load');
  const here = `/data/dataset/${props.datasetName}/resource/${props.resourceId}/datastore`;
  const running = load && (load.state === 'queued' || load.state === 'running');
  const progress = props.job?.progress;
  const stateText: Record<string, string> = {
    queued: t('รอคิว', 'Queued'),
    running: t('กำลังนำเข้า', 'Loading'),
    done: t('เสร็จแล้ว', 'Done'),
    failed: t('ไม่สำเร็จ', 'Failed'),
  };
  return (
    <Layout ctx={ctx} title={`${title} · ${props.resourceName}`}>
      <Breadcrumbs
        lang={lang}
        items={[
          { href: '/data', label: t('ข้อมูลเปิด', 'Open data') },
          { href: `/data/dataset/${props.datasetName}`, label: props.datasetTitle },
          {
            href: `/data/dataset/${props.datasetName}/resource/${props.resourceId}`,
            label: props.resourceName,
          },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {!load && <p>{t('ยังไม่เคยนำเข้า', 'Never loaded yet.')}</p>}
      {load && (
        <>
          <Notice
            kind={load.state === 'failed' ? 'error' : load.state === 'done' ? 'success' : 'info'}
          >
            <p>
              <strong>{t('สถานะ: ', 'State: ')}</strong>
              <span id="load-state">{stateText[load.state] ?? load.state}</span>
            </p>
            {running && progress?.done !== undefined && (
              <p>
                {t(
                  `อ่านแล้ว ${formatNumber(progress.done, 'th')} จากประมาณ ${formatNumber(progress.total ?? 0, 'th')} แถว`,
                  `Read ${formatNumber(progress.done, 'en')} of about ${formatNumber(progress.total ?? 0, 'en')} rows`,
                )}
              </p>
            )}
            {load.state === 'done' && (
              <p>
                {t(
                  `นำเข้า ${formatNumber(load.rows_loaded, 'th')} แถว ข้าม ${formatNumber(load.bad_row_count, 'th')} แถวที่ข้อมูลไม่ตรงชนิด`,
                  `Loaded ${formatNumber(load.rows_loaded, 'en')} rows; skipped ${formatNumber(load.bad_row_count, 'en')} rows that did not fit their column types`,
                )}
              </p>
            )}
            {load.message && <p>{load.message}</p>}
            <p class="muted">
              {t('สั่งเมื่อ ', 'Requested ')}
              {formatDate(load.created_at, lang, { withTime: true })}
              {load.finished_at && (
                <>
                  {t(' · เสร็จเมื่อ ', ' · finished ')}
                  {formatDate(load.finished_at, lang, { withTime: true })}
                </>
              )}
            </p>
          </Notice>
          {running && (
            <p>
              <a class="button secondary" href={here}>
                {t('ปรับปรุงสถานะ', 'Refresh the status')}
              </a>
            </p>
          )}
          {load.bad_rows.length > 0 && (
            <>
              <h2>{t('แถวที่ไม่ได้นำเข้า', 'Rows not loaded')}</h2>
              <p>
                {t(
                  'แถวเหล่านี้ถูกข้ามเพราะจำนวนคอลัมน์ไม่ตรงหรือค่าไม่ตรงกับชนิดของคอลัมน์ แก้ไฟล์แล้วอัปโหลดใหม่ หรือเปลี่ยนชนิดคอลัมน์เป็นข้อความแล้วนำเข้าใหม่',
                  'These rows were skipped because they had the wrong number of values or a value that did not fit its column type. Fix the file and upload it again, or set the column to text and reload.',
                )}
              </p>
              <DataTable
                caption={t(
                  `${formatNumber(load.bad_row_count, 'th')} แถว${load.bad_row_count > load.bad_rows.length ? ` (แสดง ${load.bad_rows.length} แถวแรก)` : ''}`,
                  `${formatNumber(load.bad_row_count, 'en')} rows${load.bad_row_count > load.bad_rows.length ? ` (first ${load.bad_rows.length} shown)` : ''}`,
                )}
                rows={load.bad_rows}
                columns={[
                  { header: t('บรรทัด', 'Line'), numeric: true, cell: (r) => String(r.line) },
                  { header: t('เหตุผล', 'Reason'), cell: (r) => r.reason },
                ]}
              />
            </>
          )}
          {load.fields.length > 0 && (
            <>
              <h2>{t('ชนิดของคอลัมน์', 'Column types')}</h2>
              <p>
                {t(
                  'ระบบเดาชนิดจาก 1,000 แถวแรก เปลี่ยนได้แล้วกดนำเข้าใหม่',
                  'Types were guessed from the first 1,000 rows; change them and load again.',
                )}
              </p>
              <Form ctx={ctx} action={here}>
                <div class="table-scroll">
                  <table>
                    <caption>{t('คอลัมน์และชนิดข้อมูล', 'Columns and their types')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('คอลัมน์', 'Column')}</th>
                        <th scope="col">{t('ชนิดที่ระบบเดา', 'Guessed type')}</th>
                        <th scope="col">{t('ใช้ชนิด', 'Use type')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {load.fields.map((f, i) => (
                        <tr key={f.id}>
                          <td>{f.id}</td>
                          <td>{typeNames[f.inferred]?.[lang === 'th' ? 0 : 1] ?? f.inferred}</td>
                          <td>
                            <input type="hidden" name={`column_${i}`} value={f.id} />
                            <label class="visually-hidden" for={`f-type_${i}`}>
                              {t(`ชนิดของ ${f.id}`, `Type of ${f.id}`)}
                            </label>
                            <select id={`f-type_${i}`} name={`type_${i}`}>
                              <option value="">{t('ตามที่ระบบเดา', 'As guessed')}</option>
                              {loadTypes.map((type) => (
                                <option
                                  key={type}
                                  value={type}
                                  selected={props.overrides[f.id] === type}
                                >
                                  {typeNames[type]?.[lang === 'th' ? 0 : 1] ?? type}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <div class="actions">
                  <Button>{t('นำเข้าใหม่', 'Load again')}</Button>
                </div>
              </Form>
            </>
          )}
        </>
      )}
    </Layout>
  );
}
