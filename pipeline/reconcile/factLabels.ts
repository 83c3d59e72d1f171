/**
 * Short human labels for facts, built from the claims' own words: the
 * counted noun and what happened to it ("inmates transferred"), the item
 * ("swimming pool (found)"), the date, or the opening words of a quote.
 */
import type { ClaimFeatures } from "./claimFeatures.ts";
import type { FactGroup } from "./groupFacts.ts";
import { weekdayOf } from "./groupFacts.ts";
import { lemmaOfVerb, pastParticiple } from "./newsLexicon.ts";
import { singleSpaced, wordKeys } from "./wordForms.ts";

/** The most common non-empty value, first appearance breaking ties ("" when none). */
function mostCommon(values: readonly string[]): string {
  return mostCommonAs(values, (v) => v);
}

/**
 * `mostCommon(values.map(as))`, with `as` worked out once per distinct value: the claims of a fact
 * mostly repeat a few spellings.
 */
function mostCommonAs(values: readonly string[], as: (v: string) => string): string {
  const raw = new Map<string, number>();
  for (const v of values) raw.set(v, (raw.get(v) ?? 0) + 1);
  // each derived value is first met with the first raw value that gives it, so ties break the same way
  const counts = new Map<string, number>();
  for (const [r, n] of raw) {
    const v = as(r);
    if (v) counts.set(v, (counts.get(v) ?? 0) + n);
  }
  let best = "";
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

const trimmed = (s: string) => s.trim();
const trimmedLower = (s: string) => s.trim().toLowerCase();
const lower = (s: string) => s.toLowerCase();

/** Lower-case a phrase's first letter unless it starts a proper name or an acronym. */
function asPhrase(s: string): string {
  const t = singleSpaced(s.trim());
  return /^\p{Lu}\p{Ll}/u.test(t) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** Words that already say what happened, so no verb is added after them. */
const outcomeNouns = /\b(dead|deaths?|fatalit(y|ies)|killed|injur(ed|y|ies)|wounded|missing|evacuees?|displaced|arrests?|survivors?|toll)\b/i;

/** "a decade ago", "two years earlier": the figure stands right before a word that makes it a time elapsed. */
function isTimeAgo(c: ClaimFeatures): boolean {
  const at = c.sentence.indexOf(c.claim.text);
  return at >= 0 && timeAgo.test(c.sentence.slice(at + c.claim.text.length, at + c.claim.text.length + 12));
}
const timeAgo = /^\s*(?:ago|earlier)\b/i;

function quantityLabel(claims: readonly ClaimFeatures[]): string {
  const noun = asPhrase(mostCommonAs(claims.map((c) => c.claim.unit), asPhrase) || mostCommon(claims.map((c) => c.claim.key)));
  const verb = mostCommonAs(claims.map((c) => c.claim.verb), trimmedLower);
  const measure = claims[0].measure;
  let label = noun || "amount";
  if (claims[0].block.startsWith("age:")) {
    // whose age: the name as most sources write it, over a common noun ("a 19-year-old man")
    const named = claims.filter((c) => /\p{Lu}/u.test(c.claim.context));
    label = `age of ${mostCommonAs((named.length ? named : claims).map((c) => c.claim.context), trimmed)} (${measure.symbol || "years"})`;
  } else if (measure.dimension !== "count") {
    // "hit by a fire just over a decade ago": the verb is what happened then, the figure is the time since
    const ago = measure.dimension === "duration" && claims.every(isTimeAgo);
    const about = mostCommonAs(claims.map((c) => c.claim.context), trimmed) || (ago ? "time since" : verb ? pastParticiple(lemmaOfVerb(verb)) : "");
    const what = about || measure.dimension.replace(/^money:.*/, "amount");
    const per = /\bper\s+\p{L}+/iu.exec(noun)?.[0] ?? "";
    label = `${what} (${measure.symbol || measure.prefix || noun}${per ? " " + per : ""})`;
  } else if (verb && !outcomeNouns.test(noun) && !wordKeys(noun).includes(verb)) {
    label = `${noun} ${pastParticiple(lemmaOfVerb(verb))}`;
  } else if (!verb && claims.every((c) => c.verbClass === "capacity")) {
    // "licensed to carry 180 passengers": how many it may take
    label = `${noun} (capacity)`;
  }
  const frame = claims[0].frame;
  return frame ? `${label} (${frame})` : label;
}

function dateLabel(claims: readonly ClaimFeatures[]): string {
  const iso = claims.map((c) => c.claim.key).find((k) => /^\d{4}-\d{2}-\d{2}$/.test(k));
  if (iso) {
    const [y, m, d] = iso.split("-").map(Number);
    const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1];
    const day = weekdayOf(iso);
    return `date: ${day.charAt(0).toUpperCase()}${day.slice(1)} ${d} ${month} ${y}`;
  }
  return `date: ${mostCommon(claims.map((c) => c.display))}`;
}

function itemLabel(claims: readonly ClaimFeatures[]): string {
  const name = mostCommonAs(claims.map((c) => c.display), lower);
  const context = mostCommonAs(claims.map((c) => c.claim.context), trimmedLower);
  return context ? `${name} (${context})` : name;
}

function quoteLabel(claims: readonly ClaimFeatures[]): string {
  const text = claims[0].claim.text.replace(/^[\s"“”'‘’]+|[\s"“”'‘’]+$/g, "").replace(/\s+/g, " ");
  const ws = text.split(" ");
  const opening = ws.length > 10 ? ws.slice(0, 10).join(" ") + "…" : text;
  const speaker = mostCommonAs(claims.map((c) => c.claim.speaker), trimmed);
  return `“${opening}”${speaker ? ` — ${speaker}` : ""}`;
}

export function factLabel(g: FactGroup): string {
  switch (g.kind) {
    case "quantity":
      return quantityLabel(g.claims);
    case "date":
      return dateLabel(g.claims);
    case "item":
      return itemLabel(g.claims);
    case "quote":
      return quoteLabel(g.claims);
    default:
      return mostCommon(g.claims.map((c) => c.display)) || g.claims[0].claim.text;
  }
}
