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
import { isReportingUse, reportingVerbLemma } from "./reportingVerbs.ts";
import { nameParticles } from "./nameJoiners.ts";

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

const MARK_RE = /["“”]/g;
const SPACE = /\s/;
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

  const sentenceAt = (pos: number) => {
    let lo = 0;
    let hi = body.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (body[mid].s <= pos) lo = mid;
      else hi = mid - 1;
    }
    return body[lo];
  };

  const claims: Omit<Claim, "id">[] = [];
  let previous: { speaker: string; verb: string; paragraphEnd: number } | null = null;
  for (const q of spans) {
    const words = wordsOf(text.slice(q.s, q.e));
    if (words.length === 0) continue;
    const open = sentenceAt(q.outerS);
    const close = sentenceAt(Math.max(q.outerS, q.outerE - 1));
    const lead = text.slice(open.s, q.outerS);
    if (isNameLike(words, text.slice(q.s, q.e)) || (words.length <= 6 && ALIAS_LEAD.test(lead))) continue;
    const short = words.length <= 2;

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

/** lower-case words without accents or punctuation, to match one quote across sources */
export function quoteKey(quote: string): string {
  // ASCII text needs no decomposition: the same words, read by character code
  for (let k = 0; k < quote.length; k++) if (quote.charCodeAt(k) >= 128) return unicodeQuoteKey(quote);
  const lower = quote.toLowerCase();
  const n = lower.length;
  let out = "";
  let i = 0;
  for (;;) {
    while (i < n && !isAsciiLetterOrDigit(lower.charCodeAt(i))) i++;
    if (i >= n) return out;
    const start = i;
    while (i < n && isAsciiLetterOrDigit(lower.charCodeAt(i))) i++;
    out = out === "" ? lower.slice(start, i) : out + " " + lower.slice(start, i);
  }
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

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
  const marks: number[] = [];
  for (const m of text.matchAll(MARK_RE)) marks.push(m.index);
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
      const mark = text[at];
      const before = at > 0 ? text[at - 1] : " ";
      const after = at + 1 < text.length ? text[at + 1] : " ";
      if (mark === "“" || (mark === "\"" && !open)) {
        if (mark === "\"" && SPACE.test(after)) continue;
        open = { at, paragraph: para.index };
        continue;
      }
      if (!open) continue;
      if (mark === "\"" && SPACE.test(before) && !SPACE.test(after)) {
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

function pushSpan(spans: QuoteSpan[], text: string, openAt: number, closeAt: number, outerE: number, pStart: number, pEnd: number): void {
  let s = openAt + 1;
  let e = closeAt;
  while (s < e && SPACE.test(text[s])) s++;
  while (e > s && (SPACE.test(text[e - 1]) || text[e - 1] === ",")) e--;
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
  if (lead === 0 && rest.length > 0 && !SPACE.test(rest[0])) return null;
  const pos = from + lead;
  const tail = text.slice(pos, Math.min(lineEnd, pos + 160));
  // verb first: "said Ana Ruiz", "added the ministry"
  const v = FIRST_WORD_THEN_SPACE.exec(tail);
  if (v && reportingVerbLemma.has(v[1].toLowerCase())) {
    const who = finder.subjectAt(pos + v[0].length, lineEnd);
    if (who) return { speaker: who, verb: reportingVerbLemma.get(v[1].toLowerCase()) ?? "" };
  }
  // subject first: "Ana Ruiz said", "she added", "the ministry said", "Ruiz, a nurse, said"
  const who = finder.subjectAt(pos, lineEnd);
  if (who) {
    let after = text.slice(who.e, Math.min(lineEnd, who.e + 160));
    const app = APPOSITIVE_THEN.exec(after);
    if (app) after = after.slice(app[0].length);
    const w = VERB_AFTER_SUBJECT.exec(after);
    const lemma = w ? reportingVerbLemma.get(w[1].toLowerCase()) : undefined;
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
  for (const m of words[0].matchAll(LETTER_RUN)) {
    const lemma = reportingVerbLemma.get(m[0].toLowerCase());
    if (lemma === undefined || m.index === 0) continue;
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
    if (at >= quoteAt || !tk.word) continue;
    const lemma = reportingVerbLemma.get(tk.lower);
    if (lemma === undefined) continue;
    if (spans.some((q) => at >= q.outerS && at < q.outerE) || !isReportingUse(text, at, tk.t)) continue;
    const who = finder.subjectBefore(st.base, at, tk.t);
    if (who) return { speaker: who, verb: lemma };
  }
  return null;
}
