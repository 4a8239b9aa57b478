/**
 * Attributes of the elements of small package parts (workbook.xml, relationships, table parts).
 * These parts are a few KB of flat, machine-written XML; a full XML parser would add nothing.
 */

const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return safeCodePoint(parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith("#")) return safeCodePoint(parseInt(entity.slice(1), 10), whole);
    return NAMED_ENTITIES[entity] ?? whole;
  });
}

function safeCodePoint(codePoint: number, fallback: string): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : fallback;
}

export type Attributes = ReadonlyMap<string, string>;

/** Every `<localName ...>` (any namespace prefix), in document order, with decoded attributes. */
export function elementsNamed(xml: string, localName: string): Attributes[] {
  const tag = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])([^>]*)>`, "g");
  const found: Attributes[] = [];
  for (let m = tag.exec(xml); m !== null; m = tag.exec(xml)) {
    const attributes = new Map<string, string>();
    const text = m[1] ?? "";
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(text); a !== null; a = ATTRIBUTE.exec(text)) {
      if (a[1] !== undefined) attributes.set(a[1], decodeXmlText(a[2] ?? a[3] ?? ""));
    }
    found.push(attributes);
  }
  return found;
}

/** An attribute by local name whatever its prefix, e.g. `id` finds `r:id`. */
export function attributeByLocalName(
  attributes: Attributes,
  localName: string
): string | undefined {
  for (const [name, value] of attributes) {
    if (name === localName || name.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}
