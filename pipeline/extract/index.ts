/**
 * The extract stage: for each source, what it says (claims: quantities,
 * dates, listed items, quotes) and whom it names (mentions). Body sentences
 * only — titles and headings repeat the body — and nothing from duplicates,
 * non-English sources or boilerplate spans.
 */
import type { IngestOutput, Source } from "../ingest/schema.ts";
import type { SegmentOutput, Sentence } from "../segment/schema.ts";
import type { Claim, ExtractOutput, ExtractedSource, Mention } from "./schema.ts";
import { CodePointIndex } from "../codePoints.ts";
import { sentenceView, toSourceOffset, type SentenceView } from "./sentenceTokens.ts";
import type { ClaimDraft, TakenRanges } from "./claimDraft.ts";
import { dateClaims } from "./dateClaims.ts";
import { quantityClaims } from "./quantityClaims.ts";
import { listItems } from "./listItems.ts";
import { findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { findAttributions, type Attribution } from "./attributions.ts";

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

/** claims and mentions of one source */
export function extractSource(source: Source, sentences: readonly Sentence[]): ExtractedSource {
  if (source.duplicateOf !== "" || source.language !== "en") return { sourceId: source.id, claims: [], mentions: [] };
  const body = sentences.filter((s) => s.kind === "body");
  const mentions: Mention[] = findMentions(source, body);
  const quotes = findQuotes(source, body, mentions);
  const attributions = findAttributions(source, body, mentions);
  // texts without astral characters need no offset map: code points equal UTF-16 units
  const index = /[\uD800-\uDFFF]/.test(source.text) ? new CodePointIndex(source.text) : null;
  const boiler = source.boilerplate.map((b) => [b.start, b.end] as const);
  const drafts: Array<Omit<Claim, "id">> = [];
  for (const sentence of body) {
    if (boiler.some(([a, b]) => sentence.start < b && a < sentence.end)) continue;
    const text = index ? index.slice(sentence.start, sentence.end) : source.text.slice(sentence.start, sentence.end);
    const view = sentenceView(sentence.index, text, sentence.start);
    for (const d of sentenceDrafts(view, source.published)) drafts.push(toClaim(source, view, d));
  }
  for (const q of quotes) drafts.push(q);
  creditClaims(drafts, quotes, attributions);
  return { sourceId: source.id, claims: numberClaims(source.id, drafts), mentions };
}

/** every rule family over one sentence; dates first so their numbers are not counted as quantities */
export function sentenceDrafts(view: SentenceView, published: string): ClaimDraft[] {
  const dates = dateClaims(view, published);
  const taken: TakenRanges = dates.map((d) => [d.start, d.end] as const);
  const quantities = quantityClaims(view, taken);
  const items = listItems(view);
  return [...dates, ...quantities, ...items];
}

function toClaim(source: Source, view: SentenceView, d: ClaimDraft): Omit<Claim, "id"> {
  const start = toSourceOffset(view, d.start);
  const end = toSourceOffset(view, d.end);
  return {
    sourceId: source.id, kind: d.kind, text: view.text.slice(d.start, d.end), start, end, sentenceIndex: view.index,
    value: d.value, valueMin: d.valueMin, valueMax: d.valueMax, unit: d.unit, qualifier: d.qualifier,
    verb: d.verb, key: d.key, context: d.context, speaker: "", attribution: "",
  };
}

/** a claim inside a quote is the quote's speaker's; one inside an attributed span is cited */
function creditClaims(claims: Array<Omit<Claim, "id">>, quotes: ReadonlyArray<Omit<Claim, "id">>, attributions: readonly Attribution[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.kind === "quote") continue;
    const q = quotes.find((q) => q.start <= c.start && c.end <= q.end);
    if (q) {
      claims[i] = { ...c, speaker: q.speaker, attribution: "quote" };
      continue;
    }
    const a = attributions.find((a) => a.coversStart <= c.start && c.end <= a.coversEnd);
    if (a) claims[i] = { ...c, speaker: a.speaker, attribution: "cited" };
  }
}

/** ids `<source>:<kind letter><n>`, numbered per kind in source order */
function numberClaims(sourceId: string, claims: Array<Omit<Claim, "id">>): Claim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const counters = new Map<string, number>();
  return sorted.map((c) => {
    const letter = ID_LETTER[c.kind];
    const n = (counters.get(letter) ?? 0) + 1;
    counters.set(letter, n);
    return { id: `${sourceId}:${letter}${n}`, ...c };
  });
}
