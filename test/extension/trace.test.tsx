/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatMessage, type Language } from "../../src/core";
import { TraceSection } from "../../src/taskpane/components/TraceSection";
import { translation, TranslationContext } from "../../src/taskpane/i18n";
import { LANGUAGES, texts } from "../taskpane/render";
import { allCases } from "../workbook/scorecard/cases";

/** The task pane's Trace section shows a model's extra factors like the product's own. */
describe.each(LANGUAGES)("the trace of the test model's factors (%s)", (language: Language) => {
  const result = allCases().find((c) => c.name === "extended")!.result;

  it("lists all nine factors; F9's rule, arithmetic and source cells are there", async () => {
    const onSelect = jest.fn();
    const user = userEvent.setup({ delay: null });
    render(
      <FluentProvider theme={webLightTheme}>
        <TranslationContext.Provider value={translation(language)}>
          <TraceSection result={result} onSelect={onSelect} />
        </TranslationContext.Provider>
      </FluentProvider>
    );
    const t = texts(language);
    const header = (id: string) => {
      const factor = result.factors.find((f) => f.id === id)!;
      return t("tp.trace.factor", {
        id,
        name: formatMessage(factor.name, language),
        weighted: factor.weightedPoints.toString(),
      });
    };
    for (const factor of result.factors)
      expect(screen.getByRole("button", { name: header(factor.id) })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: header("F9") }));
    const f9 = result.factors.find((f) => f.id === "F9")!;
    expect(screen.getByText(formatMessage(f9.rule, language))).toBeInTheDocument();
    expect(
      screen.getByText(t("tp.trace.arithmetic", { points: "100", weight: "5", weighted: "5" }))
    ).toBeInTheDocument();
    // F9 reads its two profile items, on adjacent rows: one button selects both.
    const [meetings, minutes] = f9.sources.map((s) => s.cell);
    const buttons = screen.getAllByRole("button", { name: /治理概况/ });
    await user.click(buttons[0]!);
    expect(onSelect).toHaveBeenLastCalledWith("治理概况", `${meetings}:${minutes}`);
  });
});
