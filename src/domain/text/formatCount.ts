/**
 * 12345 -> "12,345", independent of the machine's locale. Whole numbers are
 * grouped here rather than by `toLocaleString`: its first call loads the ICU
 * locale data (20 to 80 ms), and the CLI's help texts format limits when it starts.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += "," + digits.slice(i, i + 3);
  return n < 0 ? "-" + grouped : grouped;
}
