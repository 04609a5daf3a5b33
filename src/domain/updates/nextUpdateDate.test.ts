import { describe, expect, it } from "vitest";
import type { Draft } from "../draft/schema.ts";
import { exampleDraft } from "../examples/index.ts";
import { nextUpdateDate } from "./nextUpdateDate.ts";

const withWhiteboard = (draft: Draft, whiteboard: string): Draft => ({ ...draft, incident: { posted: [], questions: [], whiteboard } });

describe("nextUpdateDate", () => {
  const now = Date.parse("2025-09-20T23:30Z");
  it("announces the Whiteboard date when there is one, in any form it is written", () => {
    expect(nextUpdateDate(withWhiteboard(exampleDraft("full-no-certificates"), "Next update 2025-10-01"), now)).toBe("2025-10-01");
    expect(nextUpdateDate(withWhiteboard(exampleDraft("full-no-certificates"), "Next update 1-Oct-2025"), now)).toBe("2025-10-01");
  });
  it("otherwise 7 days from now, or 3 for a revocation delay, in UTC; a date with two readings is not announced", () => {
    expect(nextUpdateDate(exampleDraft("full-no-certificates"), now)).toBe("2025-09-27");
    expect(nextUpdateDate(withWhiteboard(exampleDraft("full-no-certificates"), "Next update 10.11.2025"), now)).toBe("2025-09-27");
    expect(nextUpdateDate(exampleDraft("full-misissuance-revocation-delay"), now)).toBe("2025-09-23");
    expect(nextUpdateDate(withWhiteboard(exampleDraft("full-no-certificates"), "[leaf-revocation-delay]"), now)).toBe("2025-09-23");
  });
});
