import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import type { Mismatch, VerifyOutcome } from "../../app";
import { msg } from "../../core";
import { cellAddress, figureText } from "../format";
import type { SelectCell } from "../hooks/useCellSelection";
import { useFocusOnChange } from "../hooks/useFocusOnChange";
import { useTranslation } from "../i18n";
import { VERIFY_CHECKS, verifyChecks } from "../state/verify-checks";
import { useSectionStyles } from "../styles";
import { Figures } from "./Figures";
import { LocatedList } from "./LocatedList";

function Checks({ outcome }: { readonly outcome: VerifyOutcome }) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const checks = verifyChecks(outcome);
  return (
    <Figures
      figures={VERIFY_CHECKS.map((check) => ({
        term: tk(`tp.verify.check.${check}`),
        value: (
          <span
            className={
              checks[check] === "disagree"
                ? styles.error
                : checks[check] === "agree"
                  ? styles.success
                  : styles.muted
            }
          >
            {tk(`tp.verify.status.${checks[check]}`)}
          </span>
        ),
      }))}
    />
  );
}

function MismatchDetail({
  mismatch,
  onSelect,
}: {
  readonly mismatch: Mismatch;
  readonly onSelect: SelectCell;
}) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  const { sheet, cell } = mismatch;
  const shown = (text: string | undefined) =>
    text === undefined || text === "" ? tk("app.blank") : figureText(text);
  return (
    <>
      <p className={styles.wrap}>{`${tk("app.verify.failed")} ${t(mismatch.message)}`}</p>
      {sheet !== undefined && cell !== undefined && (
        <>
          <p className={styles.wrap}>
            {tk("tp.verify.firstMismatch", { cell: cellAddress({ sheet, cell }) })}
          </p>
          {(mismatch.expected !== undefined || mismatch.found !== undefined) && (
            <Figures
              figures={[
                { term: tk("tp.verify.expected"), value: shown(mismatch.expected) },
                { term: tk("tp.verify.found"), value: shown(mismatch.found) },
              ]}
            />
          )}
          <div className={styles.actions}>
            <Button onClick={() => onSelect(sheet, cell)}>
              {tk("tp.selectCell", { cell: cellAddress({ sheet, cell }) })}
            </Button>
          </div>
        </>
      )}
      {mismatch.issues !== undefined && mismatch.issues.length > 0 && (
        <LocatedList items={mismatch.issues} onSelect={onSelect} tone="error" />
      )}
    </>
  );
}

interface VerifySectionProps {
  readonly verification: VerifyOutcome | null;
  readonly busy: boolean;
  readonly onVerify: () => void;
  readonly onSelect: SelectCell;
  readonly focusKey: number | null;
}

/** Re-reads the workbook as Excel calculated it and checks scorecard, engine and audit log. */
export function VerifySection(props: VerifySectionProps) {
  const { verification, busy, onVerify, onSelect, focusKey } = props;
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, focusKey);
  return (
    <div className={styles.stack}>
      <p>{tk("tp.verify.explain")}</p>
      <div className={styles.actions}>
        <Button disabledFocusable={busy} onClick={onVerify}>
          {tk("tp.verify.run")}
        </Button>
      </div>
      {verification !== null && (
        <>
          <h3
            ref={heading}
            tabIndex={-1}
            className={`${styles.heading} ${verification.ok ? styles.success : styles.error}`}
          >
            {tk(verification.ok ? "tp.verify.agree" : "tp.verify.mismatch")}
          </h3>
          <Checks outcome={verification} />
          {verification.ok ? (
            <p>
              {t(
                msg("app.verify.ok", {
                  cells: String(verification.checkedCells),
                  rows: String(verification.auditRows),
                  score: verification.summary.score ?? "",
                  model: verification.summary.modelGrade ?? "",
                  final: verification.summary.finalGrade ?? "",
                })
              )}
            </p>
          ) : (
            <MismatchDetail mismatch={verification.mismatch} onSelect={onSelect} />
          )}
        </>
      )}
    </div>
  );
}
