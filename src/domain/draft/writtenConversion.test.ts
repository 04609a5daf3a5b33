import { describe, expect, it } from "vitest";
import { FIELDS, ITEM_FIELDS } from "./catalogue.ts";
import { asWrittenPath, writtenConversion } from "./writtenConversion.ts";

describe("asWrittenPath", () => {
  it("maps a form field to where its as-written text lives", () => {
    expect(asWrittenPath("summary.source")).toBe("summary.asWritten.source");
    expect(asWrittenPath("impact.totalCertificates")).toBe("impact.asWritten.totalCertificates");
    expect(asWrittenPath("actionItems.2.kind")).toBe("actionItems.2.asWritten.kind");
    expect(asWrittenPath("timeline.0.at")).toBe("timeline.0.asWritten.at");
  });
  it("is null for fields without one", () => {
    expect(asWrittenPath("summary.incidentDescription")).toBeNull();
    expect(asWrittenPath("actionItems.2.description")).toBeNull();
    expect(asWrittenPath("caOwner")).toBeNull();
    expect(asWrittenPath("lessons.wentWell.0.text")).toBeNull();
  });
});

describe("writtenConversion", () => {
  it("turns “Self Reported (…)” into Self Reported and keeps the rest for the not-placed pieces", () => {
    expect(writtenConversion("summary.source", FIELDS["summary.source"], "Self Reported (internal review of CRL publication)")).toEqual({
      value: "Self Reported",
      rest: "(internal review of CRL publication)",
      restField: null,
    });
  });
  it("puts the why of an issuance answer where the template asks for it", () => {
    expect(writtenConversion("impact.issuanceStopped", FIELDS["impact.issuanceStopped"], "No, because the profile was fixed within the hour")).toEqual({
      value: "No",
      rest: "because the profile was fixed within the hour",
      restField: "impact.issuanceStoppedExplanation",
    });
  });
  it("reads a count that is the only number, and drops only its unit", () => {
    expect(writtenConversion("impact.totalCertificates", FIELDS["impact.totalCertificates"], "1,234 certificates")).toEqual({ value: 1234, rest: "", restField: null });
    expect(writtenConversion("impact.totalCertificates", FIELDS["impact.totalCertificates"], "8 (all issued to one subscriber)")).toMatchObject({
      value: 8,
      rest: "(all issued to one subscriber)",
    });
  });
  it("leaves it to the author when the text is not obvious", () => {
    expect(writtenConversion("impact.totalCertificates", FIELDS["impact.totalCertificates"], "150 certificates referenced by 68 problem reports")).toBeNull();
    expect(writtenConversion("summary.source", FIELDS["summary.source"], "External report")).toBeNull();
    expect(writtenConversion("impact.issuanceStopped", FIELDS["impact.issuanceStopped"], "was not halted")).toBeNull();
    expect(writtenConversion("actionItems.0.status", ITEM_FIELDS.actionItems.status, "mostly done")).toBeNull();
  });
});
