/**
 * The noun phrase a number counts ("11,000 police officers and soldiers",
 * "four prison guards", "one reported fatality"), its head lemma, and the
 * event verb that says what happened to the counted things ("transferred
 * about 1,600 inmates", "four guards have been arrested", "10 people dead").
 *
 * A token scan, no tagger: words that are not function words, verbs or
 * punctuation extend the phrase; a participle or gerund only inside it
 * ("armored vehicles", "mining devices"), never as its last word.
 *
 * Not handled yet: counted nouns before the number ("prisoners, 1,600 of
 * them"), relative clauses as the event ("inmates who were moved"), and
 * nouns longer than six words.
 */
import type { Token } from "./sentenceTokens.ts";
import { PHRASE_STOP, VERB_FORMS, STATE_ADJECTIVES, eventVerb, singular } from "./newsLexicon.ts";
import { LowerWordSet, lookupWords } from "./lowerWordSet.ts";

export interface CountedNoun {
  /** token indices of the phrase, inclusive */
  first: number;
  last: number;
  /** lemma of the head noun */
  key: string;
  /** token index of the head */
  head: number;
}

const MAX_WORDS = 6;
/** the words STATE_ADJECTIVES answers for: most words after a count are ruled out before their lookup */
const STATE_WORDS = new LowerWordSet(lookupWords(STATE_ADJECTIVES));
/** verbs of being in a state that follow a count ("61 people remain unaccounted for") */
const LINKING_VERBS = new Set(["remain", "remains", "remained", "stay", "stays", "stayed", "seem", "seems", "appear", "appears"]);
/** adverb particles of phrasal verbs ("picks up", "sets off") */
const PARTICLES = new Set(["up", "out", "off", "down", "away", "over"]);
const PHRASE_LEADS = new Set(["other", "more", "additional", "further", "extra", "new", "fewer"]);
// words that may stand inside a phrase though they are function words ("police and military personnel")
const NUMBERISH = /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)$/;

const LY_NOUNS = new Set(["family", "ally", "rally", "supply", "assembly", "italy", "july", "fly", "belly", "bully", "reply", "anomaly", "monopoly", "firefly", "butterfly", "daily", "weekly", "monthly"]);

const ASCII_LOWER_WORD = /^[a-z]+$/;
/** nouns with a participle's or gerund's ending */
const VERBAL_LOOKING_NOUNS = new Set(["building", "housing", "clothing", "shooting", "bombing", "uprising", "wedding", "morning", "evening", "meeting", "hundred", "bed", "shed", "red", "spring", "string", "king", "ceiling", "offspring"]);

function nounish(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  if (PHRASE_STOP.has(t.lower) || VERB_FORMS.has(t.lower) || LINKING_VERBS.has(t.lower)) return false;
  if (NUMBERISH.test(t.lower)) return false;
  // adverbs ("reportedly", "already") end a phrase; a few nouns end in -ly too
  if (t.lower.endsWith("ly") && ASCII_LOWER_WORD.test(t.lower) && !LY_NOUNS.has(t.lower)) return false;
  return true;
}

/** participles and gerunds may modify a noun but not end the phrase */
function verbal(t: Token): boolean {
  const w = t.lower;
  return (w.endsWith("ed") || w.endsWith("ing")) && w.length > 4 && !(w.endsWith("ings") || w.endsWith("eed") || w.endsWith("ling")) && !VERBAL_LOOKING_NOUNS.has(w);
}

/** an s after another letter ("trusts", not "press") */
function endsInPluralS(w: string): boolean {
  return w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) !== 115;
}

function phraseRun(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  let last = -1;
  while (j < tokens.length && j - i < limit) {
    const t = tokens[j];
    if (!nounish(t)) break;
    last = j;
    j++;
  }
  // drop trailing participles/gerunds ("inmates living", "miners used")
  while (last >= i && verbal(tokens[last])) last--;
  // a participle after the first noun ends the phrase there ("1,600 inmates transferred to"); after a plural
  // noun any past form does ("44 trusts stopped work", "hundreds of nurses formed picket lines")
  for (let k = i + 1; k <= last; k++) {
    const prev = tokens[k - 1];
    if (tokens[k].lower.endsWith("ed") && tokens[k].lower.length > 4 && !verbal(prev) && (eventVerb(tokens[k].lower) !== "" || (endsInPluralS(prev.lower) && verbal(tokens[k])))) {
      return k - 1;
    }
  }
  return last;
}

/** the counted noun phrase starting at token i, or null when none follows */
export function countedNounAt(tokens: readonly Token[], i: number): CountedNoun | null {
  const first = i;
  // "eight other countries", "10 more bodies": the comparative belongs to the phrase
  const lead = tokens[i] && PHRASE_LEADS.has(tokens[i].lower) ? 1 : 0;
  const last0 = phraseRun(tokens, first + lead, MAX_WORDS);
  if (last0 < first + lead) return null;
  let last = last0;
  let head = last0;
  // coordination: "police officers and soldiers", "police and military personnel"
  const conj = tokens[last + 1];
  const after = tokens[last + 2];
  // "people and injuring thousands" joins clauses, not nouns
  // "villages and picks up": a word before a particle is a verb
  if (conj && (conj.lower === "and" || conj.lower === "or") && after && !(after.lower === "a" || after.lower === "an" || after.lower === "the") && !verbal(after)
    && !(tokens[last + 3] && PARTICLES.has(tokens[last + 3].lower))) {
    const more = phraseRun(tokens, last + 2, MAX_WORDS - (last - first + 1));
    if (more >= last + 2) {
      // "police and military personnel": a lone modifier before "and" shares the later head
      // a lone plural stays the head ("firefighters and rescue workers")
      const lone = tokens[last].lower;
      head = last === first + lead && !(lone.endsWith("s") && !lone.endsWith("ss")) ? more : last;
      last = more;
    }
  }
  return { first, last, head, key: singular(tokens[head].lower) };
}


const AUX = new Set(["have", "has", "had", "been", "be", "being", "were", "was", "are", "is", "already", "reportedly", "allegedly", "also", "all", "now", "still", "later", "who", "that", "which", "were", "had", "confirmed", "officially", "believed", "thought", "feared", "presumed", "said", "to", "being", "remain", "remained", "remains", "left"]);
const BACK_SKIP = new Set(["the", "its", "their", "his", "her", "our", "all", "a", "an", "another", "some", "total", "staggering", "whopping", "further", "additional", "estimated", "of", "nearly", "almost", "about", "least", "at", "than", "more", "over", "around", "approximately", "roughly", "up", "to", "as", "many", "only", "just", "reported"]);

/**
 * The event verb governing a counted phrase: looked for just before it
 * ("transferred about 1,600 inmates", "plans to transfer the 6,000") and
 * just after it ("four guards have already been arrested", "10 people dead",
 * "11,000 soldiers, supported by tanks, stormed").
 */
export function governingVerb(tokens: readonly Token[], before: number, after: number): string {
  const v = governingEventVerb(tokens, before, after);
  // having or comprising a number of things is no event ("comprises 5,000 members")
  return v === "include" ? "" : v;
}

function governingEventVerb(tokens: readonly Token[], before: number, after: number): string {
  // before: walk back over determiners/qualifiers
  for (let k = before, n = 0; k >= 0 && n < 4; k--) {
    const t = tokens[k];
    if (!t.word) break;
    const v = eventVerb(t.lower);
    if (v) return v;
    if (rescueIdiom(tokens, k, after)) return "rescue";
    if (!BACK_SKIP.has(t.lower)) break;
    n++;
  }
  // after: skip an appositive participle clause between commas ("soldiers, supported by tanks, stormed")
  let k = after;
  if (tokens[k]?.text === "," && (tokens[k + 1]?.lower ?? "").endsWith("ed")) {
    let m = k + 1;
    while (m < tokens.length && m - k < 14 && tokens[m].text !== "," && tokens[m].text !== ".") m++;
    if (tokens[m]?.text === ",") k = m + 1;
  }
  for (let n = 0; k < tokens.length && n < 5; k++, n++) {
    const t = tokens[k];
    if (!t.word) return "";
    const adj = t.mayBeIn(STATE_WORDS) ? STATE_ADJECTIVES[t.lower] : undefined;
    if (adj) return adj;
    const v = eventVerb(t.lower);
    if (v) return v;
    if (rescueIdiom(tokens, k, k + 1)) return "rescue";
    if (!AUX.has(t.lower)) return "";
  }
  return "";
}

/** verbs that mean a rescue when what they move comes out alive or out of the water or rubble */
const PULLING_VERBS = new Set(["pulled", "pull", "pulls", "pulling", "plucked", "pluck", "dragged", "drag", "hauled", "haul", "fished", "dug"]);
const RESCUE_PLACES = new Set(["water", "waters", "river", "sea", "rubble", "debris", "wreckage", "ruins", "mud", "floodwaters", "lake", "rubble"]);

/**
 * "pulled 112 people from the river alive", "were plucked from the sea", "dug 14 survivors out of the
 * rubble": a pulling verb at `k` with "alive", or "from"/"out of" a place of danger, within the next words
 * from `from` on.
 */
function rescueIdiom(tokens: readonly Token[], k: number, from: number): boolean {
  if (!PULLING_VERBS.has(tokens[k].lower)) return false;
  for (let j = Math.max(from, k + 1), n = 0; j < tokens.length && n < 10; j++, n++) {
    const t = tokens[j];
    if (!t.word) {
      if (t.text === "." || t.text === ";") return false;
      continue;
    }
    if (t.is("alive")) return true;
    // "from the river", "out of the rubble"
    const lead = tokens[j - 1]?.is("the") ? tokens[j - 2] : tokens[j - 1];
    if (RESCUE_PLACES.has(t.lower) && lead && (lead.is("from") || lead.is("of"))) return true;
  }
  return false;
}
