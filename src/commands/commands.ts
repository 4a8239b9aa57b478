/**
 * Function file for the ribbon (manifest.xml: FunctionFile → commands.html). Registers each
 * ExecuteFunction name from the manifest with its handler.
 */
import { oldOfficeWebview } from "../old-office/detected";
import { createTemplate, scoreWorkbook } from "./handlers";

export type CommandHandler = () => Promise<void> | void;

/** The manifest's <FunctionName> values and what each runs. */
export const commands: Readonly<Record<string, CommandHandler>> = {
  scoreWorkbook,
  createTemplate,
};

/**
 * Wraps a handler so that Office always hears back: event.completed() runs whatever the handler
 * does, otherwise Excel keeps the button busy until it times the command out.
 */
export function withCompletion(
  name: string,
  handler: CommandHandler
): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      await handler();
    } catch (err) {
      console.error(`Governance Scorecard: the "${name}" command failed.`, err);
    } finally {
      event.completed();
    }
  };
}

export function registerCommands(office: Pick<typeof Office, "actions">): void {
  for (const [name, handler] of Object.entries(commands)) {
    office.actions.associate(name, withCompletion(name, handler));
  }
}

// In an old Office webview old-office.js has registered the commands: they show which Office is needed.
if (
  oldOfficeWebview() === null &&
  typeof Office !== "undefined" &&
  typeof Office.actions?.associate === "function"
) {
  // A function file must initialize Office.js; nobody awaits this, so it must not reject loudly.
  Office.onReady().catch((err: unknown) => console.error("Office.onReady failed.", err));
  registerCommands(Office);
}
