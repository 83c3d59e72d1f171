/// <reference lib="dom" />
/**
 * The report as a reader meets it: opened from a file:// URL in headless
 * Chromium, with an article that carries hostile markup.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReportModel } from "../../pipeline/render/reportModel.ts";
import { renderHtml } from "../../pipeline/render/html.ts";
import { factoryFireInput, largeInput } from "./fixtures.ts";
import { indexHtml, type CorpusStory } from "../../pipeline/corpus/corpusIndex.ts";

let browser: Browser;
let page: Page;
let dir: string;
const problems: string[] = [];
const dialogs: string[] = [];
const requests: string[] = [];
let reportUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "triangulate-html-"));
  const html = await renderHtml(buildReportModel(factoryFireInput(true)));
  const file = join(dir, "report.html");
  writeFileSync(file, html);
  reportUrl = pathToFileURL(file).href;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(reportUrl);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const visibleStatuses = (p: Page) =>
  p.$$eval("[data-filter-section] [data-status]", (els) =>
    els.filter((e) => !(e as HTMLElement).hidden && (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute("data-status")),
  );

describe("report.html in a browser", () => {
  it("loads with no console errors, fetches nothing, runs no article script", async () => {
    // give a would-be onerror handler time to fire
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.title()).not.toBe("pwned");
    expect(requests).toEqual([reportUrl]);
    expect(await page.$$eval("script", (s) => s.length)).toBe(1);
    expect(await page.$$eval("img, iframe, object, embed", (s) => s.length)).toBe(0);
    expect(await page.$$eval("a[href^='javascript']", (s) => s.length)).toBe(0);
    expect(await page.$$eval("[onerror], [onclick], [onload]", (s) => s.length)).toBe(0);
  });

  it("shows hostile article text as inert text", async () => {
    await page.click("#source-1 summary");
    const article = await page.textContent("#source-1 .article");
    expect(article).toContain("<script>alert(1)</script>");
    expect(article).toContain(`<img src=x onerror="document.title='pwned'">`);
    expect(article).toContain('<a href="javascript:alert(2)">link</a>');
    expect(article).toContain("{{title}} and {{{raw}}} and {{#each x}}loop{{/each}}");
    // the fact label with markup is text in the facts table and the matrix too
    expect(await page.textContent("#fact-F009")).toContain("reader comment <script>alert(3)</script>");
    await page.click("#source-1 summary");
  });

  it("has real tables with header cells and labelled filters", async () => {
    const tables = await page.$$eval("main table", (ts) =>
      ts.map((t) => ({ head: t.querySelectorAll("thead th[scope=col]").length, caption: !!t.querySelector("caption") })),
    );
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) expect(t).toMatchObject({ caption: true });
    for (const t of tables) expect(t.head).toBeGreaterThan(1);
    expect(await page.$eval("label[for=filter-status]", (l) => l.textContent)).toBe("Status");
    expect(await page.$eval("label[for=filter-source]", (l) => l.textContent)).toBe("Source");
    // status is said in words, not only in colour
    expect(await page.textContent("#fact-F001")).toContain("Conflict");
    expect(await page.textContent("#fact-F002")).toContain("Agree");
  });

  it("filters facts by status and by source", async () => {
    const all = await visibleStatuses(page);
    expect(new Set(all)).toEqual(new Set(["agree", "conflict", "single_source"]));

    await page.selectOption("#filter-status", "conflict");
    const conflictsOnly = await visibleStatuses(page);
    expect(conflictsOnly.length).toBeGreaterThan(0);
    expect(new Set(conflictsOnly)).toEqual(new Set(["conflict"]));
    expect(await page.isVisible("#fact-F002")).toBe(false);
    expect(await page.isVisible("#fact-F001")).toBe(true);
    expect(await page.textContent("#filter-count")).toBe("Showing 1 of 9 facts");

    await page.selectOption("#filter-status", "single_source");
    expect(new Set(await visibleStatuses(page))).toEqual(new Set(["single_source"]));
    // the conflicts section says so instead of going blank
    expect(await page.isVisible("#conflicts .no-match")).toBe(true);

    await page.selectOption("#filter-status", "");
    await page.selectOption("#filter-source", "3"); // Riverside News
    const rows = await page.$$eval("[data-filter-section] [data-status]", (els) =>
      els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute("data-sources")!.split(" ")),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const sources of rows) expect(sources).toContain("3");
    expect(await page.isVisible("#fact-F005")).toBe(false); // only Daily Meridian reports it

    await page.selectOption("#filter-source", "");
    expect((await visibleStatuses(page)).length).toBe(all.length);
  });

  it("clicking a claim opens its article and highlights the sentence", async () => {
    const claim = page.locator("#fact-F001 a.claim", { hasText: "Nineteen people" });
    const target = (await claim.getAttribute("data-target"))!;
    expect(await page.isVisible(`#${target}`)).toBe(false);
    await claim.click();
    const sentence = page.locator(`#${target}`);
    expect(await sentence.isVisible()).toBe(true);
    expect(await sentence.getAttribute("class")).toContain("hl");
    expect(await sentence.textContent()).toBe(
      "Nineteen people were killed in the fire at the Velmora textile plant, according to the regional health office.",
    );
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".sen.hl")!).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    // a second claim moves the highlight
    await page.locator("#fact-F002 a.claim", { hasText: "85 firefighters" }).first().click();
    expect(await page.$$eval(".sen.hl", (els) => els.length)).toBe(1);
    expect(await sentence.getAttribute("class")).not.toContain("hl");
    expect(problems).toEqual([]);
  });

  it("reads on a phone without horizontal scrolling of the page", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.goto(reportUrl);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });

  it("prints without the filter bar and with every article open", async () => {
    const printing = await browser.newPage({ viewport: { width: 800, height: 1000 } });
    await printing.goto(reportUrl);
    await printing.emulateMedia({ media: "print" });
    expect(await printing.isVisible("#filters")).toBe(false);
    await printing.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await printing.$$eval("details", (ds) => ds.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
    await printing.close();
  });
});

describe("a 20-source, 150-fact report", () => {
  it("loads cleanly, keeps ids unique and never widens the page", async () => {
    const file = join(dir, "large.html");
    writeFileSync(file, await renderHtml(buildReportModel(largeInput())));
    for (const width of [1280, 390]) {
      const p = await browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      p.on("pageerror", (e) => errors.push(e.message));
      await p.goto(pathToFileURL(file).href);
      expect(errors).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      const ids = await p.$$eval("[id]", (els) => els.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(await p.$$eval(".matrix tbody tr", (rows) => rows.length)).toBe(150);
      expect(await p.$$eval(".matrix thead th.src-col", (cols) => cols.length)).toBe(20);
      await p.selectOption("#filter-status", "conflict");
      expect(await p.textContent("#filter-count")).toMatch(/^Showing \d+ of 150 facts$/);
      await p.close();
    }
  }, 60_000);
});

describe("the corpus index", () => {
  it("keeps short story names on one line on a desktop and never widens a phone's page", async () => {
    const story = (n: number): CorpusStory => ({
      name: `story-${String(n).padStart(4, "0")}`,
      folder: `story-${String(n).padStart(4, "0")}`,
      summary: { sources: 5, facts: 70 + n, conflicts: n % 3, topConflict: n % 3 ? "inmates transferred: about 1,800 vs 1,800 vs about 6,900" : "" },
      error: "",
      previousKept: false,
    });
    const file = join(dir, "index.html");
    writeFileSync(file, indexHtml([0, 1, 2, 3].map(story)));
    for (const width of [1280, 390]) {
      const p = await browser.newPage({ viewport: { width, height: 700 } });
      await p.goto(pathToFileURL(file).href);
      expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // a name broken at its hyphen is drawn as two line boxes
      const lines = await p.$$eval("tbody td:first-child a", (links) => links.map((a) => a.getClientRects().length));
      expect(lines).toHaveLength(4);
      if (width === 1280) expect(lines).toEqual([1, 1, 1, 1]);
      await p.close();
    }
  }, 60_000);
});
