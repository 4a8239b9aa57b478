import { useCallback, useMemo, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { toFailure, type HostFailure } from "../state/host-failure";

export interface CellSelection {
  /** Select a cell or range in the workbook (the "show me" of every located message). */
  readonly select: (sheet: string, range: string) => void;
  /** The last selection that Excel refused (a deleted sheet, say), until the next one works. */
  readonly failure: HostFailure | null;
}

export function useCellSelection(port: WorkbookPort): CellSelection {
  const [failure, setFailure] = useState<HostFailure | null>(null);
  const select = useCallback(
    (sheet: string, range: string) => {
      port.select(sheet, range).then(
        () => setFailure(null),
        (error: unknown) => setFailure(toFailure(error, "select"))
      );
    },
    [port]
  );
  return useMemo(() => ({ select, failure }), [select, failure]);
}

/** Select a cell or range of a sheet in the workbook. */
export type SelectCell = (sheet: string, range: string) => void;
