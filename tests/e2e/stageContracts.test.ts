/**
 * The stage contracts (pipeline/<stage>/schema.ts) as run.ts checks them on
 * every run: real output passes through untouched, and output that breaks a
 * contract stops the run with the diagnostic a consumer decoding the stage's
 * JSON would get — what failed, and where.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { ExtractOutput } from "../../pipeline/extract/schema.ts";
import { readInputFolder } from "../../pipeline/files.ts";
import { IngestOutput } from "../../pipeline/ingest/schema.ts";
import { ReconcileOutput } from "../../pipeline/reconcile/schema.ts";
import { analyse, checkStageOutput } from "../../pipeline/run.ts";
import { SegmentOutput } from "../../pipeline/segment/schema.ts";

const articles = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "events", "wesseling-fire", "articles");
const out = analyse(readInputFolder(articles));
const claimSource = out.extract.sources.findIndex((s) => s.claims.length > 1 && s.mentions.length > 0);

/** The error checkStageOutput throws, with the error decoding the same value throws. */
function rejection<T>(schema: Schema.Codec<T, T>, value: unknown): { message: string; decoderMessage: string } {
  const messageOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error("accepted");
  };
  return { message: messageOf(() => checkStageOutput(schema, value)), decoderMessage: messageOf(() => Schema.decodeUnknownSync(schema)(value)) };
}

function broken<T>(value: T, breakIt: (copy: any) => void): unknown {
  const copy = structuredClone(value);
  breakIt(copy);
  return copy;
}

describe("stage contracts", () => {
  it("pass real output on as it is", () => {
    expect(claimSource).toBeGreaterThanOrEqual(0);
    expect(checkStageOutput(IngestOutput, out.ingest)).toBe(out.ingest);
    expect(checkStageOutput(SegmentOutput, out.segment)).toBe(out.segment);
    expect(checkStageOutput(ExtractOutput, out.extract)).toBe(out.extract);
    expect(checkStageOutput(ReconcileOutput, out.reconcile)).toBe(out.reconcile);
  });

  it.each([
    ["a claim value that is not finite", (v: any) => (v.sources[claimSource].claims[1].value = Infinity), `Expected a finite number\n  at ["sources"][${claimSource}]["claims"][1]["value"]`],
    ["a claim range bound that is NaN", (v: any) => (v.sources[claimSource].claims[0].valueMin = NaN), `Expected a finite number\n  at ["sources"][${claimSource}]["claims"][0]["valueMin"]`],
    ["a claim without its attribution", (v: any) => delete v.sources[claimSource].claims[0].attribution, `Missing key\n  at ["sources"][${claimSource}]["claims"][0]["attribution"]`],
    ["a mention of an unknown type", (v: any) => (v.sources[claimSource].mentions[0].type = "animal"), `Expected "person" | "organization" | "place" | "other"\n  at ["sources"][${claimSource}]["mentions"][0]["type"]`],
    ["claims that are not a list", (v: any) => (v.sources[0].claims = {}), `Expected array\n  at ["sources"][0]["claims"]`],
  ])("reject extract output with %s, saying where", (_, breakIt, expected) => {
    const { message, decoderMessage } = rejection(ExtractOutput, broken(out.extract, breakIt));
    expect(message).toBe(expected);
    expect(message).toBe(decoderMessage);
  });

  it("reject ingest, segment and reconcile output that breaks its contract", () => {
    const cases: [Schema.Codec<any, any>, unknown, string][] = [
      [IngestOutput, broken(out.ingest, (v) => (v.sources[0].format = "pdf")), `Expected "txt" | "md" | "html"\n  at ["sources"][0]["format"]`],
      [IngestOutput, broken(out.ingest, (v) => delete v.sources[0].text), `Missing key\n  at ["sources"][0]["text"]`],
      [SegmentOutput, broken(out.segment, (v) => (v.sources[0].sentences[0].start = "0")), `Expected number\n  at ["sources"][0]["sentences"][0]["start"]`],
      [ReconcileOutput, broken(out.reconcile, (v) => (v.facts[0].status = "maybe")), `Expected "agree" | "conflict" | "single_source"\n  at ["facts"][0]["status"]`],
      [ReconcileOutput, broken(out.reconcile, (v) => (v.facts[0].values = [5])), `Expected string\n  at ["facts"][0]["values"][0]`],
      [ReconcileOutput, null, "Expected object"],
    ];
    for (const [schema, value, expected] of cases) {
      const { message, decoderMessage } = rejection(schema, value);
      expect(message).toBe(expected);
      expect(message).toBe(decoderMessage);
    }
  });
});
