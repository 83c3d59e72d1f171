/**
 * Story folder names come from whoever assembled the corpus, so they are
 * untrusted: they become folder names in the output and links in index.html.
 * Each story gets an output name made of letters, digits, `.`, `-` and `_`,
 * never `.`/`..`, never starting with a dash or a dot (so it cannot be read
 * as an option or hidden), never one of the corpus's own files, and unique
 * even on case-insensitive file systems.
 */
import { MANIFEST_FILE } from "./manifest.ts";

/** Names the corpus output uses for itself (compared case-insensitively). */
export const RESERVED_OUTPUT_NAMES = ["index.html", "stories.csv", MANIFEST_FILE, "README.md", "bench"] as const;

const MAX_NAME_LENGTH = 100;

export function safeStoryName(folder: string): string {
  const cleaned = folder
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .slice(0, MAX_NAME_LENGTH)
    .replace(/^[.\-_]+/, "")
    .replace(/[._]+$/, "");
  return cleaned || "story";
}

/**
 * Output name for every story folder, in the order given. Clashes (after
 * cleaning, ignoring case, or with a reserved name) get `-2`, `-3`, … in
 * the sorted order of the original names, so the mapping is stable.
 */
export function storyOutputNames(folders: readonly string[]): Map<string, string> {
  const taken = new Set<string>(RESERVED_OUTPUT_NAMES.map((n) => n.toLowerCase()));
  const names = new Map<string, string>();
  for (const folder of [...folders].sort()) {
    const base = safeStoryName(folder);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    names.set(folder, name);
  }
  return names;
}
