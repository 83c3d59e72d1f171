/**
 * One body sentence as the rule families see it: its text, word tokens with
 * UTF-16 offsets inside that text, and a way back to code-point offsets in
 * the source. Rules work on UTF-16 indices (what RegExp gives) and convert
 * once, when a claim is made.
 *
 * Not handled yet: tokens joined by characters other than ' ’ - – . , : / and
 * & between capitals ("A&E") (e.g. "5 000" with a thin-space thousands
 * separator is two tokens).
 */
import { codePointLength } from "../codePoints.ts";
import { lowerCaseWord, wordHashStep, type LowerWordSet } from "./lowerWordSet.ts";

// the token's yes/no facts, in one field (`Token.flags`)
/** a word (letters/digits) rather than one punctuation mark */
const WORD_TOKEN = 1;
/** lower case may differ from the text (a letter A–Z, or anything outside ASCII) */
const CASED_TOKEN = 2;
/** every character is ASCII (false when unsure), so word sets can rule the token out by its shape */
const ASCII_TOKEN = 4;
/** a word joined by a hyphen or an en dash ("two-day", "400–500") */
const DASHED_TOKEN = 8;

/**
 * One token. Its text and lower case are sliced from the sentence only when a rule reads them:
 * the rules' scans test most tokens with `is` or by character code, so most tokens never
 * become strings (a 5 MB run makes about a million tokens). Its yes/no facts share one field: a
 * smaller object is quicker to make and to collect. The fields are written only by the tokenizer, which
 * refills the tokens of a source's last sentence for its next one (see `sourceSentenceView`).
 */
export class Token {
  /** the sentence text the offsets point into */
  declare src: string;
  /** UTF-16 offsets inside the sentence text, end exclusive */
  declare start: number;
  declare end: number;
  declare private flags: number;
  /** `wordHash` of the characters, stepped by the scan (a word set's first look) */
  declare private hash: number;
  declare private textCache: string | undefined;
  declare private lowerCache: string | undefined;

  constructor(src: string, start: number, end: number, flags: number, hash: number) {
    this.refill(src, start, end, flags, hash);
  }

  /** the same token object, now another token (its strings made again when read) */
  refill(src: string, start: number, end: number, flags: number, hash: number): Token {
    this.src = src;
    this.start = start;
    this.end = end;
    this.flags = flags;
    this.hash = hash;
    this.textCache = undefined;
    this.lowerCache = undefined;
    return this;
  }

  /** a word (letters/digits) rather than one punctuation mark */
  get word(): boolean {
    return (this.flags & WORD_TOKEN) !== 0;
  }

  /** every character is ASCII (false when unsure), so word sets can rule the token out by its shape */
  get ascii(): boolean {
    return (this.flags & ASCII_TOKEN) !== 0;
  }

  /** a word holding a hyphen or an en dash */
  get dashed(): boolean {
    return (this.flags & DASHED_TOKEN) !== 0;
  }

  /** as written */
  get text(): string {
    return (this.textCache ??= this.src.slice(this.start, this.end));
  }

  /** lower case (a mark is kept as it is) */
  get lower(): string {
    return (this.lowerCache ??= (this.flags & CASED_TOKEN) !== 0 ? lowerCaseWord(this.text) : this.text);
  }

  /** false when the token is certainly none of the set's words (most tokens, without making their strings) */
  mayBeIn(set: LowerWordSet): boolean {
    return set.mayHoldToken(this.src, this.start, this.end, this.ascii, this.hash);
  }

  /** `set.has(this.lower)`, with most tokens ruled out before their lower case is made */
  inSet(set: LowerWordSet): boolean {
    return this.mayBeIn(set) && set.has(this.lower);
  }

  /**
   * `lower.endsWith(suffix)` for a suffix of ASCII lower-case letters, without making the token's strings: such
   * a tail of the lower case comes from as many characters, each the letter, its capital or (for k) the Kelvin sign
   */
  endsWith(suffix: string): boolean {
    const n = suffix.length;
    if (this.end - this.start < n) return false;
    for (let k = 0; k < n; k++) {
      const c = this.src.charCodeAt(this.end - n + k);
      const x = suffix.charCodeAt(k);
      if (c !== x && c !== x - 32 && !(c === 0x212a && x === 107)) return false;
    }
    return true;
  }

  /** `lower === w` for an ASCII lower-case `w`, without making the token's strings */
  is(w: string): boolean {
    const n = this.end - this.start;
    // an ASCII lower case comes from as many characters (only U+0130 lengthens, and not to ASCII)
    if (n !== w.length) return false;
    const src = this.src;
    for (let k = 0; k < n; k++) {
      let c = src.charCodeAt(this.start + k);
      // no character outside ASCII lower-cases to ASCII but the Kelvin sign (K → k)
      if (c >= 128) return c === 0x212a && this.lower === w;
      if (c >= 65 && c <= 90) c |= 0x20;
      if (c !== w.charCodeAt(k)) return false;
    }
    return true;
  }
}

export interface SentenceView {
  /** Sentence.index */
  index: number;
  /** the sentence as it stands in the source */
  text: string;
  /** code-point offset of the sentence in the source */
  cpStart: number;
  /** true when every character is one UTF-16 unit, so units = code points */
  bmp: boolean;
  tokens: Token[];
  /** an ASCII digit stands in the text (what /\d/ finds), noted by the scan for the date rules' first look */
  hasDigit: boolean;
  /**
   * a capitalised month abbreviation (Jan … Dec) stands somewhere in the text, after a word boundary or not:
   * the date rules ask their month pattern only then
   */
  mayNameMonth: boolean;
}

const ASTRAL = /[\uD800-\uDFFF]/;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CODES = [0xa0, 0x2009, 0x202f, 0x200b, 0x3000, 0x2028, 0x2029, 0xfeff];

// per UTF-16 unit, filled on first sight: 0 not yet known; bit 1 a word character (letter, mark, digit),
// bit 2 white space, bit 4 a character whose lower case may differ (A–Z, or anything outside ASCII),
// bit 8 an inner joiner (' ’ - – . , : /: "1,600", "17-year", "children's", "1:53", "km/h", "400–500"),
// bit 32 an ASCII digit, bit 64 the capital a month's abbreviation opens with (J F M A S O N D)
const WORD = 1;
const SPACE = 2;
const CASED = 4;
const JOINER = 8;
const KNOWN = 16;
const DIGIT = 32;
const MONTH_INITIAL = 64;
const charFlags = new Uint8Array(65536);

function flagsOf(c: number): number {
  let f = charFlags[c];
  if (f === 0) {
    f = KNOWN;
    if (c < 128) {
      if (c >= 97 && c <= 122) f |= WORD;
      else if (c >= 48 && c <= 57) f |= WORD | DIGIT;
      else if (c >= 65 && c <= 90) f |= WORD | CASED | (MONTH_INITIALS.includes(c) ? MONTH_INITIAL : 0);
    } else {
      f |= CASED;
      // a lone surrogate is neither; a pair is looked at as one character by the scanner
      if ((c < 0xd800 || c > 0xdfff) && LETTER_OR_DIGIT.test(String.fromCharCode(c))) f |= WORD;
    }
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) || SPACE_CODES.includes(c)) f |= SPACE;
    if (c === 39 || c === 0x2019 || c === 45 || c === 0x2013 || c === 46 || c === 44 || c === 58 || c === 47) f |= JOINER;
    charFlags[c] = f;
  }
  return f;
}

/**
 * letters, marks and digits (a surrogate pair before `end` is tested as one code point); a table because a
 * Unicode-class RegExp costs several times more
 */
function isWordChar(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(s.slice(i, Math.min(i + 2, end)));
  return (flagsOf(c) & WORD) !== 0;
}

const MONTH_INITIALS = [..."JFMASOND"].map((ch) => ch.charCodeAt(0));
/** the three (ASCII) letters of each month's abbreviation, as one number each (see `monthAt`) */
const MONTH_ABBREVIATIONS = new Set(
  ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m) => (m.charCodeAt(0) << 14) | (m.charCodeAt(1) << 7) | m.charCodeAt(2)),
);

/** a month's abbreviation opens at i (a capital J F M A S O N D) and ends before n */
function monthAt(s: string, i: number, n: number): boolean {
  if (i + 3 > n) return false;
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  return (b | c) < 128 && MONTH_ABBREVIATIONS.has((s.charCodeAt(i) << 14) | (b << 7) | c);
}

/** the cues of the character at k, whose flags are f: a digit, or a month's abbreviation opening there */
function cueAt(s: string, k: number, n: number, f: number): number {
  return (f & DIGIT) | ((f & MONTH_INITIAL) !== 0 && monthAt(s, k, n) ? MONTH_INITIAL : 0);
}

/** the cues of the unit after a high surrogate at k, which the scan takes along with it (a pair, or not) */
function cueAfter(s: string, k: number, n: number): number {
  return k + 1 < n ? cueAt(s, k + 1, n, flagsOf(s.charCodeAt(k + 1))) : 0;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function tokenize(text: string): Token[] {
  const pool = new TokenPool();
  tokenizeRange(text, 0, text.length, text, pool);
  // a fresh pool holds exactly this text's tokens
  return pool.tokens;
}

/**
 * Token objects refilled sentence after sentence (see `sourceSentenceView`): the first `used` of them are the
 * current sentence's tokens, in order.
 */
export class TokenPool {
  readonly tokens: Token[] = [];
  used = 0;

  /** the next token of the sentence: the pool's object there refilled, or a new one added to the pool */
  take(src: string, start: number, end: number, flags: number, hash: number): Token {
    const k = this.used++;
    if (k < this.tokens.length) return this.tokens[k].refill(src, start, end, flags, hash);
    const t = new Token(src, start, end, flags, hash);
    this.tokens.push(t);
    return t;
  }

  /**
   * the current sentence's tokens as an array of their own, made once at its final length (pushing grew
   * each sentence's array two or three times)
   */
  sentenceTokens(): Token[] {
    return this.tokens.slice(0, this.used);
  }
}

/**
 * The tokens of `sentence`, which is `scan.slice(from, n)`: the characters are read from `scan`, the source
 * text the sentence was sliced from, since a slice is read more slowly character by character (each read goes
 * through the slice to its source; the scan reads every character). Nothing at or after `n` is read. The
 * token objects come from `pool` (see `sourceSentenceView`), which keeps any new ones, from its first on.
 * Returns what the scan saw for the sentence's cues (DIGIT, MONTH_INITIAL: see `SentenceView`).
 */
function tokenizeRange(scan: string, from: number, n: number, sentence: string, pool: TokenPool): number {
  pool.used = 0;
  // DIGIT and MONTH_INITIAL as the scan meets them (see `cueAt`); the lower-case letters of the fast path are neither
  let cues = 0;
  let i = from;
  while (i < n) {
    const c = scan.charCodeAt(i);
    const f = flagsOf(c);
    if (f & SPACE) {
      i++;
      continue;
    }
    cues |= cueAt(scan, i, n, f);
    const start = i;
    let cased = (f & CASED) !== 0;
    let dashed = false;
    if ((f & WORD) !== 0 || (c >= 0xd800 && c <= 0xdbff && isWordChar(scan, i, n))) {
      // every character code of the token OR-ed: below 128 when all are ASCII
      let high = c;
      let hash = wordHashStep(0, c);
      if (c >= 0xd800 && c <= 0xdbff) {
        cues |= cueAfter(scan, i, n);
        i += 2;
      } else i += 1;
      for (;;) {
        if (i >= n) break;
        const d = scan.charCodeAt(i);
        // most characters are lower-case ASCII letters: a word's, not cased, no change to `high`
        if (d >= 97 && d <= 122) {
          hash = wordHashStep(hash, d);
          i++;
          continue;
        }
        const g = flagsOf(d);
        cues |= cueAt(scan, i, n, g);
        if (g & WORD) {
          cased ||= (g & CASED) !== 0;
          high |= d;
          hash = wordHashStep(hash, d);
          i++;
        } else if (d >= 0xd800 && d <= 0xdbff && isWordChar(scan, i, n)) {
          cased = true;
          high |= d;
          cues |= cueAfter(scan, i, n);
          i += 2;
        } else if (d === 38 && i + 1 < n && isCapital(scan.charCodeAt(i - 1)) && isCapital(scan.charCodeAt(i + 1))) {
          // "A&E", "AT&T", "R&D": an ampersand between capitals is inside one name
          high |= d;
          hash = wordHashStep(hash, d);
          i += 1;
        } else if ((g & JOINER) !== 0 && i + 1 < n && isWordChar(scan, i + 1, n)) {
          cased ||= (g & CASED) !== 0;
          dashed ||= d === 45 || d === 0x2013;
          high |= d;
          hash = wordHashStep(hash, d);
          i += 1;
        } else break;
      }
      // (the hash skips the halves of astral pairs; such a token is no ASCII word and is never ruled out by it)
      const flags = WORD_TOKEN | (cased ? CASED_TOKEN : 0) | (high < 128 ? ASCII_TOKEN : 0) | (dashed ? DASHED_TOKEN : 0);
      pool.take(sentence, start - from, i - from, flags, hash);
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        cues |= cueAfter(scan, i, n);
        i += 2;
      } else i += 1;
      pool.take(sentence, start - from, i - from, c < 128 ? ASCII_TOKEN : 0, wordHashStep(0, c));
    }
  }
  return cues;
}

/** `bmp`: the caller already knows the text has no surrogates (its whole source has none), so it is not searched again */
export function sentenceView(index: number, text: string, cpStart: number, bmp = !ASTRAL.test(text)): SentenceView {
  const pool = new TokenPool();
  const cues = tokenizeRange(text, 0, text.length, text, pool);
  return { index, text, cpStart, bmp, tokens: pool.tokens, hasDigit: (cues & DIGIT) !== 0, mayNameMonth: (cues & MONTH_INITIAL) !== 0 };
}

/**
 * `sentenceView` of the sentence at UTF-16 [from, to) in `source` (its tokens are read from the source text),
 * for a source without surrogates when `bmp`. The token objects of the view made before with the same `pool`
 * are refilled: a caller that reads its sentences one after another, and keeps no token of one past it,
 * passes one pool for all of them, so that most sentences make no token objects at all.
 */
export function sourceSentenceView(
  index: number, source: string, from: number, to: number, cpStart: number, bmp: boolean, pool = new TokenPool(),
): SentenceView {
  const text = source.slice(from, to);
  const cues = tokenizeRange(source, from, to, text, pool);
  return { index, text, cpStart, bmp: bmp || !ASTRAL.test(text), tokens: pool.sentenceTokens(), hasDigit: (cues & DIGIT) !== 0, mayNameMonth: (cues & MONTH_INITIAL) !== 0 };
}

/** code-point offset in the source of a UTF-16 index inside the sentence */
export function toSourceOffset(view: SentenceView, unit: number): number {
  return view.cpStart + (view.bmp ? unit : codePointLength(view.text.slice(0, unit)));
}
