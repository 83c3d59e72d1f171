import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "triangulate-bench-smoke-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// A smoke test of the harness only: tiny sizes, no timing asserted.
describe("npm run bench (BENCH_QUICK)", () => {
  it("runs every measurement, prints its tables and writes the CSV results", () => {
    const r = spawnSync(join(root, "node_modules/.bin/tsx"), ["tests/bench/bench.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, BENCH_QUICK: "1", BENCH_OUT: out },
    });
    expect(r.status, r.stderr).toBe(0);
    for (const stage of ["ingest", "segment", "extract", "reconcile", "csv", "total→CSV", "first run", "html+pdf", "reference"]) {
      expect(r.stdout).toContain(stage);
    }
    expect(r.stdout).toMatch(/Growth of text → CSV time: 20\/5 sources: ×[\d.]+/);
    expect(r.stdout).toMatch(/Speed-up --jobs 2 over --jobs 1: ×[\d.]+/);
    expect(r.stdout).toMatch(/npm start on the seeds .*: first [\d.]+ s/);
    expect(readdirSync(out).sort()).toEqual(["checks.csv", "corpus.csv", "environment.csv", "one-event.csv"]);
    const corpus = readFileSync(join(out, "corpus.csv"), "utf8").split("\r\n").filter(Boolean);
    // header, jobs 1, jobs 2, unchanged rerun; the rerun recomputed nothing
    expect(corpus).toHaveLength(4);
    expect(corpus[3]).toMatch(/^unchanged second run,2,6,5,\d+,[\d.]+,[\d.]+,[\d.]+,\d+,0,6$/);
    const events = readFileSync(join(out, "one-event.csv"), "utf8").split("\r\n").filter(Boolean);
    // per size: five stages, total, first run, html+pdf, reference
    expect(events.filter((l) => l.startsWith("5,")).length).toBe(9);
    expect(events.filter((l) => l.startsWith("20,")).length).toBe(9);
    // the process's CPU time is given for the text → CSV runs, and only for them
    const cpuOf = (stage: string) => events.find((l) => l.startsWith("20,") && l.split(",")[2] === stage)!.split(",").at(-1);
    expect(Number(cpuOf("total→CSV"))).toBeGreaterThan(0);
    expect(Number(cpuOf("first run"))).toBeGreaterThan(0);
    expect(cpuOf("extract")).toBe("");
    expect(readFileSync(join(out, "checks.csv"), "utf8")).toContain("text→CSV MB/s on one core");
    // on Linux the one-event measurements run pinned to one CPU
    expect(readFileSync(join(out, "environment.csv"), "utf8")).toMatch(process.platform === "linux" ? /one_event_pinned_to,cpu \d+\r\n/ : /one_event_pinned_to,/);
    // every measurement runs with the V8 flags that npm start gives node
    const flags = readFileSync(join(out, "environment.csv"), "utf8").split("\r\n").find((l) => l.startsWith("node_flags,"))!.slice("node_flags,".length)
      // a leading '-' is escaped as a spreadsheet formula would be
      .replace(/^'/, "");
    const start = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
    expect(flags).not.toBe("");
    expect(start).toContain(`node ${flags} --import tsx`);
  }, 600_000);
});
