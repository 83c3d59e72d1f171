/**
 * Diagnostics in the manner of vfile messages: a reason, where it happened
 * (`file:line:column`), a rule id (`ingest:empty-file`) and a severity.
 *
 * Every text a user can meet lives in `messages` below, so tests assert the
 * same words the CLI prints and the README's "Errors and limits" stays true.
 */
import { Schema } from "effect";

export const Severity = Schema.Literals(["fatal", "error", "warning", "info"]);
export type Severity = typeof Severity.Type;

export const Diagnostic = Schema.Struct({
  rule: Schema.String,
  severity: Severity,
  reason: Schema.String,
  file: Schema.String,
  line: Schema.NullOr(Schema.Number),
  column: Schema.NullOr(Schema.Number),
  hint: Schema.String,
});
export type Diagnostic = typeof Diagnostic.Type;

export const messages = {
  "cli:missing-folder": (dir: string) => `input folder not found: ${dir}`,
  "cli:not-a-folder": (dir: string) => `input is not a folder: ${dir}`,
  "cli:unknown-option": (opt: string) => `unknown option ${opt} (see --help)`,
  "cli:out-inside-input": (out: string) => `the output folder ${out} must not be the input folder`,
  "cli:strict": (n: number) => `${n} warning(s) and --strict is set`,
  "ingest:empty-folder": (dir: string) => `no articles (.txt, .md, .html, .htm) in ${dir}`,
  "ingest:too-many-files": (n: number, limit: number) => `${n} articles in one folder, over the limit of ${limit}`,
  "ingest:skipped-file": (ext: string) => `not an article (${ext || "no extension"}), skipped`,
  "ingest:empty-file": () => `the article is empty`,
  "ingest:binary-file": () => `the file is binary, not text`,
  "ingest:too-large": (bytes: number, limit: number) => `the article is ${bytes} bytes, over the limit of ${limit}`,
  "ingest:legacy-encoding": (enc: string) => `not UTF-8; decoded as ${enc}`,
  "ingest:utf16": (enc: string) => `decoded as ${enc} (byte order mark)`,
  "ingest:invalid-utf8": () => `invalid UTF-8 bytes replaced with U+FFFD`,
  "ingest:no-text": () => `no article text left after removing markup and page furniture`,
  "ingest:duplicate": (of: string) => `same text as ${of}; counted once`,
  "ingest:language": (lang: string) => `the article looks like ${lang === "und" ? "another language" : lang}, not English; its claims are not compared`,
  "ingest:unsafe-name": (name: string) => `file name ${JSON.stringify(name)} is not safe for an id; renamed`,
  "ingest:dateline-year": (monthDay: string, year: number) => `the dateline gives the day (${monthDay}) without a year; ${year} is taken from the other articles' dates`,
  "render:missing-glyph": (chars: string) => `the PDF font has no glyph for ${chars}; shown as ?`,
  "cli:bad-jobs": (value: string) => `--jobs wants a whole number of workers, 1 or more, not ${JSON.stringify(value)}`,
  "corpus:out-inside-input": (out: string) => `the output folder ${out} must not be inside the corpus folder`,
  "corpus:skipped-folder": () => `no articles in this folder; not a story, skipped`,
  "corpus:renamed-story": (name: string) => `story folder name is not safe for the output; written as ${name}`,
  "corpus:story-crashed": (message: string) => `the story could not be compared: ${message}`,
  "corpus:stories-failed": (n: number, total: number) => `${n} of ${total} stories could not be compared (see above); where an earlier comparison existed, it was kept`,
  "cli:internal": (message: string) => `${message} [internal] (please report this with the input that caused it)`,
  "cli:interrupted": (signal: string) => `${signal}; the previous output is unchanged`,
} as const;

export type RuleId = keyof typeof messages;

export const hints: Partial<Record<RuleId, string>> = {
  "cli:missing-folder": "check the path, or run `npm start` with no arguments to compare seeds/",
  "ingest:empty-folder": "put one article per file in the folder (.txt, .md, .html or .htm)",
  "ingest:empty-file": "remove the file or fill it with the article's text",
  "ingest:binary-file": "remove the file; only text and HTML articles are read",
  "ingest:too-large": "split the file or remove what is not the article",
  "ingest:too-many-files": "split the folder into stories and use corpus mode",
  "ingest:no-text": "check that the file holds the article and not only page navigation",
  "corpus:out-inside-input": "write the output beside the corpus folder, e.g. --out corpus-out",
  "corpus:story-crashed": "please report this with the story's files",
};

const severities: Record<string, Severity> = {
  "ingest:empty-file": "fatal",
  "ingest:binary-file": "fatal",
  "ingest:too-large": "fatal",
  "ingest:empty-folder": "fatal",
  "ingest:too-many-files": "fatal",
  "ingest:no-text": "fatal",
  "cli:missing-folder": "fatal",
  "cli:not-a-folder": "fatal",
  "cli:unknown-option": "fatal",
  "cli:out-inside-input": "fatal",
  "cli:strict": "fatal",
  "ingest:skipped-file": "info",
  "ingest:dateline-year": "info",
  "cli:bad-jobs": "fatal",
  "corpus:out-inside-input": "fatal",
  "corpus:skipped-folder": "info",
  "corpus:renamed-story": "info",
  "corpus:story-crashed": "error",
  "corpus:stories-failed": "error",
};

export function diagnose<R extends RuleId>(
  rule: R,
  args: Parameters<(typeof messages)[R]>,
  where: { file?: string; line?: number | null; column?: number | null } = {},
): Diagnostic {
  const reason = (messages[rule] as (...a: unknown[]) => string)(...args);
  return {
    rule,
    severity: severities[rule] ?? "warning",
    reason,
    file: where.file ?? "",
    line: where.line ?? null,
    column: where.column ?? null,
    hint: hints[rule] ?? "",
  };
}

/** `file:line:column: reason [rule]`, the one line a user sees. */
export function formatDiagnostic(d: Diagnostic): string {
  const file = printable(d.file);
  const place = file ? `${file}${d.line != null ? `:${d.line}${d.column != null ? `:${d.column}` : ""}` : ""}: ` : "";
  const hint = d.hint ? ` (${d.hint})` : "";
  return `${d.severity}: ${place}${printable(d.reason)} [${d.rule}]${hint}`;
}

/**
 * File names reach messages as they are, and may hold line breaks, other
 * control characters or bidi overrides: escaped, a message stays one line
 * and a terminal shows the name as it is, not reversed or spoofed.
 */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Thrown when a run cannot go on; carries the diagnostic the CLI prints. */
export class FatalDiagnostic extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
  }
}
