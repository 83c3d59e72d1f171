/**
 * What the hostile-input tests need around the CLI: a captured stderr, an
 * independent RFC 4180 reader (so the CSV guard is checked by something
 * other than the writer), and byte-exact snapshots of an output folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function captureStderr() {
  const chunks: string[] = [];
  const stream = { isTTY: false, write: (s: string) => (chunks.push(String(s)), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join("") };
}

/** Rows of an RFC 4180 document: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"') {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 2;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Every file below `dir` (relative path → base64 bytes), to compare a folder before and after a run. */
export function snapshotFolder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, rel);
    out[rel] = statSync(path).isDirectory() ? "<dir>" : readFileSync(path).toString("base64");
  }
  return out;
}

/** Temporary or half-swapped folders a run may leave beside its output. */
export function leftoverTemps(parent: string): string[] {
  return readdirSync(parent).filter((n) => /\.(?:tmp|old)-\d+/.test(n));
}
