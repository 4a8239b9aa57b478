/**
 * The Group section (集团客户), loaded on demand: only a workbook that holds a group's tables
 * shows it, so a client's workbook never downloads the group analysis.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import { assessGroup } from "../../../app/group-workbook";
import type { SelectCell } from "../../hooks/useCellSelection";
import { useFocusOnChange } from "../../hooks/useFocusOnChange";
import { useTranslation } from "../../i18n";
import type { GroupTask } from "../../state/group";
import { useSectionStyles } from "../../styles";
import type { WorkbookSnapshot } from "../../../workbook/snapshot";
import { FailureNotice } from "../FailureNotice";
import { LocatedList } from "../LocatedList";
import { GroupAllocation } from "./GroupAllocation";
import { GroupFindings } from "./GroupFindings";
import { GroupOverview } from "./GroupOverview";
import { GroupStructure } from "./GroupStructure";

export interface GroupSectionProps {
  /** The last snapshot read that holds the group tables. */
  readonly snapshot: WorkbookSnapshot;
  readonly task: GroupTask;
  readonly onWrite: () => void;
  readonly onRefresh: () => void;
  readonly onSelect: SelectCell;
}

const HEADINGS = {
  written: "tp.group.written",
  refused: "tp.group.writeRefused",
  failed: "tp.group.failed",
} as const;

/** What the last write did: the sheets written, or why nothing was. */
function TaskOutcome({
  task,
  onSelect,
}: {
  readonly task: GroupTask;
  readonly onSelect: SelectCell;
}) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const settled =
    task.phase === "written" || task.phase === "refused" || task.phase === "failed" ? task : null;
  useFocusOnChange(heading, settled);
  return (
    <div role="status" className={styles.stack}>
      {(task.phase === "writing" || task.phase === "reading") && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={tk(task.phase === "writing" ? "tp.group.writing" : "tp.group.reading")}
        />
      )}
      {settled !== null && (
        <h3
          ref={heading}
          tabIndex={-1}
          className={`${styles.heading} ${settled.phase === "written" ? styles.success : styles.error}`}
        >
          {tk(HEADINGS[settled.phase])}
        </h3>
      )}
      {task.phase === "written" && (
        <>
          <p className={styles.wrap}>
            {tk("tp.group.writtenSheets", { sheets: Object.values(task.sheets).join(" · ") })}
          </p>
          {task.notices.length > 0 && <LocatedList items={task.notices} onSelect={onSelect} />}
        </>
      )}
      {task.phase === "refused" && (
        <LocatedList items={task.issues} onSelect={onSelect} tone="error" />
      )}
      {task.phase === "failed" && <FailureNotice failure={task.failure} onSelect={onSelect} />}
    </div>
  );
}

/**
 * The group as the open workbook describes it: the outcome, the structure tree with look-through
 * stakes, the allocation against the cap, the guarantee findings (each selecting its rows) and
 * the flags; and the action that writes the group sheet (集团评估) the command line writes.
 */
export default function GroupSection({
  snapshot,
  task,
  onWrite,
  onRefresh,
  onSelect,
}: GroupSectionProps) {
  const { language, tk } = useTranslation();
  const styles = useSectionStyles();
  // The analysis the write will plan (analyseGroupWorkbook adds the write's refusals on top).
  const outcome = useMemo(
    () => assessGroup(snapshot, { language, members: [] }),
    [snapshot, language]
  );
  const busy = task.phase === "writing" || task.phase === "reading";
  return (
    <div className={styles.stack}>
      <p className={styles.muted}>{tk("tp.group.explain")}</p>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy || !outcome.ok} onClick={onWrite}>
          {tk("tp.group.write")}
        </Button>
        <Button disabledFocusable={busy} onClick={onRefresh}>
          {tk("tp.group.refresh")}
        </Button>
      </div>
      <TaskOutcome task={task} onSelect={onSelect} />
      {outcome.ok ? (
        <>
          <GroupOverview analysis={outcome.analysis} />
          <GroupStructure analysis={outcome.analysis} />
          <GroupAllocation analysis={outcome.analysis} />
          <GroupFindings analysis={outcome.analysis} onSelect={onSelect} />
        </>
      ) : (
        <>
          <h3 className={`${styles.heading} ${styles.error}`}>{tk("tp.group.refused")}</h3>
          <LocatedList items={outcome.issues} onSelect={onSelect} tone="error" />
        </>
      )}
      {outcome.notices.length > 0 && (
        <>
          <h3 className={styles.heading}>{tk("tp.group.notices")}</h3>
          <LocatedList items={outcome.notices} onSelect={onSelect} />
        </>
      )}
    </div>
  );
}
