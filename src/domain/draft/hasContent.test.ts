import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../examples/index.ts";
import { hasContent } from "./hasContent.ts";
import { emptyDraft, newDraftFor } from "./newDraft.ts";

describe("hasContent", () => {
  it("is false for a new draft of every kind", () => {
    expect(hasContent(emptyDraft("full"))).toBe(false);
    expect(hasContent(emptyDraft("closure", "ca-owner"))).toBe(false);
    expect(hasContent(emptyDraft("preliminary", "third-party"))).toBe(false);
    expect(hasContent(newDraftFor("preliminary", "third-party"))).toBe(false);
  });
  it("is true once one field, item or switch holds something", () => {
    const withTitle = emptyDraft();
    withTitle.title = "Mis-encoded OV certificates";
    expect(hasContent(withTitle)).toBe(true);
    const withEntry = emptyDraft();
    withEntry.timeline.push({ id: "t1", at: "", event: "" });
    expect(hasContent(withEntry)).toBe(true);
    const withCount = emptyDraft();
    withCount.impact.totalCertificates = 0;
    expect(hasContent(withCount)).toBe(true);
    const sensitive = emptyDraft();
    sensitive.securitySensitive = true;
    expect(hasContent(sensitive)).toBe(true);
  });
  it("is true for every example", () => {
    for (const example of EXAMPLES) expect(hasContent(example.draft)).toBe(true);
  });
});
