/**
 * The only module that touches the file system: reading an input folder and
 * writing an output folder atomically. Everything is written into a
 * temporary sibling folder first and swapped in by rename only when the
 * whole run succeeded, so a failed or interrupted run leaves the previous
 * output exactly as it was (the Observable Framework build's approach).
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { writeFile } from "node:fs/promises";
import { diagnose, FatalDiagnostic } from "./diagnostics.ts";
import { ARTICLE_EXTENSIONS, type InputFile } from "./ingest/index.ts";
import type { RenderedFile } from "./render/schema.ts";

/** Reads every regular file directly inside `dir` (no recursion, no hidden files, no symlinks out). */
export function readInputFolder(dir: string): InputFile[] {
  if (!existsSync(dir)) throw new FatalDiagnostic(diagnose("cli:missing-folder", [dir], { file: dir }));
  if (!statSync(dir).isDirectory()) throw new FatalDiagnostic(diagnose("cli:not-a-folder", [dir], { file: dir }));
  return readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .filter((name) => lstatSync(join(dir, name)).isFile())
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Sub-folders of `dir` that hold articles, for corpus mode. */
export function storyFolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .filter((name) => lstatSync(join(dir, name)).isDirectory());
}

/** Resolves a rendered file's relative path inside `root`, refusing anything that would land outside it. */
export function safeJoin(root: string, relPath: string): string {
  const target = resolve(root, relPath);
  const rel = relative(resolve(root), target);
  if (rel === "" || rel.startsWith("..") || rel.split(sep).includes("..") || resolve(rel) === rel) {
    throw new Error(`refusing to write outside the output folder: ${relPath}`);
  }
  return target;
}

const pendingTemps = new Set<string>();

/** Removes temporary folders of runs cut short (Ctrl-C, kill). */
export function removePendingTemps(): void {
  for (const t of pendingTemps) {
    try {
      // retries: a write still in flight may add a file while the folder is being removed
      rmSync(t, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
    } catch {
      // left for the next run's recoverInterruptedRuns
    }
  }
  pendingTemps.clear();
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Cleans up after an earlier run into the same output folder that was killed
 * outright (SIGKILL, a crash, tsx's answer to Ctrl-C while a stage is busy)
 * and so could not clean up itself: its temporary folder is removed, and if it
 * died between the two renames of the swap, the previous output is put back.
 */
export function recoverInterruptedRuns(outDir: string): void {
  const target = resolve(outDir);
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(target)}.`;
  for (const name of readdirSync(parent).sort()) {
    const m = name.startsWith(prefix) ? /^(tmp|old)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!m || Number(m[2]) === process.pid || processAlive(Number(m[2]))) continue;
    const path = join(parent, name);
    if (m[1] === "old" && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
  }
}

/**
 * Writes `files` as the new contents of `outDir`: temp folder, then swap.
 * The previous contents are removed only after the new folder is in place.
 */
export async function writeOutputAtomically(outDir: string, files: readonly RenderedFile[]): Promise<void> {
  const swap = openOutputSwap(outDir);
  try {
    // written asynchronously so a Ctrl-C is handled (temp folder removed) while files are written;
    // the swap in commit() is synchronous, so no signal handler can run between its two renames
    for (const f of files) {
      const path = safeJoin(swap.dir, f.path);
      mkdirSync(dirname(path), { recursive: true });
      await writeFile(path, f.bytes);
    }
  } catch (e) {
    swap.abort();
    throw e;
  }
  swap.commit();
}

// ---------------------------------------------------------------------------
// Corpus mode (a folder of story folders). Added for pipeline/corpus/.

function isArticleName(name: string): boolean {
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : "";
  return !name.startsWith(".") && (ARTICLE_EXTENSIONS as readonly string[]).includes(ext);
}

function hasArticleFiles(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && isArticleName(e.name));
}

/**
 * A folder is a corpus when it holds no article itself but has sub-folders
 * that do. Sub-folders without articles are listed in `empty` so the caller
 * can say they were skipped.
 */
export function corpusLayout(dir: string): { stories: string[]; empty: string[] } | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory() || hasArticleFiles(dir)) return null;
  const stories: string[] = [];
  const empty: string[] = [];
  for (const name of storyFolders(dir)) (hasArticleFiles(join(dir, name)) ? stories : empty).push(name);
  return stories.length > 0 ? { stories, empty } : null;
}

/**
 * sha256 over the names and bytes of the files `readInputFolder` would read,
 * so a story's digest changes exactly when its input does.
 */
export function inputFolderDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const f of readInputFolder(dir)) {
    hash.update(`${f.name}\u0000${f.bytes.length}\u0000`);
    hash.update(f.bytes);
  }
  return hash.digest("hex");
}

/** sha256 over the files below `dir` (relative path and bytes) that pass `include`, in a stable order; "" when `dir` is missing. */
export function treeDigest(dir: string, include: (relPath: string) => boolean = () => true): string {
  if (!existsSync(dir)) return "";
  const hash = createHash("sha256");
  for (const rel of listTree(dir).map((f) => f.path).filter(include)) {
    const bytes = readFileSync(join(dir, rel));
    hash.update(`${rel}\u0000${bytes.length}\u0000`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

/** Regular files below `dir`, as forward-slash relative paths with sizes, sorted; [] when `dir` is missing. */
export function listTree(dir: string): { path: string; size: number }[] {
  if (!existsSync(dir)) return [];
  const out: { path: string; size: number }[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push({ path: r, size: statSync(join(dir, r)).size });
    }
  };
  walk("");
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function readFileIfExists(path: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return null;
  }
}

/** Writes rendered files below `root` (which must exist or is created); paths are checked by safeJoin. */
export function writeFilesInto(root: string, files: readonly RenderedFile[]): void {
  mkdirSync(root, { recursive: true });
  for (const f of files) {
    const path = safeJoin(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.bytes);
  }
}

/**
 * Recreates the files of `src` in `dst` by hard links (copies where the file
 * system refuses links). Outputs are never rewritten in place, only replaced
 * by a swap, so a link shares bytes that stay as they are.
 */
export function linkTree(src: string, dst: string): void {
  for (const { path } of listTree(src)) {
    const to = join(dst, path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(src, path), to);
    } catch {
      copyFileSync(join(src, path), to);
    }
  }
}

/** Files and folders beside generated output that a swap keeps: a README kept in git, benchmark results (`npm run bench`). */
export const keptBesideOutput = ["README.md", "bench"] as const;

function keepBeside(target: string, temp: string, name: string): void {
  const keep = join(target, name);
  if (!existsSync(keep)) return;
  const stat = lstatSync(keep);
  if (stat.isFile()) copyFileSync(keep, join(temp, name));
  else if (stat.isDirectory()) linkTree(keep, join(temp, name));
}

export interface OutputSwap {
  /** the temporary folder to fill */
  dir: string;
  /** swaps the temporary folder in for the output folder */
  commit(): void;
  /** removes the temporary folder; the output folder stays as it was */
  abort(): void;
}

/**
 * The swap of `writeOutputAtomically`, split in two so a caller can fill the
 * temporary folder over time (corpus mode fills it from worker threads).
 */
export function openOutputSwap(outDir: string): OutputSwap {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  recoverInterruptedRuns(target);
  const temp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  pendingTemps.add(temp);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  return {
    dir: temp,
    commit() {
      try {
        for (const name of keptBesideOutput) if (!existsSync(join(temp, name))) keepBeside(target, temp, name);
        if (existsSync(target)) {
          renameSync(target, old);
          pendingTemps.add(old);
        }
        renameSync(temp, target);
        pendingTemps.delete(temp);
        rmSync(old, { recursive: true, force: true });
        pendingTemps.delete(old);
      } catch (e) {
        if (!existsSync(target) && existsSync(old)) renameSync(old, target);
        pendingTemps.delete(old);
        rmSync(temp, { recursive: true, force: true });
        pendingTemps.delete(temp);
        throw e;
      }
    },
    abort() {
      rmSync(temp, { recursive: true, force: true });
      pendingTemps.delete(temp);
    },
  };
}

/** Removes a folder written during this run (a story that failed halfway). */
export function removeTree(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
