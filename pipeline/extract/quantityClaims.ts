/**
 * Quantities with what they count: "more than 11,000 police officers and
 * soldiers", "between 400 to 500 prisoners", "31 out of 52 prisons", "a
 * 17-year sentence", "$8 per week", "about 58km (36 miles)", "dozens of
 * devices", "killing at least 10". Each gets value or min/max, qualifier,
 * the counted noun (unit) with its lemma (key) and the event verb.
 *
 * Skipped on purpose: years, times and dates (dateClaims runs first and its
 * spans are taken), ordinals ("1st", "second"), numbers glued to letters
 * ("Covid-19", "G20"), page and photo furniture ("page 2", "photo 3 of 10"),
 * "one of the …", and bare numbers that count nothing named.
 *
 * Shares ("a third of respondents", "half of the staff", "one in five
 * homes") are percent with the group as context, so they never meet counts.
 *
 * Not handled yet: percentages written as words ("twelve percent" works,
 * "a fifth" without "of" does not), counts stated before their noun ("prisoners, 1,600 of them"), "a few" and
 * "several" on their own, and money in words only ("five dollars" works,
 * "fifty grand" does not).
 */
import type { Token, SentenceView } from "./sentenceTokens.ts";
import { type ClaimDraft, type TakenRanges, overlapsTaken } from "./claimDraft.ts";
import { LowerWordSet, lookupWords, wordRecord } from "./lowerWordSet.ts";
import { readNumber, digitValue, splitGluedNumber, wordValue } from "./numberWords.ts";
import { countedNounAt, governingVerb } from "./countedNouns.ts";
import { agedAge, appositiveAge, personOfAge } from "./personAges.ts";
import {
  MEASURE_UNITS, SQUARE_UNITS, TIME_UNITS, CURRENCY_SIGNS, CURRENCY_PREFIX_WORDS, CURRENCY_WORDS, RATE_WORDS, RATE_NOUNS,
  PERSON_VERBS, singular, eventVerb,
} from "./newsLexicon.ts";
import type { Qualifier } from "./schema.ts";

/** qualifier phrases, longest first, as lower-case token sequences */
const QUALIFIERS: Array<[string[], Qualifier]> = [
  [["no", "fewer", "than"], "at_least"], [["no", "less", "than"], "at_least"], [["not", "less", "than"], "at_least"],
  [["in", "excess", "of"], "more_than"], [["as", "many", "as"], "at_most"], [["as", "much", "as"], "at_most"],
  [["an", "estimated"], "about"], [["an", "approximate"], "about"], [["close", "to"], "about"], [["just", "over"], "more_than"],
  [["just", "under"], "fewer_than"], [["more", "than"], "more_than"], [["upwards", "of"], "more_than"], [["at", "least"], "at_least"],
  [["up", "to"], "at_most"], [["at", "most"], "at_most"], [["fewer", "than"], "fewer_than"], [["less", "than"], "fewer_than"],
  [["a", "maximum", "of"], "at_most"], [["a", "minimum", "of"], "at_least"],
  [["over"], "more_than"], [["about"], "about"], [["around"], "about"], [["approximately"], "about"], [["approx"], "about"],
  [["roughly"], "about"], [["some"], "about"], [["nearly"], "about"], [["almost"], "about"], [["estimated"], "about"],
  [["circa"], "about"], [["under"], "fewer_than"], [["below"], "fewer_than"], [["exactly"], "exactly"], [["precisely"], "exactly"],
];

/** determiners between "of" and a counted noun: "hundreds of his supporters", "60 of its members" */
const POSSESSIVES = new Set(["the", "his", "her", "its", "their", "our", "these", "those"]);
/** pronouns for a group already named: "two of them children", "two of whom were children" */
const GROUP_PRONOUNS = new Set(["them", "whom", "those", "us"]);
const COPULAS = new Set(["are", "were", "is", "was"]);
const LEADING_ARTICLE = /^(?:a|an|the) /;

/** vague amounts as ranges: at least two of the unit, fewer than the next order */
const VAGUE: Record<string, [number, number]> = wordRecord({
  dozens: [24, 99], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 999e6], billions: [2e9, 999e9], scores: [40, 99],
});
const VAGUE_OF_THOUSANDS: Record<string, [number, number]> = wordRecord({ tens: [20000, 99999], hundreds: [200000, 999999] });
/** "tens of millions", "hundreds of billions": the scale word after "of" multiplies the vague amount */
const VAGUE_SCALE: Record<string, number> = wordRecord({ thousands: 1e3, millions: 1e6, billions: 1e9 });
/** the words the two tables above answer for, to rule most lead words out before looking them up */
const VAGUE_WORDS = new LowerWordSet([...lookupWords(VAGUE), ...lookupWords(VAGUE_OF_THOUSANDS)]);

/** the words the unit and currency tables answer for, to rule the word after an amount out before its lookup */
const MEASURE_UNIT_FORMS = new LowerWordSet(lookupWords(MEASURE_UNITS));
const CURRENCY_WORD_FORMS = new LowerWordSet(lookupWords(CURRENCY_WORDS));
const CURRENCY_PREFIX_FORMS = new LowerWordSet(lookupWords(CURRENCY_PREFIX_WORDS));

/** words before a number that make it a label, not an amount */
const FURNITURE = new Set(["page", "pages", "photo", "photos", "image", "images", "picture", "figure", "fig", "no", "vol", "volume", "chapter", "section", "step", "part", "episode", "season", "article", "paragraph", "line", "flight", "route", "highway", "road", "platform", "gate", "room", "apartment", "building", "block", "lot", "level", "category", "grade", "class", "version", "number", "#", "item", "slide", "tier", "phase", "stage", "round", "act", "game", "week", "day", "year", "size", "rank", "ranked", "channel", "bus", "cell", "wing", "ward", "zone", "district", "sector", "unit", "battalion", "brigade", "division", "regiment", "squad", "article", "law", "resolution", "code", "gmt", "utc"]);
const DASH = /[-–]/;
const STARTS_WITH_DIGIT = /^\d/;
const FINAL_DOT = /\.$/;
const THOUSANDS_SEPARATORS = /,/g;
const RANGE_IN_ONE_TOKEN = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;
const TWO_TO_FOUR_DIGITS = /^\d{2,4}$/;
const NUMBER_DASH_WORD = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[-–]([\p{L}].*)$/u;
const ASCII_LOWER_WORD = /^[a-z]+$/;
const ONE_LETTER_UNITS = /^[mgl]$/;
const SCALE_WORD_INSIDE = /dozen|hundred|thousand|million|billion/;
const STARTS_WITH_ASCII_LOWER = /^[a-z]/;
/** words before "one" that make it a pronoun or an ordinal use ("no one", "the one") */
const NOT_COUNTING_ONE = new Set(["no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "everyone"]);
const SCALES_BEFORE_OF = new Set(["dozen", "hundred", "thousand", "million", "billion"]);
const VAGUE_LEADS = new Set(["many", "several", "few"]);
/** adjectives after a measure that say which extent it is ("30 metres deep", "5 km long") */
const DIMENSION_WORDS = new Set(["deep", "long", "wide", "high", "tall", "thick", "across", "away", "below", "above", "underground", "offshore", "inland"]);
/** words that end the "of" complement of a counted noun */
const COMPLEMENT_STOPS = new Set(["and", "or", "in", "at", "on", "to", "for", "who", "that", "which", "with", "from", "by"]);
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;
const YEARISH = /^(?:1[89]\d\d|20\d\d)$/;

const STARTERS = new Set([
  "a", "an", "half", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "several", "few", "many",
]);
for (const tens of ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]) {
  for (const unit of ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]) STARTERS.add(`${tens}-${unit}`);
}

const STARTER_WORDS = new LowerWordSet(STARTERS);

const SIGNS = new Set(Object.keys(CURRENCY_SIGNS));
/**
 * the signs are single UTF-16 units, so a mark token is tested by its code: 1 at each sign's code (a table
 * rather than a Set, as every mark of every sentence is asked)
 */
const SIGN_CODES = (() => {
  const codes = Object.keys(CURRENCY_SIGNS).map((sign) => sign.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const c of codes) table[c] = 1;
  return table;
})();
const AFTER_ARTICLE = new Set(["a", "an", "half", "several", "few", "many"]);
const NEXT_AFTER_ARTICLE = new LowerWordSet(["a", "dozen", "dozens", "hundred", "thousand", "million", "billion", "trillion", "decade", "century"]);

/** 1 for the first letters (lower case) of the number words that may be glued to a unit */
const SPELLED_FIRST = new Uint8Array(128);
for (const ch of "otfsent") SPELLED_FIRST[ch.charCodeAt(0)] = 1;

/** a word that may be a number word glued to a unit by a dash ("two-day"; most words by two looks) */
function maySpellCompound(t: Token, c: number): boolean {
  return t.dashed && SPELLED_FIRST[c | 0x20] === 1;
}

/**
 * "two-day", "five-year-old", "twenty-one-year-old", "ten-mile": a number word, a hyphen and a unit of
 * time or measure. Other words after a number word ("one-sided", "three-way", "two-thirds") are not amounts.
 */
function spelledCompound(lower: string): { value: number; rest: string } | null {
  const parts = lower.split(DASH);
  if (parts.length < 2) return null;
  for (const n of [2, 1]) {
    if (parts.length <= n) continue;
    const value = wordValue(parts.slice(0, n).join("-"));
    const unit = parts[n];
    if (value !== null && value > 0 && (unit in TIME_UNITS || unit in MEASURE_UNITS) && unit.length > 1) {
      return { value, rest: parts.slice(n).join("-") };
    }
  }
  return null;
}

/**
 * Shares of a group, as percent so that "a third of nurses" and "33% of nurses" compare, and never
 * against a count: "a third of respondents", "about half of all operations", "two-thirds of the staff",
 * "three quarters of homes", "one in five residents". The share's group is the counted noun (context).
 */
const FRACTIONS: Record<string, number> = wordRecord({
  half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10,
});
const FRACTION_WORDS = new LowerWordSet(lookupWords(FRACTIONS));
const FRACTION_LEAD_WORDS = ["a", "one", "half", "two", "three", "four", "two-thirds", "three-quarters", "three-fifths", "two-fifths", "four-fifths"];
const FRACTION_LEADS = new LowerWordSet(FRACTION_LEAD_WORDS);
/** every word that can open a share or an amount, to rule most words out with one look at their shape */
const LEAD_WORDS = new LowerWordSet([...FRACTION_LEAD_WORDS, ...STARTERS]);

function fractionAt(view: SentenceView, i: number): [ClaimDraft, number] | null {
  const tokens = view.tokens;
  const t = tokens[i];
  let share: number | null = null;
  let last = i;
  const dash = t.lower.indexOf("-");
  if (t.lower === "half" && (tokens[i + 1]?.is("of") || tokens[i + 1]?.is("the"))) {
    // "half of the staff", "half the nurses"; "a half" is read from the article
    share = 50;
  } else if (dash > 0) {
    const n = wordValue(t.lower.slice(0, dash));
    const f = FRACTIONS[t.lower.slice(dash + 1)];
    if (n !== null && f !== undefined && n > 1) share = n * f;
  } else {
    const n = t.lower === "a" ? 1 : wordValue(t.lower);
    // most words after "a" or "one" are no fraction: ruled out before their lower case is made
    const f = tokens[i + 1]?.mayBeIn(FRACTION_WORDS) ? FRACTIONS[tokens[i + 1].lower] : undefined;
    if (n !== null && f !== undefined && n > 0 && (n === 1) === !tokens[i + 1].lower.endsWith("s") && tokens[i + 1].lower !== "half") {
      share = n * f;
      last = i + 1;
    } else if (n !== null && n > 0 && tokens[i + 1]?.is("in") && tokens[i + 2]) {
      // "one in five residents"
      const d = wordValue(tokens[i + 2].lower) ?? digitValue(tokens[i + 2].text);
      if (d !== null && d > n) {
        share = (100 * n) / d;
        last = i + 2;
      }
    }
  }
  if (share === null) return null;
  let at = last + 1;
  const oneIn = last === i + 2 && tokens[i + 1].is("in");
  // the group follows "of" ("a third of respondents"), or directly after "half the" and "one in five"
  if (tokens[at]?.is("of")) at++;
  else if (!(t.lower === "half" && tokens[at]?.is("the")) && !oneIn) return null;
  if (tokens[at] && (POSSESSIVES.has(tokens[at].lower) || tokens[at].is("all"))) at++;
  const noun = countedNounAt(tokens, at);
  if (!noun) return null;
  let first = i;
  // "about a third", "nearly half"
  const q = qualifierBefore(tokens, first);
  if (q) first = q.first;
  const value = Math.round(share * 10) / 10;
  return [{
    kind: "quantity", start: tokens[first].start, end: tokens[noun.last].end, value, valueMin: null, valueMax: null,
    unit: "percent", key: "percent", qualifier: q ? q.q : "", verb: governingVerb(tokens, first - 1, noun.last + 1),
    context: noun.key,
  }, noun.last];
}

interface Amount {
  value: number | null;
  min: number | null;
  max: number | null;
  /** token index range of the number words themselves */
  first: number;
  last: number;
  impliedUnit?: string;
  currency?: string;
  /** token index where the claim text starts (currency sign or qualifier) */
  textFirst: number;
}

/**
 * The next token from `i` on that may start a share or an amount, or -1. Most tokens start nothing: a word
 * that is no digit, cannot be a lead word by its shape and holds no dash, or a mark that is no currency sign
 * (letters compared in lower case: c | 0x20). The scan is a small function of its own, so V8 optimises it
 * early in a run.
 */
function nextAmountLead(view: SentenceView, i: number): number {
  const tokens = view.tokens;
  const text = view.text;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    const c = text.charCodeAt(t.start);
    if (t.word) {
      if ((c >= 48 && c <= 57) || t.mayBeIn(LEAD_WORDS) || maySpellCompound(t, c)) return i;
    } else if (t.end - t.start === 1 && SIGN_CODES[c] === 1) return i;
  }
  return -1;
}

export function quantityClaims(view: SentenceView, taken: TakenRanges): ClaimDraft[] {
  const tokens = view.tokens;
  const out: ClaimDraft[] = [];
  for (let i = nextAmountLead(view, 0); i >= 0; i = nextAmountLead(view, i + 1)) {
    const t = tokens[i];
    const c = view.text.charCodeAt(t.start);
    if (t.word && t.inSet(FRACTION_LEADS) && !overlapsTaken(taken, t.start, t.end)) {
      const share = fractionAt(view, i);
      if (share && !overlapsTaken(taken, share[0].start, share[0].end)) {
        out.push(share[0]);
        i = share[1];
        continue;
      }
    }
    // "a two-day walkout": a number word glued to a unit (most words are ruled out by their first letter)
    if (t.word && maySpellCompound(t, c) && !overlapsTaken(taken, t.start, t.end) && spelledCompound(t.lower)) {
      const found = quantityAt(view, i);
      if (found && !overlapsTaken(taken, found[0].start, found[0].end)) {
        out.push(found[0]);
        i = found[1];
      }
      continue;
    }
    // only digits, currency signs and a few words can start an amount (signs are marks, starters are
    // words; the letter test spares most words their lower-case string)
    if (!(c >= 48 && c <= 57) && !(t.word ? t.inSet(STARTER_WORDS) : SIGNS.has(t.text))) continue;
    // "a"/"an" and vague words start an amount only before a scale or group word ("a dozen", "several hundred")
    if (AFTER_ARTICLE.has(t.lower) && !tokens[i + 1]?.inSet(NEXT_AFTER_ARTICLE)) continue;
    if (overlapsTaken(taken, t.start, t.end)) continue;
    const found = quantityAt(view, i);
    if (!found) continue;
    const [draft, lastTok] = found;
    if (overlapsTaken(taken, draft.start, draft.end)) continue;
    out.push(draft);
    i = lastTok;
  }
  return out;
}

/** reads a quantity whose number starts at token i; returns the draft and its last token index */
function quantityAt(view: SentenceView, i: number): [ClaimDraft, number] | null {
  const tokens = view.tokens;
  const t = tokens[i];
  // currency sign, possibly after a country prefix glued to it ("US$", "A$")
  // a currency sign is one mark token: word tokens need no string made to rule them out
  if (!t.word && SIGNS.has(t.text)) {
    const n = readNumber(tokens, i + 1) ?? gluedScale(tokens, i + 1);
    if (!n || tokens[i + 1].start !== t.end) return null;
    const prev = tokens[i - 1];
    let currency = CURRENCY_SIGNS[t.text];
    let textFirst = i;
    if (prev && prev.end === t.start && prev.lower in CURRENCY_PREFIX_WORDS) {
      currency = t.text === "$" ? CURRENCY_PREFIX_WORDS[prev.lower] : currency;
      textFirst = i - 1;
    }
    return finishAmount(view, { value: n.value, min: null, max: null, first: i + 1, last: n.last, currency, textFirst, impliedUnit: undefined });
  }
  // vague amounts: "dozens of", "several dozen", "hundreds of", "tens of thousands of", "scores of"
  const vague = vagueAt(tokens, i);
  if (vague) return finishAmount(view, vague);
  // "400-500", "17-year", "1,500-square-kilometer", "58km", "3bn"
  if (STARTS_WITH_DIGIT.test(t.text) && digitValue(t.text) === null) return compoundAt(view, i);
  // "a two-day walkout", "a five-year sentence": a number word and a unit in one token
  const spelled = spelledCompound(t.lower);
  if (spelled) return dashCompound(view, i, spelled.value, spelled.rest);
  const n = readNumber(tokens, i);
  if (!n) return null;
  // "Ana Lima, 58,", "a man aged 19": a person's age
  if (!n.spelled && n.last === i) {
    const age = appositiveAge(view, i);
    if (age) return age;
  }
  if (tokens[i - 1]?.is("aged")) return agedAge(view, i, n.value, n.last);
  if (!n.spelled && !skipDigitsCheck(tokens, i, n.last)) return null;
  if (n.spelled && !spelledAmountOk(tokens, i, n.last)) return null;
  // "a magnitude 7.8 earthquake": the scale is named before the number
  if (!n.spelled && (tokens[i - 1]?.lower === "magnitude" || tokens[i - 1]?.lower === "magnitude-")) {
    const noun = countedNounAt(tokens, n.last + 1);
    const last = noun ? noun.last : n.last;
    return [{
      kind: "quantity", start: tokens[i - 1].start, end: tokens[last].end, value: n.value, valueMin: null, valueMax: null,
      unit: "magnitude", key: "magnitude", qualifier: qualifierBefore(tokens, i - 1)?.q ?? "", verb: "", context: noun ? noun.key : "",
    }, last];
  }
  const amount: Amount = { value: n.value, min: null, max: null, first: i, last: n.last, impliedUnit: n.impliedUnit, textFirst: i };
  // ranges: "400 to 500", "400-500" as separate tokens, "between 400 and 500", "two to three"
  const sep = tokens[n.last + 1];
  const prevLower = tokens[i - 1]?.lower;
  // "five or six villages": two neighbouring figures are a range
  if (sep && (sep.text === "-" || sep.text === "–" || sep.lower === "to" || (sep.lower === "and" && prevLower === "between") || sep.is("or"))) {
    const m = readNumber(tokens, n.last + 2);
    if (m && m.value > n.value && (m.spelled === n.spelled)) {
      if (prevLower === "from") return null; // "rose from 400 to 500 prisoners": the later number carries the noun
      amount.value = null;
      amount.min = n.value;
      amount.max = m.value;
      amount.last = m.last;
      amount.impliedUnit = amount.impliedUnit ?? m.impliedUnit;
    }
  }
  return finishAmount(view, amount);
}

/** a digit number is an amount unless it is a year, a label or part of an ordinal */
function skipDigitsCheck(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (prev && FURNITURE.has(prev.lower.replace(FINAL_DOT, ""))) return false;
  if (prev && (prev.text === "#" || prev.text === "№")) return false;
  // "No. 3", "photo 3 of 10"
  if (prev && prev.text === "." && tokens[i - 2] && FURNITURE.has(tokens[i - 2].lower)) return false;
  const next = tokens[last + 1];
  if (next && next.start === t.end && next.word && ORDINAL_SUFFIX.test(next.text)) return false;
  if (YEARISH.test(t.text) && last === i) {
    const q = qualifierBefore(tokens, i);
    const unitNext = next && (next.lower in MEASURE_UNITS || next.lower in CURRENCY_WORDS);
    if (!q && !unitNext) return false;
  }
  return true;
}

/** number words: "one" needs a real count after it, not "one of the most" */
function spelledAmountOk(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i];
  const next = tokens[last + 1];
  if (!next) return false;
  if (t.lower === "one" && last === i) {
    const prev = tokens[i - 1]?.lower ?? "";
    if (NOT_COUNTING_ONE.has(prev)) return false;
    if (next.lower === "of" || next.lower === "another" || next.lower === "day") return false;
  }
  // "two of them children", "two of his crew": a part of a group already named
  if (next.lower === "of" && !SCALES_BEFORE_OF.has(tokens[last].lower) && !(tokens[last + 2] && (GROUP_PRONOUNS.has(tokens[last + 2].lower) || POSSESSIVES.has(tokens[last + 2].lower)))) return false;
  return true;
}

interface Subset {
  unit: string;
  key: string;
  context: string;
  verb: string;
  last: number;
}

/** how bad an injury is, as said → as compared ("seriously injured" and "in serious condition" are one state) */
const SEVERITY: Record<string, string> = wordRecord({
  serious: "serious", seriously: "serious", critical: "critical", critically: "critical", severe: "severe", severely: "severe",
  grave: "grave", gravely: "grave", "life-threatening": "life-threatening",
});
/** adverbs of how badly a part of a group was hit, alone after it ("326 houses were damaged, 41 of them heavily") */
const EXTENT_ADVERBS: Record<string, string> = wordRecord({
  seriously: "serious", critically: "critical", severely: "severe", gravely: "grave", heavily: "heavy", badly: "bad",
  completely: "complete", totally: "total", partially: "partial", partly: "partial", slightly: "slight", lightly: "light",
});
/** auxiliaries between a part of a group and its participle ("12 of them were moved", "two had been freed") */
const PART_AUXILIARIES = new Set(["were", "was", "are", "is", "had", "have", "has", "been", "being", "later", "also", "then"]);
/** verbs of being in a state before "in … condition" ("Two remained in critical condition") */
const STATE_VERBS = new Set(["remain", "remains", "remained", "were", "was", "are", "is", "stayed", "still", "remaining"]);
/** words after a bare number that may open its state ("two critically", "Two remained in …") */
const STATE_OPENERS = new Set([...Object.keys(EXTENT_ADVERBS), ...STATE_VERBS]);
/** what a severity word qualifies in casualty reports ("severe burns", "seriously injured") */
const INJURY_WORDS = new Set(["burns", "injuries", "injury", "wounds", "wound", "condition", "injured", "wounded", "hurt", "burned", "burnt", "ill"]);

function injuryWordAt(tokens: readonly Token[], k: number): boolean {
  return !!tokens[k] && INJURY_WORDS.has(tokens[k].lower);
}

/**
 * The state that sets a part of a group apart, from token k: "in serious condition", "in a critical but
 * stable condition", "with severe burns", "seriously injured", and a severity adverb alone after a pronoun
 * ("seven were injured, two of them seriously"). Casualty states share the key "condition", with the
 * severity as context.
 */
function stateAt(view: SentenceView, k: number, adverbAlone: boolean): Subset | null {
  const tokens = view.tokens;
  const t = tokens[k];
  if (!t || !t.word) return null;
  if (t.is("in")) {
    for (let j = k + 1; j <= k + 5 && tokens[j]?.word; j++) {
      if (!tokens[j].is("condition")) continue;
      const state = wordsBetween(tokens, k + 1, j - 1).toLowerCase().replace(LEADING_ARTICLE, "");
      if (state === "") return null;
      return { unit: view.text.slice(t.start, tokens[j].end), key: "condition", context: SEVERITY[state] ?? state, verb: "", last: j };
    }
    return null;
  }
  const at = t.is("with") ? k + 1 : k;
  const severity = tokens[at] ? SEVERITY[tokens[at].lower] : undefined;
  if (!severity) {
    // "41 of them heavily": an adverb of extent alone
    const extent = adverbAlone && at === k ? EXTENT_ADVERBS[tokens[at].lower] : undefined;
    return extent ? { unit: tokens[at].text, key: "condition", context: extent, verb: "", last: at } : null;
  }
  // "severe burns", "serious head injuries"
  const injuryAt = injuryWordAt(tokens, at + 1) ? at + 1 : tokens[at + 1]?.word && injuryWordAt(tokens, at + 2) ? at + 2 : -1;
  // "two of them seriously": the adverb alone says how badly the group's members were hurt
  if (injuryAt < 0 && !(adverbAlone && at === k && tokens[at].lower.endsWith("ly"))) return null;
  const last = injuryAt > 0 ? injuryAt : at;
  return { unit: view.text.slice(t.start, tokens[last].end), key: "condition", context: severity, verb: "", last };
}

/**
 * What a part of a group already named is ("Nine people died, two of them children", "Two of the dead are
 * children", "27 were admitted, four of them in serious condition", "two of whom were police officers",
 * "five were taken to hospital, two with severe burns", "Two of the injured workers suffered serious
 * burns"): the member noun or the state after the pronoun, after the group and a copula, or in the
 * predicate. The group is the context of a member noun. No verb: what happened to the group is said of
 * the whole ("nine died"), and a part with the whole's verb would be compared with the whole's toll.
 * `at` is the index of the "of" or "with" after the number.
 */
function subsetAt(view: SentenceView, at: number, first: number): Subset | null {
  const tokens = view.tokens;
  if (tokens[at].is("with")) return stateAt(view, at, false);
  if (!tokens[at].is("of")) return bareStateAt(view, at, first);
  const g = tokens[at + 1];
  if (!g) return null;
  let k: number;
  let context = "";
  if (GROUP_PRONOUNS.has(g.lower)) {
    k = at + 2;
    if (tokens[k] && COPULAS.has(tokens[k].lower)) k++;
  } else if (POSSESSIVES.has(g.lower)) {
    const group = countedNounAt(tokens, at + 2);
    if (!group) return null;
    if (!tokens[group.last + 1] || !COPULAS.has(tokens[group.last + 1].lower)) {
      // "Two of the injured workers suffered serious burns": a state in the predicate; else "two of his
      // crew" is read as a part of a group
      for (let j = group.last + 1; j <= group.last + 4 && tokens[j]?.word; j++) {
        const state = stateAt(view, j, false);
        if (state) return state;
      }
      return null;
    }
    context = view.text.slice(tokens[group.first].start, tokens[group.last].end);
    k = group.last + 2;
  } else return null;
  if (!tokens[k]) return null;
  const state = stateAt(view, k, true);
  if (state) return state;
  const noun = countedNounAt(tokens, k);
  if (noun) return { unit: view.text.slice(tokens[noun.first].start, tokens[noun.last].end), key: noun.key, context, verb: "", last: noun.last };
  return context === "" ? partThatWas(view, k, first) : null;
}

/**
 * "no patients were hurt, but 12 of them were moved to other hospitals": a part that something happened
 * to, counted in the noun it stands for (the last plural noun before it in the sentence) with the verb of
 * its participle. `k` is the token after the pronoun, `first` the number's first token.
 */
function partThatWas(view: SentenceView, k: number, first: number): Subset | null {
  const tokens = view.tokens;
  let p = k;
  while (p < k + 3 && tokens[p] && PART_AUXILIARIES.has(tokens[p].lower)) p++;
  if (!tokens[p]) return null;
  const verb = eventVerb(tokens[p].lower);
  if (!verb) return null;
  for (let j = first - 1; j >= 0 && j >= first - 15; j--) {
    const t = tokens[j];
    if (!t.word || !ASCII_LOWER_WORD.test(t.lower) || !endsInPluralS(t.lower) || eventVerb(t.lower)) continue;
    const noun = countedNounAt(tokens, j);
    if (!noun || noun.last !== j) continue;
    return { unit: t.text, key: noun.key, context: "", verb, last: p };
  }
  return null;
}

function endsInPluralS(w: string): boolean {
  return w.length > 3 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) !== 115;
}

/**
 * A state after a bare number: "five others were wounded, two critically", "Two remained in critical
 * condition". `at` is the token after the number, `first` the number's first token.
 */
function bareStateAt(view: SentenceView, at: number, first: number): Subset | null {
  const tokens = view.tokens;
  const t = tokens[at];
  if (!t.word) return null;
  if (EXTENT_ADVERBS[t.lower] !== undefined) {
    // only as a part after a comma, closing its clause: ", two critically."
    const next = tokens[at + 1];
    if (tokens[first - 1]?.text !== "," || (next && next.word && !next.is("and"))) return null;
    return stateAt(view, at, true);
  }
  let k = at;
  while (k < at + 2 && tokens[k] && STATE_VERBS.has(tokens[k].lower)) k++;
  return k > at && tokens[k]?.is("in") ? stateAt(view, k, false) : null;
}

function qualifierBefore(tokens: readonly Token[], i: number): { q: Qualifier; first: number } | null {
  for (const [words, q] of QUALIFIERS) {
    const k = i - words.length;
    if (k < 0) continue;
    let ok = true;
    for (let w = 0; w < words.length; w++) if (!tokens[k + w].is(words[w])) { ok = false; break; }
    if (!ok) continue;
    // "the more than 11,000 members" still qualifies; "some" after a verb of quantity ("some of") does not apply here
    return { q, first: k };
  }
  return null;
}

function gluedScale(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const g = splitGluedNumber(t.text);
  if (!g) return null;
  const s = g.suffix.toLowerCase();
  const scale = s === "m" || s === "mn" || s === "million" ? 1e6 : s === "bn" || s === "b" || s === "billion" ? 1e9 : s === "k" ? 1e3 : s === "tn" ? 1e12 : 0;
  return scale ? { value: g.value * scale, last: i } : null;
}

function vagueAt(tokens: readonly Token[], i: number): Amount | null {
  const t = tokens[i];
  const lower = t.lower;
  const vague = t.mayBeIn(VAGUE_WORDS);
  // "tens of thousands of", "hundreds of thousands of"
  if (vague && lower in VAGUE_OF_THOUSANDS && tokens[i + 1]?.is("of") && tokens[i + 2] && tokens[i + 2].lower in VAGUE_SCALE) {
    const scale = VAGUE_SCALE[tokens[i + 2].lower] / 1e3;
    const [min, max] = VAGUE_OF_THOUSANDS[lower];
    return { value: null, min: min * scale, max: (max + 1) * scale - 1 * scale, first: i, last: i + 2, textFirst: i };
  }
  if (vague && lower in VAGUE) {
    // "scores of" needs its "of"; "dozens" may stand before "of" or a verb
    // without "of" only as a casualty verb's object ("injuring thousands")
    const personObject = PERSON_VERBS.has(eventVerb(tokens[i - 1]?.lower ?? ""));
    if (tokens[i + 1]?.lower !== "of" && lower !== "dozens" && !personObject) return null;
    if (lower === "scores" && tokens[i + 1]?.lower !== "of") return null;
    let first = i;
    if (VAGUE_LEADS.has(tokens[i - 1]?.lower ?? "")) first = i - 1;
    if (tokens[first - 1]?.lower === "a" && tokens[first]?.lower === "few") first--;
    const [min, max] = VAGUE[lower];
    return { value: null, min, max, first, last: i, textFirst: first };
  }
  // "several dozen", "a few dozen", "many dozens"
  if ((lower === "several" || lower === "few" || lower === "many") && (tokens[i + 1]?.lower === "dozen" || tokens[i + 1]?.lower === "hundred")) {
    const first = lower === "few" && tokens[i - 1]?.lower === "a" ? i - 1 : i;
    const [min, max] = tokens[i + 1].lower === "dozen" ? VAGUE.dozens : VAGUE.hundreds;
    return { value: null, min, max, first, last: i + 1, textFirst: first };
  }
  return null;
}

/** one token holding number and more: "400-500", "17-year", "1,500-square-kilometer", "58km", "3bn", "40,000-inmate" */
function compoundAt(view: SentenceView, i: number): [ClaimDraft, number] | null {
  const tokens = view.tokens;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (prev && FURNITURE.has(prev.lower)) return null;
  // range in one token
  const range = RANGE_IN_ONE_TOKEN.exec(t.text);
  if (range) {
    const a = Number(range[1].replace(THOUSANDS_SEPARATORS, ""));
    const b = Number(range[2].replace(THOUSANDS_SEPARATORS, ""));
    if (!(b > a) || (YEARISH.test(range[1]) && TWO_TO_FOUR_DIGITS.test(range[2]))) return null; // scores "2-1", seasons "2019-20"
    return finishAmount(view, { value: null, min: a, max: b, first: i, last: i, textFirst: i });
  }
  const dash = NUMBER_DASH_WORD.exec(t.text);
  if (dash) return dashCompound(view, i, Number(dash[1].replace(THOUSANDS_SEPARATORS, "")), dash[2].toLowerCase());
  const glued = splitGluedNumber(t.text);
  if (glued) {
    const s = glued.suffix.toLowerCase();
    if (ORDINAL_SUFFIX.test(s)) return null;
    if (s in MEASURE_UNITS || s === "sqkm" || s === "km²") {
      return finishAmount(view, { value: glued.value, min: null, max: null, first: i, last: i, textFirst: i, impliedUnit: s === "km²" || s === "sqkm" ? "km2" : MEASURE_UNITS[s] });
    }
    // "3bn", "5m" without a currency sign: only when a currency word follows ("3bn euros")
    const scaled = gluedScale(tokens, i);
    if (scaled && tokens[i + 1] && tokens[i + 1].lower in CURRENCY_WORDS) {
      return finishAmount(view, { value: scaled.value, min: null, max: null, first: i, last: i, textFirst: i });
    }
  }
  return null;
}

/** a number and what it measures in one token: "17-year" (old), "1,500-square-kilometer", "two-day" */
function dashCompound(view: SentenceView, i: number, value: number, rest: string): [ClaimDraft, number] | null {
  const tokens = view.tokens;
  const prev = tokens[i - 1];
  const parts = rest.split(DASH);
  let unit = "";
  let key = "";
  if (parts[0] in TIME_UNITS) {
    key = TIME_UNITS[parts[0]];
    unit = key;
    if (parts[1] === "old") key = "age";
  } else if (parts[0] === "square" && parts[1] && MEASURE_UNITS[parts[1]]) {
    key = SQUARE_UNITS[MEASURE_UNITS[parts[1]]] ?? MEASURE_UNITS[parts[1]] + "2";
    unit = "square " + parts[1];
  } else if (parts[0] in MEASURE_UNITS) {
    key = MEASURE_UNITS[parts[0]];
    unit = parts[0];
  } else if (ASCII_LOWER_WORD.test(parts[0]) && parts.length <= 2) {
    key = singular(parts[parts.length - 1]);
    unit = parts.join(" ");
  } else return null;
  const q = qualifierBefore(tokens, i);
  let textFirst = q ? q.first : i;
  // "a 17-year sentence": the article belongs to the phrase
  if (!q && (prev?.lower === "a" || prev?.lower === "an")) textFirst = i - 1;
  const noun = countedNounAt(tokens, i + 1);
  const last = noun ? noun.last : i;
  // "Jaylen Brooks, a 17-year-old junior", "20-year-old Tyrell Mason": the age is that person's
  const person = key === "age" ? personOfAge(view, i) : "";
  const context = person || (noun ? singular(tokens[noun.head].lower) : "");
  const draft: ClaimDraft = {
    kind: "quantity", start: tokens[textFirst].start, end: tokens[last].end,
    value, valueMin: null, valueMax: null, unit, key, qualifier: q ? q.q : "",
    verb: governingVerb(tokens, textFirst - 1, last + 1), context,
  };
  return [draft, last];
}

/** completes an amount: qualifier, unit or counted noun, rate, conversions in brackets, verb */
function finishAmount(view: SentenceView, a: Amount): [ClaimDraft, number] | null {
  const tokens = view.tokens;
  let textFirst = a.textFirst;
  let qualifier: Qualifier = "";
  // qualifier before the sign or number
  const q = qualifierBefore(tokens, textFirst);
  if (q) {
    qualifier = q.q;
    textFirst = q.first;
  } else if (tokens[textFirst - 1]?.lower === "between" && a.min !== null) {
    textFirst--;
  }
  let last = a.last;
  let unit = "";
  let key = "";
  let context = "";
  let currency = a.currency ?? "";
  // "a decade": unit implied by the group word
  if (a.impliedUnit) {
    unit = a.impliedUnit;
    key = a.impliedUnit;
  }
  // "1.2 million dollars", "500 euros", "5 million US dollars"
  let k = last + 1;
  if (!unit && !currency) {
    let c = k;
    if (tokens[c]?.mayBeIn(CURRENCY_PREFIX_FORMS) && tokens[c].lower in CURRENCY_PREFIX_WORDS && tokens[c + 1]?.mayBeIn(CURRENCY_WORD_FORMS) && tokens[c + 1].lower in CURRENCY_WORDS) c++;
    if (tokens[c]?.mayBeIn(CURRENCY_WORD_FORMS) && tokens[c].lower in CURRENCY_WORDS && !(tokens[c].lower === "won" || tokens[c].lower === "real" || tokens[c].lower === "dong")) {
      currency = CURRENCY_WORDS[tokens[c].lower];
      last = c;
      k = c + 1;
    }
  }
  // a scale word after a sign: "$1.2 billion" is read by readNumber; "$3bn" by gluedScale
  if (currency) {
    unit = currency;
    key = currency;
    const rate = rateAt(tokens, last + 1);
    if (rate) {
      unit = `${currency} per ${rate.per}`;
      last = rate.last;
    }
  } else if (!unit) {
    const t = tokens[k];
    if (t && (t.text === "%" || t.lower === "percent" || t.lower === "pc")) {
      unit = "percent"; key = "percent"; last = k;
    } else if (t && t.lower === "per" && tokens[k + 1]?.lower === "cent") {
      unit = "percent"; key = "percent"; last = k + 1;
    } else if (t && t.lower === "square" && tokens[k + 1] && MEASURE_UNITS[tokens[k + 1].lower]) {
      const base = MEASURE_UNITS[tokens[k + 1].lower];
      unit = `square ${tokens[k + 1].lower}`; key = SQUARE_UNITS[base] ?? base + "2"; last = k + 1;
    } else if (t && t.mayBeIn(MEASURE_UNIT_FORMS) && t.lower in MEASURE_UNITS && !(t.lower.length === 1 && !ONE_LETTER_UNITS.test(t.lower)) && !(t.lower === "m" && t.start !== tokens[k - 1].end && tokens[k + 1]?.text === ".")) {
      key = MEASURE_UNITS[t.lower]; unit = t.lower; last = k;
      if (key === "sq" && tokens[k + 1] && MEASURE_UNITS[tokens[k + 1].lower]) {
        key = (SQUARE_UNITS[MEASURE_UNITS[tokens[k + 1].lower]] ?? "sq"); unit = `sq ${tokens[k + 1].lower}`; last = k + 1;
      }
      // "70 kilometres an hour" is the speed "70 km/h", not a distance
      const speed = SPEEDS[key];
      const perHour = speed ? perHourAt(tokens, last + 1) : -1;
      if (perHour > 0) {
        key = speed; unit = view.text.slice(t.start, tokens[perHour].end); last = perHour;
      }
    }
  }
  if (unit && !currency && key !== "percent" && !(key in TIME_UNITS) && key !== "year") {
    // "58km (36 miles)": the conversion in brackets belongs to the same claim
    last = bracketedConversion(tokens, last);
  }
  if (unit && !currency && key !== "percent") {
    // what a measure is of: "40 tonnes of cement", "three days of mourning", "30 metres deep"
    const after = tokens[last + 1];
    if (after && DIMENSION_WORDS.has(after.lower)) context = after.lower;
    else if (after?.is("of")) {
      const ofNoun = ofComplement(tokens, last + 2);
      if (ofNoun) context = view.text.slice(tokens[ofNoun[0]].start, tokens[ofNoun[1]].end);
    }
  }
  let verb = "";
  if (!unit) {
    // counted noun: directly, after "of" (vague amounts, "a dozen of"), or after "out of N" / "of the N"
    let at = last + 1;
    if (tokens[at]?.lower === "of" && (a.value === null || SCALE_WORD_INSIDE.test(tokens[a.last].lower))) at++;
    if (tokens[at] && POSSESSIVES.has(tokens[at].lower) && a.value === null) at++;
    let ratioEnd = -1;
    let ratioOf = "";
    const ratioStart = tokens[at]?.lower === "out" && tokens[at + 1]?.lower === "of" ? at + 2 : tokens[at]?.lower === "of" && tokens[at + 1]?.lower === "the" ? at + 2 : -1;
    if (ratioStart > 0) {
      const m = readNumber(tokens, ratioStart);
      if (m && !m.spelled === !STARTS_WITH_ASCII_LOWER.test(tokens[a.first].lower) && a.value !== null && m.value >= a.value) {
        ratioEnd = m.last;
        ratioOf = tokens.slice(ratioStart - (tokens[at].lower === "out" ? 2 : 2), m.last + 1).map((x) => x.lower).join(" ");
        at = m.last + 1;
      }
    }
    // a part of a group named before: "nine died, two of them children", "two of the dead are children"
    const subset = ratioEnd < 0 && a.value !== null && a.value !== 1 && tokens[at]
      && (tokens[at].is("of") || (tokens[at].is("with") && tokens[textFirst - 1]?.text === ",") || STATE_OPENERS.has(tokens[at].lower))
      ? subsetAt(view, at, a.textFirst) : null;
    // a part of a group: "more than 60 of its members", "two of the injured workers" (not "one of the largest …")
    if (!subset && ratioEnd < 0 && a.value !== null && a.value !== 1 && tokens[at]?.is("of") && tokens[at + 1] && POSSESSIVES.has(tokens[at + 1].lower) && tokens[at + 2]?.word) {
      at += 2;
    }
    const noun = subset ? null : countedNounAt(tokens, at);
    if (subset) {
      unit = subset.unit;
      key = subset.key;
      context = subset.context;
      verb = subset.verb;
      last = subset.last;
    } else if (noun && !(noun.first === noun.last && tokens[noun.first].mayBeIn(MEASURE_UNIT_FORMS) && tokens[noun.first].lower in MEASURE_UNITS && tokens[noun.first].lower.length <= 2)) {
      unit = view.text.slice(tokens[noun.first].start, tokens[noun.last].end);
      key = noun.key;
      last = noun.last;
      if (ratioOf) context = ratioOf;
      // "members of the FANB": the complement says whose members they are
      if (tokens[last + 1]?.lower === "of" && !ratioOf) {
        const ofNoun = ofComplement(tokens, last + 2);
        if (ofNoun) context = view.text.slice(tokens[ofNoun[0]].start, tokens[ofNoun[1]].end);
      }
    } else if (ratioEnd > 0) {
      return null;
    } else {
      // no noun: a casualty verb implies people ("killing 10", "injured at least 30"), a toll names the count
      const before = governingVerb(tokens, textFirst - 1, tokens.length);
      const toll = tollBefore(tokens, textFirst);
      const shared = toll ? null : sharedNounBefore(tokens, textFirst);
      if (shared) {
        // "38 homes destroyed and 14 damaged": the second count's own participle is its verb
        unit = shared.unit; key = shared.key;
        const own = tokens[last + 1]?.word ? eventVerb(tokens[last + 1].lower) : "";
        verb = own || governingVerb(tokens, -1, last + 1);
      } else if (toll) {
        unit = toll.unit; key = toll.key; verb = toll.verb;
      } else if (before && PERSON_VERBS.has(before)) {
        key = "person"; verb = before;
      } else {
        const after = governingVerb(tokens, -1, last + 1);
        // "and 3,411 were injured": a casualty verb after a bare count means people
        if (after && PERSON_VERBS.has(after)) {
          key = "person"; verb = after;
        } else return null;
      }
    }
  }
  if (!verb) verb = governingVerb(tokens, textFirst - 1, last + 1);
  // where people were moved tells two transfers apart ("moved to tents" / "moved to other hospitals")
  if (context === "" && MOVING_VERBS.has(verb)) context = destinationAfter(view, last + 1);
  const draft: ClaimDraft = {
    kind: "quantity", start: tokens[textFirst].start, end: tokens[last].end,
    value: a.value, valueMin: a.min, valueMax: a.max, unit, key, qualifier, verb, context,
  };
  return [draft, last];
}

/** a length per hour is a speed with the key of "km/h" and "mph" */
const SPEEDS: Record<string, string> = wordRecord({ km: "kmh", mile: "mph" });
const HOUR_WORDS = new Set(["hour", "hr", "h"]);

/** the last token of "an hour", "per hour", "a hr", "/h" at k, or -1 */
function perHourAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const n = tokens[k + 1];
  if (!t || !n || !HOUR_WORDS.has(n.lower)) return -1;
  return t.is("an") || t.is("a") || t.is("per") || t.text === "/" ? k + 1 : -1;
}

function rateAt(tokens: readonly Token[], k: number): { per: string; last: number } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.lower in RATE_WORDS) return { per: RATE_WORDS[t.lower], last: k };
  if ((t.lower === "per" || t.lower === "a" || t.lower === "an" || t.lower === "each" || t.lower === "every") && tokens[k + 1]) {
    const n = singular(tokens[k + 1].lower);
    if (n in RATE_NOUNS) return { per: RATE_NOUNS[n], last: k + 1 };
  }
  if (t.text === "/" && tokens[k + 1] && singular(tokens[k + 1].lower) in RATE_NOUNS) return { per: RATE_NOUNS[singular(tokens[k + 1].lower)], last: k + 1 };
  return null;
}

/** "(36 miles)" right after a measured amount */
function bracketedConversion(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.text !== "(") return last;
  let k = last + 2;
  const n = readNumber(tokens, k);
  if (n) k = n.last + 1;
  else if (tokens[k] && splitGluedNumber(tokens[k].text)) k = k + 1;
  else return last;
  if (tokens[k] && (tokens[k].lower in MEASURE_UNITS || tokens[k].lower in CURRENCY_WORDS)) {
    k++;
    // "(45 miles per hour)"
    const perHour = SPEEDS[MEASURE_UNITS[tokens[k - 1].lower]] ? perHourAt(tokens, k) : -1;
    if (perHour > 0) k = perHour + 1;
  }
  if (tokens[k] && (tokens[k].lower === "square" || tokens[k].lower === "sq")) k += 2;
  return tokens[k]?.text === ")" ? k : last;
}

/** the words of tokens[from..to] joined by single spaces */
function wordsBetween(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to + 1).map((t) => t.text).join(" ");
}

/** Verbs that bring a toll to its figure: "the death toll … has risen to 14", "… reached 30". */
const TOLL_VERBS = new Set(["rose", "risen", "rise", "rises", "climbed", "climb", "climbs", "jumped", "increased", "grew", "reached", "reach", "reaches", "hit", "stood", "stands", "stand", "was", "is"]);

/**
 * "the death toll rose to 2,100", "a toll of 46": the count has no noun after it. The toll may stand
 * further back when a verb of rising brings it to the figure ("The death toll from Tuesday's earthquake
 * on the island of Sulawesi has risen to 14").
 */
function tollBefore(tokens: readonly Token[], first: number): { unit: string; key: string; verb: string } | null {
  const prev = tokens[first - 1];
  const risen = prev && (((prev.is("to") || prev.is("at")) && tokens[first - 2] && TOLL_VERBS.has(tokens[first - 2].lower)) || prev.is("reached") || prev.is("hit"));
  // "puts the number of houses destroyed at 52", "put the toll at 31", "estimated the figure of displaced at 200"
  const estimated = !risen && prev !== undefined && prev.is("at") && estimateVerbBefore(tokens, first - 2);
  for (let k = first - 1, n = 0; k >= 0 && n < (risen || estimated ? 16 : 6); k--, n++) {
    const t = tokens[k];
    if (!t.word) return null;
    // "the number of people killed … rose to 41", "the number of injured climbed to 52"
    if ((risen || estimated) && (t.is("number") || t.is("figure") || t.is("count")) && tokens[k + 1]?.is("of")) {
      for (let j = k + 2; j < first - 1 && j < k + 6; j++) {
        const v = eventVerb(tokens[j].lower);
        if (PERSON_VERBS.has(v)) return { unit: wordsBetween(tokens, k + 2, j), key: "person", verb: v };
      }
      // "the number of houses destroyed at 52": the noun the number is of, and its participle as the verb
      const noun = estimated ? countedNounAt(tokens, k + 2) : null;
      if (noun && noun.last < first - 1) {
        const after = tokens[noun.last + 1];
        const v = after && after.word && !after.is("at") ? eventVerb(after.lower) : "";
        return { unit: wordsBetween(tokens, k + 2, v ? noun.last + 1 : noun.last), key: noun.key, verb: v };
      }
      return null;
    }
    if (t.lower === "toll" || t.lower === "tally") {
      const mod = tokens[k - 1]?.word && !TOLL_DETERMINERS.has(tokens[k - 1].lower) ? tokens[k - 1].lower : "";
      const death = mod === "death" || mod === "casualty" || mod === "fatality" || mod === "";
      return { unit: mod ? `${mod} ${t.lower}` : t.lower, key: death ? "death" : singular(mod), verb: death ? "kill" : "" };
    }
  }
  return null;
}

/** words between "and" and a count that shares the noun before it: "and a further 14", "and another 9" */
const FURTHER_WORDS = new Set(["further", "another", "additional", "more"]);

/**
 * The noun a bare count shares with a count coordinated before it: "38 homes destroyed and (a further) 14
 * damaged", "three passengers dead and 30 injured". The earlier count's noun must end right before its
 * participle or state word, which stands right before "and" (or a comma).
 */
function sharedNounBefore(tokens: readonly Token[], first: number): { unit: string; key: string } | null {
  let k = first - 1;
  if (tokens[k]?.word && FURTHER_WORDS.has(tokens[k].lower)) {
    k--;
    if (tokens[k]?.is("a")) k--;
  }
  if (!tokens[k] || !(tokens[k].is("and") || tokens[k].text === ",")) return null;
  const state = tokens[k - 1];
  if (!state || !state.word) return null;
  const nounLast = k - 2;
  for (let j = nounLast - 1, n = 0; j >= 0 && n < 5; j--, n++) {
    if (!tokens[j].word && tokens[j].text !== ",") return null;
    const m = readNumber(tokens, j);
    if (!m || m.last >= nounLast) continue;
    const noun = countedNounAt(tokens, m.last + 1);
    if (!noun) return null;
    if (noun.last === nounLast) return { unit: wordsBetween(tokens, noun.first, noun.last), key: noun.key };
    // "3 passengers dead": the phrase run took the state word in
    if (noun.last === k - 1 && nounLast >= noun.first && !eventVerb(tokens[nounLast].lower)) return { unit: wordsBetween(tokens, noun.first, nounLast), key: singular(tokens[nounLast].lower) };
    return null;
  }
  return null;
}

/** words before "toll" that are no modifier of it ("the toll", "its toll") */
const TOLL_DETERMINERS = new Set(["the", "a", "an", "its", "their", "this", "that", "our", "his", "her", "final", "official", "overall", "total", "new", "latest"]);

/** verbs that set an estimate at its figure: "puts the toll at 31", "placed the number of … at 200" */
const ESTIMATE_VERBS = new Set(["put", "puts", "putting", "place", "places", "placed", "placing", "estimate", "estimates", "estimated", "estimating", "set", "sets", "setting"]);

/** whether an estimating verb stands within the ten words ending at `k` (before "at" and its figure) */
function estimateVerbBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k, n = 0; j >= 0 && n < 10; j--, n++) {
    const t = tokens[j];
    if (!t.word) return false;
    if (ESTIMATE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** event verbs whose counted things go somewhere */
const MOVING_VERBS = new Set(["transfer", "evacuate", "deploy"]);
/** words between a count and "to" of its destination: "were moved to", "have been evacuated to" */
const BEFORE_DESTINATION = new Set(["were", "was", "are", "is", "have", "has", "had", "been", "being", "later", "then", "also", "all"]);

/** "to other hospitals" after a moved count: the destination's words ("other hospitals"), or "" */
function destinationAfter(view: SentenceView, k: number): string {
  const tokens = view.tokens;
  for (let n = 0; k < tokens.length && n < 5; k++, n++) {
    const t = tokens[k];
    if (!t.word) return "";
    if (t.is("to")) break;
    if (!BEFORE_DESTINATION.has(t.lower) && !eventVerb(t.lower)) return "";
  }
  if (!tokens[k]?.is("to")) return "";
  const first = tokens[k + 1];
  // "to transfer", "to be": an infinitive, not a place
  if (!first || !first.word || first.is("be") || (eventVerb(first.lower) !== "" && !endsInPluralS(first.lower))) return "";
  const dest = ofComplement(tokens, k + 1);
  return dest ? view.text.slice(tokens[dest[0]].start, tokens[dest[1]].end) : "";
}

function ofComplement(tokens: readonly Token[], at: number): [number, number] | null {
  let k = at;
  if (tokens[k]?.lower === "the") k++;
  const start = k;
  while (k < tokens.length && k - start < 5 && tokens[k].word && !COMPLEMENT_STOPS.has(tokens[k].lower)) k++;
  return k > start ? [at, k - 1] : null;
}
