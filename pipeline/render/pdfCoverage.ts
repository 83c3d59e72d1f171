/**
 * The PDF's coverage matrix: one row per fact, one column per source, each
 * cell coloured and marked by category, source labels slanted above, a
 * legend below. It looks like the HTML page's vega heatmap (charts.ts: same
 * labels, colours, marks and pixel sizes, drawn at 3/4 point per pixel like
 * every chart) but is drawn with pdfkit directly.
 *
 * Why not vega, as for the conflict charts: the matrix is a grid of squares,
 * and drawing it through a chart engine and (then) an SVG parser took most
 * of a report's time. A 5-source story has ~70 facts, so its
 * matrix is ~700 SVG elements, drawn over two pages as two charts plus a
 * one-row probe to measure them; svg-to-pdfkit builds a few dozen closures
 * per element. In corpus mode a story took 0.228 s with that, 0.136 s with
 * no PDF matrix at all, and ~0.15 s with this one (120 stories, one
 * process, the workers' heap settings).
 *
 * Every slice of one matrix gets the same layout (label column, column
 * width, scale), so its columns line up from page to page.
 */
import {
  cellCategory,
  cellColours,
  cellSymbols,
  coverageCategories,
  coverageColumnLabel,
  coverageRowLabel,
  HEATMAP_ROW_PX as ROW,
  heatmapColumnPx,
  legendLabel,
} from "./charts.ts";
import { fontNames, type GlyphGuard } from "./pdfFonts.ts";
import type { CoverageMatrix, CoverageRow } from "./reportModel.ts";

type Doc = PDFKit.PDFDocument;

/** Points per pixel, as for the charts' SVG. */
const PT_PER_PX = 0.75;
const PAD = 6;
const LABEL_SIZE = 10;
const SYMBOL_SIZE = 9;
/** between a row label and the grid, and between the slanted labels and the grid */
const LABEL_GAP = 4;
const ROW_LABEL_LIMIT = 300;
const COLUMN_LABEL_LIMIT = 130;
const COLUMN_ANGLE = 40;
const LEGEND_GAP = 16;
const LEGEND_SQUARE = 9;
const LEGEND_ROW = 12;
/** after a legend square, and after its words */
const LEGEND_TEXT_GAP = 4;
const LEGEND_ENTRY_GAP = 14;
const TEXT = "#222222";

export interface CoverageGridLayout {
  /** glyph-safe labels, cut to their limits with an ellipsis */
  columnLabels: string[];
  rowLabels: Map<CoverageRow, string>;
  /** pixel geometry: the grid's left edge and top, a column's width */
  gridX: number;
  gridY: number;
  step: number;
  /** points per pixel: 3/4, less when the matrix is wider than the page */
  scale: number;
  /** in points: the drawing's height without rows, one row's height */
  chrome: number;
  rowHeight: number;
}

const slant = (COLUMN_ANGLE * Math.PI) / 180;

/** `text` cut to at most `limit` pixels wide at the current font, with an ellipsis when cut. */
function fitted(doc: Doc, text: string, limit: number): string {
  if (doc.widthOfString(text) <= limit) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join("").trimEnd()}…`;
  // the longest prefix that fits, by halving: a label can be an article's whole byline
  let fits = 0;
  let tooLong = chars.length;
  while (tooLong - fits > 1) {
    const n = (fits + tooLong) >> 1;
    if (doc.widthOfString(cut(n)) <= limit) fits = n;
    else tooLong = n;
  }
  return cut(fits);
}

/** The layout of every slice of `matrix`, at most `maxWidth` points wide. */
export function coverageGridLayout(doc: Doc, glyphs: GlyphGuard, matrix: Pick<CoverageMatrix, "sources" | "rows">, maxWidth: number): CoverageGridLayout {
  doc.font(fontNames.sans).fontSize(LABEL_SIZE);
  const columnLabels = matrix.sources.map((s) => fitted(doc, glyphs.safe(coverageColumnLabel(s), fontNames.sans, false, false), COLUMN_LABEL_LIMIT));
  const rowLabels = new Map(matrix.rows.map((r) => [r, fitted(doc, glyphs.safe(coverageRowLabel(r), fontNames.sans, false, false), ROW_LABEL_LIMIT)]));
  let labelWidth = 0;
  for (const label of rowLabels.values()) labelWidth = Math.max(labelWidth, doc.widthOfString(label));
  const step = heatmapColumnPx(matrix.sources.length);
  // a slanted label rises from its column's centre; its far end sets the height above the grid and how far right it reaches
  let rise = 0;
  let reach = 0;
  columnLabels.forEach((label, i) => {
    const w = doc.widthOfString(label);
    rise = Math.max(rise, w * Math.sin(slant) + LABEL_SIZE * Math.cos(slant));
    reach = Math.max(reach, (i + 0.5) * step + w * Math.cos(slant));
  });
  let legendWidth = 0;
  for (const c of coverageCategories) legendWidth += legendEntryWidth(doc, c);
  const gridX = PAD + labelWidth + LABEL_GAP;
  const gridY = PAD + rise + LABEL_GAP;
  const gridWidth = matrix.sources.length * step;
  const widthPx = gridX + Math.max(gridWidth, reach, legendWidth) + PAD;
  const scale = PT_PER_PX * Math.min(1, maxWidth / (widthPx * PT_PER_PX));
  return {
    columnLabels,
    rowLabels,
    gridX,
    gridY,
    step,
    scale,
    chrome: (gridY + LEGEND_GAP + LEGEND_ROW + PAD) * scale,
    rowHeight: ROW * scale,
  };
}

/** A legend entry's square, its words and the gap to the next, at the current font. */
function legendEntryWidth(doc: Doc, c: (typeof coverageCategories)[number]): number {
  return LEGEND_SQUARE + LEGEND_TEXT_GAP + doc.widthOfString(legendLabel(c)) + LEGEND_ENTRY_GAP;
}

/** Top of a line of text whose box is to be centred on `middle` (pdfkit places text by its top). */
function topFor(doc: Doc, middle: number): number {
  return middle - doc.currentLineHeight() / 2;
}

/** Draw `rows` of the matrix laid out by `layout` with its top left corner at (x, y), in points. */
export function drawCoverageGrid(doc: Doc, layout: CoverageGridLayout, matrix: Pick<CoverageMatrix, "sources">, rows: readonly CoverageRow[], x: number, y: number): void {
  const { gridX, gridY, step } = layout;
  doc.save();
  doc.translate(x, y).scale(layout.scale);

  doc.font(fontNames.sans).fontSize(LABEL_SIZE).fillColor(TEXT);
  layout.columnLabels.forEach((label, i) => {
    // the label's baseline starts just above the column's centre and rises to the right
    doc.save().translate(gridX + (i + 0.5) * step, gridY - LABEL_GAP).rotate(-COLUMN_ANGLE);
    doc.text(label, 0, -doc.currentLineHeight() * 0.8, { lineBreak: false });
    doc.restore();
  });

  // (loops, not forEach callbacks: V8 drops a per-call closure's optimised code at each full collection)
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const top = gridY + r * ROW;
    doc.font(fontNames.sans).fontSize(LABEL_SIZE).fillColor(TEXT);
    const label = layout.rowLabels.get(row) ?? "";
    doc.text(label, gridX - LABEL_GAP - doc.widthOfString(label), topFor(doc, top + ROW / 2), { lineBreak: false });
    for (let i = 0; i < matrix.sources.length; i++) {
      const category = cellCategory(row.status, row.cells[i]?.reported ?? false);
      // a cell inset by half a pixel: the white lines between cells
      doc.rect(gridX + i * step + 0.5, top + 0.5, step - 1, ROW - 1).fill(cellColours[category]);
      const symbol = cellSymbols[category];
      if (symbol) {
        doc.fontSize(SYMBOL_SIZE).fillColor(TEXT);
        doc.text(symbol, gridX + (i + 0.5) * step - doc.widthOfString(symbol) / 2, topFor(doc, top + ROW / 2), { lineBreak: false });
      }
    }
  }

  let lx = gridX;
  const ly = gridY + rows.length * ROW + LEGEND_GAP;
  doc.fontSize(LABEL_SIZE);
  for (const c of coverageCategories) {
    doc.rect(lx, ly + (LEGEND_ROW - LEGEND_SQUARE) / 2, LEGEND_SQUARE, LEGEND_SQUARE).lineWidth(0.5).fillAndStroke(cellColours[c], "#bbbbbb");
    doc.fillColor(TEXT).text(legendLabel(c), lx + LEGEND_SQUARE + LEGEND_TEXT_GAP, topFor(doc, ly + LEGEND_ROW / 2), { lineBreak: false });
    lx += legendEntryWidth(doc, c);
  }
  doc.restore();
}
