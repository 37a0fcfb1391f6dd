import { systemClock } from '../clock.js';
import { createSession } from '../modules/identity/session.service.js';
import { User } from '../modules/users/user.entity.js';
import { CookieClient } from './browser.js';
import type { TestServer } from './server.js';

/**
 * A signed-in person who belongs to no account: a first sign-in would create one, so the user
 * and the session are written directly. With the e-mail in OPERATOR_EMAILS this is an operator
 * who is nobody's member, so whatever they may do comes from being an operator alone.
 */
export async function signedInWithoutAccount(
  server: TestServer,
  email: string,
): Promise<CookieClient> {
  const em = server.db.orm.em.fork();
  const user = em.create(User, { email, emailVerified: true, name: email.split('@')[0]! });
  await em.flush();
  const token = await createSession(
    em,
    { user, account: null, provider: 'test', ip: null, userAgent: null },
    server.config,
    systemClock,
  );
  const client = new CookieClient(server.url);
  client.setCookie('ll_session', token);
  return client;
}
