import { describe, expect, it } from "vitest";
import { reconcile } from "../../pipeline/reconcile/index.ts";
import { buildCorpus, factOf, runReconcile as run, type SourceSpec } from "./corpusFixture.ts";

// An invented earthquake in the fictional province of Veloria, reported by four outlets.
const quake: SourceSpec[] = [
  {
    id: "a",
    text:
      "A magnitude 6.8 earthquake struck Veloria on Sunday.\n" +
      "More than 5,000 soldiers and police officers were deployed to the region.\n" +
      "At least 120 people were killed and about 2,000 residents were evacuated.\n" +
      "In 2015, a quake in the same valley killed 9,000 people.",
    claims: [
      { find: "More than 5,000 soldiers and police officers", value: 5000, qualifier: "more_than", unit: "soldiers and police officers", key: "soldier", verb: "deploy" },
      { find: "At least 120 people", value: 120, qualifier: "at_least", unit: "people", key: "people", verb: "kill" },
      { find: "about 2,000 residents", value: 2000, qualifier: "about", unit: "residents", key: "resident", verb: "evacuate" },
      { find: "9,000 people", value: 9000, unit: "people", key: "people", verb: "kill" },
    ],
  },
  {
    id: "b",
    text:
      "Rescuers in Veloria searched the rubble on Monday.\n" +
      "The government sent 5,000 troops.\n" +
      "The death toll rose to 121, officials said.\n" +
      "Some 8,000 people were evacuated from their homes, according to local media.",
    claims: [
      { find: "5,000 troops", value: 5000, unit: "troops", key: "troop", verb: "send" },
      { find: "121", value: 121, unit: "death toll", key: "toll" },
      { find: "8,000 people", value: 8000, unit: "people", key: "people", verb: "evacuate", speaker: "local media", attribution: "cited" },
    ],
  },
  {
    id: "c",
    text:
      "The quake left 120 dead, the civil protection agency said.\n" +
      "Around 5,000 security forces joined the rescue.\n" +
      "About 2,000 people were evacuated.",
    claims: [
      { find: "120 dead", value: 120, unit: "dead", key: "dead" },
      { find: "Around 5,000 security forces", value: 5000, qualifier: "about", unit: "security forces", key: "force", verb: "join" },
      { find: "About 2,000 people", value: 2000, qualifier: "about", unit: "people", key: "people", verb: "evacuate" },
    ],
  },
  {
    id: "d",
    text: "Officials said 1,950 people had been evacuated.\nThe regional hospital, designed to accommodate 300 patients, was overwhelmed.",
    claims: [
      { find: "1,950 people", value: 1950, unit: "people", key: "people", verb: "evacuate" },
      { find: "300 patients", value: 300, unit: "patients", key: "patient", verb: "accommodate" },
    ],
  },
];

describe("grouping claims into facts", () => {
  const out = run(quake);

  it("merges synonyms for security forces across sources (soldiers, troops, security forces)", () => {
    const f = factOf(out, "a:q1");
    expect(f.claimIds).toEqual(expect.arrayContaining(["a:q1", "b:q1", "c:q2"]));
    expect(f.status).toBe("agree");
  });

  it("merges 'killed', 'death toll' and 'dead' into one toll, and reads 'at least 120' as agreeing with 121", () => {
    const f = factOf(out, "a:q2");
    expect(f.claimIds).toEqual(expect.arrayContaining(["a:q2", "b:q2", "c:q1"]));
    expect(f.status).toBe("agree");
  });

  it("keeps a toll from a background paragraph with an earlier year apart from the main toll", () => {
    const historical = factOf(out, "a:q4");
    expect(historical.id).not.toBe(factOf(out, "a:q2").id);
    expect(historical.status).toBe("single_source");
    expect(historical.label).toContain("2015");
  });

  it("finds a conflict between 2,000 and 8,000 evacuated and says which source cites whom", () => {
    const f = factOf(out, "a:q3");
    expect(f.claimIds).toEqual(expect.arrayContaining(["a:q3", "b:q3", "c:q3", "d:q1"]));
    expect(f.status).toBe("conflict");
    expect(f.note).toBe("3 sources say about 2,000 (a; c; d, according to Officials); 1 source says 8,000 (b, according to local media).");
    expect(f.values).toEqual(["about 2,000", "8,000", "1,950"]);
  });

  it("keeps what a building holds apart from people moved", () => {
    const f = factOf(out, "d:q2");
    expect(f.claimIds).toEqual(["d:q2"]);
    expect(f.status).toBe("single_source");
  });

  it("assigns every claim to exactly one fact, with ids in kind then appearance order", () => {
    const claimIds = buildCorpus(quake).extract.sources.flatMap((s) => s.claims.map((c) => c.id));
    expect(out.assignments.map((a) => a.claimId).sort()).toEqual([...claimIds].sort());
    expect(out.facts.flatMap((f) => f.claimIds).sort()).toEqual([...claimIds].sort());
    expect(out.facts.map((f) => f.id)).toEqual(out.facts.map((_, i) => `F${String(i + 1).padStart(3, "0")}`));
    expect(out.facts[0].claimIds[0]).toBe("a:q1");
  });

  it("is deterministic and leaves its input untouched", () => {
    const c = buildCorpus(quake);
    const before = JSON.stringify(c);
    const first = JSON.stringify(reconcile(c.ingest, c.segment, c.extract));
    expect(JSON.stringify(c)).toBe(before);
    expect(JSON.stringify(reconcile(c.ingest, c.segment, c.extract))).toBe(first);
  });
});

// An invented hospital fire: the same verb makes different figures a conflict, a capacity stays apart,
// and one article's two figures for one noun are two things.
describe("conflicts and things that only share a noun", () => {
  const out = run([
    {
      id: "s1",
      text: "Staff transferred about 300 patients to other hospitals after the fire.",
      claims: [{ find: "about 300 patients", value: 300, qualifier: "about", unit: "patients", key: "patient", verb: "transfer" }],
    },
    {
      id: "s2",
      text: "The clinic began relocating its 300 patients to nearby facilities.",
      claims: [{ find: "300 patients", value: 300, unit: "patients", key: "patient", verb: "relocate" }],
    },
    {
      id: "s3",
      text:
        "Officials plan to transfer the approximately 900 patients to other facilities.\n" +
        "The hospital was designed to accommodate 200 patients.",
      claims: [
        { find: "approximately 900 patients", value: 900, qualifier: "about", unit: "patients", key: "patient", verb: "transfer" },
        { find: "200 patients", value: 200, unit: "patients", key: "patient", verb: "accommodate" },
      ],
    },
    {
      id: "s4",
      text: "The hospital charged $8 per day for a bed. Its owner earned over a million dollars a year.",
      claims: [
        { find: "$8", value: 8, unit: "usd", key: "usd", verb: "charge" },
        { find: "over a million dollars", value: 1000000, qualifier: "more_than", unit: "usd", key: "usd", verb: "earn" },
      ],
    },
  ]);

  it("joins 300 and 900 patients transferred into one conflicting fact", () => {
    const f = factOf(out, "s1:q1");
    expect(f.claimIds).toEqual(["s1:q1", "s2:q1", "s3:q1"]);
    expect(f.status).toBe("conflict");
    expect(f.note).toBe("2 sources say about 300 (s1, s2); 1 source says about 900 (s3).");
  });

  it("keeps the hospital's capacity apart from the patients moved", () => {
    expect(factOf(out, "s3:q2").claimIds).toEqual(["s3:q2"]);
  });

  it("does not make one article's two amounts of money a conflict", () => {
    expect(factOf(out, "s4:q1").id).not.toBe(factOf(out, "s4:q2").id);
    expect(out.facts.filter((f) => f.status === "conflict")).toHaveLength(1);
  });
});

describe("items, dates and quotes", () => {
  const out = run([
    {
      id: "x",
      text: "Inspectors found a swimming pool, a disco and sniper rifles on the estate on March 3, 2024.\nThe mayor called it \"a centre of crime and corruption\".",
      claims: [
        { kind: "item", find: "a swimming pool", unit: "swimming pool", key: "pool", context: "found" },
        { kind: "item", find: "a disco", unit: "disco", key: "disco", context: "found" },
        { kind: "item", find: "sniper rifles", unit: "sniper rifles", key: "rifle", context: "found" },
        { kind: "date", find: "March 3, 2024", key: "2024-03-03", unit: "date" },
        { kind: "quote", find: "a centre of crime and corruption", key: "a centre of crime and corruption", speaker: "the mayor", attribution: "quote" },
      ],
    },
    {
      id: "y",
      text: "Police said the estate had a pool, a nightclub and rifles. The raid took place on Sunday.\nIt was \"a center of crime and corruption\", the mayor said.",
      claims: [
        { kind: "item", find: "a pool", unit: "pool", key: "pool", context: "had" },
        { kind: "item", find: "a nightclub", unit: "nightclub", key: "nightclub", context: "had" },
        { kind: "item", find: "rifles", unit: "rifles", key: "rifle", context: "had" },
        { kind: "date", find: "Sunday", key: "sunday", unit: "date" },
        { kind: "quote", find: "a center of crime and corruption", key: "a center of crime and corruption", speaker: "the mayor", attribution: "quote" },
      ],
    },
  ]);

  it("merges 'swimming pool' with 'pool' and 'disco' with 'nightclub'", () => {
    expect(factOf(out, "x:i1").claimIds).toEqual(["x:i1", "y:i1"]);
    expect(factOf(out, "x:i2").claimIds).toEqual(["x:i2", "y:i2"]);
    expect(factOf(out, "x:i1").status).toBe("agree");
  });

  it("keeps 'sniper rifles' apart from plain 'rifles'", () => {
    expect(factOf(out, "x:i3").id).not.toBe(factOf(out, "y:i3").id);
  });

  it("joins a weekday to the one full date that falls on it", () => {
    const f = factOf(out, "x:d1");
    expect(f.claimIds).toEqual(["x:d1", "y:d1"]);
    expect(f.note).toContain("2024-03-03 was a Sunday");
  });

  it("joins the same quote spelled the British and the American way", () => {
    const f = factOf(out, "x:q1");
    expect(f.claimIds).toEqual(["x:q1", "y:q1"]);
    expect(f.kind).toBe("quote");
  });
});

describe("corroboration by copies", () => {
  const wire = "Firefighters battled the blaze at the textile factory for six hours before bringing it under control late on Tuesday night";
  const out = run([
    { id: "p", text: `${wire}. At least 14 workers were injured.`, claims: [{ find: "At least 14 workers", value: 14, qualifier: "at_least", unit: "workers", key: "worker", verb: "injure" }] },
    { id: "q", text: `${wire}, the agency said. Fourteen workers were hurt.`, claims: [{ find: "Fourteen workers", value: 14, unit: "workers", key: "worker", verb: "hurt" }] },
    { id: "r", text: "The factory fire injured 14 workers, the union said.", claims: [{ find: "14 workers", value: 14, unit: "workers", key: "worker", verb: "injure" }] },
  ]);

  it("reports the shared passage between the two copies and not the independent report", () => {
    expect(out.reuse).toHaveLength(1);
    expect(out.reuse[0]).toMatchObject({ sourceA: "p", sourceB: "q" });
    expect(out.reuse[0].longestPassage).toBe(wire);
    expect(out.reuse[0].similarity).toBeGreaterThan(0.5);
  });

  it("still counts sources for the verdict but says that copies count once", () => {
    const f = factOf(out, "p:q1");
    expect(f.status).toBe("agree");
    expect(f.sourceIds).toEqual(["p", "q", "r"]);
    expect(f.note).toContain("p and q share copied passages, so they count once: 2 independent accounts");
  });
});

describe("per-source tallies", () => {
  const out = run(quake);
  it("lists what each source alone reports, what it leaves out that most others report, and its conflicts", () => {
    const d = out.tallies.find((t) => t.sourceId === "d")!;
    expect(d.unique).toEqual([factOf(out, "d:q2").id]);
    expect(d.omitted).toContain(factOf(out, "a:q1").id);
    expect(d.factsConflicting).toBe(1);
    const a = out.tallies.find((t) => t.sourceId === "a")!;
    expect(a.omitted).not.toContain(factOf(out, "a:q1").id);
  });
});

// Figures without an event verb: only a shared context makes different values one conflicting fact.
describe("conflicts found through context", () => {
  const out = run([
    {
      id: "u1",
      text: "The Harbour Workers Union, the country's largest labour organisation, has around 2,700 members. Dues are $8 per week.",
      claims: [
        { find: "around 2,700 members", value: 2700, qualifier: "about", unit: "members", key: "member" },
        { find: "$8 per week", value: 8, unit: "usd per week", key: "usd" },
      ],
    },
    {
      id: "u2",
      text: "The Harbour Workers Union, the largest labour organisation in the country, boasts an estimated 5,000 members. Members pay $400 a year.",
      claims: [
        { find: "an estimated 5,000 members", value: 5000, qualifier: "about", unit: "members", key: "member" },
        { find: "$400 a year", value: 400, unit: "usd", key: "usd" },
      ],
    },
    {
      id: "u3",
      text: "A local choir with 90 members sang at the memorial. The strike leader received a 20-year sentence.",
      claims: [
        { find: "90 members", value: 90, unit: "members", key: "member" },
        { find: "a 20-year sentence", value: 20, unit: "year", key: "year", context: "sentence" },
      ],
    },
    {
      id: "u4",
      text: "The strike leader founded the union about a decade ago.",
      claims: [{ find: "about a decade", value: 10, qualifier: "about", unit: "year", key: "year", context: "founded" }],
    },
  ]);

  it("joins two membership figures for the same organisation into a conflict", () => {
    const f = factOf(out, "u1:q1");
    expect(f.claimIds).toEqual(["u1:q1", "u2:q1"]);
    expect(f.status).toBe("conflict");
  });

  it("keeps members of an unrelated group apart", () => {
    expect(factOf(out, "u3:q1").claimIds).toEqual(["u3:q1"]);
  });

  it("compares rates only over the same period", () => {
    expect(factOf(out, "u1:q2").id).not.toBe(factOf(out, "u2:q2").id);
  });

  it("does not compare durations the articles say are about different things", () => {
    expect(factOf(out, "u3:q2").id).not.toBe(factOf(out, "u4:q1").id);
    expect(out.facts.filter((f) => f.status === "conflict")).toHaveLength(1);
  });
});

describe("copies and other languages", () => {
  const text = "The blaze destroyed 40 homes in the old town.";
  const claim = { find: "40 homes", value: 40, unit: "homes", key: "home", verb: "destroy" };
  const out = run([
    { id: "first", text, claims: [claim] },
    { id: "again", text, duplicateOf: "first", claims: [claim] },
    { id: "autre", text: "L'incendie a détruit 40 maisons.", language: "fr", claims: [{ find: "40 maisons", value: 40, unit: "maisons", key: "maison", verb: "détruire" }] },
  ]);

  it("counts an exact duplicate once, so one article and its copy are still a single source", () => {
    const f = factOf(out, "first:q1");
    expect(f.claimIds).toEqual(["first:q1", "again:q1"]);
    expect(f.status).toBe("single_source");
  });

  it("lists claims of an article in another language without comparing them", () => {
    const f = factOf(out, "autre:q1");
    expect(f.claimIds).toEqual(["autre:q1"]);
    expect(f.status).toBe("single_source");
  });
});
