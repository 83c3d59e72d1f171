/**
 * Reconcile's output contract: facts (claims about the same thing grouped
 * across sources, with a verdict), entities (names merged across sources),
 * text reuse between sources, and per-source tallies.
 */
import { Schema } from "effect";
import { ClaimKind, EntityType } from "../extract/schema.ts";

export const FactStatus = Schema.Literals(["agree", "conflict", "single_source"]);
export type FactStatus = typeof FactStatus.Type;

export const Fact = Schema.Struct({
  /** `F001`…, ordered by kind then first appearance */
  id: Schema.String,
  kind: ClaimKind,
  label: Schema.String,
  status: FactStatus,
  sourceIds: Schema.Array(Schema.String),
  /** distinct values as reported, in order of first appearance */
  values: Schema.Array(Schema.String),
  claimIds: Schema.Array(Schema.String),
  note: Schema.String,
  /** 0..1, how much this fact matters for the summary (conflicts on widely reported facts first) */
  weight: Schema.Number,
});
export type Fact = typeof Fact.Type;

/** claim id → fact id */
export const ClaimAssignment = Schema.Struct({ claimId: Schema.String, factId: Schema.String });

export const Entity = Schema.Struct({
  id: Schema.String,
  type: EntityType,
  name: Schema.String,
  variants: Schema.Array(Schema.String),
  sourceIds: Schema.Array(Schema.String),
  mentionCount: Schema.Number,
});
export type Entity = typeof Entity.Type;

export const EntityMention = Schema.Struct({
  entityId: Schema.String,
  sourceId: Schema.String,
  text: Schema.String,
  sentenceIndex: Schema.Number,
  start: Schema.Number,
  end: Schema.Number,
});
export type EntityMention = typeof EntityMention.Type;

export const Reuse = Schema.Struct({
  sourceA: Schema.String,
  sourceB: Schema.String,
  /** Jaccard similarity of word 5-gram shingles, 0..1 */
  similarity: Schema.Number,
  sharedWords: Schema.Number,
  longestPassage: Schema.String,
});
export type Reuse = typeof Reuse.Type;

export const SourceTally = Schema.Struct({
  sourceId: Schema.String,
  factsUnique: Schema.Number,
  factsConflicting: Schema.Number,
  /** facts most other sources report that this one leaves out */
  omitted: Schema.Array(Schema.String),
  /** facts only this source reports */
  unique: Schema.Array(Schema.String),
});
export type SourceTally = typeof SourceTally.Type;

export const ReconcileOutput = Schema.Struct({
  facts: Schema.Array(Fact),
  assignments: Schema.Array(ClaimAssignment),
  entities: Schema.Array(Entity),
  mentions: Schema.Array(EntityMention),
  reuse: Schema.Array(Reuse),
  tallies: Schema.Array(SourceTally),
});
export type ReconcileOutput = typeof ReconcileOutput.Type;
