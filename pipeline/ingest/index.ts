/**
 * Ingest: the files of one input folder → decoded articles with their
 * metadata and page furniture marked. Reading the folder is the caller's
 * job (see ../files.ts); this stage only sees names and bytes.
 */
import { createHash } from "node:crypto";
import { diagnose, FatalDiagnostic, type Diagnostic } from "../diagnostics.ts";
import { decodeText } from "./decodeText.ts";
import { markdownText } from "./markdownText.ts";
import { htmlArticle } from "./htmlText.ts";
import { guessLanguage } from "./languageGuess.ts";
import { findPageFurniture } from "./pageFurniture.ts";
import { isoDate, yearNear } from "./publicationDate.ts";
import type { IngestOutput, Source } from "./schema.ts";

export interface InputFile {
  /** file name within the input folder */
  name: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  /** the folder, for messages only */
  inputLabel?: string;
  maxArticleBytes?: number;
  maxArticles?: number;
}

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_ARTICLES = 1000;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/**
 * A source id safe in file names, HTML ids and CSV cells: letters, digits,
 * dot, dash and underscore; never starting with a dash or dot.
 */
export function sourceIdFor(name: string): string {
  const ext = extensionOf(name);
  const stem = ext ? name.slice(0, -ext.length) : name;
  const safe = stem.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^[.\-_]+/, "").replace(/[.]+$/, "");
  return safe || "source";
}

/**
 * Runs of white space other than one plain space: folded to one space for the duplicate check (of
 * trimmed text). A single space stays as it is without a replacement, which is most of them.
 */
const WHITE_SPACE_TO_FOLD = / \s+|[^\S ]\s*/g;

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** 1-based line and column of the first U+0000 or other sign of trouble, for messages. */
function firstLineOf(text: string): string {
  return text.split(/\r\n|\n|\r/, 1)[0].replace(/^#+\s*/, "").trim();
}

export function ingest(files: readonly InputFile[], options: IngestOptions = {}): IngestOutput {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const maxArticles = options.maxArticles ?? DEFAULT_MAX_ARTICLES;
  const diagnostics: Diagnostic[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const articles = ordered.filter((f) => {
    const ext = extensionOf(f.name);
    if ((ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) return true;
    const d = diagnose("ingest:skipped-file", [ext], { file: f.name });
    diagnostics.push(d);
    skipped.push({ file: f.name, reason: d.reason });
    return false;
  });
  if (articles.length === 0) throw new FatalDiagnostic(diagnose("ingest:empty-folder", [options.inputLabel ?? "the input folder"]));
  if (articles.length > maxArticles) {
    throw new FatalDiagnostic(diagnose("ingest:too-many-files", [articles.length, maxArticles], { file: options.inputLabel ?? "" }));
  }

  const sources: Source[] = [];
  const usedIds = new Set<string>();
  // earlier texts' fingerprints by their length: a fingerprint is compared only with those as long,
  // which spares hashing (and first flattening) every long string
  const seenText = new Map<number, { fingerprint: string; id: string }[]>();
  // sources whose wire dateline gave a day without a year, by their index in `sources`
  const yearless: { at: number; month: number; day: number; file: string }[] = [];
  for (const file of articles) {
    const where = { file: file.name };
    if (file.bytes.length > maxBytes) throw new FatalDiagnostic(diagnose("ingest:too-large", [file.bytes.length, maxBytes], where));
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) throw new FatalDiagnostic(diagnose("ingest:binary-file", [], where));
    if (decoded.notes.includes("legacy")) diagnostics.push(diagnose("ingest:legacy-encoding", [decoded.encoding], where));
    if (decoded.notes.includes("utf16")) diagnostics.push(diagnose("ingest:utf16", [decoded.encoding], where));
    if (decoded.text.trim() === "") throw new FatalDiagnostic(diagnose("ingest:empty-file", [], { ...where, line: 1, column: 1 }));

    const ext = extensionOf(file.name);
    const format = ext === ".html" || ext === ".htm" ? "html" : ext === ".md" ? "md" : "txt";
    const html = format === "html" ? htmlArticle(decoded.text) : null;
    const text = html ? html.text : format === "md" ? markdownText(decoded.text) : decoded.text;
    if (text.trim() === "") throw new FatalDiagnostic(diagnose("ingest:no-text", [], where));

    let id = sourceIdFor(file.name);
    if (id !== file.name.slice(0, file.name.length - ext.length)) diagnostics.push(diagnose("ingest:unsafe-name", [file.name], where));
    for (let n = 2; usedIds.has(id); n++) id = `${sourceIdFor(file.name)}_${n}`;
    usedIds.add(id);

    const furniture = findPageFurniture(text);
    const fingerprint = text.trim().replace(WHITE_SPACE_TO_FOLD, " ");
    const sameLength = seenText.get(fingerprint.length) ?? [];
    const duplicateOf = sameLength.find((seen) => seen.fingerprint === fingerprint)?.id ?? "";
    if (duplicateOf) diagnostics.push(diagnose("ingest:duplicate", [duplicateOf], where));
    else seenText.set(fingerprint.length, [...sameLength, { fingerprint, id }]);
    const language = guessLanguage(text);
    if (language !== "en") diagnostics.push(diagnose("ingest:language", [language], where));

    const published = html?.published || furniture.published;
    if (!published && furniture.datelineDay) yearless.push({ at: sources.length, ...furniture.datelineDay, file: file.name });
    sources.push({
      id,
      file: file.name,
      format,
      encoding: decoded.encoding,
      sha256: sha256(file.bytes),
      text,
      title: html?.title || furniture.title || firstLineOf(text),
      publisher: html?.publisher || furniture.publisher,
      author: html?.author || furniture.author,
      published,
      language,
      boilerplate: furniture.spans,
      duplicateOf,
    });
  }
  // Articles compared are about one event and appear within days of each other: a dateline's day
  // takes the year that puts it nearest the other articles' dates, so "on Tuesday" can be resolved.
  const dated = sources.map((s) => s.published).filter(Boolean);
  for (const y of yearless) {
    const year = yearNear(y.month, y.day, dated, NEAR_DAYS_IN_FOLDER);
    if (!year) continue;
    const published = isoDate(year, y.month, y.day);
    sources[y.at] = { ...sources[y.at], published };
    diagnostics.push(diagnose("ingest:dateline-year", [published.slice(5), year], { file: y.file }));
  }
  return { sources, skipped, diagnostics };
}

/** how near another article's date must be to a year-less dateline's day to lend it its year */
const NEAR_DAYS_IN_FOLDER = 62;
