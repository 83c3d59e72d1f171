/**
 * A story told by 200 sources (shared wire lines, competing figures, lists,
 * quotes, names) still reconciles to the right facts. How its cost grows
 * with size is measured by `npm run bench`, not here.
 */
import { describe, expect, it } from "vitest";
import { reconcile } from "../../pipeline/reconcile/index.ts";
import { buildCorpus } from "./corpusFixture.ts";
import { syntheticFlood } from "./syntheticFlood.ts";

describe("reconcile on a large story", () => {
  it("still finds the story's facts at 200 sources", () => {
    const c = buildCorpus(syntheticFlood(200));
    const out = reconcile(c.ingest, c.segment, c.extract);
    const toll = out.facts.find((f) => f.claimIds.includes("s000:q1"))!;
    expect(toll.sourceIds).toHaveLength(200);
    expect(toll.status).toBe("agree");
    const evacuated = out.facts.find((f) => f.claimIds.includes("s000:q2"))!;
    expect(evacuated.status).toBe("conflict");
    expect(evacuated.sourceIds).toHaveLength(200);
    expect(out.entities.filter((e) => e.type === "person")).toHaveLength(1);
  }, 60_000);
});
