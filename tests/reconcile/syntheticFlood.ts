/**
 * A synthetic story told by any number of sources: shared wire lines,
 * competing figures, lists, a quote and names, for timing reconcile.
 */
import type { ClaimSpec, MentionSpec, SourceSpec } from "./corpusFixture.ts";

const nouns = ["boats", "bridges", "schools", "clinics", "trucks", "wells", "roads", "farms", "shelters", "generators", "pumps", "tents"];
const items = ["tents", "blankets", "water", "rice", "medicine", "generators", "boats", "fuel"];
const towns = ["Ostravel", "Kelmira", "Dunvale", "Portanza", "Mireno", "Saltgrove", "Velk", "Arandel"];

export function syntheticFlood(n: number): SourceSpec[] {
  return Array.from({ length: n }, (_, i) => {
    const dead = i % 5 === 0 ? 40 : 38 + (i % 3);
    const evacuated = i % 7 === 0 ? 60000 : 15000;
    const noun = nouns[i % nouns.length];
    const town = towns[i % towns.length];
    const own = 10 + (i % 90);
    const wire = i % 4 === 0 ? "Heavy rain swelled the Dorn river overnight and water broke through levees protecting low-lying districts of the valley. " : "";
    const list = [items[i % 8], items[(i + 3) % 8], items[(i + 5) % 8]];
    const text =
      `${wire}Floods in the Dorn valley killed at least ${dead} people, officials said.\n` +
      `About ${evacuated.toLocaleString("en-US")} residents were evacuated from ${town}.\n` +
      `Aid workers handed out ${list[0]}, ${list[1]} and ${list[2]}.\n` +
      `Governor Elena Varga said: "We will rebuild every home in this valley."\n` +
      `The water destroyed ${own} ${noun} in source ${i}.`;
    const claims: ClaimSpec[] = [
      { find: `at least ${dead} people`, value: dead, qualifier: "at_least", unit: "people", key: "people", verb: "kill" },
      { find: `About ${evacuated.toLocaleString("en-US")} residents`, value: evacuated, qualifier: "about", unit: "residents", key: "resident", verb: "evacuate" },
      ...list.map((it): ClaimSpec => ({ kind: "item", find: it, unit: it, key: it, context: "handed out" })),
      { kind: "quote", find: "We will rebuild every home in this valley.", key: "we will rebuild every home in this valley", speaker: "Elena Varga", attribution: "quote" },
      { find: `${own} ${noun}`, value: own, unit: noun, key: noun.replace(/s$/, ""), verb: "destroy" },
    ];
    const mentions: MentionSpec[] = [
      { find: "Dorn valley", type: "place" },
      { find: town, type: "place" },
      { find: "Governor Elena Varga", name: i % 2 ? "Elena Varga" : "Elena Várga", title: "Governor", type: "person" },
    ];
    return { id: `s${String(i).padStart(3, "0")}`, text, claims, mentions };
  });
}

