/**
 * Speakers on an invented flood story: an age between a name and its reporting verb
 * ("…," Mr Okafor, 64, said on Tuesday), a pronoun that goes to the person named in the sentence
 * just before the quote rather than to an older reporting-verb subject, and an unnamed speaker
 * written as a noun phrase ("said one shopkeeper, who asked not to be named").
 */
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

const FLOOD = `River bursts banks in Kellbridge

Water reached the first floor of the market hall on Monday.

"It rose faster than any flood I remember," Mr Okafor, 64, said on Tuesday as he bailed out his shop.

Mayor Tom Reddick says at least 200 homes are flooded. The council estimates the clean-up will take months.

Priya Nandakumar, 52, has run the corner pharmacy for two decades and lost all her stock.

"We will open again, but not this month," she said.

"Nobody warned us about the levee," said one shopkeeper, who asked not to be named.

"We were told to wait upstairs," a resident told reporters.`;

describe("speakers past ages, pronouns and unnamed speakers", () => {
  const { quotes } = analyse(FLOOD);
  const quote = (words: string) => quotes.find((q) => q.text.startsWith(words));

  it("reads the speaker past an age and a time adverbial after the quote", () => {
    expect(quote("It rose faster")?.speaker).toBe("Okafor");
  });

  it("resolves 'she said' to the person named in the sentence just before, not an older reporting subject", () => {
    expect(quote("We will open again")?.speaker).toBe("Priya Nandakumar");
  });

  it("keeps an unnamed speaker as written", () => {
    expect(quote("Nobody warned us")?.speaker).toBe("one shopkeeper");
    expect(quote("We were told to wait")?.speaker).toBe("a resident");
  });
});

describe("an estimate set at a figure credits its subject", () => {
  const STORM = `Hail batters Orvale

The insurers' council, whose assessors have toured every suburb, puts the number of cars damaged at 300, but dealers say the figure is far higher.

The figure was put at 250 on Monday.`;
  const { attributions, source } = analyse(STORM);
  const text = Array.from(source.text);

  it("credits the subject of 'puts … at N' with its clause only", () => {
    const a = attributions.find((x) => x.speaker.includes("council"));
    expect(a).toBeDefined();
    const covered = text.slice(a!.coversStart, a!.coversEnd).join("");
    expect(covered).toContain("at 300");
    expect(covered).not.toContain("dealers");
  });

  it("credits nobody for a passive 'was put at'", () => {
    expect(attributions.some((x) => Array.from(source.text).slice(x.coversStart, x.coversEnd).join("").includes("250"))).toBe(false);
  });
});
