/** Class names shared by the review panels, matching the wizard's look in light and dark. */
export const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";
export const BUTTON = `rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${FOCUS}`;
export const PRIMARY = `rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50 dark:bg-blue-600 dark:hover:bg-blue-700 ${FOCUS}`;
export const PANEL = "space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700";
export const MUTED = "text-sm text-slate-600 dark:text-slate-400";
export const INPUT =
  "w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:[color-scheme:dark] " + FOCUS;
export const QUOTE = "border-l-4 border-slate-300 pl-3 text-sm italic text-slate-700 dark:border-slate-600 dark:text-slate-300";
export const STATUS = "min-h-5 text-sm font-medium text-emerald-700 dark:text-emerald-400";
