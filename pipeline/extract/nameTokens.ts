/**
 * Word and mark tokens of each sentence for the name, quote and attribution
 * rules, scanned by character code rather than Unicode-property RegExps
 * (which run at ~30 MB/s here) and computed once per source: the three rule
 * families are called one after another on the same Source, so the tokens of
 * the last source are kept (one entry only, so memory does not grow with the corpus).
 *
 * Not handled yet: letters outside the Basic Multilingual Plane count as
 * marks; abbreviations with dots are limited to initials, "U.S."-style
 * acronyms and the titles in ABBREVIATIONS.
 */
import type { Source } from "../ingest/schema.ts";
import type { Sentence } from "../segment/schema.ts";
import { UnitOffsets } from "./unitOffsets.ts";
import { HYPHEN_PARTICLE } from "./nameJoiners.ts";
import type { LowerWordSet } from "./lowerWordSet.ts";

/**
 * One token; its words are sliced from the sentence only when a rule asks for them. Fields are
 * declared, not defined, and set in the constructor: a million tokens per 5 MB are built, and
 * class-field definitions cost several times a plain store.
 */
export class Tok {
  declare private readonly source: string;
  /** UTF-16 offsets inside the sentence text */
  declare readonly s: number;
  declare readonly e: number;
  /** letters or digits rather than one mark */
  declare readonly word: boolean;
  /** can be (part of) a name: capitalised, or a hyphenated particle name ("al-Assad") */
  declare readonly cap: boolean;
  /** a possessive 's was cut off; a name ends here */
  declare readonly poss: boolean;
  /** every character of [s, e) is ASCII (false when unsure), so word sets can rule the token out by its shape */
  declare readonly ascii: boolean;
  declare private tCache: string | undefined;
  declare private lowerCache: string | undefined;

  constructor(source: string, s: number, e: number, word: boolean, cap: boolean, poss: boolean, ascii: boolean) {
    this.source = source;
    this.s = s;
    this.e = e;
    this.word = word;
    this.cap = cap;
    this.poss = poss;
    this.ascii = ascii;
    this.tCache = undefined;
    this.lowerCache = undefined;
  }

  /** as written, without a possessive 's */
  get t(): string {
    return (this.tCache ??= this.source.slice(this.s, this.e));
  }

  get lower(): string {
    return (this.lowerCache ??= lowerCase(this.t));
  }

  /** `set.has(this.lower)`, with most tokens ruled out by their shape before any string is made */
  inSet(set: LowerWordSet): boolean {
    return set.mayHoldToken(this.source, this.s, this.e, this.ascii) && set.has(this.lower);
  }
}

/**
 * `s.toLowerCase()`, returning a word without capitals as it is: sentences with curly quotes are two-byte
 * strings, whose lower-casing takes the slow Unicode path even for an ASCII word.
 */
function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

/** words whose possessive opens an organisation's name rather than ending a name ("People's Party") */
const COLLECTIVE_POSSESSORS = new Set(["People", "Peoples", "Workers", "Women", "Children", "Men", "Citizens", "Farmers", "Veterans"]);

export interface SentenceTokens {
  sentence: Sentence;
  /** UTF-16 offset of the sentence in the source text */
  base: number;
  end: number;
  text: string;
  toks: Tok[];
}

export interface SourceTokens {
  offsets: UnitOffsets;
  sentences: SentenceTokens[];
  /** whether the article uses this lower-case word somewhere (a sentence-initial "Police" is then a common word) */
  usesLowerCase: (lower: string) => boolean;
}

const ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Prof",
  "Rev", "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Sra", "Srta", "Mme", "Mlle", "Ltda",
]);
const HYPHEN_LOWER = /-\p{Ll}/u;

// 0 unknown, 1 word char, 2 word char and upper case, 3 mark, 4 white space
const charClass = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /\p{Lu}/u;
const SPACE_CHAR = /\s/u;
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  charClass[c] = /[A-Z]/.test(ch) ? 2 : /[a-z0-9]/.test(ch) ? 1 : /\s/.test(ch) ? 4 : 3;
}

function classOf(c: number): number {
  let k = charClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : UPPER_CHAR.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 4 : 3;
    charClass[c] = k;
  }
  return k;
}

/** true when the string starts with an upper-case letter */
export function startsUpper(s: string): boolean {
  return s.length > 0 && classOf(s.charCodeAt(0)) === 2;
}

/** Tokens of one stretch of text (a sentence). */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === 4) {
      i++;
      continue;
    }
    if (k === 3) {
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      toks.push(new Tok(text, i, i + pair, false, false, false, c < 128));
      i += pair;
      continue;
    }
    let j = i + 1;
    let hyphen = false;
    // every character code of the token OR-ed: below 128 when all are ASCII
    let high = c;
    for (;;) {
      if (j >= n) break;
      const d = text.charCodeAt(j);
      if (classOf(d) <= 2) {
        high |= d;
        j++;
        continue;
      }
      // inner joiners: children's, 17-year, al-Assad
      if (j + 1 < n && (d === 39 || d === 0x2019 || d === 45) && classOf(text.charCodeAt(j + 1)) <= 2) {
        if (d === 45) hyphen = true;
        high |= d;
        j += 2;
        high |= text.charCodeAt(j - 1);
        continue;
      }
      break;
    }
    const upper = k === 2;
    // "U.S.", "J. Smith", "Gen." keep their dots
    if (upper && text.charCodeAt(j) === 46) {
      if (j - i === 1) {
        let m = j + 1;
        while (m + 1 < n && classOf(text.charCodeAt(m)) === 2 && text.charCodeAt(m + 1) === 46 && (m + 2 >= n || classOf(text.charCodeAt(m + 2)) > 2)) m += 2;
        if (m > j + 1) {
          j = m;
          // the letters between the dots were not looked at: unsure
          high = 128;
        } else if (j + 2 < n && text.charCodeAt(j + 1) === 32 && classOf(text.charCodeAt(j + 2)) === 2) j++;
      } else if (j - i <= 4 && ABBREVIATIONS.has(text.slice(i, j))) j++;
    }
    let e = j;
    let poss = false;
    const last = text.charCodeAt(j - 1);
    if (j - i > 2 && (last === 115 || last === 83)) {
      const ap = text.charCodeAt(j - 2);
      // "Sudan People's Liberation Movement", "Women's Institute": a collective possessive inside a name
      // (looked up only after an apostrophe: most words ending in s have none)
      if ((ap === 39 || ap === 0x2019)
        && !(COLLECTIVE_POSSESSORS.has(text.slice(i, j - 2)) && text.charCodeAt(j) === 32 && classOf(text.charCodeAt(j + 1)) === 2)) {
        e -= 2;
        poss = true;
      }
    }
    let cap = upper && !(e - i === 1 && (c === 73 || c === 65));
    if (hyphen) {
      const t = text.slice(i, e);
      cap = (cap && !HYPHEN_LOWER.test(t)) || HYPHEN_PARTICLE.test(t);
    }
    toks.push(new Tok(text, i, e, true, cap, poss, high < 128));
    i = j;
  }
  return toks;
}

/** the last source tokenised: the three rule families run one after another on each source */
let last: { source: Source; sentences: readonly Sentence[]; tokens: SourceTokens } | null = null;

/** Tokens of every sentence of the source (headings included), computed once per source and sentence list. */
export function sourceTokens(source: Source, sentences: readonly Sentence[]): SourceTokens {
  if (last && last.source === source && last.sentences === sentences) return last.tokens;
  const text = source.text;
  const offsets = new UnitOffsets(text);
  const out: SentenceTokens[] = [];
  for (const sentence of sentences) {
    const base = offsets.toUnit(sentence.start);
    const end = offsets.toUnit(sentence.end);
    const sText = text.slice(base, end);
    out.push({ sentence, base, end, text: sText, toks: tokenize(sText) });
  }
  const tokens = { offsets, sentences: out, usesLowerCase: lowerCaseLookup(text) };
  last = { source, sentences, tokens };
  return tokens;
}

/**
 * Looks words up in the text only when asked (few sentence-initial words per article need it), with
 * a cache; a very long text is indexed once instead, so the cost stays linear.
 */
function lowerCaseLookup(text: string): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  let vocabulary: Set<string> | null = null;
  let lookups = 0;
  return (lower) => {
    const hit = known.get(lower);
    if (hit !== undefined) return hit;
    let found = false;
    if (++lookups * text.length > 50_000_000) {
      if (!vocabulary) {
        vocabulary = new Set();
        for (const m of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*/gu)) vocabulary.add(m[0]);
      }
      found = vocabulary.has(lower);
    } else {
      for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
        const before = at > 0 ? classOf(text.charCodeAt(at - 1)) : 4;
        const after = at + lower.length < text.length ? classOf(text.charCodeAt(at + lower.length)) : 4;
        if (before > 2 && after > 2) {
          found = true;
          break;
        }
      }
    }
    known.set(lower, found);
    return found;
  };
}
