import { useCallback, useMemo, useState } from "react";
import type { OverrideInput } from "./useScorecardSession";

export interface OverrideForm {
  readonly values: OverrideInput;
  readonly set: (field: keyof OverrideInput, value: string) => void;
}

const EMPTY: OverrideInput = { finalGrade: "", reason: "", officer: "", approver: "" };

/**
 * The override form's fields. The officer defaults to the remembered name until edited; nothing
 * is validated here, since the core's rules decide and explain every refusal.
 */
export function useOverrideForm(rememberedOfficer: string): OverrideForm {
  const [values, setValues] = useState(EMPTY);
  const [officerEdited, setOfficerEdited] = useState(false);
  const set = useCallback((field: keyof OverrideInput, value: string) => {
    if (field === "officer") setOfficerEdited(true);
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);
  return useMemo(
    () => ({
      values: officerEdited ? values : { ...values, officer: rememberedOfficer },
      set,
    }),
    [values, officerEdited, rememberedOfficer, set]
  );
}
