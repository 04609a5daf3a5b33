/**
 * The preview against Bugzilla's own pipeline (cmark-gfm, src/test/bugzilla.ts):
 * the same Markdown rendered by both, read back with jsdom and compared as a
 * normalized tree of the elements Bugzilla shows, with their text.
 */
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import type { Draft } from "../../domain/draft/schema.ts";
import { anyDraft } from "../../test/arbitraries.ts";
import RenderedReport from "../RenderedReport.tsx";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../../domain/examples/index.ts";
import { largeDraft } from "../../domain/examples/largeDraft.ts";
import { renderReport } from "../../domain/render/render.ts";
import { readyDraft } from "../../domain/draft/readyDraft.ts";
import { bugzillaHtml } from "../../test/bugzilla.ts";
import { parseHtml } from "../../test/reportStructure.ts";
import { reportChunks } from "../reportChunks.ts";
import { BugzillaMarkdown } from "./BugzillaMarkdown.tsx";
import { CORPUS, type CorpusCase } from "./corpus.ts";

const BLOCKS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "pre", "hr"]);
const INLINES = new Set(["a", "br", "del", "strong", "em", "code"]);
/** Elements that show nothing: images are removed on Bugzilla and in the preview. */
const INVISIBLE = new Set(["img"]);

function attributes(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const parts: string[] = [];
  if (tag === "a") parts.push(`href=${el.getAttribute("href") ?? ""}`, `title=${el.getAttribute("title") ?? ""}`);
  if (tag === "ol") parts.push(`start=${el.getAttribute("start") ?? "1"}`);
  if (tag === "th" || tag === "td") {
    // cmark-gfm writes align="center"; React writes style="text-align:center".
    const align = el.getAttribute("align") ?? /text-align:\s*(\w+)/.exec(el.getAttribute("style") ?? "")?.[1] ?? "";
    if (align) parts.push(`align=${align}`);
  }
  if (tag === "code") {
    const language = el.getAttribute("class");
    if (language) parts.push(`class=${language}`);
  }
  return parts.length ? `[${parts.join(" ")}]` : "";
}

const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE;

type Item = { kind: "text"; value: string } | { kind: "element"; line: string; block: boolean; children: string[] };

/**
 * One line per element, indented by depth; text as JSON strings. Whitespace
 * HTML does not show is normalized (runs of it; at the start and end of a
 * block; next to a block or a <br>); text in <pre> is kept exactly.
 */
function structure(node: Element, depth = 0, inPre = false): string[] {
  const items: Item[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) {
      const value = child.textContent ?? "";
      const last = items[items.length - 1];
      if (last?.kind === "text") last.value += value;
      else items.push({ kind: "text", value });
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toLowerCase();
    if (INVISIBLE.has(tag)) continue;
    const block = BLOCKS.has(tag);
    const line = block || INLINES.has(tag) ? `${tag}${attributes(child)}` : `UNEXPECTED <${tag}>`;
    items.push({ kind: "element", line, block: block || tag === "br", children: structure(child, depth + 1, inPre || tag === "pre") });
  }
  const pad = "  ".repeat(depth);
  const lines: string[] = [];
  items.forEach((item, i) => {
    if (item.kind === "element") {
      lines.push(`${pad}${item.line}`, ...item.children);
      return;
    }
    if (inPre) {
      if (item.value !== "") lines.push(`${pad}${JSON.stringify(item.value)}`);
      return;
    }
    const before = items[i - 1];
    const after = items[i + 1];
    let value = item.value.replace(/\s+/g, " ");
    if (before === undefined || (before.kind === "element" && before.block)) value = value.trimStart();
    if (after === undefined || (after.kind === "element" && after.block)) value = value.trimEnd();
    if (value !== "") lines.push(`${pad}${JSON.stringify(value)}`);
  });
  return lines;
}

function bugzillaStructure(html: string): string {
  return structure(parseHtml(html)).join("\n");
}

function ours(markdown: string): string {
  return bugzillaStructure(renderToStaticMarkup(<BugzillaMarkdown markdown={markdown} bugShorthand={false} />));
}

function theirs(markdown: string): string {
  return bugzillaStructure(bugzillaHtml(markdown));
}

/**
 * Cases where micromark and cmark-gfm 0.29 genuinely disagree and the
 * preview cannot follow without re-implementing the parser. Each must still
 * differ (so a fixed one is noticed and moved back to the strict list).
 */
const EXCEPTIONS: Record<string, string> = {
  "ftp URLs":
    "cmark-gfm 0.29's autolink extension also links ftp:// URLs (and keeps a trailing `>` in them); " +
    "micromark follows the GFM spec, which links http(s):// and www. only. Rare in incident reports.",
  "emphasis next to currency symbols":
    "CommonMark 0.31 (micromark) counts Unicode symbols such as € as punctuation when deciding whether `*` opens " +
    "emphasis, CommonMark 0.29 (cmark-gfm) does not, so `x*€*y` is emphasis on Bugzilla and literal here; " +
    "changing it would mean patching micromark's character classes.",
};

const examples: CorpusCase[] = [
  ...EXAMPLES.map((example) => ({ name: `example: ${example.id}`, markdown: renderReport(example.draft) })),
  { name: "example: largeDraft", markdown: renderReport(largeDraft()) },
];

describe("the structural comparison", () => {
  it("tells apart what a reader would see differently", () => {
    const same = [
      ["<p>a<br />\nb</p>", "<p>a<br>b</p>"],
      ["<p>a  b\n</p>", "<p> a b</p>"],
      ['<th align="right">x</th>', '<th style="text-align:right">x</th>'],
    ];
    for (const [a, b] of same) expect(bugzillaStructure(a)).toBe(bugzillaStructure(b));
    const different = [
      ["<p>a<br />b</p>", "<p>a b</p>"],
      ["<p>a</p><p>b</p>", "<p>a<br>b</p>"],
      ['<a href="https://a/">x</a>', '<a href="https://b/">x</a>'],
      ["<ul><li>a</li></ul>", "<ul><li><p>a</p></li></ul>"],
      ["<p><del>x</del></p>", "<p>~x~</p>"],
      ["<pre><code>a  b</code></pre>", "<pre><code>a b</code></pre>"],
      ["<p><em>x</em></p>", "<p><strong>x</strong></p>"],
      ["<p>x</p>", "<p><input type=checkbox>x</p>"],
      ['<ol start="2"><li>a</li></ol>', "<ol><li>a</li></ol>"],
    ];
    for (const [a, b] of different) expect(bugzillaStructure(a)).not.toBe(bugzillaStructure(b));
  });
});

describe("the preview renders like Bugzilla (cmark-gfm)", () => {
  it("has a corpus of at least 40 tricky cases", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  for (const { name, markdown } of [...CORPUS, ...examples]) {
    const reason = EXCEPTIONS[name];
    if (reason === undefined) {
      it(name, () => {
        expect(ours(markdown)).toBe(theirs(markdown));
      });
    } else {
      it(`${name} (known difference: ${reason})`, () => {
        expect(ours(markdown)).not.toBe(theirs(markdown));
      });
    }
  }
});

/** The preview as the app shows it: sections, timeline entries and factors rendered one by one. */
function piecewise(draft: Draft): string {
  const html = renderToStaticMarkup(<RenderedReport chunks={reportChunks(draft)} bugShorthand={false} />);
  const content = parseHtml(html).querySelector("[data-preview-content]");
  // Each section sits in a <div data-section> the preview scrolls to; Bugzilla's page has no such wrapper.
  for (const section of content?.querySelectorAll("[data-section]") ?? []) section.replaceWith(...section.childNodes);
  return bugzillaStructure(content?.innerHTML ?? "");
}

describe("the preview's piece-by-piece rendering", () => {
  it("shows the same structure as Bugzilla shows for the whole report", () => {
    for (const { draft } of [...EXAMPLES, { draft: largeDraft() }]) {
      expect(piecewise(draft)).toBe(theirs(renderReport(draft)));
    }
  });

  it("keeps a byte order mark at the start of a piece, as Bugzilla does inside the whole comment", () => {
    const draft = readyDraft("full");
    draft.appendix.text = "\uFEFF\tword";
    expect(piecewise(draft)).toBe(ours(renderReport(draft)));
    expect(piecewise(draft)).toBe(theirs(renderReport(draft)));
  });

  it("shows the same as rendering the whole report at once, for any draft", () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(piecewise(draft)).toBe(ours(renderReport(draft)));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 80) },
    );
  }, 300_000);
});
