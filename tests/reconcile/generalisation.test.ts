/**
 * Rules found by running invented events in styles the seeds do not have
 * (a wire earthquake with a rolling toll, a chemical fire with German names,
 * a court verdict with South Sudanese names). Each test states one rule on a
 * small invented story.
 */
import { describe, expect, it } from "vitest";
import { eventNounBefore, eventPhraseAfter, takenToHospital } from "../../pipeline/reconcile/newsLexicon.ts";
import { frameOf, monthFrameOf, yearsIn } from "../../pipeline/reconcile/timeFrame.ts";
import { roundingStep, valuesAgree } from "../../pipeline/reconcile/valueCompatibility.ts";
import { entityWith, factOf, mention, resolveMentions as resolve, runReconcile as run, type SourceSpec } from "./corpusFixture.ts";

describe("facts: increments, lone figures and figures without a verb", () => {
  // an invented landslide in the fictional Korvan hills
  const out = run([
    {
      id: "a",
      text:
        "At least 12 people were killed in the Korvan landslide, officials said.\n" +
        "Seismologists counted 18 aftershocks by Wednesday morning.\n" +
        "Nine workers were injured at the quarry.",
      claims: [
        { find: "At least 12 people", value: 12, qualifier: "at_least", unit: "people", key: "person", verb: "kill" },
        { find: "18 aftershocks", value: 18, unit: "aftershocks", key: "aftershock" },
        { find: "Nine workers", value: 9, unit: "workers", key: "worker", verb: "injure" },
      ],
    },
    {
      id: "b",
      text:
        "The death toll rose to 12.\n" +
        "The agency said there had been more than 30 aftershocks, the strongest of magnitude 4.8.\n" +
        "Nine employees of the quarry, the company said, were hurt.\n" +
        "The quarry, founded in 1931, employs about 400 workers.\n" +
        "Some 300 residents were evacuated.",
      claims: [
        { find: "12", value: 12, unit: "death toll", key: "toll" },
        { find: "more than 30 aftershocks", value: 30, qualifier: "more_than", unit: "aftershocks", key: "aftershock" },
        { find: "Nine employees", value: 9, unit: "employees", key: "employee" },
        { find: "about 400 workers", value: 400, qualifier: "about", unit: "workers", key: "worker", verb: "employ" },
        { find: "Some 300 residents", value: 300, qualifier: "about", unit: "residents", key: "resident", verb: "evacuate" },
      ],
    },
    {
      id: "c",
      text:
        "The Korvan quarry employs around 400 workers.\nThe storm forced the evacuation of hundreds of people.\n" +
        "Rescuers pulled three more bodies from the mud overnight.",
      claims: [
        { find: "around 400 workers", value: 400, qualifier: "about", unit: "workers", key: "worker", verb: "employ" },
        { find: "hundreds of people", min: 200, max: 999, unit: "people", key: "person" },
        { find: "three more bodies", value: 3, unit: "more bodies", key: "body" },
      ],
    },
  ]);

  it("keeps 'three more bodies' (an increment) out of the toll, so 3 is no conflict with 12", () => {
    const toll = factOf(out, "a:q1");
    expect(toll.claimIds).toEqual(["a:q1", "b:q1"]);
    expect(toll.status).toBe("agree");
    expect(factOf(out, "c:q3").claimIds).toEqual(["c:q3"]);
  });

  it("makes two sources' only figures for a specific noun one fact, even in different words (18 vs more than 30 aftershocks)", () => {
    const f = factOf(out, "a:q2");
    expect(f.claimIds).toEqual(["a:q2", "b:q2"]);
    expect(f.status).toBe("conflict");
  });

  it("does not join two lone figures when only one says what happened (3 schools damaged / 12 schools)", () => {
    const out2 = run([
      { id: "a", text: "The quake damaged three schools in the valley.", claims: [{ find: "three schools", value: 3, unit: "schools", key: "school", verb: "damage" }] },
      { id: "b", text: "Officials said 12 schools would stay shut all week.", claims: [{ find: "12 schools", value: 12, unit: "schools", key: "school" }] },
    ]);
    expect(factOf(out2, "a:q1").claimIds).toEqual(["a:q1"]);
  });

  it("joins a figure whose verb was missed to the one outcome fact about that group it agrees with", () => {
    const f = factOf(out, "a:q3");
    expect(f.claimIds).toEqual(["a:q3", "b:q3"]);
    expect(f.status).toBe("agree");
  });

  it("does not move present-tense figures into the past because of a founding year", () => {
    const f = factOf(out, "b:q4");
    expect(f.claimIds).toEqual(["b:q4", "c:q1"]);
    expect(f.status).toBe("agree");
  });

  it("reads the verb from an event noun before the figure ('the evacuation of hundreds of people')", () => {
    const f = factOf(out, "c:q2");
    expect(f.claimIds).toEqual(["b:q5", "c:q2"]);
    expect(f.label).toMatch(/evacuat/);
  });
});

describe("how far 'more than' and 'at least' reach", () => {
  const q = (value: number, qualifier: "" | "at_least" | "more_than" | "about" = "") => ({ value, valueMin: null, valueMax: null, qualifier, key: "person", unit: "people" });

  it("reads the rounding step of a figure", () => {
    expect([roundingStep(11000), roundingStep(200), roundingStep(32), roundingStep(2.5)]).toEqual([1000, 100, 1, 0.1]);
  });

  it("reaches to the next rounding step or a quarter more, whichever is further", () => {
    expect(valuesAgree(q(11000, "more_than"), q(11000))).toBe(true);
    expect(valuesAgree(q(200, "more_than"), q(217))).toBe(true);
    expect(valuesAgree(q(2000, "more_than"), q(2500, "about"))).toBe(true);
    expect(valuesAgree(q(15, "at_least"), q(17))).toBe(true);
    expect(valuesAgree(q(32, "at_least"), q(41))).toBe(false);
    expect(valuesAgree(q(30, "more_than"), q(18))).toBe(false);
  });
});

describe("amounts of the same thing", () => {
  it("keeps a second figure of one article apart when it neither repeats the figure nor shares its subject", () => {
    const out = run([
      {
        id: "a",
        text: "Troops killed dozens of fighters near the border on Monday.\nLast month 45 fighters had died in a separate clash near the capital.",
        claims: [
          { find: "dozens of fighters", min: 24, max: 99, unit: "fighters", key: "fighter", verb: "kill" },
          { find: "45 fighters", value: 45, unit: "fighters", key: "fighter", verb: "die" },
        ],
      },
    ]);
    expect(factOf(out, "a:q1").claimIds).toEqual(["a:q1"]);
    expect(factOf(out, "a:q2").claimIds).toEqual(["a:q2"]);
  });

  it("makes two amounts a conflict when the word they are of stands right next to both ('the damage')", () => {
    const out = run([
      {
        id: "a",
        text: "Insurers estimated the damage at €150 million, making it the costliest fire of the year in the region.",
        claims: [{ find: "€150 million", value: 150e6, unit: "eur", key: "eur" }],
      },
      {
        id: "b",
        text: "The company's spokesman said the damage would run to tens of millions of euros.\nIt plans to invest €40 million in a new plant.",
        claims: [
          { find: "tens of millions of euros", min: 20e6, max: 99e6, unit: "euros", key: "eur" },
          { find: "€40 million", value: 40e6, unit: "eur", key: "eur" },
        ],
      },
    ]);
    const f = factOf(out, "a:q1");
    expect(f.claimIds).toEqual(["a:q1", "b:q1"]);
    expect(f.status).toBe("conflict");
    expect(factOf(out, "b:q2").id).not.toBe(f.id);
  });
});

describe("people who fled", () => {
  it("reads residents who fled as displaced (one fact with 'displaced'), inmates who fled as escaped", () => {
    const out = run([
      {
        id: "a",
        text: "About 2,500 residents have fled to tents in the hills.\nAt least 40 inmates fled the prison.",
        claims: [
          { find: "About 2,500 residents", value: 2500, qualifier: "about", unit: "residents", key: "resident", verb: "escape" },
          { find: "At least 40 inmates", value: 40, qualifier: "at_least", unit: "inmates", key: "inmate", verb: "escape" },
        ],
      },
      {
        id: "b",
        text: "More than 2,000 people had been displaced.\nSome 45 prisoners escaped.",
        claims: [
          { find: "More than 2,000 people", value: 2000, qualifier: "more_than", unit: "people", key: "person", verb: "displace" },
          { find: "Some 45 prisoners", value: 45, qualifier: "about", unit: "prisoners", key: "prisoner", verb: "escape" },
        ],
      },
    ]);
    expect(factOf(out, "a:q1").claimIds).toEqual(["a:q1", "b:q1"]);
    expect(factOf(out, "a:q2").claimIds).toEqual(["a:q2", "b:q2"]);
  });
});

describe("event nouns and time frames", () => {
  it("maps an event noun right before a figure to its verb class", () => {
    expect(eventNounBefore("The storm forced the evacuation of ")).toBe("evacuate");
    expect(eventNounBefore("Police confirmed the arrests of ")).toBe("arrest");
    expect(eventNounBefore("The deaths of ")).toBe("kill");
    expect(eventNounBefore("A group of ")).toBeNull();
  });

  it("maps a custody or hospital phrase right after a figure to arrest or injure", () => {
    expect(eventPhraseAfter(" remain in police custody in Juba")).toBe("arrest");
    expect(eventPhraseAfter(" were still in hospital on Friday")).toBe("injure");
    expect(eventPhraseAfter(" in police custody, according to lawyers")).toBe("arrest");
    expect(eventPhraseAfter(" live in the hospital district")).toBeNull();
    expect(eventPhraseAfter(" gathered in the square")).toBeNull();
  });

  it("reads people sent or taken to hospital as hurt, but not patients moved to other hospitals", () => {
    expect(takenToHospital(" to hospital, and a court later fined the company")).toBe(true);
    expect(takenToHospital(" had been taken to the hospital")).toBe(true);
    expect(takenToHospital(" were moved to other hospitals in the city")).toBe(false);
    const out = run([
      { id: "a", text: "In 2017, a leak sent 23 people to hospital.", claims: [{ find: "23 people", value: 23, unit: "people", key: "person", verb: "send" }] },
      { id: "b", text: "In 2017, 23 people were treated in hospital after a gas leak.", claims: [{ find: "23 people", value: 23, unit: "people", key: "person" }] },
    ]);
    expect(factOf(out, "a:q1").claimIds).toEqual(["a:q1", "b:q1"]);
  });

  it("treats founding years as description, and a sentence dated in the story's year as the story", () => {
    expect(yearsIn("The company, founded in 1921, employs 1,400 people.")).toEqual([]);
    expect(yearsIn("In 2019, 40 people died in similar protests.")).toEqual([2019]);
    expect(frameOf("On 14 March 2024, three judges convicted him over speeches he made in 2023.", new Set([2024]))).toBe("");
    expect(frameOf("In 2019, 40 people died in similar protests.", new Set([2024]))).toBe("2019");
  });

  it("counts co-defendants and co-accused as one thing", () => {
    const out = run([
      { id: "a", text: "Four co-defendants were each jailed.", claims: [{ find: "Four co-defendants", value: 4, unit: "co-defendants", key: "co-defendant" }] },
      { id: "b", text: "Four co-accused were also convicted.", claims: [{ find: "Four co-accused", value: 4, unit: "co-accused", key: "co-accused" }] },
    ]);
    expect(factOf(out, "a:q1").claimIds).toEqual(["a:q1", "b:q1"]);
  });
});

describe("entities: names written differently", () => {
  it("merges German transliterations (ß/ss, ö/oe, ü/ue)", () => {
    const out = resolve([
      mention("a", "Jörg Weißmüller", "person"),
      mention("b", "Joerg Weissmueller", "person"),
      mention("c", "Jörg Weissmüller", "person"),
      mention("c", "Katrin Heßling", "person"),
    ]);
    expect(entityWith(out, "Joerg Weissmueller").variants).toEqual(["Jörg Weißmüller", "Joerg Weissmueller", "Jörg Weissmüller"]);
    expect(out.entities).toHaveLength(2);
  });

  it("merges a person named with a later name dropped or the given name left out", () => {
    const out = resolve([
      mention("a", "Peter Garang Akol", "person"),
      mention("b", "Peter Garang", "person"),
      mention("c", "Garang Akol", "person"),
    ]);
    expect(out.entities).toHaveLength(1);
  });

  it("links a surname to the person introduced before it in that article, not to a namesake named later", () => {
    const out = resolve([
      mention("a", "Peter Garang Akol", "person"),
      mention("a", "Garang", "person"),
      mention("b", "Peter Garang", "person"),
      mention("b", "Garang", "person"),
      mention("b", "John Garang", "person"),
    ]);
    const peter = entityWith(out, "Peter Garang Akol");
    expect(peter.variants).toEqual(expect.arrayContaining(["Peter Garang", "Garang"]));
    expect(peter.variants).not.toContain("John Garang");
    expect(entityWith(out, "John Garang").mentionCount).toBe(1);
  });

  it("merges the same name typed differently, and a lone name read as a person with the place of that name", () => {
    const out = resolve([
      mention("a", "West Sulawesi", "place"),
      mention("b", "West Sulawesi", "person"),
      mention("a", "Majene", "place"),
      mention("b", "Majene", "person"),
    ]);
    expect(out.entities).toHaveLength(2);
    expect(entityWith(out, "Majene").type).toBe("place");
  });

  it("merges a company with its legal form and its first word used alone", () => {
    const out = resolve([
      mention("a", "Hollmann Chemie GmbH", "organization"),
      mention("b", "Hollmann Chemie", "organization"),
      mention("c", "Hollmann", "other"),
    ]);
    expect(out.entities).toHaveLength(1);
  });

  it("never shortens an organisation to a word that names a place in the story", () => {
    const out = resolve([
      mention("a", "Sudan People's Liberation Movement", "organization"),
      mention("b", "Sudan", "place"),
      mention("c", "Sudan", "other"),
    ]);
    expect(entityWith(out, "Sudan").variants).not.toContain("Sudan People's Liberation Movement");
  });

  it("merges an agency named with and without its country abbreviation", () => {
    const out = resolve([
      mention("a", "U.S. Geological Survey", "organization"),
      mention("b", "US Geological Survey", "organization"),
      mention("c", "Geological Survey", "organization"),
    ]);
    expect(out.entities).toHaveLength(1);
  });

  it("ignores a dateline's agency credit declared as a place's acronym ('Indonesia (AP)')", () => {
    const out = resolve([
      mention("a", "Indonesia", "place", { alias: "AP" }),
      mention("a", "AP", "place", { alias: "Indonesia" }),
      mention("b", "Indonesia", "place"),
      mention("b", "National Disaster Mitigation Agency", "organization", { alias: "BNPB" }),
      mention("b", "BNPB", "organization", { alias: "National Disaster Mitigation Agency" }),
    ]);
    expect(entityWith(out, "Indonesia").variants).toEqual(["Indonesia"]);
    expect(entityWith(out, "BNPB").variants).toContain("National Disaster Mitigation Agency");
  });
});

describe("facts: strikes, staff and earlier months (UK and US local styles)", () => {
  it("reads a month named without a day as an earlier time, unless it is the story's month or looks ahead", () => {
    const own = new Set([3]);
    expect(monthFrameOf("In December, more than 14,000 sailings were cancelled.", own)).toBe("december");
    expect(monthFrameOf("During the union's December strike, 14,000 sailings were cancelled.", own)).toBe("december");
    expect(monthFrameOf("In March, 300 dockers walked out.", own)).toBe("");
    expect(monthFrameOf("The strike began on December 14 with 300 dockers.", own)).toBe("");
    expect(monthFrameOf("Talks will resume in June.", own)).toBe("");
    expect(monthFrameOf("In December, 40 sailings were cancelled.", new Set())).toBe("");
  });

  // an invented ferry strike at the fictional port of Carrow, published in March
  const out = run([
    {
      id: "a",
      published: "2023-03-14",
      text: "Around 3,000 dockers have begun a 48-hour strike.\nThe operator said 420 sailings were cancelled during the strike by the dockers' union.",
      claims: [
        { find: "Around 3,000 dockers", value: 3000, qualifier: "about", unit: "dockers", key: "docker" },
        { find: "420 sailings", value: 420, unit: "sailings", key: "sailing", verb: "cancel" },
      ],
    },
    {
      id: "b",
      published: "2023-03-14",
      text:
        "Nearly 600 sailings had been cancelled or postponed by midday.\n" +
        "During the dockers' union's December strike, 1,400 sailings were cancelled.\n" +
        "The port authority employs around 300 dockers.",
      claims: [
        { find: "Nearly 600 sailings", value: 600, qualifier: "about", unit: "sailings", key: "sailing", verb: "cancel" },
        { find: "1,400 sailings", value: 1400, unit: "sailings", key: "sailing", verb: "cancel" },
        { find: "around 300 dockers", value: 300, qualifier: "about", unit: "dockers", key: "docker", verb: "employ" },
      ],
    },
    {
      id: "c",
      published: "2023-03-14",
      text: "In December, more than 1,400 sailings were cancelled during a strike by the dockers' union.\nAt the main gate, about 300 dockers gathered before dawn.",
      claims: [
        { find: "more than 1,400 sailings", value: 1400, qualifier: "more_than", unit: "sailings", key: "sailing", verb: "cancel" },
        { find: "about 300 dockers", value: 300, qualifier: "about", unit: "dockers", key: "docker", verb: "gather" },
      ],
    },
  ]);

  it("reports this strike's cancellations as a conflict and keeps December's apart", () => {
    const today = factOf(out, "a:q2");
    expect(today.id).toBe(factOf(out, "b:q1").id);
    expect(today.status).toBe("conflict");
    const december = factOf(out, "c:q1");
    expect(december.id).toBe(factOf(out, "b:q2").id);
    expect(december.id).not.toBe(today.id);
    expect(december.status).toBe("agree");
  });

  it("keeps staff a place employs apart from strikers and from a picket line's crowd", () => {
    const employed = factOf(out, "b:q3");
    expect(employed.id).not.toBe(factOf(out, "a:q1").id);
    expect(employed.id).not.toBe(factOf(out, "c:q2").id);
  });
});
