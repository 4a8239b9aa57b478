/** Messages of the scorecard layer (see messages.ts for the catalogue they join). */
export const SCORECARD_MESSAGES = {} as const;
