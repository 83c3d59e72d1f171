/**
 * Speakers behind appositives, on an invented factory-fire story: a subject with two appositives before
 * the reporting verb ("Ana Lima, 61, who runs the bakery, said") is the "she" of the next quote, and a
 * name standing as the appositive of a role ("the union's regional secretary, Piet Dorn, called it") speaks.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.ts";

const FIRE = `Fire guts mill in Brenna

"My brother works the night shift there," said Olga Brandt, a neighbour.

Ana Lima, 61, who runs the bakery opposite, said she saw the flames first. "The roof just folded in," she said.

The union's regional secretary, Piet Dorn, called the blaze "a disaster that was waiting to happen" and asked for an inquiry.`;

describe("speakers behind appositives", () => {
  const { quotes } = analyse(FIRE);
  const quote = (words: string) => quotes.find((q) => q.text.startsWith(words));

  it("resolves 'she said' to the subject reported just before, past two appositives", () => {
    expect(quote("The roof just folded")?.speaker).toBe("Ana Lima");
  });

  it("credits a quote to the name given as the appositive of the subject", () => {
    expect(quote("a disaster that was waiting")?.speaker).toBe("Piet Dorn");
  });
});
