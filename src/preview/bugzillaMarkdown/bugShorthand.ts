/**
 * Bugzilla links `bug 123` and `bug 123 comment 4` by itself, but only in
 * text that sits directly in a paragraph, a list item or a table body cell
 * (Bugzilla/Markdown.pm: not in bold, links, code or header cells).
 */
import type { PhrasingContent, Root, RootContent, Text } from "mdast";
import { bugUrl } from "../../domain/render/bugzilla.ts";

const SHORTHAND = /\bbug\s*(?:#\s*)?(\d+)(?:\s*(?:,\s*)?comment\s*(?:#\s*)?(\d+))?\b/gi;

/** Splits one text node into text and links; the same node back when nothing matches. */
export function linkShorthand(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(SHORTHAND)) {
    const [whole, bug, comment] = match;
    if (match.index > last) out.push({ type: "text", value: node.value.slice(last, match.index) });
    const url = bugUrl(Number(bug)) + (comment === undefined ? "" : `#c${comment}`);
    out.push({ type: "link", url, children: [{ type: "text", value: whole }] });
    last = match.index + whole.length;
  }
  if (out.length === 0) return [node];
  if (last < node.value.length) out.push({ type: "text", value: node.value.slice(last) });
  return out;
}

function linkChildren(parent: { children: PhrasingContent[] }): void {
  parent.children = parent.children.flatMap((child) => (child.type === "text" ? linkShorthand(child) : [child]));
}

function visit(node: Root | RootContent): void {
  if (node.type === "paragraph") return linkChildren(node);
  if (node.type === "table") {
    // The first row is the header: Bugzilla leaves <th> alone.
    for (const row of node.children.slice(1)) for (const cell of row.children) linkChildren(cell);
    return;
  }
  if ("children" in node) for (const child of node.children) visit(child);
}

export function linkBugShorthand(tree: Root): void {
  visit(tree);
}
