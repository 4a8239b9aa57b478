/**
 * An error as Office.js raises it (OfficeExtension.Error): a string `code` such as
 * "ItemNotFound", "InvalidArgument", "PropertyNotLoaded", "ResponsePayloadSizeLimitExceeded".
 */
export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}

export const hostErrors = {
  notLoaded: (property: string, type: string) =>
    new HostError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${type}.${property}`
    ),
  itemNotFound: (what: string) =>
    new HostError("ItemNotFound", `The requested resource doesn't exist: ${what}.`),
  alreadyExists: (what: string) =>
    new HostError(
      "ItemAlreadyExists",
      `The resource with the same name or identifier already exists: ${what}.`
    ),
  invalidArgument: (what: string) =>
    new HostError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${what}.`
    ),
  apiNotFound: (what: string) =>
    new HostError("ApiNotFound", `The API you are trying to use could not be found: ${what}.`),
  invalidOperation: (what: string) =>
    new HostError("InvalidOperation", `Invalid operation: ${what}.`),
  accessDenied: (what: string) =>
    new HostError("AccessDenied", `You cannot perform the requested operation: ${what}.`),
  injected: (what: string) =>
    new HostError("GeneralException", `An internal error has occurred (injected: ${what}).`),
  requestTooLarge: (bytes: number, limit: number) =>
    new HostError(
      "RequestPayloadSizeLimitExceeded",
      `The request payload size (${bytes} bytes) has exceeded the limit (${limit} bytes).`
    ),
  responseTooLarge: (bytes: number, limit: number) =>
    new HostError(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload size (${bytes} bytes) has exceeded the limit (${limit} bytes).`
    ),
};
