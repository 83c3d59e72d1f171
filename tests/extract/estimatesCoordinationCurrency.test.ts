/**
 * Quantity forms from an invented regional-news style (a hailstorm, a dam breach, a ferry strike):
 * an estimate set "at" its figure ("puts the number of cars damaged at 300"), a second number that
 * counts the noun of the first ("40 shops flooded and 12 damaged"), currencies written with a
 * country prefix ("C$4 million", "NZ$2.5 million"), and words that are inherited object keys.
 */
import { describe, expect, it } from "vitest";
import { one, quantities } from "./articleFixture.ts";

describe("estimates set at a figure", () => {
  it("reads 'puts the number of X destroyed at N' as N of X", () => {
    const body = "The insurers' council puts the number of cars damaged at 300.";
    expect(one(body, "300")).toMatchObject({ value: 300, key: "car", verb: "damage" });
  });

  it("reads 'put the toll at N' as deaths", () => {
    const body = "Hospital officials put the toll at 31 on Friday.";
    expect(one(body, "31")).toMatchObject({ value: 31, key: "death", verb: "kill" });
  });

  it("reads 'estimated the number of people evacuated at N'", () => {
    const body = "The agency estimated the number of people evacuated at 2,000.";
    expect(one(body, "2,000")).toMatchObject({ value: 2000, key: "person", verb: "evacuate" });
  });
});

describe("a noun implied in coordination", () => {
  it("counts the first number's noun in '40 shops flooded and 12 damaged'", () => {
    const body = "Surveyors have confirmed 40 shops flooded and 12 damaged.";
    expect(one(body, "40 shops")).toMatchObject({ value: 40, key: "shop", verb: "flood" });
    expect(one(body, "12")).toMatchObject({ value: 12, key: "shop", verb: "damage" });
  });

  it("reads 'a further 9 damaged' and '3 passengers dead and 30 injured'", () => {
    expect(one("Crews found 22 barns destroyed and a further 9 damaged.", "9")).toMatchObject({ value: 9, key: "barn", verb: "damage" });
    expect(one("The crash left 3 passengers dead and 30 injured.", "30")).toMatchObject({ value: 30, key: "passenger", verb: "injure" });
  });
});

describe("currencies with a country prefix", () => {
  it("reads C$, NZ$, A$, AU$, Aus$, HK$, S$ and AUD as their own currencies, keeping the whole text", () => {
    expect(one("The province pledged C$4 million for repairs.", "C$4 million")).toMatchObject({ value: 4e6, key: "cad" });
    expect(one("Donors gave NZ$2.5 million.", "NZ$2.5 million")).toMatchObject({ value: 2.5e6, key: "nzd" });
    expect(one("The fund holds Aus$10 million.", "Aus$10 million")).toMatchObject({ value: 10e6, key: "aud" });
    expect(one("The fund holds A$3 million.", "A$3 million")).toMatchObject({ value: 3e6, key: "aud" });
    expect(one("The fund holds AU$7 million.", "AU$7 million")).toMatchObject({ value: 7e6, key: "aud" });
    expect(one("Traders lost HK$80 million.", "HK$80 million")).toMatchObject({ value: 80e6, key: "hkd" });
    expect(one("Traders lost S$5 million.", "S$5 million")).toMatchObject({ value: 5e6, key: "sgd" });
    expect(one("The levy raised 12 million AUD.", "12 million AUD")).toMatchObject({ value: 12e6, key: "aud" });
  });

  it("keeps a plain $ as US dollars", () => {
    expect(one("The fund holds $3 million.", "$3 million")).toMatchObject({ key: "usd" });
  });
});

describe("words that are inherited object keys", () => {
  it("reads a count whose noun phrase holds 'constructor' like any other word", () => {
    expect(one("Two constructor firms lost 5 cranes.", "Two constructor firms")).toMatchObject({ value: 2, key: "firm" });
    expect(one("About 12 constructor jobs were cut.", "About 12 constructor jobs")).toMatchObject({ value: 12, key: "job" });
    expect(one("The blaze hit a hundred constructor sheds.", "a hundred constructor sheds")).toMatchObject({ value: 100, key: "shed" });
    expect(quantities("A constructor of 12 bridges said 40 workers were injured.").every((c) => c.value === null || Number.isFinite(c.value))).toBe(true);
  });
});
