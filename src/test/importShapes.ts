/**
 * Scores the importer on the shapes corpus (src/domain/import/fixtures/shapes):
 * for each case and each of its two files, which sections reached the field
 * the case names, which landed elsewhere, and whether the file was refused.
 * Used by the corpus test and by `npm run bench:import-shapes`.
 */
import { readFileSync } from "node:fs";
import type { Draft } from "../domain/draft/schema.ts";
import { SHAPES, type Place, type ShapeCase } from "../domain/import/fixtures/shapes/expected.ts";
import { importReport, type ImportResult } from "../domain/import/importReport.ts";

export type Form = "md" | "txt";

export function shapeText(name: string, form: Form): string {
  return readFileSync(new URL(`../domain/import/fixtures/shapes/${name}.${form}`, import.meta.url), "utf8");
}

/** Every string (or number) under a path; `[]` steps into each element of an array. */
export function valuesAt(value: unknown, path: string): string[] {
  const [head, ...rest] = path.split(".");
  if (head === undefined || head === "") {
    if (typeof value === "string") return [value];
    if (typeof value === "number" || typeof value === "boolean") return [String(value)];
    if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, ""));
    return [];
  }
  const each = head.endsWith("[]");
  const key = each ? head.slice(0, -2) : head;
  const inner: unknown = typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
  if (each) return Array.isArray(inner) ? inner.flatMap((v) => valuesAt(v, rest.join("."))) : [];
  return valuesAt(inner, rest.join("."));
}

/** A short text must be the whole value; a longer one part of it. */
export function holds(values: readonly string[], text: string): boolean {
  return values.some((v) => v === text || (text.length > 12 && v.includes(text)));
}

export type Miss = { path: string; text: string; found: string };

export type Score = { name: string; form: Form; refused: string | null; placed: number; total: number; misses: Miss[]; wrongKind: boolean; leaked: string[] };

/** Where a piece of text ended up instead: the paths of the draft that hold it, or "nowhere". */
function whereIs(draft: Draft, text: string): string {
  const found: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value === "string") {
      if (value.includes(text)) found.push(at);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) walk(v, at === "" ? k : `${at}.${k}`);
  };
  walk(draft, "");
  return found.join(", ") || "nowhere";
}

export function scoreShape(shape: ShapeCase, form: Form, result: ImportResult = importReport(shapeText(shape.name, form))): Score {
  const places: readonly Place[] = (form === "txt" ? shape.page : undefined) ?? shape.places;
  if ("notAReport" in result) return { name: shape.name, form, refused: result.reason, placed: 0, total: places.length, misses: [], wrongKind: false, leaked: [] };
  const { draft } = result;
  const misses: Miss[] = [];
  for (const [path, text] of places) {
    const values = valuesAt(draft, path);
    // Text that belongs in a field must not also be set aside.
    const alsoAside = !path.startsWith("unplaced") && text.length > 12 && (draft.unplaced ?? []).some((u) => u.text.includes(text));
    if (!holds(values, text) || alsoAside) misses.push({ path, text, found: whereIs(draft, text) });
  }
  const fields = { ...draft, unplaced: undefined };
  const leaked = (shape.absent ?? []).filter((text) => whereIs(fields, text) !== "nowhere");
  return { name: shape.name, form, refused: null, placed: places.length - misses.length, total: places.length, misses, wrongKind: draft.kind !== shape.kind, leaked };
}

export function scoreAll(): Score[] {
  return SHAPES.flatMap((shape) => (["md", "txt"] as const).map((form) => scoreShape(shape, form)));
}
