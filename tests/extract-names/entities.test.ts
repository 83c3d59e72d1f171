import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

const QUAKE = `Quake shakes Valparaíso and Quilpué

A magnitude 6.8 earthquake struck off the coast of Chile on Tuesday, the U.S. Geological Survey (USGS) said.

Chilean President Gabriel Boric visited the port city of Valparaíso, where Mayor Camila Nieto Ríos met rescuers.

The quake damaged the Santa Lucía hospital in Quilpué, according to the Chilean newspaper La Tercera.

Interior and Security Minister Carolina Tohá told reporters that 12 people had died. Tohá said more aid would come.

Rescuers from the Red Cross searched the rubble. Inside, families waited. Authorities closed the Ministry of Health offices in Chile’s capital.`;

describe("findMentions", () => {
  const { mentions, slice } = analyse(QUAKE);
  const byText = (t: string) => mentions.filter((m) => m.text === t);
  const one = (t: string) => {
    const found = byText(t);
    expect(found, `mention ${t}`).not.toHaveLength(0);
    return found[0];
  };

  it("gives every mention a text equal to the code-point slice of the source", () => {
    expect(mentions.length).toBeGreaterThan(8);
    for (const m of mentions) expect(slice(m.start, m.end)).toBe(m.text);
  });

  it("separates titles from names and drops a nationality before a title", () => {
    expect(one("President Gabriel Boric")).toMatchObject({ name: "Gabriel Boric", title: "President", type: "person" });
    expect(one("Mayor Camila Nieto Ríos")).toMatchObject({ name: "Camila Nieto Ríos", title: "Mayor", type: "person" });
    expect(one("Interior and Security Minister Carolina Tohá")).toMatchObject({
      name: "Carolina Tohá", title: "Interior and Security Minister", type: "person",
    });
    expect(mentions.some((m) => m.text.startsWith("Chilean"))).toBe(false);
  });

  it("types a later surname-only mention as the person", () => {
    expect(one("Tohá")).toMatchObject({ name: "Tohá", type: "person" });
  });

  it("keeps an acronym in brackets as an alias of the name before it, both ways", () => {
    expect(one("U.S. Geological Survey")).toMatchObject({ type: "organization", alias: "USGS" });
    expect(one("USGS").alias).toBe("U.S. Geological Survey");
  });

  it("types places, organisations and institutions from the words around them", () => {
    expect(one("Valparaíso").type).toBe("place");
    expect(one("Quilpué").type).toBe("place");
    expect(one("Chile").type).toBe("place");
    expect(one("La Tercera").type).toBe("organization");
    expect(one("Red Cross").type).toBe("organization");
    expect(one("Ministry of Health").type).toBe("organization");
  });

  it("cuts a possessive and never takes sentence openers, weekdays or demonyms for names", () => {
    expect(byText("Chile").length).toBe(2);
    const texts = mentions.map((m) => m.text);
    for (const junk of ["A", "The", "Tuesday", "Rescuers", "Inside", "Authorities", "Chilean", "Chile’s"]) expect(texts).not.toContain(junk);
  });

  it("marks in the title only names the body establishes", () => {
    const title = mentions.filter((m) => m.sentenceIndex === 0).map((m) => m.text);
    expect(title).toEqual(["Valparaíso", "Quilpué"]);
  });
});

describe("findMentions: joiners, aliases and edge cases", () => {
  it("joins name particles and reads a declared translation as an alias, not a name", () => {
    const { mentions } = analyse(
      "Militia raid\n\nMembers of the Sombra de la Noche militia, whose name translates from Spanish as “Shadow of the Night,” attacked a depot near Cúcuta. Sombra de la Noche denied it.",
    );
    const militia = mentions.filter((m) => m.name === "Sombra de la Noche");
    expect(militia).toHaveLength(2);
    expect(militia[0]).toMatchObject({ type: "organization", alias: "Shadow of the Night" });
    expect(militia[1].type).toBe("organization");
    expect(mentions.some((m) => m.text.includes("Shadow") || m.text === "Night")).toBe(false);
  });

  it("reads 'formerly known as' and keeps a Minister-of title with its complement", () => {
    const { mentions } = analyse(
      "Platform fined\n\nRegulators fined Meta Platforms, formerly known as Facebook, on Friday. Minister of the Interior Laura Vidal welcomed the fine.",
    );
    expect(mentions.find((m) => m.name === "Meta Platforms")?.alias).toBe("Facebook");
    expect(mentions.find((m) => m.name === "Laura Vidal")).toMatchObject({ title: "Minister of the Interior", text: "Minister of the Interior Laura Vidal" });
  });

  it("keeps a place apart from a longer name containing it, and counts astral characters once", () => {
    const { mentions, slice } = analyse(
      "Storm 🌀 report\n\nThe storm 🌀 hit the state of Oaxaca, where the Guerreros de Oaxaca gang controls the port. Oaxaca declared an emergency.",
    );
    for (const m of mentions) expect(slice(m.start, m.end)).toBe(m.text);
    const names = mentions.map((m) => `${m.name}:${m.type}`);
    expect(names).toContain("Oaxaca:place");
    expect(names).toContain("Guerreros de Oaxaca:organization");
  });

  it("yields nothing for a non-English or duplicate source", () => {
    expect(analyse("Title\n\nMayor Ana Ruiz visited Lima.", { language: "es" }).mentions).toEqual([]);
    expect(analyse("Title\n\nMayor Ana Ruiz visited Lima.", { duplicateOf: "other" }).mentions).toEqual([]);
  });
});
