/**
 * Markdown shown as bugzilla.mozilla.org shows it (shared/spec/bugzilla-markdown.md).
 * react-markdown never renders raw HTML and neutralises javascript: URLs by
 * default; the guard below also keeps HTML from changing the block structure.
 */
import Markdown, { type Components } from "react-markdown";
import type { PluggableList } from "unified";
import { cmarkDelimiterRows } from "./cmarkDelimiterRows.ts";
import { guardHtml } from "./guardHtml.ts";
import { remarkBugzilla, type RemarkBugzillaOptions } from "./remarkBugzilla.ts";

const COMPONENTS: Components = {
  a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer" target="_blank" />,
  img: () => null,
  // Wide tables scroll sideways (as on Bugzilla); focusable so the keyboard can scroll them too.
  table: ({ node: _node, ...props }) => <table {...props} tabIndex={0} />,
};

const WITH_SHORTHAND: PluggableList = [[remarkBugzilla, { bugShorthand: true } satisfies RemarkBugzillaOptions]];
const WITHOUT_SHORTHAND: PluggableList = [[remarkBugzilla, { bugShorthand: false } satisfies RemarkBugzillaOptions]];

export type BugzillaMarkdownProps = {
  markdown: string;
  /** Bugzilla's own `bug 123` links; off only to compare with bare cmark-gfm. */
  bugShorthand?: boolean;
  /** Extra element overrides (the preview unwraps list items it renders one by one). */
  components?: Components;
};

export function BugzillaMarkdown({ markdown, bugShorthand = true, components }: BugzillaMarkdownProps) {
  return (
    <Markdown remarkPlugins={bugShorthand ? WITH_SHORTHAND : WITHOUT_SHORTHAND} components={components ? { ...COMPONENTS, ...components } : COMPONENTS}>
      {cmarkDelimiterRows(guardHtml(markdown))}
    </Markdown>
  );
}
