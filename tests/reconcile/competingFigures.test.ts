/**
 * Rules found on an invented riverboat capsizing (competing official counts in one article, ages per
 * person, speeds, "another N … still missing", company forms, place names shortened before a particle).
 * Each rule is stated here on a different invented story: a march in a fictional city, a flood, a
 * factory fire, a bus crash, a storm.
 */
import { describe, expect, it } from "vitest";
import { nounClassOf } from "../../pipeline/reconcile/claimFeatures.ts";
import { capacityBefore, countedHeadClass, eventPhraseAfter, reportingSubjectBefore, risingBefore, statePredicateAfter } from "../../pipeline/reconcile/newsLexicon.ts";
import { yearsIn } from "../../pipeline/reconcile/timeFrame.ts";
import { valueRange, valuesAgree } from "../../pipeline/reconcile/valueCompatibility.ts";
import { entityWith, factOf, mention, resolveMentions as resolve, runReconcile as run } from "./corpusFixture.ts";

describe("competing figures from two voices in one article", () => {
  // an invented pension march in the fictional city of Varnholm
  const march = run([
    {
      id: "a",
      text:
        "Police said 5,000 people marched through Varnholm on Saturday, but organisers put the turnout at 20,000.\n" +
        "The march ended peacefully in the afternoon.",
      claims: [
        { find: "5,000 people", value: 5000, unit: "people", key: "person", verb: "march", speaker: "Police", attribution: "cited" },
        { find: "20,000", value: 20000, unit: "", key: "" },
      ],
    },
    {
      id: "b",
      text: "About 5,000 people marched against the pension reform, according to police.",
      claims: [{ find: "About 5,000 people", value: 5000, qualifier: "about", unit: "people", key: "person", verb: "march", speaker: "police", attribution: "cited" }],
    },
    {
      id: "c",
      text: "Organisers said 20,000 people marched.",
      claims: [{ find: "20,000 people", value: 20000, unit: "people", key: "person", verb: "march" }],
    },
  ]);

  it("reads who gives a figure from a reporting verb right before it", () => {
    expect(reportingSubjectBefore("Police said 5,000 people marched, but organisers put the turnout at ")).toBe("organisers");
    expect(reportingSubjectBefore("The district office still lists ")).toBe("the district office");
    expect(reportingSubjectBefore("The ministry has reported ")).toBe("the ministry");
    // a passive report and a noun "report" say nothing about who gives the figure
    expect(reportingSubjectBefore("Members are said to be behind ")).toBe("");
    expect(reportingSubjectBefore("The minister has asked the company for a report within ")).toBe("");
  });

  it("makes the police's and the organisers' counts one fact in conflict, saying who says what", () => {
    const f = factOf(march, "a:q1");
    expect(f.claimIds).toEqual(["a:q1", "a:q2", "b:q1", "c:q1"]);
    expect(f.status).toBe("conflict");
    expect(f.note).toContain("a, according to Police");
    expect(f.note).toContain("a, according to organisers");
  });

  // an invented flood in the fictional Kessa valley: the local paper gives both counts in two sentences
  const flood = run([
    {
      id: "local",
      text:
        "The district office says 22 people remain missing after the Kessa burst its banks.\n" +
        "The national disaster agency puts the number of missing at 14.\n" +
        "Volunteers handed out about 200 life jackets in the lower town.",
      claims: [
        { find: "22 people", value: 22, unit: "people", key: "person", verb: "missing" },
        { find: "14", value: 14, unit: "", key: "person", verb: "missing" },
        { find: "about 200 life jackets", value: 200, qualifier: "about", unit: "life jackets", key: "jacket" },
      ],
    },
    {
      id: "wire",
      text: "Another 14 people are still missing, the national disaster agency said.\nAt least 200 people died in the floods.",
      claims: [
        { find: "14 people", value: 14, unit: "people", key: "person", verb: "missing", speaker: "national disaster agency", attribution: "cited" },
        { find: "At least 200 people", value: 200, qualifier: "at_least", unit: "people", key: "person", verb: "die" },
      ],
    },
  ]);

  it("joins two voices' counts given in neighbouring sentences of one article", () => {
    const f = factOf(flood, "local:q1");
    expect(f.claimIds).toEqual(["local:q1", "local:q2", "wire:q1"]);
    expect(f.status).toBe("conflict");
    expect(f.note).toContain("local, according to the district office");
  });

  it("reads 'another 14 people are still missing' as the count of the missing, not 14 more", () => {
    expect(statePredicateAfter(" are still missing, the agency said.")).toBe(true);
    expect(statePredicateAfter(" remain in hospital")).toBe(true);
    expect(statePredicateAfter(" were injured in the second blast")).toBe(false);
    expect(factOf(flood, "wire:q1").id).toBe(factOf(flood, "local:q2").id);
  });

  it("never counts life jackets as lives", () => {
    expect(countedHeadClass("life jackets", "jacket")).toBeNull();
    expect(countedHeadClass("police officers", "officer")).toBe("security forces");
    expect(factOf(flood, "local:q3").id).not.toBe(factOf(flood, "wire:q2").id);
  });

  it("keeps a toll that rose, and a live page's earlier entry, out of conflict", () => {
    // an invented factory fire: the same voice gives two figures that replaced each other
    const rose = run([
      {
        id: "a",
        text: "The fire service said the death toll rose from 6 to 9 overnight.",
        claims: [
          { find: "6", value: 6, unit: "", key: "death", verb: "kill", speaker: "fire service", attribution: "cited" },
          { find: "9", value: 9, unit: "", key: "death", verb: "kill", speaker: "fire service", attribution: "cited" },
        ],
      },
      { id: "b", text: "Nine workers died in the fire.", claims: [{ find: "Nine workers", value: 9, unit: "workers", key: "worker", verb: "die" }] },
    ]);
    expect(factOf(rose, "a:q1").status).not.toBe("conflict");
    expect(factOf(rose, "b:q1").status).not.toBe("conflict");
  });

  it("keeps two voices' figures about different things apart ('300 arrested' / '20,000 marched')", () => {
    const out = run([
      {
        id: "a",
        text: "Police said 300 people were arrested, while organisers said 20,000 people marched.",
        claims: [
          { find: "300 people", value: 300, unit: "people", key: "person", verb: "arrest", speaker: "Police", attribution: "cited" },
          { find: "20,000 people", value: 20000, unit: "people", key: "person", verb: "march", speaker: "organisers", attribution: "cited" },
        ],
      },
      { id: "b", text: "About 300 protesters were detained.", claims: [{ find: "About 300 protesters", value: 300, qualifier: "about", unit: "protesters", key: "protester", verb: "detain" }] },
    ]);
    expect(factOf(out, "a:q1").id).not.toBe(factOf(out, "a:q2").id);
    expect(factOf(out, "a:q1").status).toBe("agree");
  });

  it("counts a tally set against another voice's figure as the same thing ('… but the governor's office has 19 names')", () => {
    expect(eventPhraseAfter(" as missing, but the governor says his office has 19 names")).toBe("missing");
    const out = run([
      {
        id: "a",
        text: "The army still lists 12 soldiers as missing, but the governor, Ilse Varga, says her office has 19 names on its list.",
        claims: [
          { find: "12 soldiers", value: 12, unit: "soldiers", key: "soldier" },
          { find: "19 names", value: 19, unit: "names", key: "name", speaker: "Ilse Varga", attribution: "cited" },
        ],
      },
      { id: "b", text: "Twelve soldiers are missing, the army said.", claims: [{ find: "Twelve soldiers", value: 12, unit: "soldiers", key: "soldier", verb: "missing", speaker: "army", attribution: "cited" }] },
    ]);
    const f = factOf(out, "a:q1");
    expect(f.claimIds).toEqual(["a:q1", "a:q2", "b:q1"]);
    expect(f.status).toBe("conflict");
  });
});

describe("a rising toll's lower bound", () => {
  it("agrees with a later, larger figure ('has risen to at least six' / nine)", () => {
    expect(risingBefore("The death toll has risen to ")).toBe(true);
    expect(risingBefore("Officials said ")).toBe(false);
    // an invented bus crash; the live page's morning entry and its evening summary
    const out = run([
      {
        id: "live",
        text: "Nine people are confirmed dead.\nThe coach was carrying 40 pupils.\nThe death toll has risen to at least six, according to the regional police.",
        claims: [
          { find: "Nine people", value: 9, unit: "people", key: "person", verb: "kill" },
          { find: "40 pupils", value: 40, unit: "pupils", key: "pupil" },
          { find: "at least six", value: 6, qualifier: "at_least", unit: "death toll", key: "death", verb: "kill", speaker: "regional police", attribution: "cited" },
        ],
      },
      { id: "wire", text: "Nine people died when the coach left the road.", claims: [{ find: "Nine people", value: 9, unit: "people", key: "person", verb: "die" }] },
    ]);
    const f = factOf(out, "live:q1");
    expect(f.claimIds).toEqual(["live:q1", "live:q3", "wire:q1"]);
    expect(f.status).toBe("agree");
  });

  it("keeps 'at least 32' against 41 a conflict when nothing says the count has been rising", () => {
    const q = (value: number, qualifier: "" | "at_least" = "") => ({ value, valueMin: null, valueMax: null, qualifier, key: "person", unit: "people" });
    expect(valuesAgree(q(32, "at_least"), q(41))).toBe(false);
  });
});

describe("ages are compared per person", () => {
  // an invented storm in the fictional town of Brell
  const out = run([
    {
      id: "a",
      text: "Ana Lúcia Ferreira, 19, was swept away by the current. Carlos Mendes, 19, survived.\nA 19-year-old woman was found alive downstream.",
      claims: [
        { find: "Ana Lúcia Ferreira, 19", value: 19, unit: "year", key: "age", context: "Ana Lúcia Ferreira" },
        { find: "Carlos Mendes, 19", value: 19, unit: "year", key: "age", context: "Carlos Mendes" },
        { find: "A 19-year-old woman", value: 19, unit: "year", key: "age", context: "woman" },
      ],
      mentions: [
        { find: "Ana Lúcia Ferreira", type: "person" },
        { find: "Carlos Mendes", type: "person" },
      ],
    },
    {
      id: "b",
      text: "Ana Ferreira, 20, a student, was swept away.\nThe storm lasted 19 hours.",
      claims: [
        { find: "Ana Ferreira, 20", value: 20, unit: "year", key: "age", context: "Ana Ferreira" },
        { find: "19 hours", value: 19, unit: "hours", key: "hour" },
      ],
      mentions: [{ find: "Ana Ferreira", type: "person" }],
    },
  ]);

  it("makes one person's two ages a conflict, named in full or not", () => {
    const f = factOf(out, "a:q1");
    expect(f.claimIds).toContain("b:q1");
    expect(f.status).toBe("conflict");
    expect(f.label).toBe("age of Ana Lúcia Ferreira (years)");
  });

  it("never groups two people's ages, nor an age with another duration", () => {
    expect(factOf(out, "a:q2").id).not.toBe(factOf(out, "a:q1").id);
    expect(factOf(out, "b:q2").id).not.toBe(factOf(out, "a:q2").id);
  });

  it("leaves an unnamed age alone when two named people have that age", () => {
    expect(factOf(out, "a:q3").claimIds).toEqual(["a:q3"]);
  });
});

describe("units and counted nouns", () => {
  it("compares speeds in km/h, mph and knots", () => {
    const speed = (value: number, key: string) => ({ value, valueMin: null, valueMax: null, qualifier: "" as const, key, unit: key });
    expect(valuesAgree(speed(60, "mph"), speed(97, "kmh"))).toBe(true);
    expect(valuesAgree(speed(30, "knot"), speed(56, "kmh"))).toBe(true);
    expect(valuesAgree(speed(30, "knot"), speed(30, "kmh"))).toBe(false);
    // a speed is not a length
    expect(valuesAgree(speed(30, "kmh"), speed(30, "km"))).toBe(false);
  });

  it("pads each end of a vague range by its own size ('millions' never reaches down to hundreds)", () => {
    const r = valueRange({ value: null, valueMin: 2e6, valueMax: 999e6, qualifier: "", key: "person", unit: "people" })!;
    expect(r.lo).toBeGreaterThan(1e6);
  });

  it("counts '<noun> members', 'members of the <noun>' and '<noun>' as one class", () => {
    expect(nounClassOf("member", "crew members")).toBe(nounClassOf("crew", "crew"));
    expect(nounClassOf("member", "members of the crew")).toBe(nounClassOf("crew", "crew"));
    expect(nounClassOf("member", "staff members")).toBe(nounClassOf("staff", "staff"));
    expect(nounClassOf("member", "members of the armed forces")).toBe("security forces");
  });

  it("reads how many a vehicle or place may take as capacity", () => {
    expect(capacityBefore("The bus was licensed to carry ")).toBe("capacity");
    expect(capacityBefore("The stadium has a capacity of ")).toBe("capacity");
    expect(capacityBefore("The bus was carrying ")).toBeNull();
  });

  it("makes two sources' only on-board figures a conflict even when one also gives the licensed capacity", () => {
    // an invented bus crash: the regional paper gives the licensed capacity and the survivors' count
    const out = run([
      { id: "a", text: "The bus was carrying about 50 passengers, the operator said.", claims: [{ find: "about 50 passengers", value: 50, qualifier: "about", unit: "passengers", key: "passenger" }] },
      {
        id: "b",
        text: "Survivors said more than 80 passengers were crammed inside.\nRecords show the bus was licensed to carry 30 passengers.",
        claims: [
          { find: "more than 80 passengers", value: 80, qualifier: "more_than", unit: "passengers", key: "passenger" },
          { find: "30 passengers", value: 30, unit: "passengers", key: "passenger" },
        ],
      },
    ]);
    const f = factOf(out, "a:q1");
    expect(f.claimIds).toEqual(["a:q1", "b:q1"]);
    expect(f.status).toBe("conflict");
    expect(factOf(out, "b:q2").label).toBe("passengers (capacity)");
  });

  it("lists a head phrase with a word added in front as that item, unless another word competes", () => {
    const item = (find: string, key: string) => ({ find, kind: "item" as const, key, context: "seize" });
    const out = run([
      { id: "a", text: "Police seized butane gas canisters and assault rifles.", claims: [item("butane gas canisters", "butane gas canister"), item("assault rifles", "assault rifle")] },
      { id: "b", text: "Officers found gas canisters and rifles.", claims: [item("gas canisters", "gas canister"), item("rifles", "rifle")] },
    ]);
    expect(factOf(out, "a:i1").id).toBe(factOf(out, "b:i1").id);
    expect(factOf(out, "a:i2").id).not.toBe(factOf(out, "b:i2").id);
  });
});

describe("background years and names", () => {
  it("reads a year after a preposition and an article as a time ('since the 2015 floods'), not a count", () => {
    expect(yearsIn("The worst disaster since the 2015 floods, which killed 40 people.")).toEqual([2015]);
    expect(yearsIn("It was the deadliest since a 2009 landslide.")).toEqual([2009]);
    expect(yearsIn("Managers of the 2000 workers were told on Monday.")).toEqual([]);
  });

  it("merges a company with its legal form in other countries' styles", () => {
    for (const form of ["Ltda.", "S.r.l.", "SRL", "Pty Ltd", "Sdn Bhd", "Tbk", "ASA", "KG", "LLP"]) {
      const out = resolve([mention("a", `Metalúrgica Ribeiro ${form}`, "organization"), mention("b", "Metalúrgica Ribeiro", "organization")]);
      expect(out.entities, form).toHaveLength(1);
    }
  });

  it("merges a place named by the part before a particle with the one longer name that extends it", () => {
    const out = resolve([mention("a", "Frankfurt am Main", "place"), mention("b", "Frankfurt", "place"), mention("c", "Offenbach", "place")]);
    expect(entityWith(out, "Frankfurt").variants).toContain("Frankfurt am Main");
    const two = resolve([mention("a", "Santiago de Chile", "place"), mention("b", "Santiago de Cuba", "place"), mention("c", "Santiago", "place")]);
    expect(entityWith(two, "Santiago").variants).toEqual(["Santiago"]);
  });
});
