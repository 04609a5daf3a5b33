/**
 * Golden files: the exact Markdown of each example report. A change to the
 * renderer shows up here as a diff to review; `UPDATE_GOLDEN=1 npx vitest run
 * src/domain/render/golden.test.ts` rewrites them after a deliberate change.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../examples/index.ts";
import { emptyDraft } from "../draft/newDraft.ts";
import { REPORT_KINDS } from "../draft/schema.ts";
import { renderReport } from "./render.ts";

const cases = [
  ...EXAMPLES.map((e) => ({ name: e.id, draft: e.draft })),
  ...REPORT_KINDS.map((kind) => ({ name: `empty-${kind}`, draft: emptyDraft(kind) })),
];

describe("golden reports", () => {
  for (const { name, draft } of cases) {
    it(name, () => {
      const file = fileURLToPath(new URL(`./golden/${name}.md`, import.meta.url));
      const markdown = renderReport(draft);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, markdown);
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(markdown).toBe(readFileSync(file, "utf8"));
    });
  }

  it("cover every report kind", () => {
    expect(new Set(cases.map((c) => c.draft.kind))).toEqual(new Set(REPORT_KINDS));
  });
});
