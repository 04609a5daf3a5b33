import { describe, expect, it } from "vitest";
import { readWrittenDate } from "./values.ts";

describe("a date field's value as written", () => {
  it.each([
    ["January 7, 2026", "2026-01-07"],
    ["2025-09-19 – 09:51 UTC", "2025-09-19T09:51Z"],
    ["21/11/2022 14:00 UTC", "2022-11-21T14:00Z"],
    ["2025-03-04 17:20:33 UTC", "2025-03-04T17:20:33Z"],
    ["7 Jan 2026.", "2026-01-07"],
  ])("%s is read as %s", (written, iso) => {
    expect(readWrittenDate(written)).toBe(iso);
  });

  it.each(["03/04/2025", "2025-03-04 17:20", "early March", "2025-03-04 and later"])("%s has no single reading: null, kept as written", (written) => {
    expect(readWrittenDate(written)).toBeNull();
  });
});
