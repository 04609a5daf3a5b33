import { describe, expect, it } from "vitest";
import { parseDraftText } from "../draft/parseDraft.ts";
import { emptyDraft } from "../draft/newDraft.ts";
import { largeDraft } from "../examples/largeDraft.ts";
import { draftContentProblem } from "./draftContent.ts";
import { DRAFT_CONTENT_LIMITS } from "./inputLimits.ts";

describe("a draft file's content limits", () => {
  it("refuse a text longer than a whole report may be, naming where", () => {
    const draft = emptyDraft();
    draft.summary.incidentDescription = "x".repeat(DRAFT_CONTENT_LIMITS.textChars + 1);
    const result = parseDraftText(JSON.stringify(draft), "big.json");
    expect(result).toMatchObject({ ok: false, problems: [{ path: "summary.incidentDescription" }] });
    expect(result.ok ? "" : result.problems[0].message).toMatch(/holds 1,048,577 characters: one text of a draft file may hold 1,048,576/);
  });

  it("refuse a million timeline entries before reading any of them", () => {
    const draft = emptyDraft();
    const value = { ...draft, timeline: Array.from({ length: 1_000_000 }, (_, i) => ({ id: `t${i}`, at: "", event: "" })) };
    expect(draftContentProblem(value)).toMatchObject({ path: "timeline", message: expect.stringMatching(/1,000,000 entries: a draft file may have 2,000/) });
  });

  it("refuse too much text in all, but not many certificate rows", () => {
    const draft = emptyDraft();
    const many = { ...draft, rootCauses: Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, title: "", description: "y".repeat(1_000_000) })) };
    expect(draftContentProblem(many)?.message).toMatch(/more than 4,194,304 characters outside the certificate rows/);
    const rows = { ...draft, appendix: { ...draft.appendix, certificates: Array.from({ length: 20_000 }, () => ({ serial: "0".repeat(300) })) } };
    expect(draftContentProblem(rows)).toBeNull();
  });

  it("let every real draft through", () => {
    expect(draftContentProblem(largeDraft())).toBeNull();
    expect(parseDraftText(JSON.stringify(largeDraft())).ok).toBe(true);
  });
});
