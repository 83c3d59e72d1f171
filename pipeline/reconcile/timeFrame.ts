/**
 * Which time a claim is about. Background paragraphs recall earlier events
 * with an explicit year ("In 2020 … 46 deaths during a riot"); such a claim
 * must not be compared with the main event's toll. A claim's frame is the
 * explicit past year its sentence names, or "" for the story's own time.
 *
 * The story's own years come from the articles' publication dates and the
 * full dates the extractor resolved; a year named in sentences of two or
 * more sources also counts as the story's own when nothing else is known.
 *
 * A month named without a day or year ("In March, four people were wounded",
 * "during the union's December strike") is background too when it is not a
 * month the articles were published in and the sentence does not look ahead.
 *
 * Not handled yet: relative background ("last year", "a decade ago",
 * "the previous riot") and years written as words.
 */
import type { Claim } from "../extract/schema.ts";
import type { Source } from "../ingest/schema.ts";

const monthNames = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
/**
 * A year introduced the way prose introduces a point in time, not a count of 2,000 things: after a
 * preposition, with or without an article ("in 2019", "since the 2019 sinking", "after a 2015 ruling").
 */
const yearPattern = new RegExp(
  String.raw`(?:\b(?:in|since|during|until|till|by|from|of|early|late|mid|back in|before|after|(?:${monthNames})\.?(?:\s+\d{1,2},?)?)\s+(?:(?:the|a|an)\s+)?)((?:1[89]|20)\d\d)\b(?!\s*(?:people|persons|inmates|prisoners|troops|soldiers|officers|members|workers|employees|residents|students|children|families|patients|passengers|protesters|votes|cases|jobs|homes|houses|km|miles|\$))|\b((?:1[89]|20)\d\d)(?='s\b|\s*[,–-]\s*(?:19|20)\d\d)`,
  "gi",
);

/**
 * A year that dates where something comes from ("founded in 1921", "built in
 * 1958", "a member since 2011") describes it; it does not move the sentence's
 * figures into the past ("the company, founded in 1921, employs 1,400 people").
 */
const originYear = /\b(?:founded|established|formed|created|born|built|opened|set up|incorporated|launched|independent)\s+(?:\p{L}+\s+){0,3}?(?:in|since)\s+$/iu;

/** Explicit years a sentence places its events in. */
export function yearsIn(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(yearPattern)) {
    const lead = m[0].slice(0, m[0].length - String(m[1] ?? m[2]).length);
    if (originYear.test(sentence.slice(0, m.index) + lead)) continue;
    out.push(Number(m[1] ?? m[2]));
  }
  return out;
}

/**
 * Years the story itself happens in, from publication dates, resolved dates and widely named years
 * (`yearsOf`: `yearsIn`, or a caller's copy that remembers its answers).
 */
export function storyYears(
  sources: readonly Source[],
  claims: readonly Claim[],
  sentenceOf: (c: Claim) => string,
  yearsOf: (sentence: string) => readonly number[] = yearsIn,
): Set<number> {
  const years = new Set<number>();
  for (const s of sources) {
    const y = /^(\d{4})-/.exec(s.published)?.[1];
    if (y) years.add(Number(y));
  }
  // (the loops over every claim are indexed: they run once per call, mostly before the JIT has compiled them)
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.kind !== "date") continue;
    const y = /^(\d{4})-\d{2}-\d{2}$/.exec(c.key)?.[1];
    if (y) years.add(Number(y));
  }
  if (years.size === 0) {
    const sourcesNaming = new Map<number, Set<string>>();
    // claims of one sentence share its years
    const yearsOfSentence = new Map<string, readonly number[]>();
    let previous: Claim | null = null;
    for (let k = 0; k < claims.length; k++) {
      const c = claims[k];
      // (a claim in the same sentence as the one before adds nothing new)
      if (previous && c.sourceId === previous.sourceId && c.sentenceIndex === previous.sentenceIndex) continue;
      previous = c;
      const sentence = sentenceOf(c);
      let named = yearsOfSentence.get(sentence);
      if (!named) {
        named = yearsOf(sentence);
        yearsOfSentence.set(sentence, named);
      }
      for (const y of named) {
        if (!sourcesNaming.has(y)) sourcesNaming.set(y, new Set());
        sourcesNaming.get(y)!.add(c.sourceId);
      }
    }
    for (const [y, srcs] of sourcesNaming) if (srcs.size >= 2) years.add(y);
  }
  return years;
}

/**
 * "" for the story's own time, else the earliest background year the claim's sentence names (`named`:
 * `yearsIn(sentence)`, when the caller has it already).
 */
export function frameOf(sentence: string, own: ReadonlySet<number>, named: readonly number[] = yearsIn(sentence)): string {
  const latestOwn = own.size ? Math.max(...own) : Infinity;
  // a sentence that dates itself in the story's own year ("On 14 March 2024 … speeches he made in 2023")
  // is about the story; the earlier year only qualifies a detail
  if (named.some((y) => own.has(y))) return "";
  const background = named.filter((y) => !own.has(y) && y < latestOwn);
  // without any known story year, any explicit year marks the sentence as set apart
  const candidates = own.size ? background : named;
  return candidates.length ? String(Math.min(...candidates)) : "";
}

const fullMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** "in March", "during the union's December strike", "last November" — a month with no day after it. */
const bareMonthPattern =
  /\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil|[Tt]hrough|[Tt]hroughout|[Bb]y)\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+){0,2}(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]+\d)/gu;
const lookingAhead = /\b(?:will|would|shall|next|due|scheduled|planned|expected|upcoming)\b/i;

/** The months (1–12) the articles were published in. */
export function storyMonths(sources: readonly Source[]): Set<number> {
  const out = new Set<number>();
  for (const s of sources) {
    const m = /^\d{4}-(\d{2})-/.exec(s.published)?.[1];
    if (m) out.add(Number(m));
  }
  return out;
}

/**
 * "" unless the sentence recalls another month than the story's, with no year: then that month's name
 * (`named`: `yearsIn(sentence)`, when the caller has it already).
 */
export function monthFrameOf(sentence: string, own: ReadonlySet<number>, named?: readonly number[]): string {
  if (own.size === 0 || (named ?? yearsIn(sentence)).length > 0 || lookingAhead.test(sentence)) return "";
  for (const m of sentence.matchAll(bareMonthPattern)) {
    const month = fullMonths.indexOf(m[1].toLowerCase()) + 1;
    if (!own.has(month)) return fullMonths[month - 1];
  }
  return "";
}
