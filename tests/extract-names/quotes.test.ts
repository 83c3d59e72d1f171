import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

const FLOOD = `River floods lowland towns

Mayor Camila Nieto Ríos said: “We are doing all we can to reach the stranded families. The army is helping.

“Nobody should go back home before the water recedes.”

“We lost everything,” said Maria Gonzalez, a shopkeeper in Riberalta. "The water came so fast," she told AFP.

"Nobody expected this," Nieto told reporters on Sunday.

The Interior Ministry said the flood was "the worst in a century." Later the ministry said it would send "more boats and pumps".

Residents call the lowest district the "Venice" of the region. The so-called "safe zone" was flooded too. Gonzalez likened the shelter to a "prison". The "Tokyo" nightclub was swept away.`;

describe("findQuotes", () => {
  const { quotes, slice, sentences } = analyse(FLOOD);
  const byStart = (words: string) => {
    const q = quotes.find((c) => c.text.startsWith(words));
    expect(q, `quote starting ${words}`).toBeDefined();
    return q!;
  };

  it("gives every quote a text equal to the code-point slice of the source, without the marks", () => {
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) {
      expect(slice(q.start, q.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^["“]|["”]$/);
      expect(q).toMatchObject({ kind: "quote", attribution: "quote", value: null, unit: "", context: "" });
    }
  });

  it("runs a quote over the paragraph that continues it and credits the speaker named before the colon", () => {
    const q = byStart("We are doing all we can");
    expect(q.text.endsWith("before the water recedes.")).toBe(true);
    expect(q.speaker).toBe("Camila Nieto Ríos");
    expect(q.verb).toBe("say");
    expect(sentences.find((s) => s.index === q.sentenceIndex)?.text.startsWith("Mayor Camila")).toBe(true);
  });

  it("finds the speaker after the quote, by name, by pronoun and by surname", () => {
    expect(byStart("We lost everything")).toMatchObject({ speaker: "Maria Gonzalez", verb: "say" });
    expect(byStart("The water came so fast")).toMatchObject({ speaker: "Maria Gonzalez", verb: "tell" });
    expect(byStart("Nobody expected this")).toMatchObject({ speaker: "Camila Nieto Ríos", verb: "tell" });
  });

  it("credits organisations, and 'the ministry' to the ministry named before", () => {
    expect(byStart("the worst in a century").speaker).toBe("Interior Ministry");
    expect(byStart("more boats and pumps").speaker).toBe("Interior Ministry");
  });

  it("keeps a short scare quote only when a speaker verb credits it", () => {
    expect(byStart("prison")).toMatchObject({ speaker: "Maria Gonzalez", verb: "liken" });
    const texts = quotes.map((q) => q.text);
    for (const notQuote of ["Venice", "safe zone", "Tokyo"]) expect(texts).not.toContain(notQuote);
  });

  it("normalises the key for matching across sources", () => {
    expect(byStart("We lost everything").key).toBe("we lost everything");
    const { quotes: other } = analyse('Flood\n\nThe mayor said: "Nobody expected THIS!"');
    expect(other[0].key).toBe("nobody expected this");
  });

  it("yields nothing for a non-English or duplicate source", () => {
    expect(analyse(FLOOD, { language: "fr" }).quotes).toEqual([]);
    expect(analyse(FLOOD, { duplicateOf: "x" }).quotes).toEqual([]);
  });
});
