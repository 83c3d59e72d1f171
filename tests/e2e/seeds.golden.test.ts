/**
 * The golden end-to-end run: seeds/ in, every text output compared with
 * tests/fixtures/seeds/expected/. `UPDATE=1 npx vitest run tests/e2e`
 * rewrites the expected files after a deliberate change (never in CI).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readInputFolder } from "../../pipeline/files.ts";
import { run } from "../../pipeline/run.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const expectedDir = join(root, "tests", "fixtures", "seeds", "expected");
const update = process.env.UPDATE === "1" && !process.env.CI;

/** Text outputs compared byte for byte; the PDF is checked for determinism instead (its bytes embed fonts). */
const compared = (path: string) => /\.(csv|json|html)$/.test(path);

describe("seeds end to end", () => {
  it("matches the golden output and is byte-identical run to run", async () => {
    const files = readInputFolder(join(root, "seeds"));
    const first = await run(files);
    const second = await run(files);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    first.files.forEach((f, i) => expect(Buffer.from(second.files[i].bytes).equals(Buffer.from(f.bytes)), f.path).toBe(true));

    const produced = first.files.filter((f) => compared(f.path));
    if (update) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const f of produced) {
        const p = join(expectedDir, f.path);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, f.bytes);
      }
    }
    expect(existsSync(expectedDir), "golden folder missing: run UPDATE=1 npx vitest run tests/e2e").toBe(true);
    const expectedPaths = readdirSync(expectedDir, { recursive: true }).map(String).filter((p) => compared(p)).sort();
    expect(produced.map((f) => f.path).sort()).toEqual(expectedPaths.map((p) => p.split("\\").join("/")));
    for (const f of produced) {
      const want = readFileSync(join(expectedDir, f.path), "utf8");
      const got = Buffer.from(f.bytes).toString("utf8");
      expect(got, `${f.path} differs from the golden copy (UPDATE=1 to accept a deliberate change)`).toBe(want);
    }
  }, 120000);
});
