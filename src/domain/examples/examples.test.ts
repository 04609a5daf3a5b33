import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReadiness } from "../draft/readiness.ts";
import { DraftSchema } from "../draft/schema.ts";
import { EXAMPLES, exampleDraft } from "./index.ts";
import { largeDraft } from "./largeDraft.ts";

describe("examples", () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))("%s is ready to post", (_id, example) => {
    expect(checkReadiness(example.draft)).toEqual([]);
    expect(example.name).not.toBe("");
    expect(example.description).not.toMatch(/\n/);
  });

  it("cover each kind and author the issue asks for", () => {
    const shapes = EXAMPLES.map((e) => `${e.draft.kind}/${e.draft.author}/${e.draft.revocationDelay ? "delay" : "-"}`);
    expect(shapes).toEqual(["full/ca-owner/delay", "full/ca-owner/-", "preliminary/third-party/-", "closure/ca-owner/-"]);
  });

  it("the misissuance example is realistic enough to exercise every part of the renderer", () => {
    const draft = exampleDraft("full-misissuance-revocation-delay");
    expect(draft.timeline.length).toBeGreaterThanOrEqual(10);
    expect(draft.relatedIncidents.length).toBeGreaterThanOrEqual(2);
    expect(draft.rootCauses.length).toBeGreaterThanOrEqual(2);
    for (const list of Object.values(draft.lessons)) expect(list.length).toBeGreaterThan(0);
    expect(draft.actionItems.length).toBeGreaterThanOrEqual(4);
    expect(draft.appendix.certificates.length).toBeGreaterThan(0);
    expect(draft.impact.analysis).not.toBe("N/A");
  });

  it("the no-certificates example marks its counts N/A", () => {
    const draft = exampleDraft("full-no-certificates");
    expect([draft.impact.totalCertificates, draft.impact.remainingValidCertificates]).toEqual(["N/A", "N/A"]);
  });

  it("exampleDraft returns a copy", () => {
    exampleDraft("closure").title = "changed";
    expect(exampleDraft("closure").title).not.toBe("changed");
  });

  it("the JSON files are exactly what the schema accepts (no keys dropped)", () => {
    for (const example of EXAMPLES) {
      const text = readFileSync(new URL(`./${example.id}.json`, import.meta.url), "utf8");
      expect(DraftSchema.parse(JSON.parse(text))).toEqual(JSON.parse(text));
    }
  });
});

describe("largeDraft", () => {
  it("is large, deterministic and ready to post", () => {
    const draft = largeDraft();
    expect(draft.timeline.length).toBeGreaterThanOrEqual(100);
    expect(draft.actionItems.length).toBeGreaterThanOrEqual(30);
    expect(largeDraft()).toEqual(draft);
    expect(DraftSchema.safeParse(draft).success).toBe(true);
    expect(checkReadiness(draft)).toEqual([]);
  });
});
