import { describe, expect, it } from "vitest";
import { bugzillaHtml } from "../../test/bugzilla.ts";
import type { Draft } from "../draft/schema.ts";
import { actionItem, certificate, draftOf, entry } from "../quality/testDrafts.ts";
import { renderUpdateComment } from "./renderUpdateComment.ts";

const now = Date.parse("2025-03-05T12:00Z");
const input = { now, nextUpdate: "2025-03-12" };

const posted: Draft = draftOf("full", {
  timeline: [entry("t1", "2025-03-01T10:00Z", "Bug introduced.")],
  actionItems: [
    actionItem("a1", { description: "Add a lint | for the field" }),
    actionItem("a2", { description: "Review profiles" }),
    actionItem("a3", { description: "Old item" }),
  ],
});

describe("renderUpdateComment", () => {
  it("lists exactly what changed since the posted snapshot", () => {
    const current: Draft = {
      ...posted,
      timeline: [
        ...posted.timeline,
        entry("t3", "2025-03-04T19:20+02:00", "Fix deployed.\nAll issuance re-checked."),
        entry("t2", "2025-03-03T09:00Z", "Scope determined."),
      ],
      actionItems: [
        actionItem("a1", { description: "Add a lint | for the field", status: "Complete" }),
        actionItem("a2", { description: "Review profiles", dueDate: "2025-07-01", status: "Delayed" }),
        actionItem("a4", { description: "Publish the\nreview results", kind: "Detect", evaluationCriteria: "Report published", dueDate: "2025-08-01" }),
      ],
    };
    expect(renderUpdateComment(current, posted, input)).toBe(
      [
        "## Update (2025-03-05)",
        "",
        "### Action Items",
        "",
        "| Action Item | Change | Description | Kind | Evaluation Criteria | Due Date | Status |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| Action Item #1 | Status changed | Add a lint \\| for the field | Prevent | Zero certificates with the field in CT logs after 2025-06-01 | 2025-06-01 | Ongoing → Complete |",
        "| Action Item #2 | Due Date, Status changed | Review profiles | Prevent | Zero certificates with the field in CT logs after 2025-06-01 | 2025-06-01 → 2025-07-01 | Ongoing → Delayed |",
        "| Action Item #3 | New | Publish the review results | Detect | Report published | 2025-08-01 | Ongoing |",
        "| Previously Action Item #3 | Removed | Old item | Prevent | Zero certificates with the field in CT logs after 2025-06-01 | 2025-06-01 | Ongoing |",
        "",
        "### Timeline",
        "",
        "New since our last update:",
        "",
        "- 2025-03-03 09:00 UTC: Scope determined.",
        "- 2025-03-04 17:20 UTC: Fix deployed.",
        "  All issuance re-checked.",
        "",
        "**Next update:** 2025-03-12",
        "",
      ].join("\n"),
    );
  });

  it("says so when nothing changed", () => {
    expect(renderUpdateComment(posted, posted, input)).toBe(
      [
        "## Update (2025-03-05)",
        "",
        "### Action Items",
        "",
        "No changes to the action items since our last update.",
        "",
        "### Timeline",
        "",
        "No new timeline entries since our last update.",
        "",
        "**Next update:** 2025-03-12",
        "",
      ].join("\n"),
    );
  });

  it("shows what is missing as the placeholder, never as N/A the author did not write", () => {
    const current: Draft = {
      ...posted,
      timeline: [...posted.timeline, entry("t2", "2025-03-03T09:00Z", "")],
      actionItems: [actionItem("a1", { description: "Add a lint | for the field", dueDate: "" }), ...posted.actionItems.slice(1)],
    };
    const comment = renderUpdateComment(current, posted, { now, nextUpdate: " " });
    expect(comment).not.toContain("N/A");
    expect(comment).toContain("| 2025-06-01 → _(not yet provided)_ |");
    expect(comment).toContain("- 2025-03-03 09:00 UTC: _(not yet provided)_");
    expect(comment).toContain("**Next update:** _(not yet provided)_");
  });

  it("carries a changed Impact total with the correction written in Additional considerations", () => {
    const before: Draft = { ...posted, impact: { ...posted.impact, totalCertificates: 1_238 } };
    const correction = "Correction: the total is 1,301, not 1,238. A second scan on 2025-03-04 found a backup CA's certificates; every scan now covers all issuing CAs.";
    const after: Draft = { ...posted, impact: { ...posted.impact, totalCertificates: 1_301, additionalConsiderations: correction } };
    const comment = renderUpdateComment(after, before, input);
    expect(comment).toContain(`### Impact\n\n- **Total number of certificates:** 1,238 → 1,301\n- **Additional considerations:** ${correction}\n\n`);
    expect(renderUpdateComment(before, before, input)).not.toContain("### Impact");
  });

  it("adds the four revocation counts for a revocation-delay report", () => {
    const current: Draft = {
      ...posted,
      revocationDelay: true,
      appendix: {
        text: "",
        certificates: [
          certificate({ revoked: "Yes" }),
          certificate({ revoked: "N/A" }),
          certificate({ revoked: "Delayed", revocationDate: "2025-03-20" }),
          certificate({ revoked: "Planned", revocationDate: "2025-03-18" }),
        ],
      },
    };
    expect(renderUpdateComment(current, posted, input)).toContain(
      [
        "### Revocation Status",
        "",
        "- **Certificates revoked:** 1",
        "- **Certificates not yet revoked:** 2",
        "- **Certificates planned for revocation that have expired:** 1",
        "- **Estimated completion of all remaining revocations:** 2025-03-20",
        "",
        "**Next update:** 2025-03-12",
      ].join("\n"),
    );
    const unlisted: Draft = { ...posted, revocationDelay: true };
    expect(renderUpdateComment(unlisted, posted, input)).toContain(
      "- **Certificates revoked:** unknown (no certificates listed in the Appendix)\n- **Certificates not yet revoked:** unknown (no certificates listed in the Appendix)",
    );
  });

  it("renders in Bugzilla as one table and one list, pipes kept in their cell", () => {
    const current: Draft = {
      ...posted,
      timeline: [...posted.timeline, entry("t2", "2025-03-04T10:00Z", "Fix | deployed.\n---")],
      actionItems: [actionItem("a1", { description: "Add a lint | for the field\nwith `a|b`", status: "Complete" }), ...posted.actionItems.slice(1)],
    };
    const html = bugzillaHtml(renderUpdateComment(current, posted, input));
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain("<td>Add a lint | for the field with <code>a|b</code></td>");
    expect(html).not.toContain("<h2>Fix");
    expect(html).toContain("<li>2025-03-04 10:00 UTC: Fix | deployed.<br />\n---</li>");
  });

  it("never makes the app's timestamp a table header (an event of `foo` and a delimiter row)", () => {
    for (const event of ["foo\n|---|", "foo\n|---|---|", "|---|", "foo\n\t:-:"]) {
      const current: Draft = { ...posted, timeline: [...posted.timeline, entry("t9", "2025-03-04T10:00Z", event)] };
      const html = bugzillaHtml(renderUpdateComment(current, posted, input));
      expect(html, event).not.toMatch(/<t[hd]/);
      expect(html, event).toContain("2025-03-04 10:00 UTC:");
    }
  });
});
