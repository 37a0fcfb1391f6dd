import { systemClock } from '../clock.js';
import { Account } from '../modules/accounts/account.entity.js';
import { createSession } from '../modules/identity/session.service.js';
import { User } from '../modules/users/user.entity.js';
import { Membership } from '../modules/members/membership.entity.js';
import { type Permission, type Role, defaultGrants } from '../modules/accounts/roles.js';
import { CookieClient } from './browser.js';
import type { TestServer } from './server.js';

/**
 * A signed-in member of an existing account with the given role. Invitations arrive with the
 * members module; until then tests add the membership row directly and open a real session.
 */
export async function memberOf(
  server: TestServer,
  accountId: string,
  role: Role,
  options: { email?: string; grants?: Permission[] } = {},
): Promise<CookieClient> {
  const em = server.db.orm.em.fork();
  const account = await em.findOneOrFail(Account, { id: accountId });
  const user = em.create(User, {
    email:
      options.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.com`,
    emailVerified: true,
    name: role,
  });
  em.create(Membership, { user, account, role, grants: options.grants ?? defaultGrants(role) });
  await em.flush();
  const token = await createSession(
    em,
    { user, account, provider: 'test', ip: null, userAgent: null },
    server.config,
    systemClock,
  );
  const client = new CookieClient(server.url);
  client.setCookie('ll_session', token);
  return client;
}
