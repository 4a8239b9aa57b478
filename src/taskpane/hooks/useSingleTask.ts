import { useCallback, useEffect, useRef } from "react";

/**
 * Runs one asynchronous task at a time and dispatches its outcome event. A task started while
 * another runs is ignored (a double click), and an outcome arriving after unmount is dropped.
 * `fail` turns anything the task threw into an event: errors become state, never exceptions.
 */
export function useSingleTask<Event>(
  dispatch: (event: Event) => void,
  fail: (error: unknown) => Event
): (started: Event, task: () => Promise<Event>) => void {
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(
    (started: Event, task: () => Promise<Event>) => {
      if (running.current) return;
      running.current = true;
      dispatch(started);
      void task()
        .catch(fail)
        .then((outcome) => {
          running.current = false;
          if (mounted.current) dispatch(outcome);
        });
    },
    [dispatch, fail]
  );
}
