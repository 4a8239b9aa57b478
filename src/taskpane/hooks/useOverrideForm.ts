import { useCallback, useMemo, useState } from "react";
import type { OverrideInput } from "./useScorecardSession";

/** The override's fields, and the approver's name for approving a pending upgrade. */
export type OverrideFields = OverrideInput & { readonly approver: string };

export interface OverrideForm {
  readonly values: OverrideFields;
  readonly set: (field: keyof OverrideFields, value: string) => void;
}

const EMPTY: OverrideFields = { finalGrade: "", reason: "", officer: "", approver: "" };

/**
 * The override form's fields. The officer defaults to the remembered name until edited; nothing
 * is validated here, since the core's rules decide and explain every refusal.
 */
export function useOverrideForm(rememberedOfficer: string): OverrideForm {
  const [values, setValues] = useState(EMPTY);
  const [officerEdited, setOfficerEdited] = useState(false);
  const set = useCallback((field: keyof OverrideFields, value: string) => {
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
