/**
 * File and folder names are untrusted too: spaces, quotes, Unicode, shell
 * syntax, leading dashes, `..`, line breaks. Run as a real command (a child
 * process, as a user's shell would), the comparison must read every such
 * article, keep its name intact in sources.csv, write nothing outside the
 * output folder, run nothing, and keep each message on one line.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeJoin } from "../../pipeline/files.ts";
import { fuzzParams } from "../property/hostileText.ts";
import { leftoverTemps, parseCsv } from "./cliHarness.ts";

const repo = resolve(import.meta.dirname, "../..");
const tsx = join(repo, "node_modules/.bin/tsx");
const cliPath = join(repo, "pipeline/cli.ts");

const quake = (n: number) => `Earthquake rattles Port Sundby

A magnitude 5.${n} earthquake struck Port Sundby early on Thursday, damaging ${n + 20} buildings, the national seismology institute said.
Police said ${n} people were injured and 300 residents spent the night in tents.`;

const hostileNames = [
  "my article.txt",
  `quote's "double".txt`,
  "café Ωmega 🔥 报道.txt",
  "-rf.txt",
  "--out.txt",
  "..txt",
  "...md",
  "a..b.txt",
  "$(touch pwned).txt",
  "`touch pwned`.txt",
  ";touch pwned;.txt",
  `=HYPERLINK("x";1).txt`,
  "<img src=x onerror=alert(1)>.txt",
  "..\\..\\evil.txt",
  "line\nbreak.txt",
  "tab\tname.txt",
  "\u202egnp.txt",
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "triangulate-names-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runCli(args: string[], cwd: string) {
  return spawnSync(tsx, [cliPath, ...args], { cwd, encoding: "utf8", timeout: 120_000, env: { ...process.env, TRIANGULATE_DEBUG: "" } });
}

function allPaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe("hostile file names", () => {
  it("reads every article, keeps its name, and writes only inside the output folder", () => {
    const work = join(root, "work");
    const input = join(work, "-in put 'dir'");
    const out = join(work, "-out dir ünï");
    mkdirSync(input, { recursive: true });
    hostileNames.forEach((name, i) => writeFileSync(join(input, name), quake(i + 1)));
    // the input folder's name starts with a dash: it goes after `--`, the output via --out=
    const r = runCli([`--out=${out}`, "--", input], work);
    expect(r.status, r.stderr).toBe(0);

    // nothing ran, nothing landed beside the output or in the working folder
    expect(readdirSync(work).sort()).toEqual([input, out].map((p) => p.slice(work.length + 1)).sort());
    expect(allPaths(root).filter((p) => /pwned|evil/.test(p) && !p.startsWith(`work${sep}-in put`))).toEqual([]);
    expect(leftoverTemps(work)).toEqual([]);
    const written = allPaths(out);
    expect(written.filter((p) => !p.startsWith(`stages${sep}`)).sort()).toEqual(
      ["claims.csv", "coverage.csv", "datapackage.json", "entities.csv", "facts.csv", "mentions.csv", "report.html", "report.pdf", "reuse.csv", "sources.csv", "stages"].sort(),
    );

    // every visible article is a source, under its own name, with a safe and unique id
    const [head, ...rows] = parseCsv(readFileSync(join(out, "sources.csv"), "utf8").replace(/^\uFEFF/, ""));
    const col = (name: string) => head.indexOf(name);
    const files = rows.map((r) => r[col("file")].replace(/^'(?=[=+\-@\t\r])/, ""));
    // names starting with a dot ("..txt", "..\\..\\evil.txt") are hidden files, skipped like .DS_Store
    expect(files.sort()).toEqual(hostileNames.filter((n) => !n.startsWith(".")).sort());
    const ids = rows.map((r) => r[col("source_id")]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);

    // names are text in the report
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).not.toMatch(/<img\b|onerror=/);

    // one line per message, even for a name holding a line break
    for (const line of r.stderr.trim().split("\n")) expect(line, JSON.stringify(r.stderr)).toMatch(/^(?:fatal|error|warning|info): /);
    // and no bidi override from a name can reverse what the terminal shows
    expect(r.stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(r.stderr).toContain("line\\u000abreak.txt");
  }, 180_000);

  it("keeps story folders with hostile names inside the output folder (corpus mode)", () => {
    const work = join(root, "corpus-work");
    const corpus = join(work, "corpus");
    const out = join(work, "corpus out");
    const stories = ["-story", "story with spaces", "$(touch pwned)", "café 报道", "..\\up", "line\nbreak"];
    stories.forEach((s, i) => {
      mkdirSync(join(corpus, s), { recursive: true });
      writeFileSync(join(corpus, s, "a.txt"), quake(i + 1));
      writeFileSync(join(corpus, s, "b.txt"), quake(i + 2));
    });
    const r = runCli([corpus, "--out", out, "--jobs", "2"], work);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(work).sort()).toEqual(["corpus", "corpus out"]);
    expect(leftoverTemps(work)).toEqual([]);
    const storyDirs = readdirSync(out, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    // a folder whose name starts with a dot is hidden, like .git, and not a story
    expect(storyDirs.length).toBe(stories.filter((s) => !s.startsWith(".")).length);
    for (const d of storyDirs) {
      expect(d, "a story folder name cannot be an option or hidden").toMatch(/^[^-.\s]/);
      expect(d).not.toMatch(/[\\/\n\r$`;]/);
      expect(readdirSync(join(out, d))).toContain("report.html");
    }
  }, 180_000);

  it("never resolves a rendered path outside the output folder", () => {
    const outRoot = resolve(root, "safe-join");
    const segment = fc.constantFrom("..", ".", "a", "b c", "", "%2e%2e", "..\\..", "ü", "-x", "~", "\u0000");
    const relPath = fc.array(segment, { maxLength: 6 }).chain((parts) => fc.constantFrom(parts.join("/"), "/" + parts.join("/")));
    fc.assert(
      fc.property(relPath, (p) => {
        let target: string | null = null;
        try {
          target = safeJoin(outRoot, p);
        } catch {
          return; // refused: fine
        }
        expect(target.startsWith(outRoot + sep), `${JSON.stringify(p)} → ${target}`).toBe(true);
      }),
      fuzzParams(),
    );
  });
});
