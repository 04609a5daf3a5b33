/**
 * Which CA Owner a bug is about, and whether two spellings name the same
 * CA Owner. Bugzilla summaries start with the CA's name, "DigiCert: …",
 * sometimes "DigiCert / Verizon: …" (a CA and its customer or subordinate)
 * or "NETLOCK - …"; spellings vary with the reporter.
 */
import { CA_ALIASES } from "./caAliases.ts";

/** Lower case, no accents, no spaces or punctuation: "Let's Encrypt" -> "letsencrypt". */
export function caKeyOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\b(inc|ltd|llc|gmbh|s\.?a|ag|corp|corporation|co|limited)\b\.?/g, "")
    .replace(/[^a-z0-9]/g, "");
}

const GROUP_OF_KEY = new Map<string, string>(CA_ALIASES.flatMap((group) => group.map((name) => [caKeyOf(name), caKeyOf(group[0])] as const)));

/** One key per CA Owner: every spelling of a group gives the group's first name's key. */
export function canonicalCaKey(name: string): string {
  const key = caKeyOf(name);
  return GROUP_OF_KEY.get(key) ?? key;
}

const PREFIX = /^([^:[\]]{1,60}?)\s*(?::|\s[-–]\s)/;

/** The CA names at the start of a summary ("DigiCert / Verizon: …" -> both); [] when it names none. */
export function caNamesOf(summary: string): string[] {
  const match = PREFIX.exec(summary);
  if (!match) return [];
  const whole = match[1].trim();
  const parts = whole.split("/").map((part) => part.trim()).filter(Boolean);
  return [...new Set([whole, ...parts])];
}

/**
 * The keys a CA Owner's name (as a report gives it) matches: the name, a name
 * in parentheses ("Internet Security Research Group (ISRG)"), and each side of a slash.
 */
export function ownerKeys(owner: string): Set<string> {
  const names = [owner, ...[...owner.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]), owner.replace(/\([^()]*\)/g, ""), ...owner.split("/")];
  return new Set(names.map(canonicalCaKey).filter((key) => key !== ""));
}

/** Whether a bug's summary names the CA Owner (in any of its Bugzilla spellings). */
export function bugNamesOwner(summary: string, owner: Set<string>): boolean {
  return caNamesOf(summary).some((name) => owner.has(canonicalCaKey(name)));
}
