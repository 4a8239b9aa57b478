/**
 * The task pane's sections that start closed, each loaded on demand as its own chunk (issue 12:
 * the first load carries the first view only: the header, the officer, the status, the Inputs
 * and Score sections before scoring). `preloadPaneParts` starts loading them, and the result and
 * the engine, once the first view is on screen.
 */
import { preloadEngine } from "../load-engine";
import { loadCatalogue } from "../pane-messages";
import { lazyView } from "./LazyView";
import { ScoredWorkbook } from "./ScoreSection";

/** A part's module once the whole catalogue it formats from has loaded too. */
export function withCatalogue<M>(module: Promise<M>): Promise<M> {
  return Promise.all([module, loadCatalogue()]).then(([m]) => m);
}

export const TraceSection = lazyView(() =>
  withCatalogue(import(/* webpackChunkName: "pane-trace" */ "./TraceSection")).then(
    (m) => m.TraceSection
  )
);
export const OverrideSection = lazyView(() =>
  withCatalogue(import(/* webpackChunkName: "pane-override" */ "./OverrideSection")).then(
    (m) => m.OverrideSection
  )
);
export const VerifySection = lazyView(() =>
  withCatalogue(import(/* webpackChunkName: "pane-verify" */ "./VerifySection")).then(
    (m) => m.VerifySection
  )
);
export const TemplateSection = lazyView(() =>
  withCatalogue(import(/* webpackChunkName: "pane-template" */ "./TemplateSection")).then(
    (m) => m.TemplateSection
  )
);
export const ModelSection = lazyView(() =>
  withCatalogue(import(/* webpackChunkName: "pane-model" */ "./ModelSection")).then(
    (m) => m.ModelSection
  )
);

/** Everything the first view left out: the engine first, then the result and the sections. */
export function preloadPaneParts(): void {
  preloadEngine();
  for (const part of [
    ScoredWorkbook,
    TraceSection,
    OverrideSection,
    VerifySection,
    TemplateSection,
    ModelSection,
  ])
    void part.preload();
}
