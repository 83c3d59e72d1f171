/**
 * The seven CSV tables of the contract (../shared/CONTRACT.md), column for
 * column. Dialect: RFC 4180, UTF-8 with BOM (so spreadsheets pick UTF-8),
 * `\r\n` row ends, `|` inside list cells, and formula-looking cells
 * neutralised with a leading `'` unless they are plain numbers.
 */
import type { Claim } from "../extract/schema.ts";
import type { Fact } from "../reconcile/schema.ts";
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
const needsQuotes = /[",\r\n]/;

/** What csv-stringify's `escape_formulas` guards, fullwidth look-alikes included. */
function isFormulaStart(charCode: number): boolean {
  switch (charCode) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // carriage return
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
      return true;
    default:
      return false;
  }
}

/**
 * One cell as csv-stringify writes it with `escape_formulas` and
 * `quote_record_delimiter` — except that plain numbers written as strings
 * ("-5") keep no guard in the body: the contract calls them numbers, not
 * formulas. Header cells are names, so they are always guarded.
 */
function csvCell(cell: Cell, isHeader: boolean): string {
  if (typeof cell === "string") {
    if (cell === "") return "";
    const guarded = isFormulaStart(cell.charCodeAt(0)) && (isHeader || !(plainNumber.test(cell) && String(Number(cell)) === cell)) ? "'" + cell : cell;
    return needsQuotes.test(cell) ? '"' + guarded.replaceAll('"', '""') + '"' : guarded;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? (Object.is(cell, -0) ? "0" : String(cell)) : "";
  return "";
}

/** Text handed to the UTF-8 encoder at a time (UTF-16 units); see toCsv. */
const chunkLength = 16 * 1024;

/**
 * The CSV bytes of one table. Written here rather than by csv-stringify:
 * that library spends about a microsecond per cell on option handling, which
 * made writing the tables the largest single cost of a 500-source run
 * (issue 7's 3 MB/s). tests/render/csvWriter.test.ts checks, on random
 * cells, that the bytes equal csv-stringify's with the contract's options.
 */
export function toCsv(columns: readonly string[], rows: readonly Cell[][]): Uint8Array {
  // Cells are appended to one string that is encoded into a growing buffer
  // every ~16K units: one encoder call per line cost more than the encoding,
  // and much longer strings are slower to flatten (measured, 500 sources).
  let bytes = Buffer.allocUnsafe(64 * 1024);
  let used = 0;
  const encode = (text: string) => {
    const worst = used + text.length * 3; // UTF-8 bytes per UTF-16 unit, at most
    if (worst > bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(worst, bytes.length * 2));
      bytes.copy(grown, 0, 0, used);
      bytes = grown;
    }
    used += bytes.write(text, used, "utf8");
  };
  let text = "\uFEFF";
  for (let i = 0; i < columns.length; i++) text += (i > 0 ? "," : "") + csvCell(columns[i], true);
  text += "\r\n";
  for (const row of rows) {
    if (row.length > 0) text += csvCell(row[0], false);
    for (let i = 1; i < row.length; i++) text += "," + csvCell(row[i], false);
    text += "\r\n";
    if (text.length >= chunkLength) {
      encode(text);
      text = "";
    }
  }
  encode(text);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, used);
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reading order of one source's claims. */
function byPosition(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || byString(a.id, b.id);
}

/** Order of one source's claims in a coverage cell. */
function byStartThenId(a: Claim, b: Claim): number {
  return a.start - b.start || byString(a.id, b.id);
}

/** Similarity to three decimals: enough to rank, stable across platforms. */
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

// A 500-source story has tens of thousands of claims and mentions, so the
// tables are built with at most a lookup or two per row: arrays indexed by
// sentence, row and column, and a source's rank looked up before sorting
// rather than in every comparison.
export function csvTables(input: RenderInput): CsvTable[] {
  const { ingest, segment, extract, reconcile } = input;
  /** source id → its column / rank: position in ingest's order (unknown ids last) */
  const order = new Map<string, number>();
  ingest.sources.forEach((s, i) => order.set(s.id, i));
  const rankOf = (id: string) => order.get(id) ?? 1e9;
  const sourceOrder = (a: string, b: string) => rankOf(a) - rankOf(b) || byString(a, b);
  const segmented = new Map(segment.sources.map((s) => [s.sourceId, s]));
  const extracted = new Map(extract.sources.map((s) => [s.sourceId, s]));
  const tallies = new Map(reconcile.tallies.map((t) => [t.sourceId, t]));
  /** source id → sentence text by sentence index */
  const sentenceTexts = new Map<string, string[]>();
  for (const s of segment.sources) {
    const texts: string[] = [];
    for (const sentence of s.sentences) texts[sentence.index] = sentence.text;
    sentenceTexts.set(s.sourceId, texts);
  }
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
    .flatMap((s) => [...s.claims].sort(byPosition));
  // Claims and facts are linked through claim rows, so each fact's claim ids
  // are looked up once, for claims.csv and coverage.csv alike.
  /** claim id → its row in allClaims (the last, should an id repeat: rows are linked by id) */
  const rowOf = new Map<string, number>();
  allClaims.forEach((c, row) => rowOf.set(c.id, row));
  /** by row: the fact its assignment names, else the first fact listing it */
  const factAt: (string | undefined)[] = new Array(allClaims.length);
  for (const a of reconcile.assignments) {
    const row = rowOf.get(a.claimId);
    if (row !== undefined) factAt[row] = a.factId;
  }
  const claimRowsOf = new Map<Fact, number[]>();
  for (const f of reconcile.facts) {
    const rows: number[] = [];
    for (const id of f.claimIds) {
      const row = rowOf.get(id);
      if (row === undefined) continue;
      rows.push(row);
      factAt[row] ??= f.id;
    }
    claimRowsOf.set(f, rows);
  }
  const claims: CsvTable = {
    file: "claims.csv",
    columns: claimsColumns,
    rows: allClaims.map((c) => [
      c.id, factAt[rowOf.get(c.id)!] ?? "", c.sourceId, c.kind, c.text, c.value, c.valueMin, c.valueMax, c.unit, c.qualifier,
      c.speaker, c.sentenceIndex, c.start, c.end, sentenceTexts.get(c.sourceId)?.[c.sentenceIndex] ?? "",
    ]),
  };

  const entities: CsvTable = {
    file: "entities.csv",
    columns: entitiesColumns,
    rows: [...reconcile.entities]
      .sort((a, b) => byString(a.id, b.id))
      .map((e) => [e.id, e.type, e.name, join(e.variants), join([...e.sourceIds].sort(sourceOrder)), e.mentionCount]),
  };

  const mentionList = reconcile.mentions;
  const mentionRank = mentionList.map((m) => rankOf(m.sourceId));
  const mentions: CsvTable = {
    file: "mentions.csv",
    columns: mentionsColumns,
    rows: mentionList
      .map((_, i) => i)
      .sort((i, j) => {
        const a = mentionList[i];
        const b = mentionList[j];
        return byString(a.entityId, b.entityId) || mentionRank[i] - mentionRank[j] || byString(a.sourceId, b.sourceId) || a.start - b.start || a.end - b.end;
      })
      .map((i) => {
        const m = mentionList[i];
        return [m.entityId, m.sourceId, m.text, m.sentenceIndex, m.start, m.end];
      }),
  };

  const coverageSources = ingest.sources.map((s) => s.id);
  const fixedColumns = coverageFixedColumns.length;
  // a fact of a large story has claims from hundreds of sources: group them once, not once per column
  const claimsInColumn: (Claim[] | undefined)[] = new Array(coverageSources.length);
  // (a loop, not a map callback: V8 drops a per-call closure's optimised code at each full collection)
  const coverageRows: Cell[][] = [];
  for (const f of facts) {
    const usedColumns: number[] = [];
    for (const row of claimRowsOf.get(f)!) {
      const c = allClaims[row];
      const column = order.get(c.sourceId);
      if (column === undefined) continue;
      const list = claimsInColumn[column];
      if (list) list.push(c);
      else {
        claimsInColumn[column] = [c];
        usedColumns.push(column);
      }
    }
    const row: Cell[] = new Array(fixedColumns + coverageSources.length).fill("");
    row[0] = f.id;
    row[1] = f.label;
    row[2] = f.kind;
    row[3] = f.status;
    for (const column of usedColumns) {
      const mine = claimsInColumn[column]!;
      row[fixedColumns + column] = coverageValue(mine.length > 1 ? mine.sort(byStartThenId) : mine);
      claimsInColumn[column] = undefined;
    }
    coverageRows.push(row);
  }
  const coverage: CsvTable = { file: "coverage.csv", columns: [...coverageFixedColumns, ...coverageSources], rows: coverageRows };

  const reuse: CsvTable = {
    file: "reuse.csv",
    columns: reuseColumns,
    rows: [...reconcile.reuse]
      .sort((a, b) => sourceOrder(a.sourceA, b.sourceA) || sourceOrder(a.sourceB, b.sourceB))
      .map((r) => [r.sourceA, r.sourceB, round3(r.similarity), r.sharedWords, r.longestPassage]),
  };

  return [sources, factsTable, claims, entities, mentions, coverage, reuse];
}
