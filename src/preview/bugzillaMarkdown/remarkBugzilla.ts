/**
 * A remark plugin for Bugzilla's Markdown: cmark-gfm with the table,
 * strikethrough and autolink extensions only (no task lists, no footnotes,
 * which is why remark-gfm is not used), hard line breaks, `<` guarded, and
 * no images.
 */
import type { Root } from "mdast";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
// Brings the micromark / from-markdown extension slots into unified's Data type.
import type {} from "remark-parse";
import type { Processor } from "unified";
import { linkBugShorthand } from "./bugShorthand.ts";
import { bugzillaTree } from "./bugzillaTree.ts";
import { hardBreaksFromMarkdown } from "./hardBreaks.ts";

export type RemarkBugzillaOptions = {
  /** Link `bug 123` and `bug 123 comment 4` as Bugzilla does (default true). */
  bugShorthand?: boolean;
};

export function remarkBugzilla(this: Processor, options: RemarkBugzillaOptions = {}) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: true }), gfmAutolinkLiteral());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmAutolinkLiteralFromMarkdown(),
    hardBreaksFromMarkdown(),
  );
  const shorthand = options.bugShorthand ?? true;
  return (tree: Root) => {
    bugzillaTree(tree);
    if (shorthand) linkBugShorthand(tree);
  };
}
