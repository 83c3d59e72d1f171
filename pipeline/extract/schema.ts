/**
 * Extract's output contract: what each source says (claims) and whom it
 * names (mentions). Every `text` equals the source's text sliced at
 * [start, end) in code points.
 */
import { Schema } from "effect";

export const ClaimKind = Schema.Literals(["quantity", "date", "item", "quote", "event"]);
export type ClaimKind = typeof ClaimKind.Type;

export const Qualifier = Schema.Literals(["", "more_than", "at_least", "about", "fewer_than", "at_most", "exactly"]);
export type Qualifier = typeof Qualifier.Type;

export const Claim = Schema.Struct({
  /** `<sourceId>:<kind initial><n>`, stable for the same input */
  id: Schema.String,
  sourceId: Schema.String,
  kind: ClaimKind,
  text: Schema.String,
  start: Schema.Number,
  end: Schema.Number,
  sentenceIndex: Schema.Number,
  /** the number as said; for dates, days since 1970-01-01 when resolvable */
  value: Schema.NullOr(Schema.Finite),
  valueMin: Schema.NullOr(Schema.Finite),
  valueMax: Schema.NullOr(Schema.Finite),
  /** what is counted or measured ("police officers and soldiers", "year", "usd"); for dates "date" */
  unit: Schema.String,
  qualifier: Qualifier,
  /** lemma of the verb that says what happened to the counted thing (killed, arrested, transferred) */
  verb: Schema.String,
  /** normalised head used to group across sources: counted noun lemma, item head, ISO date, quote words */
  key: Schema.String,
  /** for items: what the list is about (found, seized, activities); for others, free context words */
  context: Schema.String,
  /** who said it or is credited, as named in the article ("" when it is the outlet's own claim) */
  speaker: Schema.String,
  /** how the claim is credited: "" (outlet's own), quote, cited (according to / told / said) */
  attribution: Schema.Literals(["", "quote", "cited"]),
});
export type Claim = typeof Claim.Type;

export const EntityType = Schema.Literals(["person", "organization", "place", "other"]);
export type EntityType = typeof EntityType.Type;

export const Mention = Schema.Struct({
  sourceId: Schema.String,
  /** the words as they stand, title included when it precedes the name */
  text: Schema.String,
  /** the name without a title ("Nicolás Maduro" for "President Nicolás Maduro") */
  name: Schema.String,
  title: Schema.String,
  type: EntityType,
  start: Schema.Number,
  end: Schema.Number,
  sentenceIndex: Schema.Number,
  /** a name this mention is declared equal to in the text ("Train from Aragua", "USGS") */
  alias: Schema.String,
});
export type Mention = typeof Mention.Type;

export const ExtractedSource = Schema.Struct({
  sourceId: Schema.String,
  claims: Schema.Array(Claim),
  mentions: Schema.Array(Mention),
});
export type ExtractedSource = typeof ExtractedSource.Type;

export const ExtractOutput = Schema.Struct({ sources: Schema.Array(ExtractedSource) });
export type ExtractOutput = typeof ExtractOutput.Type;
