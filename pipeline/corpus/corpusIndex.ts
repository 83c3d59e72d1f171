/**
 * The corpus's own files: `index.html` (one small self-contained page, a
 * row per story linking to its report) and `stories.csv` (same dialect as
 * the other tables). Story names and conflict labels come from the input,
 * so the page uses Handlebars' escaping `{{ }}` only, and the CSV writer
 * neutralises formula-like cells.
 */
import Handlebars from "handlebars";
import { toCsv } from "../render/csvTables.ts";
import type { StorySummary } from "./manifest.ts";

export interface CorpusStory {
  /** output folder name (safe) */
  name: string;
  /** input folder name, as found */
  folder: string;
  /** null when the story failed and there was no earlier comparison to keep */
  summary: StorySummary | null;
  /** the one-line reason when it failed this time */
  error: string;
  /** it failed, and `summary` is the earlier comparison, kept in place */
  previousKept: boolean;
}

/** The brief's five columns, then where the story came from and why it failed, if it did. */
export const storiesColumns = ["story", "sources", "facts", "conflicts", "top_conflict", "input_folder", "error"] as const;

function byName(a: CorpusStory, b: CorpusStory): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function storiesCsv(stories: readonly CorpusStory[]): Uint8Array {
  const rows = [...stories].sort(byName).map((s) => [
    s.name,
    s.summary?.sources ?? null,
    s.summary?.facts ?? null,
    s.summary?.conflicts ?? null,
    s.summary?.topConflict ?? "",
    s.folder,
    s.error,
  ]);
  return toCsv(storiesColumns, rows);
}

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corpus: {{total}} stories</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem;margin:0 0 .25rem}
p{margin:.25rem 0 1rem;color:#444}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
/* a short story name stays on one line; on a phone the cells give up padding rather than widen the page */
@media (min-width:40rem){td:first-child{min-width:12ch}}
@media (max-width:30rem){body{padding:0 .5rem}th,td{padding:.3rem .25rem}}
th{background:#f4f4f4;position:sticky;top:0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.conflict td.c{color:#a3150f;font-weight:600}
tr.failed td{color:#777}
.muted{color:#777;font-size:.9em}
</style>
</head>
<body>
<h1>Corpus: {{total}} stories</h1>
<p>{{compared}} compared, {{withConflicts}} with conflicts{{#if failed}}, {{failed}} failed{{/if}}. Each story links to its own report; the same rows are in <a href="stories.csv">stories.csv</a>.</p>
<table>
<thead><tr><th>Story</th><th>Sources</th><th>Facts</th><th>Conflicts</th><th>Top conflict</th></tr></thead>
<tbody>
{{#each stories}}
{{#if summary}}
<tr class="{{#if summary.conflicts}}conflict{{/if}}"><td><a href="{{href}}">{{name}}</a>{{#if renamed}} <span class="muted">({{folder}})</span>{{/if}}{{#if error}}<br><span class="muted">failed this time, earlier comparison shown: {{error}}</span>{{/if}}</td><td class="n">{{summary.sources}}</td><td class="n">{{summary.facts}}</td><td class="n c">{{summary.conflicts}}</td><td>{{summary.topConflict}}</td></tr>
{{else}}
<tr class="failed"><td>{{name}}{{#if renamed}} <span class="muted">({{folder}})</span>{{/if}}</td><td colspan="4">failed: {{error}}</td></tr>
{{/if}}
{{/each}}
</tbody>
</table>
</body>
</html>
`;

let compiled: ReturnType<typeof Handlebars.compile> | undefined;

export function indexHtml(stories: readonly CorpusStory[]): Uint8Array {
  compiled ??= Handlebars.create().compile(page, { strict: false });
  const sorted = [...stories].sort(byName);
  const html = compiled({
    total: sorted.length,
    compared: sorted.filter((s) => s.summary).length,
    withConflicts: sorted.filter((s) => (s.summary?.conflicts ?? 0) > 0).length,
    failed: sorted.filter((s) => s.error !== "").length,
    stories: sorted.map((s) => ({
      ...s,
      renamed: s.name !== s.folder,
      href: `${encodeURIComponent(s.name)}/report.html`,
    })),
  });
  return new TextEncoder().encode(html);
}
