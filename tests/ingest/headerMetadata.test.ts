// Who publishes a page and who wrote it, and what its title is, read from the lines around the article,
// on invented stories (a flood in Kerala, a chemical leak in Ohio, a ferry strike in Marseille, a
// hospital power cut in Lagos): mastheads, a release's label and issuer, bylines of several shapes.
import { describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.ts";
import { findPageFurniture } from "../../pipeline/ingest/pageFurniture.ts";
import { wireDateline } from "../../pipeline/ingest/publicationDate.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const one = (name: string, text: string) => ingest([{ name, bytes: enc(text) }]).sources[0];
const TITLE = "Floods cut off 40 villages in Kerala";
const LEDE = "Floodwaters cut off 40 villages in southern India on Monday, and 12,000 people were moved to relief camps, officials said.";
const rulesAndTexts = (text: string) => findPageFurniture(text).spans.map((s) => [s.rule, s.text]);

describe("a press release's label, issuer and title", () => {
  const release = [
    "PRESS RELEASE",
    "",
    "Ohio Environmental Protection Agency",
    "Tuesday 4 March 2025",
    "",
    "Chemical leak near Crestline: drinking water safe, tests show",
    "",
    "Tests of the village's drinking water found no trace of the solvent that leaked from a rail tanker on Sunday, the agency said.",
    "",
    "ENDS",
  ].join("\n");

  it("does not take the label for the title, and names the issuer as publisher", () => {
    const s = one("release.txt", release);
    expect(s.title).toBe("Chemical leak near Crestline: drinking water safe, tests show");
    expect(s.publisher).toBe("Ohio Environmental Protection Agency");
    expect(s.published).toBe("2025-03-04");
    expect(s.boilerplate.map((b) => [b.rule, b.text])).toEqual([
      ["boilerplate:label", "PRESS RELEASE"],
      ["boilerplate:masthead", "Ohio Environmental Protection Agency"],
      ["boilerplate:dateline", "Tuesday 4 March 2025"],
      ["boilerplate:label", "ENDS"],
    ]);
  });

  it("knows the usual labels of a document's kind", () => {
    for (const label of ["MEDIA RELEASE", "News release", "STATEMENT", "Media statement", "FOR IMMEDIATE RELEASE", "UPDATE"]) {
      expect(one("r.txt", `${label}\n\nFerry strike called off in Marseille\n\nDockers ended their strike on Friday after the port agreed to hire 40 more crew, the union said.`).title).toBe("Ferry strike called off in Marseille");
    }
  });

  it("keeps the label as the title of a release with no headline, so its first paragraph stays text", () => {
    const s = one("r.txt", "MEDIA STATEMENT\n\nThe Lagos State Health Ministry said on Monday that power had been restored to all 14 wards of the General Hospital.");
    expect(s.title).toBe("MEDIA STATEMENT");
    expect(s.boilerplate).toEqual([]);
  });

  it("does not take a headline or a first line that merely starts with a label's word", () => {
    expect(one("r.txt", `Update on the Kerala floods: 40 villages cut off\n\n${LEDE}`).title).toBe("Update on the Kerala floods: 40 villages cut off");
    expect(one("r.txt", `Statement from the mayor on the floods\n\n${LEDE}`).title).toBe("Statement from the mayor on the floods");
  });
});

describe("mastheads and desks in the page header", () => {
  it("reads an outlet's name standing next to the byline or the date, and sets it aside", () => {
    const f = findPageFurniture(`${TITLE}\n\nMalabar Morning Herald\nBy Anjali Menon\nMonday, August 12, 2024\n\n${LEDE}`);
    expect(f.publisher).toBe("Malabar Morning Herald");
    expect(f.author).toBe("Anjali Menon");
    expect(f.spans.map((s) => s.rule)).toEqual(["boilerplate:masthead", "boilerplate:byline", "boilerplate:dateline"]);
  });

  it("does not take a person, a kicker or a section for the outlet", () => {
    expect(findPageFurniture(`${TITLE}\n\nAnjali Menon\n12 August 2024\n\n${LEDE}`).publisher).toBe("");
    expect(findPageFurniture(`${TITLE}\n\nWorld News\nBy Anjali Menon\n\n${LEDE}`).publisher).toBe("");
    expect(findPageFurniture(`${TITLE}\n\nAsia-Pacific\n\n${LEDE}`).spans).toEqual([]);
    // an outlet's name in the article is the article's
    const later = findPageFurniture(`${TITLE}\n\n${LEDE}\n\nMalabar Morning Herald\nBy Anjali Menon`);
    expect(later.publisher).toBe("");
    expect(later.spans.map((s) => s.text)).toEqual(["By Anjali Menon"]);
  });

  it("sets aside the desk under a byline, naming the outlet by its app prompt when there is one", () => {
    const page = (end: string) => `${TITLE}\n\nBy flood reporters Anjali Menon and Ravi Pillai\nKBN Kochi\n\n${LEDE}\n\n${end}`;
    const withApp = findPageFurniture(page("Get the KBN News app for breaking news alerts."));
    expect(withApp.author).toBe("Anjali Menon");
    expect(withApp.publisher).toBe("KBN News");
    expect(withApp.spans.map((s) => s.rule)).toEqual(["boilerplate:byline", "boilerplate:masthead", "boilerplate:app-prompt"]);
    expect(findPageFurniture(page("Relief camps are open in 30 schools, officials said.")).publisher).toBe("KBN Kochi");
  });

  it("reads the outlet of a line naming it and the writer's city under the byline", () => {
    const f = findPageFurniture(`${TITLE}\n\nBy Ravi Pillai\nEBC News, Kochi\n\n${LEDE}`);
    expect(f.publisher).toBe("EBC News");
    expect(f.spans.map((s) => s.text)).toEqual(["By Ravi Pillai", "EBC News, Kochi"]);
  });
});

describe("bylines", () => {
  const byline = (line: string) => findPageFurniture(`${TITLE}\n\n${line}\n\n${LEDE}`);

  it("takes the first writer of several, after a role", () => {
    expect(byline("By Anjali Menon and Ravi Pillai").author).toBe("Anjali Menon");
    expect(byline("By our correspondents Anjali Menon, Ravi Pillai and Meera Nair").author).toBe("Anjali Menon");
  });

  it("reads the outlet after a comma or 'for the', not a job or a place", () => {
    expect([byline("By Anjali Menon, Kerala Times").author, byline("By Anjali Menon, Kerala Times").publisher]).toEqual(["Anjali Menon", "Kerala Times"]);
    expect([byline("By Anjali Menon for the Coastal Observer").author, byline("By Anjali Menon for the Coastal Observer").publisher]).toEqual(["Anjali Menon", "Coastal Observer"]);
    expect([byline("By Anjali Menon, Ravi Pillai").author, byline("By Anjali Menon, Ravi Pillai").publisher]).toEqual(["Anjali Menon", ""]);
    expect(byline("By Anjali Menon, South Asia Editor").publisher).toBe("");
    expect(byline("By Anjali Menon, Reuters").publisher).toBe("Reuters");
    expect([byline("By Anjali Menon in Kochi").author, byline("By Anjali Menon in Kochi").spans.length]).toEqual(["Anjali Menon", 1]);
  });

  it("leaves a sentence opening with 'By' as text", () => {
    expect(byline("By Monday afternoon the water had reached the first floor of 200 homes.").spans).toEqual([]);
  });
});

describe("agency datelines with the place as written", () => {
  it("reads 'Place (Country) (AFP) -' and gives the agency as publisher", () => {
    expect(wireDateline("Kochi (India) (AFP) - Floodwaters cut off 40 villages on Monday, officials said.")).toEqual({ month: 0, day: 0, year: 0, agency: "AFP" });
    expect(wireDateline("Lagos (AFP) – Power returned to the General Hospital on Monday.")?.agency).toBe("AFP");
    const f = findPageFurniture(`${TITLE}\n\nKochi (India) (AFP) - ${LEDE}\n\nThe state has had heavy rain since June 1, 2024, forecasters said.`);
    expect(f.publisher).toBe("AFP");
  });

  it("needs a wire agency in the parentheses", () => {
    expect(wireDateline("Officials (including two ministers) - and their staff - left the building.")).toBeNull();
    expect(wireDateline("Residents (Kochi) (Kerala) - who fled on Monday - returned.")).toBeNull();
  });
});
