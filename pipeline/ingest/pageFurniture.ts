/**
 * Finds the lines of a news page that are not the article — comment
 * prompts, "Read more:" link blocks, bylines and wire credits, ownership
 * and edition lines, photo credits, "Watch:" teasers, share bars, update
 * and live-page notes, newsletter, app and subscription prompts, newsroom
 * contacts, tag lists, press-release labels and end marks — using patterns
 * common to news sites, not to any one site. Between the title and the
 * first sentence of prose (the page header) a bare date, a dated credit
 * line, a section path, a masthead or issuer line and a desk line under
 * the byline are furniture too. A first line that only names the kind of
 * document ("MEDIA RELEASE") is furniture, and the title is found below it.
 * They are set aside as boilerplate spans (the text itself is kept, so
 * offsets do not move) and what they tell about the article (publisher,
 * author, date, and a wire dateline's day) is kept as metadata.
 *
 * Not handled: furniture in the middle of a sentence, captions without a
 * credit, bylines in languages other than English.
 */
import { CodePointIndex } from "../codePoints.ts";
import { isWhiteSpaceUnit, spaceSeparatedCount, textLines } from "../textLines.ts";
import type { BoilerplateSpan } from "./schema.ts";
import { DATE_STAMP, DATE_ONLY_LINE, fullDatesIn, isoDate, isoFromLooseDate, wireDateline, yearNear, type WireDateline } from "./publicationDate.ts";

export interface PageFurniture {
  spans: BoilerplateSpan[];
  author: string;
  publisher: string;
  published: string;
  /**
   * The title when the first line is not it: a press release opening with a label ("MEDIA RELEASE")
   * has its title below the label, the issuer and the date. "" when the first line is the title.
   */
  title: string;
  /**
   * A wire dateline's month and day when no year for it was found in the page ("MANAUS, June 12
   * (Reuters) -"): `published` is then "" and the caller may look for the year in the other articles.
   */
  datelineDay: { month: number; day: number } | null;
}

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+(?:de|da|van|von|del|la|le|al|bin|[\p{Lu}][\p{L}'’.-]*)){0,4}`;

/** Lower-case words naming the writers' role before a byline's names: "regional reporters", "our chief correspondent". */
const BYLINE_ROLE = String.raw`(?:(?:our|the|a|\p{Ll}[\p{Ll}-]{1,20})\s+){0,3}(?:reporters?|correspondents?|editors?|writers?|staff|journalists?|producers?|columnists?)`;

/**
 * Nouns in the names of news outlets and of the bodies that issue statements ("Valley Advocate",
 * "GNB News", "Fire Brigades Authority"): a short capitalised line with one of them in a page's header,
 * or after a comma in a byline, names who publishes the page rather than a person.
 */
const OUTLET_NOUN = /\b(?:News|Newsroom|Times|Post|Herald|Tribune|Journal|Gazette|Gazeta|Press|Daily|Weekly|Courier|Chronicle|Echo|Dispatch|Advocate|Ledger|Observer|Monitor|Telegraph|Mail|Express|Standard|Record|Review|Bulletin|Examiner|Inquirer|Enquirer|Register|Sentinel|Today|Magazine|Radio|TV|Television|Broadcasting|Network|Media|Wire|Watch|Online|Voice|Globe|Mirror|Independent|Leader|Argus|Advertiser|Citizen|Banner|Beacon|Messenger|Mercury|Guardian|Authority|Agency|Service|Services|Department|Ministry|Council|Police|Commission|Office|Association|Union|Federation|Institute|Foundation|Corporation|Company|Group|Brigade|Brigades|Government|Organisation|Organization|Committee|Board|Trust|Bureau|Secretariat|Administration|Reuters|AFP|AP|Bloomberg|Xinhua|Kyodo|Yonhap|Bernama|Anadolu)\b/;
/** a job, not an outlet: "By Jane Roe, World Editor" */
const JOB_WORD = /\b(?:editor|correspondent|reporter|writer|producer|columnist|journalist|photographer)s?\b/i;

/**
 * A line that is only a name: capitalised words (and the small words names have), no sentence.
 * "Yallaroo Valley Advocate", "Rural Fire Brigades Authority", "WKRV 5 News".
 */
const NAME_LINE = /^(?:The\s+)?[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*(?:\s+(?:of|the|and|for|on|de|du|do|da|dos|das|del|della|di|von|van|der|den|la|le|al|&|[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*)){0,7}$/u;
const NAME_LINE_MAX_LENGTH = 70;

/** The first writer of a byline's names, and an outlet named after a comma ("Lena Roe, Example Watch"). */
function bylineNames(names: string): { author: string; outlet: string } {
  const parts = names.split(/\s*[,&]\s*|\s+and\s+/);
  const last = parts[parts.length - 1];
  const outlet = parts.length > 1 && names.includes(",") && OUTLET_NOUN.test(last) && !JOB_WORD.test(last) ? last : "";
  return { author: parts[0], outlet };
}

/** Phrases of a funding appeal; searched for on their own first, since the whole-line pattern scans every line. */
const APPEAL_PHRASE = String.raw`\b(?:reader-funded|reader-supported|support (?:our|us|independent) (?:work|journalism|newsroom|reporting)|donate (?:now|today)|become a (?:member|supporter|subscriber))\b`;

interface LineRule {
  rule: string;
  re: RegExp;
  /** a quick search a line must pass before the costlier `re` is tried */
  anchor?: RegExp;
  keep?: "author" | "publisher" | "published";
  /** what to keep when it is not the first group as it stands */
  pick?: (m: RegExpExecArray) => string;
  /** who a dated credit line names ("Jane Roe", "The Riverside live team"), kept as author or publisher */
  byWhom?: (m: RegExpExecArray) => string;
  /** the outlet a line names besides what `keep` keeps ("By Jane Roe for the Daily Example"), kept as publisher */
  outlet?: (m: RegExpExecArray) => string;
}

/** "Copyright 2024 The Associated Press. All rights reserved. This material may not be…" → "The Associated Press". */
function copyrightHolder(m: RegExpExecArray): string {
  const rest = m[0].replace(/^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*/i, "");
  const holder = /^(.{2,80}?)(?:,?\s+\d{4})?(?:[.,;]\s|[.,;]?$|\s+all rights\b)/i.exec(rest);
  return holder ? holder[1].replace(/^the\s+/i, "") : "";
}

/** The first name of a wire credit: "(Reporting by Carla Mendes in Recife; Editing by …)" → "Carla Mendes". */
const CREDIT_AUTHOR = new RegExp(String.raw`^\(?(?:[Rr]eporting|[Ww]riting|[Rr]eporting and writing) by\s+(${NAME})`, "u");

/**
 * One search for the words of the rules whose patterns scan the whole line (a phrase anywhere in it,
 * or a name before "edition"): nearly every line lacks all of them, and one joined search costs less
 * than one per rule. Those rules take only short lines, so long paragraphs skip the search.
 */
const RARE_WORDS_MAX_LENGTH = 300;
const RARE_WORDS = new RegExp(String.raw`${APPEAL_PHRASE}|\b(?:sign up|subscribe|to your inbox|click here|contributed)\b|[Ee]dition$`, "i");

/**
 * A line naming the kind of document, not its subject: "MEDIA RELEASE", "Press statement", "FOR IMMEDIATE
 * RELEASE", "UPDATE". As a first line it is not the title.
 */
const DOCUMENT_LABEL = /^(?:(?:press|news|media) (?:release|statement|advisory)|(?:joint |public |official )?statement|for immediate release|update|embargoed (?:until|till)\b.{0,60})\s*:?$/i;

/** Whole lines that are page furniture, with what to keep from them. */
const LINE_RULES: LineRule[] = [
  { rule: "boilerplate:comments", re: /^(?:leave a (?:reply|comment)|post a comment|comments?(?: \([\d,.]+\))?|[\d,]+ comments?|add (?:a |your )?comment|join the conversation|cancel reply)\s*$/i },
  { rule: "boilerplate:share", re: /^(?:share(?: this)?(?: article| story| page| post)?(?: on \w+)?|tweet|print|email|copy link|reuse this content|share via[\w\s]*|follow us(?: (?:on|at) .{1,80})?)\s*:?$/i },
  // a row of share buttons: "Share: Facebook · X · WhatsApp · Comments (1,204)" (no sentence in it)
  { rule: "boilerplate:share", re: /^share(?: this(?: article| story| page| post)?)?\s*:\s*[^.!?]{0,160}$/i },
  // "and" between names needs space around it: glued to a word it made the match exponential ("By AandBandB…!").
  // A role may stand before the names ("By regional reporters A and B"), and the outlet after them
  // ("By A for the Daily Example", "By A, Example News") or the place written from ("By A in Lagos").
  {
    rule: "boilerplate:byline",
    re: new RegExp(String.raw`^(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Rr]eporting [Bb]y|[Bb]y|BY|WRITTEN BY|[Aa]uthor)\s*:?\s+(?:${BYLINE_ROLE}\s+)?(${NAME}(?:(?:\s*[,&]\s*|\s+and\s+)${NAME})*)(?:\s+for\s+(?:the\s+)?(${NAME})|\s+in\s+${NAME})?(?:\s+[—–|]\s+(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\b.{0,60})?\s*$`, "u"),
    keep: "author",
    pick: (m) => bylineNames(m[1]).author,
    outlet: (m) => m[2] ?? bylineNames(m[1]).outlet,
  },
  // wire credits: "(Reporting by A in B; Editing by C)", "Additional reporting by D in E", "AP writer F contributed to this report."
  { rule: "boilerplate:credit", re: /^\((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling|[Rr]esearch|[Gg]raphics)\b[^()]{0,300}\)$/, keep: "author", pick: (m) => CREDIT_AUTHOR.exec(m[0])?.[1] ?? "" },
  { rule: "boilerplate:credit", re: /^(?:[Aa]dditional )?[Rr]eporting by\s.{0,250}?;\s*(?:[Ww]riting|[Ee]diting)\s+by\b.{0,200}$/, keep: "author", pick: (m) => CREDIT_AUTHOR.exec(m[0])?.[1] ?? "" },
  { rule: "boilerplate:credit", re: /^additional reporting by\b.{0,200}$/i },
  { rule: "boilerplate:credit", re: /^.{0,200}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$/i, anchor: RARE_WORDS },
  { rule: "boilerplate:ownership", re: new RegExp(String.raw`^(?:this (?:article|story|content) (?:is owned by|was (?:originally )?(?:published|posted) (?:by|on|in)|first appeared (?:on|in))|(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?)\s*(?:the\s+)?(${NAME})\.?(?:\s+all rights reserved\.?)?\s*$`, "iu"), keep: "publisher" },
  // any other copyright line: "© East Africa Rights Watch 2024", "Copyright 2024 The Associated Press. All rights reserved. This material may not be…"
  { rule: "boilerplate:ownership", re: /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,300}$/i, keep: "publisher", pick: copyrightHolder },
  { rule: "boilerplate:rights", re: /^all rights reserved\.?$/i },
  // "Gazeta do Sul — English edition", "Rhein-Kurier English Edition": the paper's name and the edition read
  { rule: "boilerplate:edition", re: /^(\S.{1,60}?)\s*(?:[—–|:-]\s*)?(?:English|International|US|U\.S\.|UK|Digital|Online|Print|Weekend|Sunday|Global|Asia|Europe|Africa|Americas|Middle East|Latin America) [Ee]dition$/, keep: "publisher", anchor: RARE_WORDS },
  // "Published: Jun. 9, 2024 at 6:40 AM EDT | Updated: Jun. 9, 2024 at 4:05 PM EDT" (local TV and newspaper sites)
  // "Posted Sun 12 Jan 2025 at 5:12pm, updated Sun 12 Jan 2025 at 7:40pm", "First posted 3 May 2024": the first date is the publication's
  { rule: "boilerplate:dateline", re: /^(?:(?:first|last) )?(?:published|updated|posted|modified)\s*:?\s+(.{6,40}?)(?:\s*(?:[|·•,;]|\s[-–—])\s*(?:(?:first|last) )?(?:published|updated|posted|modified)\b.{0,60})?$/i, keep: "published" },
  // "Editor's note: This story was updated at 4:30 p.m. …", "This story has been updated." — about the page, not the event
  { rule: "boilerplate:update-note", re: /^(?:editor['’]s note\s*:.{0,300}|(?:this|the) (?:story|article|post|report) (?:has been|was|is being|will be) (?:updated|corrected)\b.{0,200})$/i },
  // a live page's own notes: "This live blog is now closed. Follow our continuing coverage…", "This is a developing story."
  { rule: "boilerplate:update-note", re: /^(?:this (?:live ?blog|live (?:coverage|page|feed)|blog|page) (?:is (?:now )?closed|has (?:now )?(?:closed|ended|finished)|is no longer (?:being )?updated)\b.{0,300}|(?:follow|read) (?:our|all our) (?:live|continuing|latest|full|ongoing|complete) coverage\b.{0,200}|this is a (?:developing|breaking)(?: news)? story\b[^"“”\d]{0,160}|(?:developing|breaking)(?: news)?(?: story)?\s*[:.]?)$/i },
  // "This article was translated from Portuguese.", "Translated from the Spanish by …"
  { rule: "boilerplate:update-note", re: /^(?:this (?:article|story|report|interview|piece) (?:was|has been|is) (?:translated|machine[- ]translated|adapted)\b.{0,200}|translated (?:from|by) .{2,200})$/i },
  { rule: "boilerplate:media-teaser", re: /^(?:WATCH|VIDEO|LISTEN|PHOTOS|GALLERY|READ MORE|RELATED|SEE ALSO|MORE|ALSO READ|READ ALSO|RECOMMENDED)\s*[:|-]\s*\S.*$/ },
  // the same teasers in title case, with a colon or a spaced dash ("Video-sharing sites said…" is prose)
  { rule: "boilerplate:media-teaser", re: /^(?:Watch|Video|Listen|Photos|Gallery|Read more|Related|See also|Also read|Read also|Recommended|Most read)(?:\s*[:|]|\s+[-–—])\s*\S.*$/ },
  // an imperative "Sign up…"/"Subscribe…" opening a line is a prompt ("Subscribers said…", "signed up" are not)
  { rule: "boilerplate:newsletter", re: /^(?:sign up|subscribe)\b(?!-).{0,300}$/i },
  { rule: "boilerplate:newsletter", re: /^get (?:the latest|all the latest|our|breaking|the best|more)\b.{0,150}\b(?:inbox|newsletters?|alerts?|emails?)\b.{0,150}$/i },
  // a newsletter box's pitch: "Get the week's most important climate stories in your inbox every Thursday."
  { rule: "boilerplate:newsletter", re: /^get\b.{0,150}\b(?:in|to|into) your inbox\b.{0,100}$/i },
  // "Support local journalism: subscribe to the Advocate from $4 a week." — the imperative opening a clause, with a price per period
  { rule: "boilerplate:newsletter", re: /^(?=.{0,300}$)(?![^"“”]*["“”])(?:.{0,150}?(?:[.!?:;]|\s[-–—])\s+)?subscribe\b(?!-).{0,120}?\b(?:from|for|at)\s+(?:only\s+|just\s+)?\S{0,4}\d[\d.,]*\s*(?:a|an|per|\/|each)\s*(?:week|month|year|day)\b.{0,100}$/i, anchor: RARE_WORDS },
  { rule: "boilerplate:newsletter", re: /^(?:after |skip past )?newsletter promotion$/i },
  // the small print under a newsletter box: "Privacy Notice: Newsletters may contain info about charities…"
  { rule: "boilerplate:newsletter", re: /^privacy notice\s*:.{0,40}\bnewsletters?\b.{0,200}$/i },
  // a prompt later in a short line: "Stay informed. Sign up to our free newsletter here.", "… sent straight to your inbox" —
  // never inside a quotation, and not "fake messages may arrive in your inbox"
  { rule: "boilerplate:newsletter", re: /^(?=.{0,300}$)(?![^"“”]*["“”]).*(?:(?:^|[.!?]\s+)(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|briefing|bulletin|digest|alerts|emails?|inbox)\b|\b(?:sent|delivered)(?: straight| directly)? to your inbox\b).*$/i, anchor: RARE_WORDS },
  // "Download the WKRV 5 News app for breaking news alerts", "Get our app"
  { rule: "boilerplate:app-prompt", re: /^(?:download|get|install)\s+(?:the\s+|our\s+)?(?:free\s+)?([\w\s.&'’-]{0,40}?)\s*\bapp\b.{0,100}$/i },
  { rule: "boilerplate:appeal", re: new RegExp(String.raw`^(?=.{0,240}$).*${APPEAL_PHRASE}.*$`, "i"), anchor: RARE_WORDS },
  // "… Click here to donate." — the imperative opening a sentence, not "click here" quoted as a link's words
  { rule: "boilerplate:prompt", re: /^(?=.{0,240}$)(?:.*[.!?]\s+)?click here\b.*$/i, anchor: RARE_WORDS },
  // newsroom contact lines: "Got a story? Contact our newsdesk…", "Have a news tip? Email…", "For more information, please contact our press office.",
  // a question to the reader, then how to reach the newsroom: "Has the flood affected you? Contact our newsroom on 0161 496 0000"
  { rule: "boilerplate:contact", re: /^(?:(?:got|have) a (?:news )?(?:story|tip|story idea)\b.{0,200}|(?:do you have|have you got|have you been affected)\b.{0,160}\b(?:contact|email|get in touch|send|call|tell us)\b.{0,160}|for (?:more|further) information,? (?:please )?(?:contact|call|email|visit|see)\b.{0,200}|(?:media|press) (?:contact|enquiries|inquiries)\b.{0,200}|(?![^"“”]*["“”])(?:has|have|had|were|are|was|is|did|do|does|can|could)\b[^?]{0,120}\byour?\b[^?]{0,120}\?\s+(?=.{0,220}?(?:\d{3}|@|\b(?:us|our|newsroom|newsdesk|news desk)\b))(?:please\s+)?(?:contact|email|e-mail|get in touch|call|phone|tell us|write to|message|send|share|text|whatsapp)\b.{0,200})$/i },
  { rule: "boilerplate:label", re: DOCUMENT_LABEL },
  // the end of a release's text: "ENDS", "-ends-", "###", "-30-"
  { rule: "boilerplate:label", re: /^(?:[-–—#=*]+\s*)?(?:ENDS?|[Ee]nds)(?:\s*[-–—#=*]+)?\.?$|^[-–—]\s*30\s*[-–—]$|^#{3}$/ },
  // a wire desk's sign-off, the initials of the writer and editors: "jm/sst", "abc/def/ghi"
  { rule: "boilerplate:credit", re: /^[a-z]{2,5}(?:\/[a-z]{2,5}){1,5}$/ },
  // a tag list under the article: "Topics: floods, disasters-and-emergencies, bihar"
  { rule: "boilerplate:topics", re: /^(?:topics|tags|related topics|filed under|categories|keywords)\s*:\s*[^.!?]{1,300}$/i },
  { rule: "boilerplate:cookies", re: /^(?:we use cookies\b.{0,300}|cookie (?:settings|policy|preferences)|privacy policy|terms (?:of (?:use|service)|and conditions))$/i },
  { rule: "boilerplate:advert", re: /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|skip advert(?:isement)?)\s*$/i },
  { rule: "boilerplate:photo-credit", re: /^(?:photo|image|picture|photograph|credit)s?(?: credit)?\s*:\s*.{2,120}$/i },
  { rule: "boilerplate:photo-credit", re: /^(?:image|photo|picture) source\s*,\s*.{2,80}$/i },
];

/**
 * Lines furniture only between the title and the first paragraph of prose, where a page prints
 * its date, byline and section: elsewhere a line like "14 March 2023" or "News | Sport" may head a
 * part of the article.
 */
const HEADER_RULES: LineRule[] = [
  { rule: "boilerplate:dateline", re: DATE_ONLY_LINE, keep: "published", pick: (m) => m[0] },
  // "The Riverside live team · Wednesday 12 June 2024", "Jane Roe | 3 May 2024, 09:00"
  { rule: "boilerplate:dateline", re: new RegExp(String.raw`^(?:By\s+)?(\S.{1,60}?)\s+[·|•—–]\s+(${DATE_STAMP})\.?$`), keep: "published", pick: (m) => m[2], byWhom: (m) => m[1] },
  // "Health correspondent", "Helena Marsh Health policy editor" under a byline
  { rule: "boilerplate:byline", re: /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.&-]+){0,4}\s+(?:correspondent|editor|reporter|writer|journalist|columnist|producer)$/iu },
  // a section path: "News | Workforce", "World › Americas"
  { rule: "boilerplate:section", re: /^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}(?:\s+[|›»>/]\s+\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}){1,4}$/u },
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
const LINK_BLOCK_HEAD = /^(?:read more|related(?: articles| stories| coverage| topics)?|see also|more on this (?:story|topic)|more from [\w\s]+|recommended|you may also like|also read|read next|most (?:read|viewed|popular)|more stories|top stories|trending(?: now)?|explore more on these topics|topics)\s*:?\s*$/i;

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
  let copyrightYear = 0;
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

  const keep = (r: LineRule, m: RegExpExecArray, line: string, published: string): void => {
    if (published) {
      if (!meta.published) meta.published = published;
    } else if (r.keep && r.keep !== "published" && !meta[r.keep]) {
      // the name pattern reads capitalised words on, so a trailing "All rights reserved" is cut here
      meta[r.keep] = (r.pick ? r.pick(m) : (m[1] ?? "")).replace(/[.,]?\s*all rights reserved\.?$/i, "").replace(/\.$/, "").trim();
    }
    // "By Renee Caldwell | Updated June 10, 2024, 7:12 p.m.": the byline's date
    if (r.rule === "boilerplate:byline" && !meta.published && DIGIT.test(line)) meta.published = isoFromLooseDate(line);
    if (r.byWhom) creditLine(r.byWhom(m), meta);
    const outlet = r.outlet?.(m);
    if (outlet && !meta.publisher) meta.publisher = outlet.replace(/^the\s+/i, "");
    // "Get the Example News app…": the outlet's name, if nothing better names it
    if (r.rule === "boilerplate:app-prompt") offerPublisher(m[1] ?? "", APP_PROMPT_RANK);
    if (r.rule === "boilerplate:ownership" && !copyrightYear) copyrightYear = +(YEAR.exec(line)?.[0] ?? 0);
  };

  // names that may be the publisher when no line says so plainly (an app prompt, a desk under a byline), best rank kept
  let weakPublisher = "";
  let weakRank = 0;
  const offerPublisher = (name: string, rank: number): void => {
    const n = name.trim().replace(/^the\s+/i, "");
    if (rank > weakRank && n.length <= NAME_LINE_MAX_LENGTH && NAME_LINE.test(n) && !SECTION_NAME.test(n) && (OUTLET_NOUN.test(n) || ACRONYM.test(n))) {
      weakPublisher = n;
      weakRank = rank;
    }
  };
  // the rule that set aside the last line before this one that was not blank ("" when kept)
  let previousRule = "";
  // a first line naming the kind of document: the title is the first line after it that is not furniture
  let title = "";
  let titlePending = false;

  let inLinkBlock = false;
  // until the first paragraph of prose: the page's header, where a bare date is the publication date
  let inHeader = true;
  let dateline = null as WireDateline | null;
  let proseSeen = 0;
  // (a loop, not a forEach callback: V8 drops a per-call closure's optimised code at each full collection)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text === "") {
      // a blank line ends a link block only when the next line reads like prose
      const next = nextNonBlank[i];
      if (inLinkBlock && (!next || !isLinkLike(next.text))) inLinkBlock = false;
      continue;
    }
    const ruleBefore = previousRule;
    previousRule = "";
    if (i === 0) {
      // the first line is the title, unless it only names the kind of document
      if (line.text.length <= HEADER_LINE_MAX_LENGTH && DOCUMENT_LABEL.test(line.text.trim())) {
        add(line.start, line.end, "boilerplate:label");
        previousRule = "boilerplate:label";
        titlePending = true;
      }
      continue;
    }
    if (LINK_BLOCK_HEAD.test(line.text)) {
      add(line.start, line.end, "boilerplate:read-more");
      inLinkBlock = true;
      continue;
    }
    if (inLinkBlock) {
      if (isLinkLike(line.text)) {
        add(line.start, line.end, "boilerplate:read-more");
        continue;
      }
      inLinkBlock = false;
    }
    const found = lineRuleFor(line.text, inHeader);
    if (found) {
      keep(found.rule, found.match, line.text, found.published);
      add(line.start, line.end, found.rule.rule);
      previousRule = found.rule.rule;
      continue;
    }
    if (inHeader) {
      const named = headerNameLine(line.text, ruleBefore, nextNonBlank[i]?.text);
      if (named) {
        if (named.kind === "masthead" && !meta.publisher) meta.publisher = named.name.replace(/^the\s+/i, "");
        if (named.kind === "desk") offerPublisher(named.name, DESK_RANK);
        add(line.start, line.end, "boilerplate:masthead");
        previousRule = "boilerplate:masthead";
        continue;
      }
    }
    if (titlePending) {
      titlePending = false;
      // a release with no headline: the label stays its title, so that the first paragraph is read as text
      if (isProse(line.text)) spans.shift();
      else {
        title = line.text.trim();
        continue;
      }
    }
    const prose = (inHeader || proseSeen < DATELINE_PARAGRAPHS) && isProse(line.text);
    if (prose) inHeader = false;
    // a wire dateline opens one of the first paragraphs: "MANAUS, Brazil, June 12 (Reuters) - …"
    if (prose && proseSeen < DATELINE_PARAGRAPHS) {
      proseSeen++;
      dateline ??= wireDateline(line.text);
    }
    // the credit pattern is costly; most lines have none of its anchors
    const credit = CREDIT_ANCHOR.test(line.text) ? TRAILING_CREDIT.exec(line.text) : null;
    if (credit && /\/|via|photo|image|picture|credit/i.test(credit[1])) {
      const from = line.start + credit.index + credit[0].indexOf(credit[1]);
      add(from, line.end, "boilerplate:photo-credit");
    }
  }

  let datelineDay: PageFurniture["datelineDay"] = null;
  if (!meta.publisher && dateline?.agency) meta.publisher = dateline.agency;
  if (!meta.publisher) meta.publisher = weakPublisher;
  if (dateline) {
    if (!meta.published && dateline.month) {
      const { month, day } = dateline;
      // The year a year-less dateline leaves out: a full date of the page near that day (the metadata
      // line, "on June 11, 2024" in the text), else the page's copyright year. A date more than two
      // weeks away may be history ("the June 3, 2019 sinking"), so it is not taken.
      const year = dateline.year || yearNear(month, day, fullDatesIn(text), NEAR_DAYS_IN_PAGE) || (copyrightYear && isoDate(copyrightYear, month, day) ? copyrightYear : 0);
      if (year) meta.published = isoDate(year, month, day);
      else datelineDay = { month, day };
    }
  }
  return { spans, ...meta, title, datelineDay };
}

/** how far a weak hint at the publisher goes: an app prompt names the outlet, a desk line under a byline only part of it */
const APP_PROMPT_RANK = 2;
const DESK_RANK = 1;
/** "ABN", "WKRV": a name with an acronym in it is an organisation's more often than a person's or a place's */
const ACRONYM = /\b\p{Lu}{2,}\b/u;
/** the header rules a masthead stands next to */
const HEADER_NEIGHBOURS = new Set(["boilerplate:byline", "boilerplate:dateline", "boilerplate:section", "boilerplate:label", "boilerplate:edition"]);

/**
 * A name on its own line in the page's header: the outlet's masthead or a release's issuer
 * ("Valley Advocate" above "By Jane Roe", "Rural Fire Authority" under "MEDIA RELEASE") — a name with
 * an outlet's or body's noun next to a byline, date, section or label line; or, just under a byline,
 * the writer's desk ("ABN Central West"). Any other name line (a kicker, a person) is left alone.
 */
function headerNameLine(line: string, ruleBefore: string, next: string | undefined): { kind: "masthead" | "desk"; name: string } | null {
  const text = line.trim();
  if (text.length > NAME_LINE_MAX_LENGTH) return null;
  // "Example News, Lagos": the outlet and the place its writer is in
  const placed = OUTLET_AND_PLACE.exec(text);
  const name = placed && NAME_LINE.test(placed[1]) && NAME_LINE.test(placed[2]) ? placed[1] : text;
  if (name === text && !NAME_LINE.test(text)) return null;
  if (OUTLET_NOUN.test(name) && !JOB_WORD.test(name) && !SECTION_NAME.test(name)) {
    if (HEADER_NEIGHBOURS.has(ruleBefore)) return { kind: "masthead", name };
    const after = next !== undefined && next.length <= HEADER_LINE_MAX_LENGTH ? lineRuleFor(next, true) : null;
    if (after && HEADER_NEIGHBOURS.has(after.rule.rule)) return { kind: "masthead", name };
  }
  if (ruleBefore === "boilerplate:byline" && spaceSeparatedCount(text) <= DESK_MAX_WORDS) return { kind: "desk", name };
  return null;
}
const OUTLET_AND_PLACE = /^([^,]+),\s+([^,]+)$/;
const DESK_MAX_WORDS = 5;
/** a section's name, not an outlet's, though it has "News" in it: "World News", "Local News" */
const SECTION_NAME = /^(?:Local|World|Business|Sports?|Politics|National|International|Breaking|Latest|Top|Health|Science|Tech(?:nology)?|Entertainment|Opinion|Regional|Weather|Crime|Education|Environment|Climate|Culture|Lifestyle|Travel|Money|Finance|Markets)\s+(?:News|Today)$/;

/**
 * The first rule that takes a whole line, with its match and, for a dated line, the date it gives
 * (a "Published:" line whose date does not read is not furniture by that rule). Header rules are
 * tried only in the page's header.
 */
function lineRuleFor(text: string, inHeader: boolean): { rule: LineRule; match: RegExpExecArray; published: string } | null {
  // a bit per screen: tested yet, and passed (bits rather than an array: this runs for every line)
  let tested = 0;
  let passed = 0;
  for (const r of SCREENED_RULES) {
    const bit = 1 << r.screen;
    if (!(tested & bit)) {
      tested |= bit;
      if ((r.anchor !== RARE_WORDS || text.length <= RARE_WORDS_MAX_LENGTH) && SCREENS[r.screen].test(text)) passed |= bit;
    }
    if (!(passed & bit)) continue;
    const found = matchOf(r, text);
    if (found) return found;
  }
  if (inHeader && text.length <= HEADER_LINE_MAX_LENGTH) {
    for (const r of HEADER_RULES) {
      const found = matchOf(r, text);
      if (found) return found;
    }
  }
  return null;
}

function matchOf(rule: LineRule, text: string): { rule: LineRule; match: RegExpExecArray; published: string } | null {
  const match = rule.re.exec(text);
  if (!match) return null;
  if (rule.keep !== "published") return { rule, match, published: "" };
  const published = isoFromLooseDate(rule.pick ? rule.pick(match) : (match[1] ?? ""));
  return published ? { rule, match, published } : null;
}

/** header furniture (a date, a credit, a section path, a job title) is short; a long line there is a standfirst */
const HEADER_LINE_MAX_LENGTH = 160;
const DIGIT = /\d/;
const YEAR = /\b(?:19|20)\d{2}\b/;
/** how many of the first paragraphs of prose may open with a wire dateline */
const DATELINE_PARAGRAPHS = 3;
/** how near a full date in the page must be to a year-less dateline's day to give it its year */
const NEAR_DAYS_IN_PAGE = 14;
const SENTENCE_END = new Set([...".!?:…"].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'"”’)'].map((c) => c.charCodeAt(0)));

/** A paragraph of prose: a sentence of eight words or more, not a label, date or name line. */
function isProse(line: string): boolean {
  // the last characters, read directly: a `$`-anchored pattern is tried from every position of the line
  let last = line.charCodeAt(line.length - 1);
  if (CLOSING.has(last) && line.length > 1) last = line.charCodeAt(line.length - 2);
  if (!SENTENCE_END.has(last)) return false;
  // eight words: stop counting there (first paragraphs can be long)
  let words = 1;
  for (let i = 1; i < line.length && words < 8; i++) {
    if (isWhiteSpaceUnit(line.charCodeAt(i)) && !isWhiteSpaceUnit(line.charCodeAt(i - 1))) words++;
  }
  return words >= 8;
}

const TEAM = /\s+(?:live |news |editorial |web |digital |politics |world )?(?:team|staff|desk|newsroom|reporters)$/i;
const PERSON = new RegExp(String.raw`^${NAME}(?:(?:\s*[,&]\s*|\s+and\s+)${NAME})*$`, "u");

/** Who a dated credit line names: a team is the publisher's ("The Riverside live team"), a name the author. */
function creditLine(who: string, meta: { author: string; publisher: string }): void {
  const name = who.replace(/^[Bb]y\s+/, "").trim();
  if (TEAM.test(name)) {
    if (!meta.publisher) meta.publisher = name.replace(TEAM, "").trim();
  } else if (/\s/.test(name) && PERSON.test(name) && !meta.author) meta.author = name; // one word is as likely a place ("Kyiv — 3 March 2022")
}
