import { describe, expect, it } from "vitest";
import { exampleDraft } from "../domain/examples/index.ts";
import { nextUpdateDate } from "./nextUpdateDate.ts";

describe("nextUpdateDate", () => {
  const now = Date.parse("2025-09-20T23:30Z");
  it("announces the Whiteboard date when there is one", () => {
    expect(nextUpdateDate(exampleDraft("full-no-certificates"), "2025-10-01", now)).toBe("2025-10-01");
  });
  it("otherwise 7 days from now, or 3 for a revocation delay, in UTC", () => {
    expect(nextUpdateDate(exampleDraft("full-no-certificates"), "", now)).toBe("2025-09-27");
    expect(nextUpdateDate(exampleDraft("full-misissuance-revocation-delay"), "", now)).toBe("2025-09-23");
  });
});
