import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Role = 'owner' | 'facilitator' | 'observer';
const person = (name = 'Someone') =>
  new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail(), undefined, name);

async function invite(owner: ApiClient, orgId: string, role: Role): Promise<string> {
  const res = await owner.post(`/api/organisations/${orgId}/invitations`, { role });
  expect(res.statusCode).toBe(201);
  return res.json().invitation.token;
}

/** An organisation with an owner and one member of `role` who joined by link. */
async function orgWith(role: Role) {
  const owner = await person('Owner');
  const orgId = await owner.createOrganisation('Coopérative');
  const member = await person('Member');
  const accepted = await member.post(`/api/invitations/${await invite(owner, orgId, role)}/accept`);
  expect(accepted.statusCode).toBe(200);
  return { owner, orgId, member };
}

const roleOf = async (orgId: string, userId: string) =>
  (
    await h.ctx.db
      .selectFrom('memberships')
      .select('role')
      .where('organisation_id', '=', orgId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
  )?.role;

describe('organisations', () => {
  test('the creator of an organisation is its owner', async () => {
    const a = await person();
    const res = await a.post('/api/organisations', { name: '  Atelier  ' });
    expect(res.statusCode).toBe(201);
    const { organisation } = res.json();
    expect(organisation).toEqual({ id: expect.any(String), name: 'Atelier', role: 'owner' });
    expect(await roleOf(organisation.id, a.user!.id)).toBe('owner');
    expect((await a.get(`/api/organisations/${organisation.id}`)).json().organisation.role).toBe('owner');
    expect((await a.get('/api/organisations')).json().organisations).toEqual([organisation]);
  });

  test('an organisation does not exist for a non-member (404)', async () => {
    const a = await person();
    const orgId = await a.createOrganisation();
    const stranger = await person();
    for (const url of [`/api/organisations/${orgId}`, `/api/organisations/${orgId}/members`]) {
      const res = await stranger.get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });
});

describe('invitations', () => {
  test.each(['owner', 'facilitator', 'observer'] as const)(
    'a link for %s can be previewed and accepted by another account, who becomes a member with that role',
    async (role) => {
      const owner = await person();
      const orgId = await owner.createOrganisation('Les Communs');
      const res = await owner.post(`/api/organisations/${orgId}/invitations`, { role });
      expect(res.statusCode).toBe(201);
      const { invitation } = res.json();
      expect(invitation.url).toBe(`http://localhost:3000/invite/${invitation.token}`);
      expect(new Date(invitation.expiresAt).getTime()).toBeGreaterThan(Date.now());

      const guest = await person('Guest');
      const preview = await guest.get(`/api/invitations/${invitation.token}`);
      expect(preview.statusCode).toBe(200);
      expect(preview.json().invitation).toEqual({
        organisationName: 'Les Communs',
        role,
        expiresAt: invitation.expiresAt,
      });
      expect(await roleOf(orgId, guest.user!.id)).toBeUndefined();

      const accepted = await guest.post(`/api/invitations/${invitation.token}/accept`);
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().organisation).toEqual({ id: orgId, name: 'Les Communs', role });
      expect(await roleOf(orgId, guest.user!.id)).toBe(role);
      expect((await guest.get(`/api/organisations/${orgId}`)).json().organisation.role).toBe(role);
    },
  );

  test('only owners invite: facilitators and observers get 403 and no invitation is stored', async () => {
    for (const role of ['facilitator', 'observer'] as const) {
      const { orgId, member } = await orgWith(role);
      const before = await h.ctx.db
        .selectFrom('invitations')
        .select('id')
        .where('organisation_id', '=', orgId)
        .execute();
      const res = await member.post(`/api/organisations/${orgId}/invitations`, { role: 'owner' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
      const after = await h.ctx.db
        .selectFrom('invitations')
        .select('id')
        .where('organisation_id', '=', orgId)
        .execute();
      expect(after).toEqual(before);
    }
  });

  test('a link works once: a second account gets 410 and does not become a member', async () => {
    const owner = await person();
    const orgId = await owner.createOrganisation();
    const token = await invite(owner, orgId, 'facilitator');
    expect((await (await person()).post(`/api/invitations/${token}/accept`)).statusCode).toBe(200);
    const late = await person();
    const again = await late.post(`/api/invitations/${token}/accept`);
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('INVITATION_INVALID');
    expect((await late.get(`/api/invitations/${token}`)).statusCode).toBe(410);
    expect(await roleOf(orgId, late.user!.id)).toBeUndefined();
  });

  test('an expired or forged token is 410', async () => {
    const owner = await person();
    const orgId = await owner.createOrganisation();
    const expired = await invite(owner, orgId, 'observer');
    await h.ctx.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('organisation_id', '=', orgId)
      .execute();
    const guest = await person();
    for (const token of [expired, 'forged-token-forged-token-forged-token-xyz']) {
      expect((await guest.get(`/api/invitations/${token}`)).statusCode).toBe(410);
      const res = await guest.post(`/api/invitations/${token}/accept`);
      expect(res.statusCode).toBe(410);
      expect(res.json().code).toBe('INVITATION_INVALID');
    }
    expect(await roleOf(orgId, guest.user!.id)).toBeUndefined();
  });

  test('accepting needs an account (401)', async () => {
    const owner = await person();
    const token = await invite(owner, await owner.createOrganisation(), 'observer');
    const anonymous = new ApiClient(h.app, uniqueAddress());
    expect((await anonymous.get(`/api/invitations/${token}`)).statusCode).toBe(200);
    expect((await anonymous.post(`/api/invitations/${token}/accept`)).statusCode).toBe(401);
  });
});

describe('members', () => {
  test('the member list shows everyone with their role', async () => {
    const { owner, orgId, member } = await orgWith('observer');
    const res = await member.get(`/api/organisations/${orgId}/members`);
    expect(res.statusCode).toBe(200);
    const members = res.json().members as { userId: string; role: string }[];
    expect(members.map((m) => [m.userId, m.role]).sort()).toEqual(
      [
        [owner.user!.id, 'owner'],
        [member.user!.id, 'observer'],
      ].sort(),
    );
  });

  test('an owner removes a member, who then gets 404 on the organisation', async () => {
    const { owner, orgId, member } = await orgWith('facilitator');
    const res = await owner.delete(`/api/organisations/${orgId}/members/${member.user!.id}`);
    expect(res.statusCode).toBe(204);
    expect(await roleOf(orgId, member.user!.id)).toBeUndefined();
    for (const url of [`/api/organisations/${orgId}`, `/api/organisations/${orgId}/missions`]) {
      expect((await member.get(url)).statusCode).toBe(404);
    }
    const write = await member.post(`/api/organisations/${orgId}/missions`, { title: 'After removal' });
    expect(write.statusCode).toBe(404);
  });

  test('the last owner cannot be removed, not even by themself (409 LAST_OWNER)', async () => {
    const { owner, orgId } = await orgWith('facilitator');
    const res = await owner.delete(`/api/organisations/${orgId}/members/${owner.user!.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('LAST_OWNER');
    expect(await roleOf(orgId, owner.user!.id)).toBe('owner');
  });

  test('with a second owner, an owner may leave', async () => {
    const { owner, orgId, member } = await orgWith('owner');
    expect((await owner.delete(`/api/organisations/${orgId}/members/${owner.user!.id}`)).statusCode).toBe(
      204,
    );
    expect(await roleOf(orgId, owner.user!.id)).toBeUndefined();
    const last = await member.delete(`/api/organisations/${orgId}/members/${member.user!.id}`);
    expect(last.json().code).toBe('LAST_OWNER');
  });

  test('a facilitator cannot remove others (403) but may leave', async () => {
    const { owner, orgId, member } = await orgWith('facilitator');
    const observer = await person();
    await observer.post(`/api/invitations/${await invite(owner, orgId, 'observer')}/accept`);
    for (const target of [owner, observer]) {
      const res = await member.delete(`/api/organisations/${orgId}/members/${target.user!.id}`);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect(await roleOf(orgId, owner.user!.id)).toBe('owner');
    expect(await roleOf(orgId, observer.user!.id)).toBe('observer');
    expect((await member.delete(`/api/organisations/${orgId}/members/${member.user!.id}`)).statusCode).toBe(
      204,
    );
    expect(await roleOf(orgId, member.user!.id)).toBeUndefined();
    expect((await member.get(`/api/organisations/${orgId}`)).statusCode).toBe(404);
  });

  test('removing someone who is not a member is 404', async () => {
    const owner = await person();
    const orgId = await owner.createOrganisation();
    const stranger = await person();
    const res = await owner.delete(`/api/organisations/${orgId}/members/${stranger.user!.id}`);
    expect(res.statusCode).toBe(404);
  });

  test('accepting a link to an organisation one already belongs to is 409 and keeps the link usable', async () => {
    const { owner, orgId, member } = await orgWith('observer');
    const token = await invite(owner, orgId, 'owner');
    const res = await member.post(`/api/invitations/${token}/accept`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ALREADY_MEMBER');
    expect(await roleOf(orgId, member.user!.id)).toBe('observer');
    expect((await (await person()).post(`/api/invitations/${token}/accept`)).statusCode).toBe(200);
  });
});
