/**
 * One story, start to finish, inside a worker thread: read its folder, run
 * every stage, write its files into the corpus's temporary output folder,
 * and hand back only a small summary (the bytes never cross threads).
 */
import { diagnose, FatalDiagnostic, type Diagnostic } from "../diagnostics.ts";
import { listTree, readInputFolder, writeFilesInto } from "../files.ts";
import { run, type RunResult } from "../run.ts";
import type { OutputFile, StorySummary } from "./manifest.ts";

export interface StoryTask {
  /** the story's folder name in the input (for messages) */
  folder: string;
  inputDir: string;
  /** absolute folder to write into; created by the worker */
  outDir: string;
  strict: boolean;
}

export type StoryOutcome =
  | { ok: true; summary: StorySummary; files: OutputFile[]; diagnostics: Diagnostic[] }
  | { ok: false; failure: Diagnostic; diagnostics: Diagnostic[] };

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts for the corpus index; the top conflict is the one on the most weighty, most widely reported fact. */
export function summarise(result: Pick<RunResult, "ingest" | "reconcile">): StorySummary {
  const conflicts = result.reconcile.facts.filter((f) => f.status === "conflict");
  const top = [...conflicts].sort((a, b) => b.weight - a.weight || b.sourceIds.length - a.sourceIds.length || compareIds(a.id, b.id))[0];
  return {
    sources: result.ingest.sources.length,
    facts: result.reconcile.facts.length,
    conflicts: conflicts.length,
    topConflict: top ? `${top.label}: ${top.values.join(" vs ")}` : "",
  };
}

function inStory(folder: string, d: Diagnostic): Diagnostic {
  return { ...d, file: d.file ? `${folder}/${d.file}` : folder };
}

export async function buildStory(task: StoryTask): Promise<StoryOutcome> {
  try {
    const files = readInputFolder(task.inputDir);
    const result = await run(files, { inputLabel: task.folder });
    const diagnostics = result.diagnostics.map((d) => inStory(task.folder, d));
    const warnings = diagnostics.filter((d) => d.severity === "warning" || d.severity === "error");
    if (task.strict && warnings.length > 0) {
      return { ok: false, failure: inStory(task.folder, diagnose("cli:strict", [warnings.length])), diagnostics };
    }
    writeFilesInto(task.outDir, result.files);
    return { ok: true, summary: summarise(result), files: listTree(task.outDir), diagnostics };
  } catch (e) {
    if (e instanceof FatalDiagnostic) return { ok: false, failure: inStory(task.folder, e.diagnostic), diagnostics: [] };
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { ok: false, failure: inStory(task.folder, diagnose("corpus:story-crashed", [message])), diagnostics: [] };
  }
}

export default buildStory;
