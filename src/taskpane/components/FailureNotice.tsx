import { Link } from "@fluentui/react-components";
import { cellAddress } from "../cell-address";
import type { SelectCell } from "../hooks/useCellSelection";
import { useTranslation } from "../i18n";
import type { HostFailure } from "../state/host-failure";
import { failureStatus, type StatusView } from "../state/status";
import { useSectionStyles } from "../styles";

/** A status line; a failure located at a cell also offers to select it. */
export function StatusLine({
  status,
  onSelect,
}: {
  readonly status: StatusView;
  readonly onSelect: SelectCell;
}) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  const at = status.at;
  return (
    <span className={styles.wrap}>
      {t(status.message)}
      {at !== undefined && (
        <>
          {" "}
          <Link as="button" inline onClick={() => onSelect(at.sheet, at.cell)}>
            {tk("tp.selectCell", { cell: cellAddress(at) })}
          </Link>
        </>
      )}
    </span>
  );
}

/** What failed, in the UI language, as an error line. */
export function FailureNotice({
  failure,
  onSelect,
}: {
  readonly failure: HostFailure;
  readonly onSelect: SelectCell;
}) {
  const { language } = useTranslation();
  const styles = useSectionStyles();
  return (
    <p className={styles.error}>
      <StatusLine status={failureStatus(failure, language)} onSelect={onSelect} />
    </p>
  );
}
