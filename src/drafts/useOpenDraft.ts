/**
 * The drafts session as the review panels need it: the open draft's id, its
 * posted snapshot and "mark as posted". Without a session (unit tests, a
 * preview rendered alone) there is no id and nothing posted.
 */
import { useContext, useSyncExternalStore } from "react";
import { DraftSessionContext } from "./DraftSessionContext.tsx";
import type { PostedSnapshot } from "./record.ts";

export type OpenDraft = {
  id: string | null;
  posted: PostedSnapshot | null;
  /** Null when there is no session to store the snapshot in. */
  markAsPosted: (() => Promise<void>) | null;
};

const noSubscribe = () => () => {};
const noState = () => null;

export function useOpenDraft(): OpenDraft {
  const session = useContext(DraftSessionContext);
  const state = useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getState ?? noState, session?.getState ?? noState);
  if (!session || !state) return { id: null, posted: null, markAsPosted: null };
  return { id: state.openId, posted: state.posted, markAsPosted: state.openId === null ? null : session.markAsPosted };
}
