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
  capacityBefore,
  countedHeadClass,
  countedNounClass,
  eventNounBefore,
  eventPhraseAfter,
  isGenericPeople,
  takenToHospital,
  isOutcomeVerbClass,
  itemClass,
  outcomeOfNoun,
  partitiveHeads,
  reportingSubjectBefore,
  risingBefore,
  servingBefore,
  smallPlaceOf,
  distanceFromAfter,
  statePredicateAfter,
  verbClass,
} from "./newsLexicon.ts";
import { frameOf, monthFrameOf, yearsIn } from "./timeFrame.ts";
import { measureOf, valueRange, valueText, type Measure, type ValueRange } from "./valueCompatibility.ts";
import { isWhiteSpaceUnit } from "../textLines.ts";
import { contentWords, wordKey, wordKeys, words } from "./wordForms.ts";

export interface ClaimFeatures {
  claim: Claim;
  /** position of the claim among the claims given to claimFeatures */
  position: number;
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
  context: readonly string[];
  /** content words right around the figure ("estimated the damage at €150 million"): what the figure is of */
  near: readonly string[];
  /** for items: the words before the head that make it a different thing ("sniper" rifles) */
  modifiers: readonly string[];
  /** content words of the extractor's own context ("sentence", "capacity"): what it says the figure is of */
  stated: readonly string[];
  /** for quotes: comparable words of what was said */
  quoteWords: readonly string[];
  display: string;
  /** who the figure is credited to: the extractor's speaker, else the subject of a reporting verb right
   * before the figure in its clause ("The town hall says 61 people…"); "" when no one is named */
  voice: string;
  /** comparable words of `voice` ("navy" and "the Brazilian Navy" share one) */
  voiceWords: readonly string[];
  /** a lower bound on a count its sentence says has been rising ("the toll has risen to at least six"):
   * an earlier snapshot of the figure, not a different account of it */
  rising: boolean;
  /** the place smaller than a town the count is given for, folded ("ridge street"; "" for none): a part of the
   * story's total, never set against it as another account */
  part: string;
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
    "million billion dozen score half third quarter decade century fortnight ago"
  ).split(" "),
);

const numberWords = new Set("one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million".split(" "));

/** The feature lists of claims that have none share this one (feature lists are never changed). */
const noWords: readonly string[] = [];

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
  /** `yearsIn`, or a copy that remembers its answers (storyYears asked it about the same sentences) */
  yearsIn?: (sentence: string) => readonly number[];
  /** the entity a person's name in a source stands for (from entity resolution), null when unknown */
  personOf?: (sourceId: string, name: string) => string | null;
}

/**
 * Values worked out once per distinct string within one call: many claims share a sentence, a counted
 * noun, a context word. Claims come in text order, and neighbours often ask the same (items listed in
 * one sentence), so the last answer is kept at hand too.
 */
class Memo<V> {
  private readonly values = new Map<string, V>();
  private lastKey: string | null = null;
  private lastValue: V | undefined;
  constructor(private readonly compute: (key: string) => V) {}
  get(key: string): V {
    if (key === this.lastKey) return this.lastValue as V;
    let v = this.values.get(key);
    if (v === undefined && !this.values.has(key)) {
      v = this.compute(key);
      this.values.set(key, v);
    }
    this.lastKey = key;
    this.lastValue = v;
    return v as V;
  }
}

/** Memo for values of two strings. */
class PairMemo<V> {
  private readonly byFirst: Memo<Memo<V>>;
  constructor(compute: (a: string, b: string) => V) {
    this.byFirst = new Memo((a) => new Memo((b) => compute(a, b)));
  }
  get(a: string, b: string): V {
    return this.byFirst.get(a).get(b);
  }
}

/**
 * A claim's features as first worked out; the kind of claim then fills in the rest. (Made by a class, so that
 * every claim's features have one shape, built field by field in this order.)
 */
class Features implements ClaimFeatures {
  readonly sourceIndex: number;
  readonly countedSource: string;
  block = "";
  group: string | null = null;
  modifiers: readonly string[] = noWords;
  quoteWords: readonly string[] = noWords;
  display = "";
  voice = "";
  voiceWords: readonly string[] = noWords;
  rising = false;
  part = "";
  constructor(
    readonly claim: Claim,
    readonly position: number,
    source: SourceFacts,
    readonly sentence: string,
    readonly frame: string,
    public verbClass: string | null,
    readonly measure: Measure,
    public range: ValueRange | null,
    readonly context: readonly string[],
    readonly near: readonly string[],
    readonly stated: readonly string[],
  ) {
    this.sourceIndex = source.index;
    this.countedSource = source.counted;
  }
}

/** What a claim takes from its source. */
interface SourceFacts {
  index: number;
  counted: string;
  /** an article in another language is listed but not compared with the rest */
  foreign: boolean;
}

/** What claims take from the sentence they stand in (worked out once per sentence, see Memo). */
interface SentenceFacts {
  /** "" for the story's own time, else a background year or month (not asked for dates) */
  readonly frame: string;
  /** by the extractor's context: the sentence's and the context's content words, each once, and those words
   * without a claim's unit words and figure words (by the set of unit words); the context's own content words */
  readonly contexts: Memo<{ all: readonly string[]; without: Map<ReadonlySet<string>, readonly string[]>; stated: readonly string[] }>;
  /** by a figure's text: what the words around it say */
  readonly figures: Memo<FigureFacts>;
}

/** What the words around a figure in its sentence say. */
interface FigureFacts {
  /** event verb class read from an event noun before it or a phrase after it */
  verbClass: string | null;
  /** "sent … to hospital" after it */
  toHospital: boolean;
  /** "another", "an additional" … right before it */
  incrementBefore: boolean;
  /** "are still missing", "remain in hospital" after it: a count of people in a state, never an increment */
  stateAfter: boolean;
  /** the subject of a reporting verb right before it in its clause ("the town hall says …") */
  voice: string;
  /** "has risen to" right before it */
  rising: boolean;
  /** the named place a distance is measured from ("north-west of Murrindale"), "" for none */
  from: string;
  /** the period of a rate written after the figure and its conversion ("90 kilometres (56 miles) an hour"), "" for none */
  periodAfter: string;
  /** the place smaller than a town it is given for ("on Ridge Street"), "" for none */
  part: string;
  /** nearWords, by the set of unit words */
  near: Map<ReadonlySet<string>, readonly string[]>;
  /** the value range and display of the last claim of this figure (the next one mostly gives the same amount) */
  amount: Amount | null;
}

/** A quantity claim's value range and how its amount is written, worked out for `claim` with `measure`. */
interface Amount {
  claim: Claim;
  measure: Measure;
  range: ValueRange | null;
  display: string;
}

/** The amount of a quantity claim, or the one worked out for an earlier claim of the same figure when they give the same amount. */
function amountOf(claim: Claim, measure: Measure, figure: FigureFacts): Amount {
  const known = figure.amount;
  // (valueRange and valueText read nothing else of the claim; the figure's text is the claim's text)
  if (
    known !== null &&
    known.measure === measure &&
    known.claim.value === claim.value &&
    known.claim.valueMin === claim.valueMin &&
    known.claim.valueMax === claim.valueMax &&
    known.claim.qualifier === claim.qualifier &&
    known.claim.unit === claim.unit
  ) {
    return known;
  }
  figure.amount = { claim, measure, range: valueRange(claim, measure), display: valueText(claim, measure) };
  return figure.amount;
}

/** What a claim's counted noun (key) and unit say (worked out once per pair, see PairMemo). */
interface NounFacts {
  measure: Measure;
  /** comparable words of unit and key */
  unitWords: ReadonlySet<string>;
  /** nounClassOf(key, unit), when asked */
  nounClass: string | null | undefined;
}

export function claimFeatures(claims: readonly Claim[], ctx: FeatureContext): ClaimFeatures[] {
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
  // (two sources with one id: the last one is the one found by id)
  const indexOf = new Map(ctx.sources.map((s, i) => [s.id, i]));
  const sourceFacts = new Memo((id): SourceFacts => {
    const s = byId.get(id);
    return { index: indexOf.get(id) ?? ctx.sources.length, counted: counted(id), foreign: !!s && !!s.language && s.language !== "en" };
  });
  // (content words of short strings are remembered by wordForms; sentences are remembered here)
  const statedWords = new Memo(contentWords);
  const sentences = new Memo((sentence): SentenceFacts => {
    const words = contentWords(sentence);
    let frame: string | undefined;
    return {
      get frame() {
        if (frame === undefined) {
          const named = (ctx.yearsIn ?? yearsIn)(sentence);
          frame = frameOf(sentence, ctx.storyYears, named) || monthFrameOf(sentence, ctx.storyMonths ?? new Set(), named);
        }
        return frame;
      },
      contexts: new Memo((context) => {
        const stated = statedWords.get(context);
        return { all: [...new Set([...words, ...stated])], without: new Map(), stated };
      }),
      figures: new Memo((text) => {
        const before = textBefore(sentence, text);
        const after = textAfter(sentence, text);
        return {
          verbClass: eventNounBefore(before) ?? capacityBefore(before) ?? servingBefore(before) ?? eventPhraseAfter(after),
          toHospital: takenToHospital(after),
          incrementBefore: incrementBefore.test(before),
          stateAfter: statePredicateAfter(after),
          voice: reportingSubjectBefore(before),
          rising: risingBefore(before),
          from: distanceFromAfter(after),
          periodAfter: periodAfter.exec(after)?.[1]?.toLowerCase() ?? "",
          part: smallPlaceOf(before, after),
          near: new Map(),
          amount: null,
        };
      }),
    };
  });
  const nouns = new PairMemo((key, unit): NounFacts => ({ measure: measureOf({ key, unit }), unitWords: new Set(wordKeys(unit + " " + key)), nounClass: undefined }));
  const verbClasses = new Memo(verbClass);
  const blockNames: BlockNames = new PairMemo((kind, head) => new Memo((frame) => `${kind}:${head}@${frame}`));
  // the same item is listed by many sources in the same words: by text, key and unit
  const items = new Memo((text) =>
    new Memo((key) =>
      new Memo((unit): ItemFacts => {
        const shape = itemShape((unit || text).replace(postModifierStart, "").trim(), key);
        return { noun: nouns.get(key, unit), shape, display: itemText(text), blocks: new Memo((frame) => blockName(blockNames, "item", shape.cls, frame)) };
      }),
    ),
  );
  const quoteWords = new Memo((quote) => wordKeys(quote).filter((w) => w.length > 0));
  const voiceWords = new Memo((voice) => contentWords(voice).filter((w) => !voiceFiller.has(w)));
  // the quantity claims of the sentence the last claim stood in, with their counted-noun class
  let sentenceClaims: { f: ClaimFeatures; nounClass: string | null }[] = [];
  // (a loop, not a map callback: V8 drops a per-call closure's optimised code at each full collection)
  const features: ClaimFeatures[] = [];
  for (let position = 0; position < claims.length; position++) {
    const claim = claims[position];
    const source = sourceFacts.get(claim.sourceId);
    const sentence = ctx.sentenceOf(claim);
    const inSentence = sentences.get(sentence);
    const frame = claim.kind === "date" ? "" : inSentence.frame;
    const quantity = claim.kind === "quantity";
    const figure = quantity ? inSentence.figures.get(claim.text) : null;
    let vc = verbClasses.get(claim.verb) ?? (figure ? figure.verbClass : null);
    // "sent 23 people to hospital" counts people hurt, not people deployed
    if (figure && (vc === null || vc === "deploy" || vc === "transfer") && figure.toHospital) vc = "injure";
    const item = claim.kind === "item" ? items.get(claim.text).get(claim.key).get(claim.unit) : null;
    const noun = item ? item.noun : nouns.get(claim.key, claim.unit);
    const { measure, unitWords } = noun;
    const context = inSentence.contexts.get(claim.context);
    let contextWords = context.without.get(unitWords);
    if (!contextWords) {
      contextWords = context.all.filter((w) => !unitWords.has(w) && !figureWords.has(w));
      context.without.set(unitWords, contextWords);
    }
    const amount = figure ? amountOf(claim, measure, figure) : null;
    let near = noWords;
    if (figure) {
      near = figure.near.get(unitWords) ?? noWords;
      if (near === noWords) {
        near = nearWords(sentence, claim.text, unitWords);
        figure.near.set(unitWords, near);
      }
    }
    const f: ClaimFeatures = new Features(claim, position, source, sentence, frame, vc, measure, amount ? amount.range : null, contextWords, near, context.stated);
    if (figure) {
      f.voice = claim.speaker.trim() || figure.voice;
      if (f.voice) f.voiceWords = voiceWords.get(f.voice);
      // "the death toll has risen to at least six": a snapshot of a growing count, compatible with any later
      // figure of that count (bounded, so that ranges stay finite)
      if (figure.rising && f.range && (claim.qualifier === "at_least" || claim.qualifier === "more_than")) {
        f.rising = true;
        f.range = { lo: f.range.lo, hi: Math.max(f.range.hi, f.range.lo * risingStretch) };
      }
    }
    switch (claim.kind) {
      case "quantity":
        quantityBlock(f, noun, figure!, blockNames, ctx.personOf);
        // distances from two named places are two things; one from no named place may be either
        if (figure!.from && measure.dimension === "length") f.group = `from:${wordKeys(figure!.from).join(" ")}`;
        if (figure!.part) f.part = wordKeys(figure!.part).join(" ");
        f.display = amount!.display;
        break;
      case "item":
        f.modifiers = item!.shape.modifiers;
        f.block = item!.blocks.get(frame);
        f.display = item!.display;
        break;
      case "quote":
        f.quoteWords = quoteWords.get(claim.key || claim.text);
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
    if (source.foreign) f.block = `unc:${claim.sourceId}:${claim.id}`;
    else if (claim.kind === "quantity") {
      const previous = sentenceClaims[0]?.f.claim;
      if (!previous || previous.sourceId !== claim.sourceId || previous.sentenceIndex !== claim.sentenceIndex) sentenceClaims = [];
      const nounClass = f.measure.dimension === "count" ? (noun.nounClass ?? null) : null;
      takeCompetingSubject(f, nounClass, sentenceClaims);
      sentenceClaims.push({ f, nounClass });
    }
    features.push(f);
  }
  return features;
}

/** Counted nouns that count entries of a tally, not a kind of thing: "61 names on its list". */
const tallyNouns = new Set(["name", "figure", "number", "count", "total", "tally", "estimate", "entry"]);
/** Words that set a second clause against the first. */
const contrast = /(?:\b(?:but|while|whereas|although|though|yet|however)\b|;)/i;

/**
 * A figure set against an earlier one in its sentence by another voice counts the same thing, even when it
 * does not say so itself: "The navy lists 43 people as missing, but the mayor says his office has 61 names
 * on its list"; "Police said 5,000 people marched, while organisers put the turnout at 20,000". Such a figure
 * (no event verb of its own; no counted noun, people in general, or a tally's entries) takes the earlier
 * figure's block and verb. `earlier`: the quantity claims before it in the sentence.
 */
function takeCompetingSubject(f: ClaimFeatures, nounClass: string | null, earlier: readonly { f: ClaimFeatures; nounClass: string | null }[]): void {
  if (earlier.length === 0 || f.verbClass !== null || !f.voice || f.measure.dimension !== "count") return;
  if (nounClass !== null && !isGenericPeople(nounClass) && !tallyNouns.has(nounClass)) return;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const a = earlier[k].f;
    if (a.verbClass === null || a.measure.dimension !== "count" || !a.voice) continue;
    if (a.voiceWords.some((w) => f.voiceWords.includes(w))) continue;
    const at = f.sentence.indexOf(a.claim.text);
    const to = at >= 0 ? f.sentence.indexOf(f.claim.text, at + a.claim.text.length) : -1;
    if (to < 0 || !contrast.test(f.sentence.slice(at + a.claim.text.length, to))) continue;
    f.block = a.block;
    f.verbClass = a.verbClass;
    f.group = a.group;
    return;
  }
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

/** The text of the last `n` parts `s.split(/\s+/)` gives, without splitting all of `s`. */
function lastPieces(s: string, n: number): string {
  let gaps = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (!isWhiteSpaceUnit(s.charCodeAt(i))) continue;
    // the start of this run of white space
    let start = i;
    while (start > 0 && isWhiteSpaceUnit(s.charCodeAt(start - 1))) start--;
    if (++gaps === n) return s.slice(i + 1);
    i = start;
  }
  return s;
}

/** The text of the first `n` parts `s.split(/\s+/)` gives, without splitting all of `s`. */
function firstPieces(s: string, n: number): string {
  let gaps = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isWhiteSpaceUnit(s.charCodeAt(i))) continue;
    if (++gaps === n) return s.slice(0, i);
    while (i + 1 < s.length && isWhiteSpaceUnit(s.charCodeAt(i + 1))) i++;
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
function isIncrement(c: Claim, figure: FigureFacts): boolean {
  // "another 43 people are still missing": how many are missing now, the same count as "43 are missing"
  if (figure.stateAfter) return false;
  if (/^(?:more|additional|further|extra)\b/i.test(c.unit.trim())) return true;
  return figure.incrementBefore;
}
const incrementBefore = /\b(?:another|an additional|a further)\s+$/i;

/** How far up a rising count's lower bound reaches ("has risen to at least six" agrees with a later nine). */
const risingStretch = 10;

/** Words in a credited name that do not say who ("the local police", "officials said"). */
const voiceFiller = new Set(["local", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources"]);

/** Block names `${kind}:${head}@${frame}`, one string for each (blocks are looked up by name many times). */
type BlockNames = PairMemo<Memo<string>>;

function blockName(names: BlockNames, kind: string, head: string, frame: string): string {
  return names.get(kind, head).get(frame);
}

const ratePeriod: Record<string, string> = {
  annually: "year", yearly: "year", "a year": "year", annum: "year", monthly: "month", "a month": "month",
  weekly: "week", "a week": "week", daily: "day", "a day": "day", capita: "capita",
};

/** "per week", "a year": the period of a rate. "per cent" / "per mille" are how a share is written, not a rate. */
const ratePer = /\bper\s+(?!(?:cent|centum|mille)\b)(\p{L}+)|\b(annually|yearly|monthly|weekly|daily|a year|a month|a week|a day)\b/iu;

/** "… an hour", "… per day" right after a figure (and its conversion in brackets): the figure is a rate. */
const periodAfter = /^\s*(?:\([^)]*\)\s*)?(?:per|an?|every)\s+(second|minute|hour|day|week|month|year)\b/iu;

/** Which counted thing a quantity is about: a measure's dimension, an outcome, or a counted-noun class. */
function quantityBlock(f: ClaimFeatures, noun: NounFacts, figure: FigureFacts, blockNames: BlockNames, personOf: FeatureContext["personOf"]): void {
  const c = f.claim;
  if (c.key === "age" && c.context.trim()) {
    // a person's age is compared only with that person's age in other sources, whatever its value; an age
    // given with a common noun ("a 19-year-old man") is kept by that noun until grouping finds whose it is
    const named = /\p{Lu}/u.test(c.context);
    const who = named ? personKey(c.sourceId, c.context, personOf) : `~${wordKeys(c.context).join(" ")}`;
    f.block = blockName(blockNames, "age", who, f.frame);
    return;
  }
  if (f.measure.dimension !== "count") {
    // a rate ("$8 per week") is only compared with rates over the same period
    const per = ratePer.exec(`${c.unit} ${c.text}`);
    const period = per ? ratePeriod[(per[1] ?? per[2]).toLowerCase()] ?? wordKey((per[1] ?? per[2]).toLowerCase()) : figure.periodAfter;
    f.block = blockName(blockNames, "measure", period ? `${f.measure.dimension}/${period}` : f.measure.dimension, f.frame);
    return;
  }
  if (noun.nounClass === undefined) noun.nounClass = nounClassOf(c.key, c.unit);
  const nounClass = noun.nounClass;
  const increment = isIncrement(c, figure) ? "+more" : "";
  // the extractor reads "fled" as an escape; people who flee their homes are displaced, only detainees escape
  if (f.verbClass === "missing" && nounClass !== "inmates" && /\b(?:fled|flee|flees|fleeing)\b/i.test(f.sentence) && !/\bescap/i.test(f.sentence)) {
    f.verbClass = "evacuate";
  }
  const outcome = outcomeOfNoun(nounClass) ?? (isOutcomeVerbClass(f.verbClass) ? f.verbClass : null);
  if (outcome) {
    f.block = blockName(blockNames, "outcome", increment ? outcome + increment : outcome, f.frame);
    f.group = outcomeOfNoun(nounClass) || isGenericPeople(nounClass) ? null : nounClass;
    // the noun already says what happened; a verb like "report" must not split it
    if (outcomeOfNoun(nounClass)) f.verbClass = outcome;
    return;
  }
  // a figure with no counted noun has nothing to be compared on
  f.block = nounClass ? blockName(blockNames, "noun", increment ? nounClass + increment : nounClass, f.frame) : `alone:${c.id}`;
}

/**
 * Whom a name stands for: the entity resolution found for it, else its first and last word folded
 * ("Francisco das Chagas Lima" and "Francisco Lima" are one person).
 */
function personKey(sourceId: string, name: string, personOf: FeatureContext["personOf"]): string {
  const entity = personOf?.(sourceId, name.trim());
  if (entity) return entity;
  const ws = wordKeys(name);
  return ws.length > 1 ? `${ws[0]} ${ws[ws.length - 1]}` : (ws[0] ?? name.trim().toLowerCase());
}

/** The class of the counted noun: lexicon class, the thing after "members of", or the head lemma itself. */
export function nounClassOf(key: string, unit: string): string | null {
  const keyWords = wordKeys(key);
  const head = keyWords[keyWords.length - 1] ?? "";
  if (partitiveHeads.has(head) || keyWords.length === 0) {
    const after = / of (.+)$/i.exec(unit)?.[1];
    const cls = after ? countedNounClass(after) : null;
    if (cls) return cls;
    if (head === "member") {
      const members = membersOf(unit, after);
      if (members) return members;
    }
  }
  const fromKey = key ? countedHeadClass(key, head) : null;
  if (fromKey) return fromKey;
  const fromUnit = unit ? countedHeadClass(unit.replace(postModifierStart, ""), head) : null;
  if (fromUnit) return fromUnit;
  if (head) return head;
  const unitWords = wordKeys(unit.replace(postModifierStart, ""));
  return unitWords[unitWords.length - 1] ?? null;
}

/**
 * Members of a body count that body's people: "crew members", "members of the crew" and "crew" are one
 * class, as are "staff members" and "staff". `after` is what follows "members of", if anything.
 */
function membersOf(unit: string, after: string | undefined): string | null {
  if (after) {
    const ws = wordKeys(after.replace(postModifierStart, ""));
    return ws.length ? ws[ws.length - 1] : null;
  }
  const ws = wordKeys(unit.replace(postModifierStart, ""));
  const at = ws.lastIndexOf("member");
  if (at <= 0 || ws[at - 1] === "and" || ws[at - 1] === "or") return null;
  return countedNounClass(ws.slice(0, at).join(" ")) ?? ws[at - 1];
}

/** An item's head class and distinguishing modifiers, from its words alone. */
interface ItemShape {
  cls: string;
  modifiers: readonly string[];
}

/** What an item claim's text, key and unit say. */
interface ItemFacts {
  noun: NounFacts;
  /** head class and the modifiers that make it a different kind of thing (from unit, else text) */
  shape: ItemShape;
  display: string;
  /** its block name, by time frame */
  blocks: Memo<string>;
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

/** "a mini zoo" → "mini zoo": the item as reported (the claim's text), without its article. */
function itemText(text: string): string {
  return text.trim().replace(/^(a|an|the|some)\s+/i, "").replace(/[.,;:]+$/, "");
}
