import {
  Label,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
  useId,
} from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../../core/i18n/format-message";
import { useTranslation } from "../i18n";

const useStyles = makeStyles({
  title: { ...typographyStyles.subtitle1, margin: 0 },
  footer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * The product name. Nothing else sits on this line: Office puts its own pane menu and close
 * button at the pane's top right, so the language switch is at the foot of the pane.
 */
export function TaskpaneHeader() {
  const { tk } = useTranslation();
  const styles = useStyles();
  return (
    <header>
      <h1 className={styles.title}>{tk("tp.title")}</h1>
    </header>
  );
}

interface LanguageSwitchProps {
  readonly onLanguageChange: (language: Language) => void;
}

/** The language switch (each language named in itself), at the foot of the pane. */
export function LanguageSwitch({ onLanguageChange }: LanguageSwitchProps) {
  const { language, tk } = useTranslation();
  const styles = useStyles();
  const selectId = useId("language");
  return (
    <footer className={styles.footer}>
      <Label htmlFor={selectId} size="small">
        {tk("tp.language.label")}
      </Label>
      <Select
        id={selectId}
        size="small"
        value={language}
        onChange={(_e, data) => {
          const chosen = LANGUAGES.find((l) => l === data.value);
          if (chosen !== undefined) onLanguageChange(chosen);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {tk(`tp.language.${l}`)}
          </option>
        ))}
      </Select>
    </footer>
  );
}
