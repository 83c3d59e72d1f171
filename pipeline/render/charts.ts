/**
 * The report's charts: vega-lite specs compiled and rendered without a
 * browser. The HTML page inlines a chart's SVG string; the PDF has vega draw
 * the same scenegraph as vectors through a Canvas-shaped pdfkit context
 * (pdfCanvas.ts), so a chart looks the same in both and its text stays
 * searchable. The coverage heatmap is the exception in
 * the PDF: pdfCoverage.ts draws it directly, with the labels, colours and
 * marks exported here, because going through SVG cost most of a report's
 * time.
 *
 * Rendering goes through vega's headless view (`renderer: "none"`), which
 * estimates text widths instead of measuring them: label limits below are
 * generous on purpose.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { runInThisContext } from "node:vm";
import type * as Vega from "vega";
import type * as VegaLite from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import type { ChartScene } from "./pdfCanvas.ts";
import type { ConflictBlock, CoverageMatrix } from "./reportModel.ts";

/**
 * vega and vega-lite come from their single-file builds (the same release
 * as their ES modules): importing the ES modules loads some 270 files
 * (vega-*, d3-*) through the TypeScript loader, about half a second of
 * every run's start-up; one file each loads in a tenth of that. The builds
 * never look for the optional `canvas` package (the ES modules would use
 * it, if installed, to measure text), so chart layout cannot change with
 * what else is installed.
 *
 * The builds are UMD scripts inside `"type": "module"` packages, which Node
 * (and each test runner) would load as ES modules without exports; so they
 * are run here as the CommonJS scripts they are.
 */
function runBuild<T>(file: string, dependencies: Record<string, unknown>): T {
  const factory = runInThisContext(`(function (exports, require, module) {${readFileSync(file, "utf8")}\n})`, { filename: file }) as (
    exports: object,
    require: (id: string) => unknown,
    module: { exports: object },
  ) => void;
  const module = { exports: {} };
  factory(module.exports, (id) => {
    if (Object.hasOwn(dependencies, id)) return dependencies[id];
    throw new Error(`${file} requires ${id}`);
  }, module);
  return module.exports as T;
}

function loadChartEngine(): { vega: typeof Vega; compile: typeof VegaLite.compile } {
  const require = createRequire(import.meta.url);
  // the packages export only their ES module entry; the builds lie beside it
  const vega = runBuild<typeof Vega>(join(dirname(require.resolve("vega")), "vega.js"), {});
  const vegaLite = runBuild<typeof VegaLite>(join(dirname(require.resolve("vega-lite")), "vega-lite.min.js"), { vega });
  return { vega, compile: vegaLite.compile };
}

const { vega, compile } = loadChartEngine();

export type CoverageCategory = "agrees" | "conflicts" | "only source" | "silent";

const FONT = "DejaVu Sans, Verdana, sans-serif";

/** Shared look: small, quiet, readable at print size. */
const baseConfig = {
  font: FONT,
  background: "white",
  padding: 6,
  view: { stroke: "#d0d0d0" },
  axis: { labelFontSize: 10, titleFontSize: 10, titleFontWeight: "normal", labelColor: "#222", titleColor: "#444", gridColor: "#e6e6e6", domainColor: "#888", tickColor: "#888" },
  legend: { labelFontSize: 10, titleFontSize: 10, titleFontWeight: "normal", orient: "bottom", direction: "horizontal" },
} as const;

/** At most `max` characters (code points, so no emoji is cut in half), with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : text;
}

/**
 * A chart in two parts. `shape` is the vega-lite spec without anything that
 * comes from the report: its data is the named source `values`, and the
 * report's lists (axis domains, in the model's order) are params, set by
 * name. Charts of one shape share vega-lite's compilation and vega's
 * parse (see chartRuntime), which were most of a chart's cost and, as vega
 * compiles each parsed expression into new functions, most of the code V8
 * optimised again for every report.
 */
interface ChartRequest {
  shape: TopLevelSpec;
  values: object[];
  params: Record<string, unknown>;
}

/** A chart run through vega once: its SVG for the page, its scenegraph for the PDF. */
export interface RenderedChart {
  svg: string;
  scene: ChartScene;
}

/**
 * The HTML page and the PDF draw the same conflict charts, so one report
 * asks for each twice. A memo shared by one report's renderers keeps each
 * rendered chart; vega's output is a pure function of the chart, so a
 * remembered chart is identical to a fresh one.
 */
export type ChartMemo = Map<string, Promise<RenderedChart>>;

function renderedChart(chart: ChartRequest, memo?: ChartMemo): Promise<RenderedChart> {
  if (!memo) return renderChart(chart);
  const key = JSON.stringify(chart);
  let rendered = memo.get(key);
  if (!rendered) {
    rendered = renderChart(chart);
    memo.set(key, rendered);
  }
  return rendered;
}

/**
 * Parsed dataflows by shape, most recently used last. A conflict chart's
 * shape depends on its unit, its axis format and whether it starts at zero,
 * the heatmap's on its column width: a report has a few, and a corpus
 * repeats them. The bound keeps a long corpus run's memory flat.
 */
const runtimes = new Map<string, Vega.Runtime>();
const MAX_RUNTIMES = 32;

function chartRuntime(shape: TopLevelSpec): Vega.Runtime {
  const key = JSON.stringify(shape);
  let runtime = runtimes.get(key);
  if (runtime) {
    runtimes.delete(key);
  } else {
    // Warnings about a spec are ours to fix, not the user's to read: keep stderr clean.
    runtime = vega.parse(compile(shape, { logger: vega.logger(vega.None) }).spec);
    if (runtimes.size >= MAX_RUNTIMES) runtimes.delete(runtimes.keys().next().value!);
  }
  runtimes.set(key, runtime);
  return runtime;
}

async function renderChart({ shape, values, params }: ChartRequest): Promise<RenderedChart> {
  const view = new vega.View(chartRuntime(shape), { renderer: "none", logLevel: vega.None });
  try {
    view.data("values", values);
    for (const [name, value] of Object.entries(params)) view.signal(name, value);
    const svg = await view.toSVG();
    // Frame and origin as vega's headless renderers compute them (toSVG, toCanvas);
    // a view's padding is always normalised to its four sides.
    const padding = view.padding() as { top: number; left: number };
    const origin = view.origin();
    const scene: ChartScene = {
      scene: (view.scenegraph() as unknown as { root: unknown }).root,
      ...svgSize(svg),
      origin: [padding.left + origin[0], padding.top + origin[1]],
      background: view.background() ?? null,
    };
    // Labels vega hides to avoid overlap are still written with opacity 0 (the canvas skips them).
    return { svg: svg.replace(/<text\b[^>]*\sopacity="0"[^>]*>[^<]*<\/text>/g, ""), scene };
  } finally {
    view.finalize();
  }
}

/** Draw a rendered chart into a Canvas 2D context (for the PDF, a PdfCanvasContext) at the context's origin, a unit per pixel. */
export function paintChart(chart: ChartScene, context: object): void {
  const renderer = new (vega as unknown as { CanvasRenderer: new () => CanvasRenderer }).CanvasRenderer();
  renderer.initialize(null, chart.width, chart.height, chart.origin, 1, { externalContext: context });
  if (chart.background) renderer.background(chart.background);
  renderer.render(chart.scene);
}

/** The part of vega's CanvasRenderer used here (the package's types do not declare the class). */
interface CanvasRenderer {
  initialize(el: null, width: number, height: number, origin: [number, number], scaleFactor: number, options: { externalContext: object }): CanvasRenderer;
  background(colour: string): CanvasRenderer;
  render(scene: unknown): CanvasRenderer;
}

/**
 * Each source's value for one conflicting fact: a dot per value, a bar from
 * min to max where the source gives a range, the words as reported beside it.
 * Null when the values are not numbers (quotes, accounts): nothing to plot.
 */
export async function conflictChartSvg(conflict: Pick<ConflictBlock, "chart" | "chartUnit">, memo?: ChartMemo): Promise<string | null> {
  return (await conflictChart(conflict, memo))?.svg ?? null;
}

/** The conflict chart, rendered: see conflictChartSvg. */
export async function conflictChart(conflict: Pick<ConflictBlock, "chart" | "chartUnit">, memo?: ChartMemo): Promise<RenderedChart | null> {
  if (conflict.chart.length === 0) return null;
  const seen = new Map<string, number>();
  const values = conflict.chart.map((p) => {
    const n = (seen.get(p.sourceLabel) ?? 0) + 1;
    seen.set(p.sourceLabel, n);
    return {
      // a source with two values for the fact gets a second, numbered row
      source: n === 1 ? p.sourceLabel : `${p.sourceLabel} (${n})`,
      value: p.value,
      lo: Math.min(p.min, p.max),
      hi: Math.max(p.min, p.max),
      ranged: p.min !== p.max,
      text: truncate(p.valueLabel, 40),
    };
  });
  const numbers = values.flatMap((v) => [v.lo, v.hi]);
  // Counts start at zero so that distances compare honestly; numbers far
  // from zero (years) or below it zoom in instead.
  const lowest = Math.min(...numbers);
  const highest = Math.max(...numbers);
  const zero = lowest >= 0 && lowest <= highest * 0.5;
  const x = {
    type: "quantitative",
    // in the shape, not a param: vega-lite also writes it into each mark's screen-reader label
    title: conflict.chartUnit || "value",
    // padding keeps the end dots and their labels off the axes
    scale: { zero, nice: true, padding: 8 },
    axis: { format: highest >= 10_000 ? "~s" : "~r", tickCount: 5, labelFlush: true },
  } as const;
  const y = {
    field: "source",
    type: "ordinal",
    title: null,
    // the model's order (source order), kept even where layers filter rows out
    scale: { domain: { expr: "sources" } },
    axis: { labelLimit: 140, ticks: false, domain: false },
  } as const;
  const shape = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: baseConfig,
    params: [{ name: "sources", value: [] }],
    width: 300,
    height: { step: 20 },
    data: { name: "values" },
    layer: [
      {
        transform: [{ filter: "datum.ranged" }],
        mark: { type: "bar", height: 7, color: "#7aa6c2", cornerRadius: 2 },
        encoding: { y, x: { ...x, field: "lo" }, x2: { field: "hi" } },
      },
      {
        mark: { type: "point", filled: true, size: 60, color: "#1f4e79", shape: "circle", opacity: 1 },
        encoding: { y, x: { ...x, field: "value" } },
      },
      {
        mark: { type: "text", align: "left", dx: 8, fontSize: 9, color: "#333" },
        encoding: { y, x: { ...x, field: "hi" }, text: { field: "text" } },
      },
    ],
  };
  return renderedChart({ shape: shape as unknown as TopLevelSpec, values, params: { sources: values.map((v) => v.source) } }, memo);
}

export function cellCategory(status: CoverageMatrix["rows"][number]["status"], reported: boolean): CoverageCategory {
  if (!reported) return "silent";
  if (status === "conflict") return "conflicts";
  if (status === "single_source") return "only source";
  return "agrees";
}

/** A short mark per category so that colour is never the only signal. */
export const cellSymbols: Record<CoverageCategory, string> = { agrees: "=", conflicts: "≠", "only source": "1", silent: "" };
export const cellColours: Record<CoverageCategory, string> = { agrees: "#8fbf8f", conflicts: "#e0896b", "only source": "#9cb8d9", silent: "#f3f3f3" };
/** The legend's order and words. */
export const coverageCategories: readonly CoverageCategory[] = ["agrees", "conflicts", "only source", "silent"];
export const legendLabel = (c: CoverageCategory): string => (c === "silent" ? "not reported" : c);

/** A column's label: the ordinal first, so that long outlet names cut to the label limit still tell the columns apart. */
export function coverageColumnLabel(source: CoverageMatrix["sources"][number]): string {
  return `${source.ordinal} · ${source.label}`;
}

/** Height of a heatmap row, and width of a column for `sources` sources, in pixels (the PDF's matrix uses the same). */
export const HEATMAP_ROW_PX = 15;
export function heatmapColumnPx(sources: number): number {
  return Math.max(18, Math.min(40, Math.floor(360 / Math.max(1, sources))));
}

/** A row's label: the fact id, then its label cut short. */
export function coverageRowLabel(row: Pick<CoverageMatrix["rows"][number], "factId" | "label">): string {
  return `${row.factId} ${truncate(row.label, 36)}`;
}

/**
 * The fact-by-source matrix: one row per fact, one column per source, each
 * cell coloured (and marked) by whether the source reports the fact and how
 * that fact was judged. Callers split long matrices into several charts.
 */
export async function coverageHeatmapSvg(matrix: Pick<CoverageMatrix, "sources" | "rows">, memo?: ChartMemo): Promise<string | null> {
  if (matrix.rows.length === 0 || matrix.sources.length === 0) return null;
  const categories = [...coverageCategories];
  const columns = matrix.sources.map(coverageColumnLabel);
  // (loops, not map callbacks: V8 drops a per-call closure's optimised code at each full collection)
  const values: { fact: string; source: string; category: CoverageCategory; symbol: string }[] = [];
  for (const row of matrix.rows) {
    for (let i = 0; i < matrix.sources.length; i++) {
      const category = cellCategory(row.status, row.cells[i]?.reported ?? false);
      values.push({ fact: coverageRowLabel(row), source: columns[i], category, symbol: cellSymbols[category] });
    }
  }
  const facts = [...new Set(values.map((v) => v.fact))];
  const y = { field: "fact", type: "ordinal", title: null, scale: { domain: { expr: "facts" } }, axis: { labelLimit: 300, ticks: false, domain: false, labelFontSize: 10 } } as const;
  const x = {
    field: "source",
    type: "ordinal",
    title: null,
    scale: { domain: { expr: "columns" } },
    axis: { orient: "top", labelAngle: -40, labelLimit: 130, ticks: false, domain: false, labelFontSize: 10 },
  } as const;
  const shape = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: { ...baseConfig, view: { stroke: null } },
    params: [
      { name: "facts", value: [] },
      { name: "columns", value: [] },
    ],
    width: { step: heatmapColumnPx(matrix.sources.length) },
    height: { step: HEATMAP_ROW_PX },
    data: { name: "values" },
    layer: [
      {
        mark: { type: "rect", stroke: "white", strokeWidth: 1 },
        encoding: {
          y,
          x,
          color: {
            field: "category",
            type: "nominal",
            title: null,
            scale: { domain: categories, range: categories.map((c) => cellColours[c]) },
            legend: { labelExpr: `datum.label == 'silent' ? '${legendLabel("silent")}' : datum.label`, symbolType: "square", symbolStrokeColor: "#bbb", symbolStrokeWidth: 0.5 },
          },
        },
      },
      {
        // Silent cells have no mark to draw. The rect under each symbol already
        // names source, fact and category for screen readers, so the symbols
        // carry no description of their own. About half a report's chart
        // elements were empty or repeated texts, each parsed again by the PDF.
        transform: [{ filter: "datum.symbol !== ''" }],
        mark: { type: "text", fontSize: 9, color: "#222", baseline: "middle", aria: false },
        encoding: { y, x, text: { field: "symbol" } },
      },
    ],
  };
  return (await renderedChart({ shape: shape as unknown as TopLevelSpec, values, params: { facts, columns } }, memo)).svg;
}

/** Width and height of a chart, from its root element, in SVG pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}
