/**
 * Numbers as written in news text: digits with thousands separators and
 * decimals ("11,000", "7.8"), scale words ("1.2 million", "3bn"), and
 * cardinal number words ("four", "twenty-five", "two hundred", "a dozen",
 * "a decade" = 10 years, "half a million").
 *
 * Not handled yet: fractions ("two-thirds", "a quarter of"), ordinals as
 * amounts, Roman numerals, "5 000" with a space separator, and number words
 * beyond "… hundred and ninety-nine thousand" spelled out in full.
 */
import type { Token } from "./sentenceTokens.ts";
import { LowerWordSet, lookupWords, wordRecord } from "./lowerWordSet.ts";

const UNITS: Record<string, number> = wordRecord({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = wordRecord({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
export const SCALES: Record<string, number> = wordRecord({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, bn: 1e9, tn: 1e12,
});
/** counting words that stand for a number of something ("a dozen eggs", "a decade" = 10 years) */
export const GROUP_WORDS: Record<string, { n: number; unit?: string }> = wordRecord({
  dozen: { n: 12 }, decade: { n: 10, unit: "year" }, decades: { n: 10, unit: "year" },
  century: { n: 100, unit: "year" }, centuries: { n: 100, unit: "year" },
});

/** words after a number or "a" that scale it: most tokens are ruled out before their lower case is made */
const SCALE_WORDS = new LowerWordSet(lookupWords(SCALES));
const SCALE_OR_GROUP_WORDS = new LowerWordSet([...lookupWords(SCALES), ...lookupWords(GROUP_WORDS)]);

const THOUSANDS_SEPARATORS = /,/g;
const GLUED_NUMBER = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([a-zA-Z][a-zA-Z/²]*)$/;
const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** value of a digit token ("11,000" → 11000), or null when it is not a plain number */
export function digitValue(s: string): number | null {
  if (!DIGITS.test(s)) return null;
  return Number(s.includes(",") ? s.replace(THOUSANDS_SEPARATORS, "") : s);
}

/** value of one number word or hyphenated pair ("four", "twenty-five"), else null */
export function wordValue(lower: string): number | null {
  if (lower in UNITS) return UNITS[lower];
  if (lower in TENS) return TENS[lower];
  const dash = lower.indexOf("-");
  if (dash > 0) {
    const a = TENS[lower.slice(0, dash)];
    const b = UNITS[lower.slice(dash + 1)];
    if (a !== undefined && b !== undefined && b > 0 && b < 10) return a + b;
  }
  return null;
}

export interface ParsedNumber {
  value: number;
  /** index of the first and last token of the number (inclusive) */
  first: number;
  last: number;
  /** set when a group word implies the unit ("a decade" → year) */
  impliedUnit?: string;
  /** true for number words ("four"), false for digits */
  spelled: boolean;
}

/**
 * Reads the number that starts at token `i`, or null. Consumes scale words
 * and "a dozen"/"a decade"; a leading "a"/"an" counts only before a scale or
 * group word ("a million", "a decade").
 */
export function readNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  let value: number | null = null;
  let spelled = false;
  let j = i;
  if (t.lower === "a" || t.lower === "an" || t.lower === "half") {
    // "half a million", "a hundred", "a dozen", "a decade"
    let k = i + 1;
    let factor = 1;
    if (t.lower === "half") {
      if (tokens[k]?.lower !== "a") return null;
      factor = 0.5;
      k++;
    }
    const nx = tokens[k];
    if (!nx || !nx.mayBeIn(SCALE_OR_GROUP_WORDS)) return null;
    if (nx.lower in SCALES && nx.lower !== "mn" && nx.lower !== "bn" && nx.lower !== "tn") {
      return extendScale(tokens, k, SCALES[nx.lower] * factor, i, true);
    }
    const g = GROUP_WORDS[nx.lower];
    if (g && factor === 1 && (nx.lower === "dozen" || nx.lower === "decade" || nx.lower === "century")) {
      return { value: g.n, first: i, last: k, impliedUnit: g.unit, spelled: true };
    }
    return null;
  }
  const d = digitValue(t.text);
  if (d !== null) value = d;
  else {
    const w = wordValue(t.lower);
    if (w === null) return null;
    value = w;
    spelled = true;
    // "twenty five"
    if (w >= 20 && w % 10 === 0) {
      const u = tokens[j + 1] ? UNITS[tokens[j + 1].lower] : undefined;
      if (u !== undefined && u > 0 && u < 10) {
        value += u;
        j++;
      }
    }
  }
  const res = extendScale(tokens, j, value, i, spelled, true);
  // "two dozen", "three decades"
  const nx = tokens[res.last + 1];
  if (nx && (nx.is("dozen") || nx.is("decades") || nx.is("centuries"))) {
    const g = GROUP_WORDS[nx.lower];
    return { value: res.value * g.n, first: i, last: res.last + 1, impliedUnit: g.unit, spelled: res.spelled };
  }
  return res;
}

/** applies following scale words: "two hundred", "1.2 million", "five hundred thousand" */
function extendScale(tokens: readonly Token[], j: number, value: number, first: number, spelled: boolean, startAtNext = false): ParsedNumber {
  let k = startAtNext ? j + 1 : j;
  let v = value;
  let last = j;
  if (!startAtNext) {
    // j is itself a scale word (after "a")
    last = j;
    k = j + 1;
  }
  while (k < tokens.length) {
    const s = tokens[k].mayBeIn(SCALE_WORDS) ? SCALES[tokens[k].lower] : undefined;
    if (s === undefined) break;
    // "hundred" after a value of 100 or more is not a multiplier ("two thousand hundred" is not English)
    if (s === 100 && v >= 100 && v % 1 === 0 && v !== value) break;
    v = v * s;
    last = k;
    k++;
    // "two hundred and fifty", "one hundred twenty"
    if (s === 100 || s === 1e3) {
      let m = k;
      if (tokens[m]?.lower === "and") m++;
      const w = tokens[m] ? wordValue(tokens[m].lower) : null;
      if (w !== null && w < s) {
        v += w;
        last = m;
        k = m + 1;
      }
    }
  }
  return { value: v, first, last, spelled };
}

/** digits glued to a suffix: "58km", "3bn", "5m", "45%" is split by the tokenizer */
export function splitGluedNumber(s: string): { value: number; suffix: string } | null {
  const m = GLUED_NUMBER.exec(s);
  if (!m) return null;
  return { value: Number(m[1].replace(THOUSANDS_SEPARATORS, "")), suffix: m[2] };
}
