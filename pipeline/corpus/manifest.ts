/**
 * The content-hash manifest kept in a corpus output folder. A story is
 * rebuilt unless its key — a hash of its input files, the pipeline version
 * (package.json), the pipeline's own source files, templates and lock file,
 * and the options that change its outcome — equals the key recorded for it
 * last time and its output folder still holds the files recorded then.
 *
 * No clock and no absolute paths go in, so the manifest is as deterministic
 * as the rest of the output.
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Option, Schema } from "effect";
import { readFileIfExists, treeDigest } from "../files.ts";

export const MANIFEST_FILE = "corpus-manifest.json";
const FORMAT = 1;

export const StorySummary = Schema.Struct({
  sources: Schema.Number,
  facts: Schema.Number,
  conflicts: Schema.Number,
  /** the conflict on the most widely reported fact, "" when there is none */
  topConflict: Schema.String,
});
export type StorySummary = typeof StorySummary.Type;

export const OutputFile = Schema.Struct({ path: Schema.String, size: Schema.Number });
export type OutputFile = typeof OutputFile.Type;

export const ManifestEntry = Schema.Struct({
  /** the story's folder name in the input, as found */
  folder: Schema.String,
  key: Schema.String,
  files: Schema.Array(OutputFile),
  summary: StorySummary,
});
export type ManifestEntry = typeof ManifestEntry.Type;

export const Manifest = Schema.Struct({
  format: Schema.Literal(FORMAT),
  pipeline: Schema.String,
  /** by output folder name */
  stories: Schema.Record(Schema.String, ManifestEntry),
});
export type Manifest = typeof Manifest.Type;

const root = fileURLToPath(new URL("../../", import.meta.url));

function sha256(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(`${p}\u0000`);
  return hash.digest("hex");
}

let pipelineDigestMemo: string | undefined;

/** The pipeline version as far as outputs are concerned: code, templates, dependencies. */
export function pipelineDigest(): string {
  if (pipelineDigestMemo) return pipelineDigestMemo;
  const text = (p: string) => new TextDecoder().decode(readFileIfExists(root + p) ?? new Uint8Array());
  let version = "";
  try {
    version = String((JSON.parse(text("package.json")) as { version?: unknown }).version ?? "");
  } catch {
    version = "";
  }
  pipelineDigestMemo = sha256(
    `version ${version}`,
    treeDigest(root + "pipeline", (path) => !path.endsWith(".md")),
    treeDigest(root + "templates"),
    sha256(text("package-lock.json")),
  );
  return pipelineDigestMemo;
}

export interface StoryKeyOptions {
  strict: boolean;
}

export function storyKey(inputDigest: string, pipeline: string, options: StoryKeyOptions): string {
  return sha256(pipeline, inputDigest, `strict=${options.strict}`);
}

/** The manifest of a previous run, or null when there is none or it cannot be read. */
export function readManifest(outDir: string): Manifest | null {
  const bytes = readFileIfExists(`${outDir}/${MANIFEST_FILE}`);
  if (!bytes) return null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  return Option.getOrNull(Schema.decodeUnknownOption(Manifest)(json));
}

export function manifestJson(pipeline: string, entries: ReadonlyMap<string, ManifestEntry>): Uint8Array {
  const stories = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest: Manifest = { format: FORMAT, pipeline, stories };
  return new TextEncoder().encode(JSON.stringify(manifest, null, 1) + "\n");
}

/** True when `actual` lists the same files with the same sizes as recorded. */
export function sameFiles(recorded: readonly OutputFile[], actual: readonly OutputFile[]): boolean {
  return recorded.length === actual.length && recorded.every((f, i) => f.path === actual[i].path && f.size === actual[i].size);
}
