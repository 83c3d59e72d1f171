import { describe, expect, it } from "vitest";
import { extractSource } from "../../pipeline/extract/index.ts";
import { article, slicesMatch } from "./articleFixture.ts";

function items(body: string) {
  const { source, sentences } = article(`Title line\n${body}`);
  const claims = extractSource(source, sentences).claims;
  expect(slicesMatch(source, claims)).toEqual([]);
  return claims.filter((c) => c.kind === "item").map((c) => [c.text, c.key, c.context]);
}

describe("listed items", () => {
  it("splits an Oxford-comma list after 'included', with the subject noun as context", () => {
    expect(items("The shelter's facilities included a clinic, a mini library, prayer rooms, a canteen, a football pitch, and even a laundry.")).toEqual([
      ["a clinic", "clinic", "facility"], ["a mini library", "library", "facility"], ["prayer rooms", "prayer", "facility"],
      ["a canteen", "canteen", "facility"], ["a football pitch", "football pitch", "facility"], ["a laundry", "laundry", "facility"],
    ]);
  });

  it("takes the passive verb after the list as context", () => {
    expect(items("Chainsaws, generators, water pumps, and life jackets were donated.")).toEqual([
      ["Chainsaws", "chainsaw", "donate"], ["generators", "generator", "donate"], ["water pumps", "water pump", "donate"], ["life jackets", "life jacket", "donate"],
    ]);
  });

  it("reads a list without an Oxford comma after a verb", () => {
    expect(items("Customs officers seized rifles, pistols, ammunition and cash from the lorry.").map((i) => i[1])).toEqual(["rifle", "pistol", "ammunition", "cash"]);
    expect(items("Customs officers seized rifles, pistols, ammunition and cash from the lorry.")[0][2]).toBe("seize");
  });

  it("accepts two members after a word that introduces things", () => {
    expect(items("Police seized heroin and cash at the border.").map((i) => i[0])).toEqual(["heroin", "cash"]);
    expect(items("He ate bread and cheese at the border.")).toEqual([]);
  });

  it("takes the contents of containers as the key", () => {
    expect(items("Rescuers found boxes of medicine, sacks of rice, blankets and tents.").map((i) => i[1])).toEqual(["medicine", "rice", "blanket", "tent"]);
  });

  it("reads nested lists inside a member", () => {
    expect(items("The farm had a barn, a dairy, and a paddock with goats and donkeys.").map((i) => [i[1], i[2]])).toContainEqual(["donkey", "paddock"]);
  });

  it("reads activity lists after 'including' and the activity after 'involved in'", () => {
    expect(items("The syndicate ran many schemes, including smuggling, extortion, and illegal logging.").map((i) => [i[1], i[2]])).toEqual([
      ["smuggling", "scheme"], ["extortion", "scheme"], ["logging", "scheme"],
    ]);
    expect(items("The firm was also involved in timber smuggling, prosecutors said.")).toEqual([["timber smuggling", "timber smuggling", "activity"]]);
  });

  it("leaves lists of names to the entity rules", () => {
    expect(items("Aid came from Kenya, Uganda, Rwanda and Tanzania.")).toEqual([]);
  });

  it("reads past-tense verb-phrase lists as what was done, keyed by the object", () => {
    const got = items("Looters smashed windows, emptied the “Central” pharmacy, and burned two cars.");
    expect(got.map((i) => i[1])).toEqual(["window", "pharmacy", "car"]);
  });

  it("does not read passive clauses or adjective chains as lists", () => {
    expect(items("The boats, supported by helicopters and armored vehicles, reached the island.")).toEqual([]);
  });
});
