import { memo } from "react";
import { BugzillaMarkdown } from "./bugzillaMarkdown/BugzillaMarkdown.tsx";
import { MarkdownErrorBoundary } from "./MarkdownErrorBoundary.tsx";
import { MARKDOWN_STYLES } from "./markdownStyles.ts";
import type { ReportChunk } from "./reportChunks.ts";

/** Re-renders (and re-parses) only when its own Markdown changed. */
const RenderedChunk = memo(function RenderedChunk({ markdown }: { markdown: string }) {
  return (
    <MarkdownErrorBoundary markdown={markdown}>
      <BugzillaMarkdown markdown={markdown} />
    </MarkdownErrorBoundary>
  );
});

/** The report as Bugzilla shows it, one memoized chunk per template section. */
export default function RenderedReport({ chunks }: { chunks: readonly ReportChunk[] }) {
  return (
    <div className={MARKDOWN_STYLES} data-preview-content="">
      {chunks.map((chunk) => (
        <RenderedChunk key={chunk.key} markdown={chunk.markdown} />
      ))}
    </div>
  );
}
