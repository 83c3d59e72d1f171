/**
 * Who a sentence, or part of it, is credited to:
 * - "according to X" / ", per X": X is credited with the clause before (or, at the
 *   sentence start, with the rest of the sentence);
 * - "described/reported by X": X is credited with the sentence;
 * - a reporting verb with a subject ("X said", "X told AFP", "state media reported",
 *   "Reports suggest", "InSight Crime, a think tank, asserts that …"): X is credited with
 *   what follows the verb, or, when the subject and verb close the sentence
 *   (", Barron noted."), with the clause before them.
 * Verbs of praise or command ("congratulated", "ordered") credit quotes, not claims.
 *
 * Not handled yet: credits carried over to following sentences ("He added that …"
 * is credited, but the next unmarked sentence is not), "said in a statement on
 * Monday that …" with the subject after a long intervening phrase, and cited
 * documents without a verb ("In a report, the UN …").
 */
import type { Source } from "../ingest/schema.ts";
import type { Sentence } from "../segment/schema.ts";
import type { Mention } from "./schema.ts";
import { sourceTokens, type Tok } from "./nameTokens.ts";
import type { UnitOffsets } from "./unitOffsets.ts";
import { LowerWordSet } from "./lowerWordSet.ts";
import { SpeakerFinder } from "./speakers.ts";
import { isReportingUse, reportingVerbLemma, speechActOnly } from "./reportingVerbs.ts";
import { sourceNouns } from "./entityCues.ts";
import { sortUnlessOrdered } from "./stableSort.ts";

/** A span of a sentence credited to someone: "according to BBC", "X told AFP", "state media said". */
export interface Attribution {
  sentenceIndex: number;
  /** code-point offsets into the source text of the attribution phrase */
  start: number;
  end: number;
  /** who is credited, as named in the article */
  speaker: string;
  /** code-point range of the sentence part the credit covers (whole sentence when unsure) */
  coversStart: number;
  coversEnd: number;
}

const BY_VERBS = new Set([
  "described", "reported", "quoted", "cited", "confirmed", "stated", "claimed", "announced", "revealed", "disclosed",
  "said", "estimated", "published", "shared", "posted",
]);
/** verbs that set an estimate at a figure: "the council puts the number of houses destroyed at 52" */
const ESTIMATE_AT_VERBS = new Set(["put", "puts", "putting", "places", "placed", "placing"]);
/** passive auxiliaries before such a verb ("the toll was put at 31": nobody named sets it) */
const PASSIVE_BEFORE = new Set(["was", "were", "is", "are", "been", "be", "being"]);
/** how many words an estimate's object may take before "at" and its figure */
const ESTIMATE_REACH = 10;
/** every lower-case word a rule below acts on; other words need no look at the trigger pattern */
const TRIGGER_WORDS = new LowerWordSet(["according", "per", ...BY_VERBS, ...ESTIMATE_AT_VERBS, ...reportingVerbLemma.keys()]);
const PHRASE_END = /[,;:.!?()\[\]"“”]|\s(?:that|as|which|who|and|but|on|in|at)\s/u;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;
const ARTICLE_BEFORE = /(?:^|\s)((?:the|a|an)\s+)$/iu;
const ENDS_WITH_COMMA = /,\s*$/;
const ONLY_PUNCTUATION = /^[\s\p{P}]*$/u;
/** "on Monday", "in a statement" closing a sentence after the verb */
const CLOSING_ON_OR_IN = /\s(?:on|in)\s[^,]*$/u;
const THAT_AFTER_VERB = /^\s*(?:,|:|that\b)?\s*/u;
const RANGE_TRIM = /[\s,;:]/u;
const TOLD_OBJECT = /^\s+((?:the\s+)?[\p{Lu}][\p{L}\p{M}.&'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.&'’-]*){0,3}|reporters|journalists|the press|the newspaper|the agency|the broadcaster|local media|state media|(?:the\s+)?[\p{L}-]+\s+(?:newspaper|broadcaster|agency|outlet|television|radio))/u;

/** Who each sentence (or part of it) is credited to. */
export function findAttributions(source: Source, sentences: readonly Sentence[], mentions: readonly Mention[]): Attribution[] {
  if (source.language !== "en" || source.duplicateOf !== "") return [];
  const text = source.text;
  const { offsets, sentences: tokenized } = sourceTokens(source, sentences);
  const finder = new SpeakerFinder(text, offsets, mentions);
  const out: Attribution[] = [];
  for (const { sentence, base: s0, end: s1, text: sText, toks } of tokenized) {
    if (sentence.kind !== "body") continue;
    for (let k = nextTrigger(sText, toks, 0); k >= 0; k = nextTrigger(sText, toks, k + 1)) {
      const tk = toks[k];
      const next = toks[k + 1];

      // "according to X", ", per X" ("$8 per week" is a rate: "per" credits only after a comma or at the start)
      const according = tk.lower === "according" && next?.lower === "to";
      const per = tk.lower === "per" && (k === 0 || toks[k - 1].t === ",");
      if ((according || per) && toks[k + (according ? 2 : 1)]) {
        const npS = toks[k + (according ? 2 : 1)].s;
        const np = phraseAt(sText, npS);
        if (np !== "") {
          const at = s0 + tk.s;
          // a name with "and" inside runs past the phrase's end ("according to the Nursing and Care Workers' Union")
          const article = LEADING_ARTICLE.exec(np);
          const named = finder.startingAt(s0 + npS + (article ? article[0].length : 0));
          const npE = Math.max(s0 + npS + np.length, named && named.e <= s1 ? named.e : 0);
          let speaker = speakerIn(finder, s0 + npS, npE, np);
          // "according to the hospital's director, Dr. Helena Bastos": the person named in apposition to a role
          if (!named && text.charCodeAt(npE) === 44 && text.charCodeAt(npE + 1) === 32) {
            const person = finder.startingAt(npE + 2);
            if (person && person.m.type === "person" && person.e <= s1) speaker = finder.fullName(person.m);
          }
          if (sText.slice(0, tk.s).trim() === "") pushAttribution(out, text, offsets, sentence.index, s0, s1, at, npE, speaker, npE, s1);
          else pushAttribution(out, text, offsets, sentence.index, s0, s1, at, npE, speaker, s0, at);
        }
        continue;
      }

      // "described by local media", "reported by Reuters"
      if (next?.lower === "by" && BY_VERBS.has(tk.lower) && toks[k + 2]) {
        const npS = toks[k + 2].s;
        const np = phraseAt(sText, npS);
        const head = (np.split(/\s+/).pop() ?? "").toLowerCase();
        const named = finder.startingAt(s0 + npS);
        if (named || sourceNouns.has(head)) {
          const npE = named ? named.e : s0 + npS + np.length;
          pushAttribution(out, text, offsets, sentence.index, s0, s1, s0 + tk.s, npE, speakerIn(finder, s0 + npS, npE, text.slice(s0 + npS, npE)), s0, s1);
        }
        continue;
      }

      // "the council puts the number of houses destroyed at 52": the subject is credited with the figure
      if (ESTIMATE_AT_VERBS.has(tk.lower)) {
        const clauseEnd = k === 0 || PASSIVE_BEFORE.has(toks[k - 1].lower) ? -1 : figureAtAfter(toks, k + 1);
        if (clauseEnd < 0) continue;
        const who = finder.subjectBefore(s0, s0 + tk.s, tk.t);
        // the credit ends with the clause: "…, but the council's own mapping shows 18,500" is another voice's figure
        if (who) pushAttribution(out, text, offsets, sentence.index, s0, s1, who.s, s0 + tk.e, who.name, s0 + tk.e, clauseEnd < toks.length ? s0 + toks[clauseEnd].s : s1);
        continue;
      }

      const lemma = reportingVerbLemma.get(tk.lower);
      if (lemma === undefined || speechActOnly.has(lemma)) continue;
      const form = tk.t;
      const verbAt = s0 + tk.s;
      if (!isReportingUse(text, verbAt, form)) continue;
      const who = finder.subjectBefore(s0, verbAt, form);
      if (!who) continue;
      let end = verbAt + form.length;
      if (lemma === "tell") {
        const obj = TOLD_OBJECT.exec(text.slice(end, s1));
        if (obj) end += obj[0].length;
      }
      const rest = text.slice(end, s1);
      const det = ARTICLE_BEFORE.exec(text.slice(Math.max(s0, who.s - 6), who.s));
      const from = det ? who.s - det[1].length : who.s;
      const lead = text.slice(s0, from);
      if (ENDS_WITH_COMMA.test(lead) && ONLY_PUNCTUATION.test(rest.replace(CLOSING_ON_OR_IN, ""))) {
        // ", Barron noted." — the credit is for the clause before
        pushAttribution(out, text, offsets, sentence.index, s0, s1, from, end, who.name, s0, s0 + lead.replace(ENDS_WITH_COMMA, "").length);
        continue;
      }
      const that = THAT_AFTER_VERB.exec(rest);
      pushAttribution(out, text, offsets, sentence.index, s0, s1, from, end, who.name, end + (that ? that[0].length : 0), s1);
    }
  }
  return sortUnlessOrdered(out, byPhrase);
}

function byPhrase(a: Attribution, b: Attribution): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * When "at" and a figure ("at 52", "at about $85 million") follow within a few words from `k`, with no clause
 * break between: the index of the comma or semicolon that ends the clause after the figure (the token count
 * when the sentence ends first); else -1.
 */
function figureAtAfter(toks: readonly Tok[], k: number): number {
  for (let n = 0; k < toks.length && n < ESTIMATE_REACH; k++, n++) {
    const tk = toks[k];
    if (!tk.word) {
      if (tk.t === "," || tk.t === ";" || tk.t === ".") return -1;
      continue;
    }
    if (tk.lower !== "at") continue;
    for (let j = k + 1; j < toks.length && j <= k + 3; j++) {
      const c = toks[j].t.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        let e = j + 1;
        while (e < toks.length && !(toks[e].t === "," || toks[e].t === ";")) e++;
        return e;
      }
    }
    return -1;
  }
  return -1;
}

/**
 * The next token from `k` on that is a trigger word, or -1: only those need a closer look. A small function
 * of its own: it runs over every token, so V8 optimises it early in a run.
 */
function nextTrigger(sText: string, toks: readonly Tok[], k: number): number {
  for (; k < toks.length; k++) {
    const tk = toks[k];
    if (tk.word && tk.inSet(TRIGGER_WORDS) && isWholeAsciiWord(sText, tk)) return k;
  }
  return -1;
}

/**
 * A trigger is an ASCII word standing alone, as `\b` without the u flag sees words: an "_" glued to it makes
 * another word ("_said"), and a word with other characters is none of the triggers (the Kelvin sign is the
 * only one whose lower case is ASCII).
 */
function isWholeAsciiWord(sText: string, tk: Tok): boolean {
  return tk.ascii && !isAsciiWordChar(sText.charCodeAt(tk.s - 1)) && !isAsciiWordChar(sText.charCodeAt(tk.e));
}

/** [A-Za-z0-9_] (NaN, outside the text, is none) */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function pushAttribution(
  out: Attribution[], text: string, offsets: UnitOffsets, sentenceIndex: number, s0: number, s1: number,
  start: number, end: number, speaker: string, cs: number, ce: number,
): void {
  [cs, ce] = trimRange(text, cs, ce);
  if (ce <= cs) [cs, ce] = [s0, s1];
  out.push({
    sentenceIndex,
    start: offsets.toCodePoint(start),
    end: offsets.toCodePoint(end),
    speaker,
    coversStart: offsets.toCodePoint(cs),
    coversEnd: offsets.toCodePoint(ce),
  });
}

/** the noun phrase starting at `from`, up to punctuation or a clause word */
function phraseAt(sText: string, from: number): string {
  const rest = sText.slice(from, from + 100);
  const cut = PHRASE_END.exec(rest);
  return (cut ? rest.slice(0, cut.index) : rest).trimEnd();
}

/** the credited name: a mention inside the phrase (its fullest form), else the phrase without its article */
function speakerIn(finder: SpeakerFinder, s: number, e: number, phrase: string): string {
  for (let pos = s; pos < e; pos++) {
    const sp = finder.startingAt(pos);
    if (sp && sp.e <= e + 1) return finder.fullName(sp.m);
  }
  return phrase.replace(LEADING_ARTICLE, "");
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && RANGE_TRIM.test(text[s])) s++;
  while (e > s && RANGE_TRIM.test(text[e - 1])) e--;
  return [s, e];
}
