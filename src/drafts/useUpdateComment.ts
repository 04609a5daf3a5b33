import { useMemo } from "react";
import type { Draft } from "../domain/draft/schema.ts";
import { nextUpdateDate } from "../domain/updates/nextUpdateDate.ts";
import { renderUpdateComment } from "../domain/updates/renderUpdateComment.ts";
import type { OpenDraft } from "./useOpenDraft.ts";

/** The update comment for the draft against its posted snapshot, announcing the next update date. */
export function useUpdateComment(draft: Draft, now: number, open: OpenDraft): { text: string; nextUpdate: string } {
  const posted = open.posted?.draft ?? null;
  return useMemo(() => {
    const nextUpdate = nextUpdateDate(draft, now);
    return { text: renderUpdateComment(draft, posted, { now, nextUpdate }), nextUpdate };
  }, [draft, posted, now]);
}
