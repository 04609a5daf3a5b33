import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EXAMPLES } from "../examples/index.ts";
import { draftJsonSchema } from "./jsonSchema.ts";
import { emptyDraft } from "./newDraft.ts";

const PUBLISHED = new URL("../../../public/draft.schema.json", import.meta.url);

describe("draftJsonSchema", () => {
  it("is the committed public/draft.schema.json (run `npm run schema` after changing the schema)", () => {
    expect(readFileSync(PUBLISHED, "utf8")).toBe(`${JSON.stringify(draftJsonSchema(), null, 2)}\n`);
  });

  it("has an id, a title and a description, and rejects unknown keys", () => {
    const schema = draftJsonSchema();
    expect(schema).toMatchObject({ $id: expect.stringMatching(/^urn:/), title: expect.any(String), description: expect.any(String), additionalProperties: false });
  });

  it("describes fields with the catalogue's labels", () => {
    const summary = draftJsonSchema().properties?.summary;
    expect(typeof summary === "object" && summary.properties?.ccadbId).toMatchObject({ description: expect.stringMatching(/^CA Owner CCADB unique ID\. /) });
  });

  it("round-trips through zod: the examples and an empty draft validate against it", () => {
    const schema = z.fromJSONSchema(draftJsonSchema());
    for (const draft of [emptyDraft(), ...EXAMPLES.map((e) => e.draft)]) expect(schema.safeParse(draft).success).toBe(true);
    expect(schema.safeParse({ ...emptyDraft(), sumary: {} }).success).toBe(false);
  });
});
