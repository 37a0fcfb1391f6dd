import { GraphQLError } from 'graphql';
import { allow, and, rule, shield } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import type { RequestContext } from './context.js';
import type { Permission } from '../modules/members/roles.js';

/**
 * Every field of the schema passes graphql-shield; anything not listed below is denied
 * (`fallbackRule: deny`). Rules return the error the client should see and never throw.
 * `allowExternalErrors` lets resolvers' own errors (BAD_USER_INPUT, NOT_FOUND …) reach
 * graphql/errors.ts, which is where anything unexpected is masked — with it off, shield would
 * replace every resolver error with FORBIDDEN.
 */
const unauthenticated = () =>
  new GraphQLError('Sign in to continue.', { extensions: { code: 'UNAUTHENTICATED' } });
const forbidden = (message = 'You do not have permission to do this.') =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const isSignedIn = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
  ctx.auth !== null ? true : unauthenticated(),
);

export const hasAccount = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
  ctx.auth?.account != null ? true : forbidden('This session is not a member of any account.'),
);

const permissionRules = new Map<Permission, IRule>();

/** The member holds `permission` in the session's account. */
export function can(permission: Permission): IRule {
  let cached = permissionRules.get(permission);
  if (cached === undefined) {
    cached = rule(`can_${permission}`, { cache: 'contextual' })(
      (_parent, _args, ctx: RequestContext) =>
        ctx.auth?.permissions.has(permission) === true ? true : forbidden(),
    );
    permissionRules.set(permission, cached);
  }
  return cached;
}

export const isOperator = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
  ctx.auth?.isOperator === true ? true : forbidden('Operators only.'),
);

const member = (permission: Permission) => and(isSignedIn, hasAccount, can(permission));

export const permissions = shield(
  {
    Query: {
      viewer: allow,
      plans: allow,
      authProviders: allow,
      account: member('BILLING_READ'),
    },
    Mutation: {
      updateAccount: member('BILLING_DETAILS_EDIT'),
      updateBillingDetails: member('BILLING_DETAILS_EDIT'),
      removeBillingDetails: member('BILLING_DETAILS_EDIT'),
    },
    // Object types: reaching one at all already passed its root field's rule.
    Viewer: allow,
    User: allow,
    Account: allow,
    Plan: allow,
    PlanPrice: allow,
    PlanFeature: allow,
    PlanLimit: allow,
    Money: allow,
    AuthProvider: allow,
    BillingDetails: allow,
    Address: allow,
    TaxId: allow,
  },
  {
    fallbackRule: rule('deny_unlisted')(() => forbidden()),
    allowExternalErrors: true,
    fallbackError: () => forbidden(),
  },
);
