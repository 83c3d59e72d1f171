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

/**
 * One token. Its text and lower case are sliced from the sentence only when a rule reads them:
 * the rules' scans test most tokens with `is` or by character code, so most tokens never
 * become strings (a 5 MB run makes about a million tokens).
 */
export class Token {
  /** the sentence text the offsets point into */
  declare readonly src: string;
  /** UTF-16 offsets inside the sentence text, end exclusive */
  declare readonly start: number;
  declare readonly end: number;
  /** a word (letters/digits) rather than one punctuation mark */
  declare readonly word: boolean;
  /** lower case may differ from the text (a letter A–Z, or anything outside ASCII) */
  declare private readonly cased: boolean;
  /** every character is ASCII (false when unsure), so word sets can rule the token out by its shape */
  declare readonly ascii: boolean;
  declare private textCache: string | undefined;
  declare private lowerCache: string | undefined;

  constructor(src: string, start: number, end: number, word: boolean, cased: boolean, ascii: boolean) {
    this.src = src;
    this.start = start;
    this.end = end;
    this.word = word;
    this.cased = cased;
    this.ascii = ascii;
    this.textCache = undefined;
    this.lowerCache = undefined;
  }

  /** as written */
  get text(): string {
    return (this.textCache ??= this.src.slice(this.start, this.end));
  }

  /** lower case (a mark is kept as it is) */
  get lower(): string {
    return (this.lowerCache ??= this.cased ? this.text.toLowerCase() : this.text);
  }

  /** `lower === w` for an ASCII lower-case `w`, without making the token's strings */
  is(w: string): boolean {
    const n = this.end - this.start;
    // an ASCII lower case comes from as many characters (only U+0130 lengthens, and not to ASCII)
    if (n !== w.length) return false;
    const src = this.src;
    for (let k = 0; k < n; k++) {
      let c = src.charCodeAt(this.start + k);
      if (c >= 128) return this.lower === w;
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
}

const ASTRAL = /[\uD800-\uDFFF]/;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CODES = [0xa0, 0x2009, 0x202f, 0x200b, 0x3000, 0x2028, 0x2029, 0xfeff];

// per UTF-16 unit, filled on first sight: 0 not yet known; bit 1 a word character (letter, mark, digit),
// bit 2 white space, bit 4 a character whose lower case may differ (A–Z, or anything outside ASCII),
// bit 8 an inner joiner (' ’ - – . , : /: "1,600", "17-year", "children's", "1:53", "km/h", "400–500")
const WORD = 1;
const SPACE = 2;
const CASED = 4;
const JOINER = 8;
const KNOWN = 16;
const charFlags = new Uint8Array(65536);

function flagsOf(c: number): number {
  let f = charFlags[c];
  if (f === 0) {
    f = KNOWN;
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) f |= WORD;
      else if (c >= 65 && c <= 90) f |= WORD | CASED;
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

/** letters, marks and digits (a surrogate pair is tested as one code point); a table because a Unicode-class RegExp costs several times more */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2));
  return (flagsOf(c) & WORD) !== 0;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = flagsOf(c);
    if (f & SPACE) {
      i++;
      continue;
    }
    const start = i;
    let cased = (f & CASED) !== 0;
    if ((f & WORD) !== 0 || (c >= 0xd800 && c <= 0xdbff && isWordChar(text, i))) {
      // every character code of the token OR-ed: below 128 when all are ASCII
      let high = c;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      for (;;) {
        if (i >= n) break;
        const d = text.charCodeAt(i);
        const g = flagsOf(d);
        if (g & WORD) {
          cased ||= (g & CASED) !== 0;
          high |= d;
          i++;
        } else if (d >= 0xd800 && d <= 0xdbff && isWordChar(text, i)) {
          cased = true;
          high |= d;
          i += 2;
        } else if (d === 38 && i + 1 < n && isCapital(text.charCodeAt(i - 1)) && isCapital(text.charCodeAt(i + 1))) {
          // "A&E", "AT&T", "R&D": an ampersand between capitals is inside one name
          high |= d;
          i += 1;
        } else if ((g & JOINER) !== 0 && i + 1 < n && isWordChar(text, i + 1)) {
          cased ||= (g & CASED) !== 0;
          high |= d;
          i += 1;
        } else break;
      }
      out.push(new Token(text, start, i, true, cased, high < 128));
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      out.push(new Token(text, start, i, false, false, c < 128));
    }
  }
  return out;
}

/** `bmp`: the caller already knows the text has no surrogates (its whole source has none), so it is not searched again */
export function sentenceView(index: number, text: string, cpStart: number, bmp = !ASTRAL.test(text)): SentenceView {
  return { index, text, cpStart, bmp, tokens: tokenize(text) };
}

/** code-point offset in the source of a UTF-16 index inside the sentence */
export function toSourceOffset(view: SentenceView, unit: number): number {
  return view.cpStart + (view.bmp ? unit : codePointLength(view.text.slice(0, unit)));
}
