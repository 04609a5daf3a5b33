import { describe, expect, it } from "vitest";
import { certificate, draftOf } from "../quality/testDrafts.ts";
import { revocationCounts } from "./revocationCounts.ts";

const now = Date.parse("2025-03-10T00:00Z");

describe("revocationCounts", () => {
  it("counts revoked, remaining and expired, and estimates from the latest planned date", () => {
    const draft = draftOf("full", {
      appendix: {
        text: "",
        certificates: [
          certificate({ revoked: "Yes", revocationDate: "2025-03-05" }),
          certificate({ revoked: "Yes", revocationDate: "2025-03-06" }),
          certificate({ revoked: "N/A", revocationDate: "N/A" }),
          certificate({ revoked: "Planned", notAfter: "2025-03-09T23:59Z", revocationDate: "2025-03-20" }),
          certificate({ revoked: "Planned", revocationDate: "2025-03-20" }),
          certificate({ revoked: "Delayed", revocationDate: "2025-04-15" }),
        ],
      },
    });
    expect(revocationCounts(draft, now)).toEqual({ revoked: 2, notYetRevoked: 2, expired: 2, estimate: "2025-04-15" });
  });

  it("estimates unknown when a remaining certificate has no planned date, and null when none remain", () => {
    const unknown = draftOf("full", { appendix: { text: "", certificates: [certificate({ revocationDate: "2025-03-20" }), certificate({ revoked: "Delayed" })] } });
    expect(revocationCounts(unknown, now).estimate).toBe("unknown");
    const done = draftOf("full", { appendix: { text: "", certificates: [certificate({ revoked: "Yes" })] } });
    expect(revocationCounts(done, now)).toEqual({ revoked: 1, notYetRevoked: 0, expired: 0, estimate: null });
  });
});
