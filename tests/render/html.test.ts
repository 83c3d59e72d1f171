import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isInertSvg, renderHtml } from "../../pipeline/render/html.ts";
import { buildReportModel, wordsSpelledDifferently } from "../../pipeline/render/reportModel.ts";
import { factoryFireInput } from "./fixtures.ts";

const templateDir = new URL("../../templates/", import.meta.url);

describe("report.html, without a browser", () => {
  it("no template uses the unescaped triple-stash", () => {
    const files = readdirSync(templateDir).filter((f) => f.endsWith(".hbs"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(readFileSync(new URL(f, templateDir), "utf8"), f).not.toMatch(/\{\{\{|\{\{&/);
  });

  it("accepts vega's charts but refuses SVG that could run or fetch something", () => {
    expect(isInertSvg('<svg width="10"><g><text>&lt;script&gt;alert(1)&lt;/script&gt;</text></g></svg>')).toBe(true);
    expect(isInertSvg('<svg><defs><clipPath id="clip1"><rect/></clipPath></defs><g clip-path="url(#clip1)"/></svg>')).toBe(true);
    expect(isInertSvg("<svg><script>alert(1)</script></svg>")).toBe(false);
    expect(isInertSvg('<svg onload="alert(1)"></svg>')).toBe(false);
    expect(isInertSvg('<svg><a href="javascript:alert(1)"><text>x</text></a></svg>')).toBe(false);
    expect(isInertSvg('<svg><image href="http://example.com/x.png"/></svg>')).toBe(false);
    expect(isInertSvg('<svg><foreignObject><div/></foreignObject></svg>')).toBe(false);
    expect(isInertSvg("<div></div>")).toBe(false);
  });

  it("inlines a chart for a numeric conflict, with its ids made unique and article text escaped", async () => {
    const html = await renderHtml(buildReportModel(factoryFireInput(true)));
    const svgs = html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(1);
    for (const svg of svgs) expect(isInertSvg(svg)).toBe(true);
    // several charts on one page must not share element ids (vega numbers its clip paths per chart)
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // the only <script> tag is ours, allowed by hash in the Content Security Policy
    expect(html.match(/<script\b/g)).toHaveLength(1);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1].replace(/&#x27;/g, "'").replace(/&#x3D;/g, "=");
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("{{title}} and {{{raw}}}");
  });

  it("tells a different spelling from a title or a shorter form", () => {
    expect(wordsSpelledDifferently(["Ana Petrović", "Ana Petrovic"])).toBe(true);
    expect(wordsSpelledDifferently(["Guerrero", "Guerero"])).toBe(true);
    expect(wordsSpelledDifferently(["Oskar Lindqvist", "Lindqvist", "Fire chief Oskar Lindqvist"])).toBe(false);
    expect(wordsSpelledDifferently(["Velmora"])).toBe(false);
  });

  it("summarises conflicts in one sentence, counting qualified and bare values together", () => {
    const model = buildReportModel(factoryFireInput());
    expect(model.topConflicts).toEqual([
      {
        factId: "F001",
        sentence: "workers killed: 2 sources (Harbour Post, Riverside News) say 12; 1 source (Daily Meridian) says 19.",
      },
    ]);
    expect(model.counts).toMatchObject({ facts: 8, agree: 3, conflict: 1, singleSource: 4 });
    expect(model.date).toBe("2024-03-15");
    expect(model.factGroups.map((g) => g.heading)).toEqual(["Quantities", "Items", "Events"]);
  });
});
