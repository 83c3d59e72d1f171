/**
 * Segment: each article's text → paragraphs, headings and sentences, with
 * code-point offsets into the text. Page furniture found by ingest yields no
 * units.
 */
import { CodePointIndex } from "../codePoints.ts";
import type { IngestOutput, Source } from "../ingest/schema.ts";
import type { Paragraph, SegmentedSource, SegmentOutput, Sentence } from "./schema.ts";
import { sentenceRanges } from "./sentenceSplit.ts";
import { isWhiteSpaceUnit, spaceSeparatedCount, textLines, type TextLine as Line } from "../textLines.ts";

const FINAL_PUNCTUATION = /[.!?:;,…"”’')\]]$/;
const MARKDOWN_HEADING = /^#{1,6}\s/;
const MARKDOWN_HEADING_MARK = /^#{1,6}\s+/;

/** A short line without final punctuation reads as a heading. */
function isHeading(text: string): boolean {
  if (MARKDOWN_HEADING.test(text)) return true;
  return text.length <= 120 && !FINAL_PUNCTUATION.test(text) && spaceSeparatedCount(text) <= 14;
}

/** Ends a line of prose, so the next line starts a new paragraph. */
const LINE_END_PUNCTUATION = /[.!?:"”]$/;
/** Starts the rest of a hard-wrapped sentence. */
const CONTINUATION_START = /^[\p{Ll}\p{N}(,;]/u;

/** Where a paragraph's lines start and end (UTF-16, trimmed) and how many lines it has. */
interface ParagraphLines {
  start: number;
  end: number;
  lineCount: number;
}

/**
 * Groups lines into paragraphs. With blank lines in the file, a block is one
 * paragraph when its lines are hard-wrapped prose, otherwise one per line;
 * without blank lines, every line is a paragraph.
 */
function paragraphLines(lines: Line[]): ParagraphLines[] {
  const out: ParagraphLines[] = [];
  let prev: Line | undefined; // the line before, within the block
  for (const line of lines) {
    if (line.text === "") {
      prev = undefined;
      continue;
    }
    // hard-wrapped prose: a long line without a full stop, continued in lower case on the next
    const continues = prev && prev.text.length >= 40 && !LINE_END_PUNCTUATION.test(prev.text) && CONTINUATION_START.test(line.text);
    const paragraph = out[out.length - 1];
    if (continues) {
      paragraph.end = line.end;
      paragraph.lineCount++;
    } else out.push({ start: line.start, end: line.end, lineCount: 1 });
    prev = line;
  }
  return out;
}

/** Removes boilerplate from a [start,end) range, giving the parts left (UTF-16). */
function withoutFurniture(start: number, end: number, furniture: [number, number][]): [number, number][] {
  let parts: [number, number][] = [[start, end]];
  for (const [fs, fe] of furniture) {
    if (fe <= start || fs >= end) continue; // touches none of the parts, which all lie within [start, end)
    parts = parts.flatMap(([s, e]): [number, number][] => {
      if (fe <= s || fs >= e) return [[s, e]];
      const keep: [number, number][] = [];
      if (fs > s) keep.push([s, fs]);
      if (fe < e) keep.push([fe, e]);
      return keep;
    });
  }
  return parts;
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && isWhiteSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpaceUnit(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** What a character is to a word: something else, */
const OTHER = 0;
/** punctuation a word may hold after its first letter or digit (' , - . ’ as in "O’Neill", "1,600", "U.S."), */
const WORD_PUNCTUATION = 1;
/** or a letter or digit, which starts a word or goes on with it. */
const LETTER_OR_DIGIT = 2;
const ASCII_WORD_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER_OR_DIGIT : "',-.".includes(String.fromCharCode(c)) ? WORD_PUNCTUATION : OTHER,
);

/**
 * The words of text[from, to) as `/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*\/gu` finds them: a word starts at a
 * letter or digit and goes on over letters, digits and word punctuation. Counted by hand, as matching
 * the regex per sentence built an array of every word only to take its length.
 */
function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let kind: number;
    if (c < 0x80) kind = ASCII_WORD_CLASS[c];
    else if (c === 0x2019) kind = WORD_PUNCTUATION;
    else {
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      kind = LETTER_OR_NUMBER.test(pair ? text.slice(i, i + 2) : text[i]) ? LETTER_OR_DIGIT : OTHER;
      if (pair) i++;
    }
    if (kind === LETTER_OR_DIGIT) {
      if (!inWord) words++;
      inWord = true;
    } else if (kind === OTHER) inWord = false;
  }
  return words;
}

export function segmentSource(source: Source): SegmentedSource {
  const text = source.text;
  const index = new CodePointIndex(text);
  const furniture = source.boilerplate.map((b): [number, number] => [index.toUnit(b.start), index.toUnit(b.end)]);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let words = 0;
  let first = true;
  for (const block of paragraphLines(textLines(text))) {
    for (const [rs, re] of withoutFurniture(block.start, block.end, furniture)) {
      const [s, e] = trimRange(text, rs, re);
      if (e <= s) continue;
      const body = text.slice(s, e);
      const kind = first ? "title" : block.lineCount === 1 && isHeading(body) ? "heading" : "body";
      first = false;
      const p = paragraphs.length;
      paragraphs.push({ index: p, start: index.toCodePoint(s), end: index.toCodePoint(e), kind });
      const ranges: [number, number][] = kind === "body" ? sentenceRanges(body) : [[0, body.length]];
      // a markdown heading's hashes are markup, not words
      const lead = kind !== "body" ? (MARKDOWN_HEADING_MARK.exec(body)?.[0].length ?? 0) : 0;
      for (const [ss, se] of ranges) {
        const from = s + ss + lead;
        const to = s + se;
        if (to <= from) continue;
        const sentenceText = text.slice(from, to);
        words += countWords(text, from, to);
        sentences.push({
          index: sentences.length,
          paragraph: p,
          start: index.toCodePoint(from),
          end: index.toCodePoint(to),
          text: sentenceText,
          kind,
        });
      }
    }
  }
  return { sourceId: source.id, paragraphs, sentences, words };
}

export function segment(ingest: IngestOutput): SegmentOutput {
  return { sources: ingest.sources.map(segmentSource) };
}
