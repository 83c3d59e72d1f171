/**
 * Named people, organisations and places: runs of capitalised words joined by
 * name particles ("Tren de Aragua"), "of" after an institution word ("Ministry
 * of Health") or "and" inside a title ("Interior and Justice Minister"). A
 * title before a person's name is split off; declared aliases ("X, whose name
 * translates as "Y"", "X (XYZ)", "X, formerly known as Y") are kept. The kind
 * of each name is voted over all its mentions in the article from the words
 * around it (see entityCues.ts), so "the X gang" types X everywhere.
 *
 * Headings and titles are title-cased, so there only names already found in
 * the body are marked.
 *
 * Not handled yet: names in lower case or all capitals in running text,
 * lower-case particles opening a name mid-sentence ("de Gaulle"), a title
 * followed by "of" and a one-word complement before a three-word name, nested
 * organisations ("Harvard's Kennedy School" gives two names), person/place
 * ambiguity of single words ("Jordan"), cities without a cue.
 */
import type { Source } from "../ingest/schema.ts";
import type { Sentence } from "../segment/schema.ts";
import type { EntityType, Mention } from "./schema.ts";
import { UnitOffsets } from "./unitOffsets.ts";
import { englishWordParticles, nameParticles, ofHeads, ofWords } from "./nameJoiners.ts";
import { sourceTokens, type SentenceTokens, type Tok } from "./nameTokens.ts";
import { courtesyTitles, personRoles, suffixTitles, titleHeads, titlesTakingOf } from "./personTitles.ts";
import {
  facilityHeads, orgHeads, orgNounsAfter, orgNounsBefore, placeNounsAfter, placeNounsBeforeOf, placePrepositions,
} from "./entityCues.ts";
import { demonyms, knownPlaces } from "./geography.ts";
import { calendarWords, commonStarters, functionWords } from "./sentenceStarters.ts";
import { reportingVerbLemma } from "./reportingVerbs.ts";
import { LowerWordSet } from "./lowerWordSet.ts";
import { sortUnlessOrdered } from "./stableSort.ts";

/** the same words as calendarWords / functionWords, asked about every capitalised token without lower-casing most of them */
const CALENDAR_WORDS = new LowerWordSet(calendarWords);
const FUNCTION_WORDS = new LowerWordSet(functionWords);


const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
/** marks after which a word starts a sentence-like unit (its capital says nothing) */
const OPENERS = new Set(["“", "\"", "‘", "'", ":", "—", "–", "-", "•", "*", "…"]);

/** an alias declared after a name: "X, whose name translates from Spanish as "Y"", "X, formerly known as Y" */
const ALIAS_AFTER =
  /^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*,?\s*(?:whose name (?:translates|means|is translated)(?: from [\p{L}]+)?(?: as| to)?|which (?:translates|means)(?: as| to)?|(?:also |formerly |better |commonly |locally |previously |widely )?known as|meaning|aka|a\.k\.a\.)\s+(?:["“]([^"”]{1,80}?)[,.]?["”]|(\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*|of|de|del|la|the|for|and)){0,6}))/u;
/**
 * Words of which ALIAS_AFTER needs one (its alternatives contain "whose name", "which", "known as", "meaning",
 * "aka" or "a.k.a."): one quick scan rules out most tails before that pattern tries its words at the start.
 */
const ALIAS_CUE = /whose|which|known|meaning|aka|a\.k\.a\./;
/** a bracketed alias right after a name: "the U.S. Geological Survey (USGS)", "FANB [National ... Forces]" */
const ALIAS_BRACKET = /^\s*[(\[]\s*([^()\[\]]{1,80}?)\s*[)\]]/u;
const ALIAS_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}.&-]{1,11}$/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const HAS_UPPER = /\p{Lu}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const OPENING_BRACKET_ONLY = /^\s*[(\[]\s*$/;
const CLOSING_BRACKET_NEXT = /^\s*[)\]]/;
const ALIAS_TAIL_JOINERS = /(?:\s+(?:of|de|del|la|the|for|and))+$/u;
/** a joining word inside a name ("Ministry of Health", "Doctors for Peace"): not a person's name */
const INNER_JOINER = /\s(?:of|for|on|de|del|da|di|la|le|el|al|&)\s/;

interface Candidate {
  sentence: Sentence;
  /** UTF-16 offset of the sentence in the source */
  base: number;
  /** sentence-local UTF-16 offsets of the mention text (title included) and of the bare name */
  textS: number;
  textE: number;
  nameS: number;
  name: string;
  title: string;
  nameTokens: string[];
  /** the first word opens the sentence, so its capital is no evidence of a name */
  initial: boolean;
  alias: string;
  person: number;
  org: number;
  place: number;
  /** a title or a known-place match makes the kind certain */
  fixed: EntityType | "";
}

/** Named people, organisations and places in the source's sentences. */
export function findMentions(source: Source, sentences: readonly Sentence[]): Mention[] {
  if (source.language !== "en" || source.duplicateOf !== "") return [];
  const { offsets, sentences: tokenized, usesLowerCase } = sourceTokens(source, sentences);
  const candidates: Candidate[] = [];
  for (const st of tokenized) {
    if (st.sentence.kind !== "body") continue;
    collectCandidates(st.sentence, st.base, st.text, st.toks, usesLowerCase, candidates);
  }

  // a lone capitalised word opening a sentence counts only when the article also uses it as a name elsewhere
  const nameWords = new Set<string>();
  for (const c of candidates) if (!c.initial || c.nameTokens.length > 1 || c.title !== "") for (const t of c.nameTokens) nameWords.add(t);
  const kept = candidates.filter(
    (c) => !c.initial || c.nameTokens.length > 1 || c.title !== "" || nameWords.has(c.name) || knownPlaces.has(c.name)
      || c.person >= 2 || c.org >= 2 || c.place >= 2,
  );

  const types = decideTypes(kept);
  const mentions: Mention[] = kept.map((c) => toMention(source, offsets, c, types.get(c.name) ?? "other"));
  mentions.push(...headingMentions(source, offsets, tokenized, kept, types));
  return sortUnlessOrdered(mentions, outerFirst);
}

/** by start, the longer of two mentions at one start first */
function outerFirst(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}


function isNameTok(toks: Tok[], i: number): boolean {
  return i < toks.length && toks[i].cap;
}

/** officeholders whose possessive opens an institution's name ("Sheriff's Office", "Coroner's Court") */
const OFFICE_POSSESSORS = new Set([
  "Coroner", "Examiner", "Auditor", "Comptroller", "Treasurer", "Clerk", "Assessor", "Controller", "Solicitor", "Recorder",
  "Marshal", "Marshal's",
]);

/**
 * How many tokens after `b` lead, through a possessive, to the next word of the same name (0 when none):
 * "Sheriff's Office" (an officeholder's institution) and "Workers' Union" (a plural possessive before an
 * institution word). "Venezuela's Interior Ministry" stays two names: only officeholders and plurals join.
 */
function possessiveLength(toks: Tok[], b: number): number {
  const t = toks[b];
  if (t.poss) {
    const next = toks[b + 1];
    if (next?.cap && orgHeads.has(next.t) && (titleHeads.has(t.t) || OFFICE_POSSESSORS.has(t.t))) return 1;
    return 0;
  }
  const mark = toks[b + 1];
  const next = toks[b + 2];
  if (!mark || !next || mark.word || mark.s !== t.e || (mark.t !== "'" && mark.t !== "’")) return 0;
  if (t.e - t.s < 3 || t.t.charCodeAt(t.e - t.s - 1) !== 115 || next.s !== mark.e + 1) return 0;
  return next.cap && (orgHeads.has(next.t) || facilityHeads.has(next.t)) ? 2 : 0;
}

/**
 * Government portfolios that close a department's name after "and" ("Department of Health and Social
 * Care", "Ministry of Trade and Industry", "Centers for Disease Control and Prevention").
 */
const PORTFOLIO_ENDS = new Set([
  "Care", "Services", "Affairs", "Industry", "Trade", "Justice", "Security", "Development", "Welfare", "Prevention",
  "Protection", "Planning", "Tourism", "Culture", "Sport", "Sports", "Technology", "Innovation", "Science", "Education",
  "Training", "Employment", "Labour", "Labor", "Pensions", "Transport", "Infrastructure", "Housing", "Communities",
  "Government", "Environment", "Fisheries", "Forestry", "Agriculture", "Energy", "Resources", "Mines", "Finance",
  "Economy", "Investment", "Commerce", "Health", "Defence", "Defense", "Information", "Communications", "Media",
  "Immigration", "Citizenship", "Enforcement", "Response", "Management", "Relief", "Rescue", "Research", "Statistics",
  "Standards", "Safety", "Youth", "Family", "Families", "Equality", "Equalities", "Heritage", "Arts", "Works",
  "Utilities", "Water", "Sanitation", "Conservation", "Parks", "Wildlife", "Explosives", "Firearms", "Customs",
]);

/** `a..b` already holds "<institution> of/for": an "and" there continues the complement ("Department of Health and ...") */
function insideOfComplement(toks: Tok[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (ofWords.has(toks[k].t) && ofHeads.has(toks[k - 1].t)) return true;
  return false;
}

/** how many lower-case tokens after `b` join it to a following capitalised word (0 when none) */
function joinerLength(toks: Tok[], b: number, a = b): number {
  const next = toks[b + 1];
  // every joiner is a short word; most tokens after a name are not
  if (!next || toks[b].poss || next.cap || next.e - next.s > 5) return 0;
  if (nameParticles.has(next.t)) {
    if (englishWordParticles.has(next.t) && (toks[b].inSet(FUNCTION_WORDS) || demonyms.has(toks[b].t) || toks[b + 2]?.inSet(FUNCTION_WORDS))) return 0;
    if (isNameTok(toks, b + 2)) return 1;
    if (toks[b + 2] && nameParticles.has(toks[b + 2].t) && isNameTok(toks, b + 3)) return 2;
    return 0;
  }
  if (ofWords.has(next.t) && ofHeads.has(toks[b].t)) {
    if (isNameTok(toks, b + 2) && !toks[b + 2].inSet(CALENDAR_WORDS)) return 1;
    if (toks[b + 2]?.t === "the" && isNameTok(toks, b + 3)) return 2;
    return 0;
  }
  if (next.t === "&" && isNameTok(toks, b + 2)) return 1;
  if (next.t === "and" && isNameTok(toks, b + 2) && !orgHeads.has(toks[b].t) && !titleHeads.has(toks[b].t)) {
    // "Interior and Justice Minister", "Health and Human Services": the words after "and" end in a title or an institution
    // inside "Department of ...", the name already has its head: only a portfolio continues it, and a
    // title or institution after "and" is another name ("the Ministry of Health and Red Crescent teams")
    const complement = insideOfComplement(toks, a, b);
    let k = b + 2;
    if (courtesyTitles.has(toks[k].t)) return 0;
    for (;;) {
      if (titleHeads.has(toks[k].t) || orgHeads.has(toks[k].t) && !(complement && PORTFOLIO_ENDS.has(toks[k].t))) return complement ? 0 : 1;
      if (isNameTok(toks, k + 1) && !toks[k].poss) k++;
      else {
        const p = possessiveLength(toks, k);
        if (p === 0) break;
        k += p;
      }
    }
    // a portfolio after "and" inside "Department of ...": up to three capitalised words ending the name
    const last = toks[k];
    if (k - (b + 2) < 3 && !last.poss && PORTFOLIO_ENDS.has(last.t) && complement && !ACRONYM.test(toks[b + 2].t)) return 1;
  }
  return 0;
}

function isInitialAt(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (toks[k].word) return false;
    if (OPENERS.has(toks[k].t)) return true;
  }
  return true;
}

function collectCandidates(
  sentence: Sentence, base: number, sText: string, toks: Tok[], usesLowerCase: (lower: string) => boolean, out: Candidate[],
): void {
  let suppressUntil = -1;
  for (let i = nextNameStart(toks, 0); i < toks.length; ) {
    let b = i;
    for (;;) {
      const p = possessiveLength(toks, b);
      if (p > 0) {
        b += p;
        continue;
      }
      if (toks[b].poss) break;
      if (isNameTok(toks, b + 1) && !toks[b + 1].inSet(CALENDAR_WORDS)) {
        b++;
        continue;
      }
      const j = joinerLength(toks, b, i);
      if (j === 0) break;
      b += j + 1;
    }
    const next = b + 1;
    if (toks[i].s >= suppressUntil) {
      const c = makeCandidate(sentence, base, sText, toks, i, b, usesLowerCase);
      if (c) {
        const aliasEnd = findAlias(c, sText, out);
        if (aliasEnd > 0) suppressUntil = aliasEnd;
        out.push(c);
      }
    }
    i = nextNameStart(toks, next);
  }
}

/**
 * The next token from `i` on that can open a name (capitalised, not a date word unless possessive), or the
 * token count. A small function of its own: it runs over every token, so V8 optimises it early in a run.
 */
function nextNameStart(toks: Tok[], i: number): number {
  while (i < toks.length && (!toks[i].cap || toks[i].inSet(CALENDAR_WORDS) && !toks[i].poss)) i++;
  return i;
}

/** the first token from `a` that can open a name (not a particle, function word or date word) */
function skipJoiners(toks: Tok[], a: number, b: number): number {
  while (a <= b && (!toks[a].cap || (toks[a].inSet(FUNCTION_WORDS) && !isAbbreviation(toks[a].t)) || toks[a].inSet(CALENDAR_WORDS))) a++;
  return a;
}

/** "US", "UK", "IT" in capitals are abbreviations, not the function words "us", "it" */
function isAbbreviation(t: string): boolean {
  return t.length >= 2 && ALL_UPPER.test(t);
}

/** company legal forms that end a name ("Ltd.", "GmbH", "Ltda.") */
const LEGAL_FORMS = new Set([
  "Inc", "Inc.", "Corp", "Corp.", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "S.A.", "GmbH", "Ltda", "Ltda.", "SpA",
  "S.p.A.", "SRL", "SARL", "BV", "B.V.", "NV", "N.V.", "LLP", "Pty", "Bhd", "Tbk", "Pvt", "ASA", "KG",
]);

/** "Saint" in the major languages, opening most places named after a saint */
const SAINT_PREFIXES = new Set(["São", "Sao", "San", "Santa", "Santo", "Santos", "Saint", "Sainte", "St.", "St", "Ste.", "Sankt", "Sint"]);

/** compass and position words that belong to a region's name when capitalised ("Central Sulawesi", "Western Cape") */
const DIRECTION_WORDS = new Set(["Central", "Northern", "Southern", "Eastern", "Western"]);

function makeCandidate(
  sentence: Sentence, base: number, sText: string, toks: Tok[], first: number, last: number, usesLowerCase: (lower: string) => boolean,
): Candidate | null {
  let a = skipJoiners(toks, first, last);
  let b = last;
  if (a > b) return null;
  const initial = isInitialAt(toks, a);
  let roleBefore = false;
  if (initial && a < b && personRoles.has(toks[a].lower) && !titleHeads.has(toks[a].t)) {
    // "Witness Ana Lima told AFP": a role word capitalised only because it opens the sentence
    a = skipJoiners(toks, a + 1, b);
    roleBefore = true;
  } else if (initial) {
    const w = toks[a].lower;
    if (commonStarters.has(w) || usesLowerCase(w)) {
      // "Police Chief Ana Ruiz", "Interior Minister X": a common word may still open a title or an institution's name
      let modifier = false;
      for (let k = a + 1; k <= b; k++) if (titleHeads.has(toks[k].t) || orgHeads.has(toks[k].t)) modifier = true;
      if (!modifier) a = skipJoiners(toks, a + 1, b);
    }
  }
  while (b >= a && !toks[b].cap) b--;
  if (a > b) return null;
  // "Venezuelan", "Latin American": adjectives, not names
  if (demonyms.has(toks[b].t)) return null;
  let d = a;
  while (d < b && demonyms.has(toks[d].t) && !DIRECTION_WORDS.has(toks[d].t)) d++;

  // a title: the last title word followed only by name words
  let titleS = -1;
  let nameS = d;
  for (let h = b - 1; h >= d; h--) {
    if (!titleHeads.has(toks[h].t)) continue;
    let ns = h + 1;
    if (ofWords.has(toks[ns].t)) {
      if (!titlesTakingOf.has(toks[h].t)) continue;
      let k = ns + 1;
      if (toks[k]?.t === "the") k++;
      const rest = b - k + 1;
      if (rest >= 3) ns = b - 1;
      else if (rest === 2) ns = b;
      else continue;
    }
    let plain = true;
    for (let k = ns; k <= b; k++) if (orgHeads.has(toks[k].t) || facilityHeads.has(toks[k].t) || titleHeads.has(toks[k].t)) plain = false;
    if (!plain || !toks[ns].cap) continue;
    titleS = d;
    nameS = ns;
    break;
  }
  if (titleS < 0) {
    // a bare title ("the Prime Minister", "President") names nobody
    if (titleHeads.has(toks[b].t) && !orgHeads.has(toks[b].t) && !(b > d && suffixTitles.has(toks[b].t))) return null;
    let institution = false;
    for (let k = d; k <= b; k++) if (orgHeads.has(toks[k].t)) institution = true;
    // the demonym stays in an institution's name ("Venezuelan Interior Ministry"), not in others
    nameS = institution ? a : d;
  }
  const textS = toks[titleS >= 0 ? titleS : nameS].s;
  const textE = toks[b].e;
  const name = sText.slice(toks[nameS].s, textE);
  if (name.length < 2) return null;
  const nameTokens: string[] = [];
  for (let k = nameS; k <= b; k++) if (toks[k].cap) nameTokens.push(toks[k].t);
  const c: Candidate = {
    sentence, base, textS, textE, nameS: toks[nameS].s, name,
    title: "",
    nameTokens, initial: initial && (titleS >= 0 ? titleS : nameS) === a, alias: "",
    person: 0, org: 0, place: 0, fixed: "",
  };
  if (titleS >= 0) {
    // "of the Interior" belongs to the title: the title's words end where the name starts
    c.title = sText.slice(textS, toks[nameS - 1].e);
    c.fixed = "person";
  }
  vote(c, toks, a, nameS, b);
  if (roleBefore) c.person += 2;
  return c;
}

const QUOTE_MARKS = new Set(["“", "”", "\"", "‘", "’", "'"]);
const COPULAS = new Set(["is", "was", "are", "were", "remains", "became"]);
const NAMING = new Set(["called", "named", "dubbed", "nicknamed", "titled"]);

/** the class noun of a phrase like "one of Venezuela's most powerful local gangs" (first cue word within `max` words) */
function classNoun(toks: Tok[], from: number, max: number, step: 1 | -1): "person" | "org" | "place" | "" {
  let seen = 0;
  for (let k = from; k >= 0 && k < toks.length && seen < max; k += step) {
    const w = toks[k].lower;
    if (!toks[k].word) {
      if (toks[k].t === "," || toks[k].t === "." || toks[k].t === ";" || toks[k].t === ":") break;
      continue;
    }
    seen++;
    if (personRoles.has(w)) return "person";
    if (orgNounsAfter.has(w) || w === "think" || w === "organization" || w === "organisation") return "org";
    if (placeNounsAfter.has(w) || w === "country" || w === "nation") return "place";
  }
  return "";
}

function add(c: Candidate, kind: "person" | "org" | "place" | "", weight: number): void {
  if (kind !== "") c[kind] += weight;
}

function vote(c: Candidate, toks: Tok[], a: number, nameS: number, b: number): void {
  if (c.fixed === "person") return;
  // the head of "Armed Forces of Venezuela" is "Forces"
  let headAt = b;
  for (let k = nameS + 1; k < b; k++) if (ofWords.has(toks[k].t)) { headAt = k - 1; break; }
  const head = toks[headAt].t;
  const last = toks[b].t;
  let facility = false;
  for (let k = nameS; k <= b; k++) if (facilityHeads.has(toks[k].t)) facility = true;
  if (knownPlaces.has(c.name)) c.place += 3;
  // "São Paulo", "San Cristóbal", "Santa Rosa", "St. Louis": a saint's name before another word names a place
  if (b > nameS && SAINT_PREFIXES.has(toks[nameS].t)) c.place += 2;
  if (orgHeads.has(head) && !(facility && (head === "Center" || head === "Centre"))) c.org += 3;
  else if (facility) c.place += 2;

  // quote marks are marks: words are passed over without making their strings
  let p = a - 1;
  while (p >= 0 && !toks[p].word && QUOTE_MARKS.has(toks[p].t)) p--;
  let n = b + 1;
  while (n < toks.length && !toks[n].word && QUOTE_MARKS.has(toks[n].t)) n++;
  const prevW = toks[p]?.lower ?? "";
  const prev2 = toks[p - 1]?.lower ?? "";
  const next = toks[n];
  const nextW = next?.lower ?? "";
  if (placeNounsAfter.has(nextW)) c.place += 2;
  if (orgNounsAfter.has(nextW) || (nextW === "think" && toks[n + 1]?.lower === "tank")) c.org += 2;
  if (orgNounsBefore.has(prevW)) c.org += 2;
  if (personRoles.has(prevW)) c.person += 2;
  if (prevW === "of" && placeNounsBeforeOf.has(prev2)) c.place += 2;
  // "a criminal gang known as X", "a prison called X"
  if ((prevW === "as" && prev2 === "known") || NAMING.has(prevW)) add(c, classNoun(toks, p - (prevW === "as" ? 2 : 1), 4, -1), 2);
  // "X is one of the country's most powerful gangs"
  if (COPULAS.has(nextW)) add(c, classNoun(toks, n + 1, 7, 1), 1);
  const prepW = prevW === "the" ? prev2 : prevW;
  // "in X", but not "in X mining": the name must end its noun phrase
  if (placePrepositions.has(prepW) && endsPhrase(next, nextW) && !(prepW === "to" && (prev2 === "according" || toks[p - 2]?.lower === "according"))) c.place += 1;
  if ((prevW === "to" && prev2 === "according") || prevW === "per") c.org += 1;
  if (prevW === "told" && ACRONYM.test(last)) c.org += 1;

  if (next?.t === ",") {
    // an appositive: "X, a Venezuelan journalist," / "X, the leader of" / "X, a think tank"
    const det = toks[n + 1]?.lower;
    if (det === "who") c.person += 1;
    else if (det === "a" || det === "an" || det === "the") add(c, classNoun(toks, n + 2, 4, 1), 2);
  }
  let verbAt = n;
  if (toks[verbAt] && (toks[verbAt].lower === "has" || toks[verbAt].lower === "had" || toks[verbAt].lower === "also")) verbAt++;
  if (toks[verbAt] && reportingVerbLemma.has(toks[verbAt].lower)) {
    if (ACRONYM.test(last) || orgHeads.has(head)) c.org += 1;
    else c.person += 1;
  }
}

/** the name ends its noun phrase: nothing, a mark, a function word or a reporting verb comes next */
function endsPhrase(next: Tok | undefined, nextW: string): boolean {
  return !next || !next.word || functionWords.has(nextW) || reportingVerbLemma.has(nextW);
}

/** The kind of each name, from the votes of all its mentions in the article. */
function decideTypes(candidates: readonly Candidate[]): Map<string, EntityType> {
  const totals = new Map<string, { person: number; org: number; place: number; fixed: EntityType | ""; tokens: string[] }>();
  for (const c of candidates) {
    let t = totals.get(c.name);
    if (!t) totals.set(c.name, (t = { person: 0, org: 0, place: 0, fixed: "", tokens: c.nameTokens }));
    t.person += c.person;
    t.org += c.org;
    t.place += c.place;
    if (c.fixed) t.fixed = c.fixed;
  }
  const types = new Map<string, EntityType>();
  for (const [name, t] of totals) {
    if (t.fixed) {
      types.set(name, t.fixed);
      continue;
    }
    const best = Math.max(t.person, t.org, t.place);
    if (best > 0) types.set(name, t.org === best ? "organization" : t.place === best ? "place" : "person");
  }
  // a declared alias names the same thing ("FANB [National Bolivarian Armed Forces]")
  for (const c of candidates) {
    const partner = c.alias !== "" ? types.get(c.alias) : undefined;
    if (partner && !types.has(c.name)) types.set(c.name, partner);
  }
  // a company named once with its legal form ("Acme Ltda.") is that company without it
  for (const [name, t] of totals) {
    const n = t.tokens.length;
    if (n < 2 || !LEGAL_FORMS.has(t.tokens[n - 1]) || types.get(name) !== "organization") continue;
    const base = t.tokens.slice(0, n - 1).join(" ");
    const bt = totals.get(base);
    if (bt && !bt.fixed && Math.max(bt.person, bt.place) < 2) types.set(base, "organization");
  }
  // surnames and first names of people named in full elsewhere in the article are those people
  const personWords = new Set<string>();
  for (const [name, t] of totals) if (types.get(name) === "person" && t.tokens.length > 1) for (const w of t.tokens) personWords.add(w);
  for (const [name, t] of totals) {
    if (types.has(name)) {
      const strong = Math.max(t.org, t.place);
      if (!(t.tokens.length === 1 && personWords.has(name) && strong < 2)) continue;
      types.set(name, "person");
      continue;
    }
    if (t.tokens.length === 1) {
      types.set(name, personWords.has(name) ? "person" : "other");
      continue;
    }
    const joined = INNER_JOINER.test(name);
    types.set(name, !joined && t.tokens.length <= 4 && !t.tokens.some((w) => ACRONYM.test(w)) ? "person" : "other");
  }
  return types;
}

/** Reads an alias declared right after the candidate; returns the sentence offset up to which names belong to it (0 if none). */
function findAlias(c: Candidate, sText: string, earlier: Candidate[]): number {
  const tail = sText.slice(c.textE, c.textE + 140);
  const m = ALIAS_CUE.test(tail) ? ALIAS_AFTER.exec(tail) : null;
  if (m) {
    const alias = (m[1] ?? m[2].replace(ALIAS_TAIL_JOINERS, "")).trim();
    if (alias !== "" && HAS_UPPER.test(alias)) {
      c.alias = alias;
      // a quoted translation is not a name of its own; an unquoted one ("formerly known as Twitter") is
      return m[1] !== undefined ? c.textE + m.index + m[0].length : 0;
    }
  }
  const br = ALIAS_BRACKET.exec(tail);
  if (br) {
    const inner = br[1];
    if (ALIAS_ACRONYM.test(inner) || (ACRONYM.test(c.name) && STARTS_UPPER.test(inner))) c.alias = inner;
  }
  // "X (Y)": the name in brackets is declared equal to the one before it
  const prev = earlier[earlier.length - 1];
  if (prev && prev.sentence === c.sentence && (prev.alias === "" || prev.alias === c.name) && OPENING_BRACKET_ONLY.test(sText.slice(prev.textE, c.textS))
    && CLOSING_BRACKET_NEXT.test(sText.slice(c.textE)) && (ACRONYM.test(c.name) || ACRONYM.test(prev.name))) {
    prev.alias = c.name;
    c.alias = prev.name;
  }
  return 0;
}

function toMention(source: Source, offsets: UnitOffsets, c: Candidate, type: EntityType): Mention {
  const start = offsets.toCodePoint(c.base + c.textS);
  const end = offsets.toCodePoint(c.base + c.textE);
  return {
    sourceId: source.id,
    text: source.text.slice(c.base + c.textS, c.base + c.textE),
    name: c.name,
    title: c.title,
    type,
    start,
    end,
    sentenceIndex: c.sentence.index,
    alias: c.alias,
  };
}

/** Title-cased headings: mark only the names the body has already established. */
function headingMentions(
  source: Source, offsets: UnitOffsets, tokenized: readonly SentenceTokens[], body: readonly Candidate[], types: Map<string, EntityType>,
): Mention[] {
  const out: Mention[] = [];
  // the stage hands over body sentences only; the index below is for callers that pass headings too
  if (!tokenized.some((st) => st.sentence.kind !== "body")) return out;
  const known = new Map<string, Candidate>();
  for (const c of body) {
    const text = source.text.slice(c.base + c.textS, c.base + c.textE);
    if (!known.has(text)) known.set(text, c);
    if (!known.has(c.name)) known.set(c.name, c);
  }
  if (known.size === 0) return out;
  for (const { sentence, base, text: sText, toks } of tokenized) {
    if (sentence.kind === "body") continue;
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i].cap) continue;
      for (let n = Math.min(6, toks.length - i); n >= 1; n--) {
        const last = toks[i + n - 1];
        if (!last.word) continue;
        const words = sText.slice(toks[i].s, last.e);
        const c = known.get(words);
        if (!c) continue;
        const isName = words === c.name;
        out.push({
          sourceId: source.id,
          text: words,
          name: isName ? c.name : c.name,
          title: isName ? "" : c.title,
          type: types.get(c.name) ?? "other",
          start: offsets.toCodePoint(base + toks[i].s),
          end: offsets.toCodePoint(base + last.e),
          sentenceIndex: sentence.index,
          alias: c.alias,
        });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
