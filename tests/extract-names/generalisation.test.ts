/**
 * Name and speaker rules found by running invented events in styles the seeds do not have: regional
 * titles, region names with a compass word, agencies led by a country abbreviation, party names with a
 * collective possessive, titles before a speaker named after a quote, and "she said" after a report.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

const VERDICT = `Court jails activist in Velo

Presiding Judge Ana Ruiz said the prosecution had proved that Vega's speeches had led to attacks. "The court has found the accused guilty," she said.

"They are arresting people for wearing our colours," RPF-IO spokesman Tomas Lenk said.

"The city is calm," police spokesman Marco Dine told reporters.

Vega is a member of the Ruritanian People's Liberation Front, which governs Central Velo province. The US Geological Survey recorded no tremor.

Harbour Regent Ilse Marr said her office would help.`;

describe("names and speakers in other styles", () => {
  const { mentions, quotes, slice } = analyse(VERDICT);
  const named = (name: string) => mentions.find((m) => m.name === name);
  const quote = (words: string) => quotes.find((q) => q.text.startsWith(words));

  it("keeps mention texts equal to their slices", () => {
    for (const m of mentions) expect(slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps a compass word, a country abbreviation and a collective possessive inside names", () => {
    expect(named("Central Velo")).toBeDefined();
    expect(named("US Geological Survey")).toBeDefined();
    expect(mentions.some((m) => m.name.startsWith("Ruritanian People's Liberation Front") || m.name === "People's Liberation Front")).toBe(true);
    expect(named("Ruritanian People")).toBeUndefined();
  });

  it("separates a regional title from the name", () => {
    expect(named("Ilse Marr")).toMatchObject({ type: "person", title: "Harbour Regent" });
  });

  it("credits a quote to a speaker whose title comes first after the quote", () => {
    expect(quote("They are arresting people")?.speaker).toBe("Tomas Lenk");
    expect(quote("The city is calm")?.speaker).toBe("Marco Dine");
  });

  it("resolves 'she said' to the person just reported as saying something, not to a name inside the report", () => {
    expect(quote("The court has found")?.speaker).toBe("Ana Ruiz");
  });
});
