/**
 * Generators of the text scraped pages really contain, and worse: news prose
 * cut into pieces and mixed with combining marks, astral characters, right-to-left
 * runs, zero-width and control characters, lone surrogates, NUL, markup,
 * furniture-looking lines, unbalanced quotes and very long runs without a break.
 *
 * Every property runs with one fixed seed so a failure is reproducible; the
 * number of runs comes from FUZZ_RUNS (`npm run fuzz` sets 20000).
 */
import fc from "fast-check";
import { findPageFurniture } from "../../pipeline/ingest/pageFurniture.ts";
import type { Source } from "../../pipeline/ingest/schema.ts";

export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 250) || 250);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20250917) || 20250917;

/** fast-check parameters for one property: the fixed seed, FUZZ_RUNS runs. */
export function fuzzParams(runs = FUZZ_RUNS): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: runs, endOnFailure: false };
}

/** A test timeout that grows with the number of runs, so `npm run fuzz` is not cut short. */
export function fuzzTimeout(msPerRun: number, floor = 30_000): number {
  return Math.max(floor, FUZZ_RUNS * msPerRun);
}

const prose = [
  "The", "police", "said", "officials", "were", "killed", "injured", "evacuated", "more than", "about", "at least",
  "1,600", "6,000", "42", "-5", "3.5", "2023", "two", "dozens", "of", "in", "and", "a", "the", "Mr.", "Dr.", "Gov.",
  "U.S.", "p.m.", "a.m.", "St.", "No.", "e.g.", "Maria Teller", "Lowmoor", "Red Cross", "according to", "told",
  "September 21, 2023", "on Tuesday", "%", "km", "$4.5 million", "€10", "Héctor", "José", "Tocorón",
];
const punctuation = [".", ",", "!", "?", "…", ";", ":", "—", "–", "-", "(", ")", "[", "]", "/", "\\", "|", "*", "#", "...", "?!", ".."];
const quotes = ["\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "`", "「", "」"];
const spaces = [" ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u00a0", "\u2028", "\u2029", "\u0085", "\u3000", "\u000b", "\u000c"];
const combining = ["e\u0301", "\u0301", "\u0308\u0308\u0308", "n\u0303", "\u20dd", "a\u0327\u0301", "\u0300"];
const astral = ["😀", "👩‍👩‍👧", "🇻🇪", "𝔘𝔫𝔦", "𠀀", "\u{1F3FD}", "🏳️‍🌈", "\u{10FFFF}", "\u{E0001}", "𝟙𝟚𝟛"];
const rightToLeft = ["مرحبا بالعالم", "שלום", "\u202e", "\u202b", "\u200f", "\u061c", "١٢٣", "قال 12 شخصا."];
const zeroWidth = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad", "\u034f", "\u180e"];
const control = ["\u0000", "\u0001", "\u0007", "\u0008", "\u001b", "\u007f", "\u0080", "\u009f"];
const loneSurrogates = ["\ud800", "\udfff", "\udc00", "\udbff", "a\ud83d", "\ude00b"];
const markup = [
  "<p>", "</p>", "<br>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&#xD800;", "&#0;", "&#x1F600;",
  "&nbsp;", "<!--", "-->", "<![CDATA[", "{{x}}", "{{{x}}}", "{{#each a}}", "# ", "## ", "> ", "* ", "<title>", "<article>", "<",
];
const furniture = [
  "\nRead more:\n", "\nBy John Smith\n", "\nLeave a Reply\n", "\nPhoto: AP\n", "\nWATCH: video\n", "\nAdvertisement\n",
  "\nRELATED:\n", "\nWritten by: Ana Ruiz and Li Wei\n", "\nThis article is owned by Example News.\n", "\nPublished: 21 September 2023\n",
  "\n© 2024 The Daily Example. All rights reserved.\n", " via Getty Images\n", "\nSubscribe to our free newsletter\n",
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** One piece of hostile text; weighted towards prose so sentence logic gets exercised. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(prose), weight: 12 },
  { arbitrary: pick(punctuation), weight: 5 },
  { arbitrary: pick(quotes), weight: 3 },
  { arbitrary: pick(spaces), weight: 8 },
  { arbitrary: pick(combining), weight: 1 },
  { arbitrary: pick(astral), weight: 1 },
  { arbitrary: pick(rightToLeft), weight: 1 },
  { arbitrary: pick(zeroWidth), weight: 1 },
  { arbitrary: pick(control), weight: 1 },
  { arbitrary: pick(loneSurrogates), weight: 1 },
  { arbitrary: pick(markup), weight: 1 },
  { arbitrary: pick(furniture), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 1 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String), weight: 2 },
);

/** A run of one piece repeated, to make long lines, long words and lines without any break. */
const longRun: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(hostilePiece, pick(["a", "😀", ".", " ", "\u0301", "“", "Word ", "end. ", "x".repeat(7)])), fc.integer({ min: 50, max: 3000 }))
  .map(([piece, n]) => piece.replace(/[\r\n]/g, " ").repeat(n));

/** Whole hostile texts: mostly pieces, sometimes a very long run in the middle. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: hostilePiece, weight: 30 }, { arbitrary: longRun, weight: 1 }), { maxLength: 120 })
  .map((parts) => parts.join(""));

/** Texts made of nothing but punctuation and quotes (with some space). */
export const punctuationOnly: fc.Arbitrary<string> = fc
  .array(fc.oneof(pick(punctuation), pick(quotes), pick([" ", "\n", "\n\n"])), { minLength: 1, maxLength: 200 })
  .map((parts) => parts.join(""));

/** Prose-like text with quotes that never close (or close twice). */
export const unbalancedQuotes: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: pick(prose), weight: 6 }, { arbitrary: pick(quotes), weight: 3 }, { arbitrary: pick([" ", ". ", "\n\n"]), weight: 4 }), {
    maxLength: 150,
  })
  .map((parts) => parts.join(""));

/** A text that starts with a plausible title line, the way every article does. */
export const hostileArticle: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(hostileText, fc.constant("Storm floods coastal towns")), fc.oneof(hostileText, punctuationOnly, unbalancedQuotes))
  .map(([title, body]) => `${title}\n\n${body}`);

/** Does `s` hold a UTF-16 surrogate that is not half of a pair? */
export function hasLoneSurrogate(s: string): boolean {
  return /\p{Cs}/u.test(s);
}

/** A source as ingest would hand it over, built straight from the text so lone surrogates reach segment too. */
export function sourceOf(text: string, id = "fuzz"): Source {
  const furniture = findPageFurniture(text);
  return {
    id, file: `${id}.txt`, format: "txt", encoding: "utf-8", sha256: "0".repeat(64), text,
    title: "", publisher: furniture.publisher, author: furniture.author, published: furniture.published,
    language: "en", boilerplate: furniture.spans, duplicateOf: "",
  };
}

