import { ModelInvariantError, msg } from "../../../core";
import { displayRef } from "../../model-sheet";
import { rowCellRef, sourcesText, tableDisplay } from "../context";
import { asFraction, byLabel, enumLabel } from "../formula";
import { PERCENT, type Quantity } from "../quantity";
import { note, type FactorFormulaBuilder } from "./common";

/**
 * F1: the controlling (or largest) holder's type, as its label, and the points looked up by that
 * label. Which holder is the controller is the engine's choice (concert aggregation, the tie
 * rule); for a single holder the type and stake are formulas on that holder's cells.
 * @example f1Formulas(ctx, factor).points(resolve) // "INDEX(…points…,MATCH(B63,…labels…,0))"
 */
export const f1Formulas: FactorFormulaBuilder = (ctx) => {
  const principal = ctx.ownership?.principal;
  if (principal === null || principal === undefined)
    throw new ModelInvariantError("F1 scored without holders");
  const lookup = ctx.model.lookups.shareholderType;
  const dispersed = ctx.ownership?.controller === null;
  const member = principal.members[0];
  const single = !principal.isConcertGroup && member !== undefined;
  const table = tableDisplay(ctx, "shareholders");
  const chosen = (cell: string) => ctx.t(msg("sc.note.chosenHolder", { source: cell }));
  const engineNote = principal.isConcertGroup ? note.concert(ctx, table) : note.notSafe(ctx, table);

  const typeCell = single ? rowCellRef(ctx, "shareholders", "type", member.type) : null;
  const stakeCell = single ? rowCellRef(ctx, "shareholders", "stake", member.stake) : null;
  const typeLabel = ctx.t(msg(`enum.shareholderType.${principal.type}`));
  const at = (cell: { sheet: string; cell: string } | undefined) =>
    cell === undefined ? "" : displayRef(cell.sheet, cell.cell);

  const quantities: Quantity[] = [
    {
      id: "F1.holder",
      label: ctx.t(msg(dispersed ? "measure.largestHolder" : "measure.controller")),
      value: principal.name,
      note: sourcesText(principal.cells),
    },
    typeCell === null
      ? {
          id: "F1.type",
          label: ctx.t(msg("measure.controllerType")),
          value: typeLabel,
          note: engineNote,
        }
      : {
          id: "F1.type",
          label: ctx.t(msg("measure.controllerType")),
          value: typeLabel,
          formula: () => enumLabel(typeCell.ref, lookup),
          note: chosen(at(member?.type.at)),
        },
    stakeCell === null
      ? {
          id: "F1.stake",
          label: ctx.t(msg("measure.controllerStake")),
          value: principal.stake.toNumber(),
          numberFormat: PERCENT,
          note: engineNote,
        }
      : {
          id: "F1.stake",
          label: ctx.t(msg("measure.controllerStake")),
          value: principal.stake.toNumber(),
          numberFormat: PERCENT,
          formula: () => asFraction(stakeCell.ref, stakeCell.form),
          note: chosen(at(member?.stake.at)),
        },
  ];
  return {
    quantities,
    covered: ["controller", "largestHolder", "controllerType", "controllerStake"],
    points: (q) => byLabel(q("F1.type"), lookup, lookup.points ?? ""),
  };
};
