/**
 * The only module that touches the file system: reading an input folder and
 * writing an output folder atomically. Everything is written into a
 * temporary sibling folder first and swapped in by rename only when the
 * whole run succeeded, so a failed or interrupted run leaves the previous
 * output exactly as it was (the Observable Framework build's approach).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { diagnose, FatalDiagnostic } from "./diagnostics.ts";
import type { InputFile } from "./ingest/index.ts";
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
  for (const t of pendingTemps) rmSync(t, { recursive: true, force: true });
  pendingTemps.clear();
}

/**
 * Writes `files` as the new contents of `outDir`: temp folder, then swap.
 * The previous contents are removed only after the new folder is in place.
 */
export function writeOutputAtomically(outDir: string, files: readonly RenderedFile[]): void {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  pendingTemps.add(temp);
  rmSync(temp, { recursive: true, force: true });
  try {
    mkdirSync(temp);
    // a README kept in git beside generated output survives the swap
    const keep = join(target, "README.md");
    if (existsSync(keep) && !files.some((f) => f.path === "README.md")) writeFileSync(join(temp, "README.md"), readFileSync(keep));
    for (const f of files) {
      const path = safeJoin(temp, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.bytes);
    }
    if (existsSync(target)) {
      renameSync(target, old);
      pendingTemps.add(old);
    }
    renameSync(temp, target);
    pendingTemps.delete(temp);
    rmSync(old, { recursive: true, force: true });
    pendingTemps.delete(old);
  } catch (e) {
    // put the previous output back if the swap got halfway
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    pendingTemps.delete(old);
    removePendingTemps();
    throw e;
  }
}
