/**
 * Hostile article text through the whole pipeline: markup, <script>, event
 * handlers, javascript: links and Handlebars syntax in titles, quotes and
 * metadata must reach report.html as inert text (shown, never run or loaded),
 * and spreadsheet formulas must reach the CSV files neutralised.
 *
 * Input: tests/fixtures/hostile/markup (an invented factory fire, as .txt,
 * .html and .md, each laced with attacks).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../pipeline/cli.ts";
import { toCsv } from "../../pipeline/render/csvTables.ts";
import { captureStderr, parseCsv } from "./cliHarness.ts";

const fixture = join(import.meta.dirname, "../fixtures/hostile/markup");
let root: string;
let out: string;
let stderrText = "";

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "triangulate-hostile-"));
  out = join(root, "out");
  const err = captureStderr();
  const code = await main([fixture, "--out", out], err.stream);
  stderrText = err.text();
  expect(code, stderrText).toBe(0);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Text the report must show literally: it stands in titles, quotes and metadata of the fixture. */
const shownAsText = [
  "<script>alert(1)</script>",
  "<script>alert(2)</script>",
  "<img src=x onerror=alert(1)>",
  "{{#each sources}}",
  "{{{title}}}",
  "{{> partial}}",
  "<style>body{display:none}</style>",
  "The <b>Daily</b> Example",
  "total chaos</a>",
];

describe("report.html shows hostile text and runs none of it", () => {
  it("escapes every piece of markup in the file itself", () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    // no tag or attribute from the articles survives as markup
    expect(html).not.toMatch(/<script>alert|<img\b|onerror\s*=|onclick\s*=|<iframe|<style>body\{display:none\}/i);
    expect(html).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*javascript:/i);
    // Handlebars syntax from articles is text, not template: it is still there, braces and all
    expect(html).toContain("{{#each sources}}");
    // the page's own scripts are the only ones, and none of them is the article's
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
    for (const s of scripts) expect(s).not.toMatch(/alert\(/);
  });

  for (const bypassCSP of [false, true]) {
    // with bypassCSP the page's Content Security Policy is ignored, so escaping alone must hold
    it(`runs no article script in headless chromium${bypassCSP ? " even with its CSP switched off" : ""}`, async () => {
      let browser: Browser | undefined;
      try {
        browser = await chromium.launch({
          executablePath: "/usr/bin/chromium",
          args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        const context = await browser.newContext({ bypassCSP });
        const page = await context.newPage();
        const dialogs: string[] = [];
        const errors: string[] = [];
        const requests: string[] = [];
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("request", (r) => requests.push(r.url()));
        const url = "file://" + join(out, "report.html");
        await page.goto(url, { waitUntil: "load" });
        // give any injected handler (onerror of a broken image, a timer) time to fire
        await page.waitForTimeout(500);
        expect(dialogs, "no alert/confirm/prompt").toEqual([]);
        expect(errors, "no console errors").toEqual([]);
        // nothing fetched: not `x` of <img src=x>, not an iframe, only the page and inline data
        expect(requests.filter((r) => r !== url && !r.startsWith("data:"))).toEqual([]);
        const dom = await page.evaluate(() => ({
          text: document.body.innerText,
          injected: document.querySelectorAll("img[onerror], [onclick], iframe, a[href^='javascript' i], object, embed").length,
          scriptsWithAlert: [...document.scripts].filter((s) => /alert\(/.test(s.textContent ?? "")).length,
          hidden: getComputedStyle(document.body).display === "none",
        }));
        expect(dom.injected).toBe(0);
        expect(dom.scriptsWithAlert).toBe(0);
        expect(dom.hidden, "an article's <style> must not restyle the page").toBe(false);
        for (const s of shownAsText) expect(dom.text, `shows ${s} as text`).toContain(s);
        await context.close();
      } finally {
        await browser?.close();
      }
    }, 60_000);
  }
});

describe("CSV files neutralise formulas", () => {
  const formulaStart = /^[=+\-@\t\r]/;
  const plainNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

  it("writes no cell a spreadsheet would run as a formula", () => {
    const files = readdirSync(out).filter((f) => f.endsWith(".csv"));
    expect(files.length).toBe(7);
    let guarded = 0;
    for (const f of files) {
      const rows = parseCsv(readFileSync(join(out, f), "utf8"));
      for (const row of rows) {
        for (const cell of row) {
          if (formulaStart.test(cell)) expect(cell, `${f}: ${JSON.stringify(cell)}`).toMatch(plainNumber);
          if (/^'[=+\-@\t\r]/.test(cell)) guarded++;
        }
      }
    }
    // the fixture's formulas are there, with the guard in front
    expect(guarded).toBeGreaterThan(0);
    const claims = readFileSync(join(out, "claims.csv"), "utf8");
    for (const start of [`'=HYPERLINK(`, `'+44 residents`, `'@SUM(A1:A9)`, `'-5 degrees`]) expect(claims).toContain(start);
  });

  it("guards every formula start but leaves plain numbers alone", () => {
    const cells = ["=1+1", "+1 555", "-x", "@SUM(A1)", "\tfoo", "\rbar", "-5", "-0.5", "12", "1,600", "-5e3", "- 5", "=", ""];
    const text = new TextDecoder().decode(toCsv(["cell"], cells.map((c) => [c])));
    const back = parseCsv(text.replace(/^\uFEFF/, "")).slice(1).map((r) => r[0]);
    expect(back).toEqual(["'=1+1", "'+1 555", "'-x", "'@SUM(A1)", "'\tfoo", "'\rbar", "-5", "-0.5", "12", "1,600", "'-5e3", "'- 5", "'=", ""]);
    const numbers = new TextDecoder().decode(toCsv(["n"], [[-5], [0], [3.25]]));
    expect(parseCsv(numbers.replace(/^\uFEFF/, "")).slice(1).map((r) => r[0])).toEqual(["-5", "0", "3.25"]);
  });
});
