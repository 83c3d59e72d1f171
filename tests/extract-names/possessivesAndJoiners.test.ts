/**
 * Institution names with a possessive or an "and" inside ("Harlan Coroner's Office", "Dock and Harbour
 * Workers' Union", "Department of Water and Sanitation"), and a speaker given as "an <organisation>
 * spokeswoman", on an invented flood story.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

const FLOOD = `River bursts banks in Harlan

Two bodies were recovered, according to the Harlan County Coroner's Office. Staff of the Mayor's Office joined rescuers.

The Dock and Harbour Workers' Union (DHWU) said members were evacuated. Venezuela's Interior Ministry sent no help.

The Department of Water and Sanitation (DWS) has opened shelters. The Ministry of Health and Red Crescent teams came later.

A Department of Water and Sanitation spokeswoman said: "The pumps failed overnight."

"We were not warned in time," said a Dock and Harbour Workers' Union spokesman.

Pumps failed at 12 stations, according to the Dock and Harbour Workers' Union.`;

describe("institution names with possessives and 'and' inside", () => {
  const { mentions, quotes, attributions, slice } = analyse(FLOOD);
  const named = (name: string) => mentions.filter((m) => m.name === name);

  it("keeps mention texts equal to their slices", () => {
    for (const m of mentions) expect(slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps an officeholder's possessive inside an institution's name", () => {
    expect(named("Harlan County Coroner's Office")[0]).toMatchObject({ type: "organization" });
    expect(named("Mayor's Office")).toHaveLength(1);
    expect(named("Office")).toHaveLength(0);
  });

  it("keeps a plural possessive and an 'and' inside a union's name, with its acronym", () => {
    expect(named("Dock and Harbour Workers' Union")[0]).toMatchObject({ type: "organization", alias: "DHWU" });
  });

  it("continues a department's name over 'and' only with a portfolio", () => {
    expect(named("Department of Water and Sanitation")[0]).toMatchObject({ type: "organization", alias: "DWS" });
    expect(named("Ministry of Health")).toHaveLength(1);
    expect(named("Red Crescent")).toHaveLength(1);
  });

  it("does not join a place's possessive to the institution after it", () => {
    expect(named("Venezuela")).toHaveLength(1);
    expect(named("Interior Ministry")).toHaveLength(1);
  });

  it("credits a quote to the organisation whose spokesperson speaks, before or after the quote", () => {
    expect(quotes.find((q) => q.text.startsWith("The pumps failed"))?.speaker).toBe("Department of Water and Sanitation");
    expect(quotes.find((q) => q.text.startsWith("We were not warned"))?.speaker).toBe("Dock and Harbour Workers' Union");
  });

  it("credits 'according to' a name with 'and' inside to the whole name", () => {
    expect(attributions.map((a) => a.speaker)).toContain("Dock and Harbour Workers' Union");
    expect(attributions.map((a) => a.speaker)).not.toContain("Dock");
  });
});
