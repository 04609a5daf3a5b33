/**
 * The phrase that one of `patterns` finds earliest in `text` (the longest on a
 * tie), or null: the one a reader meets first.
 */
export function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  let best: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m && (best === null || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))) best = m;
  }
  return best === null ? null : best[0];
}
