/**
 * The extract stage: for each source, what it says (claims: quantities,
 * dates, listed items, quotes) and whom it names (mentions). Body sentences
 * only — titles and headings repeat the body — and nothing from duplicates,
 * non-English sources or boilerplate spans.
 */
import type { IngestOutput, Source } from "../ingest/schema.ts";
import type { SegmentOutput, Sentence } from "../segment/schema.ts";
import type { Claim, ExtractOutput, ExtractedSource, Mention } from "./schema.ts";
import { sourceTokens } from "./nameTokens.ts";
import { sourceSentenceView, toSourceOffset, TokenPool, type SentenceView } from "./sentenceTokens.ts";
import type { ClaimDraft, TakenRanges } from "./claimDraft.ts";
import { dateClaims, referenceDate, type Reference } from "./dateClaims.ts";
import { quantityClaims } from "./quantityClaims.ts";
import { listItems } from "./listItems.ts";
import { findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { findAttributions, type Attribution } from "./attributions.ts";
import { sortUnlessOrdered } from "./stableSort.ts";

/**
 * a claim while the stage builds it: its own fresh object, completed in place (speaker, then id), made
 * with `id` as its first key so that the finished claim needs no second copy
 */
type Draft = { -readonly [K in keyof Claim]: Claim[K] };

const ID_LETTER: Record<Claim["kind"], string> = { quantity: "q", date: "d", item: "i", quote: "qt", event: "e" };
const KIND_ORDER: Record<Claim["kind"], number> = { date: 0, quantity: 1, item: 2, quote: 3, event: 4 };

export function extract(ingest: IngestOutput, segment: SegmentOutput): ExtractOutput {
  const segmented = new Map(segment.sources.map((s) => [s.sourceId, s]));
  const sources: ExtractedSource[] = [];
  for (const source of ingest.sources) {
    const seg = segmented.get(source.id);
    sources.push(extractSource(source, seg ? seg.sentences : []));
  }
  return { sources };
}

/** A figure too long for a double ("1" × 330) is not a reading anyone can compare; it is dropped. */
function hasFiniteValues(c: { value: number | null; valueMin: number | null; valueMax: number | null }): boolean {
  return finiteOrNull(c.value) && finiteOrNull(c.valueMin) && finiteOrNull(c.valueMax);
}

function finiteOrNull(v: number | null): boolean {
  return v === null || Number.isFinite(v);
}

/** claims and mentions of one source */
export function extractSource(source: Source, sentences: readonly Sentence[]): ExtractedSource {
  if (source.duplicateOf !== "" || source.language !== "en") return { sourceId: source.id, claims: [], mentions: [] };
  const body = sentences.filter((s) => s.kind === "body");
  const mentions: Mention[] = findMentions(source, body);
  const quotes = findQuotes(source, body, mentions);
  const attributions = findAttributions(source, body, mentions);
  // the offsets the name rules built for this source (a text without astral characters needs no map, and
  // its sentences need no second look for surrogates)
  const { offsets } = sourceTokens(source, body);
  const boiler = source.boilerplate;
  const drafts: Draft[] = [];
  const ref = referenceDate(source.published);
  // the sentence rules keep no token past their sentence (drafts hold offsets and strings): one set of token
  // objects serves every sentence of the source
  const tokenPool = new TokenPool();
  for (const sentence of body) {
    if (touchesBoilerplate(boiler, sentence.start, sentence.end)) continue;
    const view = sourceSentenceView(sentence.index, source.text, offsets.toUnit(sentence.start), offsets.toUnit(sentence.end), sentence.start, !offsets.astral, tokenPool);
    for (const d of sentenceDrafts(view, source.published, ref)) {
      const claim = toClaim(source, view, d);
      if (hasFiniteValues(claim)) drafts.push(claim);
    }
  }
  for (const q of quotes) drafts.push(quoteDraft(q));
  creditClaims(drafts, quotes, attributions);
  return { sourceId: source.id, claims: numberClaims(source.id, drafts), mentions };
}

function touchesBoilerplate(boiler: Source["boilerplate"], start: number, end: number): boolean {
  for (const b of boiler) if (start < b.end && b.start < end) return true;
  return false;
}

/** every rule family over one sentence; dates first so their numbers are not counted as quantities */
export function sentenceDrafts(view: SentenceView, published: string, ref: Reference | null = referenceDate(published)): ClaimDraft[] {
  const drafts = dateClaims(view, published, ref);
  const taken: TakenRanges = drafts.map((d) => [d.start, d.end] as const);
  for (const d of quantityClaims(view, taken)) drafts.push(d);
  for (const d of listItems(view)) drafts.push(d);
  return drafts;
}

function toClaim(source: Source, view: SentenceView, d: ClaimDraft): Draft {
  const start = toSourceOffset(view, d.start);
  const end = toSourceOffset(view, d.end);
  return {
    id: "", sourceId: source.id, kind: d.kind, text: view.text.slice(d.start, d.end), start, end, sentenceIndex: view.index,
    value: d.value, valueMin: d.valueMin, valueMax: d.valueMax, unit: d.unit, qualifier: d.qualifier,
    verb: d.verb, key: d.key, context: d.context, speaker: "", attribution: "",
  };
}

/** a claim inside a quote is the quote's speaker's; one inside an attributed span is cited */
function creditClaims(claims: Draft[], quotes: ReadonlyArray<Omit<Claim, "id">>, attributions: readonly Attribution[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.kind === "quote") continue;
    // the drafts are this stage's own fresh objects, so they are completed in place
    const q = quoteAround(quotes, c.start, c.end);
    if (q) {
      c.speaker = q.speaker;
      c.attribution = "quote";
      continue;
    }
    const a = attributionAround(attributions, c.start, c.end);
    if (a) {
      c.speaker = a.speaker;
      c.attribution = "cited";
    }
  }
}

function quoteAround(quotes: ReadonlyArray<Omit<Claim, "id">>, start: number, end: number): Omit<Claim, "id"> | undefined {
  for (const q of quotes) if (q.start <= start && end <= q.end) return q;
  return undefined;
}

function attributionAround(attributions: readonly Attribution[], start: number, end: number): Attribution | undefined {
  for (const a of attributions) if (a.coversStart <= start && end <= a.coversEnd) return a;
  return undefined;
}

/** a quote claim as a draft of this stage's own (the quote rule's object is left as it is) */
function quoteDraft(q: Omit<Claim, "id">): Draft {
  // written out rather than spread (the key order is the one every claim has)
  return {
    id: "", sourceId: q.sourceId, kind: q.kind, text: q.text, start: q.start, end: q.end, sentenceIndex: q.sentenceIndex,
    value: q.value, valueMin: q.valueMin, valueMax: q.valueMax, unit: q.unit, qualifier: q.qualifier, verb: q.verb, key: q.key,
    context: q.context, speaker: q.speaker, attribution: q.attribution,
  };
}

function inSourceOrder(a: Draft, b: Draft): number {
  return a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** ids `<source>:<kind letter><n>`, numbered per kind in source order; sorts and completes the drafts in place */
function numberClaims(sourceId: string, claims: Draft[]): Claim[] {
  sortUnlessOrdered(claims, inSourceOrder);
  const counters = new Map<string, number>();
  for (const c of claims) {
    const letter = ID_LETTER[c.kind];
    const n = (counters.get(letter) ?? 0) + 1;
    counters.set(letter, n);
    c.id = `${sourceId}:${letter}${n}`;
  }
  return claims;
}
