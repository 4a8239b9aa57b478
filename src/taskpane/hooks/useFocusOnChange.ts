import { useEffect, useRef, type RefObject } from "react";

/**
 * Moves focus to `target` each time `key` changes to a new non-null value (a new result: a
 * revision number or a new state object), so a keyboard or screen-reader user lands on what their
 * action produced. The first render never takes focus.
 */
export function useFocusOnChange(target: RefObject<HTMLElement | null>, key: unknown): void {
  const previous = useRef(key);
  useEffect(() => {
    if (key !== null && key !== previous.current) target.current?.focus();
    previous.current = key;
  }, [target, key]);
}
