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
import { lowerCaseWord, wordHash, wordHashStep, type LowerWordSet } from "./lowerWordSet.ts";

// the token's yes/no facts, in one field (`Tok.flags`)
/** letters or digits rather than one mark */
const WORD_TOK = 1;
/** can be (part of) a name: capitalised, or a hyphenated particle name ("al-Assad") */
const CAP_TOK = 2;
/** a possessive 's was cut off; a name ends here */
const POSS_TOK = 4;
/** every character of [s, e) is ASCII (false when unsure), so word sets can rule the token out by its shape */
const ASCII_TOK = 8;
/** the lower case may differ from the text (a capital A–Z or a character outside ASCII; true when unsure) */
const CASED_TOK = 16;

/**
 * One token; its words are sliced from the sentence only when a rule asks for them. Fields are
 * declared, not defined, and set in the constructor: a million tokens per 5 MB are built, and
 * class-field definitions cost several times a plain store; the yes/no facts share one field, as a
 * smaller object is quicker to make and to collect.
 */
export class Tok {
  declare private readonly source: string;
  /** UTF-16 offsets inside the sentence text */
  declare readonly s: number;
  declare readonly e: number;
  declare private readonly flags: number;
  /** `wordHash` of [s, e), stepped by the scan (a word set's first look) */
  declare private readonly hash: number;
  declare private tCache: string | undefined;
  declare private lowerCache: string | undefined;

  constructor(source: string, s: number, e: number, flags: number, hash: number) {
    this.source = source;
    this.s = s;
    this.e = e;
    this.flags = flags;
    this.hash = hash;
    this.tCache = undefined;
    this.lowerCache = undefined;
  }

  /** letters or digits rather than one mark */
  get word(): boolean {
    return (this.flags & WORD_TOK) !== 0;
  }

  /** can be (part of) a name: capitalised, or a hyphenated particle name ("al-Assad") */
  get cap(): boolean {
    return (this.flags & CAP_TOK) !== 0;
  }

  /** a possessive 's was cut off; a name ends here */
  get poss(): boolean {
    return (this.flags & POSS_TOK) !== 0;
  }

  /** every character of [s, e) is ASCII (false when unsure), so word sets can rule the token out by its shape */
  get ascii(): boolean {
    return (this.flags & ASCII_TOK) !== 0;
  }

  /** as written, without a possessive 's */
  get t(): string {
    return (this.tCache ??= this.source.slice(this.s, this.e));
  }

  get lower(): string {
    return (this.lowerCache ??= (this.flags & CASED_TOK) !== 0 ? lowerCaseWord(this.t) : this.t);
  }

  /** `set.has(this.lower)`, with most tokens ruled out by their shape before any string is made */
  inSet(set: LowerWordSet): boolean {
    return set.mayHoldToken(this.source, this.s, this.e, (this.flags & ASCII_TOK) !== 0, this.hash) && set.has(this.lower);
  }
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
  tokenizeRange(text, 0, text.length, text, toks);
  return toks;
}

/**
 * The tokens of `sentence`, which is `scan.slice(from, n)`: the characters are read from `scan`, the source
 * text the sentence was sliced from, since a slice is read more slowly character by character (each read goes
 * through the slice to its source; the scan reads every character). Nothing at or after `n` is read.
 * The tokens are written to `toks` from its start on (a caller may pass the array of an earlier sentence);
 * returns how many there are.
 */
function tokenizeRange(scan: string, from: number, n: number, sentence: string, toks: Tok[]): number {
  let count = 0;
  let i = from;
  while (i < n) {
    const c = scan.charCodeAt(i);
    const k = classOf(c);
    if (k === 4) {
      i++;
      continue;
    }
    if (k === 3) {
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      // (a mark is no capital: its lower case differs only outside ASCII)
      toks[count++] = new Tok(sentence, i - from, i - from + pair, c < 128 ? ASCII_TOK : CASED_TOK, wordHashStep(0, c));
      i += pair;
      continue;
    }
    let j = i + 1;
    let hyphen = false;
    // every character code of the token OR-ed: below 128 when all are ASCII
    let high = c;
    let hash = wordHashStep(0, c);
    let upperAscii = c >= 65 && c <= 90;
    for (;;) {
      if (j >= n) break;
      const d = scan.charCodeAt(j);
      // most characters are lower-case ASCII letters: a word's, no change to `high`
      if (d >= 97 && d <= 122) {
        hash = wordHashStep(hash, d);
        j++;
        continue;
      }
      if (classOf(d) <= 2) {
        high |= d;
        upperAscii ||= d >= 65 && d <= 90;
        hash = wordHashStep(hash, d);
        j++;
        continue;
      }
      // inner joiners: children's, 17-year, al-Assad
      if (j + 1 < n && (d === 39 || d === 0x2019 || d === 45) && classOf(scan.charCodeAt(j + 1)) <= 2) {
        if (d === 45) hyphen = true;
        const after = scan.charCodeAt(j + 1);
        high |= d | after;
        upperAscii ||= after >= 65 && after <= 90;
        hash = wordHashStep(wordHashStep(hash, d), after);
        j += 2;
        continue;
      }
      break;
    }
    const upper = k === 2;
    const scanned = j;
    // "U.S.", "J. Smith", "Gen." keep their dots
    if (upper && j < n && scan.charCodeAt(j) === 46) {
      if (j - i === 1) {
        let m = j + 1;
        while (m + 1 < n && classOf(scan.charCodeAt(m)) === 2 && scan.charCodeAt(m + 1) === 46 && (m + 2 >= n || classOf(scan.charCodeAt(m + 2)) > 2)) m += 2;
        if (m > j + 1) {
          j = m;
          // the letters between the dots were not looked at: unsure
          high = 128;
        } else if (j + 2 < n && scan.charCodeAt(j + 1) === 32 && classOf(scan.charCodeAt(j + 2)) === 2) j++;
      } else if (j - i <= 4 && ABBREVIATIONS.has(scan.slice(i, j))) j++;
    }
    // the dots kept above, and a possessive cut below, change the characters: hashed again (few tokens)
    if (j !== scanned) hash = wordHash(scan, i, j);
    let e = j;
    let poss = false;
    const last = scan.charCodeAt(j - 1);
    if (j - i > 2 && (last === 115 || last === 83)) {
      const ap = scan.charCodeAt(j - 2);
      // "Sudan People's Liberation Movement", "Women's Institute": a collective possessive inside a name
      // (looked up only after an apostrophe: most words ending in s have none)
      if ((ap === 39 || ap === 0x2019)
        && !(COLLECTIVE_POSSESSORS.has(scan.slice(i, j - 2)) && j + 1 < n && scan.charCodeAt(j) === 32 && classOf(scan.charCodeAt(j + 1)) === 2)) {
        e -= 2;
        poss = true;
        hash = wordHash(scan, i, e);
      }
    }
    let cap = upper && !(e - i === 1 && (c === 73 || c === 65));
    if (hyphen) {
      const t = scan.slice(i, e);
      cap = (cap && !HYPHEN_LOWER.test(t)) || HYPHEN_PARTICLE.test(t);
    }
    const flags = WORD_TOK | (cap ? CAP_TOK : 0) | (poss ? POSS_TOK : 0) | (high < 128 ? ASCII_TOK : 0) | (upperAscii || high >= 128 ? CASED_TOK : 0);
    toks[count++] = new Tok(sentence, i - from, e - from, flags, hash);
    i = j;
  }
  return count;
}

/** the last source tokenised: the three rule families run one after another on each source */
let last: { source: Source; sentences: readonly Sentence[]; tokens: SourceTokens } | null = null;

/** Tokens of every sentence of the source (headings included), computed once per source and sentence list. */
export function sourceTokens(source: Source, sentences: readonly Sentence[]): SourceTokens {
  if (last && last.source === source && last.sentences === sentences) return last.tokens;
  const text = source.text;
  const offsets = new UnitOffsets(text);
  const out: SentenceTokens[] = [];
  // one array to tokenise into, copied at each sentence's final length (pushing grew each sentence's array
  // two or three times)
  const scratch: Tok[] = [];
  for (const sentence of sentences) {
    const base = offsets.toUnit(sentence.start);
    const end = offsets.toUnit(sentence.end);
    const sText = text.slice(base, end);
    const count = tokenizeRange(text, base, end, sText, scratch);
    out.push({ sentence, base, end, text: sText, toks: scratch.slice(0, count) });
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
