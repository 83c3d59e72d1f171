/** Runs ingest and segment on one invented article and the name, quote and attribution rules on it. */
import { ingest } from "../../pipeline/ingest/index.ts";
import { segment } from "../../pipeline/segment/index.ts";
import { CodePointIndex } from "../../pipeline/codePoints.ts";
import { findMentions } from "../../pipeline/extract/entities.ts";
import { findQuotes } from "../../pipeline/extract/quotes.ts";
import { findAttributions } from "../../pipeline/extract/attributions.ts";
import type { Source } from "../../pipeline/ingest/schema.ts";

export function analyse(text: string, patch: Partial<Source> = {}) {
  const ing = ingest([{ name: "story.txt", bytes: new TextEncoder().encode(text) }]);
  const source: Source = { ...ing.sources[0], ...patch };
  const sentences = segment(ing).sources[0].sentences;
  const mentions = findMentions(source, sentences);
  const quotes = findQuotes(source, sentences, mentions);
  const attributions = findAttributions(source, sentences, mentions);
  const index = new CodePointIndex(source.text);
  return { source, sentences, mentions, quotes, attributions, slice: (s: number, e: number) => index.slice(s, e) };
}
