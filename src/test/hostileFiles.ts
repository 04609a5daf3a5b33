/**
 * 105 MB that a certificate reader must get through and name, not choke on
 * (issue 16): 50 MB of junk that starts like DER, 50 MB of dashes, and a PEM
 * block that never ends. Used by `appendix/input.test.ts` (each file named as
 * a problem) and `npm run bench:certs` (how long it takes).
 */
import type { InputFile } from "../domain/appendix/input.ts";

export function hostileFiles(): InputFile[] {
  const junk = new Uint8Array(50 * 1024 * 1024);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
  junk[0] = 0x30;
  return [
    { name: "junk.bin", bytes: junk },
    { name: "dashes.pem", bytes: new Uint8Array(50 * 1024 * 1024).fill(0x2d) },
    { name: "begin.pem", bytes: new TextEncoder().encode(`-----BEGIN CERTIFICATE-----\n${"A".repeat(5_000_000)}`) },
  ];
}
