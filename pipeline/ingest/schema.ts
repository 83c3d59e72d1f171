/**
 * Ingest's output contract: one decoded article per source, with the spans
 * of page furniture (boilerplate) marked but left in place so that every
 * offset later stages report points into `text` as it stands here.
 */
import { Schema } from "effect";
import { Diagnostic } from "../diagnostics.ts";

export const BoilerplateSpan = Schema.Struct({
  start: Schema.Number,
  end: Schema.Number,
  text: Schema.String,
  /** which pattern set it aside, e.g. `boilerplate:read-more` */
  rule: Schema.String,
});
export type BoilerplateSpan = typeof BoilerplateSpan.Type;

export const Source = Schema.Struct({
  /** file name without extension, made safe */
  id: Schema.String,
  /** file name as found in the input folder */
  file: Schema.String,
  format: Schema.Literals(["txt", "md", "html"]),
  /** how the bytes were decoded: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 */
  encoding: Schema.String,
  sha256: Schema.String,
  /** decoded article text; for HTML the text the markup reduces to. All offsets count code points in this. */
  text: Schema.String,
  title: Schema.String,
  publisher: Schema.String,
  author: Schema.String,
  /**
   * ISO date (YYYY-MM-DD) when the article states one, else "". A wire dateline without a year
   * ("MANAUS, June 12 (Reuters) -") takes the year of the other articles' dates (with a notice).
   */
  published: Schema.String,
  /** ISO 639-1 guess, "en" for English */
  language: Schema.String,
  boilerplate: Schema.Array(BoilerplateSpan),
  /** id of an earlier source with the same text, else "" */
  duplicateOf: Schema.String,
});
export type Source = typeof Source.Type;

export const SkippedFile = Schema.Struct({ file: Schema.String, reason: Schema.String });

export const IngestOutput = Schema.Struct({
  sources: Schema.Array(Source),
  skipped: Schema.Array(SkippedFile),
  diagnostics: Schema.Array(Diagnostic),
});
export type IngestOutput = typeof IngestOutput.Type;
