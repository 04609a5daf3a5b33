// Anchored near the top, not centred: a list that loads after the dialog opens grows it
// downwards, so the buttons above it never move under the pointer between press and release.
export const DIALOG =
  "mx-auto mt-[8vh] mb-auto w-[min(44rem,calc(100vw-1rem))] max-h-[calc(92vh-1rem)] overflow-auto rounded-xl border border-slate-200 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/50 sm:p-5 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";
