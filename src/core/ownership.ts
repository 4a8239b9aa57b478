import { Decimal, ZERO } from "./decimal";
import type { ShareholderType } from "./inputs/enums";
import { normaliseLabel } from "./inputs/schema";
import type { ShareholderRow } from "./inputs/types";
import type { CellRef } from "./issues";
import type { ModelParameters } from "./params/types";

/**
 * Ownership analysis of the shareholder register: concert-group aggregation, the controlling
 * shareholder and top-3 concentration. F1, F2 and the ownership knock-out all read from here.
 */

/** A holder as the model sees it: one shareholder, or a concert group aggregated. */
export interface HoldingUnit {
  /** Stable identity: "h:<name>" for a holder, "g:<group>" for a concert group. */
  readonly key: string;
  readonly name: string;
  readonly isConcertGroup: boolean;
  readonly members: readonly ShareholderRow[];
  readonly stake: Decimal;
  /** A group's type is the type of its largest member. */
  readonly type: ShareholderType;
  readonly cells: readonly CellRef[];
}

export interface OwnershipAnalysis {
  /** Units from largest to smallest (ties: lower F1 points first, then by key). */
  readonly units: readonly HoldingUnit[];
  /** The holder with ≥ the control threshold, or null when control is dispersed. */
  readonly controller: HoldingUnit | null;
  /** The controller, or when control is dispersed the largest unit; null for an empty register. */
  readonly principal: HoldingUnit | null;
  /** Other units tied with the principal's stake (the tie rule fired). */
  readonly tiedWithPrincipal: readonly HoldingUnit[];
  readonly top3: Decimal;
  readonly top3Units: readonly HoldingUnit[];
  readonly stakeSum: Decimal;
  /** Total stake of holders typed `other` (raw rows, before aggregation). */
  readonly otherTypeStake: Decimal;
}

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`validated shareholder row has a blank ${what}`);
  return value;
}

/** Holders in the same concert group are aggregated first (governance-model.md §2). */
export function aggregateConcertGroups(
  rows: readonly ShareholderRow[],
  params: ModelParameters
): HoldingUnit[] {
  const groups = new Map<string, { label: string; members: ShareholderRow[] }>();
  const units: HoldingUnit[] = [];
  for (const row of rows) {
    const label = row.concertGroup?.value?.trim() ?? "";
    if (label === "") {
      const name = required(row.name.value, "name");
      units.push(unitOf(`h:${normaliseLabel(name)}`, name, false, [row], params));
      continue;
    }
    const key = `g:${normaliseLabel(label)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { label, members: [row] });
    else group.members.push(row);
  }
  for (const [key, group] of groups)
    units.push(unitOf(key, group.label, true, group.members, params));
  return sortUnits(units, params);
}

/**
 * Units in compareUnits order. Each stake is also taken once as the nearest double: rounding to
 * the nearest double never reverses an order (a ≤ b gives double(a) ≤ double(b)), so two doubles
 * that differ order their stakes exactly, and only equal doubles are compared as Decimals. The
 * same order as sorting with compareUnits alone, at a fraction of the Decimal comparisons a
 * register of 100,000 holders costs (property test in test/core/fast-paths.test.ts); a short
 * register is sorted on the Decimals directly.
 */
const PREKEY_FROM = 256;

function sortUnits(units: HoldingUnit[], params: ModelParameters): HoldingUnit[] {
  if (units.length < PREKEY_FROM) return units.sort((a, b) => compareUnits(a, b, params));
  const keyed = units.map((unit) => ({ unit, approx: unit.stake.toNumber() }));
  keyed.sort((a, b) =>
    a.approx !== b.approx ? b.approx - a.approx : compareUnits(a.unit, b.unit, params)
  );
  for (let i = 0; i < keyed.length; i++) units[i] = keyed[i]!.unit;
  return units;
}

/**
 * The analysis of the rows a score result was computed from, kept with that result so that the
 * scorecard's plans (context.ts, summary) do not repeat it: for a register of 100,000 holders
 * the analysis is a second of CPU and tens of MB of garbage each time. Kept only for the same
 * rows array and parameter set; anything else is analysed afresh.
 */
const analysed = new WeakMap<
  object,
  {
    readonly rows: readonly ShareholderRow[];
    readonly params: ModelParameters;
    readonly analysis: OwnershipAnalysis;
  }
>();

/** Record the analysis a result was scored with (scoreGovernance). */
export function keepOwnershipAnalysis(
  result: object,
  rows: readonly ShareholderRow[],
  params: ModelParameters,
  analysis: OwnershipAnalysis
): void {
  analysed.set(result, { rows, params, analysis });
}

/**
 * The ownership analysis of `rows` under `params`: the one kept with `result` when that result
 * was scored from these very rows and parameters, else computed.
 */
export function ownershipAnalysisFor(
  result: object,
  rows: readonly ShareholderRow[],
  params: ModelParameters
): OwnershipAnalysis {
  const kept = analysed.get(result);
  if (kept !== undefined && kept.rows === rows && kept.params === params) return kept.analysis;
  return analyseOwnership(rows, params);
}

function unitOf(
  key: string,
  name: string,
  isConcertGroup: boolean,
  rows: readonly ShareholderRow[],
  params: ModelParameters
): HoldingUnit {
  const stake = rows.reduce((sum, m) => sum.plus(required(m.stake.value, "stake")), ZERO);
  // Members largest first (ties: lower points, then name), so the result never depends on row order.
  const members = rows.length === 1 ? rows : sortMembers(rows, params);
  const largest = members[0];
  const cells: CellRef[] = [];
  for (const m of members) for (const s of [m.name, m.type, m.stake]) if (s.at) cells.push(s.at);
  return {
    key,
    name,
    isConcertGroup,
    members,
    stake,
    type: required(largest?.type.value ?? null, "type"),
    cells,
  };
}

/** Members largest first; ties by lower F1 points, then folded name (each key computed once). */
function sortMembers(rows: readonly ShareholderRow[], params: ModelParameters): ShareholderRow[] {
  const keyed = rows.map((row) => ({
    row,
    stake: required(row.stake.value, "stake"),
    points: typePoints(row, params),
    name: normaliseLabel(row.name.value ?? ""),
  }));
  keyed.sort((a, b) => {
    const byStake = b.stake.cmp(a.stake);
    if (byStake !== 0) return byStake;
    const byPoints = a.points.cmp(b.points);
    if (byPoints !== 0) return byPoints;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

function typePoints(row: ShareholderRow, params: ModelParameters): Decimal {
  return params.f1.typePoints[required(row.type.value, "type")];
}

/** Larger stake first; on a tie the prudent choice first (lower F1 points); then a stable key. */
function compareUnits(a: HoldingUnit, b: HoldingUnit, params: ModelParameters): number {
  const byStake = b.stake.cmp(a.stake);
  if (byStake !== 0) return byStake;
  const byPoints = params.f1.typePoints[a.type].cmp(params.f1.typePoints[b.type]);
  if (byPoints !== 0) return byPoints;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Top-3 concentration: the sum of the three largest holdings after concert aggregation.
 * @example top3 of 50%, 20%, 15%, 10%, 5% is 85%
 */
export function top3Concentration(units: readonly HoldingUnit[]): Decimal {
  return units.slice(0, 3).reduce((sum, u) => sum.plus(u.stake), ZERO);
}

export function analyseOwnership(
  rows: readonly ShareholderRow[],
  params: ModelParameters
): OwnershipAnalysis {
  const units = aggregateConcertGroups(rows, params);
  const principal = units[0] ?? null;
  const controller =
    principal !== null && principal.stake.gte(params.control.threshold) ? principal : null;
  const tiedWithPrincipal =
    principal === null ? [] : units.slice(1).filter((u) => u.stake.eq(principal.stake));
  const stakeSum = rows.reduce((sum, r) => sum.plus(required(r.stake.value, "stake")), ZERO);
  const otherTypeStake = rows
    .filter((r) => r.type.value === "other")
    .reduce((sum, r) => sum.plus(required(r.stake.value, "stake")), ZERO);
  return {
    units,
    controller,
    principal,
    tiedWithPrincipal,
    top3: top3Concentration(units),
    top3Units: units.slice(0, 3),
    stakeSum,
    otherTypeStake: new Decimal(otherTypeStake),
  };
}
