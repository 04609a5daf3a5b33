/**
 * Issue 20: "Ready to post" never while the Markdown shows "(not yet
 * provided)". From each ready report (every kind and author), each text field
 * blanked and each list emptied in turn: either readiness names a problem, or
 * the report has no placeholder.
 */
import { describe, expect, it } from "vitest";
import { PLACEHOLDER } from "../render/markdown.ts";
import { renderReport } from "../render/render.ts";
import { checkReadiness } from "./readiness.ts";
import { readyDraft } from "./readyDraft.ts";
import { AUTHORS, REPORT_KINDS, type Draft } from "./schema.ts";

/** Every variant of the draft with one string leaf blanked or one array emptied. */
function variants(draft: Draft): Array<{ path: string; draft: Draft }> {
  const out: Array<{ path: string; draft: Draft }> = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    if (typeof value === "string" || Array.isArray(value)) {
      const copy = structuredClone(draft);
      let holder: unknown = copy;
      for (const part of path.slice(0, -1)) holder = Reflect.get(holder as object, part);
      Reflect.set(holder as object, path[path.length - 1], typeof value === "string" ? "" : []);
      out.push({ path: path.join("."), draft: copy });
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(draft, []);
  return out;
}

describe("ready to post means every line of the report is provided", () => {
  for (const kind of REPORT_KINDS) {
    for (const author of AUTHORS) {
      it(`${kind} report by ${author}`, () => {
        const base = readyDraft(kind, author);
        const leaks = variants(base)
          .filter(({ path }) => !/^(?:format|kind|author|id|.*\.id|.*addresses.*)$/.test(path))
          .filter(({ draft }) => checkReadiness(draft).length === 0 && renderReport(draft).includes(PLACEHOLDER))
          .map(({ path }) => path);
        expect(leaks).toEqual([]);
      });
    }
  }
});
