/** Poppler's command-line tools over PDF bytes, for the PDF tests. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "triangulate-pdf-test-"));
let counter = 0;

export function writePdf(bytes: Uint8Array): string {
  const file = join(dir, `report-${++counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The text in content-stream order (`-raw`), optionally of one page (1-based). */
export function pdfText(file: string, page?: number): string {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return run("pdftotext", ["-raw", "-enc", "UTF-8", ...range, file, "-"]);
}

/** Whitespace collapsed, so that words wrapped inside a table cell still match. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

export function pdfInfo(file: string): Record<string, string> {
  const out = run("pdfinfo", [file]);
  return Object.fromEntries(
    out
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1].trim(), m[2].trim()]),
  );
}

export function pageCount(file: string): number {
  return Number(pdfInfo(file)["Pages"]);
}

const structureTexts = new Map<string, string>();

/** The structure tree with each element's text (`pdfinfo -struct-text`; slow, so kept per file). */
export function structureText(file: string): string {
  let tree = structureTexts.get(file);
  if (tree === undefined) {
    tree = run("pdfinfo", ["-struct-text", file]);
    structureTexts.set(file, tree);
  }
  return tree;
}

export function pdfFonts(file: string): string {
  return run("pdffonts", [file]);
}

/** The raw file as latin1, to look for dictionary keys and the (uncompressed) XMP packet. */
export function rawPdf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("latin1");
}
