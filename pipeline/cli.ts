/**
 * The command line: `npm start [-- <input-dir>] [--out <dir>] [--strict]`.
 * A folder of story folders is compared story by story (corpus mode,
 * ./corpus/index.ts) with `--jobs` and `--force`.
 * Reads the folder, runs the pipeline, swaps the output folder in, and
 * prints one line per problem. Exit codes: 0 done, 1 bad input or failed
 * run, 2 bad usage.
 */
import { resolve } from "node:path";
import { diagnose, FatalDiagnostic, formatDiagnostic, messages, type Diagnostic } from "./diagnostics.ts";
import { corpusLayout, readInputFolder, recoverInterruptedRuns, removePendingTemps, writeOutputAtomically } from "./files.ts";

export const usage = `Usage: npm start -- [input-dir] [--out <out-dir>] [--strict]
       npm start -- <corpus-dir> --out <out-dir> [--jobs N] [--force]

Compares the news articles in input-dir (default: seeds/) and writes the
comparison to out-dir (default: output/): report.html, report.pdf, CSV
tables, datapackage.json and stages/.

Corpus mode: when the input folder holds no articles itself but sub-folders
that do, each sub-folder is one story, compared on its own into
out-dir/<story>/, with out-dir/index.html and out-dir/stories.csv listing
every story. Stories whose articles and pipeline version did not change
since the last run into out-dir keep their output and are not recomputed.

Options:
  --out <dir>   where to write the comparison (default: output)
  --strict      treat warnings (legacy encodings, duplicates, other languages) as failures
  --quiet       no progress lines
  --jobs N      corpus mode: stories compared in parallel (default: one per core)
  --force       corpus mode: recompute every story, even unchanged ones
  -h, --help    show this help`;

export interface CliArgs {
  input: string;
  out: string;
  strict: boolean;
  quiet: boolean;
  help: boolean;
  /** corpus mode: worker threads (null: one per core) */
  jobs: number | null;
  /** corpus mode: rebuild unchanged stories too */
  force: boolean;
}

function jobsValue(v: string | undefined): number {
  if (v === undefined || !/^[1-9]\d{0,3}$/.test(v)) throw new FatalDiagnostic(diagnose("cli:bad-jobs", [v ?? ""]));
  return Number(v);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { input: "seeds", out: "output", strict: false, quiet: false, help: false, jobs: null, force: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") positional.push(...argv.slice(i + 1));
    else if (a === "-h" || a === "--help") args.help = true;
    else if (a === "--strict") args.strict = true;
    else if (a === "--quiet") args.quiet = true;
    else if (a === "--force") args.force = true;
    else if (a === "--jobs" || a === "-j") args.jobs = jobsValue(argv[++i]);
    else if (a.startsWith("--jobs=")) args.jobs = jobsValue(a.slice(7));
    else if (a === "--out" || a === "-o") {
      const v = argv[++i];
      if (v === undefined) throw new FatalDiagnostic(diagnose("cli:unknown-option", [`${a} without a folder`]));
      args.out = v;
    } else if (a.startsWith("--out=")) args.out = a.slice(6);
    else if (a.startsWith("-")) throw new FatalDiagnostic(diagnose("cli:unknown-option", [a]));
    else positional.push(a);
    if (a === "--") break;
  }
  if (positional.length > 1) throw new FatalDiagnostic(diagnose("cli:unknown-option", [positional[1]]));
  if (positional[0] !== undefined) args.input = positional[0];
  return args;
}

export async function main(argv: readonly string[], stderr: NodeJS.WriteStream = process.stderr): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof FatalDiagnostic) {
      stderr.write(formatDiagnostic(e.diagnostic) + "\n");
      return 2;
    }
    throw e;
  }
  if (args.help) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const progress = stderr.isTTY && !args.quiet;
  const say = (d: Diagnostic) => {
    if (d.severity !== "info" || progress) stderr.write(formatDiagnostic(d) + "\n");
  };
  try {
    if (resolve(args.out) === resolve(args.input)) throw new FatalDiagnostic(diagnose("cli:out-inside-input", [args.out]));
    // an earlier run into this folder that was killed outright may have left a temp folder, or the previous output set aside
    recoverInterruptedRuns(args.out);
    const corpus = corpusLayout(args.input);
    if (corpus) {
      // loaded only here: a single comparison does not pay for the worker pool
      const { defaultJobs, isInside, runCorpus } = await import("./corpus/index.ts");
      if (isInside(args.input, args.out)) throw new FatalDiagnostic(diagnose("corpus:out-inside-input", [args.out]));
      for (const folder of corpus.empty) say(diagnose("corpus:skipped-folder", [], { file: folder }));
      const result = await runCorpus({
        input: args.input,
        out: args.out,
        stories: corpus.stories,
        jobs: args.jobs ?? defaultJobs(),
        force: args.force,
        strict: args.strict,
        stderr,
        progress: !args.quiet,
        verbose: progress,
      });
      if (!args.quiet) {
        stderr.write(`wrote ${args.out}/: ${result.stories} stories (${result.built} compared, ${result.unchanged} unchanged, ${result.failed} failed)\n`);
      }
      if (result.failed > 0) {
        stderr.write(formatDiagnostic(diagnose("corpus:stories-failed", [result.failed, result.stories])) + "\n");
        return 1;
      }
      return 0;
    }
    const files = readInputFolder(args.input);
    // loaded only here: in corpus mode the stages (vega, pdfkit, fonts) live
    // in the workers, and loading them in the main thread too cost ~40 MB
    const { run, stageNames } = await import("./run.ts");
    const result = await run(files, {
      inputLabel: args.input,
      onStage: (stage, i) => {
        if (progress) stderr.write(`[${i + 1}/${stageNames.length}] ${stage}…\n`);
      },
    });
    result.diagnostics.forEach(say);
    const warnings = result.diagnostics.filter((d) => d.severity === "warning" || d.severity === "error");
    if (args.strict && warnings.length > 0) throw new FatalDiagnostic(diagnose("cli:strict", [warnings.length]));
    // the stages run without a break, so a Ctrl-C pressed meanwhile is handled here, before anything is written
    await new Promise((done) => setImmediate(done));
    await writeOutputAtomically(args.out, result.files);
    if (progress) {
      const facts = result.reconcile.facts;
      const conflicts = facts.filter((f) => f.status === "conflict").length;
      stderr.write(`wrote ${args.out}/: ${result.ingest.sources.length} sources, ${facts.length} facts, ${conflicts} in conflict\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof FatalDiagnostic) {
      stderr.write(formatDiagnostic(e.diagnostic) + "\n");
      return 1;
    }
    const msg = e instanceof Error ? e.message : String(e);
    stderr.write(`error: ${messages["cli:internal"](msg.split("\n")[0])}\n`);
    if (process.env.TRIANGULATE_DEBUG) stderr.write(String((e as Error)?.stack) + "\n");
    return 1;
  }
}

const invokedDirectly = process.argv[1] && /cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      removePendingTemps();
      process.stderr.write(`\ninterrupted: ${messages["cli:interrupted"](signal)}\n`);
      process.exit(130);
    });
  }
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
