/**
 * Listed items: the members of an enumeration become one item claim each
 * ("a zoo, a pool, gambling rooms, a disco, a baseball field, and even a
 * restaurant"; "Sniper rifles, explosives, rocket launchers, and grenades
 * were confiscated"), with a normalised head as key ("a mini zoo" → zoo,
 * "gambling rooms" → gambling, "buckets full of bullets" → bullet) and what
 * the list is about as context ("amenity", "seize", "activity").
 *
 * A list has three members or more ("A, B and C", Oxford comma or not), or
 * two after a word that introduces things ("seized A and B", "including A
 * and B", "a zoo with A and B" inside another list). Lists of capitalised
 * names (countries, people) are left to the entity rules. Lists of past-tense
 * verb phrases ("placed bets on races, partied at a nightclub, and kept …")
 * give the object of each verb. "involved in drug trafficking" gives one
 * activity item.
 *
 * Not handled yet: lists split over sentences or bullet points, lists joined
 * by semicolons, "both A and B", "as well as" as the list's last joiner, and
 * lists of adjectives ("clean, quick and decisive action" may yield junk).
 */
import type { SentenceView, Token } from "./sentenceTokens.ts";
import type { ClaimDraft } from "./claimDraft.ts";
import { PHRASE_STOP, VERB_FORMS, NOT_NOUN_WORDS, VERB_FORM_WORDS, LIST_INTRODUCERS, MEASURE_UNITS, eventVerb, verbLemma, singular } from "./newsLexicon.ts";
import { readNumber, wordValue } from "./numberWords.ts";
import { LowerWordSet } from "./lowerWordSet.ts";
import { sortUnlessOrdered } from "./stableSort.ts";

const ARTICLES = new Set(["a", "an", "the"]);
const DETERMINERS = new Set(["a", "an", "the", "their", "its", "his", "her", "our", "some", "several", "many", "various", "numerous", "other", "two", "three", "four", "five"]);
const LEAD_ADVERBS = new LowerWordSet(["even", "also", "finally", "possibly", "then", "perhaps", "other", "more"]);
/** adjectives of size or judgement that do not change what a thing is */
const DROP_MODIFIERS = new Set(["mini", "small", "little", "large", "big", "huge", "giant", "massive", "tiny", "even", "several", "various", "numerous", "substantial", "unexpected", "many", "some", "other", "additional", "extra", "entire", "whole", "new", "makeshift", "private", "own", "illegal", "illicit", "alleged", "suspected", "various", "few", "full", "filled"]);
/** heads that only say where something happens: the modifier is the thing ("gambling rooms" → gambling) */
const GENERIC_HEADS = new Set(["room", "rooms", "venue", "venues", "area", "areas", "facility", "facilities", "hall", "halls", "den", "dens", "parlour", "parlours", "parlor", "parlors", "space", "spaces", "zone", "zones", "site", "sites"]);
/** heads that hold or count something else: the thing is after "of" ("buckets of bullets") */
const CONTAINERS = new Set(["bucket", "buckets", "cache", "caches", "box", "boxes", "bag", "bags", "pile", "piles", "stack", "stacks", "scores", "dozens", "hundreds", "thousands", "lots", "lot", "haul", "hauls", "quantity", "quantities", "amount", "amounts", "number", "kind", "kinds", "type", "types", "sort", "sorts", "piece", "pieces", "round", "rounds", "crate", "crates", "barrel", "barrels", "packet", "packets", "kilos", "tons", "tonnes", "stockpile", "stockpiles", "supply", "supplies", "bundle", "bundles", "sack", "sacks", "case", "cases", "set", "sets", "drum", "drums", "canister", "canisters", "jerrycan", "jerrycans", "bottle", "bottles", "carton", "cartons", "container", "containers", "truckload", "truckloads", "head", "tonne", "ton", "litres", "liters", "gallons"]);
const CLOSERS = new Set(["and", "or"]);
/** words between a verb and the list after it ("had also seized A, B and C") */
const AUXILIARIES_BEFORE_LIST = new Set(["also", "had", "have", "has", "was", "were"]);
/** words between a list and the passive verb after it ("A, B and C were all seized") */
const WORDS_BEFORE_PASSIVE_VERB = new Set(["were", "was", "are", "is", "been", "have", "had", "all", "also", "being"]);
/** marks that end a verb-phrase member */
const MEMBER_ENDS = new Set([",", ";", ".", ":", "!", "?"]);
const AUX_BEFORE_ING = new Set(["is", "are", "was", "were", "be", "been", "began", "begin", "begins", "started", "start", "stopped", "keep", "kept", "by", "of", "for"]);
const DASHES = new Set(["—", "–", "-"]);
const QUOTE_MARKS = new Set(["\"", "“", "”", "‘", "’", "'"]);
/** verbs after which two members make a list ("seized A and B") */
const TWO_MEMBER_VERBS = new Set(["find", "seize", "include", "destroy", "damage"]);
/**
 * Lemmas of verbs that carry, move or hand over goods ("was carrying motorcycles and food supplies", "a truck
 * loaded with rice and flour"): two members after them make a list, and they never belong to the first member.
 */
const CARRY_VERBS = [
  "carry", "transport", "ship", "load", "unload", "deliver", "smuggle", "haul", "ferry", "export", "import", "sell", "stock",
  "stockpile", "store", "stash", "hide", "supply", "distribute", "donate", "hand", "pack", "fill", "stuff", "truck",
];
/**
 * The forms of CARRY_VERBS that can only be verbs ("carrying", "loaded", "carries"; not "supplies" or
 * "stocks", which are nouns as often), checked by shape before any string is made: the list rules ask
 * about every word they walk over.
 */
const CARRY_FORMS = new LowerWordSet([
  ...CARRY_VERBS.flatMap((v) => {
    const y = v.endsWith("y") && !v.endsWith("ay");
    const e = v.endsWith("e");
    const doubled = v === "ship" ? "shipp" : v;
    return [`${e ? v.slice(0, -1) : doubled}ing`, y ? `${v.slice(0, -1)}ied` : e ? `${v}d` : `${doubled}ed`];
  }),
  "carry", "carries", "laden", "brought", "bringing", "sold", "hid", "hidden",
]);
function carryVerb(t: Token | undefined): boolean {
  return !!t && t.word && t.inSet(CARRY_FORMS);
}
/** giving carries things only with a particle ("giving out food", "gave away blankets"; not "gave evidence") */
const GIVING = new Set(["give", "gives", "giving", "gave", "given"]);
function linkedCarryVerb(t: Token | undefined): boolean {
  return carryVerb(t) || (!!t && t.word && GIVING.has(t.lower));
}
/** words that open a spelled number; compound tens ("twenty-two") are tested by wordValue after their shape passes */
const NUMBER_WORDS = new LowerWordSet([
  "a", "an", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
  "eighty", "ninety", "zero",
  ...["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].flatMap((t) => ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].map((u) => `${t}-${u}`)),
]);
/** 1 for the lower-case first letters (and digits) that can open an amount or its qualifier */
const AMOUNT_FIRST = new Uint8Array(128);
for (let c = 48; c <= 57; c++) AMOUNT_FIRST[c | 0x20] = 1;
for (const w of ["about", "around", "some", "nearly", "almost", "approximately", "roughly", "over", "more", "than", "at", "least", "up", "to", "fewer", "less", "an", "estimated", "just", "only", "another", "a", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "zero"]) AMOUNT_FIRST[w.charCodeAt(0)] = 1;
/** words between a verb of carrying and what it carries: "loaded with", "handing out", "giving away" */
const CARRY_LINKS = new Set(["with", "out", "away", "over", "off"]);
/** words between a qualifier and its number: "about 40 tonnes of", "more than 60", "at least a dozen" */
const AMOUNT_QUALIFIERS = new LowerWordSet(["about", "around", "some", "nearly", "almost", "approximately", "roughly", "over", "more", "than", "at", "least", "up", "to", "fewer", "less", "an", "estimated", "just", "only", "another"]);
/** nouns that end in -ly like an adverb */
const LY_NOUNS = new Set(["family", "supply", "assembly", "rally", "ally"]);
const ASCII_LOWER_WORD = /^[a-z]+$/;
const STARTS_UPPER = /^\p{Lu}/u;
const ACTIVITY_LEAD = new LowerWordSet(["involved", "involvement", "engaged", "engages", "engage", "implicated", "specialises", "specializes", "specialising", "specializing", "specialised", "specialized", "participated", "participating", "role", "roles"]);

interface Member {
  first: number;
  last: number;
  /** token index of the verb for a verb-phrase member */
  verb?: number;
}

function isWord(t: Token | undefined): boolean {
  return !!t && t.word;
}

/** a word that can be part of a noun phrase (no function words, no verb forms) */
function nounWord(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  // (most words pass both tests below without their lower case being made)
  if (t.mayBeIn(NOT_NOUN_WORDS) && (PHRASE_STOP.has(t.lower) || VERB_FORMS.has(t.lower))) return false;
  if (t.endsWith("ly") && ASCII_LOWER_WORD.test(t.lower) && !LY_NOUNS.has(t.lower)) return false;
  return true;
}

function pastVerb(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  return t.inSet(VERB_FORM_WORDS) || (t.endsWith("ed") && t.lower.length > 4 && ASCII_LOWER_WORD.test(t.lower));
}

/** a lead adverb that does not belong to a member ("even a restaurant"; "other" does) */
function leadAdverb(t: Token | undefined): boolean {
  return !!t && t.inSet(LEAD_ADVERBS) && !t.is("other");
}

/** a noun phrase can't end in a participle or be a lone verb form */
function badHead(t: Token): boolean {
  return t.endsWith("ed") && t.lower.length > 4 && !t.endsWith("eed");
}

/** a member that ends in a number is a figure, not a thing ("children, aged four and seven") */
function numberHead(t: Token): boolean {
  const c = t.src.charCodeAt(t.start);
  return (c >= 48 && c <= 57) || (t.mayBeIn(NUMBER_WORDS) && wordValue(t.lower) !== null);
}

/** whether a token may open a number (a digit, a number word, "a dozen"), ruled out by its shape before any string is made */
function mayOpenNumber(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  const c = t.src.charCodeAt(t.start);
  return (c >= 48 && c <= 57) || t.mayBeIn(NUMBER_WORDS);
}

/**
 * The token after an amount that opens a member ("about 40 tonnes of cement" → cement, "20 pistols" →
 * pistols, "a dozen head of cattle" → cattle), or i when the member does not open with a number.
 */
function afterAmount(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  // most members open with a word no amount opens with: one look at its first letter
  if (!t || !t.word || AMOUNT_FIRST[t.src.charCodeAt(t.start) | 0x20] !== 1) return i;
  let k = i;
  while (k < i + 3 && tokens[k] && tokens[k].word && tokens[k].inSet(AMOUNT_QUALIFIERS)) k++;
  if (!mayOpenNumber(tokens[k])) return i;
  const n = readNumber(tokens, k);
  if (!n) return i;
  k = n.last + 1;
  // a measure or container before "of" says how much, the thing comes after it
  if (tokens[k + 1]?.is("of") && tokens[k].word && (CONTAINERS.has(tokens[k].lower) || tokens[k].lower in MEASURE_UNITS)) k += 2;
  return nounWord(tokens[k]) ? k : i;
}

/** NP read forward from i: [determiner] words [of|with NP]; returns last index or -1 */
function phraseForward(tokens: readonly Token[], i: number, allowOf: boolean): number {
  let k = i;
  if (tokens[k] && DETERMINERS.has(tokens[k].lower)) k++;
  const start = k;
  while (k < tokens.length && k - start < 6 && (nounWord(tokens[k]) || (tokens[k].is("of") && allowOf && k > start && CONTAINERS.has(tokens[k - 1].lower)))) {
    if (tokens[k].is("of") && !nounWord(tokens[k + 1])) break;
    k++;
  }
  let last = k - 1;
  while (last >= start && badHead(tokens[last])) last--;
  return last >= start ? last : -1;
}

/** a whole comma chunk [a, b] that reads as one noun phrase ("substantial caches of machine gun ammunition belts") */
function chunkIsPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  if (b < a || b - a > 8) return false;
  let k = a;
  while (k <= b && leadAdverb(tokens[k])) k++;
  k = afterAmount(tokens, k);
  if (k <= b && DETERMINERS.has(tokens[k].lower)) k++;
  // "carrying rice": a verb before the thing; "smuggling" alone is the thing
  if (k > b || (k < b && carryVerb(tokens[k]))) return false;
  for (let j = k; j <= b; j++) {
    const t = tokens[j];
    if (nounWord(t)) continue;
    if (t.is("of") && j > k && j < b && nounWord(tokens[j + 1])) continue;
    if (DASHES.has(t.text) && j > k && j < b) continue;
    return false;
  }
  // "bottled water" is a thing; a lone participle is not
  return !badHead(tokens[b]) && !(pastVerb(tokens[k]) && k === b);
}

/** start of a chunk: the token after the previous comma (or list boundary) */
function chunkStart(tokens: readonly Token[], end: number): number {
  let k = end;
  while (k >= 0 && !isChunkBreak(tokens[k])) k--;
  return k + 1;
}

/** "," ";" ":" or "(", read by character code (the walk back passes many words that never need their text) */
function isChunkBreak(t: Token): boolean {
  if (t.end - t.start !== 1) return false;
  const c = t.src.charCodeAt(t.start);
  return c === 44 || c === 59 || c === 58 || c === 40;
}

/** the head phrase of the first member, read backward from its last token */
function firstMemberBackward(tokens: readonly Token[], last: number): number {
  let k = last;
  while (k >= 0 && k > last - 6 && nounWord(tokens[k]) && !pastVerb(tokens[k]) && !LIST_INTRODUCERS.has(tokens[k].lower) && !(eventVerb(tokens[k].lower) && !tokens[k].lower.endsWith("s")) && !(k < last && carryVerb(tokens[k]))) k--;
  // "observed removing motorcycles": an -ing word after a verb is a verb, not a modifier ("gambling venues")
  if (k + 1 < last && tokens[k + 1].lower.endsWith("ing") && tokens[k + 1].lower.length > 4 && (k < 0 || pastVerb(tokens[k]) || AUX_BEFORE_ING.has(tokens[k].lower))) k++;
  if (k >= 0 && DETERMINERS.has(tokens[k].lower)) return k;
  return k + 1;
}

/** end of the last member's noun phrase, starting after the joiner */
function lastMemberForward(tokens: readonly Token[], i: number): { first: number; last: number } | null {
  let k = i;
  while (k < tokens.length && leadAdverb(tokens[k])) k++;
  k = afterAmount(tokens, k);
  const first = k;
  let last = phraseForward(tokens, k, true);
  if (last < 0) return null;
  // "and an unexpected find—Bitcoin mining machines": the words after the dash name the thing
  if (tokens[last + 1] && (tokens[last + 1].text === "—" || tokens[last + 1].text === "–")) {
    const after = phraseForward(tokens, last + 2, true);
    if (after >= 0) return { first: last + 2, last: after };
  }
  return { first, last };
}

function capitalisedHead(tokens: readonly Token[], m: Member): boolean {
  const t = tokens[m.last];
  return STARTS_UPPER.test(t.text) && m.last > 0;
}

/** key of an item: its head noun phrase without articles and size words, singular, lower case */
export function itemKey(tokens: readonly Token[], first: number, last: number): string {
  const words: Token[] = [];
  for (let k = first; k <= last; k++) if (tokens[k].word) words.push(tokens[k]);
  // containers: the thing is after "of"/"with" ("buckets full of bullets", "scores of missiles")
  let lo = 0;
  let hi = words.length;
  let ofAt = -1;
  for (let k = 0; k < words.length; k++) {
    if (words[k].is("of") || words[k].is("with")) {
      ofAt = k;
      break;
    }
  }
  if (ofAt > 0) {
    let container = false;
    for (let k = ofAt - 1; k >= 0; k--) {
      if (DROP_MODIFIERS.has(words[k].lower)) continue;
      container = CONTAINERS.has(words[k].lower);
      break;
    }
    if (container) lo = ofAt + 1;
    else hi = ofAt;
  }
  // the words without determiners, size words and possessives, or all of them when none is left
  const names: string[] = [];
  for (let k = lo; k < hi; k++) if (isKeyWord(words[k].lower)) names.push(words[k].lower);
  if (names.length === 0) for (let k = lo; k < hi; k++) names.push(words[k].lower);
  if (names.length === 0) return "";
  if (names.length > 1 && GENERIC_HEADS.has(names[names.length - 1])) names.pop();
  names[names.length - 1] = singular(names[names.length - 1]);
  return names.join(" ");
}

function isKeyWord(lower: string): boolean {
  return !DETERMINERS.has(lower) && !DROP_MODIFIERS.has(lower) && !endsPossessive(lower);
}

/** ends in ' or ’, with or without s ("workers'", "army's") */
function endsPossessive(lower: string): boolean {
  const n = lower.length;
  let c = lower.charCodeAt(n - 1);
  if (c === 115 && n > 1) c = lower.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** head of a verb phrase's object: "partied at the “Tokyo” nightclub" → nightclub */
function objectKey(tokens: readonly Token[], verb: number, last: number): string {
  let k = verb + 1;
  while (k <= last && (!nounWord(tokens[k]) || QUOTE_MARKS.has(tokens[k].text))) k++;
  let end = k;
  while (end + 1 <= last && (nounWord(tokens[end + 1]) || QUOTE_MARKS.has(tokens[end + 1].text))) end++;
  if (k > last) return verbLemma(tokens[verb].lower);
  // a name inside the object ("the “Tokyo” nightclub") is not what kind of thing it is
  const plain = tokens.slice(k, end + 1).filter((t) => t.word && !STARTS_UPPER.test(t.text));
  const head = plain.length ? plain[plain.length - 1] : tokens[end];
  const at = tokens.indexOf(head);
  let from = at;
  while (from - 1 >= k && tokens[from - 1].word && !STARTS_UPPER.test(tokens[from - 1].text) && nounWord(tokens[from - 1])) from--;
  return itemKey(tokens, from, at);
}

/** what a list is about: the noun before "including", the verb before or after the list, or the nearest word */
function listContext(tokens: readonly Token[], first: number, last: number): string {
  let k = first - 1;
  if (k >= 0 && tokens[k].lower === "as" && tokens[k - 1]?.lower === "such") k -= 1;
  const intro = tokens[k];
  if (intro && (LIST_INTRODUCERS.has(intro.lower) || intro.lower === "such")) {
    let n = k - 1;
    if (tokens[n]?.text === ",") n--;
    if (isWord(tokens[n]) && nounWord(tokens[n]) && tokens[n].lower.endsWith("s")) return singular(tokens[n].lower);
    return verbLemma(intro.lower) === "including" ? "include" : eventVerb(intro.lower) || "include";
  }
  // "loaded with rice and flour", "handing out tarpaulins and hygiene kits"
  if (intro && CARRY_LINKS.has(intro.lower) && linkedCarryVerb(tokens[k - 1])) return verbLemma(tokens[k - 1].lower);
  // a verb just before: "confiscated marijuana, …", "finding a nightclub, …"
  for (let n = k, steps = 0; n >= 0 && steps < 3; n--, steps++) {
    const t = tokens[n];
    if (!isWord(t)) break;
    const v = eventVerb(t.lower);
    if (v) return v;
    if (pastVerb(t) || t.lower.endsWith("ing")) return verbLemma(t.lower);
    if (!DETERMINERS.has(t.lower) && !AUXILIARIES_BEFORE_LIST.has(t.lower)) break;
  }
  // a passive verb after: "Sniper rifles, …, and grenades were confiscated"
  for (let n = last + 1, steps = 0; n < tokens.length && steps < 4; n++, steps++) {
    const t = tokens[n];
    if (!isWord(t)) { if (t.text === ",") break; continue; }
    if (WORDS_BEFORE_PASSIVE_VERB.has(t.lower)) continue;
    const v = eventVerb(t.lower);
    if (v) return v;
    if (pastVerb(t)) return verbLemma(t.lower);
    break;
  }
  // "access to a pool, …", "a haul of guns, …", "complete with a bank, …"
  for (let n = k; n >= 0 && n > k - 3; n--) {
    const t = tokens[n];
    if (!isWord(t)) break;
    if (t.lower === "well" && tokens[n - 1]?.lower === "as") return "";
    if (!PHRASE_STOP.has(t.lower)) return pastVerb(t) ? verbLemma(t.lower) : singular(t.lower);
  }
  return "";
}

/**
 * The next "and"/"or" from token `c` on that has a token after it, or -1. The scan over every token is a
 * small function of its own, so V8 optimises it early in a run instead of with the list reading around it.
 */
function nextConjunction(tokens: readonly Token[], c: number): number {
  for (; c < tokens.length - 1; c++) if (tokens[c].is("and") || tokens[c].is("or")) return c;
  return -1;
}

/** the next token from `i` on that stands before "in" ("involved in"), with a token after the "in", or -1 */
function nextBeforeIn(tokens: readonly Token[], i: number): number {
  for (; i < tokens.length - 2; i++) if (tokens[i + 1].is("in")) return i;
  return -1;
}

export function listItems(view: SentenceView): ClaimDraft[] {
  const tokens = view.tokens;
  if (tokens.length < 3) return [];
  const out: ClaimDraft[] = [];
  let usedUntil = -1;
  const sink: ItemSink = { tokens, out, emittedEnds: null };
  for (let c = nextConjunction(tokens, 1); c >= 0; c = nextConjunction(tokens, c + 1)) {
    if (c <= usedUntil) continue;
    const members: Member[] = [];
    let verbList = false;
    const lastNp = lastMemberForward(tokens, c + 1);
    // "and armored vehicles" names things; "and burned two cars" says what was done
    const adjectival = !!lastNp && lastNp.last > lastNp.first && !VERB_FORMS.has(tokens[lastNp.first].lower) && !DETERMINERS.has(tokens[lastNp.first + 1].lower);
    if (lastNp && (!pastVerb(tokens[lastNp.first]) || adjectival)) {
      members.push({ first: lastNp.first, last: lastNp.last });
    } else if (pastVerb(tokens[c + 1])) {
      // verb-phrase member: to the end of the chunk
      let e = c + 1;
      while (e + 1 < tokens.length && !MEMBER_ENDS.has(tokens[e + 1].text) && e - c < 10) e++;
      members.push({ first: c + 1, last: e, verb: c + 1 });
      verbList = true;
    } else continue;
    // walk back over comma chunks
    let end = tokens[c - 1].text === "," ? c - 2 : c - 1;
    let firstReached = false;
    while (end >= 0) {
      const start = chunkStart(tokens, end);
      if (verbList) {
        if (pastVerb(tokens[start]) && end - start <= 10 && tokens[start - 1]?.text === ",") {
          members.unshift({ first: start, last: end, verb: start });
        } else {
          // first member: from its last past-tense verb
          let v = end;
          while (v >= start && !pastVerb(tokens[v])) v--;
          if (v >= start && end - v <= 10) members.unshift({ first: v, last: end, verb: v });
          firstReached = true;
          break;
        }
      } else if (tokens[start - 1]?.text === "," && chunkIsPhrase(tokens, start, end)) {
        let s = start;
        while (leadAdverb(tokens[s])) s++;
        members.unshift({ first: afterAmount(tokens, s), last: end });
      } else {
        const f = afterAmount(tokens, firstMemberBackward(tokens, end));
        if (f <= end && !badHead(tokens[end]) && !(ARTICLES.has(tokens[f].lower) && f === end)) members.unshift({ first: f, last: end });
        firstReached = true;
        break;
      }
      end = start - 2;
      if (end < 0 || tokens[end + 1]?.text !== ",") break;
    }
    if (!firstReached && members.length < 3) continue;
    const firstM = members[0];
    let context = "";
    let accept = members.length >= 3;
    if (members.length === 2 && !verbList) {
      const before = tokens[firstM.first - 1];
      const intro = before && (LIST_INTRODUCERS.has(before.lower) || TWO_MEMBER_VERBS.has(eventVerb(before.lower)) || (before.lower === "as" && tokens[firstM.first - 2]?.lower === "such") ||
        carryVerb(before) || (CARRY_LINKS.has(before.lower) && linkedCarryVerb(tokens[firstM.first - 2])));
      const emitted = sink.emittedEnds;
      const nested = before && before.lower === "with" && emitted !== null && emitted.has(firstM.first - 2);
      if (nested) context = emitted.get(firstM.first - 2)!;
      accept = !!(intro || nested);
    }
    if (!accept) continue;
    // names (countries, people) are entities, not items
    const capitals = members.filter((m) => capitalisedHead(tokens, m) && !(m.first === 0)).length;
    if (capitals * 2 > members.length) continue;
    if (!verbList && members.some((m) => badHead(tokens[m.last]) || numberHead(tokens[m.last]))) continue;
    // "supported by tanks and armored vehicles": passive participle clauses are not things done
    if (verbList && members.some((m) => m.verb !== undefined && tokens[m.verb + 1]?.lower === "by")) continue;
    const lastM = members[members.length - 1];
    if (!context) context = verbList ? "activity" : listContext(tokens, firstM.first, lastM.last);
    for (const m of members) {
      const key = m.verb !== undefined ? objectKey(tokens, m.verb, m.last) : itemKey(tokens, m.first, m.last);
      emit(sink, m.first, m.last, key, context);
    }
    usedUntil = lastM.last;
  }
  activityItems(tokens, usedUntil, sink, out);
  sortUnlessOrdered(out, byStart);
  return out;
}

function byStart(a: ClaimDraft, b: ClaimDraft): number {
  return a.start - b.start;
}

/** where a sentence's items go; a plain function rather than a closure per sentence (tsx wraps named closures at every creation) */
interface ItemSink {
  tokens: readonly Token[];
  out: ClaimDraft[];
  /** items already emitted, by their last token, for nested "a zoo with A and B" (made with the first item) */
  emittedEnds: Map<number, string> | null;
}

function emit(sink: ItemSink, first: number, last: number, key: string, context: string): void {
  if (!key) return;
  sink.out.push({
    kind: "item", start: sink.tokens[first].start, end: sink.tokens[last].end,
    value: null, valueMin: null, valueMax: null, unit: "", qualifier: "", verb: "", key, context,
  });
  (sink.emittedEnds ??= new Map()).set(last, key);
}

/** "involved in migrant smuggling", "a role in drug trafficking": one activity, outside any list */
function activityItems(tokens: readonly Token[], _usedUntil: number, sink: ItemSink, out: ClaimDraft[]): void {
  for (let i = nextBeforeIn(tokens, 0); i >= 0; i = nextBeforeIn(tokens, i + 1)) {
    if (!tokens[i].inSet(ACTIVITY_LEAD)) continue;
    const first = i + 2;
    const t = tokens[first];
    if (!nounWord(t) || STARTS_UPPER.test(t.text)) continue;
    const last = phraseForward(tokens, first, false);
    if (last < first) continue;
    const head = tokens[last].lower;
    if (!(head.endsWith("ing") || head.endsWith("s")) || head.endsWith("ss") || head.endsWith("sis") || head.endsWith("us")) continue;
    if (covers(out, tokens[first].start)) continue;
    // a list after "involved in" is read as a list
    if (CLOSERS.has(tokens[last + 1]?.lower ?? "") || tokens[last + 1]?.text === ",") {
      if (CLOSERS.has(tokens[last + 1]?.lower ?? "")) continue;
    }
    emit(sink, first, last, itemKey(tokens, first, last), "activity");
  }
}

// a plain loop: a closure over the loop's variables would make V8 allocate a scope for every token
function covers(drafts: readonly ClaimDraft[], pos: number): boolean {
  for (const d of drafts) if (d.start <= pos && d.end >= pos) return true;
  return false;
}
