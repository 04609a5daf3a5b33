import { describe, expect, it } from "vitest";
import { draftOf } from "../testDrafts.ts";
import { relatedIncidents as rule } from "./relatedIncidents.ts";
import type { Draft } from "../../draft/schema.ts";

const relatedIncidents = (draft: Draft, relatedIncidentMatches?: number | null) => rule(draft, { now: 0, renderedLength: 0, relatedIncidentMatches });

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

  it("names how many likely matches the finder sees, when it has looked", () => {
    expect(relatedIncidents(draftOf("full"), 12)[0].message).toBe(
      "No related incident is listed, and the related incidents finder sees 12 likely matches for the report’s title among CA Certificate Compliance bugs of the last two years, by any CA Owner. Open the finder on the Related Incidents step and list those with a similar cause or remediation.",
    );
    expect(relatedIncidents(draftOf("full"), 1)[0].message).toContain("the related incidents finder sees 1 likely match for");
    expect(relatedIncidents(draftOf("full"), 0)[0].message).toMatch(/^No related incident is listed, and the related incidents finder sees no likely match for the report’s title/);
    expect(relatedIncidents(draftOf("full"), null)).toEqual(relatedIncidents(draftOf("full")));
  });

  it("is satisfied by one related bug, and silent on other kinds", () => {
    expect(relatedIncidents(draftOf("full", { relatedIncidents: [{ id: "r1", bug: 1900129, date: "2024-05-30", description: "CRLs" }] }))).toEqual([]);
    expect(relatedIncidents(draftOf("preliminary"))).toEqual([]);
    expect(relatedIncidents(draftOf("closure"))).toEqual([]);
  });
});
