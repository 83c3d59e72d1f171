/**
 * Lists found on an invented riverboat story, tested on other invented events (an aid convoy, a lorry
 * crash, a warehouse raid): a member that opens with an amount, two members after a verb of carrying,
 * and a carrying verb that is not part of the first member.
 */
import { describe, expect, it } from "vitest";
import { extractSource } from "../../pipeline/extract/index.ts";
import { article, slicesMatch } from "./articleFixture.ts";

function items(body: string) {
  const { source, sentences } = article(`Title line\n${body}`);
  const claims = extractSource(source, sentences).claims;
  expect(slicesMatch(source, claims)).toEqual([]);
  return claims.filter((c) => c.kind === "item").map((c) => [c.text, c.key, c.context]);
}

describe("lists with amounts and verbs of carrying", () => {
  it("reads a list whose member opens with an amount, keyed by the thing measured", () => {
    expect(items("The convoy's load included rice, cooking oil and about 20 tonnes of flour.")).toEqual([
      ["rice", "rice", "include"], ["cooking oil", "cooking oil", "include"], ["flour", "flour", "include"],
    ]);
    expect(items("Officers seized rifles, 20 pistols and grenades.").map((i) => i[1])).toEqual(["rifle", "pistol", "grenade"]);
    expect(items("The barge carried timber, two dozen head of cattle and drums of fuel.").map((i) => i[1])).toEqual(["timber", "cattle", "fuel"]);
  });

  it("reads two members after a verb of carrying or loading", () => {
    expect(items("The lorry was carrying tents and medical supplies to the camp.")).toEqual([
      ["tents", "tent", "carry"], ["medical supplies", "medical supply", "carry"],
    ]);
    expect(items("A van loaded with blankets and bottled water overturned.").map((i) => [i[1], i[2]])).toEqual([["blanket", "load"], ["bottled water", "load"]]);
    expect(items("Volunteers were handing out tarpaulins and hygiene kits.").map((i) => [i[1], i[2]])).toEqual([["tarpaulin", "hand"], ["hygiene kit", "hand"]]);
    // a verb that brings no things keeps a two-member pair unread
    expect(items("The witness gave evidence and testimony.")).toEqual([]);
    expect(items("He ate bread and cheese at the border.")).toEqual([]);
  });

  it("keeps the carrying verb out of the first member", () => {
    expect(items("The truck, carrying rice, flour and tents, crossed the bridge.").map((i) => i[0])).toEqual(["rice", "flour", "tents"]);
  });

  it("reads no items from a list of numbers", () => {
    expect(items("Two of the victims were girls, aged six and nine.")).toEqual([]);
  });
});
