/**
 * Relative dates on an invented rail strike: "would" looks ahead, the tense of the clause that holds a
 * day's name decides its direction, and "since April last year" is the year before the article's.
 */
import { describe, expect, it } from "vitest";
import { extractSource } from "../../pipeline/extract/index.ts";
import { article, slicesMatch } from "./articleFixture.ts";

function dates(body: string, published: string) {
  const { source, sentences } = article(`Title line\n${body}`, { published });
  const claims = extractSource(source, sentences).claims;
  expect(slicesMatch(source, claims)).toEqual([]);
  return claims.filter((c) => c.kind === "date").map((c) => ({ text: c.text, key: c.key }));
}

// 2024-03-13 is a Wednesday
const PUBLISHED = "2024-03-13";

describe("tense of relative dates", () => {
  it("reads 'would' as looking ahead", () => {
    expect(dates("The union said the walkout would end at 6am on Friday.", PUBLISHED).find((d) => d.text.includes("Friday"))?.key).toBe("2024-03-15");
  });

  it("lets the clause holding the day decide, not another clause's future", () => {
    const got = dates("Talks collapsed on Monday and the strike will continue into next week.", PUBLISHED);
    expect(got.find((d) => d.text.includes("Monday"))?.key).toBe("2024-03-11");
  });

  it("still looks ahead when the day's clause is untensed and the sentence looks ahead", () => {
    const got = dates("The ban, from Friday, will cover all lines.", PUBLISHED);
    expect(got.find((d) => d.text.includes("Friday"))?.key).toBe("2024-03-15");
  });

  it("reads 'since April last year' as April of the year before", () => {
    const got = dates("Drivers have had no pay rise since April last year.", PUBLISHED);
    expect(got.find((d) => d.text.includes("April"))).toMatchObject({ key: "2023-04", text: "April last year" });
  });
});
