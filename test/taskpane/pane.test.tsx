/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { OFFICER_STORAGE_KEY } from "../../src/taskpane/hooks/useOfficerName";
import { FakeWorkbookPort } from "./fake-port";
import { seedClient } from "./workbooks";
import { LANGUAGES, memoryStorage, renderTaskpane, texts } from "./render";

describe.each(LANGUAGES)("the officer's name (%s)", (language) => {
  it("is asked once before scoring, then remembered in local storage", async () => {
    const storage = memoryStorage();
    const { user, t, port } = renderTaskpane(seedClient(), language, { storage });
    const score = screen.getByRole("button", { name: t("tp.score.run") });
    expect(score).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText(t("tp.score.needsOfficer"))).toBeInTheDocument();
    await user.click(score);
    expect(port.readSnapshot).not.toHaveBeenCalled();

    await user.type(screen.getByRole("textbox", { name: t("tp.officer.label") }), " 王芳 ");
    await user.click(screen.getByRole("button", { name: t("tp.officer.save") }));
    expect(storage.getItem(OFFICER_STORAGE_KEY)).toBe("王芳");
    expect(screen.getByText(t("tp.officer.signedAs", { name: "王芳" }))).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: t("tp.officer.label") })).toBeNull();

    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });
    expect(port.applyPlan).toHaveBeenCalledTimes(1);
  });

  it("works without local storage, saying the name is not kept", async () => {
    const { user, t } = renderTaskpane(seedClient(), language, { storage: null });
    await user.type(screen.getByRole("textbox", { name: t("tp.officer.label") }), "Li Qiang");
    await user.click(screen.getByRole("button", { name: t("tp.officer.save") }));
    expect(screen.getByText(t("tp.officer.notRemembered"))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: t("tp.score.run") })).not.toHaveAttribute(
      "aria-disabled",
      "true"
    );
  });

  it("survives a storage that throws (privacy settings)", () => {
    const refusing = memoryStorage();
    refusing.getItem = () => {
      throw new Error("SecurityError");
    };
    const { t } = renderTaskpane(seedClient(), language, { storage: refusing });
    expect(screen.getByRole("textbox", { name: t("tp.officer.label") })).toBeInTheDocument();
  });
});

describe("the language", () => {
  it("follows the switch: every text, including results already shown, changes language", async () => {
    const { user, t } = renderTaskpane(seedClient(), "zh-CN");
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });
    const en = texts("en-US");
    await user.selectOptions(
      screen.getByRole("combobox", { name: t("tp.language.label") }),
      "en-US"
    );
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(en("tp.title"));
    expect(screen.getByRole("heading", { name: en("tp.score.result") })).toBeInTheDocument();
    expect(screen.getByTestId("grade-badge")).toHaveTextContent(
      en("tp.card.grade", { grade: "D", meaning: en("grade.D") })
    );
    expect(screen.getByTestId("outcome")).toHaveTextContent(en("tp.card.outcome.proceed"));
    expect(
      screen.queryByText(t("tp.card.grade", { grade: "D", meaning: t("grade.D") }))
    ).toBeNull();
    // The switch sits at the foot of the pane, away from Office's own menu at the top right.
    const header = screen.getByRole("banner");
    expect(header).not.toContainElement(
      screen.getByRole("combobox", { name: en("tp.language.label") })
    );
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en-US");
  });
});

describe.each(LANGUAGES)("host failures (%s)", (language) => {
  it("become state: the status says what failed, in the UI language, and nothing throws", async () => {
    const port = new FakeWorkbookPort(seedClient());
    port.readSnapshot.mockRejectedValueOnce(new Error("RichApi.Error: the workbook is busy"));
    const { user, t } = renderTaskpane(port, language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    expect(await screen.findByText(/RichApi\.Error: the workbook is busy/)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.failed", {
        step: t("tp.step.read"),
        detail: "RichApi.Error: the workbook is busy",
      })
    );
    // The next attempt works.
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    await screen.findByText(t("tp.inputs.noErrors"));
  });

  it("shows the adapter's own bilingual words and offers to select the cell they name", async () => {
    const port = new FakeWorkbookPort(seedClient());
    const refusal = Object.assign(new Error("sheet protected"), {
      text: { "zh-CN": "工作表“评分卡”受保护。", "en-US": "The sheet “评分卡” is protected." },
      sheet: "评分卡",
      cell: "A1",
    });
    port.applyPlan.mockRejectedValueOnce(refusal);
    const { user, t } = renderTaskpane(port, language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByText(refusal.text[language], { exact: false });
    await user.click(
      screen.getByRole("button", { name: t("tp.selectCell", { cell: "'评分卡'!A1" }) })
    );
    expect(port.select).toHaveBeenLastCalledWith("评分卡", "A1");
  });

  it("reports a selection Excel refuses", async () => {
    const port = new FakeWorkbookPort(seedClient());
    port.select.mockRejectedValueOnce(new Error("ItemNotFound"));
    const { user, t } = renderTaskpane(port, language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });
    await user.click(screen.getByRole("button", { name: t("tp.score.showScorecard") }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      t("tp.status.failed", { step: t("tp.step.select"), detail: "ItemNotFound" })
    );
  });
});
