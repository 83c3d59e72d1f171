/** Shares of different groups are different facts; the same share of the same group agrees. Invented teachers' strike. */
import { describe, expect, it } from "vitest";
import { reconcile } from "../../pipeline/reconcile/index.ts";
import { buildCorpus, type SourceSpec } from "./corpusFixture.ts";

const strike: SourceSpec[] = [
  {
    id: "a",
    text: "A survey found a third of respondents plan to quit. About a third of lessons were cancelled.",
    claims: [
      { find: "a third of respondents", value: 33.3, unit: "percent", key: "percent", context: "respondent" },
      { find: "About a third of lessons", value: 33.3, unit: "percent", key: "percent", qualifier: "about", context: "lesson" },
    ],
  },
  {
    id: "b",
    text: "Roughly a third of lessons did not take place on Tuesday.",
    claims: [{ find: "Roughly a third of lessons", value: 33.3, unit: "percent", key: "percent", qualifier: "about", context: "lesson" }],
  },
];

describe("shares", () => {
  const c = buildCorpus(strike);
  const out = reconcile(c.ingest, c.segment, c.extract);
  const factOf = (claimId: string) => out.assignments.find((a) => a.claimId === claimId)?.factId;

  it("groups the same share of the same group across sources and keeps another group's share apart", () => {
    const lessons = factOf("a:q2");
    expect(lessons).toBeDefined();
    expect(factOf("b:q1")).toBe(lessons);
    expect(factOf("a:q1")).not.toBe(lessons);
    expect(out.facts.every((f) => f.status !== "conflict")).toBe(true);
  });
});
