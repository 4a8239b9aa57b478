/**
 * What old-office.js found before this bundle loaded: the old webview it recognised (Internet
 * Explorer 11 "trident", "edgeHtml"), or null. Where it found one, it shows the message and the
 * modern bundles must not start (EdgeHTML can parse them and would paint over it).
 * @example oldOfficeWebview() // null in a supported webview
 */
export function oldOfficeWebview(): string | null {
  const state = (globalThis as { GovScoreOldOffice?: { kind?: unknown } }).GovScoreOldOffice;
  return typeof state?.kind === "string" ? state.kind : null;
}
