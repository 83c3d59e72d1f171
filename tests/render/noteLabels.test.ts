import { describe, expect, it } from "vitest";
import { buildReportModel, noteSourceLabeller } from "../../pipeline/render/reportModel.ts";
import { buildInput } from "./fixtures.ts";

// An invented flood: reconcile's notes say "001" where the tables say "Valley Courier".
const sources = [
  { id: "001_a1b2", label: "Valley Courier" },
  { id: "002_c3d4", label: "002" },
  { id: "wire", label: "Orvann Press Agency" },
];

describe("source names in the notes", () => {
  const label = noteSourceLabeller(sources);

  it("names sources in a note the way the report's tables do", () => {
    expect(label("2 sources say about 1,600 (001, 002); 1 source says about 6,000 (wire, according to police).")).toBe(
      "2 sources say about 1,600 (Valley Courier, 002); 1 source says about 6,000 (Orvann Press Agency, according to police).",
    );
    expect(label("Only 001 reports this: more than $1,000,000.")).toBe("Only Valley Courier reports this: more than $1,000,000.");
    expect(label("2 sources have this quote (001: the mayor; wire: speaker not named).")).toBe(
      "2 sources have this quote (Valley Courier: the mayor; Orvann Press Agency: speaker not named).",
    );
    expect(label("3 sources agree on 4 (001, 002, wire). 001 and wire share copied passages, so they count once: 2 independent accounts.")).toBe(
      "3 sources agree on 4 (Valley Courier, 002, Orvann Press Agency). Valley Courier and Orvann Press Agency share copied passages, so they count once: 2 independent accounts.",
    );
    expect(label("Only 001_a1b2 gives this date: 2024-05-12 (001_a1b2).")).toBe("Only Valley Courier gives this date: 2024-05-12 (Valley Courier).");
  });

  it("leaves the article's own words alone, even when they look like a source's name", () => {
    expect(label("Only 002 lists this (wire), according to police.")).toBe("Only 002 lists this (wire), according to police.");
    expect(label("Only 002 lists this (barbed wire).")).toBe("Only 002 lists this (barbed wire).");
    expect(label("2 sources agree on 1,001 (001, 002).")).toBe("2 sources agree on 1,001 (Valley Courier, 002).");
    expect(label("2 sources list this (002, wire) as \"wire\", \"001\".")).toBe("2 sources list this (002, Orvann Press Agency) as \"wire\", \"001\".");
  });

  it("relabels the report's notes, not the facts the CSV writes", () => {
    const input = buildInput(
      [
        { id: "001_a1b2", title: "Flood in the valley", publisher: "Valley Courier", paragraphs: ["The river rose by 3 metres."] },
        { id: "002_c3d4", title: "Valley flood", paragraphs: ["The river rose by 4 metres."] },
      ],
      [{ id: "F001", kind: "quantity", label: "river rise (metres)", status: "conflict", note: "1 source says 3 metres (001); 1 source says 4 metres (002)." }],
      [
        { source: "001_a1b2", fact: "F001", kind: "quantity", text: "3 metres", value: 3, unit: "metres" },
        { source: "002_c3d4", fact: "F001", kind: "quantity", text: "4 metres", value: 4, unit: "metres" },
      ],
    );
    const model = buildReportModel(input);
    expect(model.conflicts[0].fact.note).toBe("1 source says 3 metres (Valley Courier); 1 source says 4 metres (002).");
    expect(input.reconcile.facts[0].note).toBe("1 source says 3 metres (001); 1 source says 4 metres (002).");
  });
});
