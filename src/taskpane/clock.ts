import { localIsoTime } from "../app/local-time";

/** The time of a run as ISO 8601 with the local UTC offset, as the audit log records it. */
export type Clock = () => string;

export const systemClock: Clock = () => localIsoTime(new Date());
