import type { AuditHead } from "../workbook/audit";

const HASH = /^[0-9a-f]{64}$/;

function headOf(value: unknown): AuditHead | null {
  if (value === null || typeof value !== "object") return null;
  const { chain, rows, hash } = value as Record<string, unknown>;
  const count = typeof rows === "number" ? rows : typeof rows === "string" ? Number(rows) : NaN;
  if (typeof chain !== "string" || typeof hash !== "string") return null;
  if (!HASH.test(chain) || !HASH.test(hash) || !Number.isInteger(count) || count < 1) return null;
  return { chain, rows: count, hash };
}

/**
 * Audit heads kept outside the workbooks, from the text of an anchor file: portfolio.json or the
 * `--json` output (summaries carrying `auditHead`), a JSON list of heads, or lines
 * "chain rows hash" (blank lines and # comments ignored). Null when the text holds none, or a
 * line that is not a head (an anchor file is evidence: nothing in it is skipped silently).
 * @example parseAnchors("9c1f… 4 e02a…") // [{ chain: "9c1f…", rows: 4, hash: "e02a…" }]
 */
export function parseAnchors(text: string): AuditHead[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json !== undefined) {
    const items = Array.isArray(json) ? json : [json];
    const heads: AuditHead[] = [];
    for (const item of items) {
      const own = headOf(item);
      const nested =
        item !== null && typeof item === "object" && "auditHead" in item
          ? (item as { auditHead: unknown }).auditHead
          : undefined;
      if (own !== null) heads.push(own);
      else if (nested === null)
        continue; // a workbook that was not written has no head
      else {
        const head = headOf(nested);
        if (head === null) return null;
        heads.push(head);
      }
    }
    return heads.length > 0 ? heads : null;
  }
  const heads: AuditHead[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const [chain, rows, hash, ...rest] = trimmed.split(/\s+/);
    const head = rest.length === 0 ? headOf({ chain, rows, hash }) : null;
    if (head === null) return null;
    heads.push(head);
  }
  return heads.length > 0 ? heads : null;
}
