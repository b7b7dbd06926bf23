import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import type { LoginThrottle } from './throttle.ts';

/**
 * Checks credentials. Unknown emails and wrong passwords answer the same
 * error after the same work, and both count towards the email's throttle.
 */
export async function logIn(
  db: Db,
  throttle: LoginThrottle,
  input: { email: string; password: string },
): Promise<{ id: string; email: string; name: string }> {
  if (throttle.waitFor(input.email) > 0) throw new AppError('RATE_LIMITED');
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
  if (!user || !ok) {
    throttle.fail(input.email);
    throw new AppError('INVALID_CREDENTIALS');
  }
  throttle.succeed(input.email);
  return { id: user.id, email: user.email, name: user.name };
}
