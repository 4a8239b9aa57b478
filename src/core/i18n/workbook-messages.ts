/** Messages of the workbook layer (see messages.ts for the catalogue they join). */
export const WORKBOOK_MESSAGES = {} as const;
