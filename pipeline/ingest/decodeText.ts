/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * decoded as they are; bytes that are not valid UTF-8 are taken to be
 * Windows-1252, the usual legacy encoding of scraped Western pages, with a
 * warning. Binary files are refused rather than guessed at.
 *
 * Not handled: UTF-16 without a BOM (reads as binary), other legacy code
 * pages (ISO-8859-x other than the Latin-1 subset, Shift-JIS, GBK…).
 */
export type Decoded =
  | { ok: true; text: string; encoding: string; notes: ("legacy" | "utf16")[] }
  | { ok: false; problem: "binary" };

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // C0 controls other than tab, LF, FF, CR are rare in any text
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return n > 0 && control / n > 0.02;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", notes: ["utf16"] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", notes: ["utf16"] };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    if (looksBinary(body)) return { ok: false, problem: "binary" };
    return { ok: true, text: decodeWindows1252(body), encoding: "windows-1252", notes: ["legacy"] };
  }
  // UTF-8 without a control character cannot look binary; only other text has its bytes counted
  if (CONTROL_CHARACTER.test(text) && looksBinary(body)) return { ok: false, problem: "binary" };
  return { ok: true, text, encoding: bom ? "utf-8-bom" : "utf-8", notes: [] };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** what looksBinary counts: NUL and the C0 controls other than tab, LF, FF, CR */
const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0e-\x1f]/;

/** Windows-1252's 0x80–0x9F block (Node's TextDecoder treats the label as Latin-1 and gets these wrong). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}
