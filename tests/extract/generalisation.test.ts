/**
 * Quantity rules found by running invented events in styles the seeds do not have: a rolling toll
 * named far from its figure, vague amounts of millions, and parts of a group ("60 of its members").
 */
import { describe, expect, it } from "vitest";
import { one, quantities } from "./articleFixture.ts";

describe("quantities in other styles", () => {
  it("reads a toll named far before its figure when a verb of rising brings it there", () => {
    const body = "The death toll from Tuesday's earthquake on the Ruritanian island of Velo has risen to 14, officials said.";
    expect(one(body, "14")).toMatchObject({ value: 14, key: "death", verb: "kill" });
  });

  it("reads 'the number of people killed … rose to 41' as people killed", () => {
    const body = "The number of people killed by flash floods in the northern province rose to 41 on Sunday.";
    expect(one(body, "41")).toMatchObject({ value: 41, key: "person", verb: "kill" });
  });

  it("does not read a far-off toll without such a verb", () => {
    const body = "The toll road from the port to the old mining town of Verin in the hills was closed, 14 said.";
    expect(quantities(body).some((c) => c.text === "14" && c.key === "death")).toBe(false);
  });

  it("reads tens and hundreds of millions as ranges", () => {
    expect(one("The damage would run to tens of millions of euros.", "tens of millions of euros")).toMatchObject({ valueMin: 20e6, valueMax: 99_999_000 });
    expect(one("Hundreds of millions of dollars were lost.", "Hundreds of millions of dollars")).toMatchObject({ valueMin: 200e6, valueMax: 999_999_000 });
    expect(one("Tens of thousands of people lost power.", "Tens of thousands of people")).toMatchObject({ valueMin: 20000, valueMax: 99999 });
  });

  it("reads a part of a group: '60 of its members', 'several hundred of his supporters'", () => {
    expect(one("The party said more than 60 of its members were arrested.", "more than 60 of its members")).toMatchObject({ value: 60, key: "member", verb: "arrest", qualifier: "more_than" });
    expect(one("Several hundred of his supporters gathered outside.", "Several hundred of his supporters")).toMatchObject({ valueMin: 200, valueMax: 999, key: "supporter" });
    expect(quantities("It is one of the largest prisons in the country.")).toEqual([]);
  });
});

describe("quantities in UK and US local styles", () => {
  // an invented ferry workers' strike at the fictional port of Carrow
  it("ends a counted noun at a past form after a plural noun: '44 depots stopped work', 'hundreds of workers formed picket lines'", () => {
    expect(one("Staff at 44 depots stopped work at 07:00 on Tuesday.", "44 depots")).toMatchObject({ value: 44, unit: "depots" });
    expect(one("Hundreds of dockers formed picket lines at the gates.", "Hundreds of dockers")).toMatchObject({ unit: "dockers" });
  });

  it("keeps a participle inside a noun phrase that does not follow a plural noun", () => {
    expect(one("Police seized 12 armed vehicles near the port.", "12 armed vehicles")).toMatchObject({ unit: "armed vehicles" });
  });

  it("reads British 'cancelled' and 'postponed' as one event verb", () => {
    expect(one("Nearly 600 sailings had been cancelled by midday.", "Nearly 600 sailings")).toMatchObject({ verb: "cancel" });
    expect(one("The operator said 450 sailings had been postponed.", "450 sailings")).toMatchObject({ verb: "cancel" });
  });
});
