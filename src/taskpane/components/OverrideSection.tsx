import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { useRef, type FormEvent } from "react";
import {
  GRADES,
  oneLine,
  visible,
  type Issue,
  type OverrideRecord,
  type ScoreResult,
} from "../../core";
import { gradeText, timeText } from "../format";
import type { SelectCell } from "../hooks/useCellSelection";
import { useFocusOnChange } from "../hooks/useFocusOnChange";
import type { OverrideForm } from "../hooks/useOverrideForm";
import { useTranslation } from "../i18n";
import { useSectionStyles } from "../styles";
import { Figures } from "./Figures";
import { LocatedList } from "./LocatedList";
import { refusalByField, type OverrideField, type RefusalByField } from "../state/override-fields";

/** A field's refusals as its validation message (error state), or nothing. */
function useFieldValidation(refusal: RefusalByField, field: OverrideField) {
  const { t } = useTranslation();
  const issues = refusal.fields[field];
  if (issues === undefined || issues.length === 0) return {};
  return {
    validationState: "error" as const,
    validationMessage: issues.map((issue) => t(issue.message)).join(" "),
  };
}

interface OverrideSectionProps {
  /** The scorecard this session wrote (its model grade and any override on it). */
  readonly result: ScoreResult | null;
  readonly form: OverrideForm;
  /** Every reason the last override was refused. */
  readonly refusal: readonly Issue[];
  readonly busy: boolean;
  readonly onSubmit: () => void;
  /**
   * A second person approves the pending upgrade and a pending change to non-standard model
   * parameters, under the name typed in the approval form.
   */
  readonly onApprove: () => void;
  /** A change to non-standard model parameters waits for a second person. */
  readonly modelChangePending?: boolean;
  readonly onSelect: SelectCell;
  readonly focusKey: number | null;
}

function approvalKey(record: OverrideRecord) {
  switch (record.approval.status) {
    case "notRequired":
      return "sc.approval.notRequired" as const;
    case "pending":
      return "sc.approval.pending" as const;
    case "approved":
      return "sc.approval.approved" as const;
  }
}

function RecordedOverride({
  record,
  inEffect,
}: {
  readonly record: OverrideRecord;
  readonly inEffect: ScoreResult["finalGrade"];
}) {
  const { t, tk, language } = useTranslation();
  const styles = useSectionStyles();
  const pending = record.approval.status === "pending";
  return (
    <Figures
      figures={[
        { term: tk("sc.label.modelGrade"), value: t(gradeText(record.modelGrade)) },
        { term: tk("sc.label.overrideRequested"), value: t(gradeText(record.finalGrade)) },
        { term: tk("sc.label.finalGrade"), value: t(gradeText(inEffect)), headline: true },
        {
          term: tk("sc.label.approvalStatus"),
          value: (
            <span className={pending ? styles.error : styles.wrap}>{tk(approvalKey(record))}</span>
          ),
        },
        {
          term: tk("sc.label.overrideReason"),
          value: <span className={styles.wrap}>{visible(record.reason)}</span>,
        },
        { term: tk("sc.label.overrideOfficer"), value: oneLine(record.officer) },
        { term: tk("sc.label.overrideAt"), value: timeText(record.at, language) },
        ...(record.approval.status === "approved"
          ? [
              { term: tk("sc.label.overrideApprover"), value: oneLine(record.approval.approver) },
              { term: tk("sc.label.approvedAt"), value: timeText(record.approval.at, language) },
            ]
          : []),
      ]}
    />
  );
}

/** The second person's approval of a pending upgrade: their own name, then Approve. */
function ApproveForm({
  form,
  refusal,
  busy,
  onApprove,
}: {
  readonly form: OverrideForm;
  readonly refusal: RefusalByField;
  readonly busy: boolean;
  readonly onApprove: () => void;
}) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const approverValidation = useFieldValidation(refusal, "approver");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApprove();
  };
  return (
    <form className={styles.stack} noValidate onSubmit={submit}>
      <Field
        label={tk("sc.label.overrideApprover")}
        hint={tk("tp.approve.hint")}
        required
        {...approverValidation}
      >
        <Input
          value={form.values.approver}
          onChange={(_e, data) => form.set("approver", data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {tk("tp.approve.submit")}
        </Button>
      </div>
    </form>
  );
}

function OverrideFields({
  form,
  refusal,
}: {
  readonly form: OverrideForm;
  readonly refusal: RefusalByField;
}) {
  const { t, tk } = useTranslation();
  const { values, set } = form;
  const grade = useFieldValidation(refusal, "finalGrade");
  const reason = useFieldValidation(refusal, "reason");
  const officer = useFieldValidation(refusal, "officer");
  return (
    <>
      <Field label={tk("sc.label.finalGrade")} required {...grade}>
        <Select value={values.finalGrade} onChange={(_e, data) => set("finalGrade", data.value)}>
          <option value="">{tk("tp.override.chooseGrade")}</option>
          {GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {t(gradeText(grade))}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tk("sc.label.overrideReason")} required {...reason}>
        <Textarea
          value={values.reason}
          resize="vertical"
          onChange={(_e, data) => set("reason", data.value)}
        />
      </Field>
      <Field label={tk("sc.label.overrideOfficer")} required {...officer}>
        <Input value={values.officer} onChange={(_e, data) => set("officer", data.value)} />
      </Field>
    </>
  );
}

/** The officer's override of the grade; the core's rules accept it or say every reason why not. */
export function OverrideSection(props: OverrideSectionProps) {
  const { result, form, refusal, busy, onSubmit, onApprove, onSelect, focusKey } = props;
  const modelChangePending = props.modelChangePending === true;
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, focusKey);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const record = result?.override ?? null;
  const byField = refusalByField(refusal);
  return (
    <div className={styles.stack}>
      <p>
        {result === null
          ? tk("tp.override.rulesUnscored")
          : tk("tp.override.rules", { grade: t(gradeText(result.modelGrade)) })}
      </p>
      {/* noValidate: the core's rules, not the browser's, decide and explain a refusal. */}
      <form className={styles.stack} noValidate onSubmit={submit}>
        <OverrideFields form={form} refusal={byField} />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={busy}>
            {tk("tp.override.submit")}
          </Button>
        </div>
      </form>
      {refusal.length > 0 && (
        <>
          <h3 ref={heading} tabIndex={-1} className={`${styles.heading} ${styles.error}`}>
            {tk("tp.override.refused", { count: String(refusal.length) })}
          </h3>
          {byField.other.length > 0 && (
            <LocatedList items={byField.other} onSelect={onSelect} tone="error" />
          )}
        </>
      )}
      {refusal.length === 0 && record !== null && (
        <>
          <h3 ref={heading} tabIndex={-1} className={styles.heading}>
            {tk("tp.override.recorded")}
          </h3>
          <RecordedOverride record={record} inEffect={result?.finalGrade ?? record.modelGrade} />
        </>
      )}
      {((record !== null && record.approval.status === "pending") || modelChangePending) && (
        <ApproveForm form={form} refusal={byField} busy={busy} onApprove={onApprove} />
      )}
    </div>
  );
}
