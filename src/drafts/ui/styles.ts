const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";

/** The header's quiet buttons. */
export const BUTTON = `rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS}`;
export const PRIMARY = `rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500 ${FOCUS}`;
export const DANGER = `rounded-md border border-red-300 px-2.5 py-1.5 text-sm text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950 ${FOCUS}`;
// Anchored near the top, not centred: a list that loads after the dialog opens grows it
// downwards, so the buttons above it never move under the pointer between press and release.
export const DIALOG =
  "mx-auto mt-[8vh] mb-auto w-[min(44rem,calc(100vw-1rem))] max-h-[calc(92vh-1rem)] overflow-auto rounded-xl border border-slate-200 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/50 sm:p-5 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";
