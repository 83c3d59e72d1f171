import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, parseArgs } from "../../pipeline/cli.ts";

function capture() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (s: string) => (lines.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => lines.join("") };
}

const article = (n: number) => `Dam breach floods valley towns

Officials said ${n} people were evacuated from Lowmoor on Tuesday after the dam failed.
The regional governor, Maria Teller, said 14 people were missing.`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "triangulate-cli-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string | Uint8Array>) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, body] of Object.entries(files)) writeFileSync(join(dir, f), body);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, existsSync(join(dir, f)) ? (() => { try { return readFileSync(join(dir, f), "base64"); } catch { return "<dir>"; } })() : ""]));
}

describe("command line", () => {
  it("parses the contract's forms", () => {
    expect(parseArgs([])).toMatchObject({ input: "seeds", out: "output" });
    expect(parseArgs(["stories/a", "--out", "x"])).toMatchObject({ input: "stories/a", out: "x" });
    expect(parseArgs(["--", "-odd-name"])).toMatchObject({ input: "-odd-name" });
  });

  it("rejects an unknown option with usage exit code 2", async () => {
    const err = capture();
    expect(await main(["--frobnicate"], err.stream)).toBe(2);
    expect(err.text()).toContain("unknown option --frobnicate");
  });

  it("writes every contract file and keeps the previous output when a later run fails", async () => {
    const good = folder("good", { "a.txt": article(300), "b.txt": article(3000), "c.md": article(300), "notes.json": "{}" });
    const out = join(root, "out");
    const err = capture();
    expect(await main([good, "--out", out], err.stream)).toBe(0);
    const written = readdirSync(out).sort();
    for (const f of ["report.html", "report.pdf", "sources.csv", "facts.csv", "claims.csv", "entities.csv", "mentions.csv", "coverage.csv", "reuse.csv", "datapackage.json", "stages"]) {
      expect(written).toContain(f);
    }
    expect(readdirSync(join(out, "stages")).sort()).toEqual(["extract.json", "ingest.json", "reconcile.json", "render.json", "segment.json"]);
    const before = snapshot(out);

    const cases: [string, string, string][] = [
      ["empty file", folder("bad-empty", { "a.txt": article(1), "empty.txt": "" }), "empty.txt"],
      ["binary file", folder("bad-binary", { "a.txt": article(1), "image.txt": new Uint8Array([0x89, 0x50, 0, 0, 3, 4, 0, 9]) }), "image.txt"],
      ["empty folder", folder("bad-none", {}), "no articles"],
      ["missing folder", join(root, "does-not-exist"), "does-not-exist"],
    ];
    for (const [what, dir, named] of cases) {
      const e = capture();
      const code = await main([dir, "--out", out], e.stream);
      expect(code, what).not.toBe(0);
      const lines = e.text().trim().split("\n");
      expect(lines, what).toHaveLength(1);
      expect(lines[0], what).toContain(named);
      expect(snapshot(out), what).toEqual(before);
    }
    // no temporary folders are left beside the output
    expect(readdirSync(root).filter((n) => n.includes(".tmp-") || n.includes(".old-"))).toEqual([]);
  }, 60000);

  it("turns warnings into a failure with --strict", async () => {
    const dir = folder("dupes", { "a.txt": article(5), "b.txt": article(5) });
    const out = join(root, "strict-out");
    const e = capture();
    expect(await main([dir, "--out", out, "--strict"], e.stream)).toBe(1);
    expect(e.text()).toContain("--strict");
    expect(existsSync(out)).toBe(false);
  }, 60000);
});
