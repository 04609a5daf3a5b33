/**
 * Bugzilla's raw-HTML guard (shared/spec/bugzilla-markdown.md): before
 * parsing, every `<` that does not open an http(s) autolink becomes U+FFFD,
 * so no HTML block or inline tag can start; after rendering, every U+FFFD is
 * shown as `<` (even one the author typed). Doing the same here keeps block
 * structure identical: a `<details>` line is a paragraph, not an HTML block.
 *
 * The placeholder here is a private-use character rather than U+FFFD:
 * cmark-gfm 0.29 counts U+FFFD as neither punctuation nor space when it
 * decides whether `*` opens emphasis, but micromark (CommonMark 0.31) counts
 * symbols as punctuation; a private-use character is neither in both.
 */
export const GUARD = "\uE000";

const UNSAFE = /<(?!https?:\/\/)|\uFFFD/g;
/** Also U+FFFD that the parser made (from `&#0;`, say): Bugzilla replaces those after rendering too. */
const GUARDED = /[\uE000\uFFFD]/g;

export function guardHtml(markdown: string): string {
  return markdown.replace(UNSAFE, GUARD);
}

/** The placeholder shows as `<`, as U+FFFD does on Bugzilla. */
export function unguard(text: string): string {
  return text.replace(GUARDED, "<");
}
