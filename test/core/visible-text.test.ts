import fc from "fast-check";
import { oneLine, visible } from "../../src/core";

/** The characters issue 9 names: C0 and C1 controls (ESC included), bidi embeddings, overrides, isolates and marks. */
const NAMED = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x0a && c !== 0x09),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
  0x200e,
  0x200f,
].map((c) => String.fromCharCode(c));

/** Everything `visible` escapes: the named characters and the other invisible format characters. */
const ESCAPED =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/;

describe("untrusted text made visible (shared by the command line and the pane)", () => {
  it("escapes every named character, in both forms", () => {
    for (const c of NAMED) {
      expect(visible(`a${c}b`)).not.toContain(c);
      expect(oneLine(`a${c}b`)).not.toContain(c);
    }
    expect(oneLine("a\nb\tc")).toBe("a\\x0ab\\x09c");
  });

  it("never leaves one in any text, and leaves text without them as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const shown = oneLine(text);
        for (const c of NAMED) expect(shown).not.toContain(c);
        if (!ESCAPED.test(text)) expect(visible(text)).toBe(text);
      })
    );
  });
});
