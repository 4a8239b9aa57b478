/**
 * Placeholder task pane: shows the product name in the UI language. The real task pane replaces
 * this file; src/taskpane/index.tsx renders whatever it exports by default.
 */
import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";

const strings = {
  en: { lang: "en", title: "Governance Scorecard", body: "The scorecard is coming soon." },
  zh: { lang: "zh-CN", title: "治理评分卡", body: "评分卡即将推出。" },
} as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

/** Office's UI language; outside Office (plain browser, tests) the browser's language. */
export function uiLanguage(): string {
  try {
    const fromOffice = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    if (fromOffice) return fromOffice;
  } catch {
    // Outside a host, Office.context may be missing or throw: fall through.
  }
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "en-US";
}

export function isChinese(language: string): boolean {
  return language.trim().toLowerCase().startsWith("zh");
}

export default function App() {
  const styles = useStyles();
  const t = isChinese(uiLanguage()) ? strings.zh : strings.en;
  return (
    <main className={styles.root} lang={t.lang}>
      <Title2 as="h1">{t.title}</Title2>
      <Body1>{t.body}</Body1>
    </main>
  );
}
