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

/** The most common non-empty value of the claims, first appearance breaking ties ("" when none). */
function mostCommon(claims: readonly ClaimFeatures[], valueOf: (c: ClaimFeatures) => string): string {
  return mostCommonAs(claims, valueOf, unchanged);
}

/**
 * `mostCommon` of the values `as` makes of them, with `as` worked out once per distinct value: the claims of
 * a fact mostly repeat a few spellings.
 */
function mostCommonAs(claims: readonly ClaimFeatures[], valueOf: (c: ClaimFeatures) => string, as: (v: string) => string): string {
  const raw = new Map<string, number>();
  // (a claim mostly repeats the value of the one before: a run of equal values is counted at once)
  let value = "";
  let run = 0;
  for (const c of claims) {
    const v = valueOf(c);
    if (run > 0 && v === value) {
      run++;
      continue;
    }
    if (run > 0) raw.set(value, (raw.get(value) ?? 0) + run);
    value = v;
    run = 1;
  }
  if (run > 0) raw.set(value, (raw.get(value) ?? 0) + run);
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

const unchanged = (s: string) => s;
const trimmed = (s: string) => s.trim();
const trimmedLower = (s: string) => s.trim().toLowerCase();
const lower = (s: string) => s.toLowerCase();

const unitOf = (c: ClaimFeatures) => c.claim.unit;
const keyOf = (c: ClaimFeatures) => c.claim.key;
const verbOf = (c: ClaimFeatures) => c.claim.verb;
const contextOf = (c: ClaimFeatures) => c.claim.context;
const speakerOf = (c: ClaimFeatures) => c.claim.speaker;
const displayOf = (c: ClaimFeatures) => c.display;

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
  const noun = asPhrase(mostCommonAs(claims, unitOf, asPhrase) || mostCommon(claims, keyOf));
  const verb = mostCommonAs(claims, verbOf, trimmedLower);
  const measure = claims[0].measure;
  let label = noun || "amount";
  if (claims[0].block.startsWith("age:")) {
    // whose age: the name as most sources write it, over a common noun ("a 19-year-old man")
    const named = claims.filter((c) => /\p{Lu}/u.test(c.claim.context));
    label = `age of ${mostCommonAs(named.length ? named : claims, contextOf, trimmed)} (${measure.symbol || "years"})`;
  } else if (measure.dimension !== "count") {
    // "hit by a fire just over a decade ago": the verb is what happened then, the figure is the time since
    const ago = measure.dimension === "duration" && claims.every(isTimeAgo);
    const about = mostCommonAs(claims, contextOf, trimmed) || (ago ? "time since" : verb ? pastParticiple(lemmaOfVerb(verb)) : "");
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
  return `date: ${mostCommon(claims, displayOf)}`;
}

function itemLabel(claims: readonly ClaimFeatures[]): string {
  const name = mostCommonAs(claims, displayOf, lower);
  const context = mostCommonAs(claims, contextOf, trimmedLower);
  return context ? `${name} (${context})` : name;
}

function quoteLabel(claims: readonly ClaimFeatures[]): string {
  const text = claims[0].claim.text.replace(/^[\s"“”'‘’]+|[\s"“”'‘’]+$/g, "").replace(/\s+/g, " ");
  const ws = text.split(" ");
  const opening = ws.length > 10 ? ws.slice(0, 10).join(" ") + "…" : text;
  const speaker = mostCommonAs(claims, speakerOf, trimmed);
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
      return mostCommon(g.claims, displayOf) || g.claims[0].claim.text;
  }
}
