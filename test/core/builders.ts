import {
  dec,
  type BoardRole,
  type BoardRow,
  type GovernanceInputs,
  type ProfileInputs,
  type ShareholderRow,
  type ShareholderType,
  type Sourced,
} from "../../src/core";

/** Test inputs written the way a credit officer reads them: stakes in percent, cells made up. */
let row = 1;
const at = (sheet: string, col: string, r: number) => ({ sheet, cell: `${col}${r}` });
const s = <T>(value: T | null, sheet: string, col: string, r: number): Sourced<T> => ({
  value,
  at: at(sheet, col, r),
});

export interface HolderOptions {
  group?: string;
  pledged?: string;
  frozen?: boolean;
}

export function holder(
  name: string,
  type: ShareholderType,
  stakePercent: string,
  o: HolderOptions = {}
): ShareholderRow {
  const r = ++row;
  const base: ShareholderRow = {
    name: s(name, "股东名册", "A", r),
    type: s(type, "股东名册", "B", r),
    stake: s(dec(stakePercent).div(100), "股东名册", "C", r),
  };
  return {
    ...base,
    ...(o.group !== undefined ? { concertGroup: s(o.group, "股东名册", "D", r) } : {}),
    ...(o.pledged !== undefined
      ? { pledgedShare: s(dec(o.pledged).div(100), "股东名册", "E", r) }
      : {}),
    ...(o.frozen !== undefined ? { frozen: s(o.frozen, "股东名册", "F", r) } : {}),
  };
}

export function director(name: string, role: BoardRole, post: string | null = null): BoardRow {
  const r = ++row;
  return {
    name: s(name, "董事会", "A", r),
    boardRole: s(role, "董事会", "B", r),
    managementPost: s(post, "董事会", "C", r),
  };
}

type ProfileValues = {
  [K in keyof ProfileInputs]?: ProfileInputs[K] extends Sourced<infer T> | undefined
    ? T | string | number | null
    : never;
};

const PROFILE_ROWS: (keyof ProfileInputs)[] = [
  "clientName",
  "clientId",
  "gmAppointment",
  "groupPosition",
  "parentGovernance",
  "parentCondition",
  "siblingsCondition",
  "relatedReceivablesRatio",
  "majorHolderDistress",
  "majorHolderLargeDeal",
  "proposalsSubmitted",
  "proposalsRejected",
  "auditCommittee",
  "externalAudit",
  "auditOpinion",
  "payLinkedToPerformance",
  "equityIncentive",
  "baseRating",
  "requestedLimit",
  "currency",
  "requestedTenorMonths",
];
const DECIMAL_ITEMS = new Set([
  "relatedReceivablesRatio",
  "proposalsSubmitted",
  "proposalsRejected",
  "requestedLimit",
  "requestedTenorMonths",
]);

/** Profile items; ratios in percent ("12" means 12%); numbers as strings or numbers. */
export function profile(values: ProfileValues): ProfileInputs {
  const out: Record<string, Sourced<unknown>> = {};
  for (const [key, raw] of Object.entries(values)) {
    const r = PROFILE_ROWS.indexOf(key as keyof ProfileInputs) + 2;
    let value: unknown = raw;
    if (raw !== null && DECIMAL_ITEMS.has(key)) {
      value = key === "relatedReceivablesRatio" ? dec(String(raw)).div(100) : dec(String(raw));
    }
    out[key] = s(value, "治理概况", "B", r);
  }
  return out as ProfileInputs;
}

/** A well-governed client that scores 100 on every factor; tests change one thing at a time. */
export const GOOD_PROFILE: ProfileValues = {
  clientName: "示例科技股份有限公司",
  clientId: "C-001",
  gmAppointment: "board",
  groupPosition: "standalone",
  relatedReceivablesRatio: "2",
  proposalsSubmitted: "12",
  proposalsRejected: "2",
  auditCommittee: true,
  externalAudit: true,
  auditOpinion: "unqualified",
  payLinkedToPerformance: true,
  equityIncentive: true,
  majorHolderDistress: false,
  majorHolderLargeDeal: false,
  baseRating: "A",
  requestedLimit: "10000000",
  currency: "CNY",
  requestedTenorMonths: "60",
};

export const GOOD_HOLDERS = (): ShareholderRow[] => [
  holder("甲投资有限公司", "private", "40"),
  holder("乙集体企业", "collective", "20"),
  holder("丙外资公司", "foreign", "15"),
  holder("丁自然人", "individual", "10"),
  holder("戊自然人", "individual", "8"),
  holder("己自然人", "individual", "7"),
];

export const GOOD_BOARD = (): BoardRow[] => [
  director("张一", "chair"),
  director("李二", "director", "总经理"),
  director("王三", "independent"),
  director("赵四", "director"),
  director("钱五", "director"),
  director("孙六", "employee", "财务总监"),
];

export function inputs(parts: {
  holders?: ShareholderRow[] | null;
  board?: BoardRow[] | null;
  profile?: ProfileValues;
}): GovernanceInputs {
  const holders = parts.holders === undefined ? GOOD_HOLDERS() : parts.holders;
  const board = parts.board === undefined ? GOOD_BOARD() : parts.board;
  return {
    shareholders:
      holders === null
        ? null
        : { rows: holders, at: { sheet: "股东名册", cell: `A1:F${holders.length + 1}` } },
    board:
      board === null
        ? null
        : { rows: board, at: { sheet: "董事会", cell: `A1:C${board.length + 1}` } },
    profile: profile(parts.profile ?? GOOD_PROFILE),
  };
}
