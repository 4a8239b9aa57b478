import {
  Label,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
  useId,
} from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../../core";
import { useTranslation } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  language: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

interface TaskpaneHeaderProps {
  readonly onLanguageChange: (language: Language) => void;
}

/** The product name and the language switch (each language named in itself). */
export function TaskpaneHeader({ onLanguageChange }: TaskpaneHeaderProps) {
  const { language, tk } = useTranslation();
  const styles = useStyles();
  const selectId = useId("language");
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{tk("tp.title")}</h1>
      <div className={styles.language}>
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
      </div>
    </header>
  );
}
