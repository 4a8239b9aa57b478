/** The pure workbook reader: a workbook snapshot in, the model's inputs and their layout out. */
export { readInputs, readOptionsFor } from "./read-inputs";
export type { ReadOptions } from "./read-inputs";
export type { TableId } from "./find-tables";
export * from "./types";
