/**
 * Reconcile: every source's claims → facts with a verdict, mentions →
 * entities, shared passages → reuse, and a tally per source. Pure: the
 * inputs are read, never changed, and the same inputs give the same output.
 */
import type { Claim, ExtractOutput } from "../extract/schema.ts";
import type { IngestOutput } from "../ingest/schema.ts";
import type { SegmentOutput } from "../segment/schema.ts";
import { claimFeatures, type ClaimFeatures } from "./claimFeatures.ts";
import { factLabel } from "./factLabels.ts";
import { groupFacts, type FactGroup } from "./groupFacts.ts";
import { factNote, shortIds } from "./notes.ts";
import { resolveEntities } from "./resolveEntities.ts";
import type { ClaimAssignment, Fact, FactStatus, ReconcileOutput } from "./schema.ts";

type Assignment = typeof ClaimAssignment.Type;
import { sourceTallies } from "./sourceTallies.ts";
import { findReuse } from "./textReuse.ts";
import { storyMonths, storyYears, yearsIn } from "./timeFrame.ts";
import { fold } from "./wordForms.ts";

/** `counted`: the sources that count for the fact's claims */
function statusOf(g: FactGroup, counted: ReadonlySet<string>): FactStatus {
  if (counted.size < 2) return "single_source";
  if (g.kind === "quantity" && g.valueClusters.length > 1) return "conflict";
  return "agree";
}

/** 0..1: conflicts on widely reported facts matter most, facts from one source least. */
function weightOf(status: FactStatus, sourceShare: number): number {
  const w = status === "conflict" ? 0.5 + 0.5 * sourceShare : status === "agree" ? 0.25 + 0.5 * sourceShare : 0.25 * sourceShare;
  return Math.round(Math.min(1, Math.max(0, w)) * 1000) / 1000;
}

/**
 * The entity a person's name stands for, looked up first among the names that source gives, then among
 * all sources' when only one entity carries it. `mentions` are resolveEntities' output, one per extracted
 * mention in the same order.
 */
function peopleByName(extracted: readonly ExtractOutput["sources"][number][], mentions: readonly { entityId: string }[]): (sourceId: string, name: string) => string | null {
  const inSource = new Map<string, string>();
  const anywhere = new Map<string, string | null>();
  // a surname alone ("Mason, 19") is the one person of that surname the same source names in full
  const bySurname = new Map<string, string | null>();
  const once = (map: Map<string, string | null>, key: string, entity: string) => {
    const known = map.get(key);
    map.set(key, known === undefined || known === entity ? entity : null);
  };
  // built when first asked: most stories give few ages, many give none
  let built = false;
  const build = () => {
    built = true;
    let k = 0;
    for (const s of extracted) {
      for (const m of s.mentions) {
        const entity = mentions[k++]?.entityId;
        // (any type: a surname alone is sometimes read as an organisation or "other")
        if (!entity) continue;
        const name = fold(m.name.trim() || m.text.trim());
        inSource.set(`${s.sourceId}\u0000${name}`, entity);
        once(anywhere, name, entity);
        const words = name.split(/\s+/);
        if (m.type === "person" && words.length > 1) once(bySurname, `${s.sourceId}\u0000${words[words.length - 1]}`, entity);
      }
    }
  };
  return (sourceId, name) => {
    if (!built) build();
    const folded = fold(name);
    // (a lone surname may also stand as a mention of its own that entity resolution left apart)
    const person = /\s/.test(folded) ? undefined : bySurname.get(`${sourceId}\u0000${folded}`);
    return person ?? inSource.get(`${sourceId}\u0000${folded}`) ?? anywhere.get(folded) ?? null;
  };
}

export function reconcile(ingest: IngestOutput, segment: SegmentOutput, extract: ExtractOutput): ReconcileOutput {
  const sources = ingest.sources;
  const sourceOrder = new Map(sources.map((s, i) => [s.id, i]));
  const extracted = [...extract.sources].sort(
    (a, b) => (sourceOrder.get(a.sourceId) ?? Infinity) - (sourceOrder.get(b.sourceId) ?? Infinity) || (a.sourceId < b.sourceId ? -1 : 1),
  );

  // sentence text by index (an array: indexes are 0, 1, 2… in order, and any other number is a key all the same)
  const sentenceText = new Map<string, string[]>();
  // (the loops over every sentence and claim are indexed: they run once per call, mostly before the JIT has compiled them)
  for (const s of segment.sources) {
    const byIndex: string[] = [];
    const sentences = s.sentences;
    for (let k = 0; k < sentences.length; k++) byIndex[sentences[k].index] = sentences[k].text;
    sentenceText.set(s.sourceId, byIndex);
  }
  // claims come source by source: the last source's sentences are kept at hand
  let lastSource: string | null = null;
  let lastSentences: string[] | undefined;
  const sentenceOf = (c: Claim) => {
    if (c.sourceId !== lastSource) {
      lastSource = c.sourceId;
      lastSentences = sentenceText.get(c.sourceId);
    }
    return lastSentences?.[c.sentenceIndex] ?? "";
  };

  const claims: Claim[] = [];
  for (const s of extracted) for (let k = 0; k < s.claims.length; k++) claims.push(s.claims[k]);
  // the years each sentence names, asked for by both
  const namedYears = new Map<string, readonly number[]>();
  const yearsOf = (sentence: string) => {
    let named = namedYears.get(sentence);
    if (!named) {
      named = yearsIn(sentence);
      namedYears.set(sentence, named);
    }
    return named;
  };
  const years = storyYears(sources, claims, sentenceOf, yearsOf);
  const { entities, mentions } = resolveEntities(extracted.map((s) => ({ sourceId: s.sourceId, mentions: s.mentions })));
  const personOf = peopleByName(extracted, mentions);
  const features = claimFeatures(claims, { sources, sentenceOf, storyYears: years, storyMonths: storyMonths(sources), yearsIn: yearsOf, personOf });
  const groups = groupFacts(features);

  const { reuse, copiesOf } = findReuse(sources);
  const noteContext = { shortId: shortIds(sources.map((s) => s.id)), copiesOf };
  const allCounted = new Set<string>();
  // (claims come source by source, so a source repeats the one before far more often than not)
  for (let i = 0; i < features.length; i++) {
    if (i === 0 || features[i].countedSource !== features[i - 1].countedSource) allCounted.add(features[i].countedSource);
  }
  const totalCounted = allCounted.size || 1;

  // the fact of each claim, by the claim's place in `claims` (every claim is in exactly one fact)
  const factOfClaim: string[] = new Array(claims.length);
  // the sources that count for each fact
  const countedOfFact: Set<string>[] = [];
  // (a loop, not a map callback: V8 drops a per-call closure's optimised code at each full collection)
  const facts: Fact[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const id = `F${String(i + 1).padStart(3, "0")}`;
    const counted = new Set<string>();
    const sourceIds: string[] = [];
    // sources not among ingest's all stand at one position and may take turns: only those need a set
    let unlisted: Set<string> | null = null;
    const values = new Set<string>();
    const claimIds: string[] = new Array(g.claims.length);
    let previous: ClaimFeatures | null = null;
    // (one pass over the fact's claims: each claim is read while it is at hand)
    for (let k = 0; k < g.claims.length; k++) {
      const c = g.claims[k];
      claimIds[k] = c.claim.id;
      factOfClaim[c.position] = id;
      // (a fact's claims are in source order: a claim mostly repeats the source and value of the one before)
      if (c.countedSource !== previous?.countedSource) counted.add(c.countedSource);
      // (in source order a listed source's claims stand together: one that differs from the claim before is new)
      if (c.claim.sourceId !== previous?.claim.sourceId) {
        if (c.sourceIndex < sources.length) sourceIds.push(c.claim.sourceId);
        else if (!(unlisted ??= new Set()).has(c.claim.sourceId)) {
          unlisted.add(c.claim.sourceId);
          sourceIds.push(c.claim.sourceId);
        }
      }
      if (c.display !== previous?.display) values.add(c.display);
      previous = c;
    }
    const status = statusOf(g, counted);
    countedOfFact.push(counted);
    facts.push({
      id,
      kind: g.kind,
      label: factLabel(g),
      status,
      sourceIds,
      values: [...values],
      claimIds,
      note: factNote(g, status, noteContext, [...counted]),
      weight: weightOf(status, counted.size / totalCounted),
    });
  }

  const assignments: Assignment[] = claims.map((c, k) => ({ claimId: c.id, factId: factOfClaim[k] }));

  const countedOf = new Map<string, string>();
  for (let i = 0; i < features.length; i++) {
    if (i === 0 || features[i].claim.sourceId !== features[i - 1].claim.sourceId) countedOf.set(features[i].claim.sourceId, features[i].countedSource);
  }
  const duplicateOf = new Map(sources.map((s) => [s.id, s.duplicateOf]));
  const tallies = sourceTallies(
    sources.map((s) => s.id),
    facts,
    (id) => countedOf.get(id) ?? (duplicateOf.get(id) || id),
    countedOfFact,
  );

  return { facts, assignments, entities, mentions, reuse, tallies };
}
