/**
 * Amounts written in words that news often uses: a number word glued to a unit ("a two-day walkout"),
 * shares of a group ("a third of respondents", "one in five homes") as percent with the group as
 * context, and "A&E"-style names kept as one listed item. Invented sentences about a teachers' strike.
 */
import { describe, expect, it } from "vitest";
import { sentenceView } from "../../pipeline/extract/sentenceTokens.ts";
import { quantityClaims } from "../../pipeline/extract/quantityClaims.ts";
import { listItems } from "../../pipeline/extract/listItems.ts";

function quantities(text: string) {
  const view = sentenceView(0, text, 0);
  return quantityClaims(view, []).map((d) => ({ text: text.slice(d.start, d.end), value: d.value, unit: d.unit, key: d.key, qualifier: d.qualifier, context: d.context }));
}

describe("number words glued to a unit", () => {
  it("reads 'a two-day walkout' and 'a twenty-one-year-old' like their digit forms", () => {
    expect(quantities("Teachers began a two-day walkout on Monday.")).toEqual([
      { text: "a two-day walkout", value: 2, unit: "day", key: "day", qualifier: "", context: "walkout" },
    ]);
    expect(quantities("A twenty-one-year-old teacher was hurt.")[0]).toMatchObject({ value: 21, key: "age" });
  });

  it("leaves number words before other words alone", () => {
    expect(quantities("It was a one-sided contest and a three-way race.")).toEqual([]);
  });
});

describe("shares of a group", () => {
  it("gives a share as percent, with its qualifier and the group as context", () => {
    expect(quantities("About a third of planned lessons were cancelled.")).toEqual([
      { text: "About a third of planned lessons", value: 33.3, unit: "percent", key: "percent", qualifier: "about", context: "lesson" },
    ]);
    expect(quantities("Nearly half of all schools closed.")[0]).toMatchObject({ value: 50, key: "percent", context: "school" });
    expect(quantities("Two-thirds of the staff joined.")[0]).toMatchObject({ value: 66.7, key: "percent", context: "staff" });
    expect(quantities("One in five parents kept children home.")[0]).toMatchObject({ text: "One in five parents", value: 20, key: "percent" });
  });

  it("does not read an ordinal as a share", () => {
    expect(quantities("A third teacher was arrested on Friday.")).toEqual([]);
  });
});

describe("names joined by &", () => {
  it("keeps 'A&E' as one listed item", () => {
    const text = "Nurses kept A&E, maternity and intensive care running.";
    const items = listItems(sentenceView(0, text, 0)).map((d) => text.slice(d.start, d.end));
    expect(items).toContain("A&E");
    expect(items).not.toContain("E");
  });
});
