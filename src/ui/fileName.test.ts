import { describe, expect, it } from "vitest";
import { markdownFileName, slugify } from "./fileName.ts";

describe("markdownFileName", () => {
  it("slugifies the summary line", () => {
    expect(markdownFileName("Example CA: EV certificates with invalid businessCategory")).toBe(
      "example-ca-ev-certificates-with-invalid-businesscategory.md",
    );
  });

  it("drops accents and anything that is not a letter or digit", () => {
    expect(slugify("Société Générale CA: « CRL » expired / 6h!")).toBe("societe-generale-ca-crl-expired-6h");
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
  });

  it("stays short, without a trailing dash", () => {
    const slug = slugify(`${"word ".repeat(40)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
  });

  it("falls back to a generic name when nothing is left", () => {
    expect(markdownFileName("::: ✓ :::")).toBe("incident-report.md");
    expect(markdownFileName("漢字")).toBe("incident-report.md");
  });
});
