/**
 * The limits a user meets on a folder of scraped files, through the command
 * line: each bad input either stops the run with one line naming the file and
 * saying what to do — leaving the previous output byte for byte as it was and
 * no temporary folder behind — or is reported and handled (duplicates counted
 * once, another language set aside, a legacy encoding decoded).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../pipeline/cli.ts";
import { messages } from "../../pipeline/diagnostics.ts";
import { DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_ARTICLES } from "../../pipeline/ingest/index.ts";
import { captureStderr, leftoverTemps, parseCsv, snapshotFolder } from "./cliHarness.ts";

const landslide = (n: number) => `Landslide buries homes in Kestrel Valley

A landslide buried 12 homes in Kestrel Valley on Saturday after three days of rain, the regional civil protection agency said.
Rescuers pulled ${n} people from the mud, and the mayor, Ilse Brandt, said 40 families had been moved to a school.
"The hillside simply came down," said Ilse Brandt.`;

const spanish = `Un deslizamiento de tierra sepulta casas en el valle de Kestrel

Un deslizamiento de tierra sepultó 12 casas en el valle de Kestrel el sábado después de tres días de lluvia, según la agencia regional de protección civil.
Los rescatistas sacaron a 9 personas del lodo y la alcaldesa, Ilse Brandt, dijo que 40 familias fueron trasladadas a una escuela de la zona para pasar la noche.`;

let root: string;
let out: string;
let previous: Record<string, string>;

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, body] of Object.entries(files)) writeFileSync(join(dir, f), body);
  return dir;
}

async function cli(args: string[]) {
  const err = captureStderr();
  const code = await main(args, err.stream);
  return { code, stderr: err.text() };
}

function csvRows(dir: string, file: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(readFileSync(join(dir, file), "utf8").replace(/^\uFEFF/, ""));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "triangulate-limits-"));
  out = join(root, "out");
  const good = folder("good", { "valley-news.txt": landslide(9), "mountain-post.txt": landslide(11) });
  const r = await cli([good, "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  previous = snapshotFolder(out);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("bad input stops the run with one clear line and keeps the previous output", () => {
  const MB = 1024 * 1024;
  const cases: { what: string; files: () => Record<string, string | Uint8Array>; says: string; names: string }[] = [
    {
      what: "an article over the size limit",
      files: () => ({ "ok.txt": landslide(3), "huge.txt": landslide(3) + "\n\n" + "More rain fell on the valley. ".repeat(Math.ceil((5 * MB) / 30)) }),
      says: "over the limit of 5242880",
      names: "huge.txt",
    },
    { what: "a binary file named .txt", files: () => ({ "ok.txt": landslide(3), "photo.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]) }), says: messages["ingest:binary-file"](), names: "photo.txt" },
    { what: "UTF-16 without a byte order mark", files: () => ({ "ok.txt": landslide(3), "utf16.txt": new Uint8Array(Buffer.from(landslide(4), "utf16le")) }), says: messages["ingest:binary-file"](), names: "utf16.txt" },
    { what: "an empty article", files: () => ({ "ok.txt": landslide(3), "empty.txt": "" }), says: messages["ingest:empty-file"](), names: "empty.txt:1:1" },
    { what: "an article of only white space", files: () => ({ "ok.txt": landslide(3), "blank.md": " \n\t\r\n\u00a0\n" }), says: messages["ingest:empty-file"](), names: "blank.md" },
    { what: "an HTML page with no article text", files: () => ({ "ok.txt": landslide(3), "nav.html": "<html><body><nav>Home | World</nav><script>x()</script></body></html>" }), says: messages["ingest:no-text"](), names: "nav.html" },
    { what: "a folder with no articles", files: () => ({ "notes.json": "{}", ".DS_Store": "x" }), says: "no articles", names: "no articles" },
  ];
  for (const c of cases) {
    it(`refuses ${c.what}`, async () => {
      const dir = folder(c.what.replace(/\W+/g, "-"), c.files());
      const r = await cli([dir, "--out", out]);
      expect(r.code, r.stderr).toBe(1);
      const lines = r.stderr.trim().split("\n").filter((l) => !l.startsWith("info:"));
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^fatal: /);
      expect(lines[0]).toContain(c.says);
      expect(lines[0]).toContain(c.names);
      // and says what to do
      expect(lines[0]).toMatch(/\(.+\)$/);
      expect(snapshotFolder(out)).toEqual(previous);
      expect(leftoverTemps(root)).toEqual([]);
    }, 60_000);
  }

  it(`refuses a folder of more than ${DEFAULT_MAX_ARTICLES} articles`, async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= DEFAULT_MAX_ARTICLES; i++) files[`a${String(i).padStart(4, "0")}.txt`] = landslide(i);
    const dir = folder("too-many", files);
    const r = await cli([dir, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(messages["ingest:too-many-files"](DEFAULT_MAX_ARTICLES + 1, DEFAULT_MAX_ARTICLES));
    expect(snapshotFolder(out)).toEqual(previous);
    expect(leftoverTemps(root)).toEqual([]);
  }, 60_000);

  it("accepts an article just under the size limit", async () => {
    const body = landslide(5) + "\n\n";
    const filler = "More rain fell on the valley overnight. ";
    const text = body + filler.repeat(Math.floor((DEFAULT_MAX_ARTICLE_BYTES - body.length) / filler.length));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(DEFAULT_MAX_ARTICLE_BYTES);
    const dir = folder("just-under", { "long.txt": text, "short.txt": landslide(6) });
    const target = join(root, "just-under-out");
    const r = await cli([dir, "--out", target]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvRows(target, "sources.csv").map((s) => s.source_id)).toEqual(["long", "short"]);
  }, 180_000);
});

describe("questionable input is reported and handled", () => {
  it("counts two identical articles once and says so", async () => {
    const dir = folder("dupes", { "first.txt": landslide(9), "second.txt": landslide(9), "third.txt": landslide(14) });
    const target = join(root, "dupes-out");
    const r = await cli([dir, "--out", target]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`second.txt: ${messages["ingest:duplicate"]("first")}`);
    const claims = csvRows(target, "claims.csv");
    expect(claims.some((c) => c.source_id === "first")).toBe(true);
    expect(claims.some((c) => c.source_id === "second"), "a duplicate adds no claims").toBe(false);
    for (const f of csvRows(target, "facts.csv")) {
      expect(f.sources.split("|"), `fact ${f.fact_id}`).not.toContain("second");
      expect(Number(f.source_count)).toBeLessThanOrEqual(2);
    }
    // --strict makes the warning a failure, for unattended builds
    const strict = await cli([dir, "--out", join(root, "dupes-strict"), "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(messages["cli:strict"](1));
    expect(existsSync(join(root, "dupes-strict"))).toBe(false);
  }, 60_000);

  it("detects an article in another language and does not compare it as English", async () => {
    const dir = folder("language", { "english.txt": landslide(9), "spanish.txt": spanish });
    const target = join(root, "language-out");
    const r = await cli([dir, "--out", target]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`spanish.txt: ${messages["ingest:language"]("es")}`);
    expect(csvRows(target, "sources.csv").map((s) => [s.source_id, s.language])).toEqual([["english", "en"], ["spanish", "es"]]);
    expect(csvRows(target, "claims.csv").filter((c) => c.source_id === "spanish")).toEqual([]);
  }, 60_000);

  it("sets aside articles in other scripts, Chinese (no spaces) included", async () => {
    const russian = "Оползень засыпал дома в долине Кестрел\n\nОползень засыпал 12 домов в долине Кестрел в субботу после трёх дней дождей, сообщило региональное агентство гражданской защиты. Спасатели вытащили из грязи девять человек, а мэр сказала, что 40 семей переселены в школу.";
    const chinese = "凯斯特雷尔山谷山体滑坡掩埋房屋\n\n地区民防机构说，连续三天降雨后，凯斯特雷尔山谷周六发生山体滑坡，掩埋了12栋房屋。救援人员从泥浆中救出9人，市长说已有40个家庭被转移到一所学校。";
    const dir = folder("scripts", { "english.txt": landslide(9), "russian.txt": russian, "chinese.txt": chinese });
    const target = join(root, "scripts-out");
    const r = await cli([dir, "--out", target]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of ["russian.txt", "chinese.txt"]) expect(r.stderr).toContain(`${f}: ${messages["ingest:language"]("und")}`);
    expect(messages["ingest:language"]("und")).toContain("another language");
    const languages = Object.fromEntries(csvRows(target, "sources.csv").map((s) => [s.source_id, s.language]));
    expect(languages).toEqual({ chinese: "und", english: "en", russian: "und" });
    expect(csvRows(target, "claims.csv").filter((c) => c.source_id !== "english")).toEqual([]);
  }, 60_000);

  it("decodes a Windows-1252 article with a warning", async () => {
    const text = landslide(9).replace("Ilse Brandt", "Ilse Brändt").replace(`"The hillside`, "\u201cThe hillside").replace(`down,"`, "down,\u201d");
    const cp1252 = new Uint8Array([...text].map((ch) => ({ "\u201c": 0x93, "\u201d": 0x94 })[ch] ?? ch.charCodeAt(0)));
    const dir = folder("legacy", { "legacy.txt": cp1252, "modern.txt": landslide(11) });
    const target = join(root, "legacy-out");
    const r = await cli([dir, "--out", target]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`legacy.txt: ${messages["ingest:legacy-encoding"]("windows-1252")}`);
    const sentences = readFileSync(join(target, "stages/segment.json"), "utf8");
    expect(sentences).toContain("Ilse Brändt");
    expect(sentences).toContain("\u201cThe hillside simply came down,\u201d");
  }, 60_000);

  it("skips files that are not articles with a notice, never fatally", async () => {
    const dir = folder("mixed", { "a.txt": landslide(9), "b.txt": landslide(12), "data.json": "{}", "image.png": new Uint8Array([0x89, 0x50, 0, 0]), "README": "notes" });
    const target = join(root, "mixed-out");
    const r = await cli([dir, "--out", target]);
    expect(r.code, r.stderr).toBe(0);
    expect(csvRows(target, "sources.csv").map((s) => s.file)).toEqual(["a.txt", "b.txt"]);
  }, 60_000);
});
