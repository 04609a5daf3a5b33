import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../examples/index.ts";
import { deriveDraft } from "./deriveDraft.ts";
import { readyDraft } from "./readyDraft.ts";
import { DraftSchema } from "./schema.ts";

describe("deriveDraft", () => {
  it("starts the Full report from a Preliminary with everything the Preliminary said, leaving the source as it was", () => {
    const preliminary = readyDraft("preliminary");
    const before = structuredClone(preliminary);
    const full = deriveDraft(preliminary, "full");
    expect(full.kind).toBe("full");
    expect(full).toEqual({ ...preliminary, kind: "full" });
    expect(preliminary).toEqual(before);
    expect(DraftSchema.safeParse(full).success).toBe(true);
  });

  it("keeps the author unless told: a third party's Preliminary leads to the CA Owner's Full report", () => {
    const preliminary = { ...readyDraft("preliminary"), author: "third-party" as const };
    expect(deriveDraft(preliminary, "full").author).toBe("third-party");
    expect(deriveDraft(preliminary, "full", "ca-owner")).toEqual({ ...preliminary, kind: "full", author: "ca-owner" });
  });

  it("keeps as-written values and N/A marks", () => {
    const source = { ...readyDraft("full"), notApplicable: ["relatedIncidents" as const] };
    source.summary = { ...source.summary, source: "", asWritten: { source: "External report" } };
    const derived = deriveDraft(source, "preliminary");
    expect(derived.summary.asWritten).toEqual({ source: "External report" });
    expect(derived.notApplicable).toEqual(["relatedIncidents"]);
    expect(derived.summary.asWritten).not.toBe(source.summary.asWritten);
  });

  it("prefills an empty Closure Summary and leaves a written one alone, without the checklist ticks", () => {
    const full = EXAMPLES.find((e) => e.id === "full-no-certificates")?.draft ?? readyDraft("full");
    const closure = deriveDraft(full, "closure");
    expect(closure.closure.incidentDescription).not.toBe("");
    expect(closure.closure.remediationDescription).not.toBe("");
    const written = readyDraft("closure");
    written.closure = { ...written.closure, checklist: { noOpenQuestions: true } };
    const again = deriveDraft(written, "closure");
    const { checklist: _ticks, ...text } = written.closure;
    expect(again.closure).toEqual(text);
  });
});
