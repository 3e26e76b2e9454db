/** Windows-1252 bytes of a text (the few typographic characters it places in 0x80–0x9f, latin-1 otherwise). */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const mapped = CP1252[char];
      if (mapped !== undefined) return mapped;
      const code = char.charCodeAt(0);
      if (code > 0xff) throw new Error(`${char} has no windows-1252 byte`);
      return code;
    }),
  );
}
