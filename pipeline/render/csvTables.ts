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

/**
 * A source's column and rank: its position in ingest's order, unknown ids
 * last, ties by id.
 */
class SourceRanks {
  private readonly columnOf = new Map<string, number>();
  readonly ids: string[] = [];
  constructor(sources: RenderInput["ingest"]["sources"]) {
    for (let i = 0; i < sources.length; i++) {
      this.columnOf.set(sources[i].id, i);
      this.ids.push(sources[i].id);
    }
  }
  column(id: string): number | undefined {
    return this.columnOf.get(id);
  }
  rank(id: string): number {
    return this.columnOf.get(id) ?? 1e9;
  }
  compare(a: string, b: string): number {
    return this.rank(a) - this.rank(b) || byString(a, b);
  }
  sorted(ids: readonly string[]): string[] {
    return [...ids].sort((a, b) => this.compare(a, b));
  }
}

function joinList(xs: readonly string[]): string {
  return xs.join(listSeparator);
}

/**
 * Every claim in reading order (source by source, then position in the
 * article) and its links to facts. Claims and facts are linked through these
 * rows, so each fact's claim ids are looked up once, for claims.csv and
 * coverage.csv alike.
 */
interface ClaimRows {
  claims: Claim[];
  /** by row: the fact its assignment names, else the first fact listing it */
  factAt: (string | undefined)[];
  /** each fact's claims, as rows of `claims` */
  rowsOf: Map<Fact, number[]>;
}

function claimRows(input: RenderInput, ranks: SourceRanks): ClaimRows {
  const { extract, reconcile } = input;
  const claims: Claim[] = [];
  for (const s of [...extract.sources].sort((a, b) => ranks.compare(a.sourceId, b.sourceId))) {
    for (const c of [...s.claims].sort(byPosition)) claims.push(c);
  }
  /** claim id → its row (the last, should an id repeat: rows are linked by id) */
  const rowOf = new Map<string, number>();
  for (let row = 0; row < claims.length; row++) rowOf.set(claims[row].id, row);
  const factAt: (string | undefined)[] = new Array(claims.length);
  for (const a of reconcile.assignments) {
    const row = rowOf.get(a.claimId);
    if (row !== undefined) factAt[row] = a.factId;
  }
  const rowsOf = new Map<Fact, number[]>();
  for (const f of reconcile.facts) {
    const rows: number[] = [];
    for (const id of f.claimIds) {
      const row = rowOf.get(id);
      if (row === undefined) continue;
      rows.push(row);
      factAt[row] ??= f.id;
    }
    rowsOf.set(f, rows);
  }
  // a repeated id's earlier rows take the fact of the row the id names
  for (let row = 0; row < claims.length; row++) {
    const named = rowOf.get(claims[row].id)!;
    if (named !== row) factAt[row] = factAt[named];
  }
  return { claims, factAt, rowsOf };
}

function sourcesTable(input: RenderInput): CsvTable {
  const { ingest, segment, extract, reconcile } = input;
  const segmented = new Map(segment.sources.map((s) => [s.sourceId, s]));
  const extracted = new Map(extract.sources.map((s) => [s.sourceId, s]));
  const tallies = new Map(reconcile.tallies.map((t) => [t.sourceId, t]));
  const rows: Cell[][] = [];
  for (const s of ingest.sources) {
    const seg = segmented.get(s.id);
    const t = tallies.get(s.id);
    rows.push([
      s.id, s.file, s.title, s.publisher, s.author, s.published, s.language,
      seg?.words ?? 0, seg?.sentences.length ?? 0, seg?.paragraphs.length ?? 0,
      extracted.get(s.id)?.claims.length ?? 0, t?.factsUnique ?? 0, t?.factsConflicting ?? 0, s.sha256,
    ]);
  }
  return { file: "sources.csv", columns: sourcesColumns, rows };
}

function factsTable(facts: readonly Fact[], ranks: SourceRanks): CsvTable {
  const rows: Cell[][] = [];
  for (const f of facts) {
    const ids = ranks.sorted(f.sourceIds);
    rows.push([f.id, f.kind, f.label, f.status, joinList(ids), ids.length, joinList(f.values), f.claimIds.length, f.note]);
  }
  return { file: "facts.csv", columns: factsColumns, rows };
}

function claimsTable(input: RenderInput, claimRows: ClaimRows): CsvTable {
  /** source id → sentence text by sentence index */
  const sentenceTexts = new Map<string, string[]>();
  for (const s of input.segment.sources) {
    const texts: string[] = [];
    for (const sentence of s.sentences) texts[sentence.index] = sentence.text;
    sentenceTexts.set(s.sourceId, texts);
  }
  const { claims, factAt } = claimRows;
  const rows: Cell[][] = [];
  for (let row = 0; row < claims.length; row++) {
    const c = claims[row];
    rows.push([
      c.id, factAt[row] ?? "", c.sourceId, c.kind, c.text, c.value, c.valueMin, c.valueMax, c.unit, c.qualifier,
      c.speaker, c.sentenceIndex, c.start, c.end, sentenceTexts.get(c.sourceId)?.[c.sentenceIndex] ?? "",
    ]);
  }
  return { file: "claims.csv", columns: claimsColumns, rows };
}

function entitiesTable(input: RenderInput, ranks: SourceRanks): CsvTable {
  const rows: Cell[][] = [];
  for (const e of [...input.reconcile.entities].sort((a, b) => byString(a.id, b.id))) {
    rows.push([e.id, e.type, e.name, joinList(e.variants), joinList(ranks.sorted(e.sourceIds)), e.mentionCount]);
  }
  return { file: "entities.csv", columns: entitiesColumns, rows };
}

function mentionsTable(input: RenderInput, ranks: SourceRanks): CsvTable {
  const mentionList = input.reconcile.mentions;
  const mentionRank: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < mentionList.length; i++) {
    mentionRank.push(ranks.rank(mentionList[i].sourceId));
    order.push(i);
  }
  order.sort((i, j) => {
    const a = mentionList[i];
    const b = mentionList[j];
    return byString(a.entityId, b.entityId) || mentionRank[i] - mentionRank[j] || byString(a.sourceId, b.sourceId) || a.start - b.start || a.end - b.end;
  });
  const rows: Cell[][] = [];
  for (const i of order) {
    const m = mentionList[i];
    rows.push([m.entityId, m.sourceId, m.text, m.sentenceIndex, m.start, m.end]);
  }
  return { file: "mentions.csv", columns: mentionsColumns, rows };
}

function coverageTable(facts: readonly Fact[], ranks: SourceRanks, claimRows: ClaimRows): CsvTable {
  const sourceCount = ranks.ids.length;
  const fixedColumns = coverageFixedColumns.length;
  // a fact of a large story has claims from hundreds of sources: group them once, not once per column
  const claimsInColumn: (Claim[] | undefined)[] = new Array(sourceCount);
  const rows: Cell[][] = [];
  for (const f of facts) {
    const usedColumns: number[] = [];
    for (const row of claimRows.rowsOf.get(f)!) {
      const c = claimRows.claims[row];
      const column = ranks.column(c.sourceId);
      if (column === undefined) continue;
      const list = claimsInColumn[column];
      if (list) list.push(c);
      else {
        claimsInColumn[column] = [c];
        usedColumns.push(column);
      }
    }
    const cells: Cell[] = new Array(fixedColumns + sourceCount).fill("");
    cells[0] = f.id;
    cells[1] = f.label;
    cells[2] = f.kind;
    cells[3] = f.status;
    for (const column of usedColumns) {
      const mine = claimsInColumn[column]!;
      cells[fixedColumns + column] = coverageValue(mine.length > 1 ? mine.sort(byStartThenId) : mine);
      claimsInColumn[column] = undefined;
    }
    rows.push(cells);
  }
  return { file: "coverage.csv", columns: [...coverageFixedColumns, ...ranks.ids], rows };
}

function reuseTable(input: RenderInput, ranks: SourceRanks): CsvTable {
  const rows: Cell[][] = [];
  const pairs = [...input.reconcile.reuse].sort((a, b) => ranks.compare(a.sourceA, b.sourceA) || ranks.compare(a.sourceB, b.sourceB));
  for (const r of pairs) rows.push([r.sourceA, r.sourceB, round3(r.similarity), r.sharedWords, r.longestPassage]);
  return { file: "reuse.csv", columns: reuseColumns, rows };
}

// A 500-source story has tens of thousands of claims and mentions, so the
// tables are built with at most a lookup or two per row: arrays indexed by
// sentence, row and column, and a source's rank looked up before sorting
// rather than in every comparison. One function per table, because V8
// compiles and, after a deoptimisation, recompiles a function whole: as one
// function the seven tables took ~110 ms to compile, several times a run.
export function csvTables(input: RenderInput): CsvTable[] {
  const ranks = new SourceRanks(input.ingest.sources);
  const facts = [...input.reconcile.facts].sort((a, b) => byString(a.id, b.id));
  const rows = claimRows(input, ranks);
  return [
    sourcesTable(input),
    factsTable(facts, ranks),
    claimsTable(input, rows),
    entitiesTable(input, ranks),
    mentionsTable(input, ranks),
    coverageTable(facts, ranks, rows),
    reuseTable(input, ranks),
  ];
}
