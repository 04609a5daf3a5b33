/** Exit codes of every command (the issue: 0 ready, 1 not ready, 2 unusable input). */
export const EXIT = {
  ok: 0,
  /** The draft is a valid file but not ready to post. */
  notReady: 1,
  /** Bad usage, or a file that is unreadable, not JSON, or not a valid draft file. */
  unusable: 2,
} as const;
