/**
 * Reduces an HTML page to the article's own text: scripts, styles, navigation,
 * headers, footers, asides and forms go; the <article> (or <main>, or <body>)
 * stays, with block elements turned into blank-line separated paragraphs.
 * Metadata (title, author, site name, publication date) is read from the
 * usual <meta> tags, schema.org JSON-LD and <time>.
 *
 * A tokenizer, not a full HTML5 parser: malformed markup degrades to text,
 * never to a crash. Not handled: text inside <template>/<svg>, pages whose
 * article body is assembled by scripts.
 */
import { isoFromLooseDate } from "./publicationDate.ts";

export interface HtmlArticle {
  text: string;
  title: string;
  author: string;
  publisher: string;
  published: string;
}

const DROP_WITH_CONTENT = new Set([
  "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
  "iframe", "button", "select", "textarea", "figure", "head", "object", "canvas", "video", "audio",
]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "hr", "body", "html", "figcaption",
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", copy: "©", reg: "®",
  eacute: "é", aacute: "á", iacute: "í", oacute: "ó", uacute: "ú", ntilde: "ñ", uuml: "ü", ouml: "ö",
  auml: "ä", ccedil: "ç", Eacute: "É", Aacute: "Á", Iacute: "Í", Oacute: "Ó", Uacute: "Ú", Ntilde: "Ñ",
  egrave: "è", agrave: "à", ecirc: "ê", ocirc: "ô", szlig: "ß", deg: "°", euro: "€", pound: "£", middot: "·",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (m, body: string) => {
    if (body[0] === "#") {
      const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : "\uFFFD";
    }
    return NAMED_ENTITIES[body] ?? m;
  });
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "").trim() : "";
}

function metaContent(html: string, keys: string[]): string {
  for (const m of html.matchAll(/<meta\b[^<>]*>/gi)) {
    const tag = m[0];
    const key = (attr(tag, "name") || attr(tag, "property") || attr(tag, "itemprop")).toLowerCase();
    if (keys.includes(key)) {
      const v = attr(tag, "content");
      if (v) return v;
    }
  }
  return "";
}

/** The inner HTML of the first element named `tag`, or "" when absent. */
function firstElement(html: string, tag: string): string {
  const open = new RegExp(`<${tag}\\b[^<>]*>`, "i").exec(html);
  if (!open) return "";
  const from = open.index + open[0].length;
  const close = html.toLowerCase().lastIndexOf(`</${tag}`);
  return html.slice(from, close > from ? close : undefined);
}

function blocksToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let skipTag = "";
  // a tag ends before the next "<" and an unclosed comment runs to the end (as in browsers): with
  // `[^>]*` and `[\s\S]*?-->` every unclosed "<p" or "<!--" scanned to the end of the page (quadratic)
  const re = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>|([^<]+|<)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, closing, rawName, text] = m;
    if (text !== undefined) {
      if (skipDepth === 0) out.push(decodeEntities(text).replace(/\s+/g, " "));
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (skipDepth > 0) {
      if (name === skipTag) skipDepth += closing ? -1 : m[0].endsWith("/>") ? 0 : 1;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name) && !closing && !m[0].endsWith("/>")) {
      skipDepth = 1;
      skipTag = name;
      continue;
    }
    if (name === "br") out.push("\n");
    else if (BLOCK.has(name)) out.push("\n\n");
  }
  return out
    .join("")
    .split(/\n{2,}/)
    .map((block) => block.split("\n").map((l) => l.trim()).filter(Boolean).join("\n"))
    .filter(Boolean)
    .join("\n\n");
}

/** schema.org metadata in a JSON-LD script: `"datePublished": "2024-06-12T18:05:00Z"` */
const JSON_LD_PUBLISHED = /"datePublished"\s*:\s*"([^"<>]{6,40})"/;

/** The inner HTML of the first <h1>, found without rescanning the page for every unclosed one. */
function firstH1(html: string): string {
  const open = /<h1\b[^<>]*>/i.exec(html);
  if (!open) return "";
  const close = /<\/h1>/gi;
  close.lastIndex = open.index + open[0].length;
  const end = close.exec(html);
  return end ? html.slice(open.index + open[0].length, end.index) : "";
}

export function htmlArticle(html: string): HtmlArticle {
  const headTitle = decodeEntities(firstElement(html, "title").replace(/<[^<>]*>/g, "")).replace(/\s+/g, " ").trim();
  const body = firstElement(html, "article") || firstElement(html, "main") || firstElement(html, "body") || html;
  const h1 = decodeEntities(firstH1(body).replace(/<[^<>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
  let text = blocksToText(body);
  const title = h1 || metaContent(html, ["og:title", "twitter:title"]) || headTitle;
  // The title is the first line of every article we read; put it there when the body lacks it.
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  const time = /<time\b[^<>]*>([^<]{0,120})/i.exec(html);
  return {
    text,
    title,
    author: metaContent(html, ["author", "article:author", "byl", "parsely-author"]),
    publisher: metaContent(html, ["og:site_name", "application-name", "publisher"]),
    // the page's own metadata first, then the first <time> ("2024-06-12T18:05:00Z", else its text "12 June 2024")
    published:
      isoFromLooseDate(metaContent(html, ["article:published_time", "datepublished", "date", "pubdate", "dc.date", "parsely-pub-date"])) ||
      isoFromLooseDate(JSON_LD_PUBLISHED.exec(html)?.[1] ?? "") ||
      isoFromLooseDate(time ? attr(time[0].slice(0, time[0].indexOf(">") + 1), "datetime") : "") ||
      isoFromLooseDate(decodeEntities(time?.[1] ?? "")),
  };
}
