import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { Decimal } from "./decimal";

/**
 * A canonical JSON text: object keys sorted, decimals as their shortest exact string, no spaces.
 * Equal values always give the same text, so the text's hash identifies the value.
 * @example canonicalJson({ b: new Decimal("0.30"), a: 1 }) // '{"a":1,"b":"0.3"}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Decimal.isDecimal(value)) return JSON.stringify((value as Decimal).toString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of a text, lower-case hex (pure JS: the same in Node and every Office webview). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * SHA-256 of a text given in parts (lower-case hex), hashed in chunks of some thousands of
 * characters: the same digest as sha256Hex of the whole text, without the text and its UTF-8
 * bytes held at once (tens of MB for a register of 100,000 rows).
 * @example const h = new TextHasher(); h.add("a"); h.add("bc"); h.hex() === sha256Hex("abc") // true
 */
export class TextHasher {
  private readonly hash = sha256.create();
  private chunk = "";

  add(part: string): void {
    this.chunk += part;
    if (this.chunk.length >= HASH_CHUNK_CHARS) {
      this.hash.update(utf8ToBytes(this.chunk));
      this.chunk = "";
    }
  }

  hex(): string {
    if (this.chunk !== "") this.hash.update(utf8ToBytes(this.chunk));
    this.chunk = "";
    return bytesToHex(this.hash.digest());
  }
}

/**
 * Characters hashed at a time. A chunk never splits a part, so a surrogate pair (inside one
 * part) is never cut in two.
 */
const HASH_CHUNK_CHARS = 16_384;

/** SHA-256 of a value's canonical JSON. */
export function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
