/**
 * Short human labels for facts, built from the claims' own words: the
 * counted noun and what happened to it ("inmates transferred"), the item
 * ("swimming pool (found)"), the date, or the opening words of a quote.
 */
import type { ClaimFeatures } from "./claimFeatures.ts";
import type { FactGroup } from "./groupFacts.ts";
import { weekdayOf } from "./groupFacts.ts";
import { lemmaOfVerb, pastParticiple } from "./newsLexicon.ts";
import { wordKeys } from "./wordForms.ts";

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = "";
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Lower-case a phrase's first letter unless it starts a proper name or an acronym. */
function asPhrase(s: string): string {
  const t = s.trim().replace(/\s+/g, " ");
  return /^\p{Lu}\p{Ll}/u.test(t) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** Words that already say what happened, so no verb is added after them. */
const outcomeNouns = /\b(dead|deaths?|fatalit(y|ies)|killed|injur(ed|y|ies)|wounded|missing|evacuees?|displaced|arrests?|survivors?|toll)\b/i;

function quantityLabel(claims: readonly ClaimFeatures[]): string {
  const noun = asPhrase(mostCommon(claims.map((c) => asPhrase(c.claim.unit))) || mostCommon(claims.map((c) => c.claim.key)));
  const verb = mostCommon(claims.map((c) => c.claim.verb.trim().toLowerCase()));
  const measure = claims[0].measure;
  let label = noun || "amount";
  if (measure.dimension !== "count") {
    const about = mostCommon(claims.map((c) => c.claim.context.trim())) || (verb ? pastParticiple(lemmaOfVerb(verb)) : "");
    const what = about || measure.dimension.replace(/^money:.*/, "amount");
    const per = /\bper\s+\p{L}+/iu.exec(noun)?.[0] ?? "";
    label = `${what} (${measure.symbol || measure.prefix || noun}${per ? " " + per : ""})`;
  } else if (verb && !outcomeNouns.test(noun) && !wordKeys(noun).includes(verb)) {
    label = `${noun} ${pastParticiple(lemmaOfVerb(verb))}`;
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
  const name = mostCommon(claims.map((c) => c.display.toLowerCase()));
  const context = mostCommon(claims.map((c) => c.claim.context.trim().toLowerCase()));
  return context ? `${name} (${context})` : name;
}

function quoteLabel(claims: readonly ClaimFeatures[]): string {
  const text = claims[0].claim.text.replace(/^[\s"“”'‘’]+|[\s"“”'‘’]+$/g, "").replace(/\s+/g, " ");
  const ws = text.split(" ");
  const opening = ws.length > 10 ? ws.slice(0, 10).join(" ") + "…" : text;
  const speaker = mostCommon(claims.map((c) => c.claim.speaker.trim()));
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
