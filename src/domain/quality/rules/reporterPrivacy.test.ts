import { describe, expect, it } from "vitest";
import type { Draft } from "../../draft/schema.ts";
import { draftOf, entry } from "../testDrafts.ts";
import { identifyingPhrases, reporterPrivacy } from "./reporterPrivacy.ts";

const OWNER = "DigiCert, Inc.";

describe("reporterPrivacy", () => {
  it.each([
    ["The issue was reported by John Smith on 2025-03-04.", "reported by John Smith"],
    ["We received an email from Jane Doe about the certificates.", "email from Jane Doe"],
    ["Reported by Dr. Anna-Lena Müller.", "Reported by Dr. Anna-Lena Müller"],
    ["Thanks to Jane Q. Doe for the report.", "Thanks to Jane Q. Doe"],
    ["The researcher Jane Doe found it.", "researcher Jane Doe"],
    ["Contact: jane.doe@gmail.com", "jane.doe@gmail.com"],
    ["A report arrived from researcher@university.edu.", "researcher@university.edu"],
  ])("flags %j", (text, phrase) => {
    expect(identifyingPhrases(text, OWNER)).toEqual([phrase]);
  });

  it.each([
    "We received a report from a community member.",
    "The issue was reported by a third party on 2025-03-04.",
    "Please contact incident-reporting@ccadb.org or public@ccadb.org.",
    "Our team at compliance@digicert.com confirmed the report.",
    "Example address: someone@example.com",
    "Detected by Certificate Transparency monitoring.",
    "Found by our linter; flagged by Google Chrome Root Program.",
    "Identified by DigiCert Compliance on 2025-03-04.",
    "Reported by Monday Morning review.",
    "John Smith approved the change.",
  ])("does not flag %j", (text) => {
    expect(identifyingPhrases(text, OWNER)).toEqual([]);
  });

  it("reports each finding at its field's path", () => {
    const draft: Draft = draftOf("full", {
      caOwner: OWNER,
      timeline: [entry("t1", "2025-03-04T10:00Z", "Problem report from John Smith (john@smith-family.net).")],
    });
    expect(reporterPrivacy(draft)).toEqual([
      {
        rule: "reporter-privacy",
        path: "timeline[0].event",
        message: "“john@smith-family.net” may identify a third-party reporter. Unless they agreed to be named, write “a community member” (or “a third party”) instead.",
        guideline:
          "“If notified of an incident by an external, third party reporter, please respect their privacy by *only* disclosing their name if affirmatively approved to do so (e.g., say \"we received a report from a community member\" instead of explicitly naming individuals).” (CCADB Incident Reporting Guidelines v3.2, Summary)",
      },
      expect.objectContaining({ path: "timeline[0].event", message: expect.stringMatching(/^“report from John Smith”/) }),
    ]);
  });

  it("does not run on a third party's own report", () => {
    const draft = draftOf("preliminary", { author: "third-party" });
    const own: Draft = { ...draft, summary: { ...draft.summary, incidentDescription: "Found by Jane Doe (jane@gmail.com)." } };
    expect(reporterPrivacy(own)).toEqual([]);
    expect(reporterPrivacy({ ...own, author: "ca-owner" })).toHaveLength(2);
  });
});
