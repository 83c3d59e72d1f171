/**
 * Ingest over hostile bytes and text: whatever a folder holds, ingest either
 * returns sources that keep the contract or stops with a FatalDiagnostic
 * naming the file (binary, empty, too large…) — never another exception,
 * never a hang. Offsets of page furniture stay inside the text and match it.
 */
import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointIndex, codePointLength } from "../../pipeline/codePoints.ts";
import { FatalDiagnostic } from "../../pipeline/diagnostics.ts";
import { ingest, sourceIdFor, type InputFile } from "../../pipeline/ingest/index.ts";
import { IngestOutput } from "../../pipeline/ingest/schema.ts";
import { fuzzParams, fuzzTimeout, hasLoneSurrogate, hostileArticle, hostileText } from "./hostileText.ts";

const decodeIngest = Schema.decodeUnknownSync(IngestOutput);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** The ways a text reaches the disk: UTF-8 with and without BOM, UTF-16 with either BOM, Windows-1252-ish bytes. */
const encodings: Record<string, (s: string) => Uint8Array> = {
  "utf-8": utf8,
  "utf-8-bom": (s) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]),
  "utf-16le": (s) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, "utf16le")]),
  "utf-16be": (s) => {
    const le = Buffer.from(s, "utf16le");
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return new Uint8Array([0xfe, 0xff, ...le]);
  },
  latin1: (s) => new Uint8Array(Buffer.from(s, "latin1")),
};

const extension = fc.constantFrom(".txt", ".md", ".html", ".htm", ".TXT", ".json", "");

/** One input file: hostile text in some encoding, or raw bytes. */
const inputFile: fc.Arbitrary<InputFile> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(hostileArticle, fc.constantFrom(...Object.keys(encodings)), extension, fc.string({ unit: "binary", minLength: 1, maxLength: 12 }))
      .map(([text, enc, ext, stem]) => ({ name: `${stem.replace(/[/\\]/g, "_")}${ext}`, bytes: encodings[enc](text) })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.uint8Array({ maxLength: 400 }), extension).map(([bytes, ext]) => ({ name: `raw${ext}`, bytes })),
  },
);

/** Runs ingest; a FatalDiagnostic is an answer, any other exception fails the property. */
function ingestOrFatal(files: InputFile[]) {
  try {
    return { out: ingest(files), fatal: null };
  } catch (e) {
    if (e instanceof FatalDiagnostic) return { out: null, fatal: e.diagnostic };
    throw e;
  }
}

function checkSources(files: InputFile[]): void {
  const copies = files.map((f) => new Uint8Array(f.bytes));
  const { out, fatal } = ingestOrFatal(files);
  files.forEach((f, i) => expect(f.bytes, "ingest must not mutate its input").toEqual(copies[i]));
  if (fatal) {
    expect(fatal.severity).toBe("fatal");
    expect(fatal.rule).toMatch(/^ingest:/);
    expect(fatal.reason).not.toBe("");
    // a problem with one article names it
    if (!["ingest:empty-folder", "ingest:too-many-files"].includes(fatal.rule)) expect(files.map((f) => f.name)).toContain(fatal.file);
    return;
  }
  decodeIngest(out);
  const ids = out!.sources.map((s) => s.id);
  expect(new Set(ids).size, "source ids are unique").toBe(ids.length);
  for (const s of out!.sources) {
    expect(s.id).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
    expect(hasLoneSurrogate(s.text), "decoded text is well-formed UTF-16").toBe(false);
    expect(s.text.trim()).not.toBe("");
    expect(s.title).not.toMatch(/[\r\n]/);
    const index = new CodePointIndex(s.text);
    const length = codePointLength(s.text);
    let last = 0;
    for (const b of s.boilerplate) {
      expect(b.start).toBeGreaterThanOrEqual(last);
      expect(b.end).toBeGreaterThanOrEqual(b.start);
      expect(b.end).toBeLessThanOrEqual(length);
      expect(b.text).toBe(index.slice(b.start, b.end));
      last = b.end;
    }
    if (s.duplicateOf) expect(ids).toContain(s.duplicateOf);
  }
  // every file is either a source or skipped with a reason
  expect(out!.sources.length + out!.skipped.length).toBe(files.length);
}

describe("ingest never breaks on hostile input", () => {
  it("returns valid sources or a fatal diagnostic for any single file", () => {
    fc.assert(fc.property(inputFile, (f) => checkSources([f])), fuzzParams());
  }, fuzzTimeout(30));

  it("returns valid sources or a fatal diagnostic for any folder", () => {
    const folder = fc.uniqueArray(inputFile, { maxLength: 6, selector: (f) => f.name });
    fc.assert(fc.property(folder, (files) => checkSources(files)), fuzzParams());
  }, fuzzTimeout(60));

  it("gives the same result twice (determinism)", () => {
    fc.assert(
      fc.property(inputFile, (f) => {
        const a = ingestOrFatal([f]);
        const b = ingestOrFatal([{ name: f.name, bytes: new Uint8Array(f.bytes) }]);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      fuzzParams(),
    );
  }, fuzzTimeout(30));

  it("counts a copied article once, whatever its text", () => {
    fc.assert(
      fc.property(hostileArticle, (text) => {
        const { out } = ingestOrFatal([{ name: "a.txt", bytes: utf8(text) }, { name: "b.txt", bytes: utf8(text) }]);
        if (!out) return;
        expect(out.sources.map((s) => s.duplicateOf)).toEqual(["", "a"]);
        expect(out.diagnostics.filter((d) => d.rule === "ingest:duplicate").map((d) => d.file)).toEqual(["b.txt"]);
      }),
      fuzzParams(),
    );
  }, fuzzTimeout(30));

  it("makes an id from any file name that cannot be a path or an option", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("..", "../../etc/passwd", "-rf", "--out", ".hidden", "a/../b", "con", "\u202eexe.txt", " ")), (name) => {
        const id = sourceIdFor(name);
        expect(id).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
        expect(id).not.toMatch(/[/\\]/);
        expect(id.startsWith("-") || id.startsWith(".")).toBe(false);
      }),
      fuzzParams(),
    );
  }, fuzzTimeout(2));
});

describe("ingest stays fast on extreme shapes", () => {
  const MB = 1024 * 1024;
  const shapes: [string, () => string][] = [
    ["a 1 MB line without breaks", () => "Title\n\n" + "a".repeat(MB)],
    ["unclosed markup openers", () => "Title\n\n" + "<p ".repeat(MB / 4)],
    ["unclosed brackets and emphasis", () => "Title\n\n" + "[a ** _b *c ".repeat(MB / 16)],
    ["nested links", () => "Title\n\n" + "[".repeat(MB / 4) + "x" + "]".repeat(MB / 4)],
    ["entities without end", () => "Title\n\n" + "&#x".repeat(MB / 4)],
    ["byline-like names glued by 'and'", () => "Title\n\nBy A" + "andB".repeat(40_000) + "!"],
    ["one blank line after another", () => "Title" + "\n\n".repeat(MB / 2)],
    ["capitalised words with slashes (photo-credit pattern)", () => "Title\n\n" + "Abc Def/Ghi ".repeat(MB / 16)],
  ];
  for (const [what, make] of shapes) {
    for (const ext of [".txt", ".md", ".html"]) {
      it(`ingests ${what} as ${ext} quickly`, () => {
        const t0 = performance.now();
        const { out, fatal } = ingestOrFatal([{ name: `big${ext}`, bytes: utf8(make()) }]);
        expect(out !== null || fatal !== null).toBe(true);
        expect(performance.now() - t0, `${what} ${ext}`).toBeLessThan(10_000);
      }, 60_000);
    }
  }
});
