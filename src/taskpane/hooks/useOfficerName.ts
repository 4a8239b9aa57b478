import { useCallback, useMemo, useState } from "react";

/** The key the officer's name is remembered under in the task pane's local storage. */
export const OFFICER_STORAGE_KEY = "governance-scorecard.officer";

/** The browser's local storage, or null where it is missing or refused (privacy settings). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function remembered(storage: Storage | null): string {
  try {
    return storage?.getItem(OFFICER_STORAGE_KEY)?.trim() ?? "";
  } catch {
    return "";
  }
}

/** False when the name could not be stored (full or refused storage): it lasts this session only. */
function remember(storage: Storage | null, name: string): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(OFFICER_STORAGE_KEY, name);
    return true;
  } catch {
    return false;
  }
}

export interface OfficerName {
  /** "" until the officer has given a name. */
  readonly name: string;
  /** True while the name is being asked for (no name yet, or the officer chose to change it). */
  readonly asking: boolean;
  /** False when the browser would not keep the name: it is asked again next time. */
  readonly persisted: boolean;
  readonly save: (name: string) => void;
  readonly change: () => void;
}

/** The officer's name for the audit log: asked once, then remembered in local storage. */
export function useOfficerName(storage: Storage | null): OfficerName {
  const [name, setName] = useState(() => remembered(storage));
  const [asking, setAsking] = useState(() => remembered(storage) === "");
  const [persisted, setPersisted] = useState(storage !== null);
  const save = useCallback(
    (next: string) => {
      const trimmed = next.trim();
      if (trimmed === "") return;
      setName(trimmed);
      setAsking(false);
      setPersisted(remember(storage, trimmed));
    },
    [storage]
  );
  const change = useCallback(() => setAsking(true), []);
  return useMemo(
    () => ({ name, asking, persisted, save, change }),
    [name, asking, persisted, save, change]
  );
}
