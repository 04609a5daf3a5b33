/**
 * How a wizard panel opens a new draft (the latest report read from the bug):
 * the app provides the drafts session's `create`, so the wizard does not
 * import the drafts feature. Null where there is no session (unit tests).
 */
import { createContext } from "react";
import type { Draft } from "../../domain/draft/schema.ts";

export const NewDraftContext = createContext<((draft: Draft) => Promise<void>) | null>(null);
