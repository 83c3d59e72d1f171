/**
 * What reconciliation needs to know about each claim, computed once: the
 * block it can be grouped in (counted-noun class, outcome, item head…), the
 * hard constraints (event verb class, specific counted group, time frame),
 * its value range and the context words used to tell two things that share
 * a noun apart.
 */
import type { Claim } from "../extract/schema.ts";
import type { Source } from "../ingest/schema.ts";
import {
  countedNounClass,
  eventNounBefore,
  eventPhraseAfter,
  isGenericPeople,
  takenToHospital,
  isOutcomeVerbClass,
  itemClass,
  outcomeOfNoun,
  partitiveHeads,
  verbClass,
} from "./newsLexicon.ts";
import { frameOf, monthFrameOf } from "./timeFrame.ts";
import { measureOf, valueRange, valueText, type Measure, type ValueRange } from "./valueCompatibility.ts";
import { contentWords, wordKey, wordKeys, words } from "./wordForms.ts";

export interface ClaimFeatures {
  claim: Claim;
  /** position of the claim's source among the sources */
  sourceIndex: number;
  /** the source that counts for this claim: an exact duplicate counts as the source it copies */
  countedSource: string;
  sentence: string;
  /** "" for the story's own time, else a background year */
  frame: string;
  /** claims are only ever grouped with claims of the same block */
  block: string;
  /** for outcome blocks (killed, injured…): who it happened to, when the noun says so (soldiers, children) */
  group: string | null;
  verbClass: string | null;
  measure: Measure;
  range: ValueRange | null;
  /** comparable content words of the sentence and the extractor's context, the counted noun left out */
  context: string[];
  /** content words right around the figure ("estimated the damage at €150 million"): what the figure is of */
  near: string[];
  /** for items: the words before the head that make it a different thing ("sniper" rifles) */
  modifiers: string[];
  /** for quotes: comparable words of what was said */
  quoteWords: string[];
  display: string;
}

/** Adjectives that size or judge a listed thing without making it another thing ("a mini zoo" is a zoo). */
const genericModifiers = new Set(
  (
    "mini small large big huge giant little tiny several many various new old own private illegal illicit luxury " +
    "luxurious heavy modern makeshift local other more some even entire whole full massive multiple numerous " +
    "additional extra alleged suspected unlicensed clandestine secret fancy exotic wild live real actual so called " +
    "well known famous notorious improvised homemade home made high end top dozen hundred thousand few lot"
  ).split(" "),
);

/**
 * Qualifiers and number words say how much, not of what: two sentences that both say "around" or
 * "thousands" are not therefore about the same thing ("around 30,000 nurses struck" / "the trust employs
 * around 2,300 nurses").
 */
const figureWords = new Set(
  (
    "around about approximately roughly nearly almost some estimated least most up than over under just only " +
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand " +
    "million billion dozen score half third quarter"
  ).split(" "),
);

const numberWords = new Set("one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million".split(" "));

/** Demonyms and other capitalised adjectives ("Venezuelan", "Brazilian") describe origin, not kind. */
function isDemonym(original: string): boolean {
  return /^\p{Lu}\p{Ll}+(an|ian|ese|ish|i)$/u.test(original);
}

/** Prepositions that start a post-modifier ("a zoo with flamingos") — the head stands before them. */
const postModifierStart = /\s+(with|of|for|from|in|on|at|that|which|where|to|including|like|such)\s+.*$/i;

export interface FeatureContext {
  sources: readonly Source[];
  sentenceOf: (c: Claim) => string;
  storyYears: ReadonlySet<number>;
  /** months (1–12) the articles were published in; none known, no month frames */
  storyMonths?: ReadonlySet<number>;
}

export function claimFeatures(claims: readonly Claim[], ctx: FeatureContext): ClaimFeatures[] {
  const sourceIndex = new Map(ctx.sources.map((s, i) => [s.id, i]));
  const byId = new Map(ctx.sources.map((s) => [s.id, s]));
  const counted = (id: string): string => {
    // follow duplicate chains to the first copy
    let cur = id;
    for (let hops = 0; hops < 16; hops++) {
      const next = byId.get(cur)?.duplicateOf;
      if (!next || next === cur || !byId.has(next)) break;
      cur = next;
    }
    return cur;
  };
  // several claims stand in one sentence: what depends on the sentence alone is worked out once
  const frameOfSentence = new Map<string, string>();
  const sentenceFrame = (sentence: string): string => {
    let frame = frameOfSentence.get(sentence);
    if (frame === undefined) {
      frame = frameOf(sentence, ctx.storyYears) || monthFrameOf(sentence, ctx.storyMonths ?? new Set());
      frameOfSentence.set(sentence, frame);
    }
    return frame;
  };
  const itemShapes = new Map<string, ItemShape>();
  const contextWordsOf = new Map<string, Map<string, readonly string[]>>();
  /** content words of the sentence and then of the extractor's context, each once */
  const sentenceAndContextWords = (sentence: string, context: string): readonly string[] => {
    let byContext = contextWordsOf.get(sentence);
    if (!byContext) {
      byContext = new Map();
      contextWordsOf.set(sentence, byContext);
    }
    let out = byContext.get(context);
    if (!out) {
      out = [...new Set([...contentWords(sentence), ...contentWords(context)])];
      byContext.set(context, out);
    }
    return out;
  };
  return claims.map((claim) => {
    const source = byId.get(claim.sourceId);
    const sentence = ctx.sentenceOf(claim);
    const frame = claim.kind === "date" ? "" : sentenceFrame(sentence);
    let vc =
      verbClass(claim.verb) ??
      (claim.kind === "quantity" ? (eventNounBefore(textBefore(sentence, claim.text)) ?? eventPhraseAfter(textAfter(sentence, claim.text))) : null);
    // "sent 23 people to hospital" counts people hurt, not people deployed
    if (claim.kind === "quantity" && (vc === null || vc === "deploy" || vc === "transfer") && takenToHospital(textAfter(sentence, claim.text))) vc = "injure";
    const measure = measureOf(claim);
    const unitWords = new Set(wordKeys(claim.unit + " " + claim.key));
    const context = sentenceAndContextWords(sentence, claim.context).filter((w) => !unitWords.has(w) && !figureWords.has(w));
    const f: ClaimFeatures = {
      claim,
      sourceIndex: sourceIndex.get(claim.sourceId) ?? ctx.sources.length,
      countedSource: counted(claim.sourceId),
      sentence,
      frame,
      block: "",
      group: null,
      verbClass: vc,
      measure,
      range: claim.kind === "quantity" ? valueRange(claim) : null,
      context,
      near: claim.kind === "quantity" ? nearWords(sentence, claim.text, unitWords) : [],
      modifiers: [],
      quoteWords: [],
      display: "",
    };
    switch (claim.kind) {
      case "quantity":
        quantityBlock(f);
        f.display = valueText(claim);
        break;
      case "item":
        itemBlock(f, itemShapes);
        f.display = itemText(claim);
        break;
      case "quote":
        f.quoteWords = wordKeys(claim.key || claim.text).filter((w) => w.length > 0);
        f.block = "quote";
        f.display = claim.text.trim();
        break;
      case "date":
        f.block = "date";
        f.display = claim.text.trim().replace(/^(on|in|at|since|by|from|until|last|this)\s+/i, "");
        break;
      default:
        f.block = `event:${vc ?? wordKey(claim.verb.toLowerCase())}:${wordKeys(claim.key).join(" ")}@${frame}`;
        f.display = claim.text.trim();
    }
    // an article in another language is listed but not compared with the rest
    if (source && source.language && source.language !== "en") f.block = `unc:${claim.sourceId}:${claim.id}`;
    return f;
  });
}

/** The sentence after the first place the claim's words stand in it ("" when they are not found). */
function textAfter(sentence: string, text: string): string {
  const at = text ? sentence.indexOf(text) : -1;
  return at >= 0 ? sentence.slice(at + text.length) : "";
}

/** Words that stand near many figures without saying what they are of. */
const notTopical = new Set(["said", "say", "told", "tell", "according", "report", "reported", "estimated", "estimate", "put", "run", "around", "nearly", "almost", "total", "figure", "number", "least", "than"]);

/**
 * Content words among the six before a figure and the three after it, its own unit words left out:
 * "Insurers estimated the damage at €150 million" → insurer, damage.
 */
function nearWords(sentence: string, text: string, unitWords: ReadonlySet<string>): string[] {
  // the pieces are taken with the white space between them as it stands: only the words in them count
  const before = lastPieces(textBefore(sentence, text), 6);
  const after = firstPieces(textAfter(sentence, text), 4);
  return [...new Set(contentWords(`${before} ${after}`))].filter((w) => w.length >= 4 && !unitWords.has(w) && !notTopical.has(w));
}

/** The characters `\s` matches in a JavaScript regular expression (none of them is outside the BMP). */
function isJsWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The text of the last `n` parts `s.split(/\s+/)` gives, without splitting all of `s`. */
function lastPieces(s: string, n: number): string {
  let gaps = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (!isJsWhiteSpace(s.charCodeAt(i))) continue;
    // the start of this run of white space
    let start = i;
    while (start > 0 && isJsWhiteSpace(s.charCodeAt(start - 1))) start--;
    if (++gaps === n) return s.slice(i + 1);
    i = start;
  }
  return s;
}

/** The text of the first `n` parts `s.split(/\s+/)` gives, without splitting all of `s`. */
function firstPieces(s: string, n: number): string {
  let gaps = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isJsWhiteSpace(s.charCodeAt(i))) continue;
    if (++gaps === n) return s.slice(0, i);
    while (i + 1 < s.length && isJsWhiteSpace(s.charCodeAt(i + 1))) i++;
  }
  return s;
}

/** The sentence up to the first place the claim's words stand in it ("" when they are not found). */
function textBefore(sentence: string, text: string): string {
  const at = text ? sentence.indexOf(text) : -1;
  return at > 0 ? sentence.slice(0, at) : "";
}

/**
 * "Four more bodies", "another 12 people", "an additional 300 troops": a
 * figure added to an earlier one, not the total, so it is never compared
 * with totals.
 */
function isIncrement(c: Claim, sentence: string): boolean {
  if (/^(?:more|additional|further|extra)\b/i.test(c.unit.trim())) return true;
  return /\b(?:another|an additional|a further)\s+$/i.test(textBefore(sentence, c.text));
}

const ratePeriod: Record<string, string> = {
  annually: "year", yearly: "year", "a year": "year", annum: "year", monthly: "month", "a month": "month",
  weekly: "week", "a week": "week", daily: "day", "a day": "day", capita: "capita",
};

/** Which counted thing a quantity is about: a measure's dimension, an outcome, or a counted-noun class. */
function quantityBlock(f: ClaimFeatures): void {
  const c = f.claim;
  if (f.measure.dimension !== "count") {
    // a rate ("$8 per week") is only compared with rates over the same period
    const per = /\bper\s+(\p{L}+)|\b(annually|yearly|monthly|weekly|daily|a year|a month|a week|a day)\b/iu.exec(`${c.unit} ${c.text}`);
    const period = per ? ratePeriod[(per[1] ?? per[2]).toLowerCase()] ?? wordKey((per[1] ?? per[2]).toLowerCase()) : "";
    f.block = `measure:${f.measure.dimension}${period ? "/" + period : ""}@${f.frame}`;
    return;
  }
  const nounClass = nounClassOf(c.key, c.unit);
  const increment = isIncrement(c, f.sentence) ? "+more" : "";
  // the extractor reads "fled" as an escape; people who flee their homes are displaced, only detainees escape
  if (f.verbClass === "missing" && nounClass !== "inmates" && /\b(?:fled|flee|flees|fleeing)\b/i.test(f.sentence) && !/\bescap/i.test(f.sentence)) {
    f.verbClass = "evacuate";
  }
  const outcome = outcomeOfNoun(nounClass) ?? (isOutcomeVerbClass(f.verbClass) ? f.verbClass : null);
  if (outcome) {
    f.block = `outcome:${outcome}${increment}@${f.frame}`;
    f.group = outcomeOfNoun(nounClass) || isGenericPeople(nounClass) ? null : nounClass;
    // the noun already says what happened; a verb like "report" must not split it
    if (outcomeOfNoun(nounClass)) f.verbClass = outcome;
    return;
  }
  // a figure with no counted noun has nothing to be compared on
  f.block = nounClass ? `noun:${nounClass}${increment}@${f.frame}` : `alone:${c.id}`;
}

/** The class of the counted noun: lexicon class, the thing after "members of", or the head lemma itself. */
export function nounClassOf(key: string, unit: string): string | null {
  const keyWords = wordKeys(key);
  const head = keyWords[keyWords.length - 1] ?? "";
  if (partitiveHeads.has(head) || keyWords.length === 0) {
    const after = / of (.+)$/i.exec(unit)?.[1];
    const cls = after ? countedNounClass(after) : null;
    if (cls) return cls;
  }
  const fromKey = key ? countedNounClass(key) : null;
  if (fromKey) return fromKey;
  const fromUnit = unit ? countedNounClass(unit.replace(postModifierStart, "")) : null;
  if (fromUnit) return fromUnit;
  if (head) return head;
  const unitWords = wordKeys(unit.replace(postModifierStart, ""));
  return unitWords[unitWords.length - 1] ?? null;
}

/** An item's head class and distinguishing modifiers, from its words alone. */
interface ItemShape {
  cls: string;
  modifiers: string[];
}

/** Item head class and the modifiers that make it a different kind of thing. */
function itemBlock(f: ClaimFeatures, shapes: Map<string, ItemShape>): void {
  const c = f.claim;
  const phrase = (c.unit || c.text).replace(postModifierStart, "").trim();
  // the same item is listed by many sources in the same words
  const shapeKey = `${phrase}\u0000${c.key}`;
  let shape = shapes.get(shapeKey);
  if (!shape) {
    shape = itemShape(phrase, c.key);
    shapes.set(shapeKey, shape);
  }
  f.modifiers = [...shape.modifiers];
  f.block = `item:${shape.cls}@${f.frame}`;
}

function itemShape(phrase: string, key: string): ItemShape {
  const originals = [...phrase.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)].map((m) => m[0]);
  const keys = originals.map((w) => wordKey(words(w)[0] ?? ""));
  const headKeys = wordKeys(key);
  const lex = itemClass(keys) ?? itemClass(headKeys);
  let headAt = -1;
  if (lex && itemClass(keys)) headAt = lex.at;
  else if (headKeys.length) headAt = keys.lastIndexOf(headKeys[0]);
  const cls = lex?.cls ?? (headKeys.length ? headKeys.join(" ") : keys[keys.length - 1] ?? "?");
  const before = headAt >= 0 ? originals.slice(0, headAt) : [];
  const modifiers = before
    .filter((w) => !isDemonym(w))
    .map((w) => wordKey(words(w)[0] ?? ""))
    .filter((w) => w && !genericModifiers.has(w) && !numberWords.has(w) && !/^\d/.test(w) && !["a", "an", "the", "their", "its", "his", "her"].includes(w));
  return { cls, modifiers };
}

/** "a mini zoo" → "mini zoo": the item as reported, without its article. */
function itemText(c: Claim): string {
  return c.text.trim().replace(/^(a|an|the|some)\s+/i, "").replace(/[.,;:]+$/, "");
}
