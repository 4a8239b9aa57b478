/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import { formatMessage, msg } from "../../src/core";
import { CONTAINER_ID, startTaskpane } from "../../src/taskpane/start";
import { FakeWorkbookPort } from "./fake-port";
import { EMPTY_WORKBOOK } from "./workbooks";

// A first render loads all of Fluent UI; on a busy machine that alone can pass jest's 5 s default.

type OfficeGlobal = { Office?: unknown };

function fakeOffice(host: string, displayLanguage: string): void {
  (globalThis as OfficeGlobal).Office = {
    onReady: () => Promise.resolve({ host, platform: "PC" }),
    context: { displayLanguage },
  };
}

async function start(createPort: () => FakeWorkbookPort): Promise<void> {
  await act(async () => {
    startTaskpane({ createPort });
    await Promise.resolve();
  });
}

beforeEach(() => {
  document.body.replaceChildren();
  const container = document.createElement("div");
  container.id = CONTAINER_ID;
  document.body.append(container);
});

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

describe("starting the task pane", () => {
  it("renders outside Office, saying it needs Excel, without asking for a port", async () => {
    const createPort = jest.fn(() => new FakeWorkbookPort(EMPTY_WORKBOOK));
    await start(createPort);
    expect(
      await screen.findByText(formatMessage(msg("tp.notInExcel"), "en-US"))
    ).toBeInTheDocument();
    expect(createPort).not.toHaveBeenCalled();
  });

  it("in Excel, creates the port and follows Office's display language", async () => {
    fakeOffice("Excel", "zh-CN");
    const createPort = jest.fn(() => new FakeWorkbookPort(EMPTY_WORKBOOK));
    await start(createPort);
    expect(
      await screen.findByRole("button", { name: formatMessage(msg("tp.score.run"), "zh-CN") })
    ).toBeInTheDocument();
    expect(createPort).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("main")).toHaveAttribute("lang", "zh-CN");
  });

  it("in another Office host, does not ask for a workbook port", async () => {
    fakeOffice("Word", "en-US");
    const createPort = jest.fn(() => new FakeWorkbookPort(EMPTY_WORKBOOK));
    await start(createPort);
    await screen.findByText(formatMessage(msg("tp.notInExcel"), "en-US"));
    expect(createPort).not.toHaveBeenCalled();
  });

  it("shows why Excel cannot host the pane when the port cannot be made", async () => {
    fakeOffice("Excel", "en-GB");
    const tooOld = Object.assign(new Error("needs ExcelApi 1.7"), {
      text: { "zh-CN": "需要 ExcelApi 1.7。", "en-US": "Needs ExcelApi 1.7." },
    });
    await start(() => {
      throw tooOld;
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Needs ExcelApi 1.7.");
  });
});
