/**
 * Segment: each article's text → paragraphs, headings and sentences, with
 * code-point offsets into the text. Page furniture found by ingest yields no
 * units.
 */
import { CodePointIndex } from "../codePoints.ts";
import type { IngestOutput, Source } from "../ingest/schema.ts";
import type { Paragraph, SegmentedSource, SegmentOutput, Sentence } from "./schema.ts";
import { sentenceRanges } from "./sentenceSplit.ts";
import { textLines, type TextLine as Line } from "../textLines.ts";

const FINAL_PUNCTUATION = /[.!?:;,…"”’')\]]$/;

/** A short line without final punctuation reads as a heading. */
function isHeading(text: string): boolean {
  if (/^#{1,6}\s/.test(text)) return true;
  const words = text.split(/\s+/).length;
  return words <= 14 && text.length <= 120 && !FINAL_PUNCTUATION.test(text);
}

/**
 * Groups lines into paragraphs. With blank lines in the file, a block is one
 * paragraph when its lines are hard-wrapped prose, otherwise one per line;
 * without blank lines, every line is a paragraph.
 */
function paragraphRanges(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === "") {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  const out: Line[][] = [];
  for (const block of blocks) {
    // hard-wrapped prose: a long line without a full stop, continued in lower case on the next
    let run: Line[] = [];
    block.forEach((line, i) => {
      const prev = block[i - 1];
      const continues = prev && prev.text.length >= 40 && !/[.!?:"”]$/.test(prev.text) && /^[\p{Ll}\p{N}(,;]/u.test(line.text);
      if (!continues && run.length) {
        out.push(run);
        run = [];
      }
      run.push(line);
    });
    if (run.length) out.push(run);
  }
  return out;
}

/** Removes boilerplate from a [start,end) range, giving the parts left (UTF-16). */
function withoutFurniture(start: number, end: number, furniture: [number, number][]): [number, number][] {
  let parts: [number, number][] = [[start, end]];
  for (const [fs, fe] of furniture) {
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
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

export function segmentSource(source: Source): SegmentedSource {
  const text = source.text;
  const index = new CodePointIndex(text);
  const furniture = source.boilerplate.map((b): [number, number] => [index.toUnit(b.start), index.toUnit(b.end)]);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let words = 0;
  let first = true;
  for (const block of paragraphRanges(textLines(text))) {
    for (const [rs, re] of withoutFurniture(block[0].start, block[block.length - 1].end, furniture)) {
      const [s, e] = trimRange(text, rs, re);
      if (e <= s) continue;
      const body = text.slice(s, e);
      const kind = first ? "title" : block.length === 1 && isHeading(body) ? "heading" : "body";
      first = false;
      const p = paragraphs.length;
      paragraphs.push({ index: p, start: index.toCodePoint(s), end: index.toCodePoint(e), kind });
      const ranges: [number, number][] = kind === "body" ? sentenceRanges(body) : [[0, body.length]];
      for (const [ss, se] of ranges) {
        // a markdown heading's hashes are markup, not words
        const lead = kind !== "body" ? (/^#{1,6}\s+/.exec(body)?.[0].length ?? 0) : 0;
        const from = s + ss + lead;
        const to = s + se;
        if (to <= from) continue;
        const sentenceText = text.slice(from, to);
        words += (sentenceText.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
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
