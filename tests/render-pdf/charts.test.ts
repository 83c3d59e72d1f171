import { describe, expect, it } from "vitest";
import { conflictChartSvg, coverageHeatmapSvg, svgSize } from "../../pipeline/render/charts.ts";
import { floodReport } from "./reportFixtures.ts";

/** The text nodes of an SVG, unescaped. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"),
  );
}

describe("conflict chart", () => {
  it("plots each source's value with its words and a bar for a range", async () => {
    const block = floodReport().conflicts[0];
    const svg = (await conflictChartSvg(block))!;
    expect(svg.startsWith("<svg")).toBe(true);
    const texts = svgTexts(svg);
    for (const p of block.chart) {
      expect(texts).toContain(p.sourceLabel);
      expect(texts).toContain(p.valueLabel);
    }
    expect(texts).toContain(block.chartUnit);
    // the range 400–500 is drawn as a bar (a path in the bar layer)
    expect(svg).toMatch(/class="mark-rect role-mark layer_0_marks"[^>]*>.*?<path/s);
    const { width, height } = svgSize(svg);
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(40);
  });

  it("keeps the model's source order on the axis", async () => {
    const block = floodReport().conflicts[0];
    const texts = svgTexts((await conflictChartSvg(block))!);
    const positions = block.chart.map((p) => texts.indexOf(p.sourceLabel));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("draws nothing when the values are not numbers", async () => {
    expect(await conflictChartSvg({ chart: [], chartUnit: "" })).toBeNull();
  });

  it("escapes article text used as labels", async () => {
    const svg = (await conflictChartSvg({
      chartUnit: "<script>alert(1)</script>",
      chart: [
        { sourceId: "a", sourceLabel: "<img src=x>", value: 1, min: 1, max: 1, valueLabel: "1 & more" },
        { sourceId: "b", sourceLabel: "b", value: 2, min: 2, max: 2, valueLabel: "2" },
      ],
    }))!;
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<img");
    expect(svgTexts(svg)).toContain("<img src=x>");
    expect(svgTexts(svg)).toContain("1 & more");
  });

  it("is the same string every time", async () => {
    const block = floodReport().conflicts[1];
    expect(await conflictChartSvg(block)).toBe(await conflictChartSvg(block));
  });

  it("shows only its own data when charts of the same shape are drawn in turn, even at once", async () => {
    // same unit and scale as each other: one compiled chart serves both
    const chart = (names: string[], values: number[]) => ({
      chartUnit: "evacuees",
      chart: names.map((name, i) => ({ sourceId: name, sourceLabel: name, value: values[i], min: values[i], max: values[i], valueLabel: `${values[i]} people` })),
    });
    const first = chart(["Harbour Post", "Valley Radio", "Ridge Daily"], [120, 340, 150]);
    const second = chart(["Coast Wire", "Ridge Daily"], [200, 260]);
    const alone = (await conflictChartSvg(first))!;
    const [again, other] = await Promise.all([conflictChartSvg(first), conflictChartSvg(second)]);
    expect(again).toBe(alone);
    const texts = svgTexts(other!);
    expect(texts.filter((t) => t.endsWith(" people"))).toEqual(["200 people", "260 people"]);
    expect(texts).not.toContain("Harbour Post");
    expect(texts.indexOf("Coast Wire")).toBeLessThan(texts.indexOf("Ridge Daily"));
  });
});

describe("coverage heatmap", () => {
  it("has a row per fact and a column per source, with a mark besides the colour", async () => {
    const { coverage } = floodReport();
    const svg = (await coverageHeatmapSvg(coverage))!;
    const texts = svgTexts(svg);
    // each column named by its number in the sources table and its label, so cut labels stay distinct
    for (const s of coverage.sources) expect(texts).toContain(`${s.ordinal} · ${s.label}`);
    for (const r of coverage.rows) expect(texts.some((t) => t.startsWith(`${r.factId} `))).toBe(true);
    // F001 is in conflict in all three sources, F004 reported by one source only
    expect(texts.filter((t) => t === "≠").length).toBe(coverage.rows.filter((r) => r.status === "conflict").flatMap((r) => r.cells.filter((c) => c.reported)).length);
    expect(texts.filter((t) => t === "1").length).toBeGreaterThanOrEqual(1);
    expect(texts).toContain("not reported");
  });

  it("draws a symbol only where a source reports the fact, and labels each cell once for screen readers", async () => {
    const { coverage } = floodReport();
    const svg = (await coverageHeatmapSvg(coverage))!;
    const reported = coverage.rows.flatMap((r) => r.cells.filter((c) => c.reported)).length;
    const cells = coverage.rows.length * coverage.sources.length;
    expect(reported).toBeLessThan(cells);
    // the symbols are the second layer's text marks
    const symbolTexts = /<g class="mark-text role-mark layer_1_marks"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? "";
    expect([...symbolTexts.matchAll(/<text\b/g)].length).toBe(reported);
    expect(symbolTexts).not.toContain("aria-label");
    expect([...svg.matchAll(/aria-roledescription="rect mark"/g)].length).toBe(cells);
  });

  it("is empty for an empty matrix", async () => {
    expect(await coverageHeatmapSvg({ sources: [], rows: [] })).toBeNull();
  });
});
