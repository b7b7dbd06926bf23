import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from './passwords.ts';

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
}

export async function signUp(
  db: Db,
  input: SignUpInput,
): Promise<{ id: string; email: string; name: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db
      .insertInto('users')
      .values({ email: input.email, name: input.name, password_hash: passwordHash })
      .returning(['id', 'email', 'name'])
      .executeTakeFirstOrThrow();
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new AppError('EMAIL_TAKEN');
    throw err;
  }
}
