import { describe, expect, it } from "vitest";
import { csvTables, toCsv } from "../../pipeline/render/csvTables.ts";
import { render } from "../../pipeline/render/index.ts";
import { factoryFireInput } from "./fixtures.ts";

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF row ends. Throws on malformed input. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (i >= text.length) {
      rows.push(row);
      return rows;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") {
      i += 2;
      rows.push(row);
      row = [];
      if (i >= text.length) return rows;
      continue;
    }
    throw new Error(`bare line break or junk at ${i}: ${JSON.stringify(text.slice(i, i + 10))}`);
  }
}

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

const contractColumns: Record<string, string> = {
  "sources.csv": "source_id, file, title, publisher, author, published, language, words, sentences, paragraphs, claims, facts_unique, facts_conflicting, sha256",
  "facts.csv": "fact_id, kind, label, status, sources, source_count, values, claim_count, note",
  "claims.csv": "claim_id, fact_id, source_id, kind, text, value, value_min, value_max, unit, qualifier, speaker, sentence_index, start, end, sentence",
  "entities.csv": "entity_id, type, name, variants, sources, mention_count",
  "mentions.csv": "entity_id, source_id, text, sentence_index, start, end",
  "reuse.csv": "source_a, source_b, similarity, shared_words, longest_passage",
};

describe("CSV dialect", () => {
  it("round-trips a cell with a newline, a quote and a formula, and writes BOM and CRLF", () => {
    const tricky = 'line one\nline "two"\r\nand =1+1';
    const bytes = toCsv(["a", "b", "c"], [[tricky, "=1+1", 'say "hi", then go']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes).slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    // every row end outside quotes is CRLF: the parser rejects a bare \n there
    const rows = parseCsv(text);
    expect(rows).toEqual([
      ["a", "b", "c"],
      [tricky, "'=1+1", 'say "hi", then go'],
    ]);
  });

  it("neutralises cells a spreadsheet would run, but leaves plain numbers alone", () => {
    const cells = ["=SUM(A1)", "+1+2", "-2+3", "@cmd", "\tx", "\rx", "-5", "-5.25", "12", "-", "—fine", "1,600"];
    const rows = parseCsv(decode(toCsv(cells.map((_, i) => `c${i}`), [cells, [-5, 0, 3.5, null, ...cells.slice(4).map(() => "")]])).slice(1));
    expect(rows[1]).toEqual(["'=SUM(A1)", "'+1+2", "'-2+3", "'@cmd", "'\tx", "'\rx", "-5", "-5.25", "12", "'-", "—fine", "1,600"]);
    expect(rows[2].slice(0, 4)).toEqual(["-5", "0", "3.5", ""]);
  });

  it("writes every contract column, in order, and one coverage column per source", () => {
    const input = factoryFireInput();
    const tables = csvTables(input);
    expect(tables.map((t) => t.file).sort()).toEqual(
      ["claims.csv", "coverage.csv", "entities.csv", "facts.csv", "mentions.csv", "reuse.csv", "sources.csv"],
    );
    for (const t of tables) {
      const header = parseCsv(decode(toCsv(t.columns, t.rows)).slice(1))[0];
      if (t.file === "coverage.csv") {
        expect(header).toEqual(["fact_id", "label", "kind", "status", "harbour-post", "daily-meridian", "riverside-news"]);
      } else {
        expect(header.join(", ")).toBe(contractColumns[t.file]);
      }
    }
  });

  it("fills the tables with rows a reader can check against the articles", async () => {
    const input = factoryFireInput(true);
    const files = new Map((await render(input)).files.map((f) => [f.path, f.bytes]));
    const table = (name: string) => {
      const [header, ...rows] = parseCsv(decode(files.get(name)!).slice(1));
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    };
    const claims = table("claims.csv");
    const text = new Map(input.ingest.sources.map((s) => [s.id, Array.from(s.text)]));
    for (const c of claims) {
      const slice = text.get(c.source_id)!.slice(Number(c.start), Number(c.end)).join("");
      expect(c.text.replace(/^'/, "")).toBe(slice);
      expect(c.sentence).toContain(slice);
    }
    const killed = claims.filter((c) => c.fact_id === "F001");
    expect(killed.map((c) => [c.source_id, c.value, c.qualifier])).toEqual([
      ["harbour-post", "12", "at_least"],
      ["daily-meridian", "19", ""],
      ["riverside-news", "12", ""],
    ]);
    // a negative number stays a number; the hostile text is guarded
    expect(claims.find((c) => c.fact_id === "F008")!.value).toBe("-5");
    const facts = table("facts.csv");
    expect(facts.find((f) => f.fact_id === "F009")!.note).toBe("'=HYPERLINK(\"http://x\")");
    expect(facts.find((f) => f.fact_id === "F001")).toMatchObject({
      status: "conflict",
      sources: "harbour-post|daily-meridian|riverside-news",
      source_count: "3",
    });
    const coverage = table("coverage.csv");
    expect(coverage.find((r) => r.fact_id === "F004")).toMatchObject({ "harbour-post": "a burnt generator", "daily-meridian": "", "riverside-news": "" });
    const entities = table("entities.csv");
    expect(entities.find((e) => e.entity_id === "E002")!.variants).toBe("Ana Petrović|Ana Petrovic");
    expect(table("reuse.csv")[0]).toMatchObject({ source_a: "harbour-post", source_b: "riverside-news", similarity: "0.123" });
  });

  // report.pdf has its own determinism test with the PDF writer
  it("gives byte-identical CSV, JSON and HTML for the same input", async () => {
    const a = (await render(factoryFireInput(true))).files.filter((f) => f.path !== "report.pdf");
    const b = (await render(factoryFireInput(true))).files.filter((f) => f.path !== "report.pdf");
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(b[i].bytes)), f.path).toBe(true));
  });
});
