/**
 * report.html: the ReportModel laid out by the Handlebars templates in
 * templates/, as one self-contained page (styles, script and charts inline).
 *
 * Article text is untrusted. Templates are compiled in strict mode and only
 * ever use double-stash `{{ }}`, which HTML-escapes. The only markup that is
 * not escaped is the charts' SVG, which vega generates from data (escaping
 * the text in it) and which is checked here before it is inlined. A Content
 * Security Policy allows our one script by hash and nothing else, so even
 * markup that slipped through could not run or load anything.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { conflictChartSvg, coverageHeatmapSvg, type ChartMemo } from "./charts.ts";
import type { ReportModel } from "./reportModel.ts";

const templateDir = fileURLToPath(new URL("../../templates/", import.meta.url));

interface Templates {
  env: typeof Handlebars;
  page: HandlebarsTemplateDelegate;
  scriptSource: string;
}

let templates: Templates | undefined;

function loadTemplates(): Templates {
  if (templates) return templates;
  const env = Handlebars.create();
  const files = readdirSync(templateDir)
    .filter((f) => f.endsWith(".hbs"))
    .sort();
  let scriptSource = "";
  for (const file of files) {
    const name = file.replace(/\.hbs$/, "");
    if (name === "report") continue;
    const source = readFileSync(templateDir + file, "utf8");
    if (name === "script") scriptSource = source;
    env.registerPartial(name, env.compile(source, { strict: true }));
  }
  // The one way markup reaches the page unescaped: a chart checked by isInertSvg, looked up by id.
  env.registerHelper("chart", (id: unknown, options: Handlebars.HelperOptions) => {
    const svgs = (options.data?.root as { chartSvgs?: Record<string, string> } | undefined)?.chartSvgs ?? {};
    const svg = typeof id === "string" && Object.hasOwn(svgs, id) ? svgs[id] : "";
    return new env.SafeString(svg);
  });
  const page = env.compile(readFileSync(templateDir + "report.hbs", "utf8"), { strict: true });
  templates = { env, page, scriptSource };
  return templates;
}

/**
 * Accept a chart only if no tag in it can run or fetch anything: vega escapes
 * text content, so article text can only appear as `&lt;…`, never as a tag.
 */
export function isInertSvg(svg: string): boolean {
  if (!/^\s*<svg\b/.test(svg)) return false;
  for (const tag of svg.match(/<[^>]*>/g) ?? []) {
    if (/^<\/?\s*(script|foreignObject|iframe|object|embed|a|image|use|animate|set|style)\b/i.test(tag)) return false;
    if (/\son[a-z]+\s*=/i.test(tag)) return false;
    if (/(href|src)\s*=/i.test(tag)) return false;
    if (/javascript:|url\((?!#)/i.test(tag)) return false;
  }
  return true;
}

/** Vega names clip paths clip1, clip2… in every chart; make them unique on the page. */
function prefixIds(svg: string, prefix: string): string {
  return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`);
}

const maxHeatmapCells = 1200;

async function chartsFor(model: ReportModel, memo: ChartMemo): Promise<Map<string, string>> {
  const charts = new Map<string, string>();
  const add = (id: string, svg: string | null) => {
    if (svg && isInertSvg(svg)) charts.set(id, prefixIds(svg, id));
  };
  for (const [i, c] of model.conflicts.entries()) {
    if (c.chart.length === 0) continue;
    const svg = await conflictChartSvg(c, memo);
    add(`conflict-chart-${i + 1}`, svg);
  }
  // The HTML's own matrix table is already a heatmap; the chart version only
  // helps while it stays small (150 facts × 20 sources would add megabytes).
  if (model.coverage.rows.length * model.coverage.sources.length <= maxHeatmapCells) {
    add("coverage-heatmap", await coverageHeatmapSvg(model.coverage, memo));
  }
  return charts;
}

/** The view the templates see: the model plus what only the page needs. */
function pageView(model: ReportModel, charts: Map<string, string>, scriptHash: string) {
  return {
    ...model,
    chartSvgs: Object.fromEntries(charts),
    csp: `default-src 'none'; script-src '${scriptHash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`,
    conflicts: model.conflicts.map((c, i) => ({
      ...c,
      chartId: charts.has(`conflict-chart-${i + 1}`) ? `conflict-chart-${i + 1}` : "",
      chartTitle: `${c.fact.label}: values by source`,
      barMax: Math.max(...c.chart.map((p) => Math.abs(p.max)), 0),
    })),
    coverageChartId: charts.has("coverage-heatmap") ? "coverage-heatmap" : "",
    hasConflicts: model.conflicts.length > 0,
    hasFactGroups: model.factGroups.length > 0,
    hasFacts: model.coverage.rows.length > 0,
    hasNames: model.names.length > 0,
    hasQuotes: model.quotes.length > 0,
    hasReuse: model.reuse.length > 0,
    hasNotices: model.method.notices.length > 0,
    hasTopConflicts: model.topConflicts.length > 0,
    coverage: {
      ...model.coverage,
      rows: model.coverage.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c, i) => ({
          ...c,
          sourceLabel: model.coverage.sources[i]?.label ?? c.sourceId,
          cellClass: !c.reported ? "cell-silent" : `cell-${r.status}`,
          symbol: !c.reported ? "–" : r.status === "conflict" ? "≠" : r.status === "single_source" ? "1" : "=",
          hasAnchor: c.anchor !== "",
        })),
      })),
    },
    // a quote in conflict has its block under Conflicts; its id stays unique
    quotes: model.quotes.map((q) => ({ ...q, domId: q.status === "conflict" ? `quote-${q.factId}` : `fact-${q.factId}` })),
    sources: model.sources.map((s) => ({ ...s, hasMeta: s.publisher !== "" || s.author !== "" || s.published !== "" })),
  };
}

/** `memo`: charts already drawn for this report (the PDF draws the same ones). */
export async function renderHtml(model: ReportModel, memo: ChartMemo = new Map()): Promise<string> {
  const t = loadTemplates();
  const charts = await chartsFor(model, memo);
  const scriptHash = `sha256-${createHash("sha256").update(t.scriptSource).digest("base64")}`;
  return t.page(pageView(model, charts, scriptHash));
}
