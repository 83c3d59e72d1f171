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
import { fold } from "./wordForms.ts";

const shingleSize = 5;
/** a pair is reported when it shares a run of at least this many words */
export const minPassageWords = 8;
/** sources this close are copies of one text for counting corroboration */
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
  /** the shingle starting at each word: its number among shared shingles, -1 when no other source has it */
  shingles: Int32Array;
  /** how many different shingles the source has, shared or not */
  distinctShingles: number;
}

/** Letters and digits (`[\p{L}\p{N}]`) by code point: 0 not yet known, 1 yes, 2 no. */
const wordCharClass = new Uint8Array(0x110000);
const wordChar = /^[\p{L}\p{N}]$/u;
/** 1 for an ASCII letter or digit, else 0 */
const asciiWordChar = Uint8Array.from({ length: 0x80 }, (_, c) => (wordChar.test(String.fromCharCode(c)) ? 1 : 0));
function isWordChar(cp: number): boolean {
  let k = wordCharClass[cp];
  if (k === 0) {
    k = wordChar.test(String.fromCodePoint(cp)) ? 1 : 2;
    wordCharClass[cp] = k;
  }
  return k === 1;
}

/**
 * A source's runs of letters and digits outside page furniture, each numbered
 * through `wordNumber` (raw word → number of its folded form).
 */
function tokenise(source: Source, wordNumber: (raw: string) => number): Omit<Tokenised, "shingles" | "distinctShingles"> {
  const skip = source.boilerplate.map((b) => [b.start, b.end] as const);
  const words: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const text = source.text;
  const length = text.length;
  // boilerplate offsets are code points: count them alongside the UTF-16 position (a low surrogate
  // after the first unit is the second half of a code point already counted)
  let cp = 0;
  let unit = 0;
  /** UTF-16 length of the word character at `at` (not ASCII), 0 when none stands there */
  const wideWordCharWidth = (at: number, c: number): number => {
    if (c >= 0xd800 && c <= 0xdbff && at + 1 < length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
      return isWordChar(text.codePointAt(at)!) ? 2 : 0;
    }
    return isWordChar(c) ? 1 : 0;
  };
  while (unit < length) {
    const c = text.charCodeAt(unit);
    let width = c < 0x80 ? asciiWordChar[c] : wideWordCharWidth(unit, c);
    if (width === 0) {
      // the second unit of a pair is a low surrogate and never counts; a lone low surrogate counts unless first
      if (!(c >= 0xdc00 && c <= 0xdfff && unit > 0)) cp++;
      unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = unit;
    const startCp = cp;
    // a word character is never a lone low surrogate: each counts one code point
    for (;;) {
      unit += width;
      cp++;
      if (unit >= length) break;
      const d = text.charCodeAt(unit);
      width = d < 0x80 ? asciiWordChar[d] : wideWordCharWidth(unit, d);
      if (width === 0) break;
    }
    if (skip.length > 0 && skip.some(([s, e]) => startCp >= s && startCp < e)) continue;
    words.push(wordNumber(text.slice(start, unit)));
    starts.push(start);
    ends.push(unit);
  }
  return { id: source.id, text, words: Int32Array.from(words), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * Numbers every shingle of every source, equal shingles alike, in order of first appearance. Shingles are
 * compared word by word through one open-addressing table keyed by where each shingle first stood.
 */
function numberShingles(docs: readonly { words: Int32Array }[], wordsJoinAmbiguously: boolean, foldedWords: readonly string[]): Int32Array[] {
  if (wordsJoinAmbiguously) {
    // a folded word with a space in it: shingles are the words joined by spaces, as text
    const byText = new Map<string, number>();
    return docs.map((d) => {
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
  }
  // slots of four: source (-1: empty), where in it the shingle first stood, its number, its hash
  let table = new Int32Array(4 * 1024).fill(-1);
  let mask = 1024 - 1;
  let next = 0;
  const place = (t: Int32Array, m: number, hash: number): number => {
    let slot = hash & m;
    while (t[4 * slot] !== -1) slot = (slot + 1) & m;
    return slot;
  };
  return docs.map((d, docIndex) => {
    const w = d.words;
    const out = new Int32Array(Math.max(0, w.length - shingleSize + 1));
    for (let i = 0; i < out.length; i++) {
      let h = 0x811c9dc5;
      for (let k = 0; k < shingleSize; k++) h = Math.imul(h ^ w[i + k], 0x01000193);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      let slot = h & mask;
      for (;;) {
        const at = 4 * slot;
        const sd = table[at];
        if (sd === -1) {
          table[at] = docIndex;
          table[at + 1] = i;
          table[at + 2] = next;
          table[at + 3] = h;
          out[i] = next++;
          if (next * 2 > mask + 1) {
            // grow: a fuller table would make look-ups walk long runs of slots
            const bigger = new Int32Array(table.length * 2).fill(-1);
            const biggerMask = 2 * (mask + 1) - 1;
            for (let s = 0; s <= mask; s++) {
              if (table[4 * s] === -1) continue;
              const to = 4 * place(bigger, biggerMask, table[4 * s + 3]);
              bigger.set(table.subarray(4 * s, 4 * s + 4), to);
            }
            table = bigger;
            mask = biggerMask;
          }
          break;
        }
        if (table[at + 3] === h) {
          const ow = docs[sd].words;
          const from = table[at + 1];
          let k = 0;
          while (k < shingleSize && ow[from + k] === w[i + k]) k++;
          if (k === shingleSize) {
            out[i] = table[at + 2];
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
    }
    return out;
  });
}

/** Every pair of sources sharing a passage of at least `minPassageWords` words, in source order. */
export function findReuse(sources: readonly Source[]): Reuse[] {
  const rawNumber = new Map<string, number>();
  const foldedNumber = new Map<string, number>();
  const foldedWords: string[] = [];
  let wordsJoinAmbiguously = false;
  const wordNumber = (raw: string): number => {
    let n = rawNumber.get(raw);
    if (n === undefined) {
      const folded = fold(raw);
      n = foldedNumber.get(folded);
      if (n === undefined) {
        n = foldedWords.length;
        foldedNumber.set(folded, n);
        foldedWords.push(folded);
        if (folded.includes(" ")) wordsJoinAmbiguously = true;
      }
      rawNumber.set(raw, n);
    }
    return n;
  };
  const tokenised = sources.map((s) => tokenise(s, wordNumber));
  const shingleNumbers = numberShingles(tokenised, wordsJoinAmbiguously, foldedWords);
  let idSpace = 0;
  for (const xs of shingleNumbers) for (let i = 0; i < xs.length; i++) if (xs[i] >= idSpace) idSpace = xs[i] + 1;
  // postings (shingle → sources holding it, in source order) laid out in one array
  const lastDoc = new Int32Array(idSpace).fill(-1);
  const postingCount = new Int32Array(idSpace);
  const distinct = shingleNumbers.map((xs, d) => {
    let n = 0;
    for (let i = 0; i < xs.length; i++) {
      const s = xs[i];
      if (lastDoc[s] === d) continue;
      lastDoc[s] = d;
      postingCount[s]++;
      n++;
    }
    return n;
  });
  // only shingles in two or more sources can be shared: number those densely, the rest -1
  const sharedNumber = new Int32Array(idSpace).fill(-1);
  let sharedShingles = 0;
  for (let s = 0; s < idSpace; s++) if (postingCount[s] >= 2) sharedNumber[s] = sharedShingles++;
  const postingStart = new Int32Array(sharedShingles + 1);
  for (let s = 0; s < idSpace; s++) if (sharedNumber[s] >= 0) postingStart[sharedNumber[s] + 1] = postingCount[s];
  for (let s = 0; s < sharedShingles; s++) postingStart[s + 1] += postingStart[s];
  const postings = new Int32Array(postingStart[sharedShingles]);
  const filled = postingStart.slice(0, sharedShingles);
  lastDoc.fill(-1);
  const docs: Tokenised[] = tokenised.map((d, docIndex) => {
    const numbers = shingleNumbers[docIndex];
    const shingles = new Int32Array(numbers.length);
    for (let i = 0; i < numbers.length; i++) {
      const s = numbers[i];
      shingles[i] = sharedNumber[s];
      if (sharedNumber[s] < 0 || lastDoc[s] === docIndex) continue;
      lastDoc[s] = docIndex;
      postings[filled[sharedNumber[s]]++] = docIndex;
    }
    return { ...d, shingles, distinctShingles: distinct[docIndex] };
  });
  const sharedCount = new Map<number, number>();
  const n = docs.length;
  const count = (x: number, y: number) => {
    const key = x * n + y;
    sharedCount.set(key, (sharedCount.get(key) ?? 0) + 1);
  };
  for (let s = 0; s < sharedShingles; s++) {
    const from = postingStart[s];
    const len = postingStart[s + 1] - from;
    if (len > widelySharedSources) {
      // a passage many sources share links each copy to the next, so the cost stays linear
      for (let a = 0; a + 1 < len; a++) count(postings[from + a], postings[from + a + 1]);
      continue;
    }
    for (let a = 0; a < len; a++) for (let b = a + 1; b < len; b++) count(postings[from + a], postings[from + b]);
  }
  const scratch: RunScratch = {
    firstInB: new Int32Array(sharedShingles).fill(-1),
    nextInB: new Int32Array(docs.reduce((m, d) => Math.max(m, d.shingles.length), 0)),
  };
  const keys = [...sharedCount.keys()].sort((x, y) => x - y);
  // pairs are measured grouped by their second source, so its index of shingle positions is built once
  const bySecond = keys.map((_, i) => i).sort((p, q) => keys[p] % n - keys[q] % n || keys[p] - keys[q]);
  const found: (Reuse | null)[] = new Array(keys.length).fill(null);
  let indexed = -1;
  for (const p of bySecond) {
    const key = keys[p];
    const a = docs[Math.floor(key / n)];
    const bIndex = key % n;
    const b = docs[bIndex];
    if (bIndex !== indexed) {
      if (indexed >= 0) clearIndex(docs[indexed], scratch);
      indexBPositions(b, scratch);
      indexed = bIndex;
    }
    const run = longestRun(a, b, scratch);
    if (run.words < minPassageWords) continue;
    const shared = sharedCount.get(key)!;
    const union = a.distinctShingles + b.distinctShingles - shared;
    found[p] = {
      sourceA: a.id,
      sourceB: b.id,
      similarity: union > 0 ? Math.round((shared / union) * 1000) / 1000 : 0,
      sharedWords: run.coveredWords,
      longestPassage: singleSpaced(a.text, a.starts[run.at], a.ends[run.at + run.words - 1]),
    };
  }
  return found.filter((r): r is Reuse => r !== null);
}

/**
 * `text.slice(from, to)` with white space runs as one space (`replace(/\s+/g, " ")`). Most passages
 * already are, and are sliced as they are; the others are copied once into a buffer and made one flat
 * string (a replace leaves a chain of pieces that costs more to read later than to build flat now).
 * Reads the whole text, not a slice of it, which is quicker character by character.
 */
let spacedBuffer = new Uint16Array(4096);
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });
function singleSpaced(text: string, from: number, to: number): string {
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isJsWhiteSpace(c) && (c !== 0x20 || (i + 1 < to && isJsWhiteSpace(text.charCodeAt(i + 1))))) break;
  }
  if (i === to) return text.slice(from, to);
  if (spacedBuffer.length < to - from) spacedBuffer = new Uint16Array((to - from) * 2);
  const buffer = spacedBuffer;
  let n = 0;
  let surrogates = false;
  for (let k = from; k < i; k++) {
    const c = text.charCodeAt(k);
    buffer[n++] = c;
    if ((c & 0xf800) === 0xd800) surrogates = true;
  }
  let inGap = false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isJsWhiteSpace(c)) {
      if (!inGap) buffer[n++] = 0x20;
      inGap = true;
    } else {
      buffer[n++] = c;
      inGap = false;
      if ((c & 0xf800) === 0xd800) surrogates = true;
    }
  }
  // the decoder would replace a lone surrogate; without any, it gives the code units as they are
  if (!surrogates) return utf16.decode(buffer.subarray(0, n));
  // code units as they are, lone surrogates included, in chunks an argument list can hold
  const chunks: string[] = [];
  for (let at = 0; at < n; at += 8192) {
    chunks.push(String.fromCharCode.apply(null, buffer.subarray(at, Math.min(n, at + 8192)) as unknown as number[]));
  }
  return chunks.length === 1 ? chunks[0] : chunks.join("");
}

/** Work arrays reused from pair to pair; `firstInB` is all -1 outside indexBPositions … clearIndex. */
interface RunScratch {
  /** shared shingle → its first position in b */
  firstInB: Int32Array;
  /** position in b → the next position of the same shingle in b */
  nextInB: Int32Array;
}

function indexBPositions(b: Tokenised, scratch: RunScratch): void {
  const { firstInB, nextInB } = scratch;
  for (let j = b.shingles.length - 1; j >= 0; j--) {
    const s = b.shingles[j];
    if (s < 0) continue;
    nextInB[j] = firstInB[s];
    firstInB[s] = j;
  }
}

function clearIndex(b: Tokenised, scratch: RunScratch): void {
  for (const s of b.shingles) if (s >= 0) scratch.firstInB[s] = -1;
}

/**
 * Longest run of identical words in both texts (its length, and where it starts in `a`), and how many
 * words of `a` lie in some shared shingle. `b`'s shingle positions must be indexed in `scratch`.
 */
function longestRun(a: Tokenised, b: Tokenised, scratch: RunScratch): { words: number; at: number; coveredWords: number } {
  const { firstInB, nextInB } = scratch;
  const aShingles = a.shingles;
  const aWords = a.words;
  const bWords = b.words;
  const aCount = aShingles.length;
  const aLength = aWords.length;
  const bLength = bWords.length;
  let best = 0;
  let bestAt = -1;
  // words of a inside some measured run: the runs start in increasing order, so their union is counted as they come
  let coveredWords = 0;
  let coveredUntil = 0;
  let i = 0;
  while (i < aCount) {
    const s = aShingles[i];
    let j = s < 0 ? -1 : firstInB[s];
    if (j < 0) {
      i++;
      continue;
    }
    let runHere = 0;
    // the first eight places the shingle stands in b
    for (let tried = 0; j >= 0 && tried < 8; tried++, j = nextInB[j]) {
      const limit = Math.min(aLength - i, bLength - j);
      let k = 0;
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
  return { words: best, at: bestAt, coveredWords };
}

/** For each source, the sources close enough to it to be one text when counting who confirms a fact. */
export function copyPairs(reuse: readonly Reuse[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = out.get(a);
    if (list) list.push(b);
    else out.set(a, [b]);
  };
  for (const r of reuse) {
    if (r.similarity >= copySimilarity || wordsAtLeast(r.longestPassage, copyPassageWords)) {
      link(r.sourceA, r.sourceB);
      link(r.sourceB, r.sourceA);
    }
  }
  return out;
}

/** Whether `text` split on white space (as `split(/\s+/)` does) has at least `n` parts, without splitting all of it. */
function wordsAtLeast(text: string, n: number): boolean {
  let parts = 1;
  let inGap = false;
  for (let i = 0; i < text.length && parts < n; i++) {
    const gap = isJsWhiteSpace(text.charCodeAt(i));
    if (gap && !inGap) parts++;
    inGap = gap;
  }
  return parts >= n;
}

/** The characters `\s` matches in a JavaScript regular expression (none of them is outside the BMP). */
function isJsWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
