/**
 * Who is speaking: the subject of a reporting verb ("Ana Ruiz, of the Red
 * Cross, told reporters", "the ministry said", "she likened"), pronouns
 * resolved to the last person (he/she) or organisation (it) named before
 * them, and surnames completed from the fullest earlier mention ("Ruiz" →
 * "Ana Ruiz"). Shared by the quote and the attribution rules.
 *
 * Not handled yet: "they"/"we" (a group is rarely named just before), gender
 * (he/she both take the last person), subjects separated from the verb by a
 * relative clause ("the man who found the bodies said").
 */
import { isWhiteSpaceUnit, spaceSeparatedCount } from "../textLines.ts";
import type { Mention } from "./schema.ts";
import { UnitOffsets } from "./unitOffsets.ts";
import { institutionHeads, sourceNouns } from "./entityCues.ts";
import { functionWords } from "./sentenceStarters.ts";
import { pastParticiples, reportingVerbLemma } from "./reportingVerbs.ts";
import { lowerCaseWord } from "./lowerWordSet.ts";
import { courtesyTitles, personRoles, titleHeads } from "./personTitles.ts";
import { sortUnlessOrdered } from "./stableSort.ts";

export interface Speaker {
  /** the name as the article gives it, completed for surnames and pronouns */
  name: string;
  /** UTF-16 span of the words naming the speaker in the source */
  s: number;
  e: number;
}

interface Span {
  m: Mention;
  s: number;
  e: number;
}

/** auxiliaries and adverbs between a subject and its reporting verb ("has also", "sternly") */
const AUX_WORDS = new Set([
  "has", "have", "had", "also", "then", "later", "again", "previously", "once", "further", "recently", "now", "just", "already",
  "would", "will", "could", "did", "does", "do",
]);
const ADVERB = /^\p{Ll}+ly$/u;
/** a passive auxiliary before a participle ("was said to be"), as one whole word */
const PASSIVE_WORD = /^(?:is|are|was|were|been|be|being|reportedly|allegedly)$/iu;
const PRONOUN_TAIL = /(?:^|[^\p{L}])(he|she|it)\s*$/iu;
const PRONOUN_HEAD = /^(he|she|it)(?![\p{L}])/iu;
const WORD_CHAR = /^[\p{L}\p{M}'’-]$/u;
const SPACE_CHAR = /^\s$/u;
// per UTF-16 unit: 0 not yet known, 1 a word character ([\p{L}\p{M}'’-]), 2 white space, 3 neither
const tailClass = new Uint8Array(65536);

function tailClassOf(c: number): number {
  let k = tailClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : WORD_CHAR.test(ch) ? 1 : SPACE_CHAR.test(ch) ? 2 : 3;
    tailClass[c] = k;
  }
  return k;
}

/**
 * Start of the last word of text[from, end) when only white space follows it (what
 * /([\p{L}\p{M}'’-]+)\s*$/u finds, scanned backwards instead of tried at every start), or -1.
 */
function wordTailStart(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && tailClassOf(text.charCodeAt(e - 1)) === 2) e--;
  let s = e;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (c >= 0xdc00 && c <= 0xdfff) {
      // an astral letter is a pair: both halves must lie inside the window
      const h = s - 2 >= from ? text.charCodeAt(s - 2) : 0;
      if (h >= 0xd800 && h <= 0xdbff && WORD_CHAR.test(text.slice(s - 2, s))) {
        s -= 2;
        continue;
      }
      break;
    }
    if (tailClassOf(c) !== 1) break;
    s--;
  }
  return s < e ? s : -1;
}

/** the last element of `s.split(WHITE_SPACE_RUN)` */
function lastWord(s: string): string {
  let k = s.length;
  while (k > 0 && !isWhiteSpaceUnit(s.charCodeAt(k - 1))) k--;
  return k === 0 ? s : s.slice(k);
}

/** start of the run of characters other than white space that ends at `end` (not before `from`) */
function chunkStart(text: string, from: number, end: number): number {
  let s = end;
  while (s > from && !isWhiteSpaceUnit(text.charCodeAt(s - 1))) s--;
  return s;
}

/**
 * Where the auxiliaries and adverbs closing text[from, end) start, with the white space before them
 * ("Ana Ruiz| has also sternly "): what /(?:\s+(?:has|…|\p{Ll}+ly))*\s*$/u finds, read word by word
 * backwards instead of tried at every start of the text.
 */
function auxTailStart(text: string, from: number, end: number): number {
  let p = end;
  while (p > from && isWhiteSpaceUnit(text.charCodeAt(p - 1))) p--;
  for (;;) {
    const s = chunkStart(text, from, p);
    // a word counts only after white space, and only when it is one of the auxiliaries or an adverb as a whole
    if (s === from) return p;
    const w = text.slice(s, p);
    if (!AUX_WORDS.has(w) && !(w.endsWith("ly") && ADVERB.test(w))) return p;
    p = s;
    while (p > from && isWhiteSpaceUnit(text.charCodeAt(p - 1))) p--;
  }
}

/** whether text[from, end) ends in a passive auxiliary ("was", "reportedly") as a whole word, white space after it */
function lastWordIsPassive(text: string, from: number, end: number): boolean {
  let e = end;
  while (e > from && isWhiteSpaceUnit(text.charCodeAt(e - 1))) e--;
  const s = chunkStart(text, from, e);
  return s < e && PASSIVE_WORD.test(text.slice(s, e));
}

/** end of the word that starts at `s` (before the trailing white space up to `end`) */
function wordTailEnd(text: string, s: number, end: number): number {
  let e = end;
  while (e > s && tailClassOf(text.charCodeAt(e - 1)) === 2) e--;
  return e;
}
const WHITE_SPACE_RUN = /\s+/;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;
const NEXT_WORD = /^\s+([\p{L}]+)/u;
/** up to four words after a verb or quote, ending in a speaker noun ("a spokesman for the army") */
const SPEAKER_PHRASE_AT = /^((?:[\p{L}\p{M}'’-]+\s+){0,3})([\p{L}\p{M}'’-]+)(?![\p{L}\p{M}'’-])/u;
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "this", "that"]);
/** what opens an unnamed speaker written as a noun phrase ("one farmer", "a resident", "another witness") */
const UNNAMED_OPENERS = new Set(["a", "an", "one", "another"]);
/** people who speak unnamed in news beyond the roles next to names ("said one shopkeeper, who asked not to be named") */
const UNNAMED_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  ...personRoles, "shopkeeper", "trader", "vendor", "neighbour", "neighbor", "passenger", "fisherman", "villager",
  "local", "shopper", "parent", "mourner", "protester", "protestor", "demonstrator", "bystander", "onlooker",
  "employee", "staffer", "guard", "soldier", "medic", "midwife", "homeowner", "tenant", "landlord", "motorist",
  "commuter", "rancher", "grower", "fighter", "crew", "mother-of-two", "grandmother", "grandfather", "pensioner",
  "retiree", "veteran", "official", "source",
]);
/** a capitalised title word and the space after it, before a name ("Mr ", "Cr. ") */
const TITLE_THEN_SPACE = /^(\p{Lu}[\p{L}.-]*) +/u;
/** a courtesy title that tells a man or a woman, ending right before a name */
const MALE_TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Sir|Lord|Herr|Senhor|Señor|Signor)\.? +$/u;
const FEMALE_TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Dame|Lady|Frau|Dona|Doña|Senhora|Señora|Signora|Mme|Mlle)\.? +$/u;
/** how far back (UTF-16 units) a pronoun looks for someone named as saying something */
const REPORTING_SUBJECT_REACH = 300;
/** a name, an optional appositive and auxiliaries, then the verb: "Ana Ruiz, a judge, has said" */
const REPORTING_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s+(?:(?:the|a|an)\s+)?$/u;
const REPORTED_BY = /^(?:(?:,[^,"“”]{1,120}){1,2},)?\s*(?:(?:has|had|also|later|then|previously)\s+)?(\p{L}+)/u;
const QUOTE_CHARS = /["“”]/;
/** what opens an appositive after a name and its comma: a lower-case word or a number ("a lawyer", "54") */
const APPOSITIVE_OPENING = /^\s+(?:\p{Ll}|\d)/u;
/** a participle and "by" before a name: "Survivors interviewed by the Gazeta" */
const AGENT_BEFORE = /\s+\p{Ll}+ed\s+by\s+(?:the\s+)?$/u;
/** between a person and the organisation they speak for: "Ana Ruiz of the Red Cross" */
const AFFILIATION_GAP = /\s+(?:of|from|at)\s+(?:the\s+)?$/u;
/** nouns for someone speaking for the organisation named before them ("a Red Cross spokesman"; not "County police") */
const VOICE_NOUNS = new Set([
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "statement", "source", "sources",
  "representative", "representatives",
]);

export class SpeakerFinder {
  private readonly spans: Span[];
  private readonly byEnd: Span[];
  private readonly fullNames: ReadonlyMap<string, string>;

  constructor(
    readonly text: string,
    readonly offsets: UnitOffsets,
    mentions: readonly Mention[],
    /** UTF-16 spans of quoted words, whose names are not antecedents of pronouns outside them */
    private readonly quoted: readonly { s: number; e: number }[] = [],
  ) {
    const index = mentionIndex(offsets, mentions);
    this.spans = index.spans;
    this.byEnd = index.byEnd;
    this.fullNames = index.fullNames;
  }

  /** the most complete name the article gives a person ("Okafor" → "Amaka Okafor") */
  fullName(m: Mention): string {
    if (m.type !== "person") return m.name;
    const fuller = this.fullNames.get(lastWord(m.name));
    return fuller && spaceSeparatedCount(fuller) > spaceSeparatedCount(m.name) ? fuller : m.name;
  }

  private inQuote(pos: number): boolean {
    for (const q of this.quoted) if (pos >= q.s && pos < q.e) return true;
    return false;
  }

  /** the last mention of a fitting kind that ends before `pos`, outside quotes */
  lastBefore(pos: number, fits: (m: Mention) => boolean): Span | null {
    const lo = lowerBound(this.spans, pos, (sp) => sp.s);
    for (let k = lo - 1; k >= 0; k--) {
      const sp = this.spans[k];
      if (sp.e <= pos && fits(sp.m) && !this.inQuote(sp.s)) return sp;
    }
    return null;
  }

  /** the mention that ends exactly at `pos` (UTF-16 in the source) and starts at or after `from` */
  private endingAt(pos: number, from: number): Span | null {
    const k = lowerBound(this.byEnd, pos, (sp) => sp.e);
    for (let i = k; i < this.byEnd.length && this.byEnd[i].e === pos; i++) if (this.byEnd[i].s >= from) return this.byEnd[i];
    return null;
  }

  /** the mention that starts exactly at `pos` */
  startingAt(pos: number): Span | null {
    const k = lowerBound(this.spans, pos, (sp) => sp.s);
    return k < this.spans.length && this.spans[k].s === pos ? this.spans[k] : null;
  }

  pronoun(word: string, pos: number): Speaker | null {
    // module functions rather than a closure per pronoun (tsx wraps each named closure at creation)
    const lower = lowerCaseWord(word);
    const fits = lower === "it" ? isOrganization : isPerson;
    const reporting = this.reportingSubjectBefore(pos, fits);
    let sp = reporting;
    if (lower !== "it") {
      // the person named last, in a sentence after the last one who said something, is nearer ("Cr Hale estimates
      // … . Ana Ruiz, 71, lost her house. “…,” she said" is Ruiz); a courtesy title of the other sex rules one out
      const last = this.lastPersonFitting(pos, lower);
      if (last && (!reporting || this.genderClash(reporting, lower) || (last !== reporting && hasSentenceEnd(this.text, reporting.e, last.s)))) sp = last;
    } else sp ??= this.lastBefore(pos, fits);
    return sp ? { name: this.fullName(sp.m), s: pos, e: pos + word.length } : null;
  }

  /** the last person named before `pos` (outside quotes) whose courtesy title does not contradict the pronoun */
  private lastPersonFitting(pos: number, pronoun: string): Span | null {
    const lo = lowerBound(this.spans, pos, (sp) => sp.s);
    for (let k = lo - 1; k >= 0; k--) {
      const sp = this.spans[k];
      if (sp.e <= pos && sp.m.type === "person" && !this.inQuote(sp.s) && !this.genderClash(sp, pronoun)) return sp;
    }
    return null;
  }

  /** "she" after "Mr X", "he" after "Ms X" (this mention's title or the fullest one's) */
  private genderClash(sp: Span, pronoun: string): boolean {
    if (pronoun !== "he" && pronoun !== "she") return false;
    const before = this.text.slice(Math.max(0, sp.s - 8), sp.s);
    const other = pronoun === "he" ? FEMALE_TITLE_BEFORE : MALE_TITLE_BEFORE;
    return other.test(before);
  }

  /**
   * A pronoun that reports something refers back to the last one named as saying something, when that
   * is close by: in "Judge Ana Ruiz said the prosecution had proved that Vega's speeches caused the riots.
   * “…,” she said", she is Ruiz, not Vega.
   */
  private reportingSubjectBefore(pos: number, fits: (m: Mention) => boolean): Span | null {
    const lo = lowerBound(this.spans, pos, (sp) => sp.s);
    for (let k = lo - 1; k >= 0; k--) {
      const sp = this.spans[k];
      if (pos - sp.e > REPORTING_SUBJECT_REACH) break;
      if (sp.e > pos || !fits(sp.m) || this.inQuote(sp.s)) continue;
      const after = REPORTED_BY.exec(this.text.slice(sp.e, Math.min(pos, sp.e + 160)));
      if (after && reportingVerbLemma.has(lowerCaseWord(after[1]))) return sp;
      // the inverted order: "said Maria Gonzalez"
      const before = REPORTING_BEFORE.exec(this.text.slice(Math.max(0, sp.s - 40), sp.s));
      if (before && reportingVerbLemma.has(lowerCaseWord(before[1]))) return sp;
    }
    return null;
  }

  /** a lower-case speaker phrase ending at `end` ("the government", "state media", "a spokesman for the army") */
  private nounPhraseBefore(lineStart: number, end: number): Speaker | null {
    const words: { w: string; s: number }[] = [];
    let pos = end;
    while (words.length < 4) {
      const s = wordTailStart(this.text, Math.max(lineStart, pos - 40), pos);
      if (s < 0) break;
      words.unshift({ w: this.text.slice(s, wordTailEnd(this.text, s, pos)), s });
      pos = s;
      if (pos <= lineStart || this.text.charCodeAt(pos - 1) !== 32) break;
    }
    if (words.length === 0) return null;
    const head = lowerCaseWord(words[words.length - 1].w);
    if (!sourceNouns.has(head)) return null;
    // "a Department of Health and Social Care spokeswoman": the organisation named before the noun speaks
    const org = VOICE_NOUNS.has(head) ? this.organizationEndingBefore(lineStart, words[words.length - 1].s) : null;
    if (org) return { name: org.m.name, s: org.s, e: end };
    let first = words.length - 1;
    for (let k = words.length - 2; k >= 0; k--) {
      const w = lowerCaseWord(words[k].w);
      if (DETERMINERS.has(w)) {
        first = k;
        break;
      }
      if (functionWords.has(w) || reportingVerbLemma.has(w)) break;
      first = k;
    }
    const s = words[first].s;
    return { name: this.institutionName(this.text.slice(s, end), head, s), s, e: end };
  }

  /** an organisation's mention that ends right before `pos` with only spaces between ("the Red Cross| spokesman") */
  private organizationEndingBefore(from: number, pos: number): Span | null {
    let e = pos;
    while (e > from && this.text.charCodeAt(e - 1) === 32) e--;
    if (e === pos) return null;
    const sp = this.endingAt(e, from);
    return sp && sp.m.type === "organization" ? sp : null;
  }

  /** "the ministry" stands for the last organisation named with that head word ("Interior Ministry") */
  private institutionName(phrase: string, head: string, pos: number): string {
    if (!institutionHeads.has(head)) return phrase;
    const sp = this.lastBefore(pos, (m) => m.type === "organization" && m.name.toLowerCase().endsWith(head));
    return sp ? sp.m.name : phrase;
  }

  /**
   * The subject of the reporting verb that starts at `verbAt` (UTF-16 in the source), looking back to
   * `lineStart` (the sentence start): a mention, a pronoun or a speaker noun phrase, possibly followed by an
   * appositive (", of the Interior Ministry,") and auxiliaries or adverbs ("has", "sternly").
   */
  subjectBefore(lineStart: number, verbAt: number, verbForm: string): Speaker | null {
    if (pastParticiples.has(lowerCaseWord(verbForm)) && lastWordIsPassive(this.text, lineStart, verbAt)) return null;
    const end = auxTailStart(this.text, lineStart, verbAt);
    const found = this.subjectEndingAt(lineStart, end);
    if (found?.person || end <= lineStart || this.text.charCodeAt(end - 1) !== 44) return found?.speaker ?? null;
    // a long or comma-split appositive ("Rogério Falcão, a lawyer for the boat's owner, Navegação Ltda.,
    // said"): the person named first, before it, speaks
    const first = this.personBeforeAppositive(lineStart, end);
    return first ? { name: this.fullName(first.m), s: first.s, e: first.e } : found?.speaker ?? null;
  }

  /**
   * The first person named in text[lineStart, end) (after its last quote mark) whose name an appositive
   * follows: a comma, then a lower-case word or a number ("Ana Ruiz, a lawyer for …", "Ana Ruiz, 54, …").
   */
  private personBeforeAppositive(lineStart: number, end: number): Span | null {
    let from = lineStart;
    for (let k = end - 1; k >= lineStart; k--) {
      const c = this.text.charCodeAt(k);
      if (c === 34 || c === 0x201c || c === 0x201d) {
        from = k + 1;
        break;
      }
    }
    for (let k = lowerBound(this.spans, from, (sp) => sp.s); k < this.spans.length; k++) {
      const sp = this.spans[k];
      if (sp.s >= end) break;
      if (sp.m.type !== "person" || sp.e >= end - 1 || this.text.charCodeAt(sp.e) !== 44) continue;
      if (APPOSITIVE_OPENING.test(this.text.slice(sp.e + 1, Math.min(end, sp.e + 20)))) return sp;
    }
    return null;
  }

  /** the subject ending at `end0`, past up to two appositives, and whether it is a person's mention */
  private subjectEndingAt(lineStart: number, end0: number): { speaker: Speaker; person: boolean } | null {
    let end = end0;
    let before = this.text.slice(lineStart, end);
    // skip up to two appositives: "Ana Ruiz, a spokeswoman for the agency, said", "Ana Ruiz, 54, who lives nearby, said"
    for (let skipped = 0; before.endsWith(","); skipped++) {
      const open = before.lastIndexOf(",", before.length - 2);
      if (skipped === 2 || open < 0 || before.length - open > 140 || QUOTE_CHARS.test(before.slice(open))) return null;
      // the appositive is the name itself: "the group's regional director, Grace Wanjiru, called it"
      const inner = this.text.slice(lineStart + open + 1, lineStart + before.length - 1);
      const innerS = lineStart + open + 1 + (inner.length - inner.trimStart().length);
      const named = this.endingAt(lineStart + open + 1 + inner.trimEnd().length, innerS);
      if (named && named.s === innerS && named.m.type === "person") return { speaker: { name: this.fullName(named.m), s: named.s, e: named.e }, person: true };
      end = lineStart + open;
      before = this.text.slice(lineStart, end);
    }
    // trimEnd removes the same characters as /\s+$/ (white space and line terminators), without a RegExp tried at every start
    const trimmed = before.trimEnd();
    end = lineStart + trimmed.length;
    let sp = this.endingAt(end, lineStart);
    // "Survivors interviewed by the Gazeta said": the agent of a participle before the verb is not its subject
    // (a bounded look: lastIndexOf would scan back to the start of the text at every subject)
    if (sp && sp.s - lineStart > 4 && this.text.slice(Math.max(lineStart, sp.s - 9), sp.s).includes(" by ")) {
      const agent = AGENT_BEFORE.exec(this.text.slice(Math.max(lineStart, sp.s - 40), sp.s));
      if (agent) {
        const subjectEnd = sp.s - agent[0].length;
        const phrase = this.nounPhraseBefore(lineStart, subjectEnd);
        if (phrase) return { speaker: phrase, person: false };
        // a noun that is no usual source ("Workers interviewed by the Courier said"): the noun itself
        const w = wordTailStart(this.text, Math.max(lineStart, subjectEnd - 40), subjectEnd);
        if (w >= 0) return { speaker: { name: this.text.slice(w, subjectEnd), s: w, e: subjectEnd }, person: false };
      }
    }
    // "Colonel Ana Ruiz of the Fire Department told reporters": the person, not her organisation, speaks
    if (sp && sp.m.type === "organization") sp = this.personBeforeAffiliation(lineStart, sp.s) ?? sp;
    if (sp) return { speaker: { name: this.fullName(sp.m), s: sp.s, e: sp.e }, person: sp.m.type === "person" };
    const p = endsLikePronoun(trimmed) ? PRONOUN_TAIL.exec(trimmed) : null;
    if (p) {
      const pronoun = this.pronoun(p[1], end - p[1].length);
      return pronoun ? { speaker: pronoun, person: lowerCaseWord(p[1]) !== "it" } : null;
    }
    const phrase = this.nounPhraseBefore(lineStart, end);
    return phrase ? { speaker: phrase, person: false } : null;
  }

  /** a person's mention right before "of (the)", "from (the)", "at (the)" and the organisation starting at `orgStart` */
  private personBeforeAffiliation(lineStart: number, orgStart: number): Span | null {
    const gap = AFFILIATION_GAP.exec(this.text.slice(Math.max(lineStart, orgStart - 12), orgStart));
    if (!gap) return null;
    const sp = this.endingAt(orgStart - gap[0].length, lineStart);
    return sp && sp.m.type === "person" ? sp : null;
  }

  /** a speaker named right after a quote or verb, at `pos`: a mention, a pronoun, or "the ministry" */
  subjectAt(pos: number, lineEnd: number): Speaker | null {
    const sp = this.startingAt(pos);
    if (sp) return { name: this.fullName(sp.m), s: sp.s, e: sp.e };
    const rest = this.text.slice(pos, Math.min(lineEnd, pos + 80));
    // "Mr Ruiz, 58, said": the name's mention starts after its title
    const title = TITLE_THEN_SPACE.exec(rest);
    if (title && (courtesyTitles.has(title[1]) || titleHeads.has(title[1]))) {
      const named = this.startingAt(pos + title[0].length);
      if (named && named.m.type === "person") return { name: this.fullName(named.m), s: named.s, e: named.e };
    }
    const p = PRONOUN_HEAD.exec(rest);
    if (p) return this.pronoun(p[1], pos);
    // "said a Department of Health and Social Care spokeswoman": a determiner, an organisation, a speaker noun
    const det = LEADING_ARTICLE.exec(rest);
    const org = det ? this.startingAt(pos + det[0].length) : null;
    if (org && org.m.type === "organization") {
      const noun = NEXT_WORD.exec(this.text.slice(org.e, Math.min(lineEnd, org.e + 40)));
      if (noun && VOICE_NOUNS.has(lowerCaseWord(noun[1]))) return { name: org.m.name, s: pos, e: org.e + noun[0].length };
    }
    // "the ministry said", "said a spokesman for the army": up to four words ending in a speaker noun
    const m = SPEAKER_PHRASE_AT.exec(rest);
    if (!m) return null;
    const words = m[0].split(WHITE_SPACE_RUN);
    const unnamed = UNNAMED_OPENERS.has(lowerCaseWord(words[0]));
    for (let k = 1; k <= words.length; k++) {
      const head = lowerCaseWord(words[k - 1]);
      if (k > 1 && functionWords.has(head) && !DETERMINERS.has(head) && !UNNAMED_OPENERS.has(head)) return null;
      if ((sourceNouns.has(head) || (unnamed && k > 1 && UNNAMED_SPEAKER_NOUNS.has(head))) && !(k === 1 && DETERMINERS.has(head))) {
        // "a police officer", "one local farmer": the noun phrase runs on over further person nouns
        while (k < words.length && (UNNAMED_SPEAKER_NOUNS.has(lowerCaseWord(words[k])) || sourceNouns.has(lowerCaseWord(words[k])))) k++;
        const phrase = words.slice(0, k).join(" ");
        const e = pos + rest.indexOf(phrase) + phrase.length;
        return { name: this.institutionName(phrase, head, pos), s: pos, e };
      }
    }
    return null;
  }
}

interface MentionIndex {
  spans: Span[];
  byEnd: Span[];
  fullNames: Map<string, string>;
}

/** the last source's index: the quote and the attribution rules run one after another on the same mentions */
let lastIndex: { offsets: UnitOffsets; mentions: readonly Mention[]; index: MentionIndex } | null = null;

/** mentions sorted by start and by end, and the fullest name of each person word; read-only once built */
function mentionIndex(offsets: UnitOffsets, mentions: readonly Mention[]): MentionIndex {
  if (lastIndex && lastIndex.offsets === offsets && lastIndex.mentions === mentions) return lastIndex.index;
  const spans = sortUnlessOrdered(mentions.map((m) => ({ m, s: offsets.toUnit(m.start), e: offsets.toUnit(m.end) })), spanOuterFirst);
  const byEnd = sortUnlessOrdered(spans.slice(), spanByEnd);
  // the fullest earlier name of each person word: "Okafor" → "Amaka Okafor"
  const fullNames = new Map<string, string>();
  for (const { m } of spans) {
    if (m.type !== "person") continue;
    const words = m.name.split(WHITE_SPACE_RUN);
    for (const w of words) {
      const known = fullNames.get(w);
      if (!known || spaceSeparatedCount(known) < words.length) fullNames.set(w, m.name);
    }
  }
  const index = { spans, byEnd, fullNames };
  lastIndex = { offsets, mentions, index };
  return index;
}

/** by start, the longer of two spans at one start first */
function spanOuterFirst(a: Span, b: Span): number {
  return a.s - b.s || b.e - a.e;
}

function spanByEnd(a: Span, b: Span): number {
  return a.e - b.e || a.s - b.s;
}

function isOrganization(m: Mention): boolean {
  return m.type === "organization";
}

function isPerson(m: Mention): boolean {
  return m.type === "person";
}

/**
 * Whether `s` ends in "he"/"it" in any case: PRONOUN_TAIL can match nothing else (no other character
 * case-folds to h, e, i or t), so most subjects skip the RegExp, which is tried at every start.
 */
function endsLikePronoun(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  const last = s.charCodeAt(n - 1) | 0x20;
  const prev = s.charCodeAt(n - 2) | 0x20;
  return (last === 101 && prev === 104) || (last === 116 && prev === 105);
}

/** whether a sentence ends in text[from, to): ".", "!" or "?" before white space, or a line break */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if ((c === 46 || c === 33 || c === 63) && k + 1 < to && isWhiteSpaceUnit(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** first index whose key is >= `pos` in an array sorted by that key */
function lowerBound<T>(items: readonly T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
