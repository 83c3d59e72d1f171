/**
 * Rules found on an invented bushfire (British/Australian "per cent", a loose figure in the lede, two
 * voices' burnt areas, a street's count against the total, distances from two places, durations, an
 * acronym inside an organisation's name). Each rule is stated here on a different invented story: a
 * flood in a fictional river town, a storm, a strike, a trial, a volcano, an earthquake.
 */
import { describe, expect, it } from "vitest";
import { distanceFromAfter, servingBefore, smallPlaceOf } from "../../pipeline/reconcile/newsLexicon.ts";
import { entityWith, factOf, mention, resolveMentions as resolve, runReconcile as run } from "./corpusFixture.ts";

describe("shares written 'per cent'", () => {
  it("compares '60 per cent' with '60 percent' and '60%', not as a rate per cent", () => {
    // an invented turnout in a fictional regional vote
    const out = run([
      { id: "uk", text: "Turnout was 60 per cent, the returning officer said.", claims: [{ find: "60 per cent", value: 60, unit: "percent", key: "percent" }] },
      { id: "us", text: "Turnout was 60 percent, officials said.", claims: [{ find: "60 percent", value: 60, unit: "percent", key: "percent" }] },
      { id: "web", text: "Turnout hit about 60% on Sunday.", claims: [{ find: "about 60%", value: 60, qualifier: "about", unit: "percent", key: "percent" }] },
    ]);
    const f = factOf(out, "uk:q1");
    expect(f.claimIds).toEqual(["uk:q1", "us:q1", "web:q1"]);
    expect(f.status).toBe("agree");
  });

  it("still keeps a rate per week apart from a plain amount", () => {
    const out = run([
      { id: "a", text: "Strikers get $50 per week from the union fund.", claims: [{ find: "$50 per week", value: 50, unit: "usd per week", key: "usd" }] },
      { id: "b", text: "Each striker was given $50 by the union.", claims: [{ find: "$50", value: 50, unit: "usd", key: "usd" }] },
    ]);
    expect(factOf(out, "a:q1").id).not.toBe(factOf(out, "b:q1").id);
  });
});

describe("a figure given loosely in the lede", () => {
  // an invented flood in the fictional river town of Haldersby
  const flood = run([
    {
      id: "wire",
      text: "Floodwater swept through Haldersby overnight, damaging dozens of homes.\nThe council said 31 homes had been damaged.",
      claims: [
        { find: "dozens of homes", min: 24, max: 99, value: null, unit: "homes", key: "home", verb: "damage" },
        { find: "31 homes", value: 31, unit: "homes", key: "home", verb: "damage", speaker: "council", attribution: "cited" },
      ],
    },
    { id: "local", text: "At least 31 homes were damaged, the council confirmed.", claims: [{ find: "At least 31 homes", value: 31, qualifier: "at_least", unit: "homes", key: "home", verb: "damage" }] },
    { id: "radio", text: "The water board said 58 homes were damaged by the flood.", claims: [{ find: "58 homes", value: 58, unit: "homes", key: "home", verb: "damage", speaker: "water board", attribution: "cited" }] },
  ]);

  it("joins the exact figure its own article gives, so the other account can still conflict", () => {
    const f = factOf(flood, "radio:q1");
    expect(f.status).toBe("conflict");
    expect(f.claimIds).toEqual(["wire:q1", "wire:q2", "local:q1", "radio:q1"]);
    expect(f.note).toMatch(/2 sources say (?:at least )?31/);
  });
});

describe("two voices' measures in one sentence", () => {
  it("makes the agency's and the council's burnt areas one conflicting fact though the council's says what land it was", () => {
    // an invented grass fire on a fictional plain
    const out = run([
      {
        id: "paper",
        text: "The fire agency put the burnt area at 3,200 hectares, but the shire's own survey shows about 5,000 hectares of pasture have burnt.",
        claims: [
          { find: "3,200 hectares", value: 3200, unit: "hectares", key: "ha" },
          { find: "about 5,000 hectares", value: 5000, qualifier: "about", unit: "hectares", key: "ha", context: "pasture" },
        ],
      },
      {
        id: "wire",
        text: "The blaze has burnt about 3,200 hectares of grassland, the fire agency said.",
        claims: [{ find: "about 3,200 hectares", value: 3200, qualifier: "about", unit: "hectares", key: "ha", context: "grassland" }],
      },
    ]);
    const f = factOf(out, "paper:q1");
    expect(f.claimIds).toEqual(["paper:q1", "paper:q2", "wire:q1"]);
    expect(f.status).toBe("conflict");
    expect(f.note).toContain("according to the shire's own survey");
  });

  it("keeps two sources' areas of different land apart when nothing sets them against each other", () => {
    const out = run([
      { id: "a", text: "Floodwater covered 800 hectares of cropland near the river.", claims: [{ find: "800 hectares", value: 800, unit: "hectares", key: "ha", context: "cropland" }] },
      { id: "b", text: "About 2,000 hectares of forest were cleared last year.", claims: [{ find: "About 2,000 hectares", value: 2000, qualifier: "about", unit: "hectares", key: "ha", context: "forest" }] },
    ]);
    expect(factOf(out, "a:q1").id).not.toBe(factOf(out, "b:q1").id);
  });
});

describe("a count for a smaller place is part of the total", () => {
  it("reads the street, village or named site a count is given for", () => {
    expect(smallPlaceOf("On Mill Lane, where ", " were flooded, residents")).toBe("Mill Lane");
    expect(smallPlaceOf("", " on Harbour Road were flooded")).toBe("Harbour Road");
    expect(smallPlaceOf("", " were flattened in the village of Oberkell, police said")).toBe("Oberkell");
    expect(smallPlaceOf("", " at Kestrel Primary School were hurt")).toBe("Kestrel Primary School");
    // a breakdown after a comma, or the town itself, is not a smaller place
    expect(smallPlaceOf("counted ", " lost, most of them on Harbour Road")).toBe("");
    expect(smallPlaceOf("", " on the edge of the market town of Haldersby")).toBe("");
    expect(smallPlaceOf("", " in Haldersby")).toBe("");
  });

  // an invented storm in the fictional coastal town of Wenmouth
  const storm = run([
    {
      id: "a",
      text: "The council says 40 homes were damaged in the storm.\nOn Mill Lane, where six homes were damaged, residents spent the night in the church hall.",
      claims: [
        { find: "40 homes", value: 40, unit: "homes", key: "home", verb: "damage" },
        { find: "six homes", value: 6, unit: "homes", key: "home", verb: "damage" },
      ],
    },
    { id: "b", text: "Forty homes were damaged in Wenmouth, the council said.", claims: [{ find: "Forty homes", value: 40, unit: "homes", key: "home", verb: "damage" }] },
    { id: "c", text: "Six homes were damaged on Mill Lane alone.", claims: [{ find: "Six homes", value: 6, unit: "homes", key: "home", verb: "damage" }] },
  ]);

  it("never sets the street's count against the town's total", () => {
    expect(factOf(storm, "a:q1").status).toBe("agree");
    expect(factOf(storm, "a:q2").id).not.toBe(factOf(storm, "a:q1").id);
    expect(factOf(storm, "a:q2").status).toBe("agree");
    expect(factOf(storm, "a:q2").claimIds).toEqual(["a:q2", "c:q1"]);
  });
});

describe("distances from named places", () => {
  it("reads the place a distance is measured from", () => {
    expect(distanceFromAfter(" south-east of Varnholm, near the lake")).toBe("Varnholm");
    expect(distanceFromAfter(" (62 miles) from Port Esker")).toBe("Port Esker");
    expect(distanceFromAfter(" off the coast of Kessa Island")).toBe("Kessa Island");
    expect(distanceFromAfter(" of road")).toBe("");
  });

  // an invented earthquake: where the epicentre was, and where the capital is
  const quake = run([
    {
      id: "a",
      text: "The epicentre was about 20 kilometres south-east of Varnholm, the seismology office said.",
      claims: [{ find: "about 20 kilometres", value: 20, qualifier: "about", unit: "kilometres", key: "km" }],
    },
    {
      id: "b",
      text: "Varnholm, a port town roughly 300 miles north of Esker, was shaken by the quake.",
      claims: [{ find: "roughly 300 miles", value: 300, qualifier: "about", unit: "miles", key: "mile" }],
    },
    {
      id: "c",
      text: "The quake struck 12 miles south-east of Varnholm, the seismology office said.",
      claims: [{ find: "12 miles", value: 12, unit: "miles", key: "mile" }],
    },
  ]);

  it("compares a distance only with distances from the same place", () => {
    expect(factOf(quake, "b:q1").id).not.toBe(factOf(quake, "a:q1").id);
    expect(factOf(quake, "b:q1").status).toBe("single_source");
    // 12 miles from the same town is about 19 km: the same distance
    expect(factOf(quake, "c:q1").id).toBe(factOf(quake, "a:q1").id);
  });

  it("reads a length followed by 'an hour' as a speed, not a distance", () => {
    const out = run([
      { id: "a", text: "Winds gusted to 120 kilometres (75 miles) an hour near Varnholm.", claims: [{ find: "120 kilometres (75 miles)", value: 120, unit: "kilometres", key: "km" }] },
      { id: "b", text: "The epicentre was 120 kilometres from the coast.", claims: [{ find: "120 kilometres", value: 120, unit: "kilometres", key: "km" }] },
    ]);
    expect(factOf(out, "a:q1").id).not.toBe(factOf(out, "b:q1").id);
  });
});

describe("spans of time", () => {
  // an invented volcano: two sources' "decades" that measure different things
  const volcano = run([
    {
      id: "a",
      text: "Mount Teral, which towers over three villages, last erupted more than a decade ago.",
      claims: [{ find: "more than a decade", value: 10, qualifier: "more_than", unit: "year", key: "year", verb: "erupt" }],
    },
    {
      id: "b",
      text: "Rescue crews said it was the hardest week they had known in more than a decade.",
      claims: [{ find: "more than a decade", value: 10, qualifier: "more_than", unit: "year", key: "year" }],
    },
  ]);

  it("does not make two durations one fact on their value alone", () => {
    expect(factOf(volcano, "a:q1").id).not.toBe(factOf(volcano, "b:q1").id);
  });

  it("labels a time elapsed by what it is, not by the verb of what happened then", () => {
    expect(factOf(volcano, "a:q1").label).toBe("time since (years)");
  });

  it("still joins two prison terms, one given as 'ordered to serve'", () => {
    expect(servingBefore("and ordered three other organisers to serve ")).toBe("sentence");
    expect(servingBefore("Troops serving in the north for ")).toBe(null);
    // an invented trial of strike leaders
    const trial = run([
      { id: "a", text: "The court ordered three other organisers to serve four years each.", claims: [{ find: "four years", value: 4, unit: "years", key: "year" }] },
      { id: "b", text: "Three co-defendants were each sentenced to four years in prison.", claims: [{ find: "four years", value: 4, unit: "years", key: "year", verb: "sentence" }] },
    ]);
    expect(factOf(trial, "a:q1").id).toBe(factOf(trial, "b:q1").id);
  });
});

describe("an acronym inside an organisation's name", () => {
  it("merges 'NSW Government'-style names with the words the acronym stands for", () => {
    const out = resolve([
      mention("a", "WA Government", "organization"),
      mention("b", "Western Australia government", "organization"),
      mention("c", "Western Australia", "place"),
      mention("a", "UN Security Council", "organization"),
      mention("b", "United Nations Security Council", "organization"),
    ]);
    expect(entityWith(out, "WA Government").variants).toEqual(["WA Government", "Western Australia government"]);
    expect(entityWith(out, "UN Security Council").variants).toContain("United Nations Security Council");
    // the place itself is not its government
    expect(entityWith(out, "Western Australia").variants).toEqual(["Western Australia"]);
  });

  it("does not read a word in lower case, or other initials, as the acronym", () => {
    const out = resolve([mention("a", "Wa Police", "organization"), mention("b", "Western Australia police", "organization"), mention("c", "SA Police", "organization")]);
    expect(entityWith(out, "Western Australia police").variants).toEqual(["Western Australia police"]);
  });
});
