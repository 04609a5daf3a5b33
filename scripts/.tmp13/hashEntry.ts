import { sha256 } from "@noble/hashes/sha2.js";
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function toHex(b: Uint8Array) { const p = new Array<string>(b.length); for (let i = 0; i < b.length; i++) p[i] = HEX[b[i]]; return p.join(""); }
export async function run(ders: Uint8Array[], rounds: number) {
  const out: Record<string, number[]> = { noble: [], subtle64: [], subtle512: [], subtleAll: [] };
  for (let r = 0; r < rounds; r++) {
    let t = performance.now(); let n = 0;
    for (const d of ders) n += toHex(sha256(d)).length;
    out.noble.push(performance.now() - t);
    for (const [name, chunk] of [["subtle64", 64], ["subtle512", 512], ["subtleAll", ders.length]] as const) {
      t = performance.now();
      for (let i = 0; i < ders.length; i += chunk) {
        const hs = await Promise.all(ders.slice(i, i + chunk).map((d) => crypto.subtle.digest("SHA-256", d)));
        for (const h of hs) n += toHex(new Uint8Array(h)).length;
      }
      out[name].push(performance.now() - t);
    }
  }
  return out;
}
