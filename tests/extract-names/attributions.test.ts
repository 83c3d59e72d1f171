import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

const FIRE = `Factory fire kills workers

At least 40 people died in the fire, according to Reuters.

According to state media, the blaze started at dawn.

The fire began in a storage room, per Fire Chief Tom Reyes.

Witness Ana Lima told AFP that the roof collapsed within minutes.

Reports suggest that the exits were locked.

The toll is expected to rise, the Health Ministry noted.

Workers earned about $8 per week, and the factory stood in Lima state.

The plant was described by local media as a death trap.`;

describe("findAttributions", () => {
  const { attributions, slice } = analyse(FIRE);
  const find = (speaker: string) => {
    const a = attributions.find((x) => x.speaker === speaker);
    expect(a, `attribution to ${speaker}`).toBeDefined();
    return { phrase: slice(a!.start, a!.end), covers: slice(a!.coversStart, a!.coversEnd) };
  };

  it("credits the clause before a trailing 'according to' or 'per'", () => {
    expect(find("Reuters")).toEqual({ phrase: "according to Reuters", covers: "At least 40 people died in the fire" });
    expect(find("Tom Reyes")).toEqual({ phrase: "per Fire Chief Tom Reyes", covers: "The fire began in a storage room" });
  });

  it("credits the rest of the sentence after a leading 'According to'", () => {
    expect(find("state media")).toEqual({ phrase: "According to state media", covers: "the blaze started at dawn." });
  });

  it("credits the subject of 'told' and 'suggest' with what follows", () => {
    expect(find("Ana Lima")).toEqual({ phrase: "Ana Lima told AFP", covers: "the roof collapsed within minutes." });
    expect(find("Reports")).toEqual({ phrase: "Reports suggest", covers: "the exits were locked." });
  });

  it("credits the clause before a closing ', X noted'", () => {
    expect(find("Health Ministry")).toEqual({ phrase: "the Health Ministry noted", covers: "The toll is expected to rise" });
  });

  it("credits a passive 'by local media'", () => {
    expect(find("local media").phrase).toBe("described by local media");
  });

  it("does not read a rate ('$8 per week') or a noun ('Lima state') as a credit", () => {
    const phrases = attributions.map((a) => slice(a.start, a.end));
    expect(phrases.some((p) => p.includes("per week") || p.includes("Lima state"))).toBe(false);
    expect(attributions).toHaveLength(7);
  });
});
