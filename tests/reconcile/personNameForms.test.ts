/** Short first names, near-spelt surnames and first names that only look alike, in an invented mine-collapse story. */
import { describe, expect, it } from "vitest";
import { mention, resolveMentions as resolve } from "./corpusFixture.ts";


const entityOf = (out: ReturnType<typeof resolve>, variant: string) => out.entities.find((e) => e.variants.includes(variant))?.id;

describe("resolveEntities: forms of a person's name", () => {
  it("joins a short first name and a near-spelt surname to the one person they fit", () => {
    const out = resolve([
      mention("a", "Bartholomew Szczepanski"),
      mention("b", "Bart Szczepanski"),
      mention("c", "Bartholomew Szczepansky"),
    ]);
    expect(out.entities).toHaveLength(1);
  });

  it("leaves a short first name alone when two people fit it", () => {
    const out = resolve([mention("a", "Samuel Okoro"), mention("a", "Samantha Okoro"), mention("b", "Sam Okoro")]);
    expect(entityOf(out, "Sam Okoro")).not.toBe(entityOf(out, "Samuel Okoro"));
    expect(entityOf(out, "Sam Okoro")).not.toBe(entityOf(out, "Samantha Okoro"));
    expect(entityOf(out, "Samuel Okoro")).not.toBe(entityOf(out, "Samantha Okoro"));
  });

  it("keeps apart relatives whose first names differ only in a final vowel", () => {
    const out = resolve([mention("a", "Mario Ferreira"), mention("b", "Maria Ferreira")]);
    expect(out.entities).toHaveLength(2);
  });
});
