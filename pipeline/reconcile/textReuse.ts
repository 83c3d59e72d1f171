/**
 * Passages shared between sources: word 5-gram shingles found through an
 * inverted index (shingle → sources), so only pairs that share something are
 * ever compared, then the longest common run of words per pair. Page
 * furniture set aside by ingest is left out, so shared "Read more" lines do
 * not count as copying.
 *
 * A shingle shared by many sources (a wire lede copied by dozens) links each
 * of them to the next one in source order rather than to every other one, so
 * cost stays near-linear; reuse.csv then lists a chain of copies, not every
 * pair, and the similarity of such pairs counts only their other shingles.
 *
 * Not handled yet: paraphrase (reworded copy shares few 5-grams).
 */
import type { Source } from "../ingest/schema.ts";
import type { Reuse } from "./schema.ts";
import { isWhiteSpaceUnit } from "../textLines.ts";
import { fold, isLetterOrDigit } from "./wordForms.ts";

const shingleSize = 5;
/** a pair is reported when it shares a run of at least this many words */
export const minPassageWords = 8;
/** sources this close (a passage of this many words, or this similarity) are copies of one text for counting corroboration */
export const copyPassageWords = 12;
export const copySimilarity = 0.1;
/** a shingle found in more sources than this links each source to the next one only, not to all others */
export const widelySharedSources = 12;

/**
 * Words and shingles are numbered, not kept as strings: a word's number
 * stands for its folded form, and a shingle's number for its five words
 * (found through a table that compares the five word numbers, so equal
 * numbers mean equal shingles). Only shingles that stand in two or more
 * sources get a number at all in the end; the rest can never be shared.
 */
interface Tokenised {
  id: string;
  text: string;
  /** folded words, by number */
  words: Int32Array;
  /** UTF-16 start and end of each word in `text` */
  starts: Int32Array;
  ends: Int32Array;
  /** UTF-16 start and end of each run of white space other than one plain space, one after the other */
  gaps: Int32Array;
  /** how many runs of white space stand before each word in `text` */
  spacesBefore: Int32Array;
}

interface Shingled extends Tokenised {
  /** the shingle starting at each word: its number among shared shingles, -1 when no other source has it */
  shingles: Int32Array;
  /** how many different shingles the source has, shared or not */
  distinctShingles: number;
}

/** What each ASCII unit is: a word character (letter or digit), white space, or something else. */
const asciiOther = 0;
const asciiWord = 1;
const asciiSpace = 2;
const asciiKind = Uint8Array.from({ length: 0x80 }, (_, c) => (isLetterOrDigit(c) ? asciiWord : isWhiteSpaceUnit(c) ? asciiSpace : asciiOther));

/** Where a word's FNV-1a hash of its code units starts. */
const wordHashStart = 0x811c9dc5;

/**
 * Raw words → the number of their folded form, for one call of findReuse. A word seen before is found
 * by its code units (hashed while tokenise reads them, then compared with a copy kept in one small
 * buffer), so running text costs no string per word; only a spelling not seen before is cut out and
 * folded.
 */
class WordNumbers {
  /** folded form of each word number */
  readonly foldedWords: string[] = [];
  /** whether some folded word has a space in it, so that joining words with spaces is ambiguous */
  wordsJoinAmbiguously = false;
  private readonly foldedNumber = new Map<string, number>();
  /** the code units of every spelling seen, one after the other */
  private units = new Uint16Array(1 << 12);
  private unitsUsed = 0;
  /** slots of four: where the spelling's units start (-1: empty), its length, its hash, its word number */
  private slots = new Int32Array(4 * 1024).fill(-1);
  private mask = 1024 - 1;
  private used = 0;

  /**
   * The number of the word at UTF-16 [start, end) of `text`; `unitsHash` folds its code units into
   * `wordHashStart` with FNV-1a steps (`Math.imul(h ^ unit, 0x01000193)`), as tokenise does while reading.
   */
  number(text: string, start: number, end: number, unitsHash: number): number {
    let h = unitsHash;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    const slots = this.slots;
    const units = this.units;
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const at = 4 * slot;
      const from = slots[at];
      if (from === -1) break;
      if (slots[at + 2] === h && slots[at + 1] === length) {
        let k = 0;
        while (k < length && units[from + k] === text.charCodeAt(start + k)) k++;
        if (k === length) return slots[at + 3];
      }
      slot = (slot + 1) & this.mask;
    }
    const folded = fold(text.slice(start, end));
    let n = this.foldedNumber.get(folded);
    if (n === undefined) {
      n = this.foldedWords.length;
      this.foldedNumber.set(folded, n);
      this.foldedWords.push(folded);
      if (folded.includes(" ")) this.wordsJoinAmbiguously = true;
    }
    if (this.unitsUsed + length > units.length) {
      this.units = new Uint16Array(2 * (this.unitsUsed + length));
      this.units.set(units);
    }
    for (let k = 0; k < length; k++) this.units[this.unitsUsed + k] = text.charCodeAt(start + k);
    const at = 4 * slot;
    slots[at] = this.unitsUsed;
    slots[at + 1] = length;
    slots[at + 2] = h;
    slots[at + 3] = n;
    this.unitsUsed += length;
    // a fuller table would make look-ups walk long runs of slots
    if (++this.used * 2 > this.mask + 1) this.grow();
    return n;
  }

  private grow(): void {
    const old = this.slots;
    const mask = 2 * (this.mask + 1) - 1;
    const slots = new Int32Array(4 * (mask + 1)).fill(-1);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at] === -1) continue;
      let slot = old[at + 2] & mask;
      while (slots[4 * slot] !== -1) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + 4), 4 * slot);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * Words and gaps of all sources, one source after the other, in arrays that grow as needed: each source's
 * are views of them (one allocation for all sources, not several per source).
 */
class TokenStore {
  words = new Int32Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  gaps = new Int32Array(0);
  spacesBefore = new Int32Array(0);
  wordCount = 0;
  gapCount = 0;

  /** Room for `words` more words and `gapUnits` more gap ends. */
  reserve(words: number, gapUnits: number): void {
    if (this.wordCount + words > this.words.length) {
      const size = Math.max(2 * this.words.length, this.wordCount + words);
      this.words = grown(this.words, size);
      this.starts = grown(this.starts, size);
      this.ends = grown(this.ends, size);
      this.spacesBefore = grown(this.spacesBefore, size);
    }
    if (this.gapCount + gapUnits > this.gaps.length) this.gaps = grown(this.gaps, Math.max(2 * this.gaps.length, this.gapCount + gapUnits));
  }
}

/** Where a source's words and gaps stand in the TokenStore. */
interface TokenRange {
  id: string;
  text: string;
  wordsFrom: number;
  wordsTo: number;
  gapsFrom: number;
  gapsTo: number;
}

/** A source's runs of letters and digits outside page furniture, each numbered through `numbers`, added to `store`. */
function tokenise(source: Source, numbers: WordNumbers, store: TokenStore): TokenRange {
  const text = source.text;
  const length = text.length;
  // a word and a gap take two units at least
  store.reserve((length >> 1) + 1, 2 * ((length >> 1) + 1));
  // words are met in text order, so the furniture ranges are walked along with them
  const skip = furnitureRanges(source.boilerplate);
  let range = 0;
  let nextSkip = skip.length > 0 ? skip[0] : Infinity;
  const { words, starts, ends, gaps, spacesBefore } = store;
  const wordsFrom = store.wordCount;
  const gapsFrom = store.gapCount;
  let count = wordsFrom;
  let gapCount = gapsFrom;
  let spaces = 0;
  // boilerplate offsets are code points: count them alongside the UTF-16 position (a low surrogate
  // after the first unit is the second half of a code point already counted)
  let cp = 0;
  let unit = 0;
  while (unit < length) {
    const c = text.charCodeAt(unit);
    let width: number;
    let space: boolean;
    if (c < 0x80) {
      const kind = asciiKind[c];
      width = kind === asciiWord ? 1 : 0;
      space = kind === asciiSpace;
    } else {
      width = wideWordCharWidth(text, unit, c);
      space = width === 0 && isWhiteSpaceUnit(c);
    }
    if (space) {
      // a run of white space (all of it in the BMP, a code point per unit); noted unless it is one space
      let end = unit + 1;
      while (end < length && isWhiteSpaceUnit(text.charCodeAt(end))) end++;
      if (c !== 0x20 || end - unit > 1) {
        gaps[gapCount++] = unit;
        gaps[gapCount++] = end;
      }
      spaces++;
      cp += end - unit;
      unit = end;
      continue;
    }
    if (width === 0) {
      // the second unit of a pair is a low surrogate and never counts; a lone low surrogate counts unless first
      if (!(c >= 0xdc00 && c <= 0xdfff && unit > 0)) cp++;
      unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = unit;
    const startCp = cp;
    // the word's code units are hashed as they are read, for looking the word up
    let hash = wordHashStart;
    let d = c;
    // a word character is never a lone low surrogate: each counts one code point
    for (;;) {
      hash = Math.imul(hash ^ d, 0x01000193);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(unit + 1), 0x01000193);
      unit += width;
      cp++;
      if (unit >= length) break;
      d = text.charCodeAt(unit);
      width = d < 0x80 ? (asciiKind[d] === asciiWord ? 1 : 0) : wideWordCharWidth(text, unit, d);
      if (width === 0) break;
    }
    // (most words stand before the next piece of furniture: only then are the ranges walked)
    if (startCp >= nextSkip) {
      while (range < skip.length && skip[range + 1] <= startCp) range += 2;
      nextSkip = range < skip.length ? skip[range] : Infinity;
      if (nextSkip <= startCp) continue;
    }
    words[count] = numbers.number(text, start, unit, hash);
    starts[count] = start;
    ends[count] = unit;
    spacesBefore[count] = spaces;
    count++;
  }
  store.wordCount = count;
  store.gapCount = gapCount;
  return { id: source.id, text, wordsFrom, wordsTo: count, gapsFrom, gapsTo: gapCount };
}

/** UTF-16 length of the word character (not ASCII) at `at`, 0 when none stands there. */
function wideWordCharWidth(text: string, at: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
    return isLetterOrDigit(text.codePointAt(at)!) ? 2 : 0;
  }
  return isLetterOrDigit(c) ? 1 : 0;
}

/** Page furniture as sorted, separate [start, end) code point ranges (overlapping spans joined), one after the other. */
function furnitureRanges(spans: Source["boilerplate"]): number[] {
  const sorted = spans.filter((b) => b.end > b.start).sort((x, y) => x.start - y.start);
  const out: number[] = [];
  for (const b of sorted) {
    if (out.length > 0 && b.start <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], b.end);
    else out.push(b.start, b.end);
  }
  return out;
}

/**
 * Numbers every shingle of every source, equal shingles alike, in order of first appearance. Shingles are
 * found through one open-addressing table of hashes and compared word by word with a copy of each
 * numbered shingle's words (kept together, so the comparison reads memory close by).
 * Returns the numbers at each word of each source and how many different shingles there are.
 */
function numberShingles(docs: readonly { words: Int32Array }[], wordsJoinAmbiguously: boolean, foldedWords: readonly string[]): { numbers: Int32Array[]; count: number } {
  if (wordsJoinAmbiguously) {
    // a folded word with a space in it: shingles are the words joined by spaces, as text
    const byText = new Map<string, number>();
    const numbers = docs.map((d) => {
      const out = new Int32Array(Math.max(0, d.words.length - shingleSize + 1));
      for (let i = 0; i < out.length; i++) {
        const key = Array.from(d.words.subarray(i, i + shingleSize), (w) => foldedWords[w]).join(" ");
        let id = byText.get(key);
        if (id === undefined) {
          id = byText.size;
          byText.set(key, id);
        }
        out[i] = id;
      }
      return out;
    });
    return { numbers, count: byText.size };
  }
  // slots of two: the shingle's number + 1 (0: empty) and its hash; each numbered shingle's five words in order
  let table = new Int32Array(2 * 1024);
  let mask = 1024 - 1;
  let next = 0;
  let shingleWords = new Int32Array(shingleSize * 1024);
  // every source's numbers in one array, each source's a view of it
  const all = new Int32Array(docs.reduce((n, d) => n + Math.max(0, d.words.length - shingleSize + 1), 0));
  let used = 0;
  // (a plain loop, not a function per source: the table and its mask change as it grows, and stay local)
  const numbers: Int32Array[] = [];
  for (const d of docs) {
    const w = d.words;
    const out = all.subarray(used, (used += Math.max(0, w.length - shingleSize + 1)));
    numbers.push(out);
    for (let i = 0; i < out.length; i++) {
      let h = 0x811c9dc5;
      for (let k = 0; k < shingleSize; k++) h = Math.imul(h ^ w[i + k], 0x01000193);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      let slot = h & mask;
      for (;;) {
        const at = 2 * slot;
        const numbered = table[at];
        if (numbered === 0) {
          if (shingleWords.length < shingleSize * (next + 1)) {
            const more = new Int32Array(shingleWords.length * 2);
            more.set(shingleWords);
            shingleWords = more;
          }
          for (let k = 0; k < shingleSize; k++) shingleWords[shingleSize * next + k] = w[i + k];
          table[at] = next + 1;
          table[at + 1] = h;
          out[i] = next++;
          if (next * 2 > mask + 1) {
            // grow: a fuller table would make look-ups walk long runs of slots
            const biggerMask = 2 * (mask + 1) - 1;
            const bigger = new Int32Array(2 * (biggerMask + 1));
            for (let s = 0; s <= mask; s++) {
              if (table[2 * s] === 0) continue;
              let to = table[2 * s + 1] & biggerMask;
              while (bigger[2 * to] !== 0) to = (to + 1) & biggerMask;
              bigger[2 * to] = table[2 * s];
              bigger[2 * to + 1] = table[2 * s + 1];
            }
            table = bigger;
            mask = biggerMask;
          }
          break;
        }
        if (table[at + 1] === h) {
          const from = shingleSize * (numbered - 1);
          let k = 0;
          while (k < shingleSize && shingleWords[from + k] === w[i + k]) k++;
          if (k === shingleSize) {
            out[i] = numbered - 1;
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  return { numbers, count: next };
}

/** Pairs of sources that share shingles, in (first, second) source order, with how many they share. */
interface SharingPairs {
  first: Int32Array;
  second: Int32Array;
  shared: Int32Array;
  count: number;
}

/**
 * Counts the shingles each pair of sources shares, first source by first source: a source's shared
 * shingles are walked once, and for each the sources after it in that shingle's postings are counted in
 * one array slot per source (all of them, or only the next one for a widely shared shingle).
 */
function sharingPairs(docs: readonly Shingled[], postingStart: Int32Array, postings: Int32Array): SharingPairs {
  const n = docs.length;
  // where the next source to reach each shingle stands in its postings (sources are walked in order)
  const cursor = postingStart.slice(0, postingStart.length - 1);
  const perSecond = new Int32Array(n);
  const touched = new Int32Array(n);
  let first = new Int32Array(1024);
  let second = new Int32Array(1024);
  let shared = new Int32Array(1024);
  let count = 0;
  for (let x = 0; x < n; x++) {
    const shingles = docs[x].shingles;
    let touchedCount = 0;
    for (let i = 0; i < shingles.length; i++) {
      const s = shingles[i];
      if (s < 0) continue;
      const at = cursor[s];
      const end = postingStart[s + 1];
      // a shingle repeated in this source was counted at its first place
      if (at >= end || postings[at] !== x) continue;
      cursor[s] = at + 1;
      // a passage many sources share links each copy to the next, so the cost stays linear
      const last = end - postingStart[s] > widelySharedSources ? Math.min(end, at + 2) : end;
      for (let k = at + 1; k < last; k++) {
        const y = postings[k];
        if (perSecond[y]++ === 0) touched[touchedCount++] = y;
      }
    }
    if (touchedCount === 0) continue;
    const ys = touched.subarray(0, touchedCount).sort();
    if (count + touchedCount > first.length) {
      const size = Math.max(2 * first.length, count + touchedCount);
      first = grown(first, size);
      second = grown(second, size);
      shared = grown(shared, size);
    }
    for (let k = 0; k < touchedCount; k++) {
      const y = ys[k];
      first[count] = x;
      second[count] = y;
      shared[count] = perSecond[y];
      perSecond[y] = 0;
      count++;
    }
  }
  return { first, second, shared, count };
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * Postings (shared shingle → sources holding it, in source order) laid out in one array, and how many
 * different shingles each source has. Only shingles in two or more sources can be shared, so only those are
 * numbered: each source's shingle numbers are replaced, in place, by their numbers among shared shingles (-1:
 * no other source has it).
 */
function sharedPostings(shingleNumbers: readonly Int32Array[], idSpace: number) {
  const lastDoc = new Int32Array(idSpace).fill(-1);
  const postingCount = new Int32Array(idSpace);
  const distinct = new Int32Array(shingleNumbers.length);
  for (let d = 0; d < shingleNumbers.length; d++) {
    const xs = shingleNumbers[d];
    for (let i = 0; i < xs.length; i++) {
      const s = xs[i];
      if (lastDoc[s] === d) continue;
      lastDoc[s] = d;
      postingCount[s]++;
      distinct[d]++;
    }
  }
  const sharedNumber = new Int32Array(idSpace).fill(-1);
  let sharedShingles = 0;
  for (let s = 0; s < idSpace; s++) if (postingCount[s] >= 2) sharedNumber[s] = sharedShingles++;
  const postingStart = new Int32Array(sharedShingles + 1);
  for (let s = 0; s < idSpace; s++) if (sharedNumber[s] >= 0) postingStart[sharedNumber[s] + 1] = postingCount[s];
  for (let s = 0; s < sharedShingles; s++) postingStart[s + 1] += postingStart[s];
  const postings = new Int32Array(postingStart[sharedShingles]);
  const filled = postingStart.slice(0, sharedShingles);
  lastDoc.fill(-1);
  for (let d = 0; d < shingleNumbers.length; d++) {
    const xs = shingleNumbers[d];
    for (let i = 0; i < xs.length; i++) {
      const s = xs[i];
      const shared = sharedNumber[s];
      xs[i] = shared;
      if (shared < 0 || lastDoc[s] === d) continue;
      lastDoc[s] = d;
      postings[filled[shared]++] = d;
    }
  }
  return { distinct, sharedShingles, postingStart, postings };
}

/** What findReuse finds. */
export interface FoundReuse {
  /** every pair of sources sharing a passage of at least `minPassageWords` words, in source order */
  reuse: Reuse[];
  /** for each source, the sources close enough to it to be one text when counting who confirms a fact: a shared
   * passage of `copyPassageWords` words or more, or a similarity of `copySimilarity` */
  copiesOf: Map<string, string[]>;
}

/** Shared passages between sources, and which sources are copies of one text. */
export function findReuse(sources: readonly Source[]): FoundReuse {
  const numbers = new WordNumbers();
  const store = new TokenStore();
  // (running text has a word every six or seven units: a quarter of the units is room enough, mostly)
  store.reserve(sources.reduce((n, s) => n + (s.text.length >> 2), 0), 1024);
  const ranges = sources.map((s) => tokenise(s, numbers, store));
  const tokenised: Tokenised[] = ranges.map((r) => ({
    id: r.id,
    text: r.text,
    words: store.words.subarray(r.wordsFrom, r.wordsTo),
    starts: store.starts.subarray(r.wordsFrom, r.wordsTo),
    ends: store.ends.subarray(r.wordsFrom, r.wordsTo),
    gaps: store.gaps.subarray(r.gapsFrom, r.gapsTo),
    spacesBefore: store.spacesBefore.subarray(r.wordsFrom, r.wordsTo),
  }));
  const { numbers: shingleNumbers, count: idSpace } = numberShingles(tokenised, numbers.wordsJoinAmbiguously, numbers.foldedWords);
  const { distinct, sharedShingles, postingStart, postings } = sharedPostings(shingleNumbers, idSpace);
  const docs: Shingled[] = tokenised.map((d, docIndex) => ({
    id: d.id,
    text: d.text,
    words: d.words,
    starts: d.starts,
    ends: d.ends,
    gaps: d.gaps,
    spacesBefore: d.spacesBefore,
    shingles: shingleNumbers[docIndex],
    distinctShingles: distinct[docIndex],
  }));
  // equal shingle numbers mean five equal words, unless words joined with spaces were compared as text
  const knownEqual = numbers.wordsJoinAmbiguously ? 0 : shingleSize;
  return measurePairs(docs, sharingPairs(docs, postingStart, postings), sharedShingles, numbers.foldedWords.length, knownEqual);
}

/**
 * The pairs with a run of at least `minPassageWords` words, measured grouped by their second source (so
 * its index of shingle positions is built once), reported in (first, second) source order.
 */
function measurePairs(docs: readonly Shingled[], pairs: SharingPairs, sharedShingles: number, vocabulary: number, knownEqual: number): FoundReuse {
  const scratch: RunScratch = {
    wordInB: new Uint8Array(vocabulary),
    pairInB: new Int32Array(1 << (pairSlotBits - 5)),
    firstInB: new Int32Array(sharedShingles + 1).fill(-1),
    nextInB: new Int32Array(docs.reduce((m, d) => Math.max(m, d.shingles.length), 0)),
  };
  // a counting sort by second source keeps the first sources in order within each
  const bySecond = new Int32Array(pairs.count);
  const secondStart = new Int32Array(docs.length + 1);
  for (let p = 0; p < pairs.count; p++) secondStart[pairs.second[p] + 1]++;
  for (let d = 0; d < docs.length; d++) secondStart[d + 1] += secondStart[d];
  for (let p = 0; p < pairs.count; p++) bySecond[secondStart[pairs.second[p]]++] = p;
  const found: (Reuse | null)[] = new Array(pairs.count).fill(null);
  const copy = new Uint8Array(pairs.count);
  // (one answer, filled in pair after pair)
  const run: LongestRun = { words: 0, at: -1, coveredWords: 0 };
  // a source's text single-spaced once, for all the passages it shares
  const spaced: (SpacedText | undefined)[] = new Array(docs.length);
  let indexed = -1;
  for (let q = 0; q < pairs.count; q++) {
    const p = bySecond[q];
    const aIndex = pairs.first[p];
    const bIndex = pairs.second[p];
    const a = docs[aIndex];
    const b = docs[bIndex];
    if (bIndex !== indexed) {
      if (indexed >= 0) clearIndex(docs[indexed], scratch);
      indexBPositions(b, scratch);
      indexed = bIndex;
    }
    longestRun(a, b, scratch, knownEqual, run);
    if (run.words < minPassageWords) continue;
    const shared = pairs.shared[p];
    const union = a.distinctShingles + b.distinctShingles - shared;
    const similarity = union > 0 ? Math.round((shared / union) * 1000) / 1000 : 0;
    const last = run.at + run.words - 1;
    found[p] = {
      sourceA: a.id,
      sourceB: b.id,
      similarity,
      sharedWords: run.coveredWords,
      longestPassage: spacedSlice((spaced[aIndex] ??= spacedText(a)), a.starts[run.at], a.ends[last]),
    };
    if (similarity >= copySimilarity || partsAtLeast(a, run.at, last, copyPassageWords)) copy[p] = 1;
  }
  const reuse: Reuse[] = [];
  const copiesOf = new Map<string, string[]>();
  for (let p = 0; p < pairs.count; p++) {
    const r = found[p];
    if (r === null) continue;
    reuse.push(r);
    if (copy[p] === 1) {
      link(copiesOf, r.sourceA, r.sourceB);
      link(copiesOf, r.sourceB, r.sourceA);
    }
  }
  return { reuse, copiesOf };
}

/**
 * Whether the passage from word `first` to word `last` of `doc` split on white space (as `split(/\s+/)`
 * splits it single-spaced) has at least `n` parts: its runs of white space all stand between its words.
 */
function partsAtLeast(doc: Tokenised, first: number, last: number, n: number): boolean {
  return 1 + doc.spacesBefore[last] - doc.spacesBefore[first] >= n;
}

/**
 * A source's text with each run of white space as one space (`replace(/\s+/g, " ")`), and how many
 * units the runs before each gap's end lose. A passage starts and ends with a word, so its white space
 * runs are whole runs of the text, and the passage single-spaced is a slice of this.
 */
interface SpacedText {
  text: string;
  gapEnds: Int32Array;
  /** units lost by this gap and those before it */
  lostUntil: Int32Array;
}

function spacedText(doc: Tokenised): SpacedText {
  const { text, gaps } = doc;
  const pieces: string[] = [];
  const gapEnds = new Int32Array(gaps.length >> 1);
  const lostUntil = new Int32Array(gaps.length >> 1);
  let lost = 0;
  let from = 0;
  for (let g = 0; g < gaps.length; g += 2) {
    pieces.push(text.slice(from, gaps[g]), " ");
    from = gaps[g + 1];
    lost += gaps[g + 1] - gaps[g] - 1;
    gapEnds[g >> 1] = from;
    lostUntil[g >> 1] = lost;
  }
  pieces.push(text.slice(from));
  // joined, the pieces make one flat string (a replace would leave a chain of pieces, slower to read later)
  return { text: gaps.length === 0 ? text : pieces.join(""), gapEnds, lostUntil };
}

/** `text.slice(from, to)` single-spaced, for a passage from the start of a word to the end of one. */
function spacedSlice(spaced: SpacedText, from: number, to: number): string {
  return spaced.text.slice(from - lostBefore(spaced, from), to - lostBefore(spaced, to));
}

/** Units lost by the gaps that end at or before `at`. */
function lostBefore(spaced: SpacedText, at: number): number {
  const ends = spaced.gapEnds;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : spaced.lostUntil[lo - 1];
}

/** The longest run of words two sources share: its length, where it starts in the first, and how many words of the first lie in some shared shingle. */
interface LongestRun {
  words: number;
  at: number;
  coveredWords: number;
}

/** Work arrays reused from pair to pair; `firstInB` is all -1, `wordInB` and `pairInB` all 0 outside indexBPositions … clearIndex. */
interface RunScratch {
  /** word number → 1 when b has the word (only when equal shingles are equal words: see findReuse) */
  wordInB: Uint8Array;
  /** bit `pairSlot(x, y)` set when b has word x right before word y (several pairs share a bit: a set bit proves nothing) */
  pairInB: Int32Array;
  /** shared shingle + 1 → its first position in b (slot 0, for shingles no other source has, stays -1) */
  firstInB: Int32Array;
  /** position in b → the next position of the same shingle in b */
  nextInB: Int32Array;
}

// (the loops over a source's words and shingles are indexed: they also run before the JIT has compiled them)
function indexBPositions(b: Shingled, scratch: RunScratch): void {
  const { firstInB, nextInB, wordInB, pairInB } = scratch;
  const words = b.words;
  for (let i = 0; i < words.length; i++) wordInB[words[i]] = 1;
  for (let i = 0; i + 1 < words.length; i++) {
    const slot = pairSlot(words[i], words[i + 1]);
    pairInB[slot >>> 5] |= 1 << (slot & 31);
  }
  for (let j = b.shingles.length - 1; j >= 0; j--) {
    const s = b.shingles[j];
    if (s < 0) continue;
    nextInB[j] = firstInB[s + 1];
    firstInB[s + 1] = j;
  }
}

function clearIndex(b: Shingled, scratch: RunScratch): void {
  const { firstInB, wordInB } = scratch;
  const { shingles, words } = b;
  for (let i = 0; i < shingles.length; i++) firstInB[shingles[i] + 1] = -1;
  for (let i = 0; i < words.length; i++) wordInB[words[i]] = 0;
  scratch.pairInB.fill(0);
}

/** Bits in `pairInB`: few enough to clear for every second source, enough that most absent pairs find a clear bit. */
const pairSlotBits = 16;

/** The bit standing for word x followed by word y. */
function pairSlot(x: number, y: number): number {
  return Math.imul(Math.imul(x, 0x9e3779b1) ^ y, 0x85ebca6b) >>> (32 - pairSlotBits);
}

/**
 * Longest run of identical words in both texts (its length, and where it starts in `a`), and how many
 * words of `a` lie in some shared shingle, written into `run`. `b`'s shingle positions must be indexed in
 * `scratch`; where a shingle of `a` stands in `b`, their first `knownEqual` words are known to be the same
 * (and when that is all five, a shingle with a word or a pair of words b lacks is not in b).
 */
function longestRun(a: Shingled, b: Shingled, scratch: RunScratch, knownEqual: number, run: LongestRun): void {
  const { firstInB, nextInB, wordInB, pairInB } = scratch;
  const aShingles = a.shingles;
  const aWords = a.words;
  const bWords = b.words;
  const bShingles = b.shingles;
  const aCount = aShingles.length;
  const bCount = bShingles.length;
  const aLength = aWords.length;
  const bLength = bWords.length;
  let best = 0;
  let bestAt = -1;
  // words of a inside some measured run: the runs start in increasing order, so their union is counted as they come
  let coveredWords = 0;
  let coveredUntil = 0;
  let i = 0;
  while (i < aCount) {
    // b lacking the shingle's last word lacks the next four shingles too, which also hold that word (the
    // cheapest test, and the one that skips furthest, comes first)
    if (knownEqual > 0 && wordInB[aWords[i + shingleSize - 1]] === 0) {
      i += shingleSize;
      continue;
    }
    let j = firstInB[aShingles[i] + 1];
    if (j < 0) {
      i += knownEqual > 0 ? pairsNotInB(aWords, i, pairInB) : 1;
      continue;
    }
    let runHere = 0;
    // the first eight places the shingle stands in b
    for (let tried = 0; j >= 0 && tried < 8; tried++, j = nextInB[j]) {
      const limit = Math.min(aLength - i, bLength - j);
      let k = knownEqual;
      // the same shared shingle further on is five more words the same (a shingle no other source has is -1 in both)
      if (knownEqual > 0) while (i + k < aCount && j + k < bCount && aShingles[i + k] === bShingles[j + k] && aShingles[i + k] >= 0) k += shingleSize;
      while (k < limit && aWords[i + k] === bWords[j + k]) k++;
      if (k > runHere) runHere = k;
    }
    const end = i + runHere;
    if (end > coveredUntil) {
      coveredWords += end - (i > coveredUntil ? i : coveredUntil);
      coveredUntil = end;
    }
    if (runHere > best) {
      best = runHere;
      bestAt = i;
    }
    // the rest of this run is inside the one just measured
    i += runHere > shingleSize ? runHere - shingleSize + 1 : 1;
  }
  run.words = best;
  run.at = bestAt;
  run.coveredWords = coveredWords;
}

/**
 * How many shingles from `i` on are surely not in b, given that the one at `i` is not (at least 1): b lacking
 * two words one after the other lacks every shingle that holds them, so the search goes on past the last
 * such pair in the shingle at `i`.
 */
function pairsNotInB(words: Int32Array, i: number, pairInB: Int32Array): number {
  for (let k = shingleSize - 2; k > 0; k--) {
    const slot = pairSlot(words[i + k], words[i + k + 1]);
    if ((pairInB[slot >>> 5] & (1 << (slot & 31))) === 0) return k + 1;
  }
  return 1;
}

function link(copies: Map<string, string[]>, a: string, b: string): void {
  const list = copies.get(a);
  if (list) list.push(b);
  else copies.set(a, [b]);
}
