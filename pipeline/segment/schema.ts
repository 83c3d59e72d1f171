/**
 * Segment's output contract: paragraphs and sentences with code-point
 * offsets into `Source.text`. Boilerplate spans produce no units.
 */
import { Schema } from "effect";

export const Paragraph = Schema.Struct({
  index: Schema.Number,
  start: Schema.Number,
  end: Schema.Number,
  /** title = first line; heading = short line without final punctuation */
  kind: Schema.Literals(["title", "heading", "body"]),
});
export type Paragraph = typeof Paragraph.Type;

export const Sentence = Schema.Struct({
  /** position in the source, 0-based, counting body sentences and headings alike */
  index: Schema.Number,
  paragraph: Schema.Number,
  start: Schema.Number,
  end: Schema.Number,
  text: Schema.String,
  kind: Schema.Literals(["title", "heading", "body"]),
});
export type Sentence = typeof Sentence.Type;

export const SegmentedSource = Schema.Struct({
  sourceId: Schema.String,
  paragraphs: Schema.Array(Paragraph),
  sentences: Schema.Array(Sentence),
  words: Schema.Number,
});
export type SegmentedSource = typeof SegmentedSource.Type;

export const SegmentOutput = Schema.Struct({ sources: Schema.Array(SegmentedSource) });
export type SegmentOutput = typeof SegmentOutput.Type;
