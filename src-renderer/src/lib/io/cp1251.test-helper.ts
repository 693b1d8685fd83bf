// A windows-1251 encoder for tests: enough of the code page for Russian text and ASCII, so a
// test can write the bytes Russian Excel saves without an encoding library.
export function encodeWindows1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === 'Ё') bytes.push(0xa8);
    else if (ch === 'ё') bytes.push(0xb8);
    else if (ch === '№') bytes.push(0xb9);
    else throw new RangeError(`not in the test encoder: ${ch}`);
  }
  return Uint8Array.from(bytes);
}
