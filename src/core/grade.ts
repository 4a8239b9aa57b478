import type { Decimal } from "./decimal";
import { GRADES, type Grade } from "./inputs/enums";
import type { ModelParameters } from "./params/types";

/**
 * The grade a score earns: the best grade whose minimum it reaches (A ≥ 80, B ≥ 65, C ≥ 50, else D).
 * @example gradeForScore(dec("79.99"), params) // "B"
 */
export function gradeForScore(score: Decimal, params: ModelParameters): Grade {
  for (const grade of GRADES) if (score.gte(params.gradeMinimums[grade])) return grade;
  return "D";
}
