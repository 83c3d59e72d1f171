import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointIndex } from "../../pipeline/codePoints.ts";
import { isWhiteSpaceUnit, spaceSeparatedCount, textLines } from "../../pipeline/textLines.ts";
import { fuzzParams, hostileText } from "../property/hostileText.ts";

describe("textLines", () => {
  it("splits at \\r\\n, \\n and \\r, trims each line and keeps blank ones", () => {
    const text = "  Title \r\n\r\n\tFirst line\u00a0\rsecond\n\n last";
    expect(textLines(text).map((l) => [l.text, text.slice(l.start, l.end)])).toEqual([
      ["Title", "Title"], ["", ""], ["First line", "First line"], ["second", "second"], ["", ""], ["last", "last"],
    ]);
    expect(textLines("")).toEqual([]);
    expect(textLines("a\n").map((l) => l.text)).toEqual(["a"]);
  });

  it("trims exactly what /\\s/ matches", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isWhiteSpaceUnit(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it("counts the pieces split(/\\s+/) would give", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(spaceSeparatedCount(text)).toBe(text.split(/\s+/).length);
      }),
      fuzzParams(),
    );
  });
});

describe("CodePointIndex", () => {
  it("converts offsets the same with or without astral characters in the text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const index = new CodePointIndex(text);
        const codePoints = Array.from(text);
        expect(index.length).toBe(codePoints.length);
        let unit = 0;
        codePoints.forEach((c, cp) => {
          expect(index.toUnit(cp)).toBe(unit);
          expect(index.toCodePoint(unit)).toBe(cp);
          if (c.length === 2) expect(index.toCodePoint(unit + 1)).toBe(cp); // inside a pair
          unit += c.length;
        });
        expect(index.toUnit(codePoints.length + 5)).toBe(text.length);
        expect(index.toCodePoint(text.length + 5)).toBe(codePoints.length);
      }),
      fuzzParams(),
    );
  });
});
