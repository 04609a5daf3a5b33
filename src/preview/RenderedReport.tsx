import { memo } from "react";
import type { Components } from "react-markdown";
import { BugzillaMarkdown } from "./bugzillaMarkdown/BugzillaMarkdown.tsx";
import { MarkdownErrorBoundary } from "./MarkdownErrorBoundary.tsx";
import { MARKDOWN_STYLES } from "./markdownStyles.ts";
import type { ReportChunk } from "./reportChunks.ts";

/** One list item parsed on its own: its own `<ul>` is dropped, the caller's list holds it. */
const UNWRAP_LIST: Components = {
  ul: ({ node, children, ...props }) => (node?.position?.start.offset === 0 ? <>{children}</> : <ul {...props}>{children}</ul>),
};

/** Re-renders (and re-parses) only when its own Markdown changed. */
type ChunkProps = { markdown: string; listItem?: boolean; bugShorthand: boolean };

const RenderedChunk = memo(function RenderedChunk({ markdown, listItem = false, bugShorthand }: ChunkProps) {
  // A byte order mark is dropped only at the start of a whole document: Bugzilla's comment starts with the
  // report's heading, so a piece of it that starts with one keeps it as text (fast-check found "\uFEFF\tword").
  const source = markdown.startsWith("\uFEFF") ? `\uFEFF${markdown}` : markdown;
  return (
    <MarkdownErrorBoundary markdown={markdown}>
      <BugzillaMarkdown markdown={source} components={listItem ? UNWRAP_LIST : undefined} bugShorthand={bugShorthand} />
    </MarkdownErrorBoundary>
  );
});

function Section({ chunk, bugShorthand }: { chunk: ReportChunk; bugShorthand: boolean }) {
  if (!chunk.heading || !chunk.body) return <RenderedChunk markdown={chunk.markdown} bugShorthand={bugShorthand} />;
  return (
    <>
      <RenderedChunk markdown={chunk.heading} bugShorthand={bugShorthand} />
      {chunk.body.kind === "listItems" ? (
        <ul>
          {chunk.body.items.map((item, i) => (
            <RenderedChunk key={i} markdown={item} listItem bugShorthand={bugShorthand} />
          ))}
        </ul>
      ) : (
        chunk.body.blocks.map((block, i) => <RenderedChunk key={i} markdown={block} bugShorthand={bugShorthand} />)
      )}
    </>
  );
}

/** The report as Bugzilla shows it, one memoized piece per section, timeline entry or contributing factor. */
export default function RenderedReport({ chunks, bugShorthand = true }: { chunks: readonly ReportChunk[]; bugShorthand?: boolean }) {
  return (
    <div className={MARKDOWN_STYLES} data-preview-content="">
      {chunks.map((chunk) => (
        // data-section: where the preview scrolls when the wizard opens that section's step.
        <div key={chunk.key} data-section={chunk.key}>
          <Section chunk={chunk} bugShorthand={bugShorthand} />
        </div>
      ))}
    </div>
  );
}
