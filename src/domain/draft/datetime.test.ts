import { describe, expect, it } from "vitest";
import { displayDateOrTime, formatUtc, isDate, isDateTime, lacksOffset, parseDateTime } from "./datetime.ts";

describe("datetime", () => {
  it("accepts only real calendar dates", () => {
    expect(isDate("2025-02-28")).toBe(true);
    expect(isDate("2024-02-29")).toBe(true);
    expect(isDate("2025-02-29")).toBe(false);
    expect(isDate("2025-13-01")).toBe(false);
    expect(isDate("2025-1-01")).toBe(false);
  });

  it("requires an explicit offset and at least minutes", () => {
    expect(isDateTime("2025-03-04T17:20Z")).toBe(true);
    expect(isDateTime("2025-03-04T19:20+02:00")).toBe(true);
    expect(isDateTime("2025-03-04T19:20:59.123-0530")).toBe(true);
    expect(isDateTime("2025-03-04T17:20")).toBe(false);
    expect(isDateTime("2025-03-04T17Z")).toBe(false);
    expect(isDateTime("2025-03-04T24:00Z")).toBe(false);
    expect(lacksOffset("2025-03-04T17:20")).toBe(true);
  });

  it("converts any offset to UTC with minute granularity", () => {
    expect(displayDateOrTime("2025-03-04T19:20+02:00")).toBe("2025-03-04 17:20 UTC");
    expect(displayDateOrTime("2025-03-04T23:50:59-05:00")).toBe("2025-03-05 04:50 UTC");
    expect(displayDateOrTime("2025-03-04")).toBe("2025-03-04");
    expect(displayDateOrTime("last Tuesday")).toBe("last Tuesday");
    expect(formatUtc(parseDateTime("2025-01-01T00:30+01:00") ?? NaN)).toBe("2024-12-31 23:30 UTC");
  });
});
