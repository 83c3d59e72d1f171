import { describe, expect, it } from "vitest";
import { guessLanguage } from "../../pipeline/ingest/languageGuess.ts";

const english = "Floods forced thousands from their homes on Monday, and the mayor said that more than 3,000 people were evacuated by the fire service from the lower town.";
const spanish = "Las lluvias de la semana obligaron a miles de personas a dejar sus casas, según las autoridades del estado, que dijeron que la situación es grave y que el río sigue creciendo.";

describe("guessLanguage", () => {
  it("tells languages apart by their function words, in any case", () => {
    expect(guessLanguage(english)).toBe("en");
    expect(guessLanguage(english.toUpperCase())).toBe("en");
    expect(guessLanguage(spanish)).toBe("es");
    expect(guessLanguage(spanish.toUpperCase())).toBe("es"); // "SEGÚN" is "según"
  });

  it("calls text in another script undetermined, and too little text English", () => {
    expect(guessLanguage("Наводнение вынудило тысячи людей покинуть свои дома в понедельник, сообщили власти города.")).toBe("und");
    expect(guessLanguage("Flood warning")).toBe("en");
  });

  it("reads a dotted capital I as lower-casing has it: i and a combining dot, which ends the word", () => {
    // so "İN" is the words "i" and "n", not the function word "in"
    expect(guessLanguage("in ".repeat(25) + "xyz ".repeat(25))).toBe("en");
    expect(guessLanguage("İN ".repeat(25) + "xyz ".repeat(25))).toBe("und");
  });

  it("can read words as written: lower-casing keeps every character but İ one letter or non-letter of the same script and length", () => {
    // what the guess relies on to find and count words without lower-casing the sample first
    const letter = /\p{L}/u;
    const latin = /\p{Script=Latin}/u;
    const changed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lower = c.toLowerCase();
      if (lower === c) continue;
      const same = lower.length === c.length && letter.test(lower) === letter.test(c) && latin.test(lower) === latin.test(c);
      if (!same) changed.push(cp.toString(16));
    }
    expect(changed).toEqual(["130"]);
  });
});
