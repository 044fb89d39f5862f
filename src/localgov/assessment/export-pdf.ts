import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { DomainError } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/index.ts';
import { formatFiscalYear } from '../assessment-template.ts';
import {
  administrationTypeLabel,
  type Dashboard,
  formatCount,
  formatScore,
  frameworkRows,
  projectTypeLabel,
  provinceLabel,
  type Row,
  regionLabel,
} from './dashboard.ts';

/**
 * The dashboard as a PDF report for auditors to file or print. Thai needs a Thai font embedded
 * (the PDF standard 14 fonts have no Thai glyphs), read through fontkit. The font file comes
 * from PRATU_THAI_FONT or, by default, from the places the distributions' Thai font packages
 * install to (Debian/Ubuntu fonts-thai-tlwg, Noto); subset, so the report stays small.
 */

const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/tlwg/Garuda.ttf',
  '/usr/share/fonts/truetype/tlwg/Loma.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf',
  '/usr/share/fonts/noto/NotoSansThai-Regular.ttf',
];

let fontBytes: Uint8Array | null = null;

function thaiFont(): Uint8Array {
  if (fontBytes) return fontBytes;
  const configured = process.env.PRATU_THAI_FONT;
  const path = [configured, ...FONT_CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!path) throw new DomainError('assessment.font_missing', { status: 503 });
  fontBytes = readFileSync(path);
  return fontBytes;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const INK = rgb(0.106, 0.122, 0.141);
const MUTED = rgb(0.29, 0.325, 0.376);
const BAR = rgb(0.114, 0.31, 0.569);
const LINE = rgb(0.788, 0.82, 0.855);

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

class Writer {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly footer: string,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    const n = this.doc.getPageCount();
    this.page.drawText(`${this.footer} · ${n}`, {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font: this.font,
      color: MUTED,
    });
  }

  ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  width(text: string, size: number) {
    return this.font.widthOfTextAtSize(text, size);
  }

  /** Thai has no spaces between words: break lines at word boundaries found by ICU. */
  wrap(text: string, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const { segment } of segmenter.segment(text)) {
      if (line !== '' && this.width(line + segment, size) > maxWidth) {
        lines.push(line.trimEnd());
        line = segment.trimStart();
      } else {
        line += segment;
      }
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    return lines;
  }

  fit(text: string, size: number, maxWidth: number): string {
    if (this.width(text, size) <= maxWidth) return text;
    let out = '';
    for (const { segment } of segmenter.segment(text)) {
      if (this.width(`${out}${segment}…`, size) > maxWidth) break;
      out += segment;
    }
    return `${out}…`;
  }

  paragraph(text: string, size = 10, color = INK) {
    for (const line of this.wrap(text, size, A4[0] - 2 * MARGIN)) {
      this.ensure(size * 1.6);
      this.y -= size * 1.6;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font: this.font, color });
    }
  }

  gap(height: number) {
    this.y -= height;
  }

  /** A bar chart and its figures in one table: label | n | bar | mean. */
  table(title: string, rows: readonly Row[], lang: Lang) {
    const size = 9;
    const rowHeight = 15;
    this.ensure(40 + rowHeight * Math.min(rows.length, 3));
    this.gap(10);
    this.paragraph(title, 12);
    this.gap(4);
    const labelWidth = 170;
    const countX = MARGIN + labelWidth + 50;
    const barX = countX + 12;
    const barWidth = A4[0] - MARGIN - barX - 50;
    const header = () => {
      this.y -= rowHeight;
      const head =
        lang === 'th'
          ? ['กลุ่ม', 'จำนวน', 'คะแนนเฉลี่ย (0–100)']
          : ['Group', 'n', 'Mean score (0–100)'];
      this.page.drawText(head[0] ?? '', {
        x: MARGIN,
        y: this.y,
        size,
        font: this.font,
        color: MUTED,
      });
      const countHead = head[1] ?? '';
      this.page.drawText(countHead, {
        x: countX - this.width(countHead, size),
        y: this.y,
        size,
        font: this.font,
        color: MUTED,
      });
      this.page.drawText(head[2] ?? '', {
        x: barX,
        y: this.y,
        size,
        font: this.font,
        color: MUTED,
      });
    };
    header();
    for (const r of rows) {
      if (this.y - rowHeight < MARGIN) {
        this.newPage();
        header();
      }
      this.y -= rowHeight;
      this.page.drawLine({
        start: { x: MARGIN, y: this.y - 4 },
        end: { x: A4[0] - MARGIN, y: this.y - 4 },
        thickness: 0.5,
        color: LINE,
      });
      this.page.drawText(this.fit(r.label, size, labelWidth), {
        x: MARGIN,
        y: this.y,
        size,
        font: this.font,
        color: INK,
      });
      const count = formatCount(r.assessments, lang);
      this.page.drawText(count, {
        x: countX - this.width(count, size),
        y: this.y,
        size,
        font: this.font,
        color: INK,
      });
      if (r.overall !== null) {
        const w = Math.max(1, (barWidth * r.overall) / 100);
        this.page.drawRectangle({ x: barX, y: this.y - 2, width: w, height: 9, color: BAR });
        this.page.drawText(formatScore(r.overall, lang), {
          x: barX + w + 4,
          y: this.y,
          size,
          font: this.font,
          color: INK,
        });
      } else {
        this.page.drawText('–', { x: barX, y: this.y, size, font: this.font, color: INK });
      }
    }
  }
}

export async function dashboardPdf(d: Dashboard, lang: Lang): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(thaiFont(), { subset: true });
  const th = lang === 'th';
  const title = th
    ? 'ผลการประเมินตนเองด้านวินัยการเงินการคลังขององค์กรปกครองส่วนท้องถิ่น'
    : 'Local administrations’ fiscal-discipline self-assessment results';
  doc.setTitle(title);
  doc.setLanguage(th ? 'th-TH' : 'en');
  doc.setCreator('Pratu');
  doc.setProducer('Pratu (pdf-lib)');
  const f = d.filter;
  const w = new Writer(doc, font, `${title} · ${formatFiscalYear(f.fiscalYear, lang)}`);

  w.paragraph(title, 16);
  w.paragraph(formatFiscalYear(f.fiscalYear, lang), 12, MUTED);
  const all = th ? 'ทั้งหมด' : 'all';
  w.paragraph(
    [
      `${th ? 'ประเภทโครงการ' : 'Project type'}: ${f.projectType ? projectTypeLabel(f.projectType, lang) : all}`,
      `${th ? 'ภาค' : 'Region'}: ${f.region ? regionLabel(f.region, lang) : all}`,
      `${th ? 'จังหวัด' : 'Province'}: ${f.provinceCode ? provinceLabel(f.provinceCode, lang) : all}`,
      `${th ? 'ประเภท อปท.' : 'Administration type'}: ${f.administrationType ? administrationTypeLabel(f.administrationType, lang) : all}`,
    ].join(' · '),
    9,
    MUTED,
  );
  w.gap(6);
  w.paragraph(
    th
      ? `แบบประเมินที่ยื่นแล้ว ${formatCount(d.total.assessments, lang)} แบบ คะแนนเฉลี่ยรวม ${formatScore(d.total.overall, lang)} ข้อบกพร่องเฉลี่ย ${formatScore(d.total.findingsPerAssessment, lang)} ข้อต่อแบบ`
      : `${formatCount(d.total.assessments, lang)} submitted assessments, mean overall score ${formatScore(d.total.overall, lang)}, ${formatScore(d.total.findingsPerAssessment, lang)} findings per assessment`,
    11,
  );

  w.table(
    th ? 'คะแนนเฉลี่ยตามกรอบการประเมิน' : 'Mean score by framework',
    frameworkRows(d.total, lang),
    lang,
  );
  w.table(th ? 'คะแนนเฉลี่ยตามภาค' : 'Mean score by region', d.byRegion, lang);
  w.table(
    th ? 'คะแนนเฉลี่ยตามประเภท อปท.' : 'Mean score by administration type',
    d.byAdministrationType,
    lang,
  );
  w.table(th ? 'คะแนนเฉลี่ยตามประเภทโครงการ' : 'Mean score by project type', d.byProjectType, lang);
  w.table(th ? 'คะแนนเฉลี่ยรายปีงบประมาณ' : 'Mean score by fiscal year', d.byFiscalYear, lang);
  w.table(th ? 'คะแนนเฉลี่ยตามจังหวัด' : 'Mean score by province', d.byProvince, lang);

  return Buffer.from(await doc.save());
}
