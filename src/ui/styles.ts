/** Button classes shared across the app (header, dialogs, notices), light and dark, with a visible focus ring. */
export const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";

/** Quiet buttons (the header's, a dialog's Cancel). */
export const BUTTON = `rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS}`;
export const PRIMARY = `rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500 ${FOCUS}`;
export const DANGER = `rounded-md border border-red-300 px-2.5 py-1.5 text-sm text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950 ${FOCUS}`;
