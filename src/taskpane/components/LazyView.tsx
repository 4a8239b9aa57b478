import { Spinner } from "@fluentui/react-components";
import { createElement, lazy, Suspense, type ComponentType, type ReactElement } from "react";
import { useTranslation } from "../i18n";

/** A component loaded on demand, with a way to start loading it before it is first shown. */
export interface LazyView<P extends object> {
  (props: P): ReactElement;
  /** Starts loading the component's chunk (again, after a failed attempt). */
  preload(): Promise<unknown>;
}

/** Shown in place of a part of the pane while its code is loading. */
function Loading() {
  const { tk } = useTranslation();
  return <Spinner size="tiny" label={tk("tp.loading")} />;
}

/** Stands in for a part whose chunk could not be loaded (the add-in's host unreachable). */
function LoadFailed() {
  const { tk } = useTranslation();
  return <p role="alert">{tk("tp.loadFailed")}</p>;
}

/**
 * A part of the pane the first view does not show (a result's details, a closed section), split
 * into its own chunk by the dynamic import in `load` (issue 12: the first load carries only what
 * the first view needs). Until the chunk is there a Fluent spinner stands in (React.lazy +
 * Suspense); once it is loaded, the component renders at once, without suspending, so a part
 * preloaded after the first view (`preload`) never flashes the spinner.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      }
    );
    return loading;
  };
  const Lazy = lazy(() =>
    preload().then(
      (component) => ({ default: component }),
      () => ({ default: LoadFailed as ComponentType<P> })
    )
  );
  function View(props: P): ReactElement {
    if (loaded !== null) return createElement(loaded, props);
    return <Suspense fallback={<Loading />}>{createElement(Lazy, props)}</Suspense>;
  }
  View.preload = () => preload().catch(() => undefined);
  return View;
}
