/**
 * Per source: the facts only it reports, the facts most other sources report
 * that it leaves out, and how many of its facts are in conflict.
 */
import type { Fact, SourceTally } from "./schema.ts";

/**
 * `countedOf` maps a source to the source it counts as (an exact duplicate
 * counts as the text it copies); facts list sources as reported, and `factSources` gives, fact by fact, the
 * sources that count for it (`countedOf` of its sources).
 */
export function sourceTallies(
  sourceIds: readonly string[],
  facts: readonly Fact[],
  countedOf: (id: string) => string,
  factSources: readonly ReadonlySet<string>[],
): SourceTally[] {
  const counted = [...new Set(sourceIds.map(countedOf))];
  const others = counted.length - 1;
  const unique = new Map<string, string[]>(counted.map((s) => [s, []]));
  const omitted = new Map<string, string[]>(counted.map((s) => [s, []]));
  const conflicting = new Map<string, number>(counted.map((s) => [s, 0]));
  // each fact is visited once; only widely reported facts are checked against every source
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const srcs = factSources[i];
    if (srcs.size === 1) unique.get([...srcs][0])?.push(f.id);
    if (f.status === "conflict") for (const s of srcs) conflicting.set(s, (conflicting.get(s) ?? 0) + 1);
    // "most others": more than half of the other sources, and at least two of them
    if (others >= 2 && srcs.size >= 2 && srcs.size > others / 2) {
      for (const s of counted) if (!srcs.has(s)) omitted.get(s)!.push(f.id);
    }
  }
  return sourceIds.map((sourceId) => {
    const me = countedOf(sourceId);
    const u = unique.get(me) ?? [];
    return { sourceId, factsUnique: u.length, factsConflicting: conflicting.get(me) ?? 0, omitted: omitted.get(me) ?? [], unique: u };
  });
}
