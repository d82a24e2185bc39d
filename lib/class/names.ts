import { z } from "zod";

/**
 * Class codes, display names and class names: the few strings a person types or reads. Display
 * names are shown as text everywhere (React escapes them; CSV and xAPI encode them), so any
 * characters are allowed but control characters, which a terminal or spreadsheet could act on.
 */

/** Class codes: 10 characters of Crockford's base 32 (no I, L, O, U), about 50 bits. */
export const CLASS_CODE_RE = /^[0-9A-HJKMNP-TV-Z]{10}$/;
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const classCodeSchema = z.string().regex(CLASS_CODE_RE, "a class code is 10 letters and digits");

/** Control characters (C0, DEL, C1) and bidirectional overrides, which make text lie about itself. */
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function printableText(max: number, what: string) {
  return z
    .string()
    .transform((text) => text.trim())
    .pipe(
      z
        .string()
        .min(1, `${what} is empty`)
        .max(max, `${what} is longer than ${max} characters`)
        .refine((text) => !UNPRINTABLE_RE.test(text), `${what} has control characters`),
    );
}

/** What a learner types into "Your name". */
export const displayNameSchema = printableText(60, "the name");
/** What `npm run class -- create` is given. */
export const classNameSchema = printableText(120, "the class name");

/** A new class code from random bytes (crypto.getRandomValues, no modulo bias: 256 = 8 × 32). */
export function newClassCode(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(10));
  return Array.from(bytes, (byte) => CODE_ALPHABET[byte % 32]).join("");
}
