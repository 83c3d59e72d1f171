/**
 * One body sentence as the rule families see it: its text, word tokens with
 * UTF-16 offsets inside that text, and a way back to code-point offsets in
 * the source. Rules work on UTF-16 indices (what RegExp gives) and convert
 * once, when a claim is made.
 *
 * Not handled yet: tokens joined by characters other than ' ’ - – . , : /
 * (e.g. "5 000" with a thin-space thousands separator is two tokens).
 */
import { codePointLength } from "../codePoints.ts";

export interface Token {
  /** as written */
  text: string;
  /** lower case */
  lower: string;
  /** UTF-16 offsets inside the sentence text, end exclusive */
  start: number;
  end: number;
  /** a word (letters/digits) rather than one punctuation mark */
  word: boolean;
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
// inner joiners keep one word: "1,600", "17-year", "children's", "1:53", "km/h", "400–500"
const JOINERS = new Set(["'", "’", "-", "–", ".", ",", ":", "/"]);

/** letters, marks and digits; a hand-written scan because a Unicode-class RegExp costs several times more */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(s[i]);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(text, i)) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      for (;;) {
        if (i < n && isWordChar(text, i)) {
          i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
        } else if (i + 1 < n && JOINERS.has(text[i]) && isWordChar(text, i + 1)) {
          i += 1;
        } else break;
      }
      const t = text.slice(start, i);
      out.push({ text: t, lower: t.toLowerCase(), start, end: i, word: true });
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const t = text.slice(start, i);
      out.push({ text: t, lower: t, start, end: i, word: false });
    }
  }
  return out;
}

export function sentenceView(index: number, text: string, cpStart: number): SentenceView {
  return { index, text, cpStart, bmp: !ASTRAL.test(text), tokens: tokenize(text) };
}

/** code-point offset in the source of a UTF-16 index inside the sentence */
export function toSourceOffset(view: SentenceView, unit: number): number {
  return view.cpStart + (view.bmp ? unit : codePointLength(view.text.slice(0, unit)));
}
