/**
 * Where the app reads bugs: bugzilla.mozilla.org, always, in a production
 * build. Only the dev server and the end-to-end build (`vite build --mode
 * e2e`, whose CSP also allows this machine) take `?bugzilla=<address>`, so a
 * test can point the reader at a local Bugzilla; like the `?storage=` flags
 * (src/drafts/storage/storeFromUrl.ts), a constant at build time.
 */
import { BUGZILLA_URL } from "../../domain/bugzilla/restUrls.ts";

export const BUGZILLA_FLAG_ENABLED = import.meta.env.DEV || import.meta.env.MODE === "e2e";

export function bugzillaBase(search: string, enabled = BUGZILLA_FLAG_ENABLED): string {
  if (!enabled) return BUGZILLA_URL;
  const asked = new URLSearchParams(search).get("bugzilla");
  if (asked === null) return BUGZILLA_URL;
  try {
    const url = new URL(asked);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : BUGZILLA_URL;
  } catch {
    return BUGZILLA_URL;
  }
}
