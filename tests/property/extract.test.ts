/**
 * Extract (and reconcile after it) over hostile text: never a crash or a
 * hang; every claim's and mention's offsets lie inside the source and its
 * `text` is exactly the code-point slice of the source at [start, end).
 */
import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointIndex, codePointLength } from "../../pipeline/codePoints.ts";
import { extractSource } from "../../pipeline/extract/index.ts";
import { ExtractedSource } from "../../pipeline/extract/schema.ts";
import type { Source } from "../../pipeline/ingest/schema.ts";
import { reconcile } from "../../pipeline/reconcile/index.ts";
import { ReconcileOutput } from "../../pipeline/reconcile/schema.ts";
import { segmentSource } from "../../pipeline/segment/index.ts";
import { fuzzParams, fuzzTimeout, hostileArticle, hostileText, punctuationOnly, sourceOf, unbalancedQuotes } from "./hostileText.ts";

const decodeExtracted = Schema.decodeUnknownSync(ExtractedSource);
const decodeReconciled = Schema.decodeUnknownSync(ReconcileOutput);

function checkExtracted(source: Source) {
  const seg = segmentSource(source);
  const before = JSON.stringify(source);
  const out = extractSource(source, seg.sentences);
  expect(JSON.stringify(source), "extract must not mutate its input").toBe(before);
  decodeExtracted(out);
  const index = new CodePointIndex(source.text);
  const length = codePointLength(source.text);
  const sentenceIndexes = new Set(seg.sentences.map((s) => s.index));
  const spans = [
    ...out.claims.map((c) => ({ what: `claim ${c.id}`, ...c })),
    ...out.mentions.map((m) => ({ what: `mention ${m.name}`, ...m })),
  ];
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), s.what).toBe(true);
    expect(s.start, s.what).toBeGreaterThanOrEqual(0);
    expect(s.end, s.what).toBeGreaterThanOrEqual(s.start);
    expect(s.end, s.what).toBeLessThanOrEqual(length);
    expect(s.text, s.what).toBe(index.slice(s.start, s.end));
    expect(sentenceIndexes.has(s.sentenceIndex), `${s.what}: sentence ${s.sentenceIndex} exists`).toBe(true);
  }
  for (const c of out.claims) {
    expect(c.sourceId).toBe(source.id);
    for (const n of [c.value, c.valueMin, c.valueMax]) if (n !== null) expect(Number.isFinite(n), `claim ${c.id} value`).toBe(true);
    for (const b of source.boilerplate) expect(c.end <= b.start || c.start >= b.end, `claim ${JSON.stringify(c.text)} from furniture`).toBe(true);
  }
  const ids = out.claims.map((c) => c.id);
  expect(new Set(ids).size, "claim ids are unique").toBe(ids.length);
  return { seg, out };
}

describe("extract never breaks on hostile text", () => {
  it("keeps offsets and texts true on arbitrary hostile text", () => {
    fc.assert(fc.property(hostileText, (text) => void checkExtracted(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(30));

  it("keeps offsets and texts true on article-shaped hostile text", () => {
    fc.assert(fc.property(hostileArticle, (text) => void checkExtracted(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(30));

  it("keeps offsets and texts true on punctuation only and unbalanced quotes", () => {
    fc.assert(fc.property(fc.oneof(punctuationOnly, unbalancedQuotes), (text) => void checkExtracted(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(20));

  it("keeps offsets and texts true on any string of code points, lone surrogates included", () => {
    const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 300 });
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), anyUnits), (text) => void checkExtracted(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(20));

  it("reconciles several hostile sources into a valid comparison", () => {
    fc.assert(
      fc.property(fc.array(hostileArticle, { minLength: 1, maxLength: 4 }), (texts) => {
        const sources = texts.map((t, i) => sourceOf(t, `s${i}`));
        const segmented = sources.map(segmentSource);
        const extracted = sources.map((s, i) => extractSource(s, segmented[i].sentences));
        const rec = reconcile({ sources, skipped: [], diagnostics: [] }, { sources: segmented }, { sources: extracted });
        decodeReconciled(rec);
        const byId = new Map(sources.map((s) => [s.id, new CodePointIndex(s.text)]));
        for (const m of rec.mentions) expect(m.text).toBe(byId.get(m.sourceId)!.slice(m.start, m.end));
        const claimIds = new Set(extracted.flatMap((e) => e.claims.map((c) => c.id)));
        for (const f of rec.facts) {
          for (const id of f.claimIds) expect(claimIds.has(id), `fact ${f.id} names claim ${id}`).toBe(true);
          expect(Number.isFinite(f.weight)).toBe(true);
        }
        for (const r of rec.reuse) expect(r.similarity >= 0 && r.similarity <= 1).toBe(true);
      }),
      fuzzParams(Math.max(20, Math.round(fuzzParams().numRuns! / 3))),
    );
  }, fuzzTimeout(100));
});

describe("numbers too long for a double", () => {
  // found by `npm run fuzz`: extract gave value Infinity (JSON: null) and reconcile crashed in formatNumber
  const text = "Flood hits Lowmoor\n\nOfficials said " + "1".repeat(330) + " people were evacuated.";
  it("are never claimed with a value that is not a finite number", () => {
    checkExtracted(sourceOf(text));
  });
  it("do not crash reconcile", () => {
    const source = sourceOf(text);
    const seg = segmentSource(source);
    const rec = reconcile({ sources: [source], skipped: [], diagnostics: [] }, { sources: [seg] }, { sources: [extractSource(source, seg.sentences)] });
    decodeReconciled(rec);
  });
});

describe("extract stays fast on extreme shapes", () => {
  const cases: [string, string][] = [
    ["a 200 kB sentence of numbers", "T\n\n" + "1,600 ".repeat(35_000) + "people died."],
    ["a 200 kB sentence of capitalised names", "T\n\n" + "Maria Teller ".repeat(16_000) + "said."],
    ["a 200 kB quote that never closes", "T\n\n“" + "they said 40 died and ".repeat(9_000)],
    ["quote marks only", "T\n\n" + "“”\"'‘’ ".repeat(30_000)],
    ["200 kB without spaces", "T\n\n" + "x".repeat(200_000)],
    ["reporting verbs without subjects", "T\n\n" + "said told according to ".repeat(9_000) + "."],
    ["list without end", "T\n\nPolice found " + "rifles, ".repeat(25_000) + "and grenades."],
  ];
  for (const [what, text] of cases) {
    it(`extracts from ${what} quickly`, () => {
      const t0 = performance.now();
      checkExtracted(sourceOf(text));
      expect(performance.now() - t0, what).toBeLessThan(10_000);
    }, 60_000);
  }
});
