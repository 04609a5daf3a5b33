import { describe, expect, it } from "vitest";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { REPORT_KINDS } from "../domain/draft/schema.ts";
import { EXAMPLES } from "../domain/examples/index.ts";
import { largeDraft } from "../domain/examples/largeDraft.ts";
import { renderReport } from "../domain/render/render.ts";
import { joinChunks, reportChunks } from "./reportChunks.ts";

describe("reportChunks", () => {
  const drafts = [
    ...EXAMPLES.map((e) => e.draft),
    largeDraft(),
    ...REPORT_KINDS.map((kind) => emptyDraft(kind)),
  ];

  it("joins back into exactly the rendered report", () => {
    for (const draft of drafts) expect(joinChunks(reportChunks(draft))).toBe(renderReport(draft));
  });

  it("gives each chunk a unique key", () => {
    for (const draft of drafts) {
      const keys = reportChunks(draft).map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
