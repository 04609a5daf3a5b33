import { useState } from "react";
import type { Draft } from "../../domain/draft/schema.ts";
import { pasteNotice as noticeFor } from "../../domain/posting/pasteNotice.ts";
import { postingTarget, type PostingTarget } from "../../domain/posting/postingTarget.ts";
import { commentUrl, newBugLink } from "../../domain/render/bugzilla.ts";

type Copy = (text: string, confirmation: string, title: string) => Promise<boolean>;

/** What was opened on Bugzilla, for the steps shown after it. */
export type Opened = { target: PostingTarget; descriptionIncluded: boolean };

/**
 * "Open in Bugzilla" (the new-bug form) until the draft knows its bug, then
 * "Post on bug N": the report copied, the bug opened at its comment box.
 */
export function usePostOnBugzilla(draft: Draft, markdown: string, copy: Copy) {
  const target = postingTarget(draft);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [pasteNotice, setPasteNotice] = useState("");

  const openNewBug = async () => {
    const link = newBugLink(draft, markdown);
    if (link.leftOut === null) {
      setPasteNotice("");
    } else {
      const copied = await copy(markdown, "Copied", "Copy the report, then paste it into Bugzilla");
      setPasteNotice(noticeFor(link.leftOut, copied));
    }
    window.open(link.url, "_blank", "noopener,noreferrer");
    setOpened({ target, descriptionIncluded: link.leftOut === null });
  };

  const postOnBug = async (bug: number) => {
    setPasteNotice("");
    await copy(markdown, `Copied: paste it into bug ${bug}'s comment box`, `Copy the report, then paste it into bug ${bug}`);
    window.open(commentUrl(bug), "_blank", "noopener,noreferrer");
    setOpened({ target, descriptionIncluded: false });
  };

  return {
    label: target.kind === "comment" ? `Post on bug ${target.bug}` : "Open in Bugzilla",
    start: () => (target.kind === "comment" ? postOnBug(target.bug) : openNewBug()),
    opened,
    pasteNotice,
    close: () => setOpened(null),
  };
}
