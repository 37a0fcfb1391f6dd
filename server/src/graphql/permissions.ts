import { GraphQLError } from 'graphql';
import { allow, and, or, rule, shield } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { middleware, type IMiddlewareFieldMap, type IMiddlewareTypeMap } from 'graphql-middleware';
import type { RequestContext } from './context.js';
import { AppError } from '../errors.js';
import { missingFeature, type Permission } from '../modules/accounts/index.js';
import type { SignInStage } from '../modules/identity/index.js';
import type { ApiTokenScope } from '../modules/tokens/index.js';

/**
 * Every field of the schema passes graphql-shield; anything not listed below is denied
 * (`fallbackRule: deny`). Rules return the error the client should see, and throw only when they
 * cannot decide (the database is down). What a resolver or a rule throws is thrown on to
 * graphql/errors.ts, which maps it (BAD_USER_INPUT, NOT_FOUND …, 503 for a database outage) and
 * masks anything unexpected: see `shieldOptions`.
 */
const unauthenticated = () =>
  new GraphQLError('Sign in to continue.', { extensions: { code: 'UNAUTHENTICATED' } });
const forbidden = (message = 'You do not have permission to do this.') =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

/**
 * A sign-in that is not complete (auth-state.ts) is refused everything but what finishes it,
 * with `extensions.reason` telling the client which step is missing.
 */
const signInUnfinished = (stage: Exclude<SignInStage, 'complete'>) =>
  stage === 'second_factor'
    ? new AppError(
        'FORBIDDEN',
        'Enter the code from your authenticator app to finish signing in.',
        undefined,
        { reason: 'SECOND_FACTOR_REQUIRED' },
      )
    : new AppError(
        'FORBIDDEN',
        'Your account requires two-factor sign-in. Set it up to continue.',
        undefined,
        { reason: 'TWO_FACTOR_REQUIRED' },
      );

export const isSignedIn = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) => {
  const auth = ctx.auth;
  if (auth === null) return unauthenticated();
  if (auth.kind === 'session' && auth.stage !== 'complete') return signInUnfinished(auth.stage);
  return true;
});

/** A person signed in with the identity provider who still owes the second factor. */
const awaitsSecondFactor = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) => {
  const auth = ctx.auth;
  if (auth === null) return unauthenticated();
  return auth.kind === 'session' && auth.stage === 'second_factor'
    ? true
    : forbidden('There is no sign-in waiting for a second factor.');
});

/** A person who may set up two-factor sign-in: signed in, or sent to enrol by their account. */
const mayEnrolTwoFactor = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) => {
  const auth = ctx.auth;
  if (auth === null) return unauthenticated();
  if (auth.kind !== 'session') return forbidden();
  return auth.stage === 'second_factor' ? signInUnfinished(auth.stage) : true;
});

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

/**
 * docs/API.md "Suspended accounts": a suspended account is read-only. What would change it, or
 * move money into it beyond settling what it owes, answers ACCOUNT_SUSPENDED; paying invoices,
 * cards to pay with, cancelling, and taking access away (members, invitations, tokens, two-factor)
 * stay open. The session's account was read at the start of this request.
 */
const accountActive = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) => {
  const account = ctx.auth?.account;
  if (account == null || account.suspendedAt === null) return true;
  return new AppError(
    'ACCOUNT_SUSPENDED',
    account.suspensionReason === 'dunning'
      ? 'This account is suspended until its overdue invoice is paid.'
      : `This account is suspended: ${account.suspensionReason ?? 'ask the vendor why'}.`,
  );
});
const activeMember = (permission: Permission) => and(member(permission), accountActive);

/**
 * The account's plan includes `feature` (docs/API.md "Entitlements and usage"): otherwise PLAN_LIMIT naming the
 * plan that unlocks it. Put after `member(…)`, which guarantees an account.
 */
const featureRules = new Map<string, IRule>();
export function planFeature(feature: string): IRule {
  let cached = featureRules.get(feature);
  if (cached === undefined) {
    cached = rule(`plan_feature_${feature}`, { cache: 'contextual' })(
      async (_parent, _args, ctx: RequestContext) => {
        const accountId = ctx.auth?.account?.id;
        if (accountId === undefined) return forbidden();
        return (await missingFeature(ctx.em, accountId, feature)) ?? true;
      },
    );
    featureRules.set(feature, cached);
  }
  return cached;
}

/**
 * Partner API tokens (modules/tokens) carry the read permissions of their scopes, so
 * `member(permission)` already admits them where a scope's permission suffices. A field that
 * belongs to one scope adds `tokenScope(scope)`: a token without that scope is refused, sessions
 * are unaffected. E.g. invoice fields: `and(member('BILLING_READ'), tokenScope('invoices:read'))`.
 */
const scopeRules = new Map<ApiTokenScope, IRule>();
export function tokenScope(scope: ApiTokenScope): IRule {
  let cached = scopeRules.get(scope);
  if (cached === undefined) {
    cached = rule(`token_scope_${scope}`, { cache: 'contextual' })(
      (_parent, _args, ctx: RequestContext) =>
        ctx.auth?.kind !== 'token' || ctx.auth.token.scopes.includes(scope)
          ? true
          : forbidden(`This API token does not have the ${scope} scope.`),
    );
    scopeRules.set(scope, cached);
  }
  return cached;
}

/** docs/API.md "Operations": partners only read. Every mutation is closed to API tokens, whatever its rule. */
const notApiToken = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
  ctx.auth?.kind === 'token' ? forbidden('API tokens can only read data.') : true,
);
type FieldRule = Parameters<typeof and>[number];
const closedToApiTokens = (rules: Record<string, FieldRule>): Record<string, FieldRule> =>
  Object.fromEntries(Object.entries(rules).map(([field, r]) => [field, and(notApiToken, r)]));
const operator = and(isSignedIn, isOperator);
/** A signed-in person acting for themself (their own sessions): never a partner token. */
const person = and(isSignedIn, notApiToken);

/**
 * How shield treats errors. `debug: true` is what makes it rethrow: otherwise shield swallows a
 * rule's exception into `false` (FORBIDDEN, even for a database outage) and, with
 * `allowExternalErrors`, catches a resolver's exception and *returns* it as the field's value.
 * graphql-js reports a returned value as an error only when it is `instanceof Error` of its own
 * realm; anything else is served as data — a mutation whose database connection was refused
 * answered `200 {"updateAccount":{"name":"Error"}}` (the socket error's `name`) under Jest, where
 * Node's own errors come from another realm. A thrown value, of any kind, is always an error.
 * Denials are unaffected: a rule's returned error (or `fallbackError`) is still the answer.
 */
export function shieldOptions(options: { fallbackRule: IRule }) {
  return { ...options, debug: true, fallbackError: () => forbidden() };
}

const ruleTree: Record<string, FieldRule | Record<string, FieldRule>> = {
  Query: {
    viewer: allow,
    plans: allow,
    authProviders: allow,
    signInErrorReasons: allow,
    account: and(member('BILLING_READ'), tokenScope('account:read')),
    invoices: and(member('BILLING_READ'), tokenScope('invoices:read')),
    invoice: and(member('BILLING_READ'), tokenScope('invoices:read')),
    previewSubscriptionChange: member('PLAN_MANAGE'),
    apiTokens: member('SECURITY_MANAGE'),
    // docs/API.md "Operations": Billing Admins read their own account's log, operators every account's.
    auditEvents: or(and(member('AUDIT_READ'), planFeature('audit_log')), operator),
    testClock: operator,
    planCatalog: operator,
    exchangeRates: operator,
    revenueMetrics: operator,
    members: and(member('MEMBERS_MANAGE'), notApiToken),
    invitations: and(member('MEMBERS_MANAGE'), notApiToken),
    // Anyone holding the link may see what it is for (the page before signing in).
    invitation: allow,
    mailOutbox: operator,
    mailMessage: operator,
    // Every member sees the account's notifications, with their own read state.
    notifications: and(member('BILLING_READ'), notApiToken),
    sessions: person,
    stripeWebhookEvents: operator,
    stripeWebhookEvent: operator,
    failedJobs: operator,
    operatorAccounts: operator,
    operatorAccount: operator,
    // Whether cards are taken, and Stripe.js's public key: any member (the pages adapt).
    cardPayments: and(isSignedIn, hasAccount, notApiToken),
    paymentMethods: and(member('BILLING_READ'), notApiToken),
    // A late or failed payment: any member sees the banner (the fix asks for its own permission).
    paymentAttention: and(member('BILLING_READ'), notApiToken),
    fixPaymentLink: and(member('BILLING_READ'), notApiToken),
    // What the account's billing country is offered, with the bank account: any member.
    availablePaymentMethods: and(member('BILLING_READ'), notApiToken),
    paymentMethodConfigs: operator,
    bankTransferQueue: operator,
    operatorInvoices: operator,
    previewManualInvoice: operator,
  },
  Mutation: closedToApiTokens({
    updateAccount: activeMember('BILLING_DETAILS_EDIT'),
    // Onboarding sets billing details and the account's currency and alert preferences: the
    // Billing Admin's setup (a Billing User granted billing details does not hold PLAN_MANAGE).
    completeOnboarding: and(member('BILLING_DETAILS_EDIT'), can('PLAN_MANAGE'), accountActive),
    skipOnboarding: and(member('BILLING_DETAILS_EDIT'), can('PLAN_MANAGE')),
    // The same answers changed later (Account settings › Preferences): the same people.
    updateAccountPreferences: and(
      member('BILLING_DETAILS_EDIT'),
      can('PLAN_MANAGE'),
      accountActive,
    ),
    // Each person their own tour, with or without an account.
    dismissTour: isSignedIn,
    updateBillingDetails: activeMember('BILLING_DETAILS_EDIT'),
    removeBillingDetails: activeMember('BILLING_DETAILS_EDIT'),
    startSubscription: activeMember('PLAN_MANAGE'),
    changeSubscription: activeMember('PLAN_MANAGE'),
    cancelSubscription: member('PLAN_MANAGE'),
    reactivateSubscription: activeMember('PLAN_MANAGE'),
    recordBankTransfer: operator,
    setPaymentMethodConfig: operator,
    removePaymentMethodConfig: operator,
    // A member who may pay tells us they paid by transfer; operators approve or reject it.
    submitBankTransfer: member('INVOICES_PAY'),
    approveBankTransfer: operator,
    rejectBankTransfer: operator,
    createManualInvoice: operator,
    createSetupIntent: member('PAYMENT_METHODS_MANAGE'),
    confirmPaymentMethodSetup: member('PAYMENT_METHODS_MANAGE'),
    setDefaultPaymentMethod: member('PAYMENT_METHODS_MANAGE'),
    removePaymentMethod: member('PAYMENT_METHODS_MANAGE'),
    createBillingPortalSession: member('PAYMENT_METHODS_MANAGE'),
    payInvoice: member('INVOICES_PAY'),
    confirmInvoicePayment: member('INVOICES_PAY'),
    startEnterpriseContract: operator,
    suspendAccount: operator,
    reactivateAccount: operator,
    adjustCreditBalance: operator,
    voidInvoice: operator,
    refundPayment: operator,
    retryStripeWebhookEvent: operator,
    retryJob: operator,
    advanceTestClock: operator,
    savePlan: operator,
    archivePlan: operator,
    saveExchangeRate: operator,
    importExchangeRates: operator,
    // Support's recovery for a person who lost both their authenticator and backup codes.
    resetTwoFactor: operator,
    createApiToken: activeMember('SECURITY_MANAGE'),
    inviteMember: activeMember('MEMBERS_MANAGE'),
    resendInvite: activeMember('MEMBERS_MANAGE'),
    revokeInvite: member('MEMBERS_MANAGE'),
    changeMemberRole: activeMember('MEMBERS_MANAGE'),
    setMemberPermissions: activeMember('MEMBERS_MANAGE'),
    removeMember: member('MEMBERS_MANAGE'),
    transferOwnership: activeMember('MEMBERS_MANAGE'),
    leaveAccount: and(isSignedIn, hasAccount),
    markNotificationsRead: member('BILLING_READ'),
    acceptInvite: isSignedIn,
    switchAccount: isSignedIn,
    revokeApiToken: member('SECURITY_MANAGE'),
    verifySecondFactor: awaitsSecondFactor,
    startTwoFactorEnrolment: mayEnrolTwoFactor,
    confirmTwoFactorEnrolment: mayEnrolTwoFactor,
    regenerateBackupCodes: isSignedIn,
    disableTwoFactor: isSignedIn,
    // Each person their own sessions (the resolver never reaches another person's).
    revokeSession: isSignedIn,
    revokeOtherSessions: isSignedIn,
    // Each person their own sign-in methods (the service answers NOT_FOUND for anyone else's).
    unlinkIdentity: isSignedIn,
    // The plan feature is checked by the service when turning it on only: an account that
    // lost the feature can still turn the requirement off.
    setAccountTwoFactorRequirement: member('SECURITY_MANAGE'),
  }),
  // Object types: reaching one at all already passed its root field's rule. The viewer is
  // answered to unfinished sign-ins too (it says what is missing), so its fields that reach
  // further carry their own rules.
  // `accounts` answers [] until the sign-in is complete (the viewer query must still load for
  // the second-factor and enrolment pages).
  // `identities`: the sign-in methods, once the sign-in is complete (second factor given).
  Viewer: { '*': allow, twoFactor: mayEnrolTwoFactor, identities: isSignedIn },
  User: allow,
  // Invoice totals: a partner token needs invoices:read, as for the invoices themselves.
  Account: { '*': allow, amountDue: tokenScope('invoices:read') },
  Plan: allow,
  PlanPrice: allow,
  PlanFeature: allow,
  PlanLimit: allow,
  PlanCatalog: allow,
  CatalogPlan: allow,
  CatalogPrice: allow,
  CatalogPlanLimit: allow,
  CatalogKey: allow,
  ExchangeRate: allow,
  ExchangeRateList: allow,
  ImportExchangeRatesResult: allow,
  RevenueMetrics: allow,
  RevenueMonth: allow,
  RevenueFigure: allow,
  AppliedRate: allow,
  CurrencyCount: allow,
  PlanRevenue: allow,
  UsageMeter: allow,
  Money: allow,
  AuthProvider: allow,
  BillingDetails: allow,
  Address: allow,
  TaxId: allow,
  Subscription: allow,
  ScheduledPlanChange: allow,
  UpcomingInvoice: allow,
  SubscriptionChangePreview: allow,
  SubscriptionChangeResult: allow,
  Invoice: allow,
  InvoiceLine: allow,
  InvoiceBuyer: allow,
  InvoiceSeller: allow,
  PaymentInstructions: allow,
  InvoiceConnection: allow,
  InvoiceEdge: allow,
  CreditNote: allow,
  VoidInvoiceResult: allow,
  Payment: allow,
  RecordBankTransferResult: allow,
  RefundPaymentResult: allow,
  BillingPortalSession: allow,
  PaymentDispute: allow,
  StripeWebhookEvent: allow,
  StripeWebhookEventConnection: allow,
  StripeWebhookEventEdge: allow,
  BackgroundJob: allow,
  BackgroundJobConnection: allow,
  BackgroundJobEdge: allow,
  PaymentMethod: allow,
  CardPaymentSettings: allow,
  PaymentAttention: allow,
  PaymentMethodConfig: allow,
  BankTransferAccount: allow,
  AvailablePaymentMethods: allow,
  BankTransferNotice: allow,
  BankTransferQueueItem: allow,
  BankTransferQueueEdge: allow,
  BankTransferQueueConnection: allow,
  ManualInvoicePreview: allow,
  SetupIntentPayload: allow,
  PayInvoicePayload: allow,
  AuditEventConnection: allow,
  AuditEventEdge: allow,
  AuditEvent: allow,
  AuditChange: allow,
  AuditDetail: allow,
  PageInfo: allow,
  TestClock: allow,
  ApiToken: allow,
  Member: allow,
  Invitation: allow,
  InvitationSentPayload: allow,
  InvitationPreview: allow,
  AccountMembership: allow,
  CreateApiTokenPayload: allow,
  MailMessageConnection: allow,
  MailMessageEdge: allow,
  MailMessage: allow,
  Notification: allow,
  NotificationEdge: allow,
  NotificationConnection: allow,
  MarkNotificationsReadPayload: allow,
  TwoFactorStatus: allow,
  TwoFactorEnrolment: allow,
  BackupCodesPayload: allow,
  DisableTwoFactorPayload: allow,
  VerifySecondFactorPayload: allow,
  ResetTwoFactorPayload: allow,
  Session: allow,
  RevokeSessionsPayload: allow,
  SignInIdentity: allow,
  UnlinkIdentityPayload: allow,
  OperatorAccountConnection: allow,
  OperatorAccountEdge: allow,
  OperatorAccountDetail: allow,
  CreditLedgerEntry: allow,
  AdjustCreditBalancePayload: allow,
};

const shielded = shield(
  ruleTree,
  shieldOptions({ fallbackRule: rule('deny_unlisted')(() => forbidden()) }),
);

/** The rule shield applies to `type.field`: its own, else the type's `*`, else deny. */
function ruleOf(typeName: string, field: string): unknown {
  const rules = ruleTree[typeName];
  if (rules === undefined) return undefined;
  // A field map is a plain object; a rule (allow, and(…), rule(…)) is an instance of a class.
  if (Object.getPrototypeOf(rules) === Object.prototype) {
    const fieldRules = rules as Record<string, unknown>;
    return fieldRules[field] ?? fieldRules['*'];
  }
  return rules;
}

/**
 * The shield, minus the fields whose rule is `allow`. Shield wraps every field in an async
 * middleware that asks the rule and then calls the resolver: for an `allow` field that changes
 * nothing but turns each value into a promise, and a list of 200 plans with their prices is
 * thousands of them (a third of such a request's CPU). Only `allow` itself is left out, so every
 * other rule, and the deny-by-default of unlisted types and fields, stays as shield applies it.
 */
export const permissions = middleware((schema) => {
  const generated = shielded.generate(schema) as IMiddlewareTypeMap;
  for (const [typeName, fields] of Object.entries(generated)) {
    if (typeof fields !== 'object' || fields === null) continue;
    for (const field of Object.keys(fields)) {
      if (ruleOf(typeName, field) === allow) delete (fields as IMiddlewareFieldMap)[field];
    }
  }
  return generated;
});
