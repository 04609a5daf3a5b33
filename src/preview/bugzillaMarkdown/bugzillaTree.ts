/**
 * What Bugzilla does around the parser, applied to the syntax tree: the
 * guarded `<` shows again as `<`, and one cmark-gfm autolink habit micromark
 * lacks. (Images are dropped at render time, in BugzillaMarkdown.)
 */
import type { Nodes, PhrasingContent, Root } from "mdast";
import { unguard } from "./guardHtml.ts";

const MAILTO = "mailto:";

/**
 * cmark-gfm's autolink extension takes a literal `mailto:` in front of an
 * email address into the link text; micromark links the address only.
 */
function joinMailtoPrefix(children: PhrasingContent[]): void {
  children.forEach((child, i) => {
    const before = children[i - 1];
    if (child.type !== "link" || !child.url.startsWith(MAILTO) || before?.type !== "text" || !before.value.endsWith(MAILTO)) return;
    const [text] = child.children;
    if (child.children.length !== 1 || text.type !== "text" || `${MAILTO}${text.value}` !== child.url) return;
    before.value = before.value.slice(0, -MAILTO.length);
    text.value = `${MAILTO}${text.value}`;
  });
}

function clean(node: Nodes): void {
  if ("value" in node) node.value = unguard(node.value);
  if ("title" in node && typeof node.title === "string") node.title = unguard(node.title);
  if (!("children" in node)) return;
  if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell" || node.type === "emphasis" || node.type === "strong" || node.type === "delete") {
    joinMailtoPrefix(node.children);
  }
  for (const child of node.children) clean(child);
}

export function bugzillaTree(tree: Root): void {
  clean(tree);
}
