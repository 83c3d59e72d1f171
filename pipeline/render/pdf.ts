/**
 * report.pdf: the report model laid out for print and archives.
 *
 * A4, PDF/A-2b (pdfkit's subset: embedded fonts, XMP metadata with pdfaid,
 * sRGB output intent), tagged for reading order, bookmarks for every section,
 * "page X of Y" footers and a running header. Byte-identical from run to
 * run: pdfkit derives the file ID from the info dictionary, whose dates come
 * from the articles (the latest published date, or the Unix epoch when no
 * article states one), never from the clock.
 */
import PDFDocument from "pdfkit";
import type { Diagnostic } from "../diagnostics.ts";
import { conflictChart, type ChartMemo, type RenderedChart } from "./charts.ts";
import { coverageGridLayout, drawCoverageGrid } from "./pdfCoverage.ts";
import { GlyphGuard, fontNames } from "./pdfFonts.ts";
import { PdfWriter, palette, sizes, type TableCell, type TableSpec } from "./pdfLayout.ts";
import type { ConflictBlock, FactGroup, FactRow, QuoteGroup, ReportModel } from "./reportModel.ts";

/** Used when no article states a publication date. */
const EPOCH = new Date(Date.UTC(1970, 0, 1));
/** Fewest coverage-matrix rows worth starting at the foot of a page. */
const HEATMAP_MIN_ROWS = 8;

export interface PdfResult {
  bytes: Uint8Array;
  /** at most one `render:missing-glyph` warning for the whole run */
  diagnostics: Diagnostic[];
}

export async function renderPdf(model: ReportModel): Promise<Uint8Array> {
  return (await renderPdfReport(model)).bytes;
}

export function reportDate(model: Pick<ReportModel, "date">): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(model.date);
  if (!m) return EPOCH;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? EPOCH : date;
}

function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Metadata strings: one line, no control characters. */
function infoText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
}

function newDocument(model: ReportModel): PDFKit.PDFDocument {
  const date = reportDate(model);
  const info = {
    Title: infoText(model.title),
    Author: "Triangulate",
    Subject: infoText(model.event.description || model.subtitle),
    Keywords: infoText(model.keywords.join(", ")),
    Creator: "Triangulate",
    CreationDate: date,
    ModDate: date,
  };
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 64, bottom: 58, left: 56, right: 56 },
    pdfVersion: "1.7",
    subset: "PDF/A-2b",
    tagged: true,
    lang: "en",
    displayTitle: true,
    bufferPages: true,
    // no default Helvetica: PDF/A wants every font embedded, so only DejaVu is loaded
    font: null as unknown as string,
    info,
  });
  // pdfkit writes the info strings into the XMP packet unescaped, so a title
  // with "&" or "<" would break the XML; give it escaped copies, and the
  // modification date PDF/A expects to match the info dictionary.
  const internals = doc as unknown as { _addInfo: () => void; info: Record<string, unknown>; appendXML: (xml: string) => void };
  const addInfo = internals._addInfo;
  internals._addInfo = function (this: typeof internals) {
    const raw = this.info;
    this.info = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? xmlEscape(v) : v]));
    try {
      addInfo.call(this);
      const iso = date.toISOString().split(".")[0] + "Z";
      this.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${iso}</xmp:ModifyDate>
            <xmp:MetadataDate>${iso}</xmp:MetadataDate>
        </rdf:Description>
        `);
    } finally {
      this.info = raw;
    }
  };
  return doc;
}

/** The slice of pdfkit's PDFReference (a page's content stream) touched below. */
interface ContentStream {
  buffer: Uint8Array[];
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/**
 * pdfkit turns every drawing operator into its own small byte array and,
 * with buffered pages (needed for "page X of Y"), keeps them all to the end:
 * a 1,600-page report held millions of them, gigabytes with their overhead.
 * Here a page's operators are gathered as text and turned into bytes a
 * thousand at a time: the same bytes, in the same order.
 */
function compactPageContent(stream: ContentStream): void {
  const parts: string[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    // pdfkit keeps the low byte of each UTF-16 unit; so does latin1
    stream.buffer.push(new Uint8Array(Buffer.from(parts.join(""), "latin1")));
    parts.length = 0;
  };
  const write = stream.write;
  const finalize = stream.finalize;
  stream.write = function (chunk) {
    if (typeof chunk !== "string") {
      flush();
      write.call(this, chunk);
      return;
    }
    parts.push(chunk, "\n");
    // a page's text as a few large pieces, not thousands of small strings
    if (parts.length >= 2048) flush();
    this.uncompressedLength += chunk.length + 1;
    this.data.Length = (this.data.Length ?? 0) + chunk.length + 1;
    if (this.compress) this.data.Filter = "FlateDecode";
  };
  stream.finalize = function () {
    flush();
    finalize.call(this);
  };
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}

/** Height of a full-width paragraph with its gap, for keeping a heading with what follows it. */
function paragraphHeight(w: PdfWriter, text: string, size: number = sizes.body, gapAfter = 4): number {
  return text ? w.measure(text, fontNames.sans, size, w.contentWidth, 1.5) + gapAfter : 0;
}

/** Height a sub-heading keeps free for itself and the `keepWith` points after it (PdfWriter.subheading). */
function subheadingHeight(w: PdfWriter, text: string, keepWith: number): number {
  return w.measure(text, fontNames.bold, sizes.h3, w.contentWidth) + 9 + Math.max(80, keepWith);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const statusColours: Record<FactRow["status"], string> = {
  agree: palette.agree,
  conflict: palette.conflict,
  single_source: palette.accent,
};

function statusCell(row: { status: FactRow["status"]; statusIcon: string; statusLabel: string }): TableCell {
  return { text: `${row.statusIcon} ${row.statusLabel}`, color: statusColours[row.status] };
}

/**
 * Lay the report out; the charts are rendered first because vega is
 * asynchronous. `memo`: charts already drawn for this report (the HTML page
 * draws the same ones).
 */
export async function renderPdfReport(model: ReportModel, memo: ChartMemo = new Map()): Promise<PdfResult> {
  const conflictCharts: (RenderedChart | null)[] = [];
  for (const c of model.conflicts) conflictCharts.push(await conflictChart(c, memo));

  const doc = newDocument(model);
  const done = collect(doc);
  const pageContent = () => (doc.page as unknown as { content: ContentStream }).content;
  compactPageContent(pageContent());
  doc.on("pageAdded", () => compactPageContent(pageContent()));
  const glyphs = new GlyphGuard(doc);
  const w = new PdfWriter(doc, glyphs);

  titleBlock(w, model);
  summary(w, model);
  conflicts(w, model, conflictCharts);
  agreements(w, model);
  coverage(w, model);
  names(w, model);
  quotes(w, model);
  copiedText(w, model);
  method(w, model);
  sources(w, model);

  w.finish(model.title);
  doc.end();
  const bytes = await done;
  return { bytes, diagnostics: glyphs.diagnostics() };
}

function titleBlock(w: PdfWriter, model: ReportModel): void {
  w.skipHeaderOnThisPage();
  w.doc.y = w.top - 10;
  w.heading(1, model.title);
  const dateLine = model.event.published ? ` · published ${model.event.published}` : "";
  w.paragraph(`${model.subtitle}${dateLine}`, { color: palette.muted, size: 10.5, gapAfter: 8 });
}

function summary(w: PdfWriter, model: ReportModel): void {
  w.beginSection("Summary");
  if (model.event.description) w.paragraph(model.event.description, { gapAfter: 8 });
  const c = model.counts;
  w.statBoxes([
    { value: String(c.facts), label: c.facts === 1 ? "fact" : "facts" },
    { value: String(c.agree), label: "agree", color: palette.agree },
    { value: String(c.conflict), label: "in conflict", color: palette.conflict },
    { value: String(c.singleSource), label: "single-source" },
    { value: String(c.sources), label: c.sources === 1 ? "source" : "sources" },
  ]);
  w.paragraph(
    `${plural(c.claims, "claim")} from ${plural(c.sources, "source")}; ${plural(c.entities, "named entity", "named entities")}; ` +
      `${plural(c.quotes, "quote")}; ${plural(c.reusePairs, "pair")} of sources sharing passages.`,
    { size: sizes.small, color: palette.muted, gapAfter: 8 },
  );

  w.subheading("Main conflicts");
  if (model.topConflicts.length === 0) w.paragraph("The sources do not contradict each other on any fact the tool found.");
  else w.list(model.topConflicts.map((t) => t.sentence));

  w.subheading("Sources compared");
  w.table({
    summary: "The articles compared",
    columns: [
      { header: "#", share: 0.35, align: "right" },
      { header: "Source", share: 1.3, font: fontNames.bold },
      { header: "Title", share: 3.4 },
      { header: "Published", share: 1 },
      { header: "Words", share: 0.7, align: "right" },
    ],
    rows: model.sources.map((s) => [String(s.ordinal), s.label, s.title || "(no title)", s.published || "not stated", String(s.words)]),
  });
}

function conflicts(w: PdfWriter, model: ReportModel, charts: readonly (RenderedChart | null)[]): void {
  if (model.conflicts.length === 0) {
    w.beginSection("Conflicts");
    w.paragraph("No conflicting facts: where two or more sources report the same thing, their values are compatible.");
    return;
  }
  const intro =
    `${plural(model.conflicts.length, "fact")} on which sources disagree, the most important first. ` +
    "Each block gives every source's value, its exact words and whom it credits, and why the values were judged incompatible.";
  const layouts = model.conflicts.map((block) => conflictLayout(w, block));
  w.beginSection("Conflicts", { keepWith: paragraphHeight(w, intro) + subheadingHeight(w, model.conflicts[0].fact.label, layouts[0].lead) });
  w.paragraph(intro, { color: palette.muted });
  model.conflicts.forEach((block, i) => conflictBlock(w, block, layouts[i], charts[i] ?? null));
}

/** A conflict block's readings table, and the height from below its heading to the table's first row. */
function conflictLayout(w: PdfWriter, block: ConflictBlock): { readings: TableSpec; lead: number } {
  const { fact } = block;
  const readings: TableSpec = {
    summary: `What each source says about ${fact.label}`,
    columns: [
      { header: "Source", share: 1.2, font: fontNames.bold },
      { header: "Value", share: 1.2 },
      { header: "Their words", share: 4.2 },
      { header: "Credited to", share: 1.5 },
    ],
    rows: block.readings.map((r) => [r.sourceLabel, r.valueLabel, r.sentence || r.text, r.authority]),
  };
  const lead =
    paragraphHeight(w, "✗", sizes.small) +
    block.valueGroups.reduce((h, g) => h + paragraphHeight(w, `${g.valueLabel} — ${g.sourceLabels.join(", ")}`, sizes.body, 1.5), 0) +
    2.5 +
    paragraphHeight(w, fact.note, sizes.small) +
    w.tableLeadHeight(readings);
  return { readings, lead };
}

function conflictBlock(w: PdfWriter, block: ConflictBlock, layout: { readings: TableSpec; lead: number }, chart: RenderedChart | null): void {
  const { fact } = block;
  const { readings, lead } = layout;
  w.subheading(fact.label, { bookmark: `${fact.id} ${fact.label}`, keepWith: lead });
  w.runs(
    [
      { text: `${fact.statusIcon} ${fact.statusLabel}`, font: fontNames.bold, color: palette.conflict },
      { text: ` · ${fact.kindLabel} · ${plural(fact.sourceCount, "source")} · ${fact.id}`, color: palette.muted },
    ],
    { size: sizes.small },
  );
  for (const g of block.valueGroups) {
    w.runs(
      [
        { text: g.valueLabel, font: fontNames.bold },
        { text: ` — ${g.sourceLabels.join(", ")}` },
      ],
      { gapAfter: 1.5 },
    );
  }
  w.moveDown(2.5);
  if (fact.note) w.paragraph(fact.note, { color: palette.muted, size: sizes.small });
  w.table(readings);
  if (chart) {
    const alt = `Values by source for ${fact.label}: ` + block.chart.map((p) => `${p.sourceLabel} ${p.valueLabel}`).join("; ");
    w.figure(chart, alt, { maxWidth: 400 });
  }
}

function agreements(w: PdfWriter, model: ReportModel): void {
  if (model.factGroups.length === 0) {
    w.beginSection("Agreements and single-source facts");
    w.paragraph("No facts beyond the conflicts and quotes were found.");
    return;
  }
  const intro = "Facts the sources agree on, then facts only one source reports, grouped by kind; conflicts and quotes have their own sections.";
  const heading = (group: FactGroup) => `${group.heading}: ${group.agreeCount} agreed, ${group.singleSourceCount} single-source`;
  const tables = model.factGroups.map((group): TableSpec => ({
    summary: `${group.heading}: agreements and single-source facts`,
    columns: [
      { header: "Fact", share: 0.6, font: fontNames.mono },
      { header: "What", share: 2.2 },
      { header: "Status", share: 1.45 },
      { header: "Reported by", share: 2.05 },
      { header: "Values", share: 2.2 },
    ],
    rows: group.facts.map((f) => [
      f.id,
      f.label,
      statusCell(f),
      `${f.sourceCount}: ${f.sourceLabels.join(", ")}`,
      f.values.join("\n"),
    ]),
  }));
  const first = model.factGroups[0];
  w.beginSection("Agreements and single-source facts", {
    keepWith: paragraphHeight(w, intro) + subheadingHeight(w, heading(first), w.tableLeadHeight(tables[0])),
  });
  w.paragraph(intro, { color: palette.muted });
  model.factGroups.forEach((group, i) => {
    w.subheading(heading(group), { bookmark: group.heading, keepWith: w.tableLeadHeight(tables[i]) });
    w.table(tables[i]);
  });
}

/**
 * The coverage matrix, cut into as many charts as pages it needs: each chart
 * takes the rows that fit in the space left on its page.
 */
function coverage(w: PdfWriter, model: ReportModel): void {
  const cov = model.coverage;
  const grid = cov.rows.length && cov.sources.length ? coverageGridLayout(w.doc, w.glyphs, cov, w.contentWidth) : null;
  const minChart = grid ? grid.chrome + grid.rowHeight * Math.min(HEATMAP_MIN_ROWS, cov.rows.length) : 0;

  w.beginSection("Coverage", { keepWith: grid ? minChart + 50 : 0 });
  if (!grid) {
    w.paragraph("No facts were found, so there is no coverage to compare.");
  } else {
    w.paragraph(
      "Which source reports which fact. Each row is a fact, each column a source; “=” marks a source on a fact the sources agree on, " +
        "“≠” a fact in conflict, “1” a fact only that source reports; a blank cell means the source is silent.",
      { color: palette.muted },
    );
    let from = 0;
    while (from < cov.rows.length) {
      if (w.bottom - w.doc.y < minChart + 8) w.newPage();
      const room = w.bottom - w.doc.y - 8;
      const count = Math.max(1, Math.floor((room - grid.chrome) / grid.rowHeight));
      const rows = cov.rows.slice(from, from + count);
      const part = rows.length < cov.rows.length ? ` (facts ${rows[0].factId} to ${rows[rows.length - 1].factId})` : "";
      w.drawnFigure(grid.chrome + rows.length * grid.rowHeight, `Fact-by-source coverage matrix${part}: ${rows.length} facts by ${cov.sources.length} sources.`, (doc, x, y) =>
        drawCoverageGrid(doc, grid, cov, rows, x, y),
      );
      from += rows.length;
    }
  }
  w.subheading("What each source alone reports, and what it leaves out");
  const refs = (list: readonly { id: string; label: string }[]) => (list.length ? list.map((f) => `${f.id} ${f.label}`).join("\n") : "—");
  w.table({
    summary: "Facts only one source reports, and facts most others report that a source leaves out",
    columns: [
      { header: "Source", share: 1.3, font: fontNames.bold },
      { header: "Only this source reports", share: 3 },
      { header: "Leaves out (most others report)", share: 3 },
    ],
    rows: cov.perSource.map((s) => [s.label, refs(s.unique), refs(s.omitted)]),
  });
}

function names(w: PdfWriter, model: ReportModel): void {
  if (model.names.length === 0) {
    w.beginSection("Names and spellings");
    w.paragraph("No people, organisations or places were named.");
    return;
  }
  const differing = model.names.filter((n) => n.spellingsDiffer).length;
  const intro =
    `${plural(model.names.length, "name")} of people, organisations and places, most widely named first; ` +
    `${differing === 0 ? "no name is" : `${plural(differing, "name")} ${differing === 1 ? "is" : "are"}`} spelled in more than one way.`;
  const table: TableSpec = {
    summary: "Named entities with their spellings and the sources that use each",
    columns: [
      { header: "Name", share: 2, font: fontNames.bold },
      { header: "Type", share: 1 },
      { header: "Sources", share: 0.75, align: "right" },
      { header: "Spellings (who uses which)", share: 4.2 },
    ],
    rows: model.names.map((n) => [
      n.spellingsDiffer ? `${n.name}\n(spellings differ)` : n.name,
      n.type,
      String(n.sourceCount),
      n.variants.map((v) => (v.sourceLabels.length ? `${v.text} — ${v.sourceLabels.join(", ")}` : v.text)).join("\n"),
    ]),
  };
  w.beginSection("Names and spellings", { keepWith: paragraphHeight(w, intro) + w.tableLeadHeight(table) });
  w.paragraph(intro, { color: palette.muted });
  w.table(table);
}

/** A quote block's heading and wordings table, and the height from below the heading to the table's first row. */
function quoteLayout(w: PdfWriter, q: QuoteGroup): { heading: string; wordings: TableSpec; lead: number } {
  const speaker = q.speaker || "Speaker not named";
  const wordings: TableSpec = {
      summary: `Each source's wording of the quote by ${speaker}`,
      columns: [
        { header: "Source", share: 1.3, font: fontNames.bold },
        { header: "Wording", share: 5 },
        { header: "Credited to", share: 1.6 },
      ],
      rows: q.versions.map((v) => [v.sourceLabel, v.text, v.authority]),
  };
  const lead = paragraphHeight(w, "●", sizes.small) + paragraphHeight(w, q.note, sizes.small) + w.tableLeadHeight(wordings);
  return { heading: `${speaker} (${q.factId})`, wordings, lead };
}

function quotes(w: PdfWriter, model: ReportModel): void {
  if (model.quotes.length === 0) {
    w.beginSection("Quotes");
    w.paragraph("No direct quotes were found in the articles.");
    return;
  }
  const intro = "Who said what, in which sources, and whether the sources give the same words.";
  const layouts = model.quotes.map((q) => quoteLayout(w, q));
  w.beginSection("Quotes", { keepWith: paragraphHeight(w, intro) + subheadingHeight(w, layouts[0].heading, layouts[0].lead) });
  w.paragraph(intro, { color: palette.muted });
  model.quotes.forEach((q, i) => {
    const { heading, wordings, lead } = layouts[i];
    w.subheading(heading, { keepWith: lead });
    w.runs(
      [
        { text: `${q.statusIcon} ${q.statusLabel}`, font: fontNames.bold, color: statusColours[q.status] },
        { text: ` · ${plural(q.sourceCount, "source")}${q.wordingDiffers ? " · wording differs" : ""}`, color: palette.muted },
      ],
      { size: sizes.small },
    );
    if (q.note) w.paragraph(q.note, { color: palette.muted, size: sizes.small });
    w.table(wordings);
  });
}

function copiedText(w: PdfWriter, model: ReportModel): void {
  if (model.reuse.length === 0) {
    w.beginSection("Copied text");
    w.paragraph("No two sources share a passage long enough to suggest copying.");
    return;
  }
  const intro = "Pairs of sources that share passages word for word (for example, agency copy), the most similar first.";
  const table: TableSpec = {
    summary: "Pairs of sources sharing passages",
    columns: [
      { header: "Sources", share: 1.7, font: fontNames.bold },
      { header: "Similarity", share: 0.9, align: "right" },
      { header: "Shared words", share: 0.9, align: "right" },
      { header: "Longest shared passage", share: 4.5 },
    ],
    rows: model.reuse.map((r) => [`${r.labelA}\n${r.labelB}`, r.similarityLabel, String(r.sharedWords), r.longestPassage]),
  };
  w.beginSection("Copied text", { keepWith: paragraphHeight(w, intro) + w.tableLeadHeight(table) });
  w.paragraph(intro, { color: palette.muted });
  w.table(table);
}

function method(w: PdfWriter, model: ReportModel): void {
  w.beginSection("Method and limits");
  for (const p of model.method.paragraphs) w.paragraph(p);
  if (model.method.limits.length) {
    w.subheading("Limits");
    w.list(model.method.limits);
  }
  if (model.method.notices.length) {
    w.subheading("Notices from this run");
    w.table({
      summary: "Problems met while reading the articles",
      columns: [
        { header: "Severity", share: 1 },
        { header: "Where", share: 2 },
        { header: "Message", share: 5 },
      ],
      rows: model.method.notices.map((n) => [n.severity, n.where || "—", n.reason]),
    });
  }
}

function sources(w: PdfWriter, model: ReportModel): void {
  const intro = "Every article compared, with what was read from it. The HTML report holds each article's full text.";
  const notStated = "not stated";
  const table: TableSpec = {
    summary: "The articles compared, with their metadata",
    columns: [
      { header: "#", share: 0.35, align: "right" },
      { header: "Source and file", share: 1.6 },
      { header: "Title", share: 3 },
      { header: "Publisher and author", share: 1.5 },
      { header: "Published, language", share: 1.2 },
      { header: "Words", share: 0.7, align: "right" },
      { header: "Claims", share: 0.7, align: "right" },
    ],
    rows: model.sources.map((s) => [
      String(s.ordinal),
      { text: s.file === s.label ? s.label : `${s.label}\n${s.file}` },
      s.title ? (s.duplicateOf ? `${s.title}\n(same text as ${s.duplicateOf})` : s.title) : "(no title)",
      `${s.publisher || notStated}\n${s.author ? `by ${s.author}` : "author not stated"}`,
      `${s.published || notStated}\n${s.language || "language unknown"}, ${s.encoding}`,
      String(s.words),
      String(s.claims),
    ]),
  };
  w.beginSection("Sources", { keepWith: paragraphHeight(w, intro) + w.tableLeadHeight(table) });
  w.paragraph(intro, { color: palette.muted });
  w.table(table);
}
