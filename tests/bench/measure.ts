/**
 * One measurement in a fresh process, so each has its own peak memory and
 * no measurement warms the caches of the next. Prints one JSON line.
 *
 *   tsx tests/bench/measure.ts event <sources> <repeats> <warm-up runs>
 *   tsx tests/bench/measure.ts corpus <corpus-dir> <out-dir> <jobs> [--force]
 *
 * `event`: the stages on <sources> synthetic articles about one event, each
 * timed separately (median of <repeats> runs after the warm-up runs), the CSV
 * tables, the HTML+PDF report once, and the reference (Intl.Segmenter
 * sentence splitting per paragraph) on the very same text.
 */
import { corpusLayout } from "../../pipeline/files.ts";
import type { StageName } from "../../pipeline/run.ts";
import { runCorpus } from "../../pipeline/corpus/index.ts";
import type { InputFile } from "../../pipeline/ingest/index.ts";
import { loadSeeds, storySources, totalBytes } from "./syntheticCorpus.ts";

/**
 * The stages, loaded only for `event`: like the CLI, a corpus run keeps them
 * out of the main thread (the workers load them), so its peak memory is
 * the one users get.
 */
async function loadStages() {
  const [{ analyse, stageNames }, { csvTables, toCsv }, { render }] = await Promise.all([
    import("../../pipeline/run.ts"),
    import("../../pipeline/render/csvTables.ts"),
    import("../../pipeline/render/index.ts"),
  ]);
  return { analyse, stageNames, csvTables, toCsv, render };
}
type Stages = Awaited<ReturnType<typeof loadStages>>;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const peakRssMB = () => process.resourceUsage().maxRSS / 1024;

type StageTimes = Record<StageName | "csv", number> & {
  /**
   * CPU seconds of the whole process during the run: the pipeline's own
   * thread plus V8's helper threads (optimising compiler, concurrent
   * sweeping), which run on another core when one is free.
   */
  cpu: number;
};

/** Seconds per stage of one text-to-tables run. */
function timeStages({ analyse, csvTables, toCsv }: Stages, files: readonly InputFile[]): StageTimes {
  const cpuBefore = process.cpuUsage();
  const marks: [StageName, number][] = [];
  const analysed = analyse(files, { onStage: (stage) => marks.push([stage, performance.now()]) });
  const analysedAt = performance.now();
  const tables = csvTables({ ...analysed, diagnostics: analysed.ingest.diagnostics });
  for (const t of tables) toCsv(t.columns, t.rows);
  const csvAt = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const times = { ingest: 0, segment: 0, extract: 0, reconcile: 0, render: 0, csv: (csvAt - analysedAt) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
  marks.forEach(([stage, at], i) => {
    times[stage] = ((marks[i + 1]?.[1] ?? analysedAt) - at) / 1000;
  });
  return times;
}

/** The reference: sentence splitting with Intl.Segmenter, one paragraph at a time. */
function referenceSeconds(files: readonly InputFile[]): number {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const texts = files.map((f) => new TextDecoder().decode(f.bytes));
  const t = performance.now();
  let sentences = 0;
  for (const text of texts) for (const paragraph of text.split(/\n\s*\n|\n/)) for (const _ of segmenter.segment(paragraph)) sentences++;
  if (sentences === 0) throw new Error("reference found no sentences");
  return (performance.now() - t) / 1000;
}

async function eventMeasure(count: number, repeats: number, warmups: number) {
  const pipelineStages = await loadStages();
  const { analyse, render, stageNames } = pipelineStages;
  const timeRun = (files: readonly InputFile[]) => timeStages(pipelineStages, files);
  const seeds = loadSeeds();
  const files = storySources(seeds, 1, count);
  // The first run in a fresh process, on other text of the same size, is
  // slower while V8 compiles: it is reported as the cold figure. More runs on
  // other text follow until V8 has optimised the hot code (a 500-source run
  // still spent ~0.2 s compiling on each of its second to sixth runs), so the runs
  // timed below see what a long batch sees, and no result is reused.
  const warmText = (i: number) => storySources(seeds, 9100 + (i % 8), count);
  const first = timeRun(warmText(0));
  const firstPeakRssMB = peakRssMB();
  const firstTotal = first.ingest + first.segment + first.extract + first.reconcile + first.csv;
  for (let i = 1; i < warmups; i++) timeRun(warmText(i));
  const runs: StageTimes[] = [];
  for (let i = 0; i < repeats; i++) runs.push(timeRun(files));
  const stages = Object.fromEntries([...stageNames.filter((s) => s !== "render"), "csv"].map((s) => [s, median(runs.map((r) => r[s as keyof StageTimes]))]));
  const total = median(runs.map((r) => r.ingest + r.segment + r.extract + r.reconcile + r.csv));
  const totalCpu = median(runs.map((r) => r.cpu));
  const reference = median(Array.from({ length: Math.max(3, repeats) }, () => referenceSeconds(files)));
  // the peak so far is the text-to-tables peak; the report's comes after
  const tablesPeakRssMB = peakRssMB();
  const analysed = analyse(files);
  const t = performance.now();
  await render({ ...analysed, diagnostics: analysed.ingest.diagnostics });
  const report = (performance.now() - t) / 1000;
  return { sources: files.length, bytes: totalBytes(files), repeats, stages, total, totalCpu, firstTotal, firstCpu: first.cpu, firstPeakRssMB, report, reference, peakRssMB: tablesPeakRssMB, reportPeakRssMB: peakRssMB() };
}

async function corpusMeasure(input: string, out: string, jobs: number, force: boolean) {
  const layout = corpusLayout(input);
  if (!layout) throw new Error(`${input} is not a corpus folder`);
  const t = performance.now();
  const result = await runCorpus({ input, out, stories: layout.stories, jobs, force, stderr: process.stderr, progress: false });
  const seconds = (performance.now() - t) / 1000;
  return { ...result, failures: result.failures.slice(0, 3), seconds, peakRssMB: peakRssMB() };
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "event") {
  console.log(JSON.stringify(await eventMeasure(Number(rest[0]), Number(rest[1] ?? 1), Math.max(1, Number(rest[2] ?? 1)))));
} else if (mode === "corpus") {
  console.log(JSON.stringify(await corpusMeasure(rest[0], rest[1], Number(rest[2]), rest.includes("--force"))));
} else if (mode !== undefined) {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
