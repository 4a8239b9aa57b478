/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { scoreWorkbook } from "../../src/app";
import { formatMessage, type Language, type ScoreResult } from "../../src/core";
import { SummaryCard } from "../../src/taskpane/components/SummaryCard";
import { TranslationContext, translation } from "../../src/taskpane/i18n";
import { resultOutcome, resultSummary } from "../../src/taskpane/state/summary";
import { fixed, seedExpected as seed } from "../support/examples";
import { brokenClient, seedClient } from "./workbooks";
import { LANGUAGES, NOW, renderTaskpane, texts } from "./render";

/** The engine's result for the seed client (grade D, two knock-outs capping at C). */
function seedResult(language: Language): ScoreResult {
  const outcome = scoreWorkbook(seedClient(), { language, now: NOW, user: "王芳" });
  if (!outcome.ok) throw new Error("the seed client scores");
  return outcome.result;
}

/**
 * A result as the core states it once knock-outs have policy outcomes and low completeness makes
 * the grade provisional (fields this branch's core does not set yet).
 */
function withOutcome(
  result: ScoreResult,
  kind: "proceed" | "refer" | "decline",
  provisional: boolean
): ScoreResult {
  const ids = kind === "proceed" ? [] : result.knockouts.slice(0, 1).map((k) => k.id);
  return Object.assign({}, result, { outcome: { kind, knockouts: ids }, provisional });
}

function renderCard(result: ScoreResult, language: Language) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TranslationContext.Provider value={translation(language)}>
        <SummaryCard result={result} />
      </TranslationContext.Provider>
    </FluentProvider>
  );
}

describe("the summary's accessor of the core's outcome", () => {
  const result = seedResult("en-US");

  it("reads a result without an outcome as proceeding, not provisional", () => {
    expect(resultOutcome(result)).toEqual({ kind: "proceed", knockouts: [] });
    expect(resultSummary(result).provisional).toBe(false);
    expect(resultSummary(result).counts).toEqual({
      knockouts: result.knockouts.length,
      flags: result.flags.length,
      gaps: result.gaps.length,
    });
  });

  it("reads the outcome's kind and the knock-outs that decided it, by id or as objects", () => {
    const first = result.knockouts[0]!;
    const refer = withOutcome(result, "refer", false);
    expect(resultOutcome(refer)).toEqual({ kind: "refer", knockouts: [first] });
    const asObjects = Object.assign({}, result, {
      outcome: { kind: "decline", knockouts: [{ id: first.id, outcome: "decline" }] },
    });
    expect(resultOutcome(asObjects)).toEqual({ kind: "decline", knockouts: [first] });
    expect(resultSummary(withOutcome(result, "proceed", true)).provisional).toBe(true);
  });

  it("ignores an outcome it cannot read", () => {
    const odd = Object.assign({}, result, { outcome: { kind: "maybe" }, provisional: "yes" });
    expect(resultOutcome(odd).kind).toBe("proceed");
    expect(resultSummary(odd).provisional).toBe(false);
  });
});

describe.each(LANGUAGES)("the summary card (%s)", (language) => {
  const t = texts(language);
  const result = seedResult(language);

  it("says the grade in words on its coloured badge, the score, outcome, limit, tenor and counts", () => {
    renderCard(result, language);
    const card = screen.getByRole("region", { name: t("tp.card.label") });
    const badge = within(card).getByTestId("grade-badge");
    expect(badge).toHaveTextContent(
      t("tp.card.grade", { grade: seed.modelGrade, meaning: t(`grade.${seed.modelGrade}`) })
    );
    expect(
      within(card).getByText(t("tp.card.score", { score: fixed(seed.score, 2) }))
    ).toBeVisible();
    const outcome = within(card).getByTestId("outcome");
    expect(outcome).toHaveTextContent(t("tp.card.outcome.proceed"));
    // The outcome comes first, before the grade.
    expect(outcome.compareDocumentPosition(badge) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(card).queryByTestId("provisional")).toBeNull();
    expect(
      within(card).getByText(
        t("tp.card.count.knockouts", { count: String(result.knockouts.length) })
      )
    ).toBeVisible();
  });

  it.each(["refer", "decline"] as const)(
    "shows a %s outcome first in words, with the knock-out that decided it",
    (kind) => {
      renderCard(withOutcome(result, kind, false), language);
      expect(screen.getByTestId("outcome")).toHaveTextContent(t(`tp.card.outcome.${kind}`));
      expect(
        screen.getByText(t("tp.label", { label: t("tp.card.outcome.because") }).trim())
      ).toBeVisible();
      expect(screen.getByText(formatMessage(result.knockouts[0]!.message, language))).toBeVisible();
    }
  );

  it("marks a provisional grade in words, with the completeness", () => {
    renderCard(withOutcome(result, "proceed", true), language);
    expect(screen.getByTestId("provisional")).toHaveTextContent(
      t("tp.card.provisional", { completeness: "100%" })
    );
  });
});

describe.each(LANGUAGES)("the Score button and the status (%s)", (language) => {
  it("waits, with the reason, while the inputs have errors, and scores once they are read clean", async () => {
    const { user, t, port } = renderTaskpane(brokenClient(), language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    await screen.findByText(t("tp.inputs.errors", { count: "2" }));
    const score = screen.getByRole("button", { name: t("tp.score.run") });
    expect(score).toHaveAttribute("aria-disabled", "true");
    const reason = t("tp.score.blockedByInputs", { count: "2" });
    expect(score).toHaveAccessibleDescription(reason);
    expect(screen.getByText(reason)).toBeVisible();
    await user.click(score);
    expect(port.applyPlan).not.toHaveBeenCalled();

    // The status says it with an icon and in words, not by colour alone.
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(t("tp.status.inputErrors", { count: "2" }));
    expect(status.querySelector("svg")).not.toBeNull();

    // Fixed in the workbook, read again from the Score section: Score is offered again.
    port.snapshot = seedClient();
    const readAgain = screen.getAllByRole("button", { name: t("tp.inputs.read") });
    await user.click(readAgain[readAgain.length - 1]!);
    await screen.findByText(t("tp.inputs.noErrors"));
    expect(screen.getByRole("button", { name: t("tp.score.run") })).not.toHaveAttribute(
      "aria-disabled",
      "true"
    );
    expect(screen.queryByText(reason)).toBeNull();
  });
});
