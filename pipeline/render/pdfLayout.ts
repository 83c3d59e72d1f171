/**
 * A small layout engine over pdfkit for the report: tagged headings,
 * paragraphs, lists, figures and tables, page breaks decided by measuring
 * before drawing, and the page furniture (running header, "page X of Y")
 * added at the end over the buffered pages.
 *
 * pdfkit's own `doc.table` neither repeats its header row on a new page nor
 * keeps a row in one piece, so tables are drawn here cell by cell: each row
 * is measured with `heightOfString`, moved to the next page (header repeated)
 * when it does not fit, and split across pages only when it is taller than a
 * whole page.
 *
 * Tagging: every drawn piece of content is a marked-content sequence inside
 * a structure element (Document > Sect > H1/H2/H3/P/L/Table/Figure), added in
 * reading order; lines, fills and page furniture are artifacts.
 */
import { fontNames, type FontName, type GlyphGuard } from "./pdfFonts.ts";
import { paintChart, type RenderedChart } from "./charts.ts";
import { PdfCanvasContext } from "./pdfCanvas.ts";

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export const palette = {
  text: "#1a1a1a",
  muted: "#555555",
  rule: "#c8c8c8",
  headerFill: "#e8edf2",
  zebra: "#f6f7f9",
  accent: "#1f4e79",
  conflict: "#a23b1c",
  agree: "#2e6b2e",
} as const;

export const sizes = { body: 9.5, small: 8.5, table: 8.5, h1: 19, h2: 14.5, h3: 11 } as const;

export interface TableColumn {
  header: string;
  /** share of the content width; shares are normalised */
  share: number;
  align?: "left" | "right" | "center";
  font?: FontName;
}

export type TableCell = string | { text: string; font?: FontName; color?: string };

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  /** a short text for screen readers and the structure tree */
  summary?: string;
}

interface LaidOutCell {
  text: string;
  font: FontName;
  color: string | undefined;
}

interface TableLayout {
  rows: LaidOutCell[][];
  headers: string[];
  widths: number[];
  xs: number[];
  textHeight: (text: string, font: FontName, col: number) => number;
  rowHeight: (cells: readonly { text: string; font: FontName }[]) => number;
  headerHeight: number;
  firstHeight: number;
}

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;

export class PdfWriter {
  readonly doc: Doc;
  readonly glyphs: GlyphGuard;
  private readonly root: Struct;
  private section: Struct;
  private sectionOutline: PDFKit.PDFOutline | null = null;
  /** pages whose first content is the report's title block (no running header) */
  private readonly pagesWithoutHeader = new Set<number>();
  /** tables measure each cell several times (widths, fit, split) */
  private readonly heights = new Map<string, number>();
  private readonly tableLayouts = new WeakMap<TableSpec, TableLayout>();

  constructor(doc: Doc, glyphs: GlyphGuard) {
    this.doc = doc;
    this.glyphs = glyphs;
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
    this.section = this.root;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  skipHeaderOnThisPage(): void {
    this.pagesWithoutHeader.add(this.pageIndex);
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Start a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top + 0.5) this.newPage();
  }

  moveDown(points: number): void {
    if (this.doc.y + points >= this.bottom) this.newPage();
    else this.doc.y += points;
  }

  private use(font: FontName, size: number): void {
    this.doc.font(font).fontSize(size);
  }

  /** Height of `text` in `font` at `size` wrapped to `width`. */
  measure(text: string, font: FontName, size: number, width: number, lineGap = 1): number {
    const key = `${font}|${size}|${width}|${lineGap}|${text}`;
    const known = this.heights.get(key);
    if (known !== undefined) return known;
    this.use(font, size);
    const safe = this.glyphs.safe(text, font, true);
    const height = safe === "" ? this.doc.currentLineHeight(true) + lineGap : this.doc.heightOfString(safe, { width, lineGap });
    if (this.heights.size < 20_000) this.heights.set(key, height);
    return height;
  }

  /** Add a structure element to the current section and draw into it now. */
  private tagged(type: string, draw: () => void, options: NonNullable<Parameters<Doc["struct"]>[1]> = {}): Struct {
    const el = this.doc.struct(type, options);
    this.section.add(el);
    el.add(draw);
    el.end();
    return el;
  }

  /** Decoration that is not content: rules, fills, page furniture. */
  private artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** A top-level section: its own structure element and bookmark. */
  beginSection(title: string, options: { newPage?: boolean; keepWith?: number } = {}): void {
    this.endSection();
    if (options.newPage) this.newPage();
    // the gap above the heading and its rule below (18 points) come on top of the title's height
    this.ensureSpace(this.measure(title, fontNames.bold, sizes.h2, this.contentWidth) + 18 + Math.max(80, options.keepWith ?? 0));
    if (this.doc.y > this.top + 0.5) this.doc.y += 10;
    this.section = this.doc.struct("Sect", { title: this.glyphs.safe(title) });
    this.root.add(this.section);
    this.sectionOutline = this.bookmark(title, this.doc.outline);
    this.heading(2, title);
  }

  endSection(): void {
    if (this.section !== this.root) this.section.end();
    this.section = this.root;
  }

  /** A bookmark to the current position. */
  private bookmark(title: string, parent: PDFKit.PDFOutline): PDFKit.PDFOutline {
    // pdfkit computes the destination as (page width - left, page height - top)
    const options = { left: this.doc.page.width, top: Math.max(0, this.doc.y - 6) } as unknown as { expanded?: boolean };
    return parent.addItem(this.glyphs.safe(title), options);
  }

  /** A sub-heading inside the current section, bookmarked under it when asked. */
  subheading(text: string, options: { bookmark?: string; keepWith?: number } = {}): void {
    // keep the heading with the start of what follows (a table's header and first row)
    this.ensureSpace(this.measure(text, fontNames.bold, sizes.h3, this.contentWidth) + 9 + Math.max(80, options.keepWith ?? 0));
    this.doc.y += 6;
    if (options.bookmark && this.sectionOutline) this.bookmark(options.bookmark, this.sectionOutline);
    this.heading(3, text);
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? sizes.h1 : level === 2 ? sizes.h2 : sizes.h3;
    const colour = level === 3 ? palette.text : palette.accent;
    this.use(fontNames.bold, size);
    const safe = this.glyphs.safe(text, fontNames.bold);
    this.tagged(`H${level}`, () => {
      this.doc.fillColor(colour).text(safe, this.left, this.doc.y, { width: this.contentWidth, lineGap: 1 });
    });
    this.doc.y += level === 2 ? 5 : 3;
    if (level === 2) {
      const y = this.doc.y - 3;
      this.artifact(() => {
        this.doc.save().moveTo(this.left, y).lineTo(this.left + this.contentWidth, y).lineWidth(0.6).strokeColor(palette.accent).stroke().restore();
      });
      this.doc.y += 3;
    }
    this.doc.fillColor(palette.text);
  }

  /** A paragraph; long ones flow across pages (pdfkit keeps the tags open across the break). */
  paragraph(
    text: string,
    options: { font?: FontName; size?: number; color?: string; indent?: number; gapAfter?: number; type?: string } = {},
  ): void {
    const font = options.font ?? fontNames.sans;
    const size = options.size ?? sizes.body;
    const indent = options.indent ?? 0;
    const width = this.contentWidth - indent;
    // keep at least two lines together at the foot of a page
    this.ensureSpace(Math.min(this.measure(text, font, size, width), size * 2.6));
    this.use(font, size);
    const safe = this.glyphs.safe(text, font, true);
    this.tagged(options.type ?? "P", () => {
      this.doc.fillColor(options.color ?? palette.text).text(safe, this.left + indent, this.doc.y, { width, lineGap: 1.5 });
    });
    this.doc.fillColor(palette.text);
    this.doc.x = this.left;
    this.doc.y += options.gapAfter ?? 4;
  }

  /** A paragraph of runs in different fonts ("Label: value"), tagged as one P. */
  runs(parts: readonly { text: string; font?: FontName; color?: string }[], options: { size?: number; gapAfter?: number } = {}): void {
    const size = options.size ?? sizes.body;
    const safeParts = parts
      .map((p) => ({ ...p, font: p.font ?? fontNames.sans }))
      .map((p) => ({ ...p, text: this.glyphs.safe(p.text, p.font) }))
      .filter((p) => p.text !== "");
    if (safeParts.length === 0) return;
    const plain = safeParts.map((p) => p.text).join("");
    this.ensureSpace(Math.min(this.measure(plain, fontNames.bold, size, this.contentWidth), size * 2.6));
    this.tagged("P", () => {
      safeParts.forEach((p, i) => {
        this.use(p.font, size);
        this.doc.fillColor(p.color ?? palette.text);
        const last = i === safeParts.length - 1;
        if (i === 0) this.doc.text(p.text, this.left, this.doc.y, { width: this.contentWidth, lineGap: 1.5, continued: !last });
        else this.doc.text(p.text, { continued: !last, lineGap: 1.5 });
      });
    });
    this.doc.fillColor(palette.text);
    this.doc.x = this.left;
    this.doc.y += options.gapAfter ?? 4;
  }

  /** A bulleted list: L > LI > (Lbl, LBody). */
  list(items: readonly string[], options: { size?: number } = {}): void {
    if (items.length === 0) return;
    const size = options.size ?? sizes.body;
    const list = this.doc.struct("L");
    this.section.add(list);
    const indent = 14;
    const width = this.contentWidth - indent;
    for (const item of items) {
      const safe = this.glyphs.safe(item, fontNames.sans, true);
      this.ensureSpace(Math.min(this.measure(safe, fontNames.sans, size, width), size * 2.6));
      const li = this.doc.struct("LI");
      list.add(li);
      const y = this.doc.y;
      li.add(
        this.doc.struct("Lbl", {}, () => {
          this.use(fontNames.sans, size);
          this.doc.fillColor(palette.accent).text("•", this.left + 3, y, { lineBreak: false });
        }),
      );
      li.add(
        this.doc.struct("LBody", {}, () => {
          this.use(fontNames.sans, size);
          this.doc.fillColor(palette.text).text(safe, this.left + indent, y, { width, lineGap: 1.5 });
        }),
      );
      li.end();
      this.doc.x = this.left;
      this.doc.y += 2.5;
    }
    list.end();
    this.doc.y += 2;
  }

  /** The size a chart is drawn at: its pixels as points (3/4), shrunk to fit the column and the page. */
  figureSize(chart: RenderedChart, maxWidth?: number): { width: number; height: number } {
    const { width: pxWidth, height: pxHeight } = chart.scene;
    if (!pxWidth || !pxHeight) return { width: 0, height: 0 };
    const width = pxWidth * 0.75;
    const height = pxHeight * 0.75;
    const limit = Math.min(maxWidth ?? this.contentWidth, this.contentWidth);
    const scale = Math.min(1, limit / width, (this.bottom - this.top - 4) / height);
    return { width: width * scale, height: height * scale };
  }

  /**
   * Draw a chart as vectors, scaled to fit the content width (and at most
   * `maxWidth` points), as a Figure with alternate text.
   */
  figure(chart: RenderedChart, alt: string, options: { maxWidth?: number } = {}): void {
    const { width, height } = this.figureSize(chart, options.maxWidth);
    if (!width || !height) return;
    const pointsPerPixel = width / chart.scene.width;
    this.drawnFigure(height, alt, (doc, x, y) => {
      doc.save();
      doc.transform(pointsPerPixel, 0, 0, pointsPerPixel, x, y);
      // the context passes every label through the glyph guard, so each one is drawable
      paintChart(chart.scene, new PdfCanvasContext(doc, this.glyphs));
      doc.restore();
    });
  }

  /**
   * A figure `height` points tall that `draw` paints with pdfkit, its top
   * left corner at (x, y), as a Figure with alternate text. `draw` leaves
   * the graphics state as it found it.
   */
  drawnFigure(height: number, alt: string, draw: (doc: Doc, x: number, y: number) => void): void {
    this.ensureSpace(height + 4);
    const x = this.left;
    const y = this.doc.y;
    this.tagged("Figure", () => draw(this.doc, x, y), { alt: this.glyphs.safe(alt) });
    this.doc.x = this.left;
    this.doc.y = y + height + 6;
  }

  /** Small boxed figures side by side ("12 facts", "3 in conflict"). */
  statBoxes(stats: readonly { value: string; label: string; color?: string }[]): void {
    if (stats.length === 0) return;
    const gap = 8;
    const boxWidth = (this.contentWidth - gap * (stats.length - 1)) / stats.length;
    const boxHeight = 42;
    this.ensureSpace(boxHeight + 8);
    const y = this.doc.y;
    stats.forEach((stat, i) => {
      const x = this.left + i * (boxWidth + gap);
      this.artifact(() => {
        this.doc.save().roundedRect(x, y, boxWidth, boxHeight, 3).fillAndStroke(palette.zebra, palette.rule).restore();
      });
      this.tagged("P", () => {
        this.use(fontNames.bold, 15);
        this.doc.fillColor(stat.color ?? palette.accent).text(this.glyphs.safe(stat.value, fontNames.bold), x, y + 6, { width: boxWidth, align: "center", lineBreak: false });
        this.use(fontNames.sans, sizes.small);
        this.doc.fillColor(palette.muted).text(` ${this.glyphs.safe(stat.label)}`, x + 4, y + 26, { width: boxWidth - 8, align: "center", height: 12, ellipsis: true });
      });
    });
    this.doc.fillColor(palette.text);
    this.doc.x = this.left;
    this.doc.y = y + boxHeight + 10;
  }

  /**
   * How a table will be drawn: its cells, column widths and the height of
   * its header and first row, which must start on the same page.
   */
  private tableLayout(spec: TableSpec): TableLayout {
    // measured once when a heading asks for the table's lead height and again when it is drawn
    const known = this.tableLayouts.get(spec);
    if (known) return known;
    const size = sizes.table;
    const cellFont = (col: number, cell: TableCell): FontName =>
      (typeof cell === "string" ? undefined : cell.font) ?? spec.columns[col].font ?? fontNames.sans;
    const cellText = (col: number, cell: TableCell): string =>
      this.glyphs.safe(typeof cell === "string" ? cell : cell.text, cellFont(col, cell), true);
    const rows = spec.rows.map((row) =>
      spec.columns.map((_, col) => {
        const cell = row[col] ?? "";
        const font = cellFont(col, cell);
        return { text: cellText(col, cell), font, color: typeof cell === "string" ? undefined : cell.color };
      }),
    );
    const headers = spec.columns.map((c) => this.glyphs.safe(c.header, fontNames.bold));
    const widths = this.columnWidths(spec.columns, headers, rows);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, w) => a + w, 0));
    const textHeight = (text: string, font: FontName, col: number) =>
      this.measure(text, font, size, widths[col] - 2 * CELL_PAD_X);

    const headerHeight = Math.max(...headers.map((h, i) => textHeight(h, fontNames.bold, i))) + 2 * CELL_PAD_Y;

    const rowHeight = (cells: readonly { text: string; font: FontName }[]) =>
      Math.max(...cells.map((c, i) => textHeight(c.text, c.font, i))) + 2 * CELL_PAD_Y;
    const firstHeight = rows.length ? Math.min(rowHeight(rows[0]), 60) : 0;
    const layout = { rows, headers, widths, xs, textHeight, rowHeight, headerHeight, firstHeight };
    this.tableLayouts.set(spec, layout);
    return layout;
  }

  /** Height a table needs to start (header and first row): what a heading above it must be kept with. */
  tableLeadHeight(spec: TableSpec): number {
    if (spec.rows.length === 0) return 0;
    const { headerHeight, firstHeight } = this.tableLayout(spec);
    return headerHeight + firstHeight + 2;
  }

  /**
   * A table whose rows never overflow: each row is measured before it is
   * drawn, moved whole to the next page (under a repeated header row) when it
   * does not fit, and split only when it is taller than a page.
   */
  table(spec: TableSpec): void {
    if (spec.rows.length === 0) return;
    const size = sizes.table;
    const { rows, headers, widths, xs, textHeight, rowHeight, headerHeight, firstHeight } = this.tableLayout(spec);

    const table = this.doc.struct("Table", spec.summary ? { title: this.glyphs.safe(spec.summary) } : {});
    this.section.add(table);

    const drawHeader = (repeat: boolean) => {
      const y = this.doc.y;
      this.artifact(() => {
        this.doc.save().rect(this.left, y, this.contentWidth, headerHeight).fill(palette.headerFill).restore();
      });
      const drawCells = () => {
        headers.forEach((h, i) => {
          this.use(fontNames.bold, size);
          this.doc.fillColor(palette.text).text(h, xs[i] + CELL_PAD_X, y + CELL_PAD_Y, {
            width: widths[i] - 2 * CELL_PAD_X,
            height: headerHeight,
            align: spec.columns[i].align ?? "left",
            lineGap: 1,
          });
        });
      };
      if (repeat) {
        // the repeated header is page furniture; the first one is the table's content
        this.artifact(drawCells, "Pagination");
      } else {
        const tr = this.doc.struct("TR");
        table.add(tr);
        headers.forEach((h, i) => {
          tr.add(
            this.doc.struct("TH", {}, () => {
              this.use(fontNames.bold, size);
              this.doc.fillColor(palette.text).text(h, xs[i] + CELL_PAD_X, y + CELL_PAD_Y, {
                width: widths[i] - 2 * CELL_PAD_X,
                height: headerHeight,
                align: spec.columns[i].align ?? "left",
                lineGap: 1,
              });
            }),
          );
        });
        tr.end();
      }
      this.artifact(() => {
        this.doc.save().moveTo(this.left, y + headerHeight).lineTo(this.left + this.contentWidth, y + headerHeight).lineWidth(0.8).strokeColor(palette.muted).stroke().restore();
      });
      this.doc.y = y + headerHeight;
    };

    this.ensureSpace(headerHeight + firstHeight);
    drawHeader(false);
    const pageRoom = () => this.bottom - this.top - headerHeight;

    // (a loop, not a forEach callback: V8 drops a per-call closure's optimised code at each full collection)
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      const tr = this.doc.struct("TR");
      table.add(tr);
      const tds = cells.map(() => {
        const td = this.doc.struct("TD");
        tr.add(td);
        return td;
      });
      let remaining = cells.map((c) => c.text);
      let first = true;
      while (first || remaining.some((t) => t !== "")) {
        const height = rowHeight(remaining.map((t, i) => ({ text: t, font: cells[i].font })));
        if (this.doc.y + height > this.bottom && (height <= pageRoom() || this.bottom - this.doc.y < 3 * size)) {
          this.newPage();
          drawHeader(true);
        }
        const room = this.bottom - this.doc.y - 2 * CELL_PAD_Y;
        // the part of each cell that fits on this page; a cell that fits is whole
        const pieces = remaining.map((t, i) =>
          textHeight(t, cells[i].font, i) <= room ? t : this.fitPrefix(t, cells[i].font, size, widths[i] - 2 * CELL_PAD_X, room),
        );
        const pieceHeight = rowHeight(pieces.map((t, i) => ({ text: t, font: cells[i].font })));
        const y = this.doc.y;
        if (r % 2 === 1) {
          this.artifact(() => {
            this.doc.save().rect(this.left, y, this.contentWidth, pieceHeight).fill(palette.zebra).restore();
          });
        }
        pieces.forEach((piece, i) => {
          if (piece === "") return;
          tds[i].add(() => {
            this.use(cells[i].font, size);
            this.doc.fillColor(cells[i].color ?? palette.text).text(piece, xs[i] + CELL_PAD_X, y + CELL_PAD_Y, {
              width: widths[i] - 2 * CELL_PAD_X,
              // a height stops pdfkit from breaking the page inside a cell
              height: pieceHeight + size,
              align: spec.columns[i].align ?? "left",
              lineGap: 1,
            });
          });
        });
        this.artifact(() => {
          this.doc.save().moveTo(this.left, y + pieceHeight).lineTo(this.left + this.contentWidth, y + pieceHeight).lineWidth(0.4).strokeColor(palette.rule).stroke().restore();
        });
        this.doc.y = y + pieceHeight;
        remaining = remaining.map((t, i) => t.slice(pieces[i].length).replace(/^\s+/, ""));
        first = false;
      }
      for (const td of tds) td.end();
      tr.end();
    }
    table.end();
    this.doc.fillColor(palette.text);
    this.doc.x = this.left;
    this.doc.y += 8;
  }

  /**
   * Column widths from their shares, widened so that no header word and no
   * short word of a cell (a date, a number) has to break mid-word; a column
   * never claims more than a third of the width this way.
   */
  private columnWidths(columns: readonly TableColumn[], headers: readonly string[], cells: readonly (readonly { text: string; font: FontName }[])[]): number[] {
    const longestWord = (text: string, font: FontName) => {
      this.use(font, sizes.table);
      let longest = 0;
      for (const word of text.split(/\s+/)) if (word.length <= 24) longest = Math.max(longest, this.doc.widthOfString(word));
      return longest;
    };
    const minimum = columns.map((_, i) => {
      let m = longestWord(headers[i], fontNames.bold);
      for (const row of cells) m = Math.max(m, longestWord(row[i].text, row[i].font));
      return Math.min(m + 2 * CELL_PAD_X + 1, this.contentWidth / 3);
    });
    const total = columns.reduce((a, c) => a + c.share, 0);
    const widths = columns.map((c) => (c.share / total) * this.contentWidth);
    const deficit = widths.reduce((a, w, i) => a + Math.max(0, minimum[i] - w), 0);
    if (deficit === 0) return widths;
    const spare = widths.reduce((a, w, i) => a + Math.max(0, w - minimum[i]), 0);
    return widths.map((w, i) => (w < minimum[i] ? minimum[i] : w - (deficit * (w - minimum[i])) / Math.max(spare, deficit)));
  }

  /** The longest prefix of `text`, cut at a space, that fits `maxHeight`; at least one word. */
  private fitPrefix(text: string, font: FontName, size: number, width: number, maxHeight: number): string {
    const breaks: number[] = [];
    for (let i = 1; i < text.length; i++) if (/\s/.test(text[i]) && !/\s/.test(text[i - 1])) breaks.push(i);
    breaks.push(text.length);
    let lo = 0;
    let hi = breaks.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.measure(text.slice(0, breaks[mid]), font, size, width) <= maxHeight) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best >= 0) return text.slice(0, breaks[best]);
    // a single word taller than the room (an unbroken string): take what fits by characters
    let n = Math.max(1, Math.min(breaks[0], 200));
    while (n > 1 && this.measure(text.slice(0, n), font, size, width) > maxHeight) n = Math.floor(n / 2);
    return text.slice(0, n);
  }

  /**
   * Running header (the report title, from page 2 on) and "page X of Y"
   * footer on every page, drawn last over the buffered pages as artifacts.
   */
  finish(title: string): void {
    this.endSection();
    this.root.end();
    const range = this.doc.bufferedPageRange();
    const safeTitle = this.glyphs.safe(title);
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const { left, right, top, bottom } = page.margins;
      const width = page.width - left - right;
      // drawing inside the margins must not trigger pdfkit's automatic page break
      page.margins.top = 0;
      page.margins.bottom = 0;
      this.doc.markContent("Artifact", { type: "Pagination" });
      if (!this.pagesWithoutHeader.has(i)) {
        this.use(fontNames.sans, 7.5);
        this.doc.fillColor(palette.muted).text(this.fitLine(safeTitle, width), left, top - 26, { width, lineBreak: false });
        this.doc.save().moveTo(left, top - 14).lineTo(left + width, top - 14).lineWidth(0.4).strokeColor(palette.rule).stroke().restore();
      }
      this.use(fontNames.sans, 7.5);
      const label = `page ${i - range.start + 1} of ${range.count}`;
      this.doc.fillColor(palette.muted).text(label, left, page.height - bottom + 18, { width, align: "right", lineBreak: false });
      this.doc.fillColor(palette.muted).text("Triangulate", left, page.height - bottom + 18, { width, lineBreak: false });
      this.doc.endMarkedContent();
      page.margins.top = top;
      page.margins.bottom = bottom;
    }
    this.doc.fillColor(palette.text);
  }

  /** `text` cut with an ellipsis to fit one line of `width` in the current font. */
  private fitLine(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.doc.widthOfString(`${chars.slice(0, mid).join("")}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${chars.slice(0, lo).join("").trimEnd()}…`;
  }
}
