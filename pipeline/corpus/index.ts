/**
 * Corpus mode: a folder of story folders → one comparison per story
 * (`<out>/<story>/…`, the usual files) plus `index.html`, `stories.csv` and
 * the incremental-build manifest.
 *
 * Stories run in worker threads (piscina, one per core by default). A story
 * whose key (inputs + pipeline version, see manifest.ts) is unchanged keeps
 * its previous output, hard-linked into the new folder. The whole corpus
 * output is swapped in at the end in one rename (see README.md for why).
 */
import { availableParallelism } from "node:os";
import { join, resolve, sep } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Piscina } from "piscina";
import { diagnose, formatDiagnostic, type Diagnostic } from "../diagnostics.ts";
import { inputFolderDigest, linkTree, listTree, openOutputSwap, removeTree, safeJoin, writeFilesInto } from "../files.ts";
import { indexHtml, storiesCsv, type CorpusStory } from "./corpusIndex.ts";
import {
  MANIFEST_FILE,
  manifestJson,
  pipelineDigest,
  readManifest,
  sameFiles,
  storyKey,
  type ManifestEntry,
} from "./manifest.ts";
import { corpusProgress, type ProgressStream } from "./progress.ts";
import { storyOutputNames } from "./storyNames.ts";
import type { StoryOutcome, StoryTask } from "./storyWorker.ts";

export interface CorpusOptions {
  input: string;
  out: string;
  /** the story folders (see files.ts corpusLayout) */
  stories: readonly string[];
  /** worker threads; default one per core */
  jobs?: number;
  /** rebuild every story even when its manifest entry matches */
  force?: boolean;
  strict?: boolean;
  stderr: ProgressStream;
  /** progress bar / periodic lines and the closing summary */
  progress?: boolean;
  /** print info-level notices (renamed folders, skipped files) */
  verbose?: boolean;
  /** heap cap of a worker in MB (default WORKER_HEAP_MB); for tests */
  workerHeapMb?: number;
}

export interface CorpusResult {
  stories: number;
  built: number;
  unchanged: number;
  failed: number;
  /** one line per failed story, as printed */
  failures: string[];
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

const workerEntry = new URL("./storyWorker.mjs", import.meta.url).href;

/**
 * Old-generation heap cap of a worker, MB. V8 lets an uncapped heap grow to
 * several times what a story keeps alive before collecting (a 5-source story
 * keeps ~100 MB alive, the heap grows to ~400 MB), which multiplied by the
 * workers is most of a corpus run's memory. With the cap it collects
 * sooner. A story too big for the cap is not lost: it is run again, alone,
 * on a worker without one (see runCorpus).
 */
export const WORKER_HEAP_MB = 320;

/**
 * How far, in per cent, V8 lets the old generation grow past what survived
 * the last full collection before it starts the next one. V8 scales this
 * factor with the heap's maximum (up to 4 for large heaps; by its heap
 * controller's formula about 1.33 at 320 MB), so a worker whose reports
 * keep ~90 MB alive ran a full mark-compact every story or two (49 in 100
 * stories, against 12 uncapped) and used about a third more CPU. At 200 (a
 * factor of 3) the cap still bounds the heap. Together with the smaller
 * word cache in render/pdfFonts.ts, 1,000 stories ran in 231 s instead of
 * 344 with --jobs 1 and 181 s instead of 240 with --jobs 2, with a peak of
 * 811 MB.
 *
 * The factor is one of V8's process-wide flags (workers cannot have their
 * own), read at every collection; runCorpus sets it before its workers
 * start. It changes when memory is collected, never what a story computes.
 */
export const HEAP_GROWING_PERCENT = 200;

/**
 * Whether workers hand TurboFan compiles to V8's background threads. With a
 * core to spare that is a gain: the compile runs beside the story. When the
 * workers already fill every core it is a loss: the compile job waits for a
 * core while the worker keeps running the slower unoptimised code, and the
 * threads then fight over the cores. 300 stories × 5 sources on 2 cores,
 * --jobs 2: 30.4–31.0 s and 59 CPU s with background compiles, 27.2 s and
 * 54 CPU s without; --jobs 1: 39.3–42.1 s with, 45.7–48.4 s without.
 *
 * Like the growing factor it is a process-wide flag, read when an isolate
 * starts, so runCorpus sets it (either way) before creating its workers.
 */
export function backgroundCompiles(jobs: number, cores: number): boolean {
  return jobs < cores;
}

function isOutOfMemory(e: unknown): boolean {
  return (e as { code?: unknown })?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

function keptOutputIntact(out: string, name: string, entry: ManifestEntry): boolean {
  return sameFiles(entry.files, listTree(join(out, name)));
}

/** A story folder is one name inside the corpus folder, never a path. */
function assertPlainFolderName(folder: string): void {
  if (folder === "" || folder === "." || folder === ".." || /[\\/\u0000]/.test(folder)) {
    throw new Error(`not a story folder name: ${JSON.stringify(folder)}`);
  }
}

export async function runCorpus(options: CorpusOptions): Promise<CorpusResult> {
  options.stories.forEach(assertPlainFolderName);
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const input = resolve(options.input);
  const out = resolve(options.out);
  const names = storyOutputNames(options.stories);
  const pipeline = pipelineDigest();
  const previous = readManifest(out);
  const progress = options.progress ? corpusProgress(options.stories.length, options.stderr) : null;
  const say = (d: Diagnostic) => {
    if (d.severity === "info" && !options.verbose) return;
    const text = formatDiagnostic(d);
    if (progress) progress.line(text);
    else options.stderr.write(text + "\n");
  };

  const swap = openOutputSwap(out);
  const entries = new Map<string, ManifestEntry>();
  const stories: CorpusStory[] = [];
  const failures: string[] = [];
  let built = 0;
  let unchanged = 0;
  let pool = null as Piscina | null;
  let bigPool = null as Piscina | null;
  // a worker that dies outside a task (e.g. cannot even load) fails the run instead of crashing it
  let poolError: (e: unknown) => void = () => undefined;
  const poolFailed = new Promise<never>((_, reject) => (poolError = reject));
  poolFailed.catch(() => undefined);
  try {
    const toBuild: { task: StoryTask; name: string; key: string }[] = [];
    const toKeep: { name: string; entry: ManifestEntry }[] = [];
    for (const folder of [...options.stories].sort()) {
      const name = names.get(folder)!;
      if (name !== folder) say(diagnose("corpus:renamed-story", [name], { file: folder }));
      const inputDir = join(input, folder);
      const key = storyKey(inputFolderDigest(inputDir), pipeline, { strict: options.strict ?? false });
      const before = previous?.stories[name];
      if (!options.force && before && before.key === key && before.folder === folder && keptOutputIntact(out, name, before)) {
        toKeep.push({ name, entry: before });
      } else {
        toBuild.push({ name, key, task: { folder, inputDir, outDir: safeJoin(swap.dir, name), strict: options.strict ?? false } });
      }
    }

    const finished = (name: string, folder: string, key: string, outcome: StoryOutcome) => {
      outcome.diagnostics.forEach(say);
      if (outcome.ok) {
        built++;
        entries.set(name, { folder, key, files: outcome.files, summary: outcome.summary });
        stories.push({ name, folder, summary: outcome.summary, error: "", previousKept: false });
      } else {
        removeTree(safeJoin(swap.dir, name));
        failures.push(formatDiagnostic(outcome.failure));
        say(outcome.failure);
        // as in a single comparison, a failure leaves the previous output in place
        const before = previous?.stories[name];
        if (before && before.folder === folder && keptOutputIntact(out, name, before)) {
          linkTree(join(out, name), safeJoin(swap.dir, name));
          entries.set(name, before);
          stories.push({ name, folder, summary: before.summary, error: outcome.failure.reason, previousKept: true });
        } else {
          stories.push({ name, folder, summary: null, error: outcome.failure.reason, previousKept: false });
        }
      }
      progress?.storyDone(true);
    };

    let work: Promise<unknown> = Promise.resolve();
    if (toBuild.length > 0) {
      // execArgv cleared: the worker entry registers tsx itself, in every runtime
      const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
      setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      setFlagsFromString(backgroundCompiles(jobs, availableParallelism()) ? "--concurrent-recompilation" : "--no-concurrent-recompilation");
      const p = new Piscina({
        filename: workerEntry,
        minThreads: jobs,
        maxThreads: jobs,
        execArgv: [],
        idleTimeout: 1000,
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
      });
      pool = p;
      p.on("error", poolError);
      const retryAlone = (task: StoryTask): Promise<StoryOutcome> => {
        if (process.env.TRIANGULATE_DEBUG) options.stderr.write(`retrying ${task.folder} on a worker without a heap cap\n`);
        if (!bigPool) {
          bigPool = new Piscina({ filename: workerEntry, minThreads: 0, maxThreads: 1, execArgv: [], idleTimeout: 1000 });
          bigPool.on("error", poolError);
        }
        removeTree(task.outDir);
        return bigPool.run(task);
      };
      work = Promise.race([poolFailed, Promise.all(
        toBuild.map(({ task, name, key }) =>
          p
            .run(task)
            .catch((e: unknown) => (isOutOfMemory(e) ? retryAlone(task) : Promise.reject(e)))
            .then((outcome: StoryOutcome) => finished(name, task.folder, key, outcome)),
        ),
      )]);
    }
    // while the workers compute, keep the unchanged stories' previous output
    for (const { name, entry } of toKeep) {
      linkTree(join(out, name), safeJoin(swap.dir, name));
      unchanged++;
      entries.set(name, entry);
      stories.push({ name, folder: entry.folder, summary: entry.summary, error: "", previousKept: false });
      progress?.storyDone(false);
    }
    await work;
    await Promise.all([pool?.destroy(), bigPool?.destroy()]);
    pool = bigPool = null;

    writeFilesInto(swap.dir, [
      { path: "index.html", bytes: indexHtml(stories) },
      { path: "stories.csv", bytes: storiesCsv(stories) },
      { path: MANIFEST_FILE, bytes: manifestJson(pipeline, entries) },
    ]);
    progress?.finish();
    swap.commit();
  } catch (e) {
    await Promise.all([pool?.destroy(), bigPool?.destroy()]).catch(() => undefined);
    swap.abort();
    throw e;
  }
  return { stories: options.stories.length, built, unchanged, failed: failures.length, failures };
}

/** True when `out` is `input` or lies inside it (it would be read as a story next time). */
export function isInside(input: string, out: string): boolean {
  const a = resolve(input);
  const b = resolve(out);
  return b === a || b.startsWith(a.endsWith(sep) ? a : a + sep);
}
