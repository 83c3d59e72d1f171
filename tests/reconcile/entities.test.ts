import { describe, expect, it } from "vitest";
import { entityWith, mention, resolveMentions as resolve } from "./corpusFixture.ts";


describe("resolveEntities: merges", () => {
  it("merges accents, dropped middle names and a later surname-only mention into one person", () => {
    const out = resolve([
      mention("a", "José Ramírez Ortega", "person"),
      mention("b", "Jose Ortega", "person"),
      mention("c", "José Ramírez Ortega", "person"),
      mention("c", "Ortega", "person"),
    ]);
    const e = entityWith(out, "Jose Ortega");
    expect(e.variants).toEqual(["José Ramírez Ortega", "Jose Ortega", "Ortega"]);
    expect(e.name).toBe("José Ramírez Ortega");
    expect(e.sourceIds).toEqual(["a", "b", "c"]);
    expect(e.mentionCount).toBe(4);
    expect(out.entities).toHaveLength(1);
  });

  it("merges transliterations that differ by one letter", () => {
    const out = resolve([mention("a", "Farid Alishbandi", "person"), mention("b", "Farid Alishvandi", "person")]);
    expect(out.entities).toHaveLength(1);
  });

  it("merges an acronym with its expansion, and a title with the person", () => {
    const out = resolve([
      mention("a", "U.S. Geological Survey", "organization"),
      mention("b", "USGS", "organization"),
      mention("b", "Mayor Lina Duarte", "person", { name: "Lina Duarte", title: "Mayor" }),
      mention("a", "Lina Duarte", "person"),
    ]);
    expect(entityWith(out, "USGS").variants).toContain("U.S. Geological Survey");
    expect(entityWith(out, "Lina Duarte").mentionCount).toBe(2);
  });

  it("merges a declared alias and a reworded organisation name", () => {
    const out = resolve([
      mention("a", "Frente del Norte", "organization", { alias: "Front of the North" }),
      mention("b", "North Front", "organization"),
      mention("c", "Frente del Norte", "organization"),
    ]);
    const e = entityWith(out, "Frente del Norte");
    expect(e.variants).toEqual(expect.arrayContaining(["Front of the North", "North Front"]));
    expect(out.entities).toHaveLength(1);
  });

  it("merges a place with a designator and an organisation with a demonym", () => {
    const out = resolve([
      mention("a", "Veloria province", "place"),
      mention("b", "Veloria", "place"),
      mention("a", "Interior Ministry", "organization"),
      mention("b", "Ruritanian Interior Ministry", "organization"),
    ]);
    expect(entityWith(out, "Veloria").variants).toContain("Veloria province");
    expect(entityWith(out, "Interior Ministry").variants).toContain("Ruritanian Interior Ministry");
  });
});

describe("resolveEntities: keep-aparts", () => {
  it("keeps names that differ by a real word apart", () => {
    const out = resolve([
      mention("a", "Aceh", "place"),
      mention("b", "Banda Aceh", "place"),
      mention("a", "Sudan", "place"),
      mention("b", "South Sudan", "place"),
      mention("a", "Veloria", "place"),
      mention("b", "Hijos de Veloria", "organization"),
    ]);
    expect(out.entities).toHaveLength(6);
  });

  it("keeps two officials with the same title apart", () => {
    const out = resolve([
      mention("a", "Interior Minister Ana Cruz", "person", { name: "Ana Cruz", title: "Interior Minister" }),
      mention("b", "Interior Minister Pablo Rey", "person", { name: "Pablo Rey", title: "Interior Minister" }),
    ]);
    expect(out.entities).toHaveLength(2);
  });

  it("leaves a surname alone when two people in the story share it", () => {
    const out = resolve([
      mention("a", "Maria Lopez", "person"),
      mention("b", "Carlos Lopez", "person"),
      mention("c", "Lopez", "person"),
    ]);
    expect(out.entities).toHaveLength(3);
  });

  it("never merges a person with an organisation of the same name", () => {
    const out = resolve([mention("a", "Ford", "person"), mention("b", "Ford", "organization")]);
    expect(out.entities).toHaveLength(2);
  });

  it("writes one mention row per mention, pointing at its entity", () => {
    const ms = [mention("a", "Veloria", "place"), mention("b", "Veloria", "place")];
    const out = resolve(ms);
    expect(out.mentions.map((m) => [m.entityId, m.sourceId, m.start])).toEqual([
      ["E001", "a", ms[0].start],
      ["E001", "b", ms[1].start],
    ]);
  });
});
