/**
 * What a rule family finds before index.ts gives it an id, a source and a
 * speaker: a span in UTF-16 units of the sentence text plus the claim's
 * values. index.ts converts the span to code points in the source.
 */
import type { Claim } from "./schema.ts";

export type ClaimDraft = Pick<Claim, "kind" | "value" | "valueMin" | "valueMax" | "unit" | "qualifier" | "verb" | "key" | "context"> & {
  /** UTF-16 offsets inside the sentence text, end exclusive */
  start: number;
  end: number;
};

/** UTF-16 ranges of a sentence already claimed by an earlier family (dates before quantities) */
export type TakenRanges = Array<readonly [number, number]>;

export function overlapsTaken(taken: TakenRanges, start: number, end: number): boolean {
  for (const [a, b] of taken) if (start < b && a < end) return true;
  return false;
}
