import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../pipeline/cli.ts";
import { runCorpus } from "../../pipeline/corpus/index.ts";
import { corpusLayout, safeJoin } from "../../pipeline/files.ts";

function capture() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (s: string) => (lines.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => lines.join("") };
}

// three invented events, two or three outlets each
const stories: Record<string, Record<string, string>> = {
  "quake-2031": {
    "coastwire.txt": `Earthquake shakes Port Elvan\n\nA magnitude 6.4 earthquake struck Port Elvan on Monday, killing at least 23 people, the regional governor, Tomas Ferrer, said.\nMore than 400 people were injured and 1,200 homes were damaged.`,
    "daily-ledger.txt": `Quake kills dozens in Port Elvan\n\nAt least 31 people were killed when a 6.4-magnitude quake hit Port Elvan on Monday, according to the fire service.\nGovernor Tomas Ferrer said about 400 people were hurt.`,
    "northern-post.md": `# Port Elvan counts the dead\n\nRescuers in Port Elvan said 23 people died in Monday's earthquake. "We are still digging," said Ines Morrow, a fire chief.`,
  },
  "river-flood": {
    "valley-times.txt": `Floods force thousands from homes along the Marne Vale\n\nAbout 3,000 residents of Marne Vale were evacuated on Friday after the river rose 4 metres, officials said.\nTwo people are missing.`,
    "wire-service.txt": `River bursts banks in Marne Vale\n\nMore than 3,000 people left their homes on Friday as the river rose, the mayor, Clara Jensen, said. Two people were reported missing.`,
  },
  "factory-fire": {
    "metro.txt": `Fire guts textile factory in Osterby\n\nA fire destroyed a textile factory in Osterby on Sunday. Eleven workers were taken to hospital, police said.`,
    "herald.txt": `Osterby factory blaze\n\nFirefighters battled a blaze at an Osterby textile plant on Sunday; 14 workers were treated in hospital, according to police.`,
  },
};

const contractFiles = [
  "report.html", "report.pdf", "sources.csv", "facts.csv", "claims.csv", "entities.csv", "mentions.csv", "coverage.csv",
  "reuse.csv", "datapackage.json", "stages",
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "triangulate-corpus-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function corpus(name: string, content: Record<string, Record<string, string>>): string {
  const dir = join(root, name);
  for (const [story, files] of Object.entries(content)) {
    mkdirSync(join(dir, story), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, story, file), text);
  }
  return dir;
}

function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((p) => [p.slice(dir.length + 1), readFileSync(p, "base64")]),
  );
}

/** `wrote …: N stories (C compared, U unchanged, F failed)` */
function counts(stderr: string) {
  const m = /(\d+) stories \((\d+) compared, (\d+) unchanged, (\d+) failed\)/.exec(stderr);
  if (!m) throw new Error(`no summary line in: ${stderr}`);
  return { stories: Number(m[1]), compared: Number(m[2]), unchanged: Number(m[3]), failed: Number(m[4]) };
}

function csvRows(bytes: Buffer): string[][] {
  // the tests' cells hold no quotes or commas except where noted
  return bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).map((l) => l.split(","));
}

describe("corpus mode", () => {
  it("is chosen for a folder of story folders, not for a folder of articles", () => {
    const dir = corpus("layout", { a: { "x.txt": "text" }, b: {} });
    expect(corpusLayout(dir)).toEqual({ stories: ["a"], empty: ["b"] });
    expect(corpusLayout(join(dir, "a"))).toBeNull();
    writeFileSync(join(dir, "loose.txt"), "an article beside the stories");
    expect(corpusLayout(dir)).toBeNull();
  });

  it("compares each story, writes the corpus index, skips unchanged stories and rebuilds with --force", async () => {
    const dir = corpus("three", stories);
    const out = join(root, "three-out");

    const first = capture();
    expect(await main([dir, "--out", out, "--jobs", "2"], first.stream), first.text()).toBe(0);
    expect(counts(first.text())).toEqual({ stories: 3, compared: 3, unchanged: 0, failed: 0 });
    for (const story of Object.keys(stories)) {
      expect(readdirSync(join(out, story)).sort(), story).toEqual(expect.arrayContaining(contractFiles));
      const sources = csvRows(readFileSync(join(out, story, "sources.csv")));
      expect(sources.length - 1, story).toBe(Object.keys(stories[story]).length);
    }

    const csv = readFileSync(join(out, "stories.csv"));
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csvRows(csv);
    expect(rows[0]).toEqual(["story", "sources", "facts", "conflicts", "top_conflict", "input_folder", "error"]);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([["factory-fire", "2"], ["quake-2031", "3"], ["river-flood", "2"]]);
    for (const r of rows.slice(1)) {
      expect(Number(r[2]), r[0]).toBeGreaterThan(0);
      expect(Number(r[3]), r[0]).toBeGreaterThanOrEqual(0);
      expect(r[3] === "0" ? r[4] === "" : r[4] !== "", `${r[0]}: top conflict only where there is a conflict`).toBe(true);
    }
    const index = readFileSync(join(out, "index.html"), "utf8");
    for (const story of Object.keys(stories)) expect(index).toContain(`href="${story}/report.html"`);
    expect(index).toContain('href="stories.csv"');
    expect(index).not.toMatch(/<script|<link|src=/);
    const firstTree = readTree(out);

    // each story's folder is exactly what a single comparison of that folder writes
    const single = join(root, "single-quake");
    expect(await main([join(dir, "quake-2031"), "--out", single], capture().stream)).toBe(0);
    expect(readTree(join(out, "quake-2031"))).toEqual(readTree(single));

    // unchanged: nothing recomputed, the same bytes
    const second = capture();
    expect(await main([dir, "--out", out], second.stream)).toBe(0);
    expect(counts(second.text())).toEqual({ stories: 3, compared: 0, unchanged: 3, failed: 0 });
    expect(readTree(out)).toEqual(firstTree);

    // one article edited: only its story is recomputed
    writeFileSync(join(dir, "river-flood", "wire-service.txt"), stories["river-flood"]["wire-service.txt"].replace("3,000", "5,000"));
    const third = capture();
    expect(await main([dir, "--out", out, "--jobs", "1"], third.stream)).toBe(0);
    expect(counts(third.text())).toEqual({ stories: 3, compared: 1, unchanged: 2, failed: 0 });
    expect(readFileSync(join(out, "river-flood", "claims.csv"), "utf8")).toContain("5,000");

    // a story whose output was tampered with is rebuilt, not trusted
    rmSync(join(out, "factory-fire", "facts.csv"));
    const fourth = capture();
    expect(await main([dir, "--out", out], fourth.stream)).toBe(0);
    expect(counts(fourth.text())).toEqual({ stories: 3, compared: 1, unchanged: 2, failed: 0 });
    expect(existsSync(join(out, "factory-fire", "facts.csv"))).toBe(true);

    const forced = capture();
    expect(await main([dir, "--out", out, "--force"], forced.stream)).toBe(0);
    expect(counts(forced.text())).toEqual({ stories: 3, compared: 3, unchanged: 0, failed: 0 });
    // recomputed from scratch, byte for byte what the incremental runs left
    const forcedTree = readTree(out);
    const rerun = capture();
    expect(await main([dir, "--out", out], rerun.stream)).toBe(0);
    expect(readTree(out)).toEqual(forcedTree);
    expect(readdirSync(root).filter((n) => n.includes(".tmp-") || n.includes(".old-"))).toEqual([]);
  }, 240_000);

  it("keeps story folders with hostile names inside the output folder", async () => {
    const dir = corpus("hostile", {
      "-rf": stories["factory-fire"],
      "..evil": stories["river-flood"],
      "-- evil..": stories["river-flood"],
      "index.html": stories["factory-fire"],
      "a b": stories["factory-fire"],
      a_b: stories["factory-fire"],
    });
    const outParent = join(root, "hostile-parent");
    mkdirSync(outParent);
    const out = join(outParent, "out");
    const err = capture();
    expect(await main([dir, "--out", out], err.stream), err.text()).toBe(0);
    expect(readdirSync(outParent)).toEqual(["out"]);
    const written = readdirSync(out).sort();
    expect(written).toEqual(["a_b", "a_b-2", "corpus-manifest.json", "evil", "index.html", "index.html-2", "rf", "stories.csv"]);
    // a hidden folder ("..evil") is not a story; the others get safe names
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("<title>Corpus: 5 stories</title>");
    // the original names are shown, escaped, and neutralised in the CSV
    const csv = readFileSync(join(out, "stories.csv"), "utf8");
    expect(csv).toContain("rf,2,");
    expect(csv).toContain(",'-rf,");

    // names that are paths are refused before anything is read or written
    for (const bad of ["../evil", "..", "a/b"]) {
      await expect(runCorpus({ input: dir, out, stories: [bad], stderr: capture().stream }), bad).rejects.toThrow(/not a story folder name/);
    }
    expect(() => safeJoin(out, "../evil")).toThrow();
  }, 240_000);

  it("reports a failing story by file, writes the others, and keeps that story's earlier output", async () => {
    const dir = corpus("failing", { "factory-fire": stories["factory-fire"], "river-flood": stories["river-flood"] });
    const out = join(root, "failing-out");
    expect(await main([dir, "--out", out], capture().stream)).toBe(0);
    const before = readTree(join(out, "river-flood"));

    writeFileSync(join(dir, "river-flood", "empty.txt"), "");
    writeFileSync(join(dir, "factory-fire", "metro.txt"), stories["factory-fire"]["metro.txt"].replace("Eleven", "Twelve"));
    const err = capture();
    expect(await main([dir, "--out", out], err.stream)).toBe(1);
    expect(err.text()).toMatch(/river-flood\/empty\.txt(:\d+)*: the article is empty/);
    expect(counts(err.text())).toEqual({ stories: 2, compared: 1, unchanged: 0, failed: 1 });
    expect(readFileSync(join(out, "factory-fire", "claims.csv"), "utf8")).toContain("Twelve");
    expect(readTree(join(out, "river-flood"))).toEqual(before);
    const row = readFileSync(join(out, "stories.csv"), "utf8").split("\r\n").find((l) => l.startsWith("river-flood,"));
    expect(row).toContain("the article is empty");
  }, 240_000);

  it("refuses an output folder inside the corpus folder", async () => {
    const dir = corpus("nested", { "factory-fire": stories["factory-fire"] });
    const err = capture();
    expect(await main([dir, "--out", join(dir, "out")], err.stream)).toBe(1);
    expect(err.text()).toContain("must not be inside the corpus folder");
    expect(existsSync(join(dir, "out"))).toBe(false);
    expect(resolve(dir)).toBe(resolve(root, "nested"));
  });

  it("rejects a --jobs value that is not a positive whole number", async () => {
    for (const bad of ["0", "-2", "two", "1.5"]) {
      const err = capture();
      expect(await main(["--jobs", bad], err.stream), bad).toBe(2);
      expect(err.text()).toContain("--jobs");
    }
  });
});
