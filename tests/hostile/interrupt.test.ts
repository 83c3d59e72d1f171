/**
 * Ctrl-C in the middle of a comparison: the command is started as a user's
 * shell would start it (its own process group, which a terminal's Ctrl-C
 * signals as a whole) and interrupted while it works, and again just as it
 * starts writing. Either way the previous output must stay byte for byte as
 * it was — or, if the run had already finished, be the complete new output —
 * and no temporary folder may be left beside it.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../pipeline/cli.ts";
import { captureStderr, leftoverTemps, snapshotFolder } from "./cliHarness.ts";

const repo = resolve(import.meta.dirname, "../..");
const tsx = join(repo, "node_modules/.bin/tsx");
const cliPath = join(repo, "pipeline/cli.ts");

/** An invented storm report long enough that comparing four of them takes seconds. */
function longArticle(k: number, paragraphs: number): string {
  const parts = [`Storm surge floods harbour district ${k + 1}\n`];
  for (let i = 0; i < paragraphs; i++) {
    const n = ((i * 7919 + k * 104729) % 4999) + 2;
    parts.push(`\nOfficials said ${n} people were evacuated from block ${i} on Tuesday, and the mayor, Greta Holm, said ${Math.floor(n / 3)} homes were damaged. "We are doing what we can," said Greta Holm.\n`);
  }
  return parts.join("");
}

let root: string;
let out: string;
let previous: Record<string, string>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "triangulate-sigint-"));
  out = join(root, "out");
  const small = join(root, "small");
  mkdirSync(small);
  writeFileSync(join(small, "a.txt"), longArticle(0, 3));
  writeFileSync(join(small, "b.txt"), longArticle(1, 3));
  const err = captureStderr();
  expect(await main([small, "--out", out], err.stream), err.text()).toBe(0);
  previous = snapshotFolder(out);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bigInput(name: string, paragraphs: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (let k = 0; k < 4; k++) writeFileSync(join(dir, `outlet-${k}.txt`), longArticle(k, paragraphs));
  return dir;
}

/** Starts the CLI in its own process group; `interrupt` sends SIGINT to the whole group, as Ctrl-C does. */
function startCli(input: string) {
  const child = spawn(tsx, [cliPath, input, "--out", out], { cwd: root, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  const done = new Promise<number | null>((res) => child.on("exit", (code, signal) => res(code ?? (signal ? 128 : null))));
  return {
    interrupt: () => {
      try {
        process.kill(-child.pid!, "SIGINT");
      } catch {
        // already gone
      }
    },
    done,
    stderr: () => stderr,
  };
}

function expectUnchangedOrComplete(code: number | null, stderr: string) {
  const now = snapshotFolder(out);
  if (code === 0) {
    // the signal came after the swap: then the output is the whole new comparison
    for (const f of ["report.html", "report.pdf", "sources.csv", "claims.csv", "facts.csv", "datapackage.json"]) expect(now).toHaveProperty([f]);
    expect(now["sources.csv"]).not.toEqual(previous["sources.csv"]);
  } else {
    // 130 = 128 + SIGINT. The "interrupted" line is not asserted: tsx kills a child that is busy in a
    // stage outright (SIGKILL after 60 ms), before it can print; the files are what must hold.
    expect(code, stderr).toBe(130);
    expect(now).toEqual(previous);
  }
  expect(leftoverTemps(root)).toEqual([]);
}

describe("Ctrl-C", () => {
  it("in the middle of the comparison leaves the previous output as it was", async () => {
    const run = startCli(bigInput("big-mid", 900));
    await new Promise((r) => setTimeout(r, 2500));
    run.interrupt();
    const code = await run.done;
    expectUnchangedOrComplete(code, run.stderr());
    expect(code, "the run was still comparing when interrupted").toBe(130);
  }, 120_000);

  it("just as the output starts being written leaves no temporary folder", async () => {
    const run = startCli(bigInput("big-write", 300));
    // interrupt the moment the temporary output folder appears beside the output
    const watcher = watch(root, (_event, name) => {
      if (name && /\.tmp-\d+/.test(String(name))) run.interrupt();
    });
    const code = await run.done;
    watcher.close();
    expectUnchangedOrComplete(code, run.stderr());
  }, 180_000);

  it("leaves nothing behind when the output folder did not exist before", async () => {
    const fresh = join(root, "fresh-out");
    const child = spawn(tsx, [cliPath, join(root, "big-mid"), "--out", fresh], { cwd: root, detached: true, stdio: "ignore" });
    const done = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
    await new Promise((r) => setTimeout(r, 2500));
    process.kill(-child.pid!, "SIGINT");
    expect(await done).toBe(130);
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(root).filter((n) => n.includes("fresh-out"))).toEqual([]);
  }, 120_000);

  it("a run killed outright is cleaned up by the next run, which puts the previous output back", async () => {
    // a process id that is surely dead: a child that has already exited
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    // killed while writing: its temporary folder is left; killed between the two renames: the output is set aside
    mkdirSync(join(root, `.out.tmp-${dead}`, "stages"), { recursive: true });
    writeFileSync(join(root, `.out.tmp-${dead}`, "claims.csv"), "half");
    renameSync(out, join(root, `.out.old-${dead}`));
    expect(existsSync(out)).toBe(false);
    // even a run that then fails on its own input restores them
    const bad = join(root, "bad-input");
    mkdirSync(bad);
    writeFileSync(join(bad, "empty.txt"), "");
    const err = captureStderr();
    expect(await main([bad, "--out", out], err.stream)).toBe(1);
    expect(snapshotFolder(out)).toEqual(previous);
    expect(leftoverTemps(root)).toEqual([]);
  }, 60_000);
});
