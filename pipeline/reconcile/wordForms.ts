/**
 * Word-level normalisation shared by fact grouping, entity resolution and
 * reuse detection: accent folding, English plural → singular, and British →
 * American spelling, so that "Centre"/"center" and "Héctor"/"Hector" compare
 * equal. The rules are crude on purpose: they are applied to both sides of
 * every comparison, so an over-eager rule only matters if it makes two
 * different words collide.
 */
import { isWhiteSpaceUnit } from "../textLines.ts";

/**
 * Results for short strings already seen (words, counted nouns, units, the
 * extractor's context phrases): reconcile asks for the same ones many times
 * over, in every story. Longer strings (sentences) are rarely asked for twice
 * outside one call, which remembers them itself, so they are not kept here.
 * Each cache is emptied when it fills up, so memory stays bounded however
 * many stories one process compares.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(
    private readonly limit: number,
    private readonly longestKey = 80,
  ) {}
  get(key: string, compute: (key: string) => V): V {
    if (key.length > this.longestKey) return compute(key);
    let v = this.map.get(key);
    if (v === undefined) {
      v = compute(key);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}

/** Characters fold() changes other than by lower-casing: anything outside ASCII, and the backtick. */
const needsFullFold = /[^\x00-\x5f\x61-\x7f]/;

/** Lower case, accents and curly quotes folded, dashes unified. */
export function fold(s: string): string {
  if (!needsFullFold.test(s)) return s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();
}

/** Per code point: 0 not yet known, 1 a letter (`\p{L}`), 2 a number (`\p{N}`), 3 anything else. */
const charKinds = new Uint8Array(0x110000);
const letter = /^\p{L}$/u;
const digit = /^\p{N}$/u;
function charKind(cp: number): number {
  let k = charKinds[cp];
  if (k === 0) {
    const c = String.fromCodePoint(cp);
    k = letter.test(c) ? 1 : digit.test(c) ? 2 : 3;
    charKinds[cp] = k;
  }
  return k;
}

/** Whether the code point is a letter or a digit (`[\p{L}\p{N}]`). */
export function isLetterOrDigit(cp: number): boolean {
  return charKind(cp) !== 3;
}

/**
 * The folded text's words as `/[\p{L}\p{N}]+(?:'\p{L}+)?/gu` finds them (a possessive or an elided
 * letter kept with its word: "police's", "o'brien"), read code point by code point.
 */
function foldedWords(s: string): string[] {
  const f = fold(s);
  const out: string[] = [];
  const n = f.length;
  let i = 0;
  while (i < n) {
    const cp = f.codePointAt(i)!;
    if (charKind(cp) === 3) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = pastLettersAndDigits(f, i);
    // an apostrophe and the letters after it stay with the word
    let apostrophe = false;
    if (i + 1 < n && f.charCodeAt(i) === 0x27 && charKind(f.codePointAt(i + 1)!) === 1) {
      apostrophe = true;
      i = pastLetters(f, i + 1);
    }
    const w = f.slice(start, i);
    out.push(apostrophe ? w.replace(/'s$/, "").replace(/'/g, "") : w);
  }
  return out;
}

/** Where the run of letters and digits from `i` ends. */
function pastLettersAndDigits(f: string, i: number): number {
  while (i < f.length) {
    const cp = f.codePointAt(i)!;
    if (charKind(cp) === 3) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Where the run of letters from `i` ends. */
function pastLetters(f: string, i: number): number {
  while (i < f.length) {
    const cp = f.codePointAt(i)!;
    if (charKind(cp) !== 1) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

const wordsCache = new BoundedCache<readonly string[]>(20_000);

/** Folded word tokens (letters and digits), possessive 's dropped. */
export function words(s: string): readonly string[] {
  return wordsCache.get(s, foldedWords);
}

const irregularPlurals: Record<string, string> = {
  men: "man", women: "woman", children: "child", people: "people", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", lives: "life", wives: "wife", knives: "knife", wolves: "wolf",
  thieves: "thief", halves: "half", leaves: "leaf", shelves: "shelf", selves: "self",
  policemen: "policeman", firemen: "fireman", servicemen: "serviceman", gunmen: "gunman",
  fishermen: "fisherman", crises: "crisis", analyses: "analysis", news: "news", series: "series",
  species: "species", police: "police", personnel: "personnel", data: "data", media: "media",
  casualties: "casualty", dies: "die", buses: "bus", gases: "gas", aircraft: "aircraft",
};

/** Singular form of an English noun ("casualties" → "casualty", "boxes" → "box"). */
export function singular(w: string): string {
  const irregular = irregularPlurals[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/(ch|sh|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is|ics)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** British spellings mapped to one form ("centre" → "center", "organise" → "organize"). */
export function spelling(w: string): string {
  if (w.length < 5) return w;
  return w
    .replace(/([a-z]{2})our(s|ed|ing|ite|ites|able|hood|ful)?$/, "$1or$2")
    .replace(/([a-z]{2})tre(s)?$/, "$1ter$2")
    .replace(/([a-z]{3})is(e|es|ed|ing|ation|ations)$/, "$1iz$2")
    .replace(/([a-z]{2})ys(e|es|ed|ing)$/, "$1yz$2")
    .replace(/^(def|off|lic|pret)ence(s)?$/, "$1ense$2")
    .replace(/^programme(s)?$/, "program$1");
}

const wordKeyCache = new BoundedCache<string>(50_000);
const wordKeysCache = new BoundedCache<readonly string[]>(20_000);

/** The comparable form of one word: folded, singular, one spelling. */
export function wordKey(w: string): string {
  return wordKeyCache.get(w, computeWordKey);
}
// (the functions given to the caches are made once, not at every call)
const computeWordKey = (w: string): string => spelling(singular(w));

/** Comparable forms of the words of a phrase. */
export function wordKeys(s: string): readonly string[] {
  return wordKeysCache.get(s, computeWordKeys);
}
const computeWordKeys = (s: string): readonly string[] => words(s).map(wordKey);

/** Function words that never distinguish two claims or names. */
export const stopWords = new Set(
  (
    "a an the of in on at to for from by with and or but as is are was were be been being has have had do does did " +
    "this that these those it its their his her they them he she we our you your i me my who whom which what when " +
    "where while than then there here also not no nor so such into onto over under about after before during since " +
    "until up down out off again further once all any both each few more most other some own same very can will " +
    "just should would could may might must shall said says say told according per via more than least al"
  ).split(" "),
);

const contentWordsCache = new BoundedCache<readonly string[]>(20_000);

/** Content words of a text, as comparable keys, without numbers or function words. */
export function contentWords(s: string): readonly string[] {
  return contentWordsCache.get(s, computeContentWords);
}
const computeContentWords = (s: string): readonly string[] => wordKeys(s).filter(isContentWord);
const isContentWord = (w: string): boolean => w.length > 1 && !stopWords.has(w) && !startsWithDigit(w);

function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** `s.replace(/\s+/g, " ")`, without making a new string when every gap is already one space. */
export function singleSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWhiteSpaceUnit(c) && (c !== 0x20 || (i + 1 < s.length && isWhiteSpaceUnit(s.charCodeAt(i + 1))))) return s.replace(/\s+/g, " ");
  }
  return s;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}
