import {
  MessageBar,
  MessageBarBody,
  Spinner,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { SelectCell } from "../hooks/useCellSelection";
import type { StatusTone, StatusView } from "../state/status";
import { StatusLine } from "./FailureNotice";

/** Each tone's MessageBar: its icon and colour; the text always says it in words too. */
const INTENT: Readonly<Record<StatusTone, MessageBarIntent>> = {
  neutral: "info",
  busy: "info",
  success: "success",
  warning: "warning",
  error: "error",
};

interface StatusBarProps {
  readonly status: StatusView;
  /** A selection Excel refused, shown until the next one works. */
  readonly selectionFailure: StatusView | null;
  readonly onSelect: SelectCell;
}

/** The session's status, announced politely to screen readers as it changes. */
export function StatusBar({ status, selectionFailure, onSelect }: StatusBarProps) {
  return (
    <>
      <div role="status" aria-live="polite">
        <MessageBar
          intent={INTENT[status.tone]}
          layout="multiline"
          data-tone={status.tone}
          {...(status.tone === "busy" ? { icon: <Spinner size="extra-tiny" aria-hidden /> } : {})}
        >
          <MessageBarBody>
            <StatusLine status={status} onSelect={onSelect} />
          </MessageBarBody>
        </MessageBar>
      </div>
      {selectionFailure !== null && (
        <div role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <StatusLine status={selectionFailure} onSelect={onSelect} />
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
    </>
  );
}
