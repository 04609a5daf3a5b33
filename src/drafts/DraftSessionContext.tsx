import { createContext, useContext, useSyncExternalStore } from "react";
import type { PostedSnapshot } from "./record.ts";
import type { DraftSession, SessionState } from "./session.ts";

export const DraftSessionContext = createContext<DraftSession | null>(null);

export function useDraftSession(): DraftSession {
  const session = useContext(DraftSessionContext);
  if (!session) throw new Error("useDraftSession needs a DraftSessionContext provider");
  return session;
}

/** The session's state; re-renders when it changes. */
export function useSessionState(): SessionState {
  const session = useDraftSession();
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** The open draft as it was last marked posted on Bugzilla, for the update comment; `null` if never. */
export function usePostedSnapshot(): PostedSnapshot | null {
  return useSessionState().posted;
}
