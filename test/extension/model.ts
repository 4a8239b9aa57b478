import { defineModel, FACTORS, KNOCKOUTS, type ModelDefinition } from "../../src/core";
import type { ScoringModel } from "../../src/app";
import { f7RelatedGuarantees } from "./f7-related-guarantees";
import { f8BoardPractices } from "./f8-board-practices";
import { f9BoardMeetings } from "./f9-board-meetings";
import { f9Twin } from "./f9-board-meetings.twin";

/**
 * A model with three factors more than the product's (test only, never shipped): F7 a banded ratio
 * and F8 a yes/no checklist (generic kinds: data and messages), F9 a rule of its own with its
 * formula twin. Schema 3, because it adds parameters: a parameter set written under the product's
 * schema 2 (or 1) migrates to it (the new factors weigh 0 there, so its results stay as they were).
 */
export const EXTENDED_MODEL: ModelDefinition = defineModel({
  schemaVersion: 3,
  factors: [...FACTORS, f7RelatedGuarantees, f8BoardPractices, f9BoardMeetings],
  knockouts: KNOCKOUTS,
  weights: { F1: "20", F2: "20", F3: "10", F4: "15", F5: "15", F6: "5" },
});

export const EXTENDED: ScoringModel = { definition: EXTENDED_MODEL, twins: { F9: f9Twin } };
