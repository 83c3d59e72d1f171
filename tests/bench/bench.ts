/**
 * `npm run bench`: how fast the pipeline is, measured on this machine and
 * made comparable to others through a reference timed on the same text.
 *
 *  1. One event at 5, 50 and 500 sources (synthetic, from the seeds): each
 *     stage's time, MB/s of article text, sources/s, peak memory, and how
 *     the text-to-CSV time grows with size.
 *  2. Corpus mode on 1,000 stories of 5 sources: --jobs 1, --jobs 2, and a
 *     second unchanged run (incremental).
 *  3. `npm start` on the seeds, in a new process, with the PDF.
 *
 * Each measurement runs in its own process (measure.ts). Results are
 * printed and written as CSV to output/bench/ (BENCH_OUT overrides; the
 * output folder's swap keeps bench/). BENCH_QUICK=1 runs tiny sizes only,
 * for the smoke test; its figures mean nothing and no target is checked.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toCsv, type Cell } from "../../pipeline/render/csvTables.ts";
import { loadSeeds, seedsDir, storySources } from "./syntheticCorpus.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
/**
 * The V8 flags of `npm start` (package.json), so that every measurement
 * runs with the collector settings users get.
 */
function startNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  return start.split(/\s+/).filter((word) => /^--(?!import\b)[\w-]+(=\S+)?$/.test(word));
}
const nodeFlags = startNodeFlags();
const measureScript = join(root, "tests/bench/measure.ts");
const quick = process.env.BENCH_QUICK === "1";
const outDir = resolve(root, process.env.BENCH_OUT ?? "output/bench");

const sizes = quick ? [5, 20] : [5, 50, 500];
const repeatsFor = (n: number) => (quick ? 2 : n <= 5 ? 21 : n <= 50 ? 7 : 5);
/** warm-up runs: at least 8, and at least 2,000 sources (about 6 MB of text) */
const warmupsFor = (n: number) => (quick ? 1 : Math.max(8, Math.ceil(2000 / n)));
const corpusStories = quick ? 6 : 1000;
const sourcesPerStory = 5;
const MB = 1024 * 1024;

interface EventResult {
  sources: number;
  bytes: number;
  repeats: number;
  stages: Record<string, number>;
  total: number;
  /** median CPU seconds of the process (every thread) over the same text → CSV runs */
  totalCpu: number;
  /** text → CSV in the first run of a fresh process (other text of the same size), before V8 has optimised */
  firstTotal: number;
  firstCpu: number;
  /** peak of the process up to the end of that first run */
  firstPeakRssMB: number;
  report: number;
  reference: number;
  /** peak of the process up to the end of the text-to-CSV runs */
  peakRssMB: number;
  /** peak after also rendering the HTML and PDF once */
  reportPeakRssMB: number;
}

interface CorpusRun {
  stories: number;
  built: number;
  unchanged: number;
  failed: number;
  failures: string[];
  seconds: number;
  peakRssMB: number;
}

/**
 * "On one core", literally: the one-event measurements run pinned to one CPU
 * (taskset, from util-linux; the first CPU the process may use), so V8's
 * compiler and collector threads share the pipeline's core and the wall clock
 * includes them.
 */
const pinnedCpu = firstAllowedCpu();
const pinCommand =
  pinnedCpu !== undefined && spawnSync("taskset", ["--cpu-list", pinnedCpu, "true"]).status === 0 ? ["taskset", "--cpu-list", pinnedCpu] : [];

/** The first CPU this process may run on (a container may not allow CPU 0), from /proc; undefined elsewhere. */
function firstAllowedCpu(): string | undefined {
  try {
    return /^Cpus_allowed_list:\s*(\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

function measure<T>(args: string[], pinned = false): T {
  const command = [...(pinned ? pinCommand : []), process.execPath, ...nodeFlags, "--import", "tsx", measureScript, ...args];
  const r = spawnSync(command[0], command.slice(1), { cwd: root, encoding: "utf8", maxBuffer: 64 * MB });
  if (r.status !== 0) throw new Error(`measure ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as T;
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, (performance.now() - t) / 1000];
}

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const pad = (s: string | number, w: number) => String(s).padStart(w);
const padEnd = (s: string | number, w: number) => String(s).padEnd(w);
const say = (s = "") => process.stdout.write(s + "\n");

interface Check {
  check: string;
  value: number;
  target: string;
  pass: boolean;
}
const checks: Check[] = [];
const check = (name: string, value: number, target: string, pass: boolean) => checks.push({ check: name, value, target, pass });

// --- 1. one event -----------------------------------------------------------
say(`Triangulate benchmark${quick ? " (BENCH_QUICK: tiny sizes, figures not meaningful)" : ""}`);
say(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "?"}), ${process.platform}`);
say(`V8 flags of npm start, given to every measurement: ${nodeFlags.join(" ") || "(none)"}`);
say();
say("One event, text → CSV tables (every stage but the HTML and PDF), median of repeated runs after warm-up runs on other");
say(`text of the same size (${quick ? "one run" : "at least 8 runs and 2,000 sources"}); 'first run' = text → CSV of the first warm-up run, in a fresh process`);
say(pinCommand.length > 0
  ? `on one core: each measuring process is pinned to CPU ${pinnedCpu} (taskset), so V8's helper threads share the pipeline's core`
  : "taskset unavailable: the measuring processes are not pinned, so 'CPU s' below is the one-core figure");
say("reference = Intl.Segmenter sentence splitting per paragraph on the same text; ×ref = stage MB/s ÷ reference MB/s");
say("peak MB = peak RSS of the measuring process: after the first run, after all text → CSV runs (the heap grows over");
say("the warm-up), and after also rendering the report once (html+pdf)");
say("CPU s = CPU time of the whole process over the same runs: the pipeline's one thread plus V8's helper threads");
say("(optimising compiler, concurrent sweeping)");
say(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(", ")} (figures are only comparable on an otherwise idle machine)`);
say();
const stageRows: Cell[][] = [];
const events: EventResult[] = [];
say(`${padEnd("sources", 8)}${pad("MB", 7)}  ${padEnd("stage", 12)}${pad("seconds", 9)}${pad("MB/s", 9)}${pad("sources/s", 11)}${pad("×ref", 8)}${pad("peak MB", 9)}${pad("CPU s", 9)}`);
for (const n of sizes) {
  const e = measure<EventResult>(["event", String(n), String(repeatsFor(n)), String(warmupsFor(n))], true);
  events.push(e);
  const mb = e.bytes / MB;
  const refRate = mb / e.reference;
  const rows: [string, number][] = [...Object.entries(e.stages), ["total→CSV", e.total], ["first run", e.firstTotal], ["html+pdf", e.report], ["reference", e.reference]];
  for (const [stage, seconds] of rows) {
    const rate = mb / seconds;
    const ratio = stage === "reference" ? 1 : rate / refRate;
    const peak = stage === "html+pdf" ? e.reportPeakRssMB : stage === "first run" ? e.firstPeakRssMB : e.peakRssMB;
    const cpu = stage === "total→CSV" ? e.totalCpu : stage === "first run" ? e.firstCpu : NaN;
    say(`${padEnd(e.sources, 8)}${pad(fmt(mb, 3), 7)}  ${padEnd(stage, 12)}${pad(fmt(seconds, 4), 9)}${pad(fmt(rate), 9)}${pad(fmt(e.sources / seconds, 0), 11)}${pad(fmt(ratio, 3), 8)}${pad(fmt(peak, 0), 9)}${pad(fmt(cpu, 4), 9)}`);
    stageRows.push([e.sources, e.bytes, stage, round(seconds, 5), round(rate, 3), round(e.sources / seconds, 1), round(ratio, 4), round(peak, 0), e.repeats, Number.isFinite(cpu) ? round(cpu, 5) : ""]);
  }
}
function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Number.isFinite(n) ? Math.round(n * f) / f : 0;
}

say();
const small = events[0];
const large = events.at(-1)!;
const growth: string[] = [];
for (let i = 1; i < events.length; i++) {
  growth.push(`${events[i].sources}/${events[i - 1].sources} sources: ×${fmt(events[i].total / events[i - 1].total, 1)}`);
}
const overall = large.total / small.total;
say(`Growth of text → CSV time: ${growth.join(", ")}; ${large.sources}/${small.sources}: ×${fmt(overall, 1)} for ×${large.sources / small.sources} the sources (target ≤ 150)`);
const largeMB = large.bytes / MB;
// Pinned, wall clock and CPU seconds agree; the check takes CPU seconds, which
// count V8's helper threads even where taskset is missing.
check(`text→CSV MB/s on one core, ${large.sources} sources (per CPU s)`, round(largeMB / large.totalCpu, 2), "≥ 3", largeMB / large.totalCpu >= 3);
check(`extract MB/s, ${large.sources} sources`, round(largeMB / large.stages.extract, 2), "≥ 5", largeMB / large.stages.extract >= 5);
check(`time(${large.sources}) / time(${small.sources}) sources`, round(overall, 1), "≤ 150", overall <= 150);

// --- 2. corpus mode ----------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), "triangulate-bench-"));
const corpusRows: Cell[][] = [];
try {
  const seeds = loadSeeds();
  const corpusDir = join(work, "corpus");
  let corpusBytes = 0;
  const [, genSeconds] = timed(() => {
    for (let s = 0; s < corpusStories; s++) {
      const dir = join(corpusDir, `story-${String(s).padStart(4, "0")}`);
      mkdirSync(dir, { recursive: true });
      for (const f of storySources(seeds, 10_000 + s, sourcesPerStory)) {
        writeFileSync(join(dir, f.name), f.bytes);
        corpusBytes += f.bytes.length;
      }
    }
  });
  say();
  say(`Corpus mode: ${corpusStories} stories × ${sourcesPerStory} sources, ${fmt(corpusBytes / MB, 1)} MB (generated in ${fmt(genSeconds, 1)} s); every story: all stages, HTML and PDF`);
  say("wall = whole process as a user runs it (start-up included); in-run = runCorpus only");
  say();
  say(`${padEnd("run", 22)}${pad("jobs", 5)}${pad("wall s", 9)}${pad("in-run s", 10)}${pad("stories/s", 11)}${pad("MB/s", 8)}${pad("peak MB", 9)}${pad("compared", 10)}${pad("unchanged", 11)}`);
  const runs: [string, string, number, boolean][] = [
    ["first run", "out-1", 1, false],
    ["first run", "out-2", 2, false],
    ["unchanged second run", "out-2", 2, false],
  ];
  const results: CorpusRun[] = [];
  const walls: number[] = [];
  for (const [label, out, jobs, force] of runs) {
    const [r, wall] = timed(() => measure<CorpusRun>(["corpus", corpusDir, join(work, out), String(jobs), ...(force ? ["--force"] : [])]));
    if (r.failed > 0) throw new Error(`corpus run failed for ${r.failed} stories: ${r.failures.join("; ")}`);
    results.push(r);
    walls.push(wall);
    say(`${padEnd(label, 22)}${pad(jobs, 5)}${pad(fmt(wall), 9)}${pad(fmt(r.seconds), 10)}${pad(fmt(r.stories / wall, 1), 11)}${pad(fmt(corpusBytes / MB / wall, 2), 8)}${pad(fmt(r.peakRssMB, 0), 9)}${pad(r.built, 10)}${pad(r.unchanged, 11)}`);
    corpusRows.push([label, jobs, r.stories, sourcesPerStory, corpusBytes, round(wall, 3), round(r.seconds, 3), round(r.stories / wall, 2), round(r.peakRssMB, 0), r.built, r.unchanged]);
  }
  const speedUp = walls[0] / walls[1];
  const incremental = walls[2] / walls[1];
  const peak = Math.max(...results.map((r) => r.peakRssMB));
  say();
  say(`Speed-up --jobs 2 over --jobs 1: ×${fmt(speedUp)} (target ≥ 1.7); unchanged second run: ${fmt(incremental * 100, 1)}% of the first (target < 10%); peak ${fmt(peak, 0)} MB (target < 1024)`);
  check("corpus speed-up, --jobs 2 vs --jobs 1", round(speedUp, 2), "≥ 1.7", speedUp >= 1.7);
  check("corpus peak memory MB", round(peak, 0), "< 1024", peak < 1024);
  check("corpus unchanged second run / first run", round(incremental, 3), "< 0.10", incremental < 0.1);
  if (results[2].built !== 0) check("corpus unchanged second run recomputes nothing", results[2].built, "0", false);

  // --- 3. npm start on the seeds ---------------------------------------------
  const npmRuns = quick ? 1 : 3;
  const seedWalls: number[] = [];
  for (let i = 0; i < npmRuns; i++) {
    const out = join(work, `seeds-out-${i}`);
    const [r, wall] = timed(() => spawnSync("npm", ["start", "--silent", "--", seedsDir, "--out", out, "--quiet"], { cwd: root, encoding: "utf8" }));
    if (r.status !== 0) throw new Error(`npm start on the seeds failed:\n${r.stderr}`);
    seedWalls.push(wall);
  }
  const sortedWalls = [...seedWalls].sort((a, b) => a - b);
  const seedsMedian = sortedWalls[sortedWalls.length >> 1];
  say();
  say(`npm start on the seeds (5 sources), new process each time, with HTML and PDF: first ${fmt(seedWalls[0])} s, median of ${npmRuns} ${fmt(seedsMedian)} s (target < 3 s)`);
  check("npm start on the seeds, cold, end to end (s)", round(seedWalls[0], 2), "< 3", seedWalls[0] < 3);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// --- results ----------------------------------------------------------------
say();
say("Checks (issue 7 targets)");
for (const c of checks) say(`  ${c.pass ? "PASS" : "FAIL"}  ${padEnd(c.check, 52)} ${pad(c.value, 9)}  target ${c.target}`);

mkdirSync(outDir, { recursive: true });
const write = (file: string, columns: string[], rows: Cell[][]) => writeFileSync(join(outDir, file), toCsv(columns, rows));
write("one-event.csv", ["sources", "bytes", "stage", "seconds", "mb_per_s", "sources_per_s", "reference_ratio", "peak_rss_mb", "repeats", "cpu_seconds"], stageRows);
write("corpus.csv", ["run", "jobs", "stories", "sources_per_story", "bytes", "wall_seconds", "run_seconds", "stories_per_s", "peak_rss_mb", "compared", "unchanged"], corpusRows);
write("checks.csv", ["check", "value", "target", "pass"], checks.map((c) => [c.check, c.value, c.target, c.pass ? "yes" : "no"]));
write("environment.csv", ["key", "value"], [
  ["node", process.version],
  ["cores", availableParallelism()],
  ["cpu", cpus()[0]?.model.trim() ?? ""],
  ["platform", process.platform],
  ["node_flags", nodeFlags.join(" ")],
  ["one_event_pinned_to", pinCommand.length > 0 ? `cpu ${pinnedCpu}` : "not pinned"],
  ["quick", quick ? "yes" : "no"],
  ["load_average_at_end", loadavg().map((l) => l.toFixed(2)).join(" ")],
]);
say();
say(`wrote ${outDir}/: one-event.csv, corpus.csv, checks.csv, environment.csv`);
if (!quick && checks.some((c) => !c.pass)) process.exitCode = 1;
