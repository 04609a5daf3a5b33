import { describe, expect, it } from "vitest";
import { renderReport } from "../render/render.ts";
import { allWrittenTexts, fieldWrittenText, obviousValue, withWrittenText, writtenText } from "./asWritten.ts";
import { FIELDS, ITEM_FIELDS } from "./catalogue.ts";
import { readyDraft } from "./readyDraft.ts";
import { DraftSchema } from "./schema.ts";

describe("as-written values", () => {
  it("are an optional v1 addition: older drafts stay valid, unknown keys are refused", () => {
    const draft = readyDraft("full");
    expect(DraftSchema.safeParse(draft).success).toBe(true);
    expect(DraftSchema.safeParse({ ...draft, summary: { ...draft.summary, asWritten: { source: "External report" } } }).success).toBe(true);
    expect(DraftSchema.safeParse({ ...draft, summary: { ...draft.summary, asWritten: { sorce: "x" } } }).success).toBe(false);
  });

  it("are set and cleared without touching the rest", () => {
    const impact = readyDraft("full").impact;
    const set = withWrittenText(impact, "totalCertificates", "150 certificates referenced by 68 problem reports");
    expect(writtenText(set, "totalCertificates")).toBe("150 certificates referenced by 68 problem reports");
    expect(impact.asWritten).toBeUndefined();
    const cleared = withWrittenText(set, "totalCertificates", " ");
    expect(cleared).not.toHaveProperty("asWritten");
    expect(writtenText({ asWritten: { at: "  " } }, "at")).toBeNull();
  });

  it("render exactly as written, and are listed with their paths", () => {
    const draft = readyDraft("full");
    draft.summary = { ...draft.summary, source: "", asWritten: { source: "External report" } };
    draft.impact = {
      ...draft.impact,
      totalCertificates: null,
      issuanceStopped: "",
      issuanceStoppedExplanation: "",
      asWritten: { totalCertificates: "150 certificates referenced by 68 problem reports", issuanceStopped: "was not halted" },
    };
    draft.actionItems = [{ ...draft.actionItems[0], status: "", asWritten: { status: "In progress" } }];
    const markdown = renderReport(draft);
    expect(markdown).toContain("- **Source of incident disclosure:** External report\n");
    expect(markdown).toContain("- **Total number of certificates:** 150 certificates referenced by 68 problem reports\n");
    expect(markdown).toContain("why or why not?:** was not halted\n");
    expect(markdown).toMatch(/\| In progress \|\n/);
    expect(fieldWrittenText(draft, "summary.source")).toBe("External report");
    expect(allWrittenTexts(draft).map((w) => w.path)).toEqual(["summary.source", "impact.totalCertificates", "impact.issuanceStopped", "actionItems[0].status"]);
  });

  it("turn into a typed value only when that is obvious", () => {
    expect(obviousValue(FIELDS["summary.source"], "Self Reported (internal review of profiles)")).toEqual({ value: "Self Reported", rest: "(internal review of profiles)" });
    expect(obviousValue(FIELDS["summary.source"], "self-reported")).toEqual({ value: "Self Reported", rest: "" });
    expect(obviousValue(FIELDS["summary.source"], "External report")).toBeNull();
    expect(obviousValue(FIELDS["summary.source"], "Auditor finding")).toBeNull();
    expect(obviousValue(FIELDS["impact.issuanceStopped"], "Yes, on 2025-03-04")).toEqual({ value: "Yes", rest: "on 2025-03-04" });
    expect(obviousValue(FIELDS["impact.issuanceStopped"], "Not halted")).toBeNull();
    expect(obviousValue(FIELDS["impact.totalCertificates"], "1,234 certificates")).toEqual({ value: 1234, rest: "certificates" });
    expect(obviousValue(FIELDS["impact.totalCertificates"], "150 certificates referenced by 68 problem reports")).toBeNull();
    expect(obviousValue(ITEM_FIELDS.actionItems.dueDate, "2025-04-01")).toEqual({ value: "2025-04-01", rest: "" });
    expect(obviousValue(ITEM_FIELDS.actionItems.dueDate, "Q2 2025")).toBeNull();
    expect(obviousValue(ITEM_FIELDS.actionItems.status, "Complete.")).toEqual({ value: "Complete", rest: "" });
  });
});
