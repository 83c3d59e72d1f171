import { describe, expect, it } from "vitest";
import { render } from "../../pipeline/render/index.ts";
import { dataPackage } from "../../pipeline/render/dataPackage.ts";
import { factoryFireInput } from "./fixtures.ts";

/** Enough CSV reading for our own output (RFC 4180, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += ch;
  }
  return rows;
}

interface Field {
  name: string;
  type: string;
  description: string;
  constraints?: { enum?: string[]; pattern?: string; minimum?: number; maximum?: number; required?: boolean };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey?: string | string[];
    foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[];
    missingValues: string[];
  };
}

const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);

describe("datapackage.json", async () => {
  const files = new Map((await render(factoryFireInput(true))).files.map((f) => [f.path, f.bytes]));
  const pkg = JSON.parse(new TextDecoder().decode(files.get("datapackage.json")!)) as { profile: string; resources: Resource[] };
  const tables = new Map(
    pkg.resources.map((r) => {
      const [header, ...rows] = parseCsv(new TextDecoder().decode(files.get(r.path)!).replace(/^\uFEFF/, ""));
      return [r.name, { header, rows: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))) }];
    }),
  );

  it("describes every CSV written, and nothing else", () => {
    expect(pkg.profile).toBe("tabular-data-package");
    const csvs = [...files.keys()].filter((p) => p.endsWith(".csv")).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(csvs);
  });

  it("lists each table's columns in the order the file has them, each with a type and description", () => {
    for (const r of pkg.resources) {
      expect(r.schema.fields.map((f) => f.name), r.path).toEqual(tables.get(r.name)!.header);
      for (const f of r.schema.fields) {
        expect(["string", "integer", "number", "date"]).toContain(f.type);
        expect(f.description.length, `${r.path} ${f.name}`).toBeGreaterThan(5);
      }
    }
  });

  it("declares primary and foreign keys that the data honours", () => {
    const byName = new Map(pkg.resources.map((r) => [r.name, r]));
    const claims = byName.get("claims")!;
    expect(claims.schema.primaryKey).toBe("claim_id");
    expect(claims.schema.foreignKeys).toEqual(
      expect.arrayContaining([
        { fields: "fact_id", reference: { resource: "facts", fields: "fact_id" } },
        { fields: "source_id", reference: { resource: "sources", fields: "source_id" } },
      ]),
    );
    expect(byName.get("mentions")!.schema.foreignKeys).toEqual(
      expect.arrayContaining([{ fields: "entity_id", reference: { resource: "entities", fields: "entity_id" } }]),
    );
    for (const r of pkg.resources) {
      const { rows } = tables.get(r.name)!;
      if (r.schema.primaryKey) {
        const keys = rows.map((row) => list(r.schema.primaryKey!).map((k) => row[k]).join("\u0000"));
        expect(new Set(keys).size, `${r.name} primary key unique`).toBe(keys.length);
      }
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = tables.get(fk.reference.resource)!;
        const targetKeys = new Set(target.rows.map((row) => list(fk.reference.fields).map((k) => row[k]).join("\u0000")));
        for (const row of rows) {
          const key = list(fk.fields).map((k) => row[k]).join("\u0000");
          if (key === "") continue;
          expect(targetKeys.has(key), `${r.name}.${fk.fields} = ${key} exists in ${fk.reference.resource}`).toBe(true);
        }
      }
    }
  });

  it("types and constraints match the values written", () => {
    for (const r of pkg.resources) {
      for (const row of tables.get(r.name)!.rows) {
        for (const f of r.schema.fields) {
          const v = row[f.name];
          if (r.schema.missingValues.includes(v)) continue;
          if (f.type === "integer") expect(v, `${r.name}.${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === "number") expect(Number.isFinite(Number(v)), `${r.name}.${f.name}=${v}`).toBe(true);
          if (f.type === "date") expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.constraints?.enum) expect(f.constraints.enum).toContain(v);
          if (f.constraints?.pattern) expect(v).toMatch(new RegExp(`^(?:${f.constraints.pattern})$`));
          if (f.constraints?.minimum != null) expect(Number(v)).toBeGreaterThanOrEqual(f.constraints.minimum);
        }
      }
    }
  });

  it("refuses to describe a table whose columns drifted from the description", () => {
    expect(() => dataPackage([{ file: "facts.csv", columns: ["fact_id", "label"], rows: [] }])).toThrow(/column 2/);
    expect(() => dataPackage([{ file: "other.csv", columns: ["x"], rows: [] }])).toThrow(/no data package description/);
  });
});
