/**
 * X.501 Names as RFC 4514 strings: RDNs last-to-first, separated by ",",
 * multi-valued RDNs joined by "+", values escaped.
 */
import { DerError, TAG, children, readOid, tlvHex, type Tlv } from "./der.ts";
import { ATTRIBUTE_TYPE_NAMES } from "./attributeTypes.ts";
import { readString } from "./strings.ts";
import { hexEscape, isControl } from "../text/controls.ts";

/**
 * RFC 4514 §2.4: `"+,;<>\` anywhere, a leading space or "#", a trailing space.
 * Control characters (C0, DEL, C1) are escaped as `\XX` too (as OpenSSL
 * does), so a name can never break a CSV line or a terminal.
 */
export function escapeValue(value: string): string {
  // An array joined, not `+=`: flat strings (see `toHex` in der.ts).
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const code = value.charCodeAt(i);
    if (c === '"' || c === "+" || c === "," || c === ";" || c === "<" || c === ">" || c === "\\") {
      out[i] = "\\" + c;
    } else if ((c === " " || c === "#") && i === 0) {
      out[i] = "\\" + c;
    } else if (c === " " && i === value.length - 1) {
      out[i] = "\\ ";
    } else if (isControl(code)) {
      out[i] = hexEscape(code);
    } else {
      out[i] = c;
    }
  }
  return out.join("");
}

function attribute(bytes: Uint8Array, atv: Tlv): string {
  if (atv.tag !== TAG.SEQUENCE) throw new DerError(`expected an attribute at byte ${atv.start}`);
  const [type, value, ...rest] = children(bytes, atv);
  if (!type || !value || rest.length) throw new DerError(`malformed attribute at byte ${atv.start}`);
  const oid = readOid(bytes, type);
  const short = ATTRIBUTE_TYPE_NAMES.get(oid);
  const text = short === undefined ? null : readString(bytes, value);
  // RFC 4514 §2.4: types without a short name, and values that are not strings, as #hex of the BER.
  if (text === null) return `${short ?? oid}=#${tlvHex(bytes, value)}`;
  return `${short}=${escapeValue(text)}`;
}

/** The RFC 4514 string of a Name element. */
export function readName(bytes: Uint8Array, name: Tlv): string {
  if (name.tag !== TAG.SEQUENCE) throw new DerError(`expected a Name at byte ${name.start}`);
  const rdns: string[] = [];
  for (const rdn of children(bytes, name)) {
    if (rdn.tag !== TAG.SET) throw new DerError(`expected an RDN (SET) at byte ${rdn.start}`);
    // Reversed inside a multi-valued RDN too, as OpenSSL prints it; RFC 4514 leaves that order free.
    rdns.push(children(bytes, rdn).map((atv) => attribute(bytes, atv)).reverse().join("+"));
  }
  return rdns.reverse().join(",");
}
