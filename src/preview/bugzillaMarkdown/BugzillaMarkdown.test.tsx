import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../test/reportStructure.ts";
import { BugzillaMarkdown } from "./BugzillaMarkdown.tsx";

const render = (markdown: string, bugShorthand?: boolean) =>
  parseHtml(renderToStaticMarkup(<BugzillaMarkdown markdown={markdown} bugShorthand={bugShorthand} />));

describe("BugzillaMarkdown", () => {
  it("opens links in a new tab without an opener or referrer", () => {
    const link = render("See https://example.com/x.").querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://example.com/x");
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("neutralises javascript: URLs", () => {
    const body = render("[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](vbscript:x)");
    for (const link of Array.from(body.querySelectorAll("a"))) {
      expect(link.getAttribute("href") ?? "").not.toMatch(/script:/i);
    }
  });

  it("never renders raw HTML, and shows it as text", () => {
    const body = render('<script>window.__xss=1</script>\n\n<img src=x onerror=alert(1)>\n\n<details><summary>s</summary></details>\n\n<iframe src="https://example.com/">');
    expect(body.querySelector("script, img, iframe, details, summary")).toBeNull();
    expect(body.textContent).toContain("<script>window.__xss=1</script>");
    expect(body.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("drops images, so the preview requests nothing", () => {
    const body = render("![alt](https://example.com/a.png) ![r][r]\n\n[r]: https://example.com/b.png");
    expect(body.querySelector("img")).toBeNull();
  });

  it("links Bugzilla's bug and comment shorthand in paragraphs, list items and body cells", () => {
    const body = render("Like bug 1234567 and Bug #42 comment 7.\n\n- bug 5\n\n| Bug | Note |\n|---|---|\n| bug 6 | **bug 7** |\n");
    const links = Array.from(body.querySelectorAll("a")).map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["bug 1234567", "https://bugzilla.mozilla.org/show_bug.cgi?id=1234567"],
      ["Bug #42 comment 7", "https://bugzilla.mozilla.org/show_bug.cgi?id=42#c7"],
      ["bug 5", "https://bugzilla.mozilla.org/show_bug.cgi?id=5"],
      ["bug 6", "https://bugzilla.mozilla.org/show_bug.cgi?id=6"],
    ]);
  });

  it("leaves shorthand alone in headings, bold, code and link text", () => {
    const body = render("# bug 1\n\n**bug 2** `bug 3` [bug 4](https://example.com/)");
    expect(Array.from(body.querySelectorAll("a")).map((a) => a.getAttribute("href"))).toEqual(["https://example.com/"]);
  });

  it("can leave shorthand out, to compare with bare cmark-gfm", () => {
    expect(render("bug 1", false).querySelector("a")).toBeNull();
  });
});
