import { parseBugNumber } from "../../domain/draft/bugNumber.ts";

/** "1,250" or "1250" -> 1250; anything else -> null. */
export function parseCount(text: string): number | null {
  const digits = text.trim().replace(/[,\s_]/g, "");
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
}


/** How each numeric input reads what is typed, and what it says when it cannot. */
export const NUMBER_INPUTS = {
  count: { parse: parseCount, hint: "Write a whole number of certificates, e.g. 1250, or tick Not applicable.", width: "max-w-48" },
  bug: { parse: parseBugNumber, hint: "Write the bug number, e.g. 1900129, or paste the bug's URL.", width: "max-w-56" },
} as const;
