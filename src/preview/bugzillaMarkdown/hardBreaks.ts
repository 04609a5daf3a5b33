/**
 * Bugzilla renders with cmark-gfm's hard-breaks option: every line ending
 * inside a paragraph, heading or inline container is a `<br>`. This
 * from-markdown extension turns those line endings into `break` nodes while
 * parsing, so a newline written as `&#10;` stays text, as in cmark.
 */
import type { CompileContext, Extension, Token } from "mdast-util-from-markdown";
import type { Point } from "unist";

/** Where a line ending is a line break. */
const BREAKING_PARENTS = new Set(["paragraph", "heading", "emphasis", "strong", "delete", "link", "linkReference"]);

const point = (p: Token["start"]): Point => ({ line: p.line, column: p.column, offset: p.offset });

/**
 * from-markdown collects some content in a "fragment" first: a link's label
 * (whose line endings are breaks) and code, HTML and definitions (where they
 * stay text).
 */
function fragmentOwner(context: CompileContext): string | undefined {
  return context.stack[context.stack.length - 2]?.type;
}

function exitLineEnding(this: CompileContext, token: Token): undefined {
  const parent = this.stack[this.stack.length - 1];
  if (this.data.atHardBreak) {
    // A backslash or two-space hard break already made the node; this ending belongs to it.
    const tail = "children" in parent ? parent.children[parent.children.length - 1] : undefined;
    if (tail?.position) tail.position.end = point(token.end);
    this.data.atHardBreak = undefined;
    return;
  }
  if (this.data.setextHeadingSlurpLineEnding) return;
  const isLabel = parent.type === "fragment" && (fragmentOwner(this) === "link" || fragmentOwner(this) === "image");
  if (BREAKING_PARENTS.has(parent.type) || isLabel) {
    this.enter({ type: "break" }, token);
    this.exit(token);
    return;
  }
  if (parent.type === "fragment") {
    // As from-markdown does by default: the line ending is part of the text.
    const tail = parent.children[parent.children.length - 1];
    const value = this.sliceSerialize(token);
    if (tail?.type === "text" && tail.position) {
      tail.value += value;
      tail.position.end = point(token.end);
    } else {
      parent.children.push({ type: "text", value, position: { start: point(token.start), end: point(token.end) } });
    }
  }
}

export function hardBreaksFromMarkdown(): Extension {
  return { exit: { lineEnding: exitLineEnding } };
}
