import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fonts an invoice is set in. pdfkit's built-in Helvetica needs no file but only encodes
 * WinAnsi (Latin-1 plus € – “ ” and a few more): "Łódź" or "₹" come out as garbage. So DejaVu Sans is
 * embedded when the machine has it (Latin Extended, Greek, Cyrillic), and Helvetica is the fallback,
 * with text folded to what WinAnsi can show ("Łódź" → "Lódz") rather than printed wrong.
 */
export interface InvoiceFonts {
  /** A font file path, or the name of a pdfkit standard font. */
  readonly regular: string;
  readonly bold: string;
  /** Makes `text` drawable in these fonts. */
  readonly printable: (text: string) => string;
}

export const STANDARD_FONTS: InvoiceFonts = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  printable: toWinAnsi,
};

/** Where distributions install DejaVu Sans: Debian/Ubuntu, Alpine, Fedora, Arch. */
const DEJAVU_DIRECTORIES = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/usr/share/fonts/TTF',
];

export function findInvoiceFonts(
  directories: readonly string[] = DEJAVU_DIRECTORIES,
): InvoiceFonts {
  for (const directory of directories) {
    const regular = join(directory, 'DejaVuSans.ttf');
    const bold = join(directory, 'DejaVuSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) {
      return { regular, bold, printable: (text) => text };
    }
  }
  return STANDARD_FONTS;
}

/** The characters WinAnsi (Windows-1252) puts in 0x80–0x9F; the rest of it is Latin-1. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters that do not decompose into a base letter plus accents. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)
  );
}

/** Keeps what WinAnsi can show, strips accents it cannot ("ź" → "z"), and prints "?" for the rest. */
export function toWinAnsi(text: string): string {
  let printable = '';
  for (const char of text) {
    if (isWinAnsi(char) || char === '\n') {
      printable += char;
      continue;
    }
    const base = UNDECOMPOSABLE[char] ?? char.normalize('NFD').replace(/\p{Mn}/gu, '');
    printable += base !== '' && [...base].every(isWinAnsi) ? base : '?';
  }
  return printable;
}
