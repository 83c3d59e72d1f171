import { describe, expect, it } from "vitest";
import { one, quantities } from "./articleFixture.ts";

describe("quantities: numbers and what they count", () => {
  it("reads digits with separators, the qualifier and a coordinated counted noun", () => {
    const c = one("More than 2,350 firefighters and rescue workers were sent to the flooded valley.", "More than 2,350 firefighters and rescue workers");
    expect(c).toMatchObject({ value: 2350, qualifier: "more_than", unit: "firefighters and rescue workers", key: "firefighter", verb: "deploy" });
  });

  it("keeps the head of 'police and military personnel' and the event verb before the count", () => {
    const c = one("The army evacuated some 12,000 residents and deployed more than 900 police and military personnel.", "more than 900 police and military personnel");
    expect(c).toMatchObject({ value: 900, key: "personnel", qualifier: "more_than", verb: "deploy" });
    expect(one("The army evacuated some 12,000 residents and deployed more than 900 police and military personnel.", "some 12,000 residents")).toMatchObject({ value: 12000, qualifier: "about", verb: "evacuate", key: "resident" });
  });

  it("reads number words and finds the verb after the noun", () => {
    const c = one("Three ferry crew members have already been arrested, police said.", "Three ferry crew members");
    expect(c).toMatchObject({ value: 3, key: "member", verb: "arrest" });
    expect(one("The blaze killed at least one firefighter.", "at least one firefighter")).toMatchObject({ value: 1, qualifier: "at_least", verb: "kill" });
    expect(one("Twenty-five villages were cut off.", "Twenty-five villages")).toMatchObject({ value: 25, key: "village" });
  });

  it("does not count 'one of the', ordinals, page furniture or years", () => {
    const texts = quantities("It was one of the worst floods since 1998, the 2nd this year. See page 4 for 3rd-party photos. In 2019 two hundred homes burned.").map((c) => c.text);
    expect(texts).toEqual(["two hundred homes"]);
  });

  it("reads ranges as min and max", () => {
    expect(one("Between 400 to 500 passengers were still missing on Sunday.", "Between 400 to 500 passengers")).toMatchObject({ value: null, valueMin: 400, valueMax: 500, verb: "missing" });
    expect(one("Rescuers pulled 30-40 survivors from the water.", "30-40 survivors")).toMatchObject({ valueMin: 30, valueMax: 40 });
    expect(one("The storm destroyed between 1,200 and 1,500 houses.", "between 1,200 and 1,500 houses")).toMatchObject({ valueMin: 1200, valueMax: 1500, verb: "destroy" });
  });

  it("reads ratios with the counted noun", () => {
    expect(one("Floodwater reached 18 out of 25 districts.", "18 out of 25 districts")).toMatchObject({ value: 18, key: "district", context: "out of 25" });
  });

  it("reads compounds: durations, areas, measurements with conversions", () => {
    expect(one("The captain faces a 12-year sentence.", "a 12-year sentence")).toMatchObject({ value: 12, unit: "year", key: "year", context: "sentence" });
    expect(one("The fire burned across a 1,500-square-kilometer forest.", "a 1,500-square-kilometer forest")).toMatchObject({ value: 1500, key: "km2", context: "forest" });
    expect(one("The epicentre was about 58km (36 miles) south of the city.", "about 58km (36 miles)")).toMatchObject({ value: 58, key: "km", qualifier: "about" });
    expect(one("The quake struck at a depth of 10 kilometres.", "10 kilometres")).toMatchObject({ value: 10, key: "km" });
  });

  it("reads money with rates and scale words", () => {
    expect(one("Survivors were offered $8 per week in food vouchers.", "$8 per week")).toMatchObject({ value: 8, unit: "usd per week", key: "usd" });
    expect(one("The government pledged US$1.2 billion for rebuilding.", "US$1.2 billion")).toMatchObject({ value: 1.2e9, key: "usd", verb: "pledge" });
    expect(one("Insurers expect claims of over a million dollars annually.", "over a million dollars annually")).toMatchObject({ value: 1e6, unit: "usd per year", qualifier: "more_than" });
    expect(one("The damage was put at €3bn.", "€3bn")).toMatchObject({ value: 3e9, key: "eur" });
  });

  it("reads vague amounts as ranges", () => {
    expect(one("Dozens of fishing boats were found wrecked.", "Dozens of fishing boats")).toMatchObject({ value: null, valueMin: 24, valueMax: 99, key: "boat" });
    expect(one("Several dozen tents were put up.", "Several dozen tents")).toMatchObject({ valueMin: 24, valueMax: 99 });
    expect(one("Hundreds of families fled the ash cloud.", "Hundreds of families")).toMatchObject({ valueMin: 200, valueMax: 999, verb: "escape" });
    expect(one("Tens of thousands of people lost power.", "Tens of thousands of people")).toMatchObject({ valueMin: 20000, valueMax: 99999, key: "person" });
    expect(one("Scores of homes were flattened.", "Scores of homes")).toMatchObject({ valueMin: 40, valueMax: 99 });
  });

  it("reads group words: a decade, a dozen", () => {
    expect(one("The dam had not been inspected for about a decade.", "about a decade")).toMatchObject({ value: 10, key: "year", qualifier: "about" });
    expect(one("A dozen volunteers arrived.", "A dozen volunteers")).toMatchObject({ value: 12, key: "volunteer" });
  });

  it("maps every qualifier", () => {
    const q = (body: string) => quantities(body)[0].qualifier;
    expect(q("Approximately 300 homes flooded.")).toBe("about");
    expect(q("An estimated 300 homes flooded.")).toBe("about");
    expect(q("Around 300 homes flooded.")).toBe("about");
    expect(q("Nearly 300 homes flooded.")).toBe("about");
    expect(q("Over 300 homes flooded.")).toBe("more_than");
    expect(q("At least 300 homes flooded.")).toBe("at_least");
    expect(q("As many as 300 homes flooded.")).toBe("at_most");
    expect(q("Up to 300 homes flooded.")).toBe("at_most");
    expect(q("Fewer than 300 homes flooded.")).toBe("fewer_than");
    expect(q("Exactly 300 homes flooded.")).toBe("exactly");
    expect(q("The flood reached 300 homes.")).toBe("");
  });

  it("counts people for casualty verbs without a noun, and reads tolls", () => {
    expect(one("The landslide buried the road, killing at least 14 and injuring 30.", "at least 14")).toMatchObject({ value: 14, key: "person", verb: "kill" });
    expect(one("The landslide buried the road, killing at least 14 and injuring 30.", "30")).toMatchObject({ value: 30, key: "person", verb: "injure" });
    expect(one("The death toll rose to 2,100 on Monday.", "2,100")).toMatchObject({ value: 2100, key: "death", unit: "death toll" });
    expect(one("Officials said 46 people were dead and 12 missing.", "46 people")).toMatchObject({ verb: "kill" });
  });

  it("does not take numbers glued to letters or times and dates as quantities", () => {
    expect(quantities("Covid-19 wards at the G20 venue stayed open until 11:30 p.m. on March 3.")).toEqual([]);
  });
});
