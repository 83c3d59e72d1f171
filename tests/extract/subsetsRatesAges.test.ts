/**
 * Quantity forms found on an invented riverboat story, tested here on other invented events: a flood, a
 * mine collapse, a bus crash, a storm, a strike. Parts of a group already named ("three of them children",
 * "four of the dead were firefighters", "six of them in critical condition"), speeds written as a length
 * per hour, "N or M" ranges, years that modify an event noun, and ages of named people.
 */
import { describe, expect, it } from "vitest";
import { one, quantities } from "./articleFixture.ts";
import { article } from "./articleFixture.ts";
import { extractSource } from "../../pipeline/extract/index.ts";

describe("parts of a group already named", () => {
  it("reads 'N of them <noun>' as a count of the noun, with no verb of the whole", () => {
    const c = one("Eleven people drowned in the flash flood, three of them children.", "three of them children");
    expect(c).toMatchObject({ value: 3, unit: "children", key: "child", verb: "" });
    // the whole keeps its own count and verb
    expect(one("Eleven people drowned in the flash flood, three of them children.", "Eleven people")).toMatchObject({ value: 11 });
  });

  it("reads 'N of the <group> were <noun>' with the group as context", () => {
    expect(one("Four of the dead were firefighters, the mayor said.", "Four of the dead were firefighters")).toMatchObject({
      value: 4, key: "firefighter", context: "dead", verb: "",
    });
    expect(one("Two of whom were nurses.", "Two of whom were nurses")).toMatchObject({ value: 2, key: "nurse" });
  });

  it("reads spelled parts of a possessive group: 'three of his players'", () => {
    expect(one("The coach and three of his players were questioned by police.", "three of his players")).toMatchObject({ value: 3, key: "player" });
  });

  it("gives states of the injured the key 'condition' with the severity as context", () => {
    expect(one("Thirty miners were taken to hospital, six of them in critical condition.", "six of them in critical condition")).toMatchObject({
      value: 6, unit: "in critical condition", key: "condition", context: "critical",
    });
    expect(one("Twelve miners were hurt, two of them seriously.", "two of them seriously")).toMatchObject({ value: 2, key: "condition", context: "serious" });
    expect(one("Fourteen passengers were taken to hospital, three with severe burns.", "three with severe burns")).toMatchObject({
      value: 3, key: "condition", context: "severe",
    });
    expect(one("Three of the injured passengers suffered serious head injuries.", "Three of the injured passengers suffered serious head injuries")).toMatchObject({
      value: 3, key: "condition", context: "serious",
    });
  });

  it("reads states after a bare number and extents alone: 'two critically', 'Two remained in critical condition'", () => {
    expect(one("Three died and five others were wounded, two critically.", "two critically")).toMatchObject({ value: 2, key: "condition", context: "critical" });
    expect(one("Two remained in critical condition on Monday.", "Two remained in critical condition")).toMatchObject({ key: "condition", context: "critical" });
    expect(one("The storm damaged 300 homes, 41 of them heavily.", "41 of them heavily")).toMatchObject({ value: 41, key: "condition", context: "heavy" });
  });

  it("counts 'N of them were <verb>ed' in the noun they stand for, with that verb", () => {
    expect(one("No pupils were hurt, but 12 of them were moved to other schools.", "12 of them were moved")).toMatchObject({
      value: 12, key: "pupil", verb: "transfer", context: "other schools",
    });
  });

  it("reads nothing for a part whose noun is only the pronoun, and not 'one of the …'", () => {
    expect(quantities("Two of them were arrested near the border.")).toEqual([]);
    expect(quantities("It is one of the largest dams in the region.")).toEqual([]);
  });
});

describe("speeds", () => {
  it("reads a length per hour as the speed, with the key of km/h or mph", () => {
    expect(one("Gusts of around 90 kilometres an hour tore roofs off.", "around 90 kilometres an hour")).toMatchObject({ value: 90, key: "kmh", qualifier: "about" });
    expect(one("Winds of up to 90 km/h were forecast.", "up to 90 km/h")).toMatchObject({ value: 90, key: "kmh" });
    expect(one("The storm moved inland at 15 km per hour.", "15 km per hour")).toMatchObject({ key: "kmh" });
    expect(one("The bus was travelling at 60 miles per hour.", "60 miles per hour")).toMatchObject({ key: "mph" });
  });

  it("keeps a length per day a distance, and a bracketed speed conversion in the claim", () => {
    expect(one("The marchers walked 20 kilometres a day.", "20 kilometres")).toMatchObject({ key: "km" });
    expect(one("Gusts reached 110 km/h (68 miles per hour) on the coast.", "110 km/h (68 miles per hour)")).toMatchObject({ key: "kmh", value: 110 });
  });
});

describe("ranges and counted nouns", () => {
  it("reads 'N or M' as a range", () => {
    expect(one("Three or four houses were destroyed.", "Three or four houses")).toMatchObject({ value: null, valueMin: 3, valueMax: 4, key: "house" });
  });

  it("ends a counted noun before a phrasal verb joined by 'and'", () => {
    expect(one("The ferry calls at ten villages and picks up anyone waiting.", "ten villages")).toMatchObject({ unit: "villages" });
  });
});

describe("years that modify an event noun", () => {
  function dates(body: string) {
    const { source, sentences } = article(`Title line\n${body}`);
    return extractSource(source, sentences).claims.filter((c) => c.kind === "date").map((c) => c.key);
  }

  it("reads 'the 2015 floods', 'its 2021 report' as years, not 'the 2000 soldiers'", () => {
    expect(dates("It was the worst disaster since the 2015 floods, which killed 40 people.")).toEqual(["2015"]);
    expect(dates("Its 2021 report warned of the risk.")).toEqual(["2021"]);
    expect(dates("The 2000 soldiers returned to barracks.")).toEqual([]);
  });
});

describe("ages of named people", () => {
  it("reads 'Name, 62,' as that person's age, the name in the context", () => {
    const c = one("Ana Kovač, 62, a retired nurse, said the water rose within minutes.", "Ana Kovač, 62");
    expect(c).toMatchObject({ value: 62, key: "age", unit: "year", context: "Ana Kovač" });
    expect(one("Mr Dorn, 45, was arrested on Friday.", "Dorn, 45")).toMatchObject({ value: 45, key: "age", context: "Dorn" });
  });

  it("ties 'a 45-year-old welder' in apposition and 'aged 34' to the name or noun", () => {
    expect(one("Piet Dorn, a 45-year-old welder, was trapped.", "a 45-year-old welder")).toMatchObject({ key: "age", context: "Piet Dorn" });
    expect(one("Police arrested a woman aged 34.", "aged 34")).toMatchObject({ value: 34, key: "age", context: "woman" });
    expect(one("The driver was 52-year-old Tom Hale of Leeds.", "52-year-old Tom Hale")).toMatchObject({ key: "age", context: "Tom Hale" });
  });

  it("reads no age after a place or for a group's several ages", () => {
    expect(quantities("In Lyon, 30 people were hurt.").map((c) => c.key)).toEqual(["person"]);
    expect(quantities("Two of the victims were girls, aged six and nine.").some((c) => c.key === "age")).toBe(false);
  });
});

describe("verbs and contexts of counts", () => {
  it("reads people pulled alive or out of the water or rubble as rescued", () => {
    expect(one("Fishermen pulled 40 people from the lake alive.", "40 people")).toMatchObject({ verb: "rescue" });
    expect(one("Crews dug 14 survivors out of the rubble overnight.", "14 survivors")).toMatchObject({ verb: "rescue" });
    expect(one("The army pulled 300 troops out of the town.", "300 troops").verb).toBe("");
  });

  it("ends a counted noun before 'remain'", () => {
    expect(one("The council says 61 people remain unaccounted for.", "61 people")).toMatchObject({ key: "person", verb: "missing" });
  });

  it("gives a measure what it is of as context: 'tonnes of rice', 'metres deep'", () => {
    expect(one("The lorry carried about 20 tonnes of rice.", "about 20 tonnes")).toMatchObject({ context: "rice" });
    expect(one("The lake is up to 40 metres deep.", "up to 40 metres")).toMatchObject({ context: "deep" });
  });

  it("gives moved people their destination as context", () => {
    expect(one("Dozens of patients were moved to tents in the car park.", "Dozens of patients")).toMatchObject({ verb: "transfer", context: "tents" });
    expect(one("Officials plan to transfer 600 inmates to be tried elsewhere.", "600 inmates").context).toBe("");
  });
});
