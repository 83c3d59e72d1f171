import { describe, expect, it } from "vitest";
import { extract, extractSource } from "../../pipeline/extract/index.ts";
import { article, slicesMatch } from "./articleFixture.ts";

const FLOOD = `River bursts its banks in Dunmore
Flood waters swept through Dunmore on Tuesday, killing at least 12 people.
Emergency Crews
More than 400 soldiers were deployed to evacuate about 3,000 residents 🚣 from 14 villages.
Volunteers handed out blankets, bottled water, torches and dry food.
Read more: 5 tips to prepare for a flood`;

describe("extract stage", () => {
  it("gives every claim an exact code-point slice, even after astral characters", () => {
    const { source, sentences } = article(FLOOD);
    const claims = extractSource(source, sentences).claims;
    expect(claims.length).toBeGreaterThan(5);
    expect(slicesMatch(source, claims)).toEqual([]);
    expect(claims.find((c) => c.text === "14 villages")).toBeDefined();
  });

  it("numbers claims per kind in source order: q, d, i", () => {
    const { source, sentences } = article(FLOOD);
    const ids = extractSource(source, sentences).claims.map((c) => `${c.id}=${c.text}`);
    expect(ids.slice(0, 5)).toEqual(["fx:d1=on Tuesday", "fx:q1=at least 12 people", "fx:q2=More than 400 soldiers", "fx:q3=about 3,000 residents", "fx:q4=14 villages"]);
    expect(ids).toContain("fx:i1=blankets");
  });

  it("reads body sentences only: titles and headings repeat the body", () => {
    const { source, sentences } = article("Ferry carrying 300 passengers sinks\nThe ferry sank with 300 passengers on board.");
    const claims = extractSource(source, sentences).claims;
    expect(claims.map((c) => c.sentenceIndex)).toEqual([1]);
  });

  it("skips boilerplate spans", () => {
    const { source, sentences } = article(FLOOD);
    const start = source.text.indexOf("Read more");
    const withBoiler = { ...source, boilerplate: [{ start, end: source.text.length - 1, text: "", rule: "boilerplate:read-more" }] };
    // the fixture has no astral characters before "Read more" but one inside the text: convert to code points
    const cp = Array.from(source.text.slice(0, start)).length;
    withBoiler.boilerplate = [{ start: cp, end: Array.from(source.text).length, text: "", rule: "boilerplate:read-more" }];
    const claims = extractSource(withBoiler, sentences).claims;
    expect(claims.some((c) => c.text.includes("5 tips"))).toBe(false);
  });

  it("gives duplicates and non-English sources no claims", () => {
    const { source, sentences } = article(FLOOD);
    expect(extractSource({ ...source, duplicateOf: "other" }, sentences).claims).toEqual([]);
    expect(extractSource({ ...source, language: "es" }, sentences).claims).toEqual([]);
  });

  it("maps every ingested source and leaves its input untouched", () => {
    const a = article(FLOOD);
    const b = article("Quake\nA 6.1-magnitude quake shook the coast on 4 May 2022.", {});
    const ingest = { sources: [a.source, { ...b.source, id: "b" }], skipped: [], diagnostics: [] };
    const segment = {
      sources: [
        { sourceId: "fx", paragraphs: [], sentences: a.sentences, words: 0 },
        { sourceId: "b", paragraphs: [], sentences: b.sentences, words: 0 },
      ],
    };
    const before = JSON.stringify({ ingest, segment });
    const out = extract(ingest, segment);
    expect(JSON.stringify({ ingest, segment })).toBe(before);
    expect(out.sources.map((s) => s.sourceId)).toEqual(["fx", "b"]);
    expect(out.sources[1].claims.map((c) => [c.text, c.key])).toEqual([["A 6.1-magnitude quake", "magnitude"], ["on 4 May 2022", "2022-05-04"]]);
    expect(JSON.stringify(extract(ingest, segment))).toBe(JSON.stringify(out));
  });
});
