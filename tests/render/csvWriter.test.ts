/**
 * The CSV writer is ours (csv-stringify was too slow per cell for issue 7's
 * 3 MB/s), so csv-stringify with the contract's options is the oracle: on
 * random cells, hostile text included, both must give the same bytes. The one
 * intended difference: plain numbers written as strings ("-5") get no
 * formula guard, which the oracle gets by receiving them as numbers.
 */
import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { toCsv, type Cell } from "../../pipeline/render/csvTables.ts";
import { fuzzParams, hostileText } from "../property/hostileText.ts";

const plainNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

function oracle(columns: readonly string[], rows: readonly Cell[][]): Uint8Array {
  const asStringifyCell = (cell: Cell): string | number => {
    if (cell == null) return "";
    if (typeof cell === "number") return Number.isFinite(cell) ? (Object.is(cell, -0) ? 0 : cell) : "";
    return plainNumber.test(cell) && String(Number(cell)) === cell ? Number(cell) : cell;
  };
  const text = stringify([[...columns], ...rows.map((r) => r.map(asStringifyCell))], {
    bom: true,
    record_delimiter: "windows",
    quote_record_delimiter: true,
    escape_formulas: true,
  });
  return new TextEncoder().encode(text);
}

const trickyPieces = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", ",", '"', "'", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "|", " ", "5", "-5", "0.5", "1e3", "x"];
const trickyString = fc.array(fc.constantFrom(...trickyPieces), { maxLength: 6 }).map((xs) => xs.join(""));
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: trickyString, weight: 6 },
  { arbitrary: hostileText, weight: 3 },
  { arbitrary: fc.constantFrom(null, ""), weight: 1 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, NaN, Infinity, -5, 1e21)), weight: 2 },
);

describe("CSV writer", () => {
  it("writes the same bytes as csv-stringify with the contract's options", () => {
    fc.assert(
      fc.property(fc.array(trickyString, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), (columns, rows) => {
        expect(Buffer.from(toCsv(columns, rows)).toString("hex")).toBe(Buffer.from(oracle(columns, rows)).toString("hex"));
      }),
      fuzzParams(),
    );
  });

  it("writes a header-only table when there are no rows", () => {
    expect(new TextDecoder().decode(toCsv(["a", "b"], []))).toBe("a,b\r\n");
    expect(Buffer.from(toCsv(["a", "b"], [])).equals(Buffer.from(oracle(["a", "b"], [])))).toBe(true);
  });
});
