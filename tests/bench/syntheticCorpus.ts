/**
 * Benchmark input made from the seed articles: many different articles about
 * one event, and many different events. Each synthetic source takes a seed,
 * borrows some lines from the others, shuffles sentence order inside
 * paragraphs, swaps a few paragraphs, renames the names and rescales the
 * numbers — so no two sources are byte-identical (ingest's duplicate check
 * and any cache see new text), yet a story's sources still agree and
 * disagree the way real coverage does: the same names with occasional
 * spelling variants, the same figures with an occasional conflicting one.
 *
 * Seeded pseudo-random numbers (mulberry32): the same sizes give the same
 * corpus on every run and machine, so timings compare.
 */
import { fileURLToPath } from "node:url";
import { readInputFolder } from "../../pipeline/files.ts";
import type { InputFile } from "../../pipeline/ingest/index.ts";

export interface SeedArticle {
  name: string;
  text: string;
}

export const seedsDir = fileURLToPath(new URL("../../seeds", import.meta.url));

export function loadSeeds(dir = seedsDir): SeedArticle[] {
  return readInputFolder(dir).map((f) => ({ name: f.name, text: new TextDecoder().decode(f.bytes) }));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

function shuffle<T>(rnd: Random, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const SYLLABLES = ["ka", "ro", "mi", "ten", "val", "dor", "sa", "li", "mar", "no", "bel", "qui", "ran", "to", "ve", "zu", "lan", "fe", "gor", "hi"];
const ACCENTS: Record<string, string> = { a: "á", e: "é", i: "í", o: "ó", u: "ú" };
const MONTHS = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s$/;

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/**
 * Capitalised words that also occur capitalised after a lower-case word in
 * running prose (headline lines, mostly capitalised, are not evidence):
 * names, not sentence openers. Weekdays and months stay, so dates parse.
 */
export function nameLikeWords(seeds: readonly SeedArticle[]): string[] {
  const found = new Set<string>();
  for (const { text } of seeds) {
    for (const line of text.split("\n")) {
      const words = line.split(/\s+/).filter(Boolean);
      if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length) continue;
      for (const m of line.matchAll(/(?<=[\p{Ll},] )(\p{Lu}[\p{L}]{3,})/gu)) if (!CALENDAR.test(m[1])) found.add(m[1]);
    }
  }
  return [...found].sort();
}

function inventName(rnd: Random, like: string): string {
  const syllables = Math.max(2, Math.min(4, Math.round(like.length / 3)));
  let s = "";
  for (let i = 0; i < syllables; i++) s += pick(rnd, SYLLABLES);
  if (rnd() < 0.3) s = s.replace(/[aeiou](?=[^aeiou]*$)/, (v) => ACCENTS[v] ?? v);
  return s[0].toUpperCase() + s.slice(1);
}

/** A spelling a different outlet might use: accent dropped, or one letter doubled. */
function spellingVariant(rnd: Random, name: string): string {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  if (plain !== name) return plain;
  const i = 1 + Math.floor(rnd() * (name.length - 2));
  return /[lnrst]/.test(name[i]) ? name.slice(0, i) + name[i] + name.slice(i) : name;
}

interface StoryStyle {
  names: Map<string, string>;
  /** every figure of the story is scaled by this */
  factor: number;
  yearShift: number;
  dayShift: number;
}

function storyStyle(seeds: readonly SeedArticle[], story: number): StoryStyle {
  const rnd = mulberry32(0x9e3779b9 ^ (story * 7919));
  const names = new Map<string, string>();
  for (const w of nameLikeWords(seeds)) names.set(w, inventName(rnd, w));
  return { names, factor: 0.4 + rnd() * 2.2, yearShift: Math.floor(rnd() * 4), dayShift: Math.floor(rnd() * 27) };
}

function formatLike(original: string, n: number): string {
  return original.includes(",") ? n.toLocaleString("en-US") : String(n);
}

function varyNumbers(rnd: Random, text: string, style: StoryStyle, conflictRate: number): string {
  return text.replace(/(?<![\d:.,])\d{1,3}(?:,\d{3})+(?![\d:])|(?<![\d:.,])\d+(?![\d:,]|\.\d)/g, (m, offset: number) => {
    const n = Number(m.replace(/,/g, ""));
    const before = text.slice(Math.max(0, offset - 12), offset);
    if (/^(?:19|20)\d\d$/.test(m)) return String(n + style.yearShift);
    if (MONTHS.test(before) && n <= 31) return String(((n - 1 + style.dayShift) % 28) + 1);
    if (n < 10) return m;
    // now and then one outlet reports a different figure: a conflict to find
    const factor = rnd() < conflictRate ? style.factor * (2 + rnd() * 3) : style.factor;
    const scaled = Math.max(10, Math.round(n * factor));
    const rounded = scaled >= 1000 ? Math.round(scaled / 100) * 100 : scaled;
    return formatLike(m, rounded);
  });
}

function renameNames(rnd: Random, text: string, style: StoryStyle, variantRate: number): string {
  const variants = new Map<string, string>();
  for (const [from, to] of style.names) variants.set(from, rnd() < variantRate ? spellingVariant(rnd, to) : to);
  return text.replace(/\p{Lu}[\p{L}]{3,}/gu, (w) => variants.get(w) ?? w);
}

function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?][”"’']?)\s+(?=[“"‘']?\p{Lu})/u);
}

/** Lines are kept as they are (titles, blank lines); body lines are what gets shuffled and borrowed. */
function variantText(seeds: readonly SeedArticle[], base: number, rnd: Random): string {
  const lines = seeds[base].text.split("\n");
  const title = lines.findIndex((l) => l.trim() !== "");
  const isBody = (l: string) => l.trim().length > 80;
  const others = seeds.flatMap((s, i) => (i === base ? [] : s.text.split("\n").filter(isBody)));
  const body = lines.map((line, i) => {
    if (i === title || !isBody(line)) return line;
    const own = rnd() < 0.25 && others.length > 0 ? pick(rnd, others) : line;
    const sentences = sentencesOf(own);
    return (sentences.length > 1 && rnd() < 0.6 ? shuffle(rnd, sentences) : sentences).join(" ");
  });
  // swap two body paragraphs now and then
  const bodyIdx = body.map((l, i) => (i !== title && isBody(l) ? i : -1)).filter((i) => i >= 0);
  if (bodyIdx.length > 2 && rnd() < 0.5) {
    const a = pick(rnd, bodyIdx);
    const b = pick(rnd, bodyIdx);
    [body[a], body[b]] = [body[b], body[a]];
  }
  return body.join("\n");
}

export interface SyntheticOptions {
  /** share of a source's figures that differ from the story's (a conflict) */
  conflictRate?: number;
  /** share of names spelled differently in one source */
  variantRate?: number;
}

/** `count` different articles about story number `story`, as input files. */
export function storySources(seeds: readonly SeedArticle[], story: number, count: number, options: SyntheticOptions = {}): InputFile[] {
  const style = storyStyle(seeds, story);
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const encoder = new TextEncoder();
  for (let v = 0; files.length < count; v++) {
    const rnd = mulberry32((story * 100_003 + v * 2_654_435_761) >>> 0);
    const base = v % seeds.length;
    let text = variantText(seeds, base, rnd);
    text = renameNames(rnd, text, style, options.variantRate ?? 0.1);
    text = varyNumbers(rnd, text, style, options.conflictRate ?? 0.08);
    if (seen.has(text)) continue;
    seen.add(text);
    const name = `${String(files.length).padStart(4, "0")}_s${story}.txt`;
    files.push({ name, bytes: encoder.encode(text.endsWith("\n") ? text : text + "\n") });
  }
  return files;
}

export function totalBytes(files: readonly InputFile[]): number {
  return files.reduce((n, f) => n + f.bytes.length, 0);
}
