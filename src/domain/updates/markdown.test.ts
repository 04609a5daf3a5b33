import { describe, expect, it } from "vitest";
import { bugzillaHtml } from "../../test/bugzilla.ts";
import { ESCAPES } from "../../test/escapes.ts";
import { bullet } from "./markdown.ts";

describe("an update comment's bullet of several lines", () => {
  it("keeps its lines under the bullet", () => {
    expect(bullet("first\n\nsecond\n===")).toBe("- first\n  second\n  \\===");
  });

  // As the renderer's labelled values (render/unsafe.test.ts): the text stays in its item and makes no heading.
  it.each(ESCAPES.map((value) => [JSON.stringify(value), value]))("stays one list item, never a heading, with %s", (_, value) => {
    const html = bugzillaHtml(`${bullet(`first\n${value}`)}\n- next\n`);
    expect(html).not.toMatch(/<h\d/);
    // The first line is the app's (a timestamp): never a table header.
    expect(html).not.toMatch(/<th>\s*first/);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toMatch(/<li>(?:\s*<p>)?next(?:<\/p>\s*)?<\/li>\s*<\/ul>\s*$/);
  });
});
