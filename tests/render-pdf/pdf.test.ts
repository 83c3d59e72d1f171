import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { renderPdf, renderPdfReport } from "../../pipeline/render/pdf.ts";
import type { ReportModel } from "../../pipeline/render/reportModel.ts";
import { floodReport, largeReport } from "./reportFixtures.ts";
import { coverageRowLabel } from "../../pipeline/render/charts.ts";
import { flat, pageCount, pdfFonts, pdfInfo, pdfText, rawPdf, structureText, writePdf } from "./pdfTools.ts";

// Rendering and poppler calls take seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** The flood report rendered once, shared by the tests that only read it. */
let flood: { bytes: Uint8Array; file: string };
beforeAll(async () => {
  const bytes = await renderPdf(floodReport());
  flood = { bytes, file: writePdf(bytes) };
});

/** The 20-source, 150-fact report, rendered once for the tests that need a long document. */
let largeFile: Promise<string> | undefined;
function large(): Promise<string> {
  largeFile ??= renderPdf(largeReport(20, 150)).then(writePdf);
  return largeFile;
}

const sections = [
  "Summary",
  "Conflicts",
  "Agreements and single-source facts",
  "Coverage",
  "Names and spellings",
  "Quotes",
  "Copied text",
  "Method and limits",
  "Sources",
];

describe("report.pdf text", () => {
  it("keeps the sources' own spellings: accents, curly quotes and em dashes", () => {
    const text = flat(pdfText(flood.file));
    expect(text).toContain("Tocorón");
    expect(text).toContain("Héctor Aranguren");
    expect(text).toContain("Río Herald");
    expect(text).toContain("“We lost everything,” says Héctor Aranguren");
    expect(text).toContain("Floods hit Tocorón — thousands evacuated");
  });

  it("holds every conflict's values, each source's words and whom they credit", () => {
    const model = floodReport();
    const text = flat(pdfText(flood.file));
    expect(model.conflicts.length).toBeGreaterThan(0);
    for (const block of model.conflicts) {
      expect(text).toContain(block.fact.label);
      for (const r of block.readings) {
        expect(text).toContain(r.valueLabel);
        expect(text).toContain(flat(r.sentence));
        expect(text).toContain(r.authority);
      }
    }
  });

  it("draws charts as vectors whose text is searchable, inside tagged figures", () => {
    const file = flood.file;
    const tree = structureText(file);
    const figures = tree.split("\n").filter((l) => l.trim() === "Figure");
    // two conflict charts and one coverage heatmap
    expect(figures.length).toBe(3);
    const text = flat(pdfText(file));
    expect(text).toContain("about 6,000");
    expect(text).toContain("millimetres");
    expect(text).toContain("F004 shelters opened");
    // no images: the charts are paths and text
    expect(rawPdf(flood.bytes)).not.toContain("/Subtype /Image");
  });

  it("shows a section's absence in words instead of leaving it empty", async () => {
    const model: ReportModel = { ...floodReport(), conflicts: [], topConflicts: [], quotes: [], reuse: [] };
    const text = flat(pdfText(writePdf(await renderPdf(model))));
    expect(text).toContain("No conflicting facts");
    expect(text).toContain("No direct quotes were found");
    expect(text).toContain("No two sources share a passage");
  });
});

describe("report.pdf structure", () => {
  it("has a bookmark for every section, under an outline the viewer opens", () => {
    const raw = rawPdf(flood.bytes);
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toContain("/PageMode /UseOutlines");
    for (const title of sections) expect(raw).toContain(`/Title (${title})`);
    // each conflict is bookmarked under Conflicts
    expect(raw).toContain("/Title (F002 rainfall in millimetres)");
  });

  it("is tagged in reading order: sections, headings, paragraphs, lists, tables", () => {
    const file = flood.file;
    expect(pdfInfo(file)["Tagged"]).toBe("yes");
    const tree = structureText(file);
    for (const title of sections) expect(tree).toContain(`Sect "${title}"`);
    expect(tree).toMatch(/H1 \(block\)\n\s+"Triangulate: Floods hit Tocorón — thousands evacuated"/);
    expect(tree).toMatch(/H2 \(block\)\n\s+"Conflicts"/);
    expect(tree).toMatch(/TH\n\s+"Their words"/);
    expect(tree).toMatch(/TD\n\s+"About 1,600 residents were evacuated from Tocorón — most of them overnight\."/);
    expect(tree).toContain("LBody");
    // the running header and the page numbers are artifacts, not content
    expect(tree).not.toContain("page 1 of");
    const order = sections.map((s) => tree.indexOf(`Sect "${s}"`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("declares PDF/A-2b, embeds every font and carries the document info", () => {
    const bytes = flood.bytes;
    const raw = rawPdf(bytes);
    expect(raw.startsWith("%PDF-1.7")).toBe(true);
    expect(raw).toContain("/MarkInfo");
    expect(raw).toContain("/Marked true");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/OutputIntents");
    expect(raw).toContain("/Lang (en)");
    expect(raw).toContain("/DisplayDocTitle true");
    expect(raw).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(raw).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(raw).toContain("<xmp:CreateDate>2031-04-03T00:00:00Z</xmp:CreateDate>");
    expect(raw).toContain("<xmp:ModifyDate>2031-04-03T00:00:00Z</xmp:ModifyDate>");

    const file = flood.file;
    const fonts = pdfFonts(file).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVu/);
      // emb, sub, uni columns
      expect(line).toMatch(/\byes\s+yes\s+yes\b/);
    }
    const info = pdfInfo(file);
    expect(info["Title"]).toBe("Triangulate: Floods hit Tocorón — thousands evacuated");
    expect(info["Author"]).toBe("Triangulate");
    expect(info["Subject"]).toContain("3 articles about");
    expect(info["Keywords"]).toBe("Tocorón, Héctor Aranguren");
    expect(info["CreationDate"]).toContain("2031");
    expect(info["Page size"]).toContain("595.28 x 841.89");
  });

  it("dates the file from the articles, or the Unix epoch when none states a date", async () => {
    const info = pdfInfo(writePdf(await renderPdf({ ...floodReport(), date: "" })));
    expect(info["CreationDate"]).toContain("1970");
    expect(info["ModDate"]).toContain("1970");
  });

  it("keeps the XMP packet well-formed when the title holds markup characters", async () => {
    const model = { ...floodReport(), title: "Triangulate: Smith & Sons <script>alert(1)</script> fire" };
    const bytes = await renderPdf(model);
    const raw = rawPdf(bytes);
    const xmp = raw.slice(raw.indexOf("<?xpacket begin"), raw.indexOf("<?xpacket end"));
    expect(xmp).toContain("Smith &amp; Sons &lt;script&gt;");
    expect(xmp).not.toContain("<script>");
    expect(pdfInfo(writePdf(bytes))["Title"]).toBe(model.title);
  });
});

describe("report.pdf pages", () => {
  it("has as many pages as its content needs", async () => {
    const small = pageCount(flood.file);
    const medium = pageCount(writePdf(await renderPdf(largeReport(5, 30))));
    const big = pageCount(await large());
    expect(small).toBeGreaterThanOrEqual(2);
    expect(small).toBeLessThanOrEqual(6);
    expect(medium).toBeGreaterThan(small);
    expect(big).toBeGreaterThan(medium);
  });

  it("numbers pages 'page X of Y' and repeats the report title as a running header", async () => {
    const file = writePdf(await renderPdf(largeReport(6, 40)));
    const pages = pageCount(file);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(file, p);
      expect(text).toContain(`page ${p} of ${pages}`);
      if (p > 1) expect(text).toContain("Triangulate: Fire at the Ríobamba plant");
    }
  });

  it("repeats a long table's header row on every page it continues on", async () => {
    const file = await large();
    const pages = pageCount(file);
    const texts = Array.from({ length: pages }, (_, i) => flat(pdfText(file, i + 1)));
    const start = texts.findIndex((t) => t.includes("Quantities:"));
    const end = texts.findIndex((t, i) => i > start && t.includes("Dates:"));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start + 1);
    // every page the Quantities table runs over starts its rows under the header
    for (let p = start + 1; p <= end; p++) {
      // (-raw gives content order; the running header is drawn last)
      expect(texts[p]).toMatch(/^Fact What Status Reported by Values F\d{3}/);
    }
  });

  it("splits a row taller than a page across pages without losing a word", async () => {
    const model = largeReport(4, 12, { longCell: true });
    const long = model.conflicts.flatMap((c) => c.readings).filter((r) => r.sentence.length > 5000);
    expect(long).toHaveLength(1);
    const file = writePdf(await renderPdf(model));
    const pages = pageCount(file);
    const texts = Array.from({ length: pages }, (_, i) => flat(pdfText(file, i + 1)));
    // the sentence repeats its clause 40 times; every word of it is drawn, over more than one page
    const perPage = texts.map((t) => t.split("production floor").length - 1);
    expect(perPage.reduce((a, n) => a + n, 0)).toBe(40);
    const holding = perPage.filter((n) => n > 0).length;
    expect(holding).toBeGreaterThan(1);
    // the continued row sits under a repeated header
    const continued = perPage.findIndex((n) => n > 0) + 1;
    expect(texts[continued]).toContain("Source Value Their words Credited to");
  });
});

describe("report.pdf determinism and fonts", () => {
  it("is byte-identical from run to run", async () => {
    const again = await renderPdf(floodReport());
    expect(Buffer.from(again).equals(Buffer.from(flood.bytes))).toBe(true);
  });

  it("does not depend on the machine's time zone", async () => {
    const here = createHash("sha256").update(flood.bytes).digest("hex");
    const script = fileURLToPath(new URL("./hashFloodReport.ts", import.meta.url));
    const child = spawnSync(process.execPath, ["--import", "tsx", script], {
      env: { ...process.env, TZ: "Pacific/Kiritimati" },
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe(here);
  });

  it("replaces a character the fonts lack with a visible ? and reports it once", async () => {
    const base = floodReport();
    const model: ReportModel = {
      ...base,
      title: "Triangulate: Flood 🌊 in 洪水 town",
      sources: base.sources.map((s, i) => (i === 0 ? { ...s, title: "Flood 🌊 warning for 洪水 district" } : s)),
      topConflicts: [...base.topConflicts, { factId: "F009", sentence: "Waves 🌊 again 🌊 and again." }],
    };
    const { bytes, diagnostics } = await renderPdfReport(model);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].rule).toBe("render:missing-glyph");
    expect(diagnostics[0].severity).toBe("warning");
    expect(diagnostics[0].reason).toContain("U+1F30A");
    expect(diagnostics[0].reason).toContain("U+6D2A");
    const text = flat(pdfText(writePdf(bytes)));
    expect(text).toContain("Flood ? warning for ?? district");
    expect(text).toContain("Waves ? again ? and again.");
    expect(text).not.toContain("🌊");
  });

  it("reports nothing when every character can be drawn", async () => {
    const { bytes, diagnostics } = await renderPdfReport(floodReport());
    expect(diagnostics).toEqual([]);
    expect(pdfText(writePdf(bytes))).not.toContain("?");
  });
});

describe("report.pdf with hostile text", () => {
  it("draws control characters, lone surrogates, right-to-left text, combining marks and endless words without failing", async () => {
    const nasty = [
      "nul\u0000 bell\u0007 tab\tcr\r",
      "lone \ud800 surrogate \udfff",
      "עברית и العربية",
      "e\u0301 combining n\u0303",
      "zero\u200bwidth\u200d joiner \ufeff",
      "x".repeat(3000),
      "emoji 👩‍👩‍👧 flag 🇻🇪",
      "<script>alert(1)</script> {{handlebars}}",
    ].join(" · ");
    const base = floodReport();
    const model: ReportModel = {
      ...base,
      title: `Triangulate: ${nasty}`,
      event: { ...base.event, description: nasty },
      sources: base.sources.map((s) => ({ ...s, title: nasty, label: `${s.label} 🌊` })),
      conflicts: base.conflicts.map((c) => ({
        ...c,
        readings: c.readings.map((r) => ({ ...r, sentence: nasty })),
        chart: c.chart.map((p) => ({ ...p, sourceLabel: `${p.sourceLabel} 🌊`, valueLabel: nasty })),
      })),
    };
    const { bytes, diagnostics } = await renderPdfReport(model);
    expect(diagnostics.length).toBe(1);
    expect(diagnostics[0].reason).toContain("U+1F30A");
    const file = writePdf(bytes);
    const text = flat(pdfText(file));
    expect(text).toContain("<script>alert(1)</script> {{handlebars}}");
    expect(text).toContain("é combining ñ");
    expect(text).toContain("Valle Times ?");
    // every one of the 3000 x's is drawn somewhere (wrapped, never clipped)
    expect(text.replace(/[^x]/g, "").length).toBeGreaterThanOrEqual(3000);
    expect(text).not.toMatch(/[\u0000-\u0008\u200b\ufeff]/);
  });
});

describe("the coverage matrix in report.pdf", () => {
  it("draws every fact's row, label whole, in one figure per page it needs, each naming its facts", async () => {
    const model = largeReport(20, 150);
    const file = await large();
    const raw = rawPdf(readFileSync(file));
    // pdfkit writes each figure's alternate text as a literal string, parentheses escaped
    const parts = [...raw.matchAll(/\/Alt \(Fact-by-source coverage matrix \\\(facts (F\d+) to (F\d+)\\\): (\d+) facts by (\d+) sources\.\)/g)];
    expect(parts.length).toBeGreaterThan(1);
    const ids = model.coverage.rows.map((r) => r.factId);
    let next = 0;
    for (const [, first, last, count, sources] of parts) {
      expect(first).toBe(ids[next]);
      expect(last).toBe(ids[next + Number(count) - 1]);
      expect(Number(sources)).toBe(20);
      next += Number(count);
    }
    expect(next).toBe(ids.length);
    const text = flat(pdfText(file));
    expect(model.coverage.rows.map(coverageRowLabel).filter((label) => !text.includes(label))).toEqual([]);
  });
});
