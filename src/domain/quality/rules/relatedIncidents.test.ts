import { describe, expect, it } from "vitest";
import { draftOf } from "../testDrafts.ts";
import { relatedIncidents } from "./relatedIncidents.ts";

describe("relatedIncidents", () => {
  it("warns on a Full report without a related bug", () => {
    expect(relatedIncidents(draftOf("full"))).toEqual([
      {
        rule: "related-incidents",
        path: "relatedIncidents",
        message:
          "No related incident is listed. Search the CA Certificate Compliance component for incidents of at least the last two years, including other CA Owners’, and list those with a similar cause or remediation.",
        guideline:
          "“The Related Incidents section includes a list of all incidents disclosed to the 'CA Certificate Compliance' Bugzilla Component related to this incident that have taken place minimally in the last two (2) years. \"Related Incidents\" MUST consider incidents beyond those corresponding to the CA Owner subject of this report.” (CCADB Incident Reporting Guidelines v3.2, Related Incidents)",
      },
    ]);
    expect(relatedIncidents(draftOf("full", { relatedIncidents: [{ id: "r1", bug: null, date: "", description: "" }] }))).toHaveLength(1);
  });

  it("is satisfied by one related bug, and silent on other kinds", () => {
    expect(relatedIncidents(draftOf("full", { relatedIncidents: [{ id: "r1", bug: 1900129, date: "2024-05-30", description: "CRLs" }] }))).toEqual([]);
    expect(relatedIncidents(draftOf("preliminary"))).toEqual([]);
    expect(relatedIncidents(draftOf("closure"))).toEqual([]);
  });
});
