/** The fourth output: the weekly update comment, copied. Loaded lazily by the output bar. */
import { applicableDeadlines } from "../../domain/deadlines/applicableDeadlines.ts";
import type { Draft } from "../../domain/draft/schema.ts";
import { useNow } from "../../ui/clock.ts";
import { useOpenDraft } from "../../drafts/useOpenDraft.ts";
import { useUpdateComment } from "../../drafts/useUpdateComment.ts";

type Props = {
  draft: Draft;
  className: string;
  copy(text: string, confirmation: string, title: string): Promise<boolean>;
};

/** Only where updates are still owed: not for a third party, nor for a Closure whose action items are done. */
export function UpdateCommentButton(props: Props) {
  return applicableDeadlines(props.draft).reason === null ? <CopyUpdateComment {...props} /> : null;
}

function CopyUpdateComment({ draft, className, copy }: Props) {
  const now = useNow();
  const { text } = useUpdateComment(draft, now, useOpenDraft());
  return (
    <button type="button" className={className} onClick={() => void copy(text, "Copied update comment", "Copy the update comment")}>
      Copy update comment
    </button>
  );
}
export default UpdateCommentButton;
