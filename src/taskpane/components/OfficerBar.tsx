import { Button, Field, Input } from "@fluentui/react-components";
import type { FormEvent } from "react";
import type { OfficerName } from "../hooks/useOfficerName";
import { useTranslation } from "../i18n";
import { useSectionStyles } from "../styles";

const FIELD = "officer";

/** Asks the officer's name once (the audit log's user); afterwards shows it with a way to change it. */
export function OfficerBar({ officer }: { readonly officer: OfficerName }) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  if (!officer.asking)
    return (
      <div className={styles.actions}>
        <span className={styles.wrap}>{tk("tp.officer.signedAs", { name: officer.name })}</span>
        <Button size="small" appearance="subtle" onClick={officer.change}>
          {tk("tp.officer.change")}
        </Button>
        {!officer.persisted && (
          <span className={styles.muted}>{tk("tp.officer.notRemembered")}</span>
        )}
      </div>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get(FIELD);
    officer.save(typeof value === "string" ? value : "");
  };
  return (
    <form className={styles.actions} onSubmit={submit}>
      <Field label={tk("tp.officer.label")} hint={tk("tp.officer.hint")} className={styles.grow}>
        <Input name={FIELD} defaultValue={officer.name} autoComplete="name" />
      </Field>
      <Button type="submit">{tk("tp.officer.save")}</Button>
    </form>
  );
}
