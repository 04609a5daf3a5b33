/**
 * Words of a timeline event that say the CA became aware of the incident.
 * The quality review's timeline check and the deadlines' "became aware"
 * anchor both read them; kept on their own so the deadlines (computed for
 * the drafts list before the form loads) do not pull in the quality rules.
 */
export const AWARE_PATTERNS: readonly RegExp[] = [
  /\b(became|become|becomes|were made|was made) aware\b/i,
  /\b(discover|detect|identifi|notic|spott)\w*/i,
  /\blearn(ed|t|s)? (of|about)\b/i,
  /\b(alerted|notified)\b/i,
];
