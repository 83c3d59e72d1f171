/**
 * Direct quotes and their speakers. Quote marks are paired per paragraph
 * (curly “ ” and straight "), and a paragraph that opens a quote without
 * closing it continues into the next paragraph when that one opens with a
 * quote mark (the news convention for long quotes), so the claim's text runs
 * over both. The speaker is found
 * - after the quote: `…,” said X`, `…," X told AFP`, `…," she added`;
 * - before it: `X said: "…"`, `X wrote on Twitter: "…"`, `She likened it to a "hotel"`,
 *   `the ministry said it was "…"` (subject of the nearest reporting verb);
 * - from the previous quote, for a quote paragraph that follows one with a speaker.
 * Pronouns go to the last person (or, for "it", organisation) named before.
 *
 * Scare quotes of one or two words, and quoted names ("the "Tokyo"
 * nightclub", "known as "X""), are not quotes unless a speaker verb in the
 * same sentence credits them.
 *
 * Not handled yet: single quote marks (‘…’ or '…'), « » and „ “ marks,
 * quotes whose speaker is named two sentences away, and paraphrase.
 */
import type { Source } from "../ingest/schema.ts";
import type { Sentence } from "../segment/schema.ts";
import type { Claim, Mention } from "./schema.ts";
import { sourceTokens, type SentenceTokens } from "./nameTokens.ts";
import { SpeakerFinder, type Speaker } from "./speakers.ts";
import { isWhiteSpaceUnit } from "../textLines.ts";
import { isReportingUse, reportingVerbForms, reportingVerbLemma } from "./reportingVerbs.ts";
import { nameParticles } from "./nameJoiners.ts";
import { lowerCaseWord } from "./lowerWordSet.ts";

/** a quoted stretch, UTF-16 offsets in the source */
export interface QuoteSpan {
  /** inside the marks */
  s: number;
  e: number;
  /** the marks included */
  outerS: number;
  outerE: number;
  paragraphStart: number;
  paragraphEnd: number;
}

interface Paragraph {
  index: number;
  s: number;
  e: number;
}

const QUOTE_MARK = /["“”]/g;
const STRAIGHT_MARK = 34;
const OPENING_MARK = 0x201c;
const NAMING_BEFORE_SHORT = /(?:known as|so-called|nicknamed|named|dubbed|called|titled)\s*$/iu;
/** a name's translation or alias, not anybody's words: `whose name translates as "…"`, `also known as "…"` */
const ALIAS_LEAD = /(?:(?:translates|translated|means)(?:\s+(?:from|into)\s+\p{L}+)?(?:\s+(?:as|to))?|known as|so-called|nicknamed|meaning|aka|a\.k\.a\.)\s*$/iu;
const AFTER_QUOTE_LEAD = /^[\s,.;!?—–-]*/u;
const ENDS_WITH_COLON = /:\s*$/;
const MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT_RUN = /[^\p{L}\p{N}]+/gu;
const QUOTE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const ENDS_SENTENCE = /[.!?]\s*$/;
const STARTS_UPPER = /^\p{Lu}/u;
const OPENS_WITH_QUOTE_MARK = /^\s*["“]/;
const FIRST_WORD_THEN_SPACE = /^([\p{L}]+)\s+/u;
const VERB_AFTER_SUBJECT = /^\s*(?:(?:has|had|also|later|then)\s+)?([\p{L}]+)/u;
const LINE_BREAK = /[\r\n]/;
/** up to eight words at the start, without punctuation between them */
const PLAIN_WORDS = /^(?:[\p{L}\p{M}\p{N}'’.-]+(?: |$)){1,8}/u;
const LETTER_RUN = /[\p{L}]+/gu;
/** one appositive, or one split by commas ("Ana Ruiz, a lawyer for the owner, Acme Ltd., said"), before the verb */
const APPOSITIVE_THEN = /^(?:,[^,"“”]{1,120}){1,3},\s*/u;

/** Direct quotes with their speakers, as claims of kind "quote". */
export function findQuotes(source: Source, sentences: readonly Sentence[], mentions: readonly Mention[]): Omit<Claim, "id">[] {
  if (source.language !== "en" || source.duplicateOf !== "") return [];
  const text = source.text;
  const { offsets, sentences: tokenized } = sourceTokens(source, sentences);
  const body = tokenized.filter((st) => st.sentence.kind === "body").map((st) => ({ sentence: st.sentence, s: st.base, e: st.end, st }));
  if (body.length === 0) return [];
  const spans = quoteSpans(text, paragraphsOf(body));
  const finder = new SpeakerFinder(text, offsets, mentions, spans.map((q) => ({ s: q.outerS, e: q.outerE })));

  const claims: Omit<Claim, "id">[] = [];
  let previous: { speaker: string; verb: string; paragraphEnd: number } | null = null;
  for (const q of spans) {
    const wordCount = quoteWordCount(text.slice(q.s, q.e));
    if (wordCount === 0) continue;
    const open = sentenceAt(body, q.outerS);
    const close = sentenceAt(body, Math.max(q.outerS, q.outerE - 1));
    const lead = text.slice(open.s, q.outerS);
    if ((wordCount <= 5 && isNameLike(wordsOf(text.slice(q.s, q.e)), text.slice(q.s, q.e))) || (wordCount <= 6 && ALIAS_LEAD.test(lead))) continue;
    const short = wordCount <= 2;

    let found = speakerAfter(finder, text, q.outerE, close.e);
    if (!found) found = speakerBefore(finder, text, open.st, q.outerS, spans);
    if (!found && !short && lead.trim() === "") {
      // `X said:` closing the previous sentence
      const prev = body[body.indexOf(open) - 1];
      if (prev && ENDS_WITH_COLON.test(text.slice(prev.s, prev.e))) found = speakerBefore(finder, text, prev.st, prev.e, spans);
    }
    if (!found && !short && previous && previous.speaker !== "" && q.paragraphStart - previous.paragraphEnd <= 1 && lead.trim() === "") {
      found = { speaker: { name: previous.speaker, s: q.s, e: q.s }, verb: previous.verb };
    }
    // a scare quote counts only when a speaker verb in its sentence credits it, and not as a name ("a gang called "X"")
    if (short && (!found || NAMING_BEFORE_SHORT.test(lead))) continue;

    const quoteText = text.slice(q.s, q.e);
    claims.push({
      sourceId: source.id,
      kind: "quote",
      text: quoteText,
      start: offsets.toCodePoint(q.s),
      end: offsets.toCodePoint(q.e),
      sentenceIndex: open.sentence.index,
      value: null,
      valueMin: null,
      valueMax: null,
      unit: "",
      qualifier: "",
      verb: found?.verb ?? "",
      key: quoteKey(quoteText),
      context: "",
      speaker: found?.speaker.name ?? "",
      attribution: "quote",
    });
    previous = { speaker: found?.speaker.name ?? "", verb: found?.verb ?? "", paragraphEnd: q.paragraphEnd };
  }
  return claims;
}

/**
 * the last of the body sentences (in source order) that starts at or before `pos`; a module function, not a
 * closure per source (tsx wraps each named closure at its creation)
 */
function sentenceAt<S extends { s: number }>(body: readonly S[], pos: number): S {
  let lo = 0;
  let hi = body.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (body[mid].s <= pos) lo = mid;
    else hi = mid - 1;
  }
  return body[lo];
}

/** lower-case words without accents or punctuation, to match one quote across sources */
export function quoteKey(quote: string): string {
  // Text of ASCII, accented Latin letters and typographic marks needs no decomposition. Each of those characters
  // is folded on its own (FOLDED_LATIN): NFKD acts on each character alone, and their lower case needs no
  // context. ASCII runs are lower-cased one by one (the whole quote is often a two-byte string, whose
  // `toLowerCase` takes the slow Unicode path).
  for (let k = 0; k < quote.length; k++) {
    const c = quote.charCodeAt(k);
    if (c >= 128 && FOLDED_LATIN[c] === undefined) return unicodeQuoteKey(quote);
  }
  const n = quote.length;
  let out = "";
  let word = "";
  let run = -1;
  let runCased = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? quote.charCodeAt(i) : 32;
    if (isAsciiLetterOrDigit(c)) {
      if (run < 0) run = i;
      runCased ||= c <= 90 && c >= 65;
      continue;
    }
    if (run >= 0) {
      word += runCased ? lowerCaseWord(quote.slice(run, i)) : quote.slice(run, i);
      run = -1;
      runCased = false;
    }
    const folded = c >= 128 ? FOLDED_LATIN[c]! : "";
    if (folded !== "") word += folded;
    else if (word !== "") {
      out = out === "" ? word : out + " " + word;
      word = "";
    }
  }
  return out;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * What `unicodeQuoteKey`'s steps make of each character from U+0080 to U+024F alone, where that is ASCII letters
 * ("é" → "e", "İ" → "i", "Ĳ" → "ij") or a word break ("" for the no-break space and symbols); undefined for the
 * rest (ß, ø, "²", "ŀ"), which take the full path. Typographic quotes, dashes and the ellipsis break words too
 * (NFKD keeps them or makes "...").
 */
const FOLDED_LATIN: (string | undefined)[] = (() => {
  // filled, not holey: a sparse array would be a dictionary
  const table = new Array<string | undefined>(0x2027).fill(undefined);
  for (let c = 0x80; c <= 0x24f; c++) {
    // before its separators become spaces: letters with a separator inside ("ŀ" is "l·") take the full path
    const folded = String.fromCharCode(c).normalize("NFKD").replace(MARKS, "").toLowerCase();
    if (folded === "") continue;
    if (/^[a-z]+$/.test(folded)) table[c] = folded;
    else if (!/[\p{L}\p{N}]/u.test(folded)) table[c] = "";
  }
  for (const c of [0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]) table[c] = "";
  return table;
})();

function unicodeQuoteKey(quote: string): string {
  return quote
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT_RUN, " ")
    .trim();
}

function wordsOf(s: string): string[] {
  return s.match(QUOTE_WORD) ?? [];
}

/** how many words `wordsOf` finds, counted up to 7 (the rules ask about 0 to 6) without making them */
function quoteWordCount(s: string): number {
  let n = 0;
  for (QUOTE_WORD.lastIndex = 0; n < 7 && QUOTE_WORD.test(s); ) n++;
  QUOTE_WORD.lastIndex = 0;
  return n;
}

/** "Tren de Aragua", "Tokyo": capitalised words without sentence punctuation are a name in quotes */
function isNameLike(words: string[], inner: string): boolean {
  if (words.length > 5 || ENDS_SENTENCE.test(inner)) return false;
  return words.every((w) => STARTS_UPPER.test(w) || nameParticles.has(w) || w === "of" || w === "the");
}

function paragraphsOf(body: readonly { sentence: Sentence; s: number; e: number }[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of body) {
    const last = out[out.length - 1];
    if (last && last.index === b.sentence.paragraph) last.e = Math.max(last.e, b.e);
    else out.push({ index: b.sentence.paragraph, s: b.s, e: b.e });
  }
  return out;
}

/** Pairs quote marks paragraph by paragraph; an unclosed quote continues into a next paragraph that opens with a mark. */
export function quoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const marks = quoteMarks(text);
  let mi = 0;
  let open: { at: number; paragraph: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let from = para.s;
    if (open) {
      // the continuation paragraph's opening mark is not a new quote
      const m = OPENS_WITH_QUOTE_MARK.exec(text.slice(para.s, para.s + 8));
      if (m) from = para.s + m[0].length;
    }
    while (mi < marks.length && marks[mi] < from) mi++;
    for (; mi < marks.length && marks[mi] < para.e; mi++) {
      const at = marks[mi];
      // character codes, not one-character strings (a curly mark's is a new string at every read)
      const mark = text.charCodeAt(at);
      const spaceBefore = at === 0 || isWhiteSpaceUnit(text.charCodeAt(at - 1));
      const spaceAfter = at + 1 >= text.length || isWhiteSpaceUnit(text.charCodeAt(at + 1));
      if (mark === OPENING_MARK || (mark === STRAIGHT_MARK && !open)) {
        if (mark === STRAIGHT_MARK && spaceAfter) continue;
        open = { at, paragraph: para.index };
        continue;
      }
      if (!open) continue;
      if (mark === STRAIGHT_MARK && spaceBefore && !spaceAfter) {
        // a straight mark after a space opens a new quote: the previous one was never closed
        open = { at, paragraph: para.index };
        continue;
      }
      pushSpan(spans, text, open.at, at, at + 1, open.paragraph, para.index);
      open = null;
    }
    if (open) {
      const next = paragraphs[p + 1];
      const continues = next && next.index === para.index + 1 && OPENS_WITH_QUOTE_MARK.test(text.slice(next.s, next.s + 8));
      if (!continues) {
        pushSpan(spans, text, open.at, para.e, para.e, open.paragraph, para.index);
        open = null;
      }
    }
  }
  return spans;
}

/**
 * Positions of " “ ” in the text, in order: a `test` loop, each mark one unit before where the search stops
 * (`matchAll` makes an iterator result per mark and `exec` a match array, and an `indexOf` per mark kind or a
 * loop over the characters cost more than the RegExp scan).
 */
function quoteMarks(text: string): number[] {
  const marks: number[] = [];
  for (QUOTE_MARK.lastIndex = 0; QUOTE_MARK.test(text); ) marks.push(QUOTE_MARK.lastIndex - 1);
  return marks;
}

function pushSpan(spans: QuoteSpan[], text: string, openAt: number, closeAt: number, outerE: number, pStart: number, pEnd: number): void {
  let s = openAt + 1;
  let e = closeAt;
  while (s < e && isWhiteSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && (isWhiteSpaceUnit(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) e--;
  if (e <= s) return;
  spans.push({ s, e, outerS: openAt, outerE, paragraphStart: pStart, paragraphEnd: pEnd });
}

interface Found {
  speaker: Speaker;
  /** lemma of the reporting verb */
  verb: string;
}

/** `…,” said X` / `…,” X said` / `…,” she added` in the rest of the sentence */
function speakerAfter(finder: SpeakerFinder, text: string, from: number, lineEnd: number): Found | null {
  const rest = text.slice(from, lineEnd);
  const lead = AFTER_QUOTE_LEAD.exec(rest)?.[0].length ?? 0;
  if (lead === 0 && rest.length > 0 && !isWhiteSpaceUnit(rest.charCodeAt(0))) return null;
  const pos = from + lead;
  const tail = text.slice(pos, Math.min(lineEnd, pos + 160));
  // verb first: "said Ana Ruiz", "added the ministry"
  const v = FIRST_WORD_THEN_SPACE.exec(tail);
  if (v && reportingVerbLemma.has(lowerCaseWord(v[1]))) {
    const who = finder.subjectAt(pos + v[0].length, lineEnd);
    if (who) return { speaker: who, verb: reportingVerbLemma.get(lowerCaseWord(v[1])) ?? "" };
  }
  // subject first: "Ana Ruiz said", "she added", "the ministry said", "Ruiz, a nurse, said"
  const who = finder.subjectAt(pos, lineEnd);
  if (who) {
    let after = text.slice(who.e, Math.min(lineEnd, who.e + 160));
    const app = APPOSITIVE_THEN.exec(after);
    if (app) after = after.slice(app[0].length);
    const w = VERB_AFTER_SUBJECT.exec(after);
    const lemma = w ? reportingVerbLemma.get(lowerCaseWord(w[1])) : undefined;
    if (lemma) return { speaker: who, verb: lemma };
  }
  return titledSpeakerAfter(finder, tail, pos);
}

/**
 * A title before the name: "SPLM-IO spokesman Lam Tut Gatkuoth said", "police spokesman James Ladu told
 * the BBC". The reporting verb stands within a few words, with only words (no punctuation or quote) before
 * it, and its subject is the name that ends right before it.
 */
function titledSpeakerAfter(finder: SpeakerFinder, tail: string, pos: number): Found | null {
  const lineBreak = tail.search(LINE_BREAK);
  const words = PLAIN_WORDS.exec(lineBreak < 0 ? tail : tail.slice(0, lineBreak));
  if (!words) return null;
  // an `exec` loop (`matchAll` makes an iterator result per word); most words are ruled out by their shape
  // before a lower case is made
  let m: RegExpExecArray | null;
  for (LETTER_RUN.lastIndex = 0; (m = LETTER_RUN.exec(words[0])); ) {
    if (m.index === 0 || !reportingVerbForms.mayHold(words[0], m.index, m.index + m[0].length)) continue;
    const lemma = reportingVerbLemma.get(lowerCaseWord(m[0]));
    if (lemma === undefined) continue;
    const who = finder.subjectBefore(pos, pos + m.index, m[0]);
    return who ? { speaker: who, verb: lemma } : null;
  }
  return null;
}

/** the subject of the nearest reporting verb before the quote in its sentence (verbs inside other quotes skipped) */
function speakerBefore(finder: SpeakerFinder, text: string, st: SentenceTokens, quoteAt: number, spans: readonly QuoteSpan[]): Found | null {
  for (let k = st.toks.length - 1; k >= 0; k--) {
    const tk = st.toks[k];
    const at = st.base + tk.s;
    if (at >= quoteAt || !tk.word || !tk.inSet(reportingVerbForms)) continue;
    const lemma = reportingVerbLemma.get(tk.lower)!;
    if (insideSpan(spans, at) || !isReportingUse(text, at, tk.t)) continue;
    const who = finder.subjectBefore(st.base, at, tk.t);
    if (who) return { speaker: who, verb: lemma };
  }
  return null;
}

/**
 * whether `at` lies inside a quote's marks; a plain loop, not a closure over the token loop's `at` (V8 then
 * allocates a scope for every token the loop passes)
 */
function insideSpan(spans: readonly QuoteSpan[], at: number): boolean {
  for (const q of spans) if (at >= q.outerS && at < q.outerE) return true;
  return false;
}
