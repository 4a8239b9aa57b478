/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { scoreWorkbook } from "../../src/app";
import { formatMessage, type Language } from "../../src/core";
import { markerName } from "../../src/workbook/plan";
import { brokenClient, seedClient } from "./workbooks";
import { LANGUAGES, NOW, openDetails, renderTaskpane } from "./render";
import { expectedFactor, fixed, grouped, seedExpected as seed } from "../support/examples";

/** The engine's own result for the seed client, to compare the pane against. */
function expected(language: Language) {
  const outcome = scoreWorkbook(seedClient(), { language, now: NOW, user: "王芳" });
  if (!outcome.ok) throw new Error("the seed client scores");
  return outcome.result;
}

describe.each(LANGUAGES)("the Score section (%s)", (language) => {
  it("scores the live workbook, writes the plan and shows grade, adjustment, knock-outs and flags", async () => {
    const { user, t, port } = renderTaskpane(seedClient(), language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    const heading = await screen.findByRole("heading", { name: t("tp.score.result") });
    expect(heading).toHaveFocus();

    expect(port.readSnapshot).toHaveBeenCalledTimes(1);
    expect(port.applyPlan).toHaveBeenCalledTimes(1);
    expect(port.snapshot.names?.map((n) => n.name)).toEqual(
      expect.arrayContaining([markerName("scorecard"), markerName("model"), markerName("auditLog")])
    );
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.scored", { score: fixed(seed.score, 2), grade: seed.modelGrade })
    );

    // The summary card: grade in colour and words, score, outcome, limit and tenor, counts.
    const result = expected(language);
    const card = screen.getByRole("region", { name: t("tp.card.label") });
    expect(within(card).getByTestId("grade-badge")).toHaveTextContent(
      t("tp.card.grade", { grade: seed.modelGrade, meaning: t(`grade.${seed.modelGrade}`) })
    );
    expect(
      within(card).getByText(t("tp.card.score", { score: fixed(seed.score, 2) }))
    ).toBeInTheDocument();
    expect(within(card).getByTestId("outcome")).toHaveTextContent(t("tp.card.outcome.proceed"));
    expect(within(card).queryByTestId("provisional")).toBeNull();
    expect(
      within(card).getByText(
        t("tp.card.limitValue", {
          recommended: grouped(seed.adjustment.recommendedLimit),
          requested: grouped(seed.adjustment.requestedLimit),
          currency: "CNY",
        })
      )
    ).toBeInTheDocument();
    expect(
      within(card).getByText(
        t("tp.card.tenorValue", { months: seed.adjustment.recommendedTenorMonths })
      )
    ).toBeInTheDocument();
    for (const [key, count] of [
      ["tp.card.count.knockouts", result.knockouts.length],
      ["tp.card.count.flags", result.flags.length],
      ["tp.card.count.gaps", result.gaps.length],
    ] as const)
      expect(within(card).getByText(t(key, { count: String(count) }))).toBeInTheDocument();
    // The details are collapsed below it until asked for.
    expect(screen.queryByText("100%")).toBeNull();
    await openDetails(
      user,
      t("tp.details.figures"),
      t("tp.details.adjustment"),
      t("tp.details.knockouts", { count: String(result.knockouts.length) }),
      t("tp.details.flags", { count: String(result.flags.length) })
    );

    expect(screen.getByText(fixed(seed.score, 2))).toBeInTheDocument();
    const grade = `${seed.modelGrade} · ${t(`grade.${seed.modelGrade}`)}`;
    expect(screen.getAllByText(grade).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText("100%")).toBeInTheDocument(); // completeness
    const a = seed.adjustment;
    expect(
      screen.getByText(
        t("tp.adjustment.rating", { base: a.baseRating, adjusted: a.adjustedRating, notches: "2" })
      )
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        t("tp.adjustment.limit", {
          requested: grouped(a.requestedLimit),
          recommended: grouped(a.recommendedLimit),
          currency: "CNY",
        })
      )
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        t("tp.adjustment.tenor", {
          requested: a.requestedTenorMonths,
          recommended: a.recommendedTenorMonths,
        })
      )
    ).toBeInTheDocument();

    expect(result.knockouts).toHaveLength(2);
    for (const knockout of result.knockouts)
      expect(screen.getByText(formatMessage(knockout.message, language))).toBeInTheDocument();
    expect(result.flags.length).toBeGreaterThan(3);
    for (const flag of result.flags) {
      const title = screen.getByText(formatMessage(flag.title, language));
      const item = title.closest("li");
      if (item === null) throw new Error("a flag is a list item");
      for (const action of flag.actions)
        expect(within(item).getByText(formatMessage(action.text, language))).toBeInTheDocument();
    }

    await user.click(screen.getByRole("button", { name: t("tp.score.showScorecard") }));
    const scorecard = port.snapshot.names?.find((n) => n.name === markerName("scorecard"));
    expect(port.select).toHaveBeenLastCalledWith(scorecard?.sheet, "A1");
    // Opens several collapsed groups: slow on a loaded two-core machine.
  });

  it("lists what Excel's read-back found after writing, each with a button to its cell", async () => {
    const { user, t, port } = renderTaskpane(seedClient(), language);
    const write = port.applyPlan.getMockImplementation();
    if (write === undefined) throw new Error("the fake port writes");
    port.applyPlan.mockImplementationOnce(async (plan) => ({
      ...(await write(plan)),
      warnings: [
        {
          kind: "formulaMismatch",
          sheet: "治理评分卡",
          cell: "B13",
          expected: "25.5",
          found: "99",
        },
        { kind: "pageLayoutNotApplied", sheet: "治理评分卡" },
      ],
    }));
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });

    const mismatch = t("tp.write.formulaMismatch", { expected: "25.5", found: "99" });
    const link = screen.getByRole("button", {
      name: t("tp.located", { cell: "'治理评分卡'!B13", text: mismatch }),
    });
    await user.click(link);
    expect(port.select).toHaveBeenLastCalledWith("治理评分卡", "B13");
    expect(screen.getByText(t("tp.write.pageLayoutNotApplied"))).toBeInTheDocument();
  });

  it("traces a factor to its inputs, rule and arithmetic, and selects its source cells", async () => {
    const { user, t, port } = renderTaskpane(seedClient(), language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });
    // Only the Trace section open: knock-outs in Score name the same register.
    await user.click(screen.getByRole("button", { name: t("tp.section.score") }));
    await user.click(screen.getByRole("button", { name: t("tp.section.trace") }));

    const f1 = expected(language).factors[0]!;
    const hand = expectedFactor(seed, "F1");
    const header = t("tp.trace.factor", {
      id: "F1",
      name: formatMessage(f1.name, language),
      weighted: hand.weightedPoints,
    });
    await user.click(screen.getByRole("button", { name: header }));
    expect(screen.getByText(formatMessage(f1.rule, language))).toBeInTheDocument();
    expect(
      screen.getByText(
        t("tp.trace.arithmetic", {
          points: hand.points,
          weight: "20",
          weighted: hand.weightedPoints,
        })
      )
    ).toBeInTheDocument();
    for (const measure of f1.measures)
      expect(screen.getAllByText(formatMessage(measure.label, language)).length).toBeGreaterThan(0);
    await user.click(
      screen.getByRole("button", { name: t("tp.selectCells", { cells: "'股东名册'!A2:C7" }) })
    );
    expect(port.select).toHaveBeenLastCalledWith("股东名册", "A2:C7");
  });

  it("refuses to score a workbook with reading errors, each a button, and writes nothing", async () => {
    const { user, t, port } = renderTaskpane(brokenClient(), language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    const heading = await screen.findByRole("heading", {
      name: t("tp.score.refused", { count: "2" }),
    });
    expect(heading).toHaveFocus();
    expect(port.applyPlan).not.toHaveBeenCalled();
    const scoreErrors = heading.nextElementSibling as HTMLElement;
    await user.click(within(scoreErrors).getByRole("button", { name: /'股东名册'!C3/ }));
    expect(port.select).toHaveBeenLastCalledWith("股东名册", "C3");
  });

  it("renders workbook text as text, never as markup", async () => {
    const probe = "<img src=x onerror=alert(1)>";
    const { user, t, container } = renderTaskpane(seedClient(probe), language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });
    expect(screen.getByRole("heading", { name: `${probe} (C-2024-017)` })).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("renders workbook text inside an error message as text too", async () => {
    const probe = "<img src=x onerror=alert(1)>";
    const workbook = seedClient();
    const holders = workbook.sheets[0]!;
    const values = holders.values.map((r) => [...r]);
    values[1]![1] = probe; // B2: an unknown shareholder type, quoted by the error
    const broken = { ...workbook, sheets: [{ ...holders, values }, ...workbook.sheets.slice(1)] };
    const { user, t, container } = renderTaskpane(broken, language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    const error = await screen.findByRole("button", { name: /'股东名册'!B2/ });
    expect(error.textContent).toContain(probe);
    expect(container.querySelector("img")).toBeNull();
  });
});
