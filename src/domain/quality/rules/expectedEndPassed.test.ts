import { describe, expect, it } from "vitest";
import { draftOf } from "../testDrafts.ts";
import { expectedEndPassed } from "./expectedEndPassed.ts";

const at = (iso: string) => Date.parse(iso);
const base = draftOf("full");
const withEnd = (end: string, expected: boolean) => ({ ...base, summary: { ...base.summary, nonComplianceEnd: end, nonComplianceEndExpected: expected } });

describe("expectedEndPassed", () => {
  it("warns once an expected end date has passed, at the end of that UTC day", () => {
    expect(expectedEndPassed(withEnd("2025-03-04", true), { now: at("2025-03-04T23:59Z"), renderedLength: 0 })).toEqual([]);
    const [warning] = expectedEndPassed(withEnd("2025-03-04", true), { now: at("2025-03-05T00:00Z"), renderedLength: 0 });
    expect(warning.path).toBe("summary.nonComplianceEnd");
    expect(warning.message).toMatch(/2025-03-04 is marked expected, and it has passed/);
    expect(warning.guideline).toMatch(/ended or is expected to end/);
  });

  it("leaves actual end dates and future expected ones alone", () => {
    expect(expectedEndPassed(withEnd("2025-03-04T10:00Z", false), { now: at("2026-01-01T00:00Z"), renderedLength: 0 })).toEqual([]);
    expect(expectedEndPassed(withEnd("2025-03-04T10:00Z", true), { now: at("2025-03-04T09:59Z"), renderedLength: 0 })).toEqual([]);
  });
});
