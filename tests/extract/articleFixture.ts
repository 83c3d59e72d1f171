/**
 * Builds a Source and its sentences from plain text for extract tests, so
 * they do not depend on the ingest and segment stages. Paragraphs are lines;
 * sentences end at ". ", "! " or "? " before a capital; the first line is
 * the title. Offsets are code points, as in the contracts.
 */
import type { Source } from "../../pipeline/ingest/schema.ts";
import type { Sentence } from "../../pipeline/segment/schema.ts";
import { codePointLength, CodePointIndex } from "../../pipeline/codePoints.ts";
import type { Claim } from "../../pipeline/extract/schema.ts";
import { extractSource } from "../../pipeline/extract/index.ts";
import { expect } from "vitest";

export function article(text: string, over: Partial<Source> = {}): { source: Source; sentences: Sentence[] } {
  const source: Source = {
    id: "fx", file: "fx.txt", format: "txt", encoding: "utf-8", sha256: "", text, title: "", publisher: "", author: "",
    published: "", language: "en", boilerplate: [], duplicateOf: "", ...over,
  };
  const sentences: Sentence[] = [];
  let unit = 0;
  let paragraph = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") {
      const parts = line.split(/(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/u);
      let at = unit;
      for (const part of parts) {
        const u = text.indexOf(part, at);
        const start = codePointLength(text.slice(0, u));
        sentences.push({
          index: sentences.length, paragraph, start, end: start + codePointLength(part), text: part,
          kind: paragraph === 0 ? "title" : "body",
        });
        at = u + part.length;
      }
      paragraph++;
    }
    unit += line.length + 1;
  }
  return { source, sentences };
}

/** every claim's text must be the code-point slice of the source at [start, end) */
export function slicesMatch(source: Source, claims: readonly Claim[]): string[] {
  const index = new CodePointIndex(source.text);
  return claims.filter((c) => index.slice(c.start, c.end) !== c.text).map((c) => `${c.id}: ${JSON.stringify(c.text)} ≠ ${JSON.stringify(index.slice(c.start, c.end))}`);
}

/** The quantity claims of an invented article (a title line is added), checked to match their slices. */
export function quantities(body: string, published = "") {
  const { source, sentences } = article(`Title line\n${body}`, { published });
  const claims = extractSource(source, sentences).claims;
  expect(slicesMatch(source, claims)).toEqual([]);
  return claims.filter((c) => c.kind === "quantity");
}

/** The one quantity claim whose text is `text`. */
export function one(body: string, text: string) {
  const found = quantities(body).find((c) => c.text === text);
  expect(found, `no quantity ${JSON.stringify(text)} in ${JSON.stringify(quantities(body).map((c) => c.text))}`).toBeDefined();
  return found!;
}
