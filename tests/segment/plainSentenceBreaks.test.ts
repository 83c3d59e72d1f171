/**
 * Sentences are split by Intl.Segmenter, except where plainSentenceBreaks
 * can tell without it where the segmenter would split (nearly all news
 * prose). Wherever it gives an answer the two must agree, or sentences
 * would change with the shortcut — including after an ICU update that
 * changes the segmenter's rules.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainSentenceBreaks } from "../../pipeline/segment/plainSentenceBreaks.ts";
import { FUZZ_RUNS, fuzzParams } from "../property/hostileText.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
/** Where the segmenter starts each sentence after the first. */
const segmenterBreaks = (text: string) => [...segmenter.segment(text)].slice(1).map((s) => s.index);

const WORDS = ["the", "The", "Mr", "U.S", "p.m", "e.g", "etc", "said", "A", "I", "3", "1,600", "Rosa", "x"];
/** Characters whose sentence-break class matters: terminators, closers and openers, spaces, continuers, letters of all kinds. */
const CHARACTERS = [
  ".", "!", "?", " ", "\"", "'", "”", "’", "“", "‘", "(", ")", "[", "]", ",", ";", ":", "-", "—", "a", "Z", "5",
  "É", "é", "ª", "\u0301", "\u00ad", "\u200d", "\u00a0", "\t", "。", "…", "«", "»", "😀",
];

describe("plainSentenceBreaks", () => {
  it("finds the sentence starts of ordinary news prose itself", () => {
    const text = 'Floods hit the town. "We lost everything," she said. Mr. Ali (62) left at 3.30 p.m. on Monday. Was it enough? “No.” It rained.';
    const breaks = plainSentenceBreaks(text);
    expect(breaks).not.toBeNull();
    expect(breaks).toEqual(segmenterBreaks(text));
  });

  it("leaves what it cannot tell to the segmenter", () => {
    expect(plainSentenceBreaks("It ended。Then more")).toBeNull(); // a terminator of another script
    expect(plainSentenceBreaks("He left. 5 stayed")).toBeNull(); // after a full stop, a digit then perhaps lower case (SB8)
  });

  it("agrees with the segmenter on every short mix of those characters", () => {
    let layer = [""];
    const strings = [""];
    for (let length = 1; length <= 3; length++) {
      layer = layer.flatMap((s) => CHARACTERS.map((c) => s + c));
      strings.push(...layer);
    }
    let answered = 0;
    for (const middle of strings) {
      for (const text of [middle, `Ab${middle}c`, `the${middle} Dog`]) {
        const breaks = plainSentenceBreaks(text);
        if (!breaks) continue;
        answered++;
        expect(breaks, JSON.stringify(text)).toEqual(segmenterBreaks(text));
      }
    }
    expect(answered).toBeGreaterThan(10_000);
  });

  it("agrees with the segmenter on generated prose", () => {
    const piece = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 2 }, { arbitrary: fc.constantFrom(...CHARACTERS), weight: 3 });
    const prose = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(prose, (text) => {
        const breaks = plainSentenceBreaks(text);
        if (breaks) expect(breaks).toEqual(segmenterBreaks(text));
      }),
      fuzzParams(20 * FUZZ_RUNS),
    );
  });
});
