/**
 * The report as plain data: what the HTML page and the PDF both show, in the
 * same order (issue 5's nine sections). Templates and the PDF writer only lay
 * this out; every choice of what to say and in which order is made here, so
 * the two formats cannot drift apart.
 *
 * All strings are untrusted article text or derived from it: the HTML
 * escapes them (Handlebars double-stash), the PDF draws them as text.
 * Nothing here reads the clock; `date` comes from the articles.
 */
import { CodePointIndex } from "../codePoints.ts";
import type { Source } from "../ingest/schema.ts";
import type { Claim } from "../extract/schema.ts";
import type { Entity, Fact, FactStatus, SourceTally } from "../reconcile/schema.ts";
import type { Paragraph, SegmentedSource, Sentence } from "../segment/schema.ts";
import type { RenderInput } from "./index.ts";

// ───────────────────────────── the model ─────────────────────────────

export interface ReportModel {
  /** document title, e.g. "Triangulate: <event headline>" (HTML <title>, PDF info Title and running header) */
  title: string;
  /** one line under the title: "A comparison of 5 news articles" */
  subtitle: string;
  /** ISO date YYYY-MM-DD: the latest `published` date among the sources, "" when none states one (use for PDF CreationDate) */
  date: string;
  /** keywords for the PDF info dictionary: the most named entities */
  keywords: string[];
  /** 1. Summary: what the event is */
  event: ReportEvent;
  /** 1. Summary: counts of facts by status */
  counts: ReportCounts;
  /** 1. Summary (sources table) and 9. Sources; in input order */
  sources: ReportSource[];
  /** 1. Summary: the 3–5 most important conflicts (fewer when there are fewer), one sentence each */
  topConflicts: TopConflict[];
  /** 2. Conflicts: one block per conflicting fact, most important first */
  conflicts: ConflictBlock[];
  /** 3. Agreements and single-source facts (not quotes, not conflicts), grouped by kind */
  factGroups: FactGroup[];
  /** 4. Coverage: the fact-by-source matrix and per-source unique/omitted facts */
  coverage: CoverageMatrix;
  /** 5. Names and spellings: one entry per entity, most widely named first */
  names: NameEntry[];
  /** 6. Quotes: quote facts with each source's wording */
  quotes: QuoteGroup[];
  /** 7. Copied text: pairs of sources sharing passages, most similar first */
  reuse: ReusePair[];
  /** 8. Method and limits */
  method: MethodSection;
}

export type StatusLabel = "Agree" | "Conflict" | "Single source";

export interface ReportEvent {
  /** the sources' most representative title (the one sharing most words with the others) */
  headline: string;
  /** every source's title, in source order, duplicates removed */
  titles: string[];
  /** up to 6 most named entities (by number of sources, then mentions) */
  topEntities: string[];
  /** "2023-09-20" or "2023-09-20 to 2023-09-25" from the sources' published dates; "" when none */
  published: string;
  /** one plain sentence describing the event from the above, for the summary's first line */
  description: string;
}

export interface ReportCounts {
  sources: number;
  /** all facts, including quotes */
  facts: number;
  agree: number;
  conflict: number;
  singleSource: number;
  claims: number;
  entities: number;
  quotes: number;
  reusePairs: number;
}

export interface ReportSource {
  /** 1-based position in the report; used for DOM ids, never the raw id */
  ordinal: number;
  id: string;
  /** short name shown in tables and chart axes: the publisher when known and unique, else the id's first word when unique ("000"), else the id */
  label: string;
  file: string;
  title: string;
  publisher: string;
  author: string;
  /** ISO date or "" */
  published: string;
  language: string;
  encoding: string;
  words: number;
  sentences: number;
  paragraphs: number;
  claims: number;
  factsUnique: number;
  factsConflicting: number;
  /** id of an earlier source with the same text, "" otherwise */
  duplicateOf: string;
  /** HTML element id of this source's text section */
  anchor: string;
  /** the article text split into paragraphs and sentence spans (boilerplate left out) */
  textParagraphs: SourceParagraph[];
}

export interface SourceParagraph {
  kind: "title" | "heading" | "body";
  pieces: TextPiece[];
}

export interface TextPiece {
  text: string;
  /** HTML element id of the sentence this piece is ("" for text between sentences) */
  anchor: string;
  /** 0-based sentence index in the source, -1 for text between sentences */
  sentenceIndex: number;
}

/** One thing one source says, with where to check it. */
export interface ClaimRef {
  claimId: string;
  sourceId: string;
  sourceOrdinal: number;
  sourceLabel: string;
  /** the words of the claim as they stand in the article */
  text: string;
  /** the value in a comparable form: "more than 11,000", "400–500", "2023-09-20", or the words */
  valueLabel: string;
  /** what is counted or measured, "" when none */
  unit: string;
  /** the whole sentence the claim stands in */
  sentence: string;
  sentenceIndex: number;
  /** who is credited, as named in the article; "" when it is the outlet's own claim */
  speaker: string;
  /** how it is credited in words: "quoted: X", "according to X", or "the outlet itself" */
  authority: string;
  /** HTML element id of the sentence in section 9 */
  anchor: string;
}

export interface FactRow {
  id: string;
  kind: string;
  /** "Quantities", "Dates", … (the group heading this kind falls under) */
  kindLabel: string;
  label: string;
  status: FactStatus;
  statusLabel: StatusLabel;
  /** a text symbol for the status so colour is never the only signal: ✓ agree, ✗ conflict, ● single source */
  statusIcon: string;
  sourceCount: number;
  sourceIds: string[];
  /** "1 3 4": the ordinals of sourceIds, for filtering in the HTML */
  sourceOrdinals: string;
  sourceLabels: string[];
  /** distinct values as reported */
  values: string[];
  /** why the status was given, in words */
  note: string;
  weight: number;
  claims: ClaimRef[];
}

export interface TopConflict {
  factId: string;
  /** e.g. "Prisoners transferred: 3 sources (A, B, C) say 1,600; 1 source (D) says 6,000." */
  sentence: string;
}

export interface ConflictBlock {
  fact: FactRow;
  /** one reading per claim, in source order */
  readings: ClaimRef[];
  /** the distinct values with the sources that give each, largest group first */
  valueGroups: ValueGroup[];
  /** numbers for the values-by-source chart (quantities only); empty when fewer than two claims give a number */
  chart: ChartPoint[];
  /** unit for the chart axis ("" when none or mixed) */
  chartUnit: string;
}

export interface ValueGroup {
  valueLabel: string;
  sourceIds: string[];
  sourceLabels: string[];
}

/** One source's number for a conflicting quantity. */
export interface ChartPoint {
  sourceId: string;
  sourceLabel: string;
  /** the point value (midpoint of a range) */
  value: number;
  /** equal to `value` unless the source gave a range or vague amount */
  min: number;
  max: number;
  valueLabel: string;
}

export interface FactGroup {
  kind: string;
  /** "Quantities", "Dates", "Items", "Events", … */
  heading: string;
  /** agreements then single-source facts; within each, most sources first, then fact id */
  facts: FactRow[];
  agreeCount: number;
  singleSourceCount: number;
}

export interface CoverageMatrix {
  /** the columns: every source, in source order */
  sources: { id: string; label: string; ordinal: number }[];
  /** the rows: every fact, in fact-id order */
  rows: CoverageRow[];
  /** per source: what it alone reports, and what most others report but it leaves out */
  perSource: SourceCoverage[];
}

export interface CoverageRow {
  factId: string;
  label: string;
  kind: string;
  status: FactStatus;
  statusLabel: StatusLabel;
  statusIcon: string;
  sourceOrdinals: string;
  /** one per column, in column order */
  cells: CoverageCell[];
}

export interface CoverageCell {
  sourceId: string;
  reported: boolean;
  /** what this source says for the fact (its words, `|`-joined when several), "" when silent */
  value: string;
  /** sentence anchor of the source's first claim for this fact, "" when silent */
  anchor: string;
}

export interface FactRef {
  id: string;
  label: string;
}

export interface SourceCoverage {
  sourceId: string;
  label: string;
  unique: FactRef[];
  omitted: FactRef[];
}

export interface NameEntry {
  id: string;
  name: string;
  type: string;
  sourceCount: number;
  mentionCount: number;
  /** true when sources spell the name in more than one way */
  spellingsDiffer: boolean;
  /** each spelling with the sources that use it, most used first */
  variants: { text: string; sourceIds: string[]; sourceLabels: string[]; count: number }[];
}

export interface QuoteGroup {
  factId: string;
  /** the speaker as most sources name them, "" when unknown */
  speaker: string;
  status: FactStatus;
  statusLabel: StatusLabel;
  statusIcon: string;
  sourceCount: number;
  sourceOrdinals: string;
  /** true when sources give the quote in different words */
  wordingDiffers: boolean;
  note: string;
  /** each source's wording, in source order */
  versions: ClaimRef[];
}

export interface ReusePair {
  sourceA: string;
  sourceB: string;
  labelA: string;
  labelB: string;
  similarity: number;
  /** "42%" */
  similarityLabel: string;
  sharedWords: number;
  longestPassage: string;
}

export interface MethodSection {
  /** plain-language paragraphs on how facts are grouped and verdicts given */
  paragraphs: string[];
  /** known limits, one per item */
  limits: string[];
  /** problems met while reading the articles (warnings and notices), one line each */
  notices: { severity: string; where: string; reason: string }[];
}

// ───────────────────────────── building it ─────────────────────────────

const kindOrder = ["quantity", "date", "item", "event", "quote"];
const kindHeadings: Record<string, string> = {
  quantity: "Quantities",
  date: "Dates",
  item: "Items",
  event: "Events",
  quote: "Quotes",
};

export function kindHeading(kind: string): string {
  return kindHeadings[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

function kindRank(kind: string): number {
  const i = kindOrder.indexOf(kind);
  return i === -1 ? kindOrder.length : i;
}

export const statusLabels: Record<FactStatus, StatusLabel> = {
  agree: "Agree",
  conflict: "Conflict",
  single_source: "Single source",
};

export const statusIcons: Record<FactStatus, string> = {
  agree: "✓",
  conflict: "✗",
  single_source: "●",
};

/** Thousands separators without Intl, so output never depends on the machine's ICU data. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0;
  const abs = Math.abs(n);
  const [whole, frac] = (Number.isInteger(abs) ? String(abs) : String(Math.round(abs * 1000) / 1000)).split(".");
  const grouped = whole.length > 15 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + grouped + (frac ? "." + frac : "");
}

const qualifierWords: Record<string, string> = {
  more_than: "more than ",
  at_least: "at least ",
  about: "about ",
  fewer_than: "fewer than ",
  at_most: "at most ",
  exactly: "exactly ",
  "": "",
};

/** Days since 1970-01-01 → YYYY-MM-DD (UTC arithmetic, no clock). */
export function isoFromDays(days: number): string {
  return new Date(Math.round(days) * 86_400_000).toISOString().slice(0, 10);
}

function valueLabelOf(claim: Claim): string {
  if (claim.kind === "quantity") {
    const q = qualifierWords[claim.qualifier] ?? "";
    if (claim.valueMin != null && claim.valueMax != null && claim.valueMin !== claim.valueMax) {
      return `${q}${formatNumber(claim.valueMin)}–${formatNumber(claim.valueMax)}`;
    }
    const v = claim.value ?? claim.valueMin ?? claim.valueMax;
    if (v != null) return `${q}${formatNumber(v)}`;
  }
  if (claim.kind === "date" && claim.value != null && Number.isFinite(claim.value)) return isoFromDays(claim.value);
  return claim.text;
}

/** The value without qualifier, for telling which sources give the same reading. */
function comparableValue(c: Claim): { key: string; bare: string } {
  if (c.kind === "quantity") {
    const lo = c.valueMin ?? c.value;
    const hi = c.valueMax ?? c.value;
    if (lo != null && hi != null) {
      const bare = lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`;
      return { key: `n:${lo}:${hi}`, bare };
    }
  }
  const label = valueLabelOf(c);
  return { key: `t:${normaliseWording(label)}`, bare: label };
}

function authorityOf(claim: Claim): string {
  if (!claim.speaker) return claim.attribution === "quote" ? "quoted, speaker not named" : "the outlet itself";
  return claim.attribution === "quote" ? `quoted: ${claim.speaker}` : `according to ${claim.speaker}`;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "A, B, C" or, for long lists, "A, B, C and 4 more": a summary sentence stays one line or two. */
function namesInShort(names: readonly string[]): string {
  return names.length <= 4 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

function plural(n: number, one: string, many: string = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );
}

/** The title sharing most words with the other titles: the story the sources have in common. */
function representativeTitle(titles: readonly string[]): string {
  if (titles.length === 0) return "";
  const sets = titles.map(titleWords);
  let best = 0;
  let bestScore = -1;
  sets.forEach((s, i) => {
    let score = 0;
    sets.forEach((o, j) => {
      if (i !== j) for (const w of s) if (o.has(w)) score++;
    });
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return titles[best];
}

/**
 * Short names for tables and chart axes: the publisher when it names one
 * source only; else the id's first word ("000" of "000_8262480c16c79db4",
 * as the facts' notes say it) when that is unique; else the whole id.
 */
function sourceLabels(sources: readonly Source[]): Map<string, string> {
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) if (k) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const publishers = count(sources.map((s) => s.publisher));
  const firstWord = (id: string) => id.split(/[_\s.]+/)[0] ?? "";
  const firstWords = count(sources.map((s) => firstWord(s.id)));
  const shortIdFits = (id: string) => {
    const w = firstWord(id);
    return w !== id && w.length >= 2 && firstWords.get(w) === 1;
  };
  return new Map(
    sources.map((s) => [
      s.id,
      s.publisher && publishers.get(s.publisher) === 1 ? s.publisher : shortIdFits(s.id) ? firstWord(s.id) : s.id,
    ]),
  );
}

/**
 * Reconcile's notes name sources the short way ("003", the file name's part
 * before "_", or the whole id), while every table of the report names them by
 * label ("Latin Post"). This rewrites the source names in a note to the labels
 * so a reader sees one name per source; facts.csv keeps the note as written.
 * Only places where a note lists sources are touched: "Only X reports…",
 * parentheses whose every entry is a source ("(000; 003, according to
 * police)", "(001: speaker)"), and "X and Y share copied passages". Anything
 * else, such as an item called like a source, is left as it stands.
 */
export function noteSourceLabeller(sources: readonly { id: string; label: string }[]): (note: string) => string {
  const labeller = new NoteSourceLabeller(sources);
  return (note) => labeller.label(note);
}

const sourceIdPrefix = (id: string) => (id.includes("_") ? id.slice(0, id.indexOf("_")) : id);
const ONLY_SOURCE = /^Only (.+?) (?=reports this|gives this date|lists this|has this quote)/su;
const ITEMS_LISTED = /^Only .+? lists this \(/su;
const PARENTHESES = /\(([^()]*)\)/gu;
const SOURCE_ENTRY = /^(.+?)(, according to .*|: .*)?$/su;
const COPIED = " share copied passages";

/**
 * noteSourceLabeller's work, as methods: a report labels every fact's note,
 * and V8 keeps a method's optimised code from report to report, where
 * closures made per report lose it at each full collection.
 */
class NoteSourceLabeller {
  private readonly byName = new Map<string, string>();
  private readonly identity: boolean;

  constructor(sources: readonly { id: string; label: string }[]) {
    const prefixCount = new Map<string, number>();
    for (const s of sources) prefixCount.set(sourceIdPrefix(s.id), (prefixCount.get(sourceIdPrefix(s.id)) ?? 0) + 1);
    for (const s of sources) this.byName.set(s.id, s.label);
    for (const s of sources) {
      const p = sourceIdPrefix(s.id);
      if (p && prefixCount.get(p) === 1 && !this.byName.has(p)) this.byName.set(p, s.label);
    }
    this.identity = [...this.byName].every(([name, label]) => name === label);
  }

  label(note: string): string {
    if (this.identity) return note;
    let text = note;
    const only = ONLY_SOURCE.exec(text);
    if (only) {
      const label = this.byName.get(only[1]);
      if (label !== undefined) text = `Only ${label} ` + text.slice(only[0].length);
    }
    // "Only X lists this (a, b)": those parentheses hold the items, not sources
    const itemsAt = ITEMS_LISTED.exec(text)?.[0].length ?? 0;
    let rewritten = "";
    let from = 0;
    PARENTHESES.lastIndex = 0;
    for (let m = PARENTHESES.exec(text); m !== null; m = PARENTHESES.exec(text)) {
      const labelled = m.index === itemsAt - 1 ? undefined : this.sourceList(m[1]);
      rewritten += text.slice(from, m.index) + (labelled === undefined ? m[0] : `(${labelled})`);
      from = m.index + m[0].length;
    }
    text = rewritten + text.slice(from);
    const at = text.indexOf(COPIED);
    if (at !== -1) {
      const start = text.lastIndexOf(". ", at) + 2;
      const labelled = start >= 2 ? this.pairList(text.slice(start, at)) : undefined;
      if (labelled !== undefined) text = text.slice(0, start) + labelled + text.slice(at);
    }
    return text;
  }

  private entry(text: string): string | undefined {
    const m = SOURCE_ENTRY.exec(text);
    const label = m ? this.byName.get(m[1]) : undefined;
    return label === undefined ? undefined : label + (m![2] ?? "");
  }

  private sourceList(inner: string): string | undefined {
    const out: string[] = [];
    for (const part of inner.split("; ")) {
      const one = this.entry(part);
      if (one !== undefined) {
        out.push(one);
        continue;
      }
      const names = part.split(", ");
      const labels: string[] = [];
      for (const name of names) {
        const label = this.byName.get(name);
        if (label === undefined) return undefined;
        labels.push(label);
      }
      out.push(labels.join(", "));
    }
    return out.join("; ");
  }

  private pairList(text: string): string | undefined {
    const out: string[] = [];
    for (const item of text.split(", ")) {
      if (/^\d+ more pairs$/.test(item)) {
        out.push(item);
        continue;
      }
      const pair = item.split(" and ");
      const labels = pair.map((name) => this.byName.get(name));
      if (pair.length !== 2 || labels[0] === undefined || labels[1] === undefined) return undefined;
      out.push(labels.join(" and "));
    }
    return out.join(", ");
  }
}

/**
 * Cuts each paragraph into sentence pieces (clickable) and the text between
 * them. Sentences and paragraphs are both in text order, so one pass with a
 * moving pointer serves the whole article: linear in its length.
 */
function paragraphPieces(
  text: CodePointIndex,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  ix: ReportIndex,
  sourceId: string,
): SourceParagraph[] {
  let next = 0;
  const out: SourceParagraph[] = [];
  for (const paragraph of paragraphs) {
    const pieces: TextPiece[] = [];
    let at = paragraph.start;
    while (next < sentences.length && sentences[next].end <= paragraph.start) next++;
    for (let i = next; i < sentences.length && sentences[i].start < paragraph.end; i++) {
      const s = sentences[i];
      const start = Math.max(s.start, at);
      const end = Math.min(s.end, paragraph.end);
      if (end <= start) continue;
      if (start > at) pieces.push({ text: text.slice(at, start), anchor: "", sentenceIndex: -1 });
      pieces.push({ text: text.slice(start, end), anchor: ix.anchorOf(sourceId, s.index), sentenceIndex: s.index });
      at = end;
    }
    if (paragraph.end > at) pieces.push({ text: text.slice(at, paragraph.end), anchor: "", sentenceIndex: -1 });
    out.push({ kind: paragraph.kind, pieces });
  }
  return out;
}

const methodParagraphs = [
  "Each article is read as plain text. Page furniture such as navigation, “Read more” blocks, bylines and photo credits is set aside and never counted as a claim; the byline and publisher feed the sources table instead.",
  "The text is split into paragraphs and sentences. In each sentence the tool finds claims: numbers with what they count, dates, things listed (found, seized, offered), events, and direct quotes with their speakers. Every claim keeps the exact words and the sentence it came from, so any figure can be checked against its source.",
  "Claims about the same thing are grouped across articles into one fact: the same counted noun and action for numbers, the same day for dates, the same object for listed items, the same speaker and words for quotes.",
  "A fact is marked “agree” when two or more sources report it with compatible values (a range or a qualifier such as “more than” counts as compatible when the numbers fit), “conflict” when the values or accounts cannot all be true, and “single source” when only one article reports it. The note on each fact says why.",
  "Names of people, organisations and places are merged across articles when they are the same name with or without a title, accents or a known alias; every spelling is kept. Passages shared by two articles are found by comparing runs of five words.",
];

const methodLimits = [
  "The grouping is automatic and can join two different things or split one thing in two; check the sentences behind any fact that matters.",
  "A conflict means the words differ in a way the tool cannot reconcile; it may be a real disagreement, a different moment in a developing story, or a different way of counting.",
  "Only what the articles state is compared. Nothing is checked against outside sources, and an article's silence on a fact is not a denial.",
  "Articles not in English are reported but their claims are not compared.",
];

/**
 * The lookups every section of one report uses. They are methods of a class,
 * not closures inside buildReportModel, because V8 keeps a method's
 * optimised code from one report to the next, while functions created anew
 * for each report lose theirs at every full collection and are optimised
 * again: in corpus mode that was one of the larger wastes of a worker's time.
 */
class ReportIndex {
  private readonly ordinals: Map<string, number>;
  private readonly labels: Map<string, string>;
  private readonly notes: NoteSourceLabeller;
  private readonly sentenceText = new Map<string, string>();
  readonly claimsById = new Map<string, Claim>();
  private readonly rows = new Map<string, FactRow>();

  constructor(input: RenderInput) {
    const sources = input.ingest.sources;
    this.labels = sourceLabels(sources);
    this.ordinals = new Map(sources.map((s, i) => [s.id, i + 1]));
    this.notes = new NoteSourceLabeller(sources.map((s) => ({ id: s.id, label: this.labelOf(s.id) })));
    for (const s of input.segment.sources) for (const sen of s.sentences) this.sentenceText.set(`${s.sourceId}\u0000${sen.index}`, sen.text);
    for (const es of input.extract.sources) for (const c of es.claims) this.claimsById.set(c.id, c);
  }

  ordinalOf(id: string): number {
    return this.ordinals.get(id) ?? 0;
  }

  labelOf(id: string): string {
    return this.labels.get(id) ?? id;
  }

  sourceOrder(a: string, b: string): number {
    return this.ordinalOf(a) - this.ordinalOf(b) || byString(a, b);
  }

  /** Source ids in source order. */
  sortSources(ids: readonly string[]): string[] {
    return [...ids].sort((a, b) => this.sourceOrder(a, b));
  }

  anchorOf(sourceId: string, sentenceIndex: number): string {
    return `s${this.ordinalOf(sourceId)}-${sentenceIndex}`;
  }

  labelNote(note: string): string {
    return this.notes.label(note);
  }

  claimRef(c: Claim): ClaimRef {
    return {
      claimId: c.id,
      sourceId: c.sourceId,
      sourceOrdinal: this.ordinalOf(c.sourceId),
      sourceLabel: this.labelOf(c.sourceId),
      text: c.text,
      valueLabel: valueLabelOf(c),
      unit: c.unit,
      sentence: this.sentenceText.get(`${c.sourceId}\u0000${c.sentenceIndex}`) ?? c.text,
      sentenceIndex: c.sentenceIndex,
      speaker: c.speaker,
      authority: authorityOf(c),
      anchor: this.anchorOf(c.sourceId, c.sentenceIndex),
    };
  }

  private claimOrder(a: Claim, b: Claim): number {
    return this.sourceOrder(a.sourceId, b.sourceId) || a.start - b.start || byString(a.id, b.id);
  }

  /** A fact's claims in source order, then text order. */
  claimsOfFact(f: Fact): Claim[] {
    const claims: Claim[] = [];
    for (const id of f.claimIds) {
      const c = this.claimsById.get(id);
      if (c !== undefined) claims.push(c);
    }
    return claims.sort((a, b) => this.claimOrder(a, b));
  }

  /** The fact's row, made once per fact. */
  rowOf(f: Fact): FactRow {
    let row = this.rows.get(f.id);
    if (row) return row;
    const sourceIds = this.sortSources(f.sourceIds);
    const ordinals: number[] = [];
    const labels: string[] = [];
    for (const id of sourceIds) {
      ordinals.push(this.ordinalOf(id));
      labels.push(this.labelOf(id));
    }
    const claims: ClaimRef[] = [];
    for (const c of this.claimsOfFact(f)) claims.push(this.claimRef(c));
    row = {
      id: f.id,
      kind: f.kind,
      kindLabel: kindHeading(f.kind),
      label: f.label,
      status: f.status,
      statusLabel: statusLabels[f.status],
      statusIcon: statusIcons[f.status],
      sourceCount: sourceIds.length,
      sourceIds,
      sourceOrdinals: ordinals.join(" "),
      sourceLabels: labels,
      values: [...f.values],
      note: this.labelNote(f.note),
      weight: f.weight,
      claims,
    };
    this.rows.set(f.id, row);
    return row;
  }
}

function reportSource(ix: ReportIndex, s: Source, i: number, seg: SegmentedSource | undefined, tally: SourceTally | undefined, claims: number): ReportSource {
  const sentences = seg ? [...seg.sentences].sort(byStart) : [];
  const paragraphs = seg ? [...seg.paragraphs].sort(byStart) : [];
  return {
    ordinal: i + 1,
    id: s.id,
    label: ix.labelOf(s.id),
    file: s.file,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    published: s.published,
    language: s.language,
    encoding: s.encoding,
    words: seg?.words ?? 0,
    sentences: sentences.length,
    paragraphs: paragraphs.length,
    claims,
    factsUnique: tally?.factsUnique ?? 0,
    factsConflicting: tally?.factsConflicting ?? 0,
    duplicateOf: s.duplicateOf,
    anchor: `source-${i + 1}`,
    textParagraphs: paragraphPieces(new CodePointIndex(s.text), paragraphs, sentences, ix, s.id),
  };
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** A conflicting fact's block: its readings, the values grouped by what they say, and its chart's points. */
function conflictBlock(ix: ReportIndex, f: Fact): ConflictBlock {
  const fact = ix.rowOf(f);
  const claims = ix.claimsOfFact(f);
  // "at least 12" and "12" are the same reading for the summary's tally
  const groups = new Map<string, ValueGroup & { labels: Set<string>; bare: string; first: number }>();
  for (const c of claims) {
    const key = comparableValue(c);
    const label = valueLabelOf(c);
    const g = groups.get(key.key) ?? { valueLabel: label, sourceIds: [], sourceLabels: [], labels: new Set<string>(), bare: key.bare, first: groups.size };
    g.labels.add(label);
    if (!g.sourceIds.includes(c.sourceId)) {
      g.sourceIds.push(c.sourceId);
      g.sourceLabels.push(ix.labelOf(c.sourceId));
    }
    groups.set(key.key, g);
  }
  // stable: larger groups first, ties keep first appearance
  const valueGroups: ValueGroup[] = [];
  for (const g of [...groups.values()].sort(largerGroupFirst)) {
    valueGroups.push({ valueLabel: g.labels.size === 1 ? g.valueLabel : g.bare, sourceIds: g.sourceIds, sourceLabels: g.sourceLabels });
  }
  // Dates stay out: their values are day counts that read badly on a number axis.
  const chart: ChartPoint[] = [];
  const units = new Set<string>();
  for (const c of claims) {
    if (c.kind !== "quantity" || (c.value == null && (c.valueMin == null || c.valueMax == null))) continue;
    const min = c.valueMin ?? c.value!;
    const max = c.valueMax ?? c.value!;
    chart.push({
      sourceId: c.sourceId,
      sourceLabel: ix.labelOf(c.sourceId),
      value: c.value ?? (min + max) / 2,
      min: Math.min(min, max),
      max: Math.max(min, max),
      valueLabel: valueLabelOf(c),
    });
    units.add(c.unit);
  }
  return {
    fact,
    readings: fact.claims,
    valueGroups,
    chart: chart.length >= 2 ? chart : [],
    chartUnit: units.size === 1 ? [...units][0] : "",
  };
}

function largerGroupFirst(a: { sourceIds: readonly string[]; first: number }, b: { sourceIds: readonly string[]; first: number }): number {
  return b.sourceIds.length - a.sourceIds.length || a.first - b.first;
}

/** One fact's row of the coverage matrix: a cell per source. */
function coverageRow(row: FactRow, f: Fact, sources: readonly { id: string }[]): CoverageRow {
  const cells: CoverageRow["cells"] = [];
  for (const s of sources) {
    const mine: ClaimRef[] = [];
    for (const c of row.claims) if (c.sourceId === s.id) mine.push(c);
    cells.push({
      sourceId: s.id,
      reported: mine.length > 0 || row.sourceIds.includes(s.id),
      value: coverageValue(mine),
      anchor: mine[0]?.anchor ?? "",
    });
  }
  return {
    factId: f.id,
    label: f.label,
    kind: f.kind,
    status: f.status,
    statusLabel: row.statusLabel,
    statusIcon: row.statusIcon,
    sourceOrdinals: row.sourceOrdinals,
    cells,
  };
}

/** Turn the pipeline's outputs into the report both formats lay out. Pure and deterministic. */
export function buildReportModel(input: RenderInput): ReportModel {
  const { ingest, segment, extract, reconcile } = input;
  const sources = ingest.sources;
  const ix = new ReportIndex(input);

  const segmented = new Map(segment.sources.map((s) => [s.sourceId, s]));
  const claimCount = new Map<string, number>();
  for (const es of extract.sources) claimCount.set(es.sourceId, es.claims.length);
  const tallies = new Map(reconcile.tallies.map((t) => [t.sourceId, t]));
  const factsInIdOrder = [...reconcile.facts].sort((a, b) => byString(a.id, b.id));

  const reportSources: ReportSource[] = [];
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    reportSources.push(reportSource(ix, s, i, segmented.get(s.id), tallies.get(s.id), claimCount.get(s.id) ?? 0));
  }
  const { event, dates } = reportEvent(sources, reconcile.entities);
  const counts = reportCounts(ix, input);
  // in the order of the report's sections: a fact's row is built on first use
  const conflicts = conflictBlocks(ix, reconcile.facts);
  const factGroups = factGroupsByKind(ix, reconcile.facts);

  const coverageSources = reportSources.map((s) => ({ id: s.id, label: s.label, ordinal: s.ordinal }));
  const coverageRows: CoverageRow[] = [];
  for (const f of factsInIdOrder) coverageRows.push(coverageRow(ix.rowOf(f), f, coverageSources));

  return {
    title: event.headline ? `Triangulate: ${event.headline}` : "Triangulate: comparison of sources",
    subtitle: `A comparison of ${plural(sources.length, "news article")}`,
    date: dates.length ? dates[dates.length - 1] : "",
    keywords: event.topEntities,
    event,
    counts,
    sources: reportSources,
    topConflicts: topConflicts(conflicts),
    conflicts,
    factGroups,
    coverage: { sources: coverageSources, rows: coverageRows, perSource: sourceCoverage(reportSources, tallies, reconcile.facts) },
    names: nameEntries(ix, reconcile),
    quotes: quoteGroups(ix, factsInIdOrder),
    reuse: reusePairs(ix, reconcile.reuse),
    method: { paragraphs: methodParagraphs, limits: methodLimits, notices: methodNotices(input.diagnostics) },
  };
}

// One function per section of the report. (Not for speed: V8 inlines most of
// them back into buildReportModel; in a 300-story corpus run, compiling the
// model went from 114 to 90 ms.)

/** What the event is, from the articles' titles, most-named entities and dates (sorted, for the report's date). */
function reportEvent(sources: readonly Source[], entities: readonly Entity[]): { event: ReportEvent; dates: string[] } {
  const titles = [...new Set(sources.map((s) => s.title.trim()).filter((t) => t !== ""))];
  const headline = representativeTitle(titles);
  const topEntities = [...entities]
    .sort(
      (a, b) =>
        b.sourceIds.length - a.sourceIds.length || b.mentionCount - a.mentionCount || byString(a.name, b.name),
    )
    .slice(0, 6)
    .map((e) => e.name);
  const dates = [...new Set(sources.map((s) => s.published).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))].sort();
  const published = dates.length === 0 ? "" : dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
  const description =
    `${plural(sources.length, "article")} about ${headline ? `“${headline}”` : "one event"}` +
    (topEntities.length ? `, most often naming ${topEntities.slice(0, 4).join(", ")}` : "") +
    (published ? `; published ${published}` : "") +
    ".";
  return { event: { headline, titles, topEntities, published, description }, dates };
}

function reportCounts(ix: ReportIndex, input: RenderInput): ReportCounts {
  const { reconcile } = input;
  const facts = reconcile.facts;
  return {
    sources: input.ingest.sources.length,
    facts: facts.length,
    agree: facts.filter((f) => f.status === "agree").length,
    conflict: facts.filter((f) => f.status === "conflict").length,
    singleSource: facts.filter((f) => f.status === "single_source").length,
    claims: ix.claimsById.size,
    entities: reconcile.entities.length,
    quotes: facts.filter((f) => f.kind === "quote").length,
    reusePairs: reconcile.reuse.length,
  };
}

/** The conflicts, most important first. */
function conflictBlocks(ix: ReportIndex, facts: readonly Fact[]): ConflictBlock[] {
  const conflictFacts = facts
    .filter((f) => f.status === "conflict")
    .sort((a, b) => b.weight - a.weight || b.sourceIds.length - a.sourceIds.length || byString(a.id, b.id));
  const conflicts: ConflictBlock[] = [];
  for (const f of conflictFacts) conflicts.push(conflictBlock(ix, f));
  return conflicts;
}

function topConflicts(conflicts: readonly ConflictBlock[]): TopConflict[] {
  return conflicts.slice(0, 5).map((c) => ({
    factId: c.fact.id,
    sentence:
      `${c.fact.label}: ` +
      c.valueGroups
        .map(
          (g) =>
            `${plural(g.sourceIds.length, "source")} (${namesInShort(g.sourceLabels)}) ${g.sourceIds.length === 1 ? "says" : "say"} ${g.valueLabel}`,
        )
        .join("; ") +
      ".",
  }));
}

/** Agreements and single-source facts, by kind. */
function factGroupsByKind(ix: ReportIndex, facts: readonly Fact[]): FactGroup[] {
  const groupKinds = [...new Set(facts.filter((f) => f.kind !== "quote").map((f) => f.kind as string))].sort(
    (a, b) => kindRank(a) - kindRank(b) || byString(a, b),
  );
  return groupKinds
    .map((kind) => {
      const inKind = facts.filter((f) => f.kind === kind && f.status !== "conflict");
      const order = (a: Fact, b: Fact) => b.sourceIds.length - a.sourceIds.length || byString(a.id, b.id);
      const agree = inKind.filter((f) => f.status === "agree").sort(order);
      const single = inKind.filter((f) => f.status === "single_source").sort(order);
      return {
        kind,
        heading: kindHeading(kind),
        facts: [...agree, ...single].map((f) => ix.rowOf(f)),
        agreeCount: agree.length,
        singleSourceCount: single.length,
      };
    })
    .filter((g) => g.facts.length > 0);
}

/** Per source: the facts only it reports and the facts it leaves out. */
function sourceCoverage(reportSources: readonly ReportSource[], tallies: ReadonlyMap<string, SourceTally>, facts: readonly Fact[]): SourceCoverage[] {
  const factsById = new Map(facts.map((f) => [f.id, f]));
  const factRefs = (ids: readonly string[]): FactRef[] =>
    [...ids]
      .sort(byString)
      .map((id) => ({ id, label: factsById.get(id)?.label ?? id }));
  return reportSources.map((s) => {
    const t = tallies.get(s.id);
    return { sourceId: s.id, label: s.label, unique: factRefs(t?.unique ?? []), omitted: factRefs(t?.omitted ?? []) };
  });
}

function nameEntries(ix: ReportIndex, reconcile: RenderInput["reconcile"]): NameEntry[] {
  const labelOf = (id: string) => ix.labelOf(id);
  const sourceOrder = (a: string, b: string) => ix.sourceOrder(a, b);
  const mentionsByEntity = new Map<string, { text: string; sourceId: string }[]>();
  for (const m of reconcile.mentions) {
    const list = mentionsByEntity.get(m.entityId) ?? [];
    list.push({ text: m.text, sourceId: m.sourceId });
    mentionsByEntity.set(m.entityId, list);
  }
  return [...reconcile.entities]
    .sort(
      (a, b) =>
        b.sourceIds.length - a.sourceIds.length || b.mentionCount - a.mentionCount || byString(a.name, b.name) || byString(a.id, b.id),
    )
    .map((e) => nameEntry(e, mentionsByEntity.get(e.id) ?? [], sourceOrder, labelOf));
}

function quoteGroups(ix: ReportIndex, factsInIdOrder: readonly Fact[]): QuoteGroup[] {
  return factsInIdOrder
    .filter((f) => f.kind === "quote")
    .map((f) => {
      const row = ix.rowOf(f);
      const speakers = new Map<string, number>();
      for (const c of row.claims) if (c.speaker) speakers.set(c.speaker, (speakers.get(c.speaker) ?? 0) + 1);
      const speaker = [...speakers.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0] ?? "";
      const wordings = new Set(row.claims.map((c) => normaliseWording(c.text)));
      return {
        factId: f.id,
        speaker,
        status: f.status,
        statusLabel: row.statusLabel,
        statusIcon: row.statusIcon,
        sourceCount: row.sourceCount,
        sourceOrdinals: row.sourceOrdinals,
        wordingDiffers: wordings.size > 1,
        note: row.note,
        versions: row.claims,
      };
    })
    .sort((a, b) => b.sourceCount - a.sourceCount || byString(a.factId, b.factId));
}

/** Copied text, most similar pairs first. */
function reusePairs(ix: ReportIndex, reuse: RenderInput["reconcile"]["reuse"]): ReusePair[] {
  return [...reuse]
    .sort((a, b) => b.similarity - a.similarity || b.sharedWords - a.sharedWords || ix.sourceOrder(a.sourceA, b.sourceA) || ix.sourceOrder(a.sourceB, b.sourceB))
    .map((r) => ({
      sourceA: r.sourceA,
      sourceB: r.sourceB,
      labelA: ix.labelOf(r.sourceA),
      labelB: ix.labelOf(r.sourceB),
      similarity: r.similarity,
      similarityLabel: `${Math.round(r.similarity * 100)}%`,
      sharedWords: r.sharedWords,
      longestPassage: r.longestPassage,
    }));
}

/** Problems met while reading the articles, for the method section (fatal ones stop the run before this). */
function methodNotices(diagnostics: RenderInput["diagnostics"]): MethodSection["notices"] {
  return diagnostics
    .filter((d) => d.severity !== "fatal")
    .map((d) => ({
      severity: d.severity,
      where: d.file ? `${d.file}${d.line != null ? `:${d.line}${d.column != null ? `:${d.column}` : ""}` : ""}` : "",
      reason: d.reason,
    }));
}

/** What one source says for a fact, as the coverage cell shows it: its distinct words. */
export function coverageValue(claims: readonly { text: string }[]): string {
  // one claim per cell is the common case, and a 500-source story has tens of thousands of cells
  if (claims.length === 1) return claims[0].text;
  const texts = new Set<string>();
  for (const c of claims) texts.add(c.text);
  return [...texts].join("|");
}

function normaliseWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’'«»]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function foldWord(w: string): string {
  return w.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

/**
 * True when the same word is written two ways ("Tocorón"/"Tocoron",
 * "Guerrero"/"Guerero"); a title or a shorter form ("Minister … Ceballos",
 * "Ceballos") is not a different spelling.
 */
export function wordsSpelledDifferently(variants: readonly string[]): boolean {
  const words = [...new Set(variants.flatMap((v) => v.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter((w) => w.length >= 3)))];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = foldWord(words[i]);
      const b = foldWord(words[j]);
      if (a === b) return true;
      if (a.length >= 5 && b.length >= 5 && withinOneEdit(a, b)) return true;
    }
  }
  return false;
}

function nameEntry(
  e: Entity,
  mentions: readonly { text: string; sourceId: string }[],
  sourceOrder: (a: string, b: string) => number,
  labelOf: (id: string) => string,
): NameEntry {
  const variants = new Map<string, { text: string; sourceIds: string[]; count: number; first: number }>();
  mentions.forEach((m, i) => {
    const v = variants.get(m.text) ?? { text: m.text, sourceIds: [], count: 0, first: i };
    v.count++;
    if (!v.sourceIds.includes(m.sourceId)) v.sourceIds.push(m.sourceId);
    variants.set(m.text, v);
  });
  // entities.csv variants the mentions did not cover (a name with its title
  // removed) are only shown when no mention says where a spelling is used
  if (variants.size === 0) for (const text of e.variants) variants.set(text, { text, sourceIds: [], count: 0, first: 0 });
  const list = [...variants.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first || byString(a.text, b.text))
    .map((v) => {
      const sourceIds = [...v.sourceIds].sort(sourceOrder);
      return { text: v.text, sourceIds, sourceLabels: sourceIds.map(labelOf), count: v.count };
    });
  const spellingsDiffer = wordsSpelledDifferently(list.map((v) => v.text));
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    sourceCount: e.sourceIds.length,
    mentionCount: e.mentionCount,
    spellingsDiffer,
    variants: list,
  };
}
