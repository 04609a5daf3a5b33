/**
 * Words that say a remedy changes the system rather than the people: Mozilla
 * asks for "removing error-prone manual steps from the system entirely".
 * Heuristic and deliberately generous, so that a real system change is not
 * flagged; the training rules only fire when none of these appear.
 */
export const SYSTEM_CHANGE: readonly RegExp[] = [
  /\bautomat\w*/i,
  /\blint(s|er|ers|ing)?\b/i,
  /\b(remov|eliminat|replac)\w*\b[^.]{1,60}\bmanual\b/i,
  /\bmanual\b[^.]{1,60}\b(removed|eliminated|replaced)\b/i,
  /\b(pre|post)-?issuance\b/i,
  /\b(block|blocks|blocked|blocking|reject|rejects|rejected|enforce|enforces|enforced)\b/i,
  /\b(implement|deploy|introduc|add|build|built|develop|creat)\w*\b[^.]{1,60}\b(check|validation|control|guardrail|safeguard|tool|test|monitor|alert|constraint)/i,
  /\b(software|code|system|tooling|profile|configuration) (change|fix|update)/i,
];
