/**
 * Reconcile: every source's claims → facts with a verdict, mentions →
 * entities, shared passages → reuse, and a tally per source. Pure: the
 * inputs are read, never changed, and the same inputs give the same output.
 */
import type { Claim, ExtractOutput } from "../extract/schema.ts";
import type { IngestOutput } from "../ingest/schema.ts";
import type { SegmentOutput } from "../segment/schema.ts";
import { claimFeatures } from "./claimFeatures.ts";
import { factLabel } from "./factLabels.ts";
import { groupFacts, type FactGroup } from "./groupFacts.ts";
import { factNote, shortIds } from "./notes.ts";
import { resolveEntities } from "./resolveEntities.ts";
import type { ClaimAssignment, Fact, FactStatus, ReconcileOutput } from "./schema.ts";

type Assignment = typeof ClaimAssignment.Type;
import { sourceTallies } from "./sourceTallies.ts";
import { copyPairs, findReuse } from "./textReuse.ts";
import { storyMonths, storyYears } from "./timeFrame.ts";

function statusOf(g: FactGroup): FactStatus {
  const counted = new Set(g.claims.map((c) => c.countedSource));
  if (counted.size < 2) return "single_source";
  if (g.kind === "quantity" && g.valueClusters.length > 1) return "conflict";
  return "agree";
}

/** 0..1: conflicts on widely reported facts matter most, facts from one source least. */
function weightOf(status: FactStatus, sourceShare: number): number {
  const w = status === "conflict" ? 0.5 + 0.5 * sourceShare : status === "agree" ? 0.25 + 0.5 * sourceShare : 0.25 * sourceShare;
  return Math.round(Math.min(1, Math.max(0, w)) * 1000) / 1000;
}

export function reconcile(ingest: IngestOutput, segment: SegmentOutput, extract: ExtractOutput): ReconcileOutput {
  const sources = ingest.sources;
  const sourceOrder = new Map(sources.map((s, i) => [s.id, i]));
  const extracted = [...extract.sources].sort(
    (a, b) => (sourceOrder.get(a.sourceId) ?? Infinity) - (sourceOrder.get(b.sourceId) ?? Infinity) || (a.sourceId < b.sourceId ? -1 : 1),
  );

  const sentenceText = new Map<string, Map<number, string>>();
  for (const s of segment.sources) sentenceText.set(s.sourceId, new Map(s.sentences.map((x) => [x.index, x.text])));
  const sentenceOf = (c: Claim) => sentenceText.get(c.sourceId)?.get(c.sentenceIndex) ?? "";

  const claims = extracted.flatMap((s) => s.claims);
  const years = storyYears(sources, claims, sentenceOf);
  const features = claimFeatures(claims, { sources, sentenceOf, storyYears: years, storyMonths: storyMonths(sources) });
  const groups = groupFacts(features);

  const reuse = findReuse(sources);
  const noteContext = { shortId: shortIds(sources.map((s) => s.id)), copiesOf: copyPairs(reuse) };
  const totalCounted = new Set(features.map((f) => f.countedSource)).size || 1;

  const facts: Fact[] = groups.map((g, i) => {
    const status = statusOf(g);
    const counted = new Set(g.claims.map((c) => c.countedSource));
    return {
      id: `F${String(i + 1).padStart(3, "0")}`,
      kind: g.kind,
      label: factLabel(g),
      status,
      sourceIds: [...new Set(g.claims.map((c) => c.claim.sourceId))],
      values: [...new Set(g.claims.map((c) => c.display))],
      claimIds: g.claims.map((c) => c.claim.id),
      note: factNote(g, status, noteContext),
      weight: weightOf(status, counted.size / totalCounted),
    };
  });

  const factOfClaim = new Map<string, string>();
  for (const f of facts) for (const id of f.claimIds) factOfClaim.set(id, f.id);
  const assignments: Assignment[] = claims.map((c) => ({ claimId: c.id, factId: factOfClaim.get(c.id)! }));

  const { entities, mentions } = resolveEntities(extracted.map((s) => ({ sourceId: s.sourceId, mentions: s.mentions })));

  const countedOf = new Map(features.map((f) => [f.claim.sourceId, f.countedSource]));
  const duplicateOf = new Map(sources.map((s) => [s.id, s.duplicateOf]));
  const tallies = sourceTallies(
    sources.map((s) => s.id),
    facts,
    (id) => countedOf.get(id) ?? (duplicateOf.get(id) || id),
  );

  return { facts, assignments, entities, mentions, reuse, tallies };
}
