/**
 * Finds the lines of a news page that are not the article — comment
 * prompts, "Read more:" link blocks, bylines, ownership lines, photo
 * credits, "WATCH:" video teasers, share buttons, update notes ("Editor's note:"),
 * app and subscription prompts — using patterns common to
 * news sites, not to any one site. They are set aside as boilerplate spans
 * (the text itself is kept, so offsets do not move) and what they tell
 * about the article (publisher, author, date) is kept as metadata.
 *
 * Not handled: furniture in the middle of a sentence, captions without a
 * credit, bylines in languages other than English.
 */
import { CodePointIndex } from "../codePoints.ts";
import { spaceSeparatedCount, textLines } from "../textLines.ts";
import type { BoilerplateSpan } from "./schema.ts";

export interface PageFurniture {
  spans: BoilerplateSpan[];
  author: string;
  publisher: string;
  published: string;
}

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+(?:de|da|van|von|del|la|le|al|bin|[\p{Lu}][\p{L}'’.-]*)){0,4}`;

/** Phrases of a funding appeal; searched for on their own first, since the whole-line pattern scans every line. */
const APPEAL_PHRASE = String.raw`\b(?:reader-funded|reader-supported|support (?:our|us|independent) (?:work|journalism|newsroom|reporting)|donate (?:now|today)|become a (?:member|supporter|subscriber))\b`;

interface LineRule {
  rule: string;
  re: RegExp;
  /** a quick search a line must pass before the costlier `re` is tried */
  anchor?: RegExp;
  keep?: "author" | "publisher" | "published";
}

/** Whole lines that are page furniture, with what to keep from them. */
const LINE_RULES: LineRule[] = [
  { rule: "boilerplate:comments", re: /^(?:leave a (?:reply|comment)|post a comment|comments?(?: \(\d+\))?|\d+ comments?|add (?:a |your )?comment|join the conversation|cancel reply)\s*$/i },
  { rule: "boilerplate:share", re: /^(?:share(?: this)?(?: article| story| on \w+)?|tweet|print|email|copy link|share via[\w\s]*|follow us(?: on [\w\s,]+)?)\s*:?$/i },
  // "and" between names needs space around it: glued to a word it made the match exponential ("By AandBandB…!")
  { rule: "boilerplate:byline", re: new RegExp(String.raw`^(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Rr]eporting [Bb]y|[Bb]y|BY|WRITTEN BY|[Aa]uthor)\s*:?\s+(${NAME}(?:(?:\s*[,&]\s*|\s+and\s+)${NAME})*)(?:\s+[—–|]\s+(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\b.{0,60})?\s*$`, "u"), keep: "author" },
  { rule: "boilerplate:ownership", re: new RegExp(String.raw`^(?:this (?:article|story|content) (?:is owned by|was (?:originally )?(?:published|posted) (?:by|on|in)|first appeared (?:on|in))|(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?)\s*(?:the\s+)?(${NAME})\.?(?:\s+all rights reserved\.?)?\s*$`, "iu"), keep: "publisher" },
  { rule: "boilerplate:rights", re: /^all rights reserved\.?$/i },
  // "Published: Jun. 9, 2024 at 6:40 AM EDT | Updated: Jun. 9, 2024 at 4:05 PM EDT" (local TV and newspaper sites)
  { rule: "boilerplate:dateline", re: /^(?:published|updated|posted|last updated)\s*:?\s+(.{6,40}?)(?:\s*[|·•]\s*(?:published|updated|posted|last updated)\b.{0,60})?$/i, keep: "published" },
  // "Editor's note: This story was updated at 4:30 p.m. …", "This story has been updated." — about the page, not the event
  { rule: "boilerplate:update-note", re: /^(?:editor['’]s note\s*:.{0,300}|(?:this|the) (?:story|article|post|report) (?:has been|was|is being|will be) (?:updated|corrected)\b.{0,200})$/i },
  { rule: "boilerplate:media-teaser", re: /^(?:WATCH|VIDEO|LISTEN|PHOTOS|GALLERY|READ MORE|RELATED|SEE ALSO|MORE|ALSO READ|RECOMMENDED)\s*[:|-]\s*\S.*$/ },
  { rule: "boilerplate:newsletter", re: /^(?:sign up|subscribe)\b.{0,80}(?:newsletter|updates|inbox|free|unlimited access|a (?:week|month|year)|per (?:week|month|year))\b.*$/i },
  // the small print under a newsletter box: "Privacy Notice: Newsletters may contain info about charities…"
  { rule: "boilerplate:newsletter", re: /^privacy notice\s*:.{0,40}\bnewsletters?\b.{0,200}$/i },
  // "Download the WKRV 5 News app for breaking news alerts", "Get our app"
  { rule: "boilerplate:app-prompt", re: /^(?:download|get|install)\s+(?:the\s+|our\s+)?(?:free\s+)?[\w\s.&'’-]{0,40}\bapp\b.{0,100}$/i },
  { rule: "boilerplate:appeal", re: new RegExp(String.raw`^(?=.{0,240}$).*${APPEAL_PHRASE}.*$`, "i"), anchor: new RegExp(APPEAL_PHRASE, "i") },
  { rule: "boilerplate:advert", re: /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|skip advert(?:isement)?)\s*$/i },
  { rule: "boilerplate:photo-credit", re: /^(?:photo|image|picture|photograph|credit)s?(?: credit)?\s*:\s*.{2,120}$/i },
];

/**
 * What a line must pass before a rule's pattern is tried: the rule's anchor, or else one pattern
 * joining every rule of the same flags. Nearly every line matches no rule, and one test per group
 * costs less than one per rule.
 */
const JOINED_BY_FLAGS = new Map<string, RegExp>();
for (const flags of new Set(LINE_RULES.filter((r) => !r.anchor).map((r) => r.re.flags))) {
  const sources = LINE_RULES.filter((r) => !r.anchor && r.re.flags === flags).map((r) => `(?:${r.re.source})`);
  JOINED_BY_FLAGS.set(flags, new RegExp(sources.join("|"), flags));
}
const screenOf = (r: LineRule) => r.anchor ?? JOINED_BY_FLAGS.get(r.re.flags)!;
const SCREENS = [...new Set(LINE_RULES.map(screenOf))];
const SCREENED_RULES = LINE_RULES.map((r) => ({ ...r, screen: SCREENS.indexOf(screenOf(r)) }));

/** Lines that open a block of related links: the short lines that follow belong to it. */
const LINK_BLOCK_HEAD = /^(?:read more|related(?: articles| stories| coverage)?|see also|more on this story|more from [\w\s]+|recommended|you may also like|also read|most read)\s*:?\s*$/i;

/** A credit at the end of a caption line: "NAME/AGENCY via Getty Images", "(Photo: …)". */
const TRAILING_CREDIT = new RegExp(
  String.raw`(?:\s|^)((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*\s*/\s*[\p{Lu}][\p{L}]*(?:\s+via\s+[\p{L}\s]+)?|\S[^.!?]{0,60}\s+via\s+(?:Getty Images|Reuters|AP|AFP|Shutterstock|EPA|Alamy)|\((?:photo|image|picture|credit)s?[^)]{0,80}\))\s*$`,
  "u",
);

const CREDIT_ANCHOR = /\/|\bvia\b|\((?:photo|image|picture|credit)/i;

function isLinkLike(line: string): boolean {
  // a headline-style link: short, no final full stop
  const words = spaceSeparatedCount(line);
  return words <= 18 && !/[.!?]["”’)]?$/.test(line);
}

export function findPageFurniture(text: string): PageFurniture {
  let index: CodePointIndex | undefined; // built at the first span: many pages have none
  const spans: BoilerplateSpan[] = [];
  const meta = { author: "", publisher: "", published: "" };
  const lines = textLines(text);
  const add = (start: number, end: number, rule: string) => {
    index ??= new CodePointIndex(text);
    spans.push({ start: index.toCodePoint(start), end: index.toCodePoint(end), text: text.slice(start, end), rule });
  };

  // the next non-blank line after each line, in one backward pass (searching from every blank line was quadratic)
  const nextNonBlank: ({ text: string } | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, seen: { text: string } | undefined; i >= 0; i--) {
    nextNonBlank[i] = seen;
    if (lines[i].text !== "") seen = lines[i];
  }

  let inLinkBlock = false;
  lines.forEach((line, i) => {
    if (line.text === "") {
      // a blank line ends a link block only when the next line reads like prose
      const next = nextNonBlank[i];
      if (inLinkBlock && (!next || !isLinkLike(next.text))) inLinkBlock = false;
      return;
    }
    if (i === 0) return; // the first line is the title
    if (LINK_BLOCK_HEAD.test(line.text)) {
      add(line.start, line.end, "boilerplate:read-more");
      inLinkBlock = true;
      return;
    }
    if (inLinkBlock) {
      if (isLinkLike(line.text)) {
        add(line.start, line.end, "boilerplate:read-more");
        return;
      }
      inLinkBlock = false;
    }
    // a bit per screen: tested yet, and passed (bits rather than an array: this runs for every line)
    let tested = 0;
    let passed = 0;
    for (const r of SCREENED_RULES) {
      const bit = 1 << r.screen;
      if (!(tested & bit)) {
        tested |= bit;
        if (SCREENS[r.screen].test(line.text)) passed |= bit;
      }
      if (!(passed & bit)) continue;
      const m = r.re.exec(line.text);
      if (!m) continue;
      if (r.keep === "published") {
        const iso = isoFromLooseDate(m[1] ?? "");
        if (!iso) continue;
        if (!meta.published) meta.published = iso;
      } else if (r.keep && !meta[r.keep]) {
        // the name pattern reads capitalised words on, so a trailing "All rights reserved" is cut here
        meta[r.keep] = (m[1] ?? "").replace(/[.,]?\s*all rights reserved\.?$/i, "").replace(/\.$/, "").trim();
      }
      add(line.start, line.end, r.rule);
      return;
    }
    // the credit pattern is costly; most lines have none of its anchors
    const credit = CREDIT_ANCHOR.test(line.text) ? TRAILING_CREDIT.exec(line.text) : null;
    if (credit && /\/|via|photo|image|picture|credit/i.test(credit[1])) {
      const from = line.start + credit.index + credit[0].indexOf(credit[1]);
      add(from, line.end, "boilerplate:photo-credit");
    }
  });
  return { spans, ...meta };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "September 21, 2023", "21 September 2023", "2023-09-21" → ISO date, or "". */
export function isoFromLooseDate(s: string): string {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const pad = (n: number) => String(n).padStart(2, "0");
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  const pick = mdy ? { mon: mdy[1], day: +mdy[2], year: +mdy[3] } : dmy ? { mon: dmy[2], day: +dmy[1], year: +dmy[3] } : null;
  if (!pick) return "";
  const month = MONTHS.indexOf(pick.mon.slice(0, 3).toLowerCase());
  if (month < 0 || pick.day < 1 || pick.day > 31) return "";
  return `${pick.year}-${pad(month + 1)}-${pad(pick.day)}`;
}
