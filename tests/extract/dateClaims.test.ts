import { describe, expect, it } from "vitest";
import { extractSource } from "../../pipeline/extract/index.ts";
import { article, slicesMatch } from "./articleFixture.ts";

function dates(body: string, published = "") {
  const { source, sentences } = article(`Title line\n${body}`, { published });
  const claims = extractSource(source, sentences).claims;
  expect(slicesMatch(source, claims)).toEqual([]);
  return claims.filter((c) => c.kind === "date").map((c) => ({ text: c.text, key: c.key, value: c.value, unit: c.unit }));
}

describe("dates and times", () => {
  it("keeps a day without a year unresolved when the article has no date", () => {
    expect(dates("On March 3, the ferry capsized near the port.")).toEqual([{ text: "On March 3", key: "--03-03", value: null, unit: "date" }]);
  });

  it("resolves a day against the article's own date, never today", () => {
    const [d] = dates("On March 3, the ferry capsized near the port.", "2021-03-05");
    expect(d).toMatchObject({ key: "2021-03-03", value: Date.UTC(2021, 2, 3) / 86400000 });
    // December in a January article is last December
    expect(dates("The levee was last inspected on December 12.", "2022-01-10")[0].key).toBe("2021-12-12");
  });

  it("reads full dates in both orders and ISO", () => {
    expect(dates("The quake struck on 6 February 2023 before dawn.")[0]).toMatchObject({ text: "on 6 February 2023", key: "2023-02-06" });
    expect(dates("Rains began September 20, 2023, officials said.")[0]).toMatchObject({ key: "2023-09-20" });
    expect(dates("The report is dated 2023-09-20.")[0]).toMatchObject({ key: "2023-09-20" });
  });

  it("keeps a weekday's name when there is no reference and resolves it otherwise", () => {
    expect(dates("The dam burst on Wednesday.")).toEqual([{ text: "on Wednesday", key: "wednesday", value: null, unit: "date" }]);
    // 2023-09-21 was a Thursday: "on Wednesday" is the day before
    expect(dates("The dam burst on Wednesday.", "2023-09-21")[0].key).toBe("2023-09-20");
    // a future sentence looks ahead
    expect(dates("Schools will reopen on Monday.", "2023-09-21")[0].key).toBe("2023-09-25");
  });

  it("prefers the longest form where forms overlap", () => {
    expect(dates("Rescuers arrived on Wednesday, September 20, 2023.").map((d) => d.text)).toEqual(["on Wednesday, September 20, 2023"]);
  });

  it("reads months and years", () => {
    expect(dates("In 2020 a similar storm flooded the delta.")).toEqual([{ text: "2020", key: "2020", value: null, unit: "date" }]);
    expect(dates("The bridge was closed in March 2019.")[0]).toMatchObject({ text: "March 2019", key: "2019-03" });
  });

  it("reads clock times, with GMT in brackets taking precedence", () => {
    expect(dates("The first tremor hit at 1:53 p.m. local time.")[0]).toMatchObject({ text: "1:53 p.m. local time", key: "13:53", unit: "time" });
    expect(dates("The quake hit at 1353 (1023 GMT) on Friday.").map((d) => [d.text, d.key])).toEqual([["1353 (1023 GMT)", "10:23Z"], ["on Friday", "friday"]]);
    expect(dates("Sirens sounded at 4 a.m.")[0]).toMatchObject({ key: "04:00", unit: "time" });
  });

  it("resolves relative days only with an article date", () => {
    expect(dates("The ferry sank yesterday.")).toEqual([]);
    expect(dates("The ferry sank yesterday.", "2022-06-02")[0]).toMatchObject({ text: "yesterday", key: "2022-06-01" });
  });

  it("does not take 'May' the verb for a month", () => {
    expect(dates("May the rescuers be safe, the mayor said.")).toEqual([]);
  });
});
