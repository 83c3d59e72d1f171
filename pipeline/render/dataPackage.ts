/**
 * datapackage.json: a Frictionless (Tabular) Data Package describing each
 * CSV of the contract — field names in order, types, descriptions, value
 * constraints, primary and foreign keys — so tools such as frictionless,
 * csvkit or a spreadsheet import can check and join the tables.
 */
import type { CsvTable } from "./csvTables.ts";

export interface TableField {
  name: string;
  type: "string" | "integer" | "number" | "date";
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}

interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

interface TableSchema {
  fields: TableField[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}

interface Resource {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: "tabular-data-resource";
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: TableSchema;
}

export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  resources: Resource[];
}

const formulaNote =
  " A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return, and not a plain number) is written with a leading '.";
const listNote = " A list: items joined with |.";

const f = (name: string, type: TableField["type"], description: string, constraints?: TableField["constraints"]): TableField =>
  constraints ? { name, type, description, constraints } : { name, type, description };

const factStatus = { enum: ["agree", "conflict", "single_source"] };
const kindPattern = { pattern: "[a-z_]+" };
const nonNegative = { minimum: 0 };

const tableFields: Record<string, { title: string; description: string; fields: TableField[]; primaryKey?: string | string[]; foreignKeys?: ForeignKey[] }> = {
  sources: {
    title: "Sources",
    description: "One row per article compared.",
    primaryKey: "source_id",
    fields: [
      f("source_id", "string", "The article's id: its file name without the extension.", { required: true }),
      f("file", "string", "The file name as found in the input folder."),
      f("title", "string", "The article's title (first line, <title> or <h1>)."),
      f("publisher", "string", "The outlet, when the page names it."),
      f("author", "string", "The byline, when the page names it."),
      f("published", "date", "The publication date the article states (YYYY-MM-DD); empty when none."),
      f("language", "string", "ISO 639-1 code of the language the article appears to be in."),
      f("words", "integer", "Words in the article text, page furniture excluded.", nonNegative),
      f("sentences", "integer", "Sentences and headings found.", nonNegative),
      f("paragraphs", "integer", "Paragraphs found.", nonNegative),
      f("claims", "integer", "Claims extracted from the article.", nonNegative),
      f("facts_unique", "integer", "Facts only this article reports.", nonNegative),
      f("facts_conflicting", "integer", "Facts in conflict that this article takes part in.", nonNegative),
      f("sha256", "string", "SHA-256 of the file's bytes, hex.", { pattern: "[0-9a-f]{64}" }),
    ],
  },
  facts: {
    title: "Facts",
    description: "One row per fact: what the sources say about one thing, with a verdict.",
    primaryKey: "fact_id",
    fields: [
      f("fact_id", "string", "The fact's id (F001, …).", { required: true }),
      f("kind", "string", "quantity (a count or amount), date, item (a thing listed), quote, event, or another lower-case word.", kindPattern),
      f("label", "string", "A short description of what the fact is about."),
      f("status", "string", "agree (two or more sources, compatible), conflict (two or more sources, incompatible), single_source (one source only).", factStatus),
      f("sources", "string", "Ids of the sources reporting the fact." + listNote),
      f("source_count", "integer", "How many sources report the fact.", nonNegative),
      f("values", "string", "The distinct values as reported." + listNote),
      f("claim_count", "integer", "How many claims the fact groups.", nonNegative),
      f("note", "string", "Why the status was given, in words."),
    ],
  },
  claims: {
    title: "Claims",
    description: "One row per thing one source says, with its exact words and place in the article.",
    primaryKey: "claim_id",
    foreignKeys: [
      { fields: "fact_id", reference: { resource: "facts", fields: "fact_id" } },
      { fields: "source_id", reference: { resource: "sources", fields: "source_id" } },
    ],
    fields: [
      f("claim_id", "string", "The claim's id.", { required: true }),
      f("fact_id", "string", "The fact the claim is grouped into."),
      f("source_id", "string", "The article the claim comes from.", { required: true }),
      f("kind", "string", "quantity, date, item, quote, event, or another lower-case word.", kindPattern),
      f("text", "string", "The words of the claim as they stand in the article."),
      f("value", "number", "The number as said, without separators (for dates: days since 1970-01-01); empty when none."),
      f("value_min", "number", "Lower bound of a range or vague amount; empty when none."),
      f("value_max", "number", "Upper bound of a range or vague amount; empty when none."),
      f("unit", "string", "What is counted or measured."),
      f("qualifier", "string", "more_than, at_least, about, fewer_than, at_most, exactly, or empty.", {
        enum: ["", "more_than", "at_least", "about", "fewer_than", "at_most", "exactly"],
      }),
      f("speaker", "string", "For quotes and attributed claims: who said it, as named in the article."),
      f("sentence_index", "integer", "0-based index of the sentence in the article.", nonNegative),
      f("start", "integer", "Offset of text in the decoded article, in Unicode code points.", nonNegative),
      f("end", "integer", "End offset of text (exclusive), in Unicode code points.", nonNegative),
      f("sentence", "string", "The whole sentence the claim stands in."),
    ],
  },
  entities: {
    title: "Entities",
    description: "One row per person, organisation or place, merged across sources.",
    primaryKey: "entity_id",
    fields: [
      f("entity_id", "string", "The entity's id.", { required: true }),
      f("type", "string", "person, organization, place or other.", { enum: ["person", "organization", "place", "other"] }),
      f("name", "string", "The name as the report shows it."),
      f("variants", "string", "Every spelling seen." + listNote),
      f("sources", "string", "Ids of the sources naming the entity." + listNote),
      f("mention_count", "integer", "How many times the entity is named in all sources.", nonNegative),
    ],
  },
  mentions: {
    title: "Mentions",
    description: "One row per place an entity is named.",
    primaryKey: ["entity_id", "source_id", "start", "end"],
    foreignKeys: [
      { fields: "entity_id", reference: { resource: "entities", fields: "entity_id" } },
      { fields: "source_id", reference: { resource: "sources", fields: "source_id" } },
    ],
    fields: [
      f("entity_id", "string", "The entity named.", { required: true }),
      f("source_id", "string", "The article naming it.", { required: true }),
      f("text", "string", "The words as they stand in the article."),
      f("sentence_index", "integer", "0-based index of the sentence in the article.", nonNegative),
      f("start", "integer", "Offset of text in the decoded article, in Unicode code points.", { required: true, minimum: 0 }),
      f("end", "integer", "End offset of text (exclusive), in Unicode code points.", { required: true, minimum: 0 }),
    ],
  },
  coverage: {
    title: "Coverage",
    description: "The fact-by-source matrix: one row per fact, one column per source holding what that source reports.",
    primaryKey: "fact_id",
    foreignKeys: [{ fields: "fact_id", reference: { resource: "facts", fields: "fact_id" } }],
    fields: [
      f("fact_id", "string", "The fact.", { required: true }),
      f("label", "string", "A short description of what the fact is about."),
      f("kind", "string", "The fact's kind.", kindPattern),
      f("status", "string", "agree, conflict or single_source.", factStatus),
    ],
  },
  reuse: {
    title: "Copied text",
    description: "Pairs of sources that share passages.",
    primaryKey: ["source_a", "source_b"],
    foreignKeys: [
      { fields: "source_a", reference: { resource: "sources", fields: "source_id" } },
      { fields: "source_b", reference: { resource: "sources", fields: "source_id" } },
    ],
    fields: [
      f("source_a", "string", "One source of the pair.", { required: true }),
      f("source_b", "string", "The other source of the pair.", { required: true }),
      f("similarity", "number", "Jaccard similarity of the two texts' five-word runs, 0 to 1.", { minimum: 0, maximum: 1 }),
      f("shared_words", "integer", "Words in passages the two texts share.", nonNegative),
      f("longest_passage", "string", "The longest passage found in both texts."),
    ],
  },
};

/** Describe the given tables; their columns must be the ones documented above (checked, so the two cannot drift). */
export function dataPackage(tables: readonly CsvTable[]): DataPackage {
  const resources = tables.map((t): Resource => {
    const name = t.file.replace(/\.csv$/, "");
    const described = tableFields[name];
    if (!described) throw new Error(`no data package description for ${t.file}`);
    const fields = t.columns.map((column, i) => {
      const known = described.fields[i];
      if (known) {
        if (known.name !== column) throw new Error(`${t.file}: column ${i + 1} is ${column}, described as ${known.name}`);
        return withFormulaNote(known);
      }
      if (name === "coverage") {
        return f(column, "string", `What source ${column} reports for the fact (its words, |-joined when several); empty where it is silent.${formulaNote}`);
      }
      throw new Error(`${t.file}: column ${column} is not described`);
    });
    if (fields.length < described.fields.length) throw new Error(`${t.file}: ${described.fields.length - fields.length} described column(s) missing`);
    const schema: TableSchema = { fields, missingValues: [""] };
    if (described.primaryKey) schema.primaryKey = described.primaryKey;
    if (described.foreignKeys) schema.foreignKeys = described.foreignKeys;
    return {
      name,
      path: t.file,
      title: described.title,
      description: described.description,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema,
    };
  });
  return {
    profile: "tabular-data-package",
    name: "triangulate-comparison",
    title: "Triangulate: a comparison of news articles about one event",
    description:
      "Facts, claims, names, coverage and copied passages found by comparing several articles about one event. Every claim leads back to its sentence through source_id, start and end (Unicode code points)." +
      formulaNote,
    resources,
  };
}

function withFormulaNote(field: TableField): TableField {
  return field.type === "string" ? { ...field, description: field.description + formulaNote } : field;
}

export function dataPackageJson(tables: readonly CsvTable[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(dataPackage(tables), null, 2) + "\n");
}
