import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { SelectCell } from "../hooks/useCellSelection";
import type { StatusView } from "../state/status";
import { useSectionStyles } from "../styles";
import { StatusLine } from "./FailureNotice";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minHeight: "32px",
  },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  error: { backgroundColor: tokens.colorPaletteRedBackground1 },
});

interface StatusBarProps {
  readonly status: StatusView;
  /** A selection Excel refused, shown until the next one works. */
  readonly selectionFailure: StatusView | null;
  readonly onSelect: SelectCell;
}

/** The session's status, announced politely to screen readers as it changes. */
export function StatusBar({ status, selectionFailure, onSelect }: StatusBarProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const tone =
    status.tone === "success" || status.tone === "warning" || status.tone === "error"
      ? styles[status.tone]
      : undefined;
  return (
    <>
      <div role="status" aria-live="polite" className={`${styles.bar} ${tone ?? ""}`}>
        {status.tone === "busy" && <Spinner size="tiny" aria-hidden />}
        <StatusLine status={status} onSelect={onSelect} />
      </div>
      {selectionFailure !== null && (
        <div role="alert" className={section.error}>
          <StatusLine status={selectionFailure} onSelect={onSelect} />
        </div>
      )}
    </>
  );
}
