// Publication dates as pages print them, on invented stories (a flood in Bihar, a strike in Lyon, a
// shooting in Texas, a wildfire in Attica): header lines, bylines, HTML metadata and wire datelines.
import { describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.ts";
import { findPageFurniture } from "../../pipeline/ingest/pageFurniture.ts";
import { isoFromLooseDate, wireDateline, yearNear } from "../../pipeline/ingest/publicationDate.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("dates as pages print them", () => {
  it("reads month-first, day-first, abbreviated, weekday-led and ISO dates", () => {
    expect(isoFromLooseDate("August 3, 2023")).toBe("2023-08-03");
    expect(isoFromLooseDate("3 August 2023, 18:05 IST")).toBe("2023-08-03");
    expect(isoFromLooseDate("Published 3 August 2023")).toBe("2023-08-03");
    expect(isoFromLooseDate("Updated: Thu 3 Aug 2023 09.14 BST")).toBe("2023-08-03");
    expect(isoFromLooseDate("2023-08-03T18:05:00Z")).toBe("2023-08-03");
    expect(isoFromLooseDate("Sept. 21st, 2023")).toBe("2023-09-21");
  });

  it("refuses what is not a calendar date", () => {
    expect(isoFromLooseDate("31 June 2024")).toBe("");
    expect(isoFromLooseDate("at 10 2024 prices")).toBe("");
    expect(isoFromLooseDate("Room 12, Block 2024")).toBe("");
  });
});

describe("wire datelines", () => {
  it("reads the place, the day without a year and the agency", () => {
    expect(wireDateline("PATNA, India, Aug 3 (Reuters) - Floodwaters swept through 40 villages on Thursday.")).toEqual({ month: 8, day: 3, year: 0, agency: "Reuters" });
    expect(wireDateline("MARSEILLE, 14 March (AFP) - Dockers walked out at dawn.")).toEqual({ month: 3, day: 14, year: 0, agency: "AFP" });
    expect(wireDateline("SÃO LUÍS, Brazil, June 2, 2023 — Rains flooded the old town.")).toEqual({ month: 6, day: 2, year: 2023, agency: "" });
  });

  it("reads an agency dateline without a date, giving the agency's own name", () => {
    expect(wireDateline("ODESSA, Texas (AP) — A gunman opened fire at a gas station on Sunday.")).toEqual({ month: 0, day: 0, year: 0, agency: "The Associated Press" });
  });

  it("does not read ordinary sentences as datelines", () => {
    expect(wireDateline("Officials said on June 3 - the day of the storm - that 40 homes were lost.")).toBeNull();
    expect(wireDateline("LYON — Strikers blocked the ring road on Tuesday.")).toBeNull();
    expect(wireDateline("The mayor, June Carter - a former nurse - said 12 people were hurt.")).toBeNull();
  });

  it("gives a year-less day the year nearest the evidence, across a new year, and none from far away", () => {
    expect(yearNear(12, 31, ["2025-01-02"], 62)).toBe(2024);
    expect(yearNear(1, 2, ["2024-12-31"], 62)).toBe(2025);
    expect(yearNear(8, 3, ["2019-03-01"], 62)).toBe(0);
  });
});

describe("publication dates in page furniture", () => {
  const wire = (extra: string) =>
    `Floods cut off 40 villages in Bihar\n\nPATNA, India, Aug 3 (Reuters) - Floodwaters swept through 40 villages in eastern India on Thursday, officials said.\n\n${extra}`;

  it("gives a wire dateline its year from a full date near that day in the text", () => {
    const f = findPageFurniture(wire("The Kosi river burst its banks on 2 August 2023, the state disaster agency said."));
    expect(f.published).toBe("2023-08-03");
    expect(f.publisher).toBe("Reuters");
    expect(f.datelineDay).toBeNull();
  });

  it("does not take the year of a date far from the dateline's day (history in the text)", () => {
    const f = findPageFurniture(wire("The last flood of this size, on 1 September 2008, killed 500 people."));
    expect(f.published).toBe("");
    expect(f.datelineDay).toEqual({ month: 8, day: 3 });
  });

  it("gives a wire dateline the page's copyright year when the text has no date", () => {
    expect(findPageFurniture(wire("Rescuers reached 12 villages by boat.\n\n© 2023 Reuters. All rights reserved.")).published).toBe("2023-08-03");
  });

  it("reads a date on its own line in the page header, with its time and zone, and sets it aside", () => {
    const page = "Gas station shooting leaves 3 dead in Odessa\n\nOdessa Herald\n14 March 2023, 18:05 CDT\n\nThree people were killed when a gunman opened fire at a gas station on Sunday, police said.";
    const f = findPageFurniture(page);
    expect(f.published).toBe("2023-03-14");
    expect(f.spans.map((s) => [s.rule, s.text])).toEqual([["boilerplate:masthead", "Odessa Herald"], ["boilerplate:dateline", "14 March 2023, 18:05 CDT"]]);
    expect(f.publisher).toBe("Odessa Herald");
  });

  it("leaves a bare date line inside the article (a timeline heading) as text", () => {
    const page = "How the strike unfolded\n\nUnions and the city have clashed for months over pay and the pension age, union leaders said.\n\n12 January 2023\n\nBus drivers walked out for the first time.";
    const f = findPageFurniture(page);
    expect(f.spans).toEqual([]);
    expect(f.published).toBe("");
  });

  it("reads a dated credit line: a team is the publisher, a name the author", () => {
    const team = findPageFurniture("Wildfire reaches Athens suburbs\n\nThe Metro live team · Thursday 3 August 2023\n\nFirefighters evacuated 12 villages overnight, the fire service said on Thursday.");
    expect(team.published).toBe("2023-08-03");
    expect(team.publisher).toBe("The Metro");
    const person = findPageFurniture("Wildfire reaches Athens suburbs\n\nEleni Markou | 3 Aug 2023, 09:00\n\nFirefighters evacuated 12 villages overnight, the fire service said on Thursday.");
    expect(person.published).toBe("2023-08-03");
    expect(person.author).toBe("Eleni Markou");
  });

  it("reads 'Posted … , updated …' lines and other stamp words, taking the first date", () => {
    const header = (line: string) => findPageFurniture(`Ferry strike halts Marseille port\n\n${line}\n\nDockers walked out at dawn on Tuesday, and 40 ferries stayed in port, the union said.`);
    const lines: [string, string][] = [
      ["Posted Tue 4 Mar 2025 at 9:02am, updated Tue 4 Mar 2025 at 11:40am", "2025-03-04"],
      ["Posted 4 Mar 2025, updated 5 Mar", "2025-03-04"],
      ["First posted Tue 4 Mar 2025 at 9:02am", "2025-03-04"],
      ["Last updated 5 March 2025", "2025-03-05"],
      ["Published on 4 March 2025", "2025-03-04"],
      ["Wed 5 Mar 2025 06.00 CET", "2025-03-05"],
      ["Published 4 March 2025 - Updated 5 March 2025", "2025-03-04"],
    ];
    for (const [line, iso] of lines) {
      const f = header(line);
      expect([line, f.published, f.spans.map((s) => s.text)]).toEqual([line, iso, [line]]);
    }
  });

  it("reads the date after a byline", () => {
    const f = findPageFurniture("Strike shuts Lyon metro\n\nBy Claire Dubois | Updated March 7, 2023, 7:12 p.m.\n\nThe metro was closed all day, the operator said.");
    expect(f.author).toBe("Claire Dubois");
    expect(f.published).toBe("2023-03-07");
  });
});

describe("publication dates across the folder", () => {
  const wire = "Floods cut off 40 villages in Bihar\n\nPATNA, India, Aug 3 (Reuters) - Floodwaters swept through 40 villages in eastern India on Thursday, officials said.\n";
  const paper = "Bihar floods: 40 villages under water\n\nBy Priya Nair\nPublished: August 4, 2023\n\nForty villages were under water on Friday, the district magistrate said.\n";

  it("gives a year-less dateline the year of the other articles' dates, and says so", () => {
    const out = ingest([{ name: "wire.txt", bytes: enc(wire) }, { name: "paper.txt", bytes: enc(paper) }]);
    expect(out.sources.map((s) => s.published)).toEqual(["2023-08-04", "2023-08-03"]);
    const note = out.diagnostics.find((d) => d.rule === "ingest:dateline-year");
    expect(note?.file).toBe("wire.txt");
    expect(note?.severity).toBe("info");
  });

  it("leaves the date unknown when no article gives a year", () => {
    const out = ingest([{ name: "wire.txt", bytes: enc(wire) }]);
    expect(out.sources[0].published).toBe("");
    expect(out.diagnostics.some((d) => d.rule === "ingest:dateline-year")).toBe(false);
  });
});

describe("publication dates in HTML", () => {
  const page = (head: string, body: string) => `<html><head>${head}</head><body><article><h1>Dockers strike in Marseille</h1>${body}<p>Dockers walked out at dawn, the union said.</p></article></body></html>`;

  it("reads a <time> element's datetime, else its text", () => {
    expect(ingest([{ name: "a.html", bytes: enc(page("", `<p><time datetime="2023-03-14T18:05:00Z">Tuesday</time></p>`)) }]).sources[0].published).toBe("2023-03-14");
    expect(ingest([{ name: "a.html", bytes: enc(page("", `<p><time>14 March 2023</time></p>`)) }]).sources[0].published).toBe("2023-03-14");
  });

  it("reads schema.org JSON-LD when the page has no meta date", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-14T09:12:00+01:00"}</script>`;
    expect(ingest([{ name: "a.html", bytes: enc(page(ld, "")) }]).sources[0].published).toBe("2023-03-14");
  });
});
