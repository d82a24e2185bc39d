import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Session and sign-in tokens as The Copenhagen Book has them: 256 random bits for the cookie or
 * the address, only their SHA-256 in the database, looked up by that hash (so a leaked database
 * holds nothing that signs anyone in, and no comparison of secrets leaks timing).
 */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two secrets in constant time (both hashed first, so the lengths match). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}
