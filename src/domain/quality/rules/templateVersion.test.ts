import { describe, expect, it } from "vitest";
import { RENDERED_TEMPLATE, TEMPLATE_VERSIONS } from "../../templates/versions.ts";
import { draftOf } from "../testDrafts.ts";
import { supersededBy, templateVersion } from "./templateVersion.ts";

const at = (iso: string) => ({ now: Date.parse(iso), renderedLength: 0 });
const withNext = [...TEMPLATE_VERSIONS, { version: "3.3", effective: "2027-01-10" }];

describe("template-version", () => {
  it("renders the newest version of the data", () => {
    expect(TEMPLATE_VERSIONS.at(-1)?.version).toBe(RENDERED_TEMPLATE);
    expect(templateVersion(draftOf("full"), at("2026-12-06T00:00Z"))).toEqual([]);
  });

  it("flags the rendered template once a newer one has been in effect more than 30 days: the next version is one entry", () => {
    expect(templateVersion(draftOf("full"), at("2027-02-09T00:00Z"), withNext)).toEqual([]);
    const [w] = templateVersion(draftOf("full"), at("2027-02-10T00:00Z"), withNext);
    expect(w.path).toBe("");
    expect(w.message).toBe(
      "This report follows the v3.2 templates, superseded by v3.3 on 2027-01-10, more than 30 days ago. Rewrite its headings and fields in the v3.3 template before posting (or use a version of this tool that writes it).",
    );
  });

  it("knows which version superseded an older one", () => {
    expect(supersededBy("2.0", Date.parse("2025-03-20T00:00Z"))).toBeNull();
    expect(supersededBy("2.0", Date.parse("2025-04-01T00:00Z"))?.version).toBe("3.0");
    expect(supersededBy("3.0", Date.parse("2026-06-01T00:00Z"))?.version).toBe("3.2");
  });
});
