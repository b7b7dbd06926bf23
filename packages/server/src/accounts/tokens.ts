import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret to hand out (cookie, participant token, invitation link). */
export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** What we store instead of the secret. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');

export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}
