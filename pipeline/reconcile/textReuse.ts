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

interface Tokenised {
  id: string;
  text: string;
  /** folded words */
  words: string[];
  /** UTF-16 start and end of each word in `text` */
  starts: number[];
  ends: number[];
  shingles: string[];
  shingleSet: Set<string>;
}

function tokenise(source: Source): Tokenised {
  const skip = source.boilerplate.map((b) => [b.start, b.end] as const);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cp = 0;
  let unit = 0;
  const text = source.text;
  // walk code points so boilerplate offsets (code points) can be compared with UTF-16 positions
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    for (; unit < m.index; unit++) {
      const c = text.charCodeAt(unit);
      if (c >= 0xdc00 && c <= 0xdfff && unit > 0) continue;
      cp++;
    }
    const inFurniture = skip.some(([s, e]) => cp >= s && cp < e);
    if (!inFurniture) {
      words.push(fold(m[0]));
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
  }
  const shingles: string[] = [];
  for (let i = 0; i + shingleSize <= words.length; i++) shingles.push(words.slice(i, i + shingleSize).join(" "));
  return { id: source.id, text, words, starts, ends, shingles, shingleSet: new Set(shingles) };
}

/** Every pair of sources sharing a passage of at least `minPassageWords` words, in source order. */
export function findReuse(sources: readonly Source[]): Reuse[] {
  const docs = sources.map(tokenise);
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const s of d.shingleSet) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const sharedCount = new Map<number, number>();
  const n = docs.length;
  const count = (x: number, y: number) => {
    const key = x * n + y;
    sharedCount.set(key, (sharedCount.get(key) ?? 0) + 1);
  };
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    if (list.length > widelySharedSources) {
      // a passage many sources share links each copy to the next, so the cost stays linear
      for (let a = 0; a + 1 < list.length; a++) count(list[a], list[a + 1]);
      continue;
    }
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) count(list[a], list[b]);
  }
  const out: Reuse[] = [];
  for (const key of [...sharedCount.keys()].sort((x, y) => x - y)) {
    const a = docs[Math.floor(key / n)];
    const b = docs[key % n];
    const shared = sharedCount.get(key)!;
    const { words: runWords, passage, coveredWords } = longestRun(a, b);
    if (runWords < minPassageWords) continue;
    const union = a.shingleSet.size + b.shingleSet.size - shared;
    out.push({
      sourceA: a.id,
      sourceB: b.id,
      similarity: union > 0 ? Math.round((shared / union) * 1000) / 1000 : 0,
      sharedWords: coveredWords,
      longestPassage: passage,
    });
  }
  return out;
}

/** Longest run of identical words in both texts, and how many words of `a` lie in some shared shingle. */
function longestRun(a: Tokenised, b: Tokenised): { words: number; passage: string; coveredWords: number } {
  const positionsInB = new Map<string, number[]>();
  b.shingles.forEach((s, j) => {
    if (!a.shingleSet.has(s)) return;
    const list = positionsInB.get(s);
    if (list) list.push(j);
    else positionsInB.set(s, [j]);
  });
  let best = 0;
  let bestAt = -1;
  const covered = new Uint8Array(a.words.length);
  let i = 0;
  while (i < a.shingles.length) {
    const js = positionsInB.get(a.shingles[i]);
    if (!js) {
      i++;
      continue;
    }
    let runHere = 0;
    for (const j of js.slice(0, 8)) {
      let k = 0;
      while (i + k < a.words.length && j + k < b.words.length && a.words[i + k] === b.words[j + k]) k++;
      if (k > runHere) runHere = k;
    }
    for (let k = 0; k < runHere; k++) covered[i + k] = 1;
    if (runHere > best) {
      best = runHere;
      bestAt = i;
    }
    // the rest of this run is inside the one just measured
    i += Math.max(1, runHere - shingleSize + 1);
  }
  const coveredWords = covered.reduce((s, x) => s + x, 0);
  const passage = bestAt >= 0 ? a.text.slice(a.starts[bestAt], a.ends[bestAt + best - 1]).replace(/\s+/g, " ") : "";
  return { words: best, passage, coveredWords };
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
    if (r.similarity >= copySimilarity || r.longestPassage.split(/\s+/).length >= copyPassageWords) {
      link(r.sourceA, r.sourceB);
      link(r.sourceB, r.sourceA);
    }
  }
  return out;
}
