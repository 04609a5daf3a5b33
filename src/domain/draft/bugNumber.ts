/**
 * Reading a bugzilla.mozilla.org bug number the ways people write one:
 * `1234567`, `bug 1234567`, `Bug #1234567`, `#1234567`, or the bug's address
 * (`https://bugzilla.mozilla.org/show_bug.cgi?id=1234567`, `…/1234567`,
 * `https://bugzil.la/1234567`, with or without `#c3`). A pipeline of pure stages:
 * normalise the text, read an address, else read the words.
 */

/** Bug ids are positive; nine digits leave room for growth and keep them safe integers. */
const DIGITS = /^\d{1,9}$/;

/** Trimmed, without the `<…>` of a Markdown autolink or a sentence's final full stop. */
export function normaliseBugText(text: string): string {
  return text.trim().replace(/^<(.*)>$/s, "$1").replace(/\.$/, "").trim();
}

/** The id in a bugzilla.mozilla.org (or bugzil.la) address; undefined when the text is not one. */
export function bugFromAddress(text: string): string | undefined {
  const url = /^(?:https?:\/\/)?(?:bugzilla\.mozilla\.org|bugzil\.la)\/(.*)$/i.exec(text);
  if (!url) return undefined;
  const rest = url[1];
  const showBug = /^show_bug\.cgi\?(?:[^#]*&)?id=(\d+)(?:[&#].*)?$/i.exec(rest);
  const short = /^(\d+)(?:[?#].*)?$/.exec(rest);
  return showBug?.[1] ?? short?.[1] ?? "";
}

/** The digits of `1234567`, `bug 1234567`, `Bug #1234567` or `#1234567`. */
export function bugFromWords(text: string): string {
  return /^(?:bug)?\s*(?:#\s*)?(\d+)$/i.exec(text)?.[1] ?? "";
}

/** The bug number the text names, or null when it names none. */
export function parseBugNumber(text: string): number | null {
  const normal = normaliseBugText(text);
  const digits = bugFromAddress(normal) ?? bugFromWords(normal);
  if (!DIGITS.test(digits)) return null;
  const bug = Number(digits);
  return bug > 0 ? bug : null;
}
