/**
 * Control characters and bidirectional overrides in text we print for people (file names, titles,
 * messages), written as visible escapes. A course is untrusted input: a file named with terminal
 * escape sequences must not recolour the author's terminal or set its title, and reordering marks
 * must not make a message read differently from what it says.
 */
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE_RE, (char) => {
    if (char === "\n") return "\\n";
    if (char === "\t") return "\\t";
    return `\\u{${char.codePointAt(0)!.toString(16)}}`;
  });
}
