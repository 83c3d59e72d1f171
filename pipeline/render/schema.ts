/**
 * Render's output contract: the files of one comparison, as bytes, with the
 * relative path each is written to. The CLI writes them atomically.
 */
import { Schema } from "effect";

export const RenderedFile = Schema.Struct({
  /** relative to the output folder, forward slashes, never `..` */
  path: Schema.String,
  bytes: Schema.Uint8Array,
});
export type RenderedFile = typeof RenderedFile.Type;

/** What is recorded in `stages/render.json`: the list, not the bytes. */
export const RenderManifest = Schema.Struct({
  files: Schema.Array(Schema.Struct({ path: Schema.String, size: Schema.Number, sha256: Schema.String })),
});
export type RenderManifest = typeof RenderManifest.Type;
