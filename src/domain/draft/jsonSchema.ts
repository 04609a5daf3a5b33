/**
 * The JSON Schema of the draft file format, generated from the zod schema
 * (the single source of truth) and published as `public/draft.schema.json`
 * for CA systems that generate drafts. Field descriptions come from the
 * catalogue, so editors show the template's label and help.
 *
 * It describes the *file* level only: what a half-written draft may contain.
 * Readiness ("is it ready to post?") and unique ids are not expressible here.
 */
import { z } from "zod";
import { FIELDS, ITEM_FIELDS, LESSON_FIELDS, type FieldSpec } from "./catalogue.ts";
import { DRAFT_FORMAT, DRAFT_VERSION, DraftSchema, LESSON_LISTS } from "./schema.ts";

type JsonSchema = z.core.JSONSchema.JSONSchema;

/** A URN rather than a URL: the schema is published wherever the app is hosted. */
export const DRAFT_SCHEMA_ID = `urn:${DRAFT_FORMAT}:v${DRAFT_VERSION}`;

function property(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  const child = schema?.properties?.[key];
  return typeof child === "object" ? child : undefined;
}

function itemsOf(schema: JsonSchema | undefined): JsonSchema | undefined {
  const items = schema?.items;
  return typeof items === "object" && !Array.isArray(items) ? items : undefined;
}

function describe(schema: JsonSchema | undefined, spec: Pick<FieldSpec, "label" | "help">): void {
  if (schema) schema.description = `${spec.label}. ${spec.help}`;
}

export function draftJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(DraftSchema, { io: "input", target: "draft-2020-12", unrepresentable: "throw" });
  // A deep copy: zod may share one object between properties built from one schema (both counts).
  const root: JsonSchema = JSON.parse(JSON.stringify(generated));
  for (const [key, spec] of Object.entries(FIELDS)) {
    describe(key.split(".").reduce<JsonSchema | undefined>(property, root), spec);
  }
  for (const [list, fields] of Object.entries(ITEM_FIELDS)) {
    const item = itemsOf(property(root, list));
    for (const [key, spec] of Object.entries(fields)) describe(property(item, key), spec);
  }
  for (const list of LESSON_LISTS) describe(property(property(root, "lessons"), list), LESSON_FIELDS[list]);
  const { $schema, ...rest } = root;
  return {
    $schema,
    $id: DRAFT_SCHEMA_ID,
    title: `CCADB incident report draft, version ${DRAFT_VERSION}`,
    description:
      "One incident report (Preliminary, Full or Closure Summary) being written with ccadb-report. Half-written drafts are valid files: whether a report is ready to post is checked by `ccadb-report validate`. Item ids must be unique within the draft.",
    ...rest,
  };
}
