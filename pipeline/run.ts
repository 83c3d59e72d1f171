/**
 *   input folder ──► ingest ──► segment ──► extract ──► reconcile ──► render ──► output folder
 *   (files.ts)       decode,    paragraphs, claims,     facts,        CSV, JSON,  (files.ts:
 *                    furniture  sentences   mentions    entities,     HTML, PDF    temp folder,
 *                    set aside                          reuse                      then swap)
 *
 * This is the only place the stages are wired together. Each stage is a pure
 * function of the previous stages' outputs; each output is checked against
 * its schema here and recorded in `stages/<stage>.json`.
 */
import { Schema } from "effect";
import { enable as compileContract } from "effect/schema/SchemaJITCompiler";
import { ingest, type InputFile, type IngestOptions } from "./ingest/index.ts";
import { IngestOutput } from "./ingest/schema.ts";
import { segment } from "./segment/index.ts";
import { SegmentOutput } from "./segment/schema.ts";
import { extract } from "./extract/index.ts";
import { ExtractOutput } from "./extract/schema.ts";
import { reconcile } from "./reconcile/index.ts";
import { ReconcileOutput } from "./reconcile/schema.ts";
import { render } from "./render/index.ts";
import { RenderManifest, type RenderedFile } from "./render/schema.ts";
import { createHash } from "node:crypto";
import { type Diagnostic } from "./diagnostics.ts";

export const stageNames = ["ingest", "segment", "extract", "reconcile", "render"] as const;
export type StageName = (typeof stageNames)[number];

export interface RunOptions extends IngestOptions {
  /** called before each stage starts, for progress lines */
  onStage?: (stage: StageName, index: number) => void;
}

export interface RunResult {
  files: RenderedFile[];
  diagnostics: readonly Diagnostic[];
  ingest: IngestOutput;
  segment: SegmentOutput;
  extract: ExtractOutput;
  reconcile: ReconcileOutput;
}

// Every run checks each stage's output: effect compiles these contracts once into
// plain validation code, where its interpreter would rebuild the whole value on
// every check. An invalid value still gets the interpreter's detailed issue.
for (const contract of [IngestOutput, SegmentOutput, ExtractOutput, ReconcileOutput]) compileContract(contract.ast);

/**
 * Check a stage's output against its contract, as a consumer reading it back would.
 * A contract is its own encoding (`Codec<T, T>`, no transformations), so valid
 * output, i.e. every run's, is validated in place by the contract's compiled guard
 * and passed on as it is, where decoding would only copy it. Invalid output is
 * decoded, which throws the contract's diagnostics (a SchemaError naming the path).
 */
export function checkStageOutput<T>(schema: Schema.Codec<T, T>, value: unknown): T {
  if (Schema.is(schema)(value)) return value;
  return Schema.decodeUnknownSync(schema)(value);
}

function stageJson(name: string, value: unknown): RenderedFile {
  return { path: `stages/${name}.json`, bytes: new TextEncoder().encode(JSON.stringify(value, null, 1) + "\n") };
}

/** Text → tables: every stage but render. Used by the CLI, the bench and the tests. */
export function analyse(files: readonly InputFile[], options: RunOptions = {}) {
  const step = (s: StageName) => options.onStage?.(s, stageNames.indexOf(s));
  step("ingest");
  const ingested = checkStageOutput(IngestOutput, ingest(files, options));
  step("segment");
  const segmented = checkStageOutput(SegmentOutput, segment(ingested));
  step("extract");
  const extracted = checkStageOutput(ExtractOutput, extract(ingested, segmented));
  step("reconcile");
  const reconciled = checkStageOutput(ReconcileOutput, reconcile(ingested, segmented, extracted));
  return { ingest: ingested, segment: segmented, extract: extracted, reconcile: reconciled };
}

export async function run(files: readonly InputFile[], options: RunOptions = {}): Promise<RunResult> {
  const analysed = analyse(files, options);
  options.onStage?.("render", stageNames.indexOf("render"));
  const rendered = await render({ ...analysed, diagnostics: analysed.ingest.diagnostics });
  const diagnostics = [...analysed.ingest.diagnostics, ...rendered.diagnostics];
  const stageFiles = [
    stageJson("ingest", analysed.ingest),
    stageJson("segment", analysed.segment),
    stageJson("extract", analysed.extract),
    stageJson("reconcile", analysed.reconcile),
    stageJson(
      "render",
      checkStageOutput(RenderManifest, {
        files: rendered.files.map((f) => ({ path: f.path, size: f.bytes.length, sha256: createHash("sha256").update(f.bytes).digest("hex") })),
      }),
    ),
  ];
  return { files: [...rendered.files, ...stageFiles], diagnostics, ...analysed };
}
