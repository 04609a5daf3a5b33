/** Words of a CA Owner's name too generic to recognise its mail domain by. */
const GENERIC = new Set([
  "ca", "inc", "ltd", "llc", "gmbh", "ag", "sa", "co", "corp", "corporation", "company", "limited", "the", "owner", "group",
  "trust", "services", "service", "pki", "plc", "bv", "nv", "srl", "spa", "as", "oy", "ab", "kk", "and", "of", "de", "digital",
  "certificate", "certificates", "certification", "authority", "global", "international", "security", "systems", "solutions",
]);

/** The distinctive words of a CA Owner's name, lower-case: "DigiCert, Inc." gives ["digicert"]. */
export function ownerTokens(caOwner: string): string[] {
  const words = caOwner.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/);
  const tokens = words.filter((w) => w.length >= 3 && !GENERIC.has(w));
  const compact = words.join("");
  return compact.length >= 3 && !tokens.includes(compact) ? [...tokens, compact] : tokens;
}

/**
 * Whether a mail domain looks like the CA Owner's own: one of its labels
 * contains a distinctive word of the owner's name ("Let's Encrypt" and
 * letsencrypt.org, "DigiCert, Inc." and digicert.com). A heuristic: an owner
 * whose domain shares no word with its name is not recognised.
 */
export function isOwnerDomain(domain: string, caOwner: string): boolean {
  const labels = domain.toLowerCase().split(".").slice(0, -1);
  const tokens = ownerTokens(caOwner);
  return labels.some((label) => tokens.some((token) => label.includes(token)));
}
