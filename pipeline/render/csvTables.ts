/**
 * The seven CSV tables of the contract (../shared/CONTRACT.md), column for
 * column. Dialect: RFC 4180, UTF-8 with BOM (so spreadsheets pick UTF-8),
 * `\r\n` row ends, `|` inside list cells, and formula-looking cells
 * neutralised with a leading `'` unless they are plain numbers.
 */
import type { Claim } from "../extract/schema.ts";
import type { RenderInput } from "./index.ts";
import { coverageValue } from "./reportModel.ts";

export type Cell = string | number | null;

export interface CsvTable {
  /** file name in the output folder */
  file: string;
  columns: readonly string[];
  rows: Cell[][];
}

export const sourcesColumns = [
  "source_id", "file", "title", "publisher", "author", "published", "language", "words", "sentences",
  "paragraphs", "claims", "facts_unique", "facts_conflicting", "sha256",
] as const;
export const factsColumns = [
  "fact_id", "kind", "label", "status", "sources", "source_count", "values", "claim_count", "note",
] as const;
export const claimsColumns = [
  "claim_id", "fact_id", "source_id", "kind", "text", "value", "value_min", "value_max", "unit", "qualifier",
  "speaker", "sentence_index", "start", "end", "sentence",
] as const;
export const entitiesColumns = ["entity_id", "type", "name", "variants", "sources", "mention_count"] as const;
export const mentionsColumns = ["entity_id", "source_id", "text", "sentence_index", "start", "end"] as const;
/** followed by one column per source id */
export const coverageFixedColumns = ["fact_id", "label", "kind", "status"] as const;
export const reuseColumns = ["source_a", "source_b", "similarity", "shared_words", "longest_passage"] as const;

const listSeparator = "|";

const plainNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** What csv-stringify's `escape_formulas` guards, fullwidth look-alikes included. */
const formulaStarts = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
const needsQuotes = /[",\r\n]/;

/**
 * One cell as csv-stringify writes it with `escape_formulas` and
 * `quote_record_delimiter` — except that plain numbers written as strings
 * ("-5") keep no guard in the body: the contract calls them numbers, not
 * formulas. Header cells are names, so they are always guarded.
 */
function csvCell(cell: Cell, isHeader = false): string {
  if (cell == null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? (Object.is(cell, -0) ? "0" : String(cell)) : "";
  if (cell === "") return "";
  const guarded = formulaStarts.has(cell[0]) && (isHeader || !(plainNumber.test(cell) && String(Number(cell)) === cell)) ? "'" + cell : cell;
  return needsQuotes.test(cell) ? '"' + guarded.replaceAll('"', '""') + '"' : guarded;
}

/**
 * The CSV bytes of one table. Written here rather than by csv-stringify:
 * that library spends about a microsecond per cell on option handling, which
 * made writing the tables the largest single cost of a 500-source run
 * (issue 7's 3 MB/s). tests/render/csvWriter.test.ts checks, on random
 * cells, that the bytes equal csv-stringify's with the contract's options.
 */
export function toCsv(columns: readonly string[], rows: readonly Cell[][]): Uint8Array {
  // Lines go straight into a growing buffer: joining them into one string and
  // encoding that copies the (many-MB) text twice more.
  let bytes = Buffer.allocUnsafe(64 * 1024);
  let used = 0;
  const append = (line: string) => {
    const worst = used + line.length * 3; // UTF-8 bytes per UTF-16 unit, at most
    if (worst > bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(worst, bytes.length * 2));
      bytes.copy(grown, 0, 0, used);
      bytes = grown;
    }
    used += bytes.write(line, used, "utf8");
  };
  append("\uFEFF" + columns.map((c) => csvCell(c, true)).join(",") + "\r\n");
  for (const row of rows) {
    let line = row.length > 0 ? csvCell(row[0]) : "";
    for (let i = 1; i < row.length; i++) line += "," + csvCell(row[i]);
    append(line + "\r\n");
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, used);
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Similarity to three decimals: enough to rank, stable across platforms. */
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function csvTables(input: RenderInput): CsvTable[] {
  const { ingest, segment, extract, reconcile } = input;
  const order = new Map(ingest.sources.map((s, i) => [s.id, i]));
  const sourceOrder = (a: string, b: string) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || byString(a, b);
  const segmented = new Map(segment.sources.map((s) => [s.sourceId, s]));
  const extracted = new Map(extract.sources.map((s) => [s.sourceId, s]));
  const tallies = new Map(reconcile.tallies.map((t) => [t.sourceId, t]));
  const factOf = new Map(reconcile.assignments.map((a) => [a.claimId, a.factId]));
  for (const f of reconcile.facts) for (const id of f.claimIds) if (!factOf.has(id)) factOf.set(id, f.id);
  const sentencesOf = new Map<string, Map<number, string>>();
  for (const s of segment.sources) sentencesOf.set(s.sourceId, new Map(s.sentences.map((sen) => [sen.index, sen.text])));
  const facts = [...reconcile.facts].sort((a, b) => byString(a.id, b.id));
  const join = (xs: readonly string[]) => xs.join(listSeparator);

  const sources: CsvTable = {
    file: "sources.csv",
    columns: sourcesColumns,
    rows: ingest.sources.map((s) => {
      const seg = segmented.get(s.id);
      const t = tallies.get(s.id);
      return [
        s.id, s.file, s.title, s.publisher, s.author, s.published, s.language,
        seg?.words ?? 0, seg?.sentences.length ?? 0, seg?.paragraphs.length ?? 0,
        extracted.get(s.id)?.claims.length ?? 0, t?.factsUnique ?? 0, t?.factsConflicting ?? 0, s.sha256,
      ];
    }),
  };

  const factsTable: CsvTable = {
    file: "facts.csv",
    columns: factsColumns,
    rows: facts.map((f) => {
      const ids = [...f.sourceIds].sort(sourceOrder);
      return [f.id, f.kind, f.label, f.status, join(ids), ids.length, join(f.values), f.claimIds.length, f.note];
    }),
  };

  // reading order: source by source, then position in the article
  const allClaims: Claim[] = [...extract.sources]
    .sort((a, b) => sourceOrder(a.sourceId, b.sourceId))
    .flatMap((s) => [...s.claims].sort((a, b) => a.start - b.start || a.end - b.end || byString(a.id, b.id)));
  const claims: CsvTable = {
    file: "claims.csv",
    columns: claimsColumns,
    rows: allClaims.map((c) => [
      c.id, factOf.get(c.id) ?? "", c.sourceId, c.kind, c.text, c.value, c.valueMin, c.valueMax, c.unit, c.qualifier,
      c.speaker, c.sentenceIndex, c.start, c.end, sentencesOf.get(c.sourceId)?.get(c.sentenceIndex) ?? "",
    ]),
  };

  const entities: CsvTable = {
    file: "entities.csv",
    columns: entitiesColumns,
    rows: [...reconcile.entities]
      .sort((a, b) => byString(a.id, b.id))
      .map((e) => [e.id, e.type, e.name, join(e.variants), join([...e.sourceIds].sort(sourceOrder)), e.mentionCount]),
  };

  const mentions: CsvTable = {
    file: "mentions.csv",
    columns: mentionsColumns,
    rows: [...reconcile.mentions]
      .sort((a, b) => byString(a.entityId, b.entityId) || sourceOrder(a.sourceId, b.sourceId) || a.start - b.start || a.end - b.end)
      .map((m) => [m.entityId, m.sourceId, m.text, m.sentenceIndex, m.start, m.end]),
  };

  const claimsById = new Map(allClaims.map((c) => [c.id, c]));
  const coverageSources = ingest.sources.map((s) => s.id);
  const columnOf = new Map(coverageSources.map((sid, i) => [sid, i]));
  const coverage: CsvTable = {
    file: "coverage.csv",
    columns: [...coverageFixedColumns, ...coverageSources],
    rows: facts.map((f) => {
      // a fact of a large story has claims from hundreds of sources: group them once, not once per column
      const bySource = new Map<string, Claim[]>();
      for (const id of f.claimIds) {
        const c = claimsById.get(id);
        if (c === undefined) continue;
        const list = bySource.get(c.sourceId);
        if (list) list.push(c);
        else bySource.set(c.sourceId, [c]);
      }
      const row: Cell[] = [f.id, f.label, f.kind, f.status];
      for (const sid of coverageSources) row.push("");
      for (const [sid, mine] of bySource) {
        const column = columnOf.get(sid);
        if (column === undefined) continue;
        row[coverageFixedColumns.length + column] = coverageValue(mine.sort((a, b) => a.start - b.start || byString(a.id, b.id)));
      }
      return row;
    }),
  };

  const reuse: CsvTable = {
    file: "reuse.csv",
    columns: reuseColumns,
    rows: [...reconcile.reuse]
      .sort((a, b) => sourceOrder(a.sourceA, b.sourceA) || sourceOrder(a.sourceB, b.sourceB))
      .map((r) => [r.sourceA, r.sourceB, round3(r.similarity), r.sharedWords, r.longestPassage]),
  };

  return [sources, factsTable, claims, entities, mentions, coverage, reuse];
}
