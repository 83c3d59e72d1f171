/**
 * Segment over hostile text: whatever the article holds, segmenting never
 * throws or hangs, every paragraph and sentence lies inside the text, in
 * order and without overlap, and every sentence's `text` is exactly the
 * code-point slice of the source at [start, end).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointIndex, codePointLength } from "../../pipeline/codePoints.ts";
import type { Source } from "../../pipeline/ingest/schema.ts";
import { segmentSource } from "../../pipeline/segment/index.ts";
import { SegmentedSource } from "../../pipeline/segment/schema.ts";
import { sentenceRanges } from "../../pipeline/segment/sentenceSplit.ts";
import { Schema } from "effect";
import { fuzzParams, fuzzTimeout, hostileArticle, hostileText, punctuationOnly, sourceOf, unbalancedQuotes } from "./hostileText.ts";

const decodeSegmented = Schema.decodeUnknownSync(SegmentedSource);

/** The invariants every segmented source keeps, checked against the text it came from. */
function checkSegmented(source: Source): void {
  const before = JSON.stringify(source);
  const seg = segmentSource(source);
  expect(JSON.stringify(source), "segment must not mutate its input").toBe(before);
  decodeSegmented(seg);
  const index = new CodePointIndex(source.text);
  const length = codePointLength(source.text);
  expect(index.length).toBe(length);

  let lastEnd = 0;
  seg.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
    expect(p.start).toBeGreaterThanOrEqual(lastEnd);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end).toBeLessThanOrEqual(length);
    lastEnd = p.end;
  });

  lastEnd = 0;
  seg.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start, "sentences in order, not overlapping").toBeGreaterThanOrEqual(lastEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
    expect(s.text).toBe(index.slice(s.start, s.end));
    expect(s.text.trim(), "a sentence is never only space").not.toBe("");
    const p = seg.paragraphs[s.paragraph];
    expect(p, "a sentence belongs to a paragraph").toBeDefined();
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
    expect(s.kind).toBe(p.kind);
    lastEnd = s.end;
  });
  // page furniture yields no units
  for (const b of source.boilerplate) {
    for (const s of seg.sentences) expect(s.end <= b.start || s.start >= b.end, `sentence ${JSON.stringify(s.text)} overlaps furniture ${JSON.stringify(b.text)}`).toBe(true);
  }
  expect(seg.words).toBeGreaterThanOrEqual(0);
  // at most one title, and it comes first
  expect(seg.paragraphs.filter((p) => p.kind === "title").length).toBeLessThanOrEqual(1);
  if (seg.paragraphs.some((p) => p.kind === "title")) expect(seg.paragraphs[0].kind).toBe("title");
}

describe("segment never breaks on hostile text", () => {
  it("keeps every invariant on arbitrary hostile text", () => {
    fc.assert(fc.property(hostileText, (text) => checkSegmented(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(20));

  it("keeps every invariant on article-shaped hostile text", () => {
    fc.assert(fc.property(hostileArticle, (text) => checkSegmented(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(20));

  it("keeps every invariant on punctuation only and unbalanced quotes", () => {
    fc.assert(fc.property(fc.oneof(punctuationOnly, unbalancedQuotes), (text) => checkSegmented(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(10));

  it("keeps every invariant on any string of code points, lone surrogates included", () => {
    const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 300 });
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), anyUnits), (text) => checkSegmented(sourceOf(text))), fuzzParams());
  }, fuzzTimeout(10));

  it("gives sentence ranges inside the paragraph, in order, on surrogate-pair boundaries", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let last = 0;
        for (const [s, e] of sentenceRanges(text)) {
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          // never start or end between the two halves of a surrogate pair
          for (const at of [s, e]) {
            const before = text.charCodeAt(at - 1);
            const after = text.charCodeAt(at);
            expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff, `cut inside a pair at ${at}`).toBe(false);
          }
          last = e;
        }
      }),
      fuzzParams(),
    );
  }, fuzzTimeout(10));
});

describe("segment stays fast on extreme shapes", () => {
  const MB = 1024 * 1024;
  const cases: [string, () => string][] = [
    ["one 1 MB line without any break or space", () => "T\n\n" + "a".repeat(MB)],
    ["one 1 MB line of astral characters without space", () => "T\n\n" + "😀".repeat(MB / 2)],
    ["a line of 'word ' without any full stop", () => "T\n\n" + "word ".repeat(200_000)],
    ["astral characters after an odd number of units (chunk cut inside a pair)", () => "T\n\nx" + "😀".repeat(50_000)],
    ["only full stops", () => ".".repeat(MB)],
    ["only blank lines", () => "T" + "\n".repeat(MB)],
    ["one character per line", () => "T\n" + "a.\n\n".repeat(50_000)],
    ["combining marks stacked on one letter", () => "T\n\na" + "\u0301".repeat(MB)],
    ["abbreviations without end", () => "T\n\n" + "Mr. Dr. U.S. p.m. ".repeat(50_000)],
  ];
  for (const [what, make] of cases) {
    it(`segments ${what} in linear time`, () => {
      const text = make();
      const t0 = performance.now();
      const seg = segmentSource(sourceOf(text));
      const ms = performance.now() - t0;
      const index = new CodePointIndex(text);
      for (const s of seg.sentences.slice(0, 50)) expect(s.text).toBe(index.slice(s.start, s.end));
      for (const s of seg.sentences.slice(-50)) expect(s.text).toBe(index.slice(s.start, s.end));
      for (const s of seg.sentences) expect(s.text.length === 0 || !/^[\uDC00-\uDFFF]/.test(s.text), "a sentence starts inside a code point").toBe(true);
      expect(ms, what).toBeLessThan(15_000);
    }, 60_000);
  }
});
