/**
 * Publication dates as news pages print them: "June 12, 2024", "12 June 2024, 18:05 BRT",
 * "Wed 12 Jun 2024 09.14 BST", "2024-06-12T18:05:00Z", and the wire dateline
 * "MANAUS, Brazil, June 12 (Reuters) -", which gives a month and day but no year.
 *
 * The date is the one printed (the local date of the page), never converted
 * between time zones and never taken from the clock. Later stages resolve
 * "on Tuesday" against it, so a wrong year is worse than none: a year-less
 * dateline gets its year only from evidence near that day (see `yearNear`).
 */

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Month names and the abbreviations pages use ("Sept.", "Jun"); matched case-insensitively where noted. */
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
/** The same, capitalised or in capitals, for patterns that must stay case-sensitive (time-zone abbreviations). */
const MONTH_CASED = `(?:${MONTH}|${MONTH.toUpperCase()})`;
const WEEKDAY = "(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:r(?:s)?)?|Fri|Sat(?:ur)?|Sun)(?:day)?";
const WEEKDAY_CASED = `(?:${WEEKDAY}|${WEEKDAY.toUpperCase()})`;

/** A full date with its year: month-day-year, day-month-year or ISO. Groups: (mdy month, day, year)(dmy day, month, year)(iso y, m, d). */
const FULL_DATE_SOURCE = String.raw`\b(?:(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\.?,?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?!\d)`;
const FULL_DATE = new RegExp(FULL_DATE_SOURCE, "i");
const FULL_DATES = new RegExp(FULL_DATE_SOURCE, "gi");

const pad = (n: number) => String(n).padStart(2, "0");

export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Days since 1970 of a valid calendar date, else null ("31 June" is not a date). */
function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  const back = new Date(t);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(t / 86_400_000);
}

function isoOf(year: number, month: number, day: number): string {
  return dayNumber(year, month, day) === null ? "" : `${year}-${pad(month)}-${pad(day)}`;
}

function isoOfMatch(m: RegExpExecArray): string {
  if (m[1]) return isoOf(+m[3], monthNumber(m[1]), +m[2]);
  if (m[4]) return isoOf(+m[6], monthNumber(m[5]), +m[4]);
  return isoOf(+m[7], +m[8], +m[9]);
}

/** The first full date in `s` ("September 21, 2023", "Tue 21 Sep 2023 10.15 BST", "2023-09-21T…") as ISO, or "". */
export function isoFromLooseDate(s: string): string {
  const m = FULL_DATE.exec(s);
  return m ? isoOfMatch(m) : "";
}

/** Every valid full date in a text, in order, as ISO dates. */
export function fullDatesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FULL_DATES)) {
    const iso = isoOfMatch(m);
    if (iso) out.push(iso);
  }
  return out;
}

const TIME = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)`;
const ZONE = String.raw`(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|local time)`;
const CASED_DATE = String.raw`(?:${MONTH_CASED}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_CASED}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)`;
const STAMP_WORD = "(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast [Uu]pdated|[Ff]irst [Pp]ublished|[Ff]irst [Pp]osted|[Ll]ast [Mm]odified|PUBLISHED|UPDATED|POSTED)";
/** A date as a page prints it on a line of its own: weekday, date, time and zone, with an optional "Updated". */
export const DATE_STAMP = String.raw`(?:${STAMP_WORD}(?:\s+on)?\s*:?\s+)?(?:${WEEKDAY_CASED}\.?,?\s+)?${CASED_DATE}(?:(?:,|\s+at|\s+[-–—|·•])?\s+${TIME}(?:\s+${ZONE})?)?`;

/** A line that is only a date: "12 June 2024, 18:05 BRT", "Tuesday, 20 February 2024", "Updated June 10, 2024, 7:12 p.m." */
export const DATE_ONLY_LINE = new RegExp(String.raw`^${DATE_STAMP}\.?$`);

/**
 * A wire dateline opening the first paragraph: a place in capitals, an optional region or country,
 * then a day (without a year as a rule) and/or the agency, then a dash. Groups: place, month name,
 * day (month first), day, month name (day first), year, agency.
 */
const WIRE_DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}?)(?:,\s+[\p{L}\p{M}'’.\- ]{2,30}?){0,2}(?:,?\s+(?:(${MONTH_CASED})\.?\s+(\d{1,2})|(\d{1,2})\s+(${MONTH_CASED})\.?)(?:,\s+(\d{4}))?)?\s*(?:\((\p{L}[\p{L} .&'’-]{0,30})\))?\s*(?:-{1,2}|[—–])\s`,
  "u",
);
const CAPITALS_START = /^\p{Lu}\p{M}?\p{Lu}/u;

/**
 * The dateline of agencies that print the place as written, with the country and the agency in
 * parentheses: "Murcia (Spain) (AFP) - ", "Kano (Nigeria) (AFP) – ". A place not in capitals could open
 * any sentence ("Officials (AFP) - " is rare, "Police (in Lagos) said" common), so this form needs one of the
 * wire agencies named here in the second parentheses, then a dash. Groups: place, agency.
 */
const PARENTHESISED_DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?)(?:\s+\([\p{L}\p{M}'’.\- ]{2,30}\))?\s+\((AFP|AP|Reuters|dpa|DPA|EFE|ANSA|Xinhua|UPI|Kyodo|Yonhap|PTI|IANS|ANI|AAP|Bernama|Anadolu|Lusa|TASS|Bloomberg)\)\s*(?:-{1,2}|[—–])\s`,
  "u",
);

/** Wire agencies a dateline names by a short form, and the name they publish under. */
const AGENCY_NAMES: Record<string, string> = { AP: "The Associated Press", AFP: "AFP", UPI: "UPI" };

export interface WireDateline {
  /** 1–12, or 0 when the dateline has no date */
  month: number;
  day: number;
  /** 0 when the dateline gives none (the usual case) */
  year: number;
  /** the agency in parentheses, by the name it publishes under, or "" */
  agency: string;
}

/** Reads a wire dateline at the start of a paragraph; null when the line does not open with one. */
export function wireDateline(line: string): WireDateline | null {
  if (!CAPITALS_START.test(line)) {
    const p = PARENTHESISED_DATELINE.exec(line);
    return p ? { month: 0, day: 0, year: 0, agency: AGENCY_NAMES[p[2]] ?? p[2] } : null;
  }
  const m = WIRE_DATELINE.exec(line);
  if (!m) return null;
  // the place must be in capitals ("PARIS", "SÃO PAULO"), which also keeps out "Officials, June 3 -"
  if (!/\p{Lu}{2}/u.test(m[1]) || /\p{Ll}/u.test(m[1])) return null;
  const monthName = m[2] ?? m[5];
  const day = +(m[3] ?? m[4] ?? 0);
  const agency = (m[7] ?? "").trim();
  if (!monthName && !agency) return null;
  const month = monthName ? monthNumber(monthName) : 0;
  if (monthName && (month === 0 || day < 1 || day > 31)) return null;
  return { month, day, year: m[6] ? +m[6] : 0, agency: AGENCY_NAMES[agency] ?? agency };
}

/**
 * The year that puts month/day nearest to one of the `evidence` dates (ISO), trying the evidence's own
 * year and the ones either side (a dateline of "Dec. 31" beside "2025-01-02" is 2024); 0 when no
 * evidence lies within `withinDays`. The first of equally near candidates wins.
 */
export function yearNear(month: number, day: number, evidence: readonly string[], withinDays: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (const iso of evidence) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!m) continue;
    const at = dayNumber(+m[1], +m[2], +m[3]);
    if (at === null) continue;
    for (const year of [+m[1], +m[1] - 1, +m[1] + 1]) {
      const candidate = dayNumber(year, month, day);
      if (candidate === null) continue;
      const distance = Math.abs(candidate - at);
      if (distance <= withinDays && distance < bestDistance) {
        best = year;
        bestDistance = distance;
      }
    }
  }
  return best;
}

export function isoDate(year: number, month: number, day: number): string {
  return isoOf(year, month, day);
}
