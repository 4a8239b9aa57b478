/**
 * One zip entry's XML, streamed through a SAX parser (saxes) chunk by chunk: nothing but the
 * handler's own state is kept, so memory follows what the handler keeps, not the part's size.
 * Element names are reported without their namespace prefix (`x:row` → `row`).
 */
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import type { ZipArchive, ZipEntry } from "./zip-archive";

export type XmlAttributes = Readonly<Record<string, string>>;

/** `close` is called for every element, a self-closing one right after its `open`. */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Thrown by a handler to stop reading; carries what the caller reports. */
export class XmlStop<T> extends Error {
  constructor(readonly reason: T) {
    super("stopped");
  }
}

export type XmlOutcome<T> =
  | { readonly ok: true }
  | { readonly ok: false; readonly stopped: T }
  | { readonly ok: false; readonly malformed: string };

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name whatever its prefix (`r:id` for `id`). */
export function attribute(attributes: XmlAttributes, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key of Object.keys(attributes)) if (localName(key) === name) return attributes[key];
  return undefined;
}

/** "1" / "true" (any case) are true, as in the OOXML schema's xsd:boolean. */
export function xmlBoolean(value: string | undefined): boolean {
  return value === "1" || value?.toLowerCase() === "true";
}

/**
 * Parses `entry` (at most `maxBytes` inflated) with `handler`. A handler stops the read by
 * throwing `XmlStop`; malformed XML comes back with the parser's message and position.
 */
export async function parseXmlEntry<T>(
  archive: ZipArchive,
  entry: ZipEntry,
  maxBytes: number,
  handler: XmlHandler
): Promise<XmlOutcome<T>> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let malformed: string | undefined;
  parser.on("error", (error) => {
    malformed ??= error.message;
  });
  parser.on("opentag", (tag) => {
    handler.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing);
  });
  const onText = handler.text?.bind(handler);
  if (onText !== undefined) {
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  const onClose = handler.close?.bind(handler);
  if (onClose !== undefined) parser.on("closetag", (tag) => onClose(localName(tag.name)));

  const decoder = new StringDecoder("utf8");
  let stopped: { reason: T } | undefined;
  const feed = (text: string): boolean => {
    try {
      parser.write(text);
    } catch (error) {
      if (error instanceof XmlStop) {
        stopped = { reason: error.reason as T };
        return false;
      }
      throw error;
    }
    return malformed === undefined;
  };
  const streamed = await archive.streamEntry(entry, maxBytes, (chunk) =>
    feed(decoder.write(chunk))
  );
  if (stopped !== undefined) return { ok: false, stopped: stopped.reason };
  if (malformed === undefined && streamed.complete && feed(decoder.end())) {
    try {
      parser.close();
    } catch (error) {
      if (error instanceof XmlStop) return { ok: false, stopped: error.reason as T };
      throw error;
    }
  }
  if (stopped !== undefined) return { ok: false, stopped: (stopped as { reason: T }).reason };
  if (malformed !== undefined) return { ok: false, malformed };
  if (!streamed.complete) return { ok: false, malformed: `larger than ${maxBytes} bytes` };
  return { ok: true };
}
