import { describe, expect, it } from "vitest";
import { ingest } from "../../pipeline/ingest/index.ts";
import { segment } from "../../pipeline/segment/index.ts";
import { sentenceRanges } from "../../pipeline/segment/sentenceSplit.ts";
import { CodePointIndex } from "../../pipeline/codePoints.ts";

const enc = (s: string) => new TextEncoder().encode(s);
function segmented(text: string, name = "a.txt") {
  const ing = ingest([{ name, bytes: enc(text) }]);
  return { source: ing.sources[0], seg: segment(ing).sources[0] };
}

describe("segment", () => {
  it("finds the title, headings, paragraphs and sentences with code-point offsets", () => {
    const text = "Ferry sinks off 🚢 island\n\nRescue under way\n\nA ferry carrying 212 people sank on Friday. Gov. Ana Ruiz said 180 were rescued.\n\nDivers searched at 1:53 p.m. local time. The U.S. Coast Guard sent two ships.";
    const { source, seg } = segmented(text);
    expect(seg.paragraphs.map((p) => p.kind)).toEqual(["title", "heading", "body", "body"]);
    expect(seg.sentences.map((s) => s.text)).toEqual([
      "Ferry sinks off 🚢 island",
      "Rescue under way",
      "A ferry carrying 212 people sank on Friday.",
      "Gov. Ana Ruiz said 180 were rescued.",
      "Divers searched at 1:53 p.m. local time.",
      "The U.S. Coast Guard sent two ships.",
    ]);
    const index = new CodePointIndex(source.text);
    for (const s of seg.sentences) expect(index.slice(s.start, s.end)).toBe(s.text);
    // the emoji is one code point, so offsets after it are one less than UTF-16 indices
    const third = seg.sentences[2];
    expect(source.text.indexOf(third.text)).toBe(third.start + 1);
  });

  it("treats each line as a paragraph when the file has no blank lines", () => {
    const { seg } = segmented("Title line\nFirst paragraph here. It has two sentences.\nSecond paragraph.");
    expect(seg.paragraphs).toHaveLength(3);
    expect(seg.sentences.filter((s) => s.kind === "body")).toHaveLength(3);
  });

  it("joins hard-wrapped lines into one paragraph", () => {
    const { seg } = segmented("Title\n\nThe river rose four metres overnight and the authorities\nordered the evacuation of 3,000 people from low areas.\n\nEnd.");
    expect(seg.sentences[1].text).toBe("The river rose four metres overnight and the authorities\nordered the evacuation of 3,000 people from low areas.");
  });

  it("produces no units from page furniture", () => {
    const { seg } = segmented("Title\n\nOfficials said 40 died.\n\nRead more:\nOther story about floods\n\nLeave a Reply");
    expect(seg.sentences.map((s) => s.text)).toEqual(["Title", "Officials said 40 died."]);
  });

  it("splits one very long paragraph into all its sentences", () => {
    const long = "Word ".repeat(10) + "end. ";
    const text = "T\n\n" + long.repeat(20000);
    const { seg } = segmented(text);
    expect(seg.sentences.length).toBe(20001);
  });

  it("splits sentences without breaking abbreviations", () => {
    const t = "Mr. Smith met Dr. Jones at 9 a.m. on Monday. They left.";
    expect(sentenceRanges(t).map(([s, e]) => t.slice(s, e))).toEqual(["Mr. Smith met Dr. Jones at 9 a.m. on Monday.", "They left."]);
  });

  it("keeps Spanish, Portuguese and French courtesy titles with the name that follows", () => {
    const t = "Sra. Lucía Pérez, 71, was evacuated by boat. Mme. Colette Arnaud said the water rose at night. Both are safe.";
    expect(sentenceRanges(t).map(([s, e]) => t.slice(s, e))).toEqual([
      "Sra. Lucía Pérez, 71, was evacuated by boat.",
      "Mme. Colette Arnaud said the water rose at night.",
      "Both are safe.",
    ]);
  });
});
