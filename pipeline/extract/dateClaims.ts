/**
 * Dates and times: calendar dates ("On September 20", "20 September 2023",
 * "2023-09-20"), months ("in March 2021"), weekdays ("on Wednesday"), years
 * ("in 2020"), clock times ("1:53 p.m.", "1353 (1023 GMT)"), and — only when
 * the article states its own date — relative days ("yesterday", "last year").
 *
 * Resolution uses the article's date (`Source.published`) and never today:
 * with no article date a weekday keeps its name as key ("wednesday") and a
 * day without year keeps "--09-20". Resolved dates get an ISO key and the
 * value in days since 1970-01-01; years and months get min/max days.
 *
 * Written as regular expressions rather than chrono-node: chrono parses the
 * same forms but costs ~1 MB/s on long texts and resolves against the clock
 * when no reference is given, which would break determinism.
 *
 * Not handled yet: numeric dates other than ISO ("20/09/2023" is ambiguous
 * between day-first and month-first), date ranges ("20-22 September") give
 * the first day only, seasons ("last summer"), and time zones other than
 * GMT/UTC are kept as written.
 */
import { wordRecord } from "./lowerWordSet.ts";
import type { SentenceView } from "./sentenceTokens.ts";
import type { ClaimDraft } from "./claimDraft.ts";
import { sortUnlessOrdered } from "./stableSort.ts";

const MONTH_NAMES: Record<string, number> = wordRecord({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const ON = "(?:([Oo]n) )?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:1[89]|20)\\d\\d)";

// the optional weekday before a date ("Wednesday, September 20") is part of it
const R_MDY = new RegExp(`\\b${ON}(?:${WEEKDAY},? )?${MONTH} ${DAY}(?:(?:,? ${YEAR})\\b)?(?![\\d:])`, "g");
const R_DMY = new RegExp(`\\b${ON}(?:${WEEKDAY},? )?(?:the )?${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?\\b`, "g");
const R_MY = new RegExp(`\\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Dd]uring|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Tt]hrough) (?:(?:early|late|mid)-? ?)?)?${MONTH}(?: ${YEAR})?\\b`, "g");
const R_ISO = /\b((?:1[89]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const R_WEEKDAY = new RegExp(`\\b${ON}(?:([Ll]ast|[Tt]his|[Nn]ext) )?${WEEKDAY}(?:['’]s)?(?: (morning|afternoon|evening|night))?\\b`, "g");
const R_YEAR = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Bb]efore|[Aa]fter|[Tt]hrough|[Bb]etween|[Ee]arly|[Ll]ate|mid-|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)[ -]((?:1[89]|20)\d\d)(?:[-–]((?:1[89]|20)?\d\d))?\b/g;
/**
 * A year naming an event it modifies: "since the 2019 sinking", "its 2021 report", "the 2014 World Cup". Not
 * before a plural or a collective noun, where the number counts ("the 2000 soldiers", "the 1900 police").
 */
const ANY_YEAR = /\b(?:1[89]|20)\d\d\b/;
const R_YEAR_MODIFIER = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Ll]ast)\s+((?:1[89]|20)\d\d)(?=\s+(?:\p{Lu}|(?!(?:people|police|personnel|staff|crew|cattle|livestock|militia|military|poultry|clergy|youth|infantry)\b)\p{Ll}+(?<!s)\b|(?:floods|elections|riots|protests|games|strikes|attacks|fires|wildfires|bombings|killings|talks|polls|clashes|uprisings|olympics|hearings|midterms|primaries|negotiations|rains|monsoons|storms|earthquakes|landslides|floods|droughts|sanctions|reforms)\b))/gu;
const ZONE = "(GMT|UTC|local time|ET|EST|EDT|CT|PT|PST|PDT|CET|CEST|BST|IST|JST|AEST)";
const R_CLOCK = new RegExp(`\\b([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s?([ap])\\.?m\\b\\.?)?(?: ${ZONE}\\b)?(?: \\(([01]?\\d|2[0-3]):?([0-5]\\d)(?: ?([ap])\\.?m\\.?)? (GMT|UTC)\\))?`, "gi");
const R_AMPM = /\b(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?(?: (GMT|UTC|local time))?/gi;
// 24-hour times without a colon need a zone or a bracketed GMT to tell them from numbers
const R_MILITARY = /\b([01]\d|2[0-3])([0-5]\d)(?: (GMT|UTC|hrs|hours|local time|local))?(?: \(([01]\d|2[0-3]):?([0-5]\d) (GMT|UTC)\))?/g;
const R_RELATIVE = /\b([Tt]oday|[Yy]esterday|[Tt]omorrow|[Ll]ast night|[Tt]his (?:morning|afternoon|evening)|[Ll]ast (?:week|month|year)|[Nn]ext (?:week|month|year)|[Tt]his (?:year|month))\b/g;
const FUTURE = /\b(?:will|won't|would|shall|'ll|’ll|is to|are to|scheduled|due to|plans? to|planned|expected to|upcoming|next)\b/i;
/** what ends a clause around a date: its tense, not the sentence's, says which way a day name points */
const CLAUSE_BREAKS = [",", ";", ":", " and ", " but ", " while ", " as ", " after ", " before "];
/** a clause told in the past: a past auxiliary or a regular past form */
const PAST_MARK = /\b(?:was|were|had|did|said|began|came|went|took|saw|found|left|broke|fell|rose|ran|burnt|burned|[a-z]+ed)\b/;
/** "April last year", "March next year" right after a month */
const RELATIVE_YEAR_AFTER = /^,? (last|next|this) year\b/;

// the cheap gate before the date patterns: a digit, a capitalised month or weekday, a relative word
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const DAY_WORD = /day\b/;
const RELATIVE_WORD = /night|week|month|year|morning|afternoon|evening/;
const ISO_DATE_START = /^(\d{4})-(\d{2})-(\d{2})/;
const FINAL_DOT = /\.$/;
const WHITE_SPACE = /\s/;
// gates of the clock-time patterns
const AM_PM = /\d ?[aApP]\.?[mM]\b/;
const MILITARY_TIME = /\d{4} (?:\(|GMT|UTC|hrs|hours|local)/;

const DAY_MS = 86_400_000;

export interface Reference { days: number; year: number; month: number; day: number }

/** the article's own date, or null: never the clock */
export function referenceDate(published: string): Reference | null {
  const m = ISO_DATE_START.exec(published);
  if (!m) return null;
  const days = daysOf(+m[1], +m[2], +m[3]);
  return days === null ? null : { days, year: +m[1], month: +m[2], day: +m[3] };
}

function daysOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / DAY_MS);
}

function isoOf(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");

function monthOf(name: string): number {
  return MONTH_NAMES[name.toLowerCase().replace(FINAL_DOT, "")] ?? 0;
}

interface Found { start: number; end: number; draft: Omit<ClaimDraft, "start" | "end"> }

function dateDraft(key: string, value: number | null, min: number | null, max: number | null, unit = "date"): Omit<ClaimDraft, "start" | "end"> {
  return { kind: "date", value, valueMin: min, valueMax: max, unit, qualifier: "", verb: "", key, context: "" };
}

/** a day and month, with or without a year; a missing year comes from the reference */
function dayMonth(day: number, month: number, year: number | null, ref: Reference | null, future: boolean): Omit<ClaimDraft, "start" | "end"> | null {
  if (month < 1 || day < 1 || day > 31) return null;
  if (year !== null) {
    const d = daysOf(year, month, day);
    return d === null ? null : dateDraft(isoOf(d), d, null, null);
  }
  if (!ref) return daysOf(2000, month, day) === null ? null : dateDraft(`--${pad(month)}-${pad(day)}`, null, null, null);
  let y = ref.year;
  let d = daysOf(y, month, day);
  // a day far after the article date is last year's, unless the sentence looks ahead
  if (d !== null && !future && d > ref.days + 60) d = daysOf(--y, month, day);
  if (d !== null && future && d < ref.days - 300) d = daysOf(++y, month, day);
  return d === null ? null : dateDraft(isoOf(d), d, null, null);
}

function weekday(name: string, modifier: string, ref: Reference | null, future: boolean): Omit<ClaimDraft, "start" | "end"> {
  const wd = WEEKDAYS.indexOf(name.toLowerCase());
  if (!ref) return dateDraft(name.toLowerCase(), null, null, null);
  const refWd = (ref.days + 4) % 7; // 1970-01-01 was a Thursday
  const mod = modifier.toLowerCase();
  let d: number;
  if (mod === "next" || (future && mod !== "last")) {
    d = ref.days + (((wd - refWd + 7) % 7) || (mod === "next" ? 7 : 0));
  } else {
    // news reports "on Wednesday" for the latest Wednesday up to the article's day
    d = ref.days - ((refWd - wd + 7) % 7);
    if (mod === "last" && d === ref.days) d -= 7;
  }
  return dateDraft(isoOf(d), d, null, null);
}

function clockKey(h: number, m: number, ampm: string | undefined): string | null {
  let hh = h;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const pm = ampm.toLowerCase() === "p";
    hh = (h % 12) + (pm ? 12 : 0);
  }
  return `${pad(hh)}:${pad(m)}`;
}

/**
 * Whether the clause holding text[at] looks ahead ("reached the town on Monday and will continue" looks back
 * at Monday). Asked only once a date is found, so the clause scan costs nothing on most sentences.
 */
function clauseLooksAhead(text: string, at: number): boolean {
  let s = 0;
  let e = text.length;
  for (const b of CLAUSE_BREAKS) {
    const before = text.lastIndexOf(b, at - 1);
    if (before >= 0 && before + b.length > s && before + b.length <= at) s = before + b.length;
    const after = text.indexOf(b, at);
    if (after >= 0 && after < e) e = after;
  }
  const clause = s === 0 && e === text.length ? text : text.slice(s, e);
  if (FUTURE.test(clause)) return true;
  // another clause's future counts unless this one is told in the past ("which starts on Friday, will …")
  return clause !== text && !PAST_MARK.test(clause) && FUTURE.test(text);
}

/** a plain function rather than a closure per sentence (tsx wraps named closures at every creation) */
function add(found: Found[], m: RegExpExecArray, draft: Omit<ClaimDraft, "start" | "end"> | null, skipLead = 0): void {
  if (draft) found.push({ start: m.index + skipLead, end: m.index + m[0].length, draft });
}

/** `ref`: the article's date as `referenceDate(published)` reads it (a caller with many sentences reads it once) */
export function dateClaims(view: SentenceView, published: string, ref: Reference | null = referenceDate(published)): ClaimDraft[] {
  const text = view.text;
  // cheap gate: nothing date-like without a digit, a capitalised month/weekday or a relative word (the
  // tokenizer noted digits and month abbreviations, so most sentences ask neither pattern)
  const digit = view.hasDigit;
  const monthName = view.mayNameMonth && MONTH_ABBREVIATION.test(text);
  const dayWord = DAY_WORD.test(text);
  if (!digit && !monthName && !dayWord && !(published && RELATIVE_WORD.test(text))) return [];
  const found: Found[] = [];
  let m: RegExpExecArray | null;
  if (monthName) for (R_MDY.lastIndex = 0; (m = R_MDY.exec(text)); ) add(found, m, dayMonth(+m[4], monthOf(m[3]), m[5] ? +m[5] : null, ref, clauseLooksAhead(text, m.index)));
  if (monthName && digit) for (R_DMY.lastIndex = 0; (m = R_DMY.exec(text)); ) add(found, m, dayMonth(+m[3], monthOf(m[4]), m[5] ? +m[5] : null, ref, clauseLooksAhead(text, m.index)));
  // a year-like number stands in every ISO date and after every year's preposition: one scan rules most sentences out
  const yearLike = digit && ANY_YEAR.test(text);
  if (yearLike) for (R_ISO.lastIndex = 0; (m = R_ISO.exec(text)); ) add(found, m, dayMonth(+m[3], +m[2], +m[1], ref, clauseLooksAhead(text, m.index)));
  if (monthName) for (R_MY.lastIndex = 0; (m = R_MY.exec(text)); ) {
    const month = monthOf(m[1]);
    // "May" alone is a verb as often as a month: it needs a year or a preposition before it
    const lead = m[0].length - m[1].length - (m[2] ? m[2].length + 1 : 0);
    if (!m[2] && lead === 0) continue;
    if (m[1] === "May" && !m[2] && !/^(?:[Ii]n|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)\b/.test(m[0])) continue;
    let y = m[2] ? +m[2] : ref ? ref.year : null;
    // "since April last year": the year is said in words after the month
    const relative = !m[2] && ref ? RELATIVE_YEAR_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) : null;
    if (relative && ref) {
      y = ref.year + (relative[1] === "last" ? -1 : relative[1] === "next" ? 1 : 0);
      const first = daysOf(y, month, 1)!;
      const last = daysOf(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1)! - 1;
      found.push({ start: m.index + lead, end: m.index + m[0].length + relative[0].length, draft: dateDraft(`${y}-${pad(month)}`, null, first, last) });
      continue;
    }
    if (!m[2] && ref && !clauseLooksAhead(text, m.index) && daysOf(ref.year, month, 1)! > ref.days + 60) y = ref.year - 1;
    if (y === null) {
      add(found, m, dateDraft(`--${pad(month)}`, null, null, null), lead);
    } else {
      const first = daysOf(y, month, 1)!;
      const last = daysOf(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1)! - 1;
      add(found, m, dateDraft(`${y}-${pad(month)}`, null, first, last), lead);
    }
  }
  if (dayWord) for (R_WEEKDAY.lastIndex = 0; (m = R_WEEKDAY.exec(text)); ) add(found, m, weekday(m[3], m[2] ?? "", ref, clauseLooksAhead(text, m.index)));
  if (yearLike) for (R_YEAR.lastIndex = 0; (m = R_YEAR.exec(text)); ) {
    const y = +m[1];
    const lead = m[0].indexOf(m[1]);
    if (m[2]) {
      const y2 = m[2].length === 2 ? Math.floor(y / 100) * 100 + +m[2] : +m[2];
      if (y2 <= y) continue;
      add(found, m, dateDraft(`${y}/${y2}`, null, daysOf(y, 1, 1), daysOf(y2, 12, 31), "date"), lead);
    } else add(found, m, dateDraft(String(y), null, daysOf(y, 1, 1), daysOf(y, 12, 31), "date"), lead);
  }
  // the modifier pattern (Unicode, look-arounds) only where a year-like number stands at all
  if (yearLike) for (R_YEAR_MODIFIER.lastIndex = 0; (m = R_YEAR_MODIFIER.exec(text)); ) {
    const y = +m[1];
    add(found, m, dateDraft(String(y), null, daysOf(y, 1, 1), daysOf(y, 12, 31), "date"), m[0].indexOf(m[1]));
  }
  const colon = digit && text.includes(":");
  if (colon) for (R_CLOCK.lastIndex = 0; (m = R_CLOCK.exec(text)); ) {
    const local = clockKey(+m[1], +m[2], m[3]);
    const utc = m[5] ? clockKey(+m[5], +m[6], m[7]) : null;
    const zone = m[4] && /^(?:GMT|UTC)$/i.test(m[4]) ? "Z" : "";
    const key = utc ? `${utc}Z` : local ? local + zone : null;
    if (key) add(found, m, dateDraft(key, null, null, null, "time"));
  }
  const ampm = digit && AM_PM.test(text);
  if (ampm) for (R_AMPM.lastIndex = 0; (m = R_AMPM.exec(text)); ) {
    const k = clockKey(+m[1], 0, m[2]);
    if (k) add(found, m, dateDraft(k + (m[3] && /^(?:GMT|UTC)$/i.test(m[3]) ? "Z" : ""), null, null, null, "time"));
  }
  const military = digit && MILITARY_TIME.test(text);
  if (military) for (R_MILITARY.lastIndex = 0; (m = R_MILITARY.exec(text)); ) {
    if (!m[3] && !m[4]) continue;
    const zone = m[3] && /^(?:GMT|UTC)$/.test(m[3]) ? "Z" : "";
    const key = m[4] ? `${m[4]}:${m[5]}Z` : `${m[1]}:${m[2]}${zone}`;
    add(found, m, dateDraft(key, null, null, null, "time"));
  }
  if (ref) {
    for (R_RELATIVE.lastIndex = 0; (m = R_RELATIVE.exec(text)); ) {
      const w = m[1].toLowerCase();
      let draft: Omit<ClaimDraft, "start" | "end"> | null = null;
      if (w === "today" || w === "tonight" || w.startsWith("this ") && !/year|month/.test(w)) draft = dateDraft(isoOf(ref.days), ref.days, null, null);
      else if (w === "yesterday" || w === "last night") draft = dateDraft(isoOf(ref.days - 1), ref.days - 1, null, null);
      else if (w === "tomorrow") draft = dateDraft(isoOf(ref.days + 1), ref.days + 1, null, null);
      else if (/year$/.test(w)) {
        const y = ref.year + (w.startsWith("last") ? -1 : w.startsWith("next") ? 1 : 0);
        draft = dateDraft(String(y), null, daysOf(y, 1, 1), daysOf(y, 12, 31));
      }
      add(found, m, draft);
    }
  }
  // keep the longest match where forms overlap ("Wednesday, September 20" over "Wednesday")
  sortUnlessOrdered(found, longestFirst);
  const out: ClaimDraft[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.start < reach) continue;
    const d = f.draft;
    // written out rather than spread (same key order)
    out.push({
      kind: d.kind, value: d.value, valueMin: d.valueMin, valueMax: d.valueMax, unit: d.unit, qualifier: d.qualifier,
      verb: d.verb, key: d.key, context: d.context, start: f.start, end: trimEnd(text, f.start, f.end),
    });
    reach = f.end;
  }
  return out;
}

/** by start, the longer of two forms at one start first */
function longestFirst(a: Found, b: Found): number {
  return a.start - b.start || b.end - a.end;
}

/** a sentence-final "p.m." keeps its dot; trailing spaces never belong to a claim */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && WHITE_SPACE.test(text[e - 1])) e--;
  return e;
}
