/**
 * Render: the pipeline's outputs → the files of the contract. CSV tables and
 * datapackage.json come straight from the stage outputs; the HTML page and
 * the PDF are both laid out from one ReportModel so they say the same thing.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { ExtractOutput } from "../extract/schema.ts";
import type { IngestOutput } from "../ingest/schema.ts";
import type { ReconcileOutput } from "../reconcile/schema.ts";
import type { SegmentOutput } from "../segment/schema.ts";
import type { ChartMemo } from "./charts.ts";
import { csvTables, toCsv } from "./csvTables.ts";
import { dataPackageJson } from "./dataPackage.ts";
import { renderHtml } from "./html.ts";
import { renderPdfReport } from "./pdf.ts";
import { buildReportModel } from "./reportModel.ts";
import type { RenderedFile } from "./schema.ts";

export interface RenderInput {
  ingest: IngestOutput;
  segment: SegmentOutput;
  extract: ExtractOutput;
  reconcile: ReconcileOutput;
  diagnostics: readonly Diagnostic[];
}

export interface RenderOutput {
  files: RenderedFile[];
  /** problems met while rendering, e.g. characters the PDF font lacks */
  diagnostics: Diagnostic[];
}

export async function render(input: RenderInput): Promise<RenderOutput> {
  const tables = csvTables(input);
  const model = buildReportModel(input);
  // one memo: the page and the PDF draw the same charts
  const charts: ChartMemo = new Map();
  const [html, pdf] = await Promise.all([renderHtml(model, charts), renderPdfReport(model, charts)]);
  return {
    files: [
      ...tables.map((t) => ({ path: t.file, bytes: toCsv(t.columns, t.rows) })),
      { path: "datapackage.json", bytes: dataPackageJson(tables) },
      { path: "report.html", bytes: new TextEncoder().encode(html) },
      { path: "report.pdf", bytes: pdf.bytes },
    ],
    diagnostics: [...pdf.diagnostics],
  };
}
