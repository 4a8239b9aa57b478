import {
  Decimal,
  formatMessage,
  GRADES,
  modelChangeRef,
  msg,
  type Language,
  type MessageKey,
} from "../core";
import { columnLetters, sheetPrefix } from "../workbook/a1";
import { AMOUNT_FORMAT } from "../workbook/cell-styles";
import type {
  ChartPlan,
  PlannedCell,
  PlannedValue,
  SheetPlan,
  WorkbookPlan,
} from "../workbook/plan";
import type { CsvValue } from "./csv";
import type { WorkbookSummary } from "./summary";

/**
 * The portfolio's columns, in order: id, header, width. Tests and readers find a column by its
 * id (`portfolioColumn`), never by a letter. The first five (file, client, client ID, model and
 * final grade) are what every release has written first (`isProductPortfolioCsv`).
 */
export const PORTFOLIO_COLUMNS = [
  ["file", "app.portfolio.col.file", 28],
  ["client", "app.portfolio.col.client", 30],
  ["clientId", "app.portfolio.col.clientId", 16],
  ["modelGrade", "app.portfolio.col.modelGrade", 10],
  ["finalGrade", "app.portfolio.col.finalGrade", 10],
  // The credit outcome first after the grades (proceed, refer or decline), as on the summary.
  ["outcome", "app.portfolio.col.outcome", 28],
  ["modelStatus", "app.portfolio.col.modelStatus", 24],
  ["score", "app.portfolio.col.score", 10],
  ["completeness", "app.portfolio.col.completeness", 12],
  ["provisional", "app.portfolio.col.provisional", 10],
  ["adjustedRating", "app.portfolio.col.adjustedRating", 12],
  ["requestedLimit", "app.portfolio.col.requestedLimit", 18],
  ["recommendedLimit", "app.portfolio.col.recommendedLimit", 18],
  ["currency", "app.portfolio.col.currency", 8],
  ["tenor", "app.portfolio.col.tenor", 12],
  ["knockouts", "app.portfolio.col.knockouts", 36],
  ["flags", "app.portfolio.col.flags", 48],
  ["override", "app.portfolio.col.override", 16],
  ["approval", "app.portfolio.col.approval", 24],
  ["officer", "app.portfolio.col.officer", 14],
  ["scoredAt", "app.portfolio.col.scoredAt", 22],
  ["modelFingerprint", "app.portfolio.col.modelFingerprint", 24],
  ["auditHead", "app.portfolio.col.auditHead", 40],
  ["errors", "app.portfolio.col.errors", 60],
] as const satisfies readonly (readonly [string, MessageKey, number])[];

const COLUMNS = PORTFOLIO_COLUMNS;

export type PortfolioColumnId = (typeof COLUMNS)[number][0];
type ColumnId = PortfolioColumnId;

const NUMBER_FORMATS: Partial<Record<ColumnId, string>> = {
  score: "0.00",
  completeness: "0.00%",
  requestedLimit: AMOUNT_FORMAT,
  recommendedLimit: AMOUNT_FORMAT,
  tenor: "0",
};

/** The portfolio sheet prints at this percentage: its 11 pt text at 8.25 pt. */
export const DATA_PRINT_SCALE = 75;

/** The header row of the portfolio sheet; one row per workbook follows it. */
export const PORTFOLIO_HEADER_ROW = 4;
const HEADER_ROW = PORTFOLIO_HEADER_ROW;
const FIRST_ROW = HEADER_ROW + 1;

/**
 * The letter of a portfolio column.
 * @example portfolioColumn("finalGrade") // "E"
 */
export function portfolioColumn(id: ColumnId): string {
  return columnLetters(COLUMNS.findIndex(([c]) => c === id) + 1);
}

const column = portfolioColumn;

/** "Approved model 1", or NON-STANDARD with how many parameters differ and the change's state. */
function modelStatusCell(s: WorkbookSummary, language: Language): string {
  if (s.modelStatus === null) return "";
  const change = s.modelChange;
  return formatMessage(
    s.modelStatus === "approved"
      ? msg("models.status.approved", { version: s.modelVersion ?? "" })
      : msg("app.portfolio.nonStandard", {
          count: s.modelDifferences.length,
          version: s.modelVersion ?? "",
          change: change === null ? "" : formatMessage(modelChangeRef(change), language),
        }),
    language
  );
}

/** "提交上级审批（内部人控制…）": the outcome and the knock-outs that decided it; "" unscored. */
function outcomeCell(s: WorkbookSummary, language: Language): string {
  if (s.outcome === null) return "";
  const kind = msg(`outcome.${s.outcome.kind}`);
  if (s.outcome.knockouts.length === 0) return formatMessage(kind, language);
  const names = s.outcome.knockouts
    .map((id) => formatMessage(msg(`sc.knockout.${id}` as MessageKey), language))
    .join(language === "zh-CN" ? "、" : ", ");
  return formatMessage(msg("outcome.because", { outcome: kind, knockouts: names }), language);
}

/** One client's row, as numbers where the summary has figures. */
function rowValues(s: WorkbookSummary, language: Language): Record<ColumnId, PlannedValue> {
  const t = (key: MessageKey, params?: Parameters<typeof msg>[1]) =>
    formatMessage(msg(key, params), language);
  const list = (keys: readonly MessageKey[]) => keys.map((key) => t(key)).join("; ");
  const [firstError] = s.errors;
  return {
    file: s.file,
    client: s.clientName ?? "",
    clientId: s.clientId ?? "",
    modelGrade: s.modelGrade ?? "",
    finalGrade: s.finalGrade ?? "",
    modelStatus: modelStatusCell(s, language),
    outcome: outcomeCell(s, language),
    provisional:
      s.provisional === null
        ? ""
        : formatMessage(msg(s.provisional ? "provisional.short" : "app.portfolio.final"), language),
    override:
      s.override === null
        ? ""
        : t("app.portfolio.override", { grade: s.override.grade, officer: s.override.officer }),
    approval:
      s.override === null
        ? ""
        : s.override.approval === "approved"
          ? t("app.portfolio.approvedBy", { approver: s.override.approver ?? "" })
          : t(`sc.approval.${s.override.approval}`),
    officer: s.scoredBy ?? "",
    scoredAt: s.scoredAt ?? "",
    modelFingerprint: s.modelFingerprint ?? "",
    score: s.score === null ? null : new Decimal(s.score).toNumber(),
    completeness: s.completeness === null ? null : new Decimal(s.completeness).toNumber(),
    adjustedRating: s.adjustedRating ?? "",
    requestedLimit: s.requestedLimit === null ? null : new Decimal(s.requestedLimit).toNumber(),
    recommendedLimit:
      s.recommendedLimit === null ? null : new Decimal(s.recommendedLimit).toNumber(),
    currency: s.currency ?? "",
    tenor: s.recommendedTenorMonths,
    knockouts: list(s.knockouts.map((id) => `sc.knockout.${id}` as MessageKey)),
    // Each flag with the parameters it was raised with ("above 80.00%"), never a raw {above}.
    flags: s.flags
      .map((id, i) => formatMessage(s.flagTitles[i] ?? msg(`flag.${id}` as MessageKey), language))
      .join("; "),
    auditHead:
      s.auditHead === null ? "" : `${s.auditHead.chain} ${s.auditHead.rows} ${s.auditHead.hash}`,
    errors:
      firstError === undefined
        ? ""
        : formatMessage(
            msg("app.portfolio.errors", {
              count: s.errors.length,
              first:
                firstError.sheet === null
                  ? firstError.message
                  : `${firstError.sheet}!${firstError.cell ?? ""}: ${firstError.message}`,
            }),
            language
          ),
  };
}

/**
 * The portfolio as rows for a CSV file: a header, then one row per workbook (scored or not).
 * @example portfolioCsvRows(summaries, "en-US")[0] // ["File", "Client", …]
 */
export function portfolioCsvRows(
  summaries: readonly WorkbookSummary[],
  language: Language
): CsvValue[][] {
  const header = COLUMNS.map(([, key]) => formatMessage(msg(key), language));
  return [
    header,
    ...summaries.map((s) => {
      const values = rowValues(s, language);
      return COLUMNS.map(([id]): CsvValue => {
        if (id === "score") return s.score;
        if (id === "completeness")
          return s.completeness === null
            ? null
            : `${new Decimal(s.completeness).times(100).toFixed(2)}%`;
        if (id === "recommendedLimit") return s.recommendedLimit;
        if (id === "requestedLimit") return s.requestedLimit;
        const value = values[id];
        return typeof value === "boolean" ? String(value) : value;
      });
    }),
  ];
}

/** Grade, count and share of final grades, as formulas over the rows (a chart can use it as is). */
function distributionCells(
  summaries: readonly WorkbookSummary[],
  language: Language
): PlannedCell[] {
  const t = (key: MessageKey) => formatMessage(msg(key), language);
  const left = columnLetters(COLUMNS.length + 2);
  const count = columnLetters(COLUMNS.length + 3);
  const share = columnLetters(COLUMNS.length + 4);
  const lastRow = Math.max(FIRST_ROW, FIRST_ROW + summaries.length - 1);
  const grades = `$${column("finalGrade")}$${FIRST_ROW}:$${column("finalGrade")}$${lastRow}`;
  const totalRow = HEADER_ROW + GRADES.length + 1;
  const scored = summaries.filter((s) => s.finalGrade !== null).length;
  const cells: PlannedCell[] = [
    { ref: `${left}${HEADER_ROW - 1}`, value: t("app.portfolio.distribution"), style: "subtitle" },
    { ref: `${left}${HEADER_ROW}`, value: t("app.portfolio.col.grade"), style: "header" },
    { ref: `${count}${HEADER_ROW}`, value: t("app.portfolio.col.count"), style: "header" },
    { ref: `${share}${HEADER_ROW}`, value: t("app.portfolio.col.share"), style: "header" },
  ];
  GRADES.forEach((grade, i) => {
    const row = FIRST_ROW + i;
    const n = summaries.filter((s) => s.finalGrade === grade).length;
    cells.push(
      { ref: `${left}${row}`, value: grade, style: "label" },
      {
        ref: `${count}${row}`,
        value: n,
        formula: `COUNTIF(${grades},${left}${row})`,
        numberFormat: "0",
      },
      {
        ref: `${share}${row}`,
        value: scored === 0 ? 0 : n / scored,
        formula: `IF($${count}$${totalRow}=0,0,${count}${row}/$${count}$${totalRow})`,
        numberFormat: "0.0%",
      }
    );
  });
  cells.push(
    { ref: `${left}${totalRow}`, value: t("app.portfolio.total"), style: "emphasis" },
    {
      ref: `${count}${totalRow}`,
      value: scored,
      formula: `SUM(${count}${FIRST_ROW}:${count}${totalRow - 1})`,
      numberFormat: "0",
      style: "emphasis",
    },
    {
      ref: `${share}${totalRow}`,
      value: scored === 0 ? 0 : 1,
      formula: `IF(${count}${totalRow}=0,0,SUM(${share}${FIRST_ROW}:${share}${totalRow - 1}))`,
      numberFormat: "0.0%",
      style: "emphasis",
    }
  );
  return cells;
}

/** A portfolio sheet's title (A1) and its subtitle (A2): when, how many scored, how many not. */
function headingCells(
  title: string,
  summaries: readonly WorkbookSummary[],
  generatedAt: string,
  language: Language
): PlannedCell[] {
  const subtitle = msg("app.portfolio.subtitle", {
    time: generatedAt,
    scored: summaries.filter((s) => s.errors.length === 0).length,
    failed: summaries.filter((s) => s.errors.length > 0).length,
  });
  return [
    { ref: "A1", value: title, style: "title" },
    { ref: "A2", value: formatMessage(subtitle, language) },
  ];
}

/**
 * The portfolio workbook of a folder run: one row per workbook (file, client, grades, score,
 * completeness, adjusted rating, recommended limit, tenor, knock-outs, red flags, problems) and a
 * chart-ready distribution of final grades (grade, count, share) as formulas over the rows.
 * Client texts are written as text, never as formulas.
 * @example portfolioPlan(summaries, { language: "zh-CN", generatedAt }).sheets[0].name // "组合汇总"
 */
export function portfolioPlan(
  summaries: readonly WorkbookSummary[],
  options: { readonly language: Language; readonly generatedAt: string }
): WorkbookPlan {
  const { language } = options;
  const t = (key: MessageKey, params?: Parameters<typeof msg>[1]) =>
    formatMessage(msg(key, params), language);
  const cells: PlannedCell[] = [
    ...headingCells(t("app.portfolio.title"), summaries, options.generatedAt, language),
  ];
  COLUMNS.forEach(([, key], i) =>
    cells.push({ ref: `${columnLetters(i + 1)}${HEADER_ROW}`, value: t(key), style: "header" })
  );
  summaries.forEach((summary, r) => {
    const values = rowValues(summary, language);
    const row = FIRST_ROW + r;
    COLUMNS.forEach(([id], i) => {
      const format = NUMBER_FORMATS[id];
      cells.push({
        ref: `${columnLetters(i + 1)}${row}`,
        value: values[id],
        style: id === "errors" && values[id] !== "" ? "bad" : "value",
        ...(format === undefined ? {} : { numberFormat: format }),
      });
    });
  });
  cells.push(...distributionCells(summaries, language));
  const lastColumn = columnLetters(COLUMNS.length + 4);
  const lastRow = Math.max(HEADER_ROW + GRADES.length + 1, FIRST_ROW + summaries.length - 1);
  const sheet: SheetPlan = {
    name: t("app.portfolio.sheet"),
    // Not one of the product's sheets in a client workbook: a file of its own, with no marker.
    role: "input",
    cells,
    columnWidths: [...COLUMNS.map(([, , width]) => width), 2, 10, 10, 10],
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: {
      area: `A1:${lastColumn}${lastRow}`,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      // Too wide for one page: printed across pages at 75% (11 pt text at 8.25 pt), the header
      // row and the file and client columns on every page. The report sheet is the one-page view.
      scale: DATA_PRINT_SCALE,
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      titleColumns: "A:B",
      header: t("app.portfolio.title"),
      footer: options.generatedAt,
    },
  };
  return { sheets: [sheet, reportSheet(summaries, options, sheet.name)] };
}

/**
 * The printable report's columns: what a committee reads per client, narrow enough that a
 * landscape A4 page holds them at 100% (about 120 characters of column width), so body text
 * prints at 11 pt and never below 8 pt.
 */
export const REPORT_COLUMNS = [
  ["client", 30],
  ["clientId", 18],
  ["finalGrade", 8],
  ["modelGrade", 8],
  ["score", 8],
  ["completeness", 10],
  ["adjustedRating", 10],
  ["requestedLimit", 14],
  ["recommendedLimit", 14],
  ["tenor", 8],
] as const satisfies readonly (readonly [ColumnId, number])[];

/** Where the report's parts sit: the distribution table, its chart, the client table. */
export const REPORT_LAYOUT = {
  distributionHeader: 4,
  firstGrade: 5,
  chartFrom: "D3",
  chartTo: "J16",
  clientHeader: 18,
} as const;

/**
 * The printable portfolio report: the distribution of final grades (counts as COUNTIF formulas
 * over the portfolio sheet's final grades) with a column chart over it, then one row per client
 * with the figures a committee reads; landscape A4, fitted to the width (which it fits at 100%),
 * the client table's header repeated on every page.
 */
function reportSheet(
  summaries: readonly WorkbookSummary[],
  options: { readonly language: Language; readonly generatedAt: string },
  dataSheet: string
): SheetPlan {
  const { language } = options;
  const t = (key: MessageKey, params?: Parameters<typeof msg>[1]) =>
    formatMessage(msg(key, params), language);
  const L = REPORT_LAYOUT;
  const lastDataRow = Math.max(FIRST_ROW, FIRST_ROW + summaries.length - 1);
  const grades = `${sheetPrefix(dataSheet)}$${column("finalGrade")}$${FIRST_ROW}:$${column("finalGrade")}$${lastDataRow}`;
  const totalRow = L.firstGrade + GRADES.length;
  const scored = summaries.filter((s) => s.finalGrade !== null).length;
  const cells: PlannedCell[] = [
    ...headingCells(t("app.portfolio.reportTitle"), summaries, options.generatedAt, language),
    { ref: `A${L.distributionHeader}`, value: t("app.portfolio.col.grade"), style: "header" },
    { ref: `B${L.distributionHeader}`, value: t("app.portfolio.col.count"), style: "header" },
    { ref: `C${L.distributionHeader}`, value: t("app.portfolio.col.share"), style: "header" },
  ];
  GRADES.forEach((grade, i) => {
    const row = L.firstGrade + i;
    const n = summaries.filter((s) => s.finalGrade === grade).length;
    cells.push(
      { ref: `A${row}`, value: grade, style: "label" },
      {
        ref: `B${row}`,
        value: n,
        formula: `COUNTIF(${grades},A${row})`,
        numberFormat: "0",
        style: "value",
      },
      {
        ref: `C${row}`,
        value: scored === 0 ? 0 : n / scored,
        formula: `IF($B$${totalRow}=0,0,B${row}/$B$${totalRow})`,
        numberFormat: "0.0%",
        style: "value",
      }
    );
  });
  cells.push(
    { ref: `A${totalRow}`, value: t("app.portfolio.total"), style: "emphasis" },
    {
      ref: `B${totalRow}`,
      value: scored,
      formula: `SUM(B${L.firstGrade}:B${totalRow - 1})`,
      numberFormat: "0",
      style: "emphasis",
    },
    {
      ref: `C${totalRow}`,
      value: scored === 0 ? 0 : 1,
      formula: `IF(B${totalRow}=0,0,SUM(C${L.firstGrade}:C${totalRow - 1}))`,
      numberFormat: "0.0%",
      style: "emphasis",
    }
  );
  REPORT_COLUMNS.forEach(([id], i) => {
    const key = COLUMNS.find(([c]) => c === id)?.[1];
    if (key !== undefined)
      cells.push({
        ref: `${columnLetters(i + 1)}${L.clientHeader}`,
        value: t(key),
        style: "header",
      });
  });
  summaries.forEach((summary, r) => {
    const values = rowValues(summary, language);
    REPORT_COLUMNS.forEach(([id], i) => {
      const format = NUMBER_FORMATS[id];
      cells.push({
        ref: `${columnLetters(i + 1)}${L.clientHeader + 1 + r}`,
        value: values[id],
        style: "value",
        ...(format === undefined ? {} : { numberFormat: format }),
      });
    });
  });
  const lastColumn = columnLetters(REPORT_COLUMNS.length);
  const lastRow = L.clientHeader + Math.max(1, summaries.length);
  const chart: ChartPlan = {
    kind: "column",
    title: t("app.portfolio.chartTitle"),
    seriesName: `B${L.distributionHeader}`,
    categories: `A${L.firstGrade}:A${totalRow - 1}`,
    values: `B${L.firstGrade}:B${totalRow - 1}`,
    from: L.chartFrom,
    to: L.chartTo,
  };
  return {
    name: t("app.portfolio.reportSheet"),
    role: "input",
    cells,
    columnWidths: REPORT_COLUMNS.map(([, width]) => width),
    charts: [chart],
    print: {
      area: `A1:${lastColumn}${lastRow}`,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      header: t("app.portfolio.reportTitle"),
      footer: options.generatedAt,
      titleRows: `${L.clientHeader}:${L.clientHeader}`,
    },
  };
}
