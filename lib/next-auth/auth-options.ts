import type { AuthOptions } from 'next-auth';
import type { Provider } from 'next-auth/providers/index';
import CredentialsProvider from 'next-auth/providers/credentials';
import GithubProvider from 'next-auth/providers/github';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { isDomainError } from '@/lib/errors';
import { clientIp } from '@/lib/auth/client-address';
import { safeCallbackUrl } from '@/lib/auth/safe-callback';
import { signInWithPassword, type SignedInUser } from '@/lib/auth/sign-in.server';
import { sessionClaimsOf } from '@/lib/auth/session-claims';
import { endSessionsOnSignOut } from '@/lib/users/session-version';
import { authSecret, SESSION_MAX_AGE_SECONDS, usesSecureCookies } from '@/lib/auth/auth-secret';

export { authSecret, usesSecureCookies };

export const RATE_LIMITED_ERROR = 'RateLimited';

/** OAuth/OIDC sign-in is optional: a provider exists only when all its variables are set. */
function optionalProviders(): Provider[] {
  const providers: Provider[] = [];
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME, GITHUB_ID, GITHUB_SECRET } = getEnv();
  if (OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET) {
    providers.push({
      id: 'oidc',
      name: OIDC_NAME ?? 'Single sign-on',
      type: 'oauth',
      wellKnown: `${OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email, name: p.name ?? p.email }),
    });
  }
  if (GITHUB_ID && GITHUB_SECRET) providers.push(GithubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
  return providers;
}

export function oauthProviderIds(): { id: string; name: string }[] {
  return optionalProviders().map((p) => ({ id: p.id, name: p.name }));
}

async function activeUserByEmail(email: string | null | undefined) {
  if (!email) return null;
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, status: true, sessionVersion: true } });
  return user?.status === 'active' ? user : null;
}

let cached: AuthOptions | undefined;

export function getAuthOptions(): AuthOptions {
  if (cached) return cached;
  cached = {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: usesSecureCookies(),
    pages: { signIn: '/signin', signOut: '/signout', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          try {
            return await signInWithPassword(credentials, clientIp(req?.headers ?? {}));
          } catch (e) {
            if (isDomainError(e) && e.status === 429) throw new Error(RATE_LIMITED_ERROR);
            throw e;
          }
        },
      }),
      ...optionalProviders(),
    ],
    callbacks: {
      // Every callbackUrl next-auth is handed (form field, query, cookie) stays on this site; the
      // default callback throws on a value `new URL` cannot parse, which answered 500.
      async redirect({ url, baseUrl }) {
        return safeCallbackUrl(url, baseUrl);
      },
      // OAuth never creates accounts: an admin invites the email first.
      async signIn({ user, account }) {
        if (account?.provider === 'credentials') return true;
        return (await activeUserByEmail(user.email)) !== null;
      },
      // `sv` is the session version at sign-in; every session reader refuses a stale one.
      async jwt({ token, user, account }) {
        if (user && account && account.provider !== 'credentials') {
          const found = await activeUserByEmail(user.email);
          // Never keep the provider's own subject: it could equal another local user's id.
          if (found) Object.assign(token, { sub: String(found.id), sv: found.sessionVersion });
          else delete token.sub;
        } else if (user) {
          Object.assign(token, { sub: String(user.id), sv: (user as Partial<SignedInUser>).sessionVersion ?? 0 });
        }
        return token;
      },
      async session({ session, token }) {
        // Role and status are not trusted from the token; getCurrentViewer re-reads them.
        if (session.user) Object.assign(session.user, { id: token.sub, sv: token.sv ?? 0 });
        return session;
      },
    },
    events: {
      // Signing out ends every session of the user, on every device ("sign out everywhere").
      async signOut({ token }) {
        await endSessionsOnSignOut(sessionClaimsOf(token));
      },
    },
  };
  return cached;
}
