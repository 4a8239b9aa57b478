/** Messages of the app layer (see messages.ts for the catalogue they join). */
export const APP_MESSAGES = {} as const;
