import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { newId, type IdPrefix } from '../ids.js';
import { grantablePermissions, type Permission } from '../modules/accounts/roles.js';
import { apiTokenScopes, type ApiTokenScope } from '../modules/tokens/api-token-scopes.js';
import { CookieClient } from '../test/browser.js';
import { memberOf } from '../test/members.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { signedInWithoutAccount } from '../test/sessions.js';

/**
 * the permission table in docs/API.md "Operations", walked over every Query and Mutation field of schema.graphql.
 *
 * Each request is generated from the field's type: required arguments get typed placeholders
 * (empty strings, -1, the first enum value, empty lists) that fail validation *after* the
 * permission layer, and ID arguments get real ids of account A, so a Billing Admin of account B
 * proves that another account's objects answer NOT_FOUND, exactly as an unknown id does.
 *
 * - allow: the request got past the permissions — data, or BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 *   PLAN_LIMIT or SEAT_LIMIT from the resolver;
 * - deny: UNAUTHENTICATED for an anonymous request, FORBIDDEN for anyone else;
 * - not_found: NOT_FOUND, the same answer (code and message) as for an id that does not exist.
 */

const personas = [
  'anonymous',
  'viewer',
  'billingUser',
  'billingUser+INVOICES_PAY',
  'billingUser+PAYMENT_METHODS_MANAGE',
  'billingUser+BILLING_DETAILS_EDIT',
  'token:account:read',
  'token:invoices:read',
  'operator',
  // The Billing Admins come last within each field: B's probe of A's object runs before A's own
  // call, which may really act on it (revoke the token, withdraw the invitation).
  'otherAdmin',
  'billingAdmin',
] as const;
type Persona = (typeof personas)[number];
type TokenPersona = Extract<Persona, `token:${string}`>;
type GrantPersona = Extract<Persona, `billingUser+${string}`>;

const isToken = (persona: Persona): persona is TokenPersona => persona.startsWith('token:');
const scopeOf = (persona: TokenPersona) => persona.slice('token:'.length) as ApiTokenScope;
const grantOf = (persona: GrantPersona) => persona.slice('billingUser+'.length) as Permission;
const grantPersonas = personas.filter((p): p is GrantPersona => p.startsWith('billingUser+'));

const admins = ['billingAdmin', 'otherAdmin'] as const;
const billingUsers = ['billingUser', ...grantPersonas] as const;

/** docs/API.md "Operations", the member columns: who holds each permission (grants on top of the role). */
const holders: Record<Permission, readonly Persona[]> = {
  BILLING_READ: ['viewer', ...billingUsers, ...admins],
  INVOICES_DOWNLOAD: ['viewer', ...billingUsers, ...admins],
  // A Billing User holds it by default (granted at invitation, revocable); a Billing User given
  // other grants instead does not.
  INVOICES_PAY: ['billingUser', 'billingUser+INVOICES_PAY', ...admins],
  PAYMENT_METHODS_MANAGE: ['billingUser+PAYMENT_METHODS_MANAGE', ...admins],
  BILLING_DETAILS_EDIT: ['billingUser+BILLING_DETAILS_EDIT', ...admins],
  PLAN_MANAGE: admins,
  MEMBERS_MANAGE: admins,
  SECURITY_MANAGE: admins,
  AUDIT_READ: admins,
};

type Outcome = 'allow' | 'deny' | 'not_found';

/** Real objects of account A, named by ID arguments. */
interface ObjectIds {
  accountId: string;
  /** An open invoice. */
  invoiceId: string;
  /** A's only Billing Admin: removing or demoting them answers CONFLICT, handing them ownership BAD_USER_INPUT. */
  memberId: string;
  /** An open invitation no other row relies on. */
  invitationId: string;
  /** An API token no persona uses. */
  apiTokenId: string;
  /** The invitation e-mail to A's pending invitee (in the development mail outbox). */
  mailMessageId: string;
  /** A second session of A's Billing Admin, signed in elsewhere. */
  sessionId: string;
  /** The only sign-in method of A's Billing Admin: unlinking it answers CONFLICT. */
  identityId: string;
  /** A card on file of A (a row only: this server has no Stripe keys, so card operations answer CONFLICT). */
  paymentMethodId: string;
  /** A failed card payment of A's open invoice. */
  paymentId: string;
  /** An announced bank transfer that was never stored: deciding on it is NOT_FOUND. */
  bankTransferNoticeId: string;
}

interface Fixture {
  ids: ObjectIds;
  /** The link token of another open invitation of A (the `invitation` preview). */
  invitationToken: string;
}

interface Row {
  expected: Record<Persona, Outcome>;
  /** Where the table needs reading: why the row says what it says. */
  why?: string;
  /** Arguments of our own instead of the placeholders, to keep an allowed call harmless. */
  variables?: (fixture: Fixture) => Record<string, unknown>;
  /** Why this row runs after all others (an allowed call changes who belongs where). */
  runsLast?: string;
}

type RowOptions = Partial<Record<Persona, Outcome>> & Omit<Row, 'expected'>;

function row(base: (persona: Persona) => Outcome, options: RowOptions = {}): Row {
  const { why, variables, runsLast, ...overrides } = options;
  const expected = Object.fromEntries(
    personas.map((persona) => [persona, overrides[persona] ?? base(persona)]),
  ) as Record<Persona, Outcome>;
  return { expected, why, variables, runsLast };
}

/** Anyone: signed out, any member, partner tokens, operators. */
const everyone = (options?: RowOptions) => row(() => 'allow', options);

/** Any signed-in person; a partner token acts for an account, not a person. */
const people = (options?: RowOptions) =>
  row((p) => (p === 'anonymous' || isToken(p) ? 'deny' : 'allow'), options);

/** Members holding `permission` (docs/API.md "Operations"); partner tokens only with one of `tokens`. */
const members = (
  permission: Permission,
  { tokens = [], ...options }: RowOptions & { tokens?: ApiTokenScope[] } = {},
) =>
  row((p) => {
    const holds = isToken(p) ? tokens.includes(scopeOf(p)) : holders[permission].includes(p);
    return holds ? 'allow' : 'deny';
  }, options);

/** Operators only. */
const operators = (options?: RowOptions) =>
  row((p) => (p === 'operator' ? 'allow' : 'deny'), options);

/** otherAdmin may do this in B, so A's object must look like one that does not exist. */
const foreignObject = { otherAdmin: 'not_found' } as const;

/**
 * docs/API.md "Operations" gives operators these capabilities for every account ("✓ all accounts"); this field
 * acts in the session's own account, and the operator persona is nobody's member. The operator's
 * way in is an operation naming the account (startEnterpriseContract, recordBankTransfer …).
 */
const operatorActsThroughBackOffice =
  "acts in the session's account; operators (members of none) get FORBIDDEN here";

const matrix: Record<string, Row> = {
  // Query
  account: members('BILLING_READ', {
    tokens: ['account:read'],
    why: `view plan and billing details; ${operatorActsThroughBackOffice}`,
  }),
  apiTokens: members('SECURITY_MANAGE'),
  auditEvents: members('AUDIT_READ', {
    operator: 'allow',
    why: "Billing Admins read their own account's log (otherAdmin: B is on Free, so PLAN_LIMIT, past the permissions); operators every account's",
  }),
  authProviders: everyone(),
  cardPayments: people({
    operator: 'deny',
    why: "whether cards are taken and Stripe.js's public key: any member (an operator belongs to no account)",
  }),
  availablePaymentMethods: members('BILLING_READ', {
    why: `the methods the billing country is offered, and the bank account: any member; ${operatorActsThroughBackOffice}`,
  }),
  paymentMethodConfigs: operators({ why: 'back office: payment methods per country' }),
  bankTransferQueue: operators({ why: 'back office: the announced bank transfers to approve' }),
  operatorInvoices: operators({ why: 'back office: every account’s invoices' }),
  previewManualInvoice: operators({
    why: 'back office: manual invoice preview; no lines: BAD_USER_INPUT',
  }),
  paymentMethods: members('BILLING_READ', {
    why: `the cards on file (brand, last 4, expiry): any member; ${operatorActsThroughBackOffice}`,
  }),
  paymentAttention: members('BILLING_READ', {
    why: `the past-due / failed-payment banner: any member (the fix asks for its own permission); ${operatorActsThroughBackOffice}`,
  }),
  fixPaymentLink: members('BILLING_READ', {
    why: `the signed link of a payment-failed e-mail, checked when the app opens it; no Stripe keys here: CONFLICT past the permissions; ${operatorActsThroughBackOffice}`,
    variables: ({ ids }) => ({
      link: { invoice: ids.invoiceId, expires: '4102444800', signature: 'forged' },
    }),
  }),
  signInErrorReasons: everyone(),
  invitation: everyone({
    why: 'anyone holding the link sees what it is for, before signing in',
    variables: ({ invitationToken }) => ({ token: invitationToken }),
  }),
  invitations: members('MEMBERS_MANAGE'),
  invoice: members('BILLING_READ', {
    tokens: ['invoices:read'],
    ...foreignObject,
    why: operatorActsThroughBackOffice,
  }),
  invoices: members('BILLING_READ', {
    tokens: ['invoices:read'],
    why: operatorActsThroughBackOffice,
  }),
  mailMessage: operators({
    why: 'the development mail outbox (invite links): an unknown id is NOT_FOUND',
  }),
  mailOutbox: operators({
    why: 'the development mail outbox: holds invite links, so operators only',
  }),
  members: members('MEMBERS_MANAGE'),
  notifications: members('BILLING_READ', {
    why: `the bell and the Notifications page: any member, each with their own read state; ${operatorActsThroughBackOffice}`,
  }),
  operatorAccount: operators({ why: 'back office: one account (A) in detail' }),
  operatorAccounts: operators({ why: 'back office: every account, searched and filtered' }),
  plans: everyone({ why: 'the public catalog' }),
  sessions: people({ why: "each person's own signed-in sessions; a partner token has none" }),
  stripeWebhookEvent: operators({
    why: 'back office: the Stripe events received; an unknown event is NOT_FOUND',
    variables: () => ({ id: 'evt_unknown' }),
  }),
  stripeWebhookEvents: operators({ why: 'back office: the Stripe events received' }),
  failedJobs: operators({ why: 'back office: background jobs that failed for good' }),
  previewSubscriptionChange: members('PLAN_MANAGE', { why: 'part of change / cancel plan' }),
  testClock: operators(),
  exchangeRates: operators({ why: 'back office: revenue figures' }),
  revenueMetrics: operators({ why: 'back office: revenue figures of every account' }),
  planCatalog: operators({
    why: 'back office: the plan catalog with archived plans and old price versions',
  }),
  viewer: everyone({ why: 'null when signed out or for a partner token' }),

  // Mutation: a partner token never changes anything (docs/API.md "Operations": read only, by scope)
  acceptInvite: people({ why: "an unknown link's token: NOT_FOUND for whoever asks" }),
  completeOnboarding: members('PLAN_MANAGE', {
    why: `the Billing Admin's first-run setup (billing details, currency, alerts); empty fields: BAD_USER_INPUT; ${operatorActsThroughBackOffice}`,
  }),
  dismissTour: people({ why: "each person's own guided tour; a second call changes nothing" }),
  skipOnboarding: members('PLAN_MANAGE', {
    why: `the Billing Admin puts the first-run wizard off; ${operatorActsThroughBackOffice}`,
  }),
  confirmTwoFactorEnrolment: people({
    why: 'each person their own two-factor sign-in; a wrong code changes nothing',
  }),
  disableTwoFactor: people({
    why: 'their own; needs a current code (a wrong one changes nothing)',
  }),
  regenerateBackupCodes: people({ why: 'their own; needs a current code' }),
  setAccountTwoFactorRequirement: members('SECURITY_MANAGE', {
    why: 'account security (Billing Admin); turning it off is always allowed and changes nothing here',
    variables: () => ({ input: { required: false } }),
  }),
  startTwoFactorEnrolment: people({ why: 'each person sets up their own two-factor sign-in' }),
  verifySecondFactor: row(() => 'deny', {
    why: 'only a sign-in waiting for its second factor, which none of these personas is',
  }),
  savePlan: operators({
    why: 'back office: catalog; the placeholders (empty name) answer BAD_USER_INPUT, nothing saved',
  }),
  saveExchangeRate: operators({
    why: 'back office: revenue figures; the placeholders (an empty day) answer BAD_USER_INPUT',
  }),
  importExchangeRates: operators({
    why: 'back office: revenue figures; an empty text answers BAD_USER_INPUT, nothing stored',
  }),
  archivePlan: operators({
    why: 'back office: catalog; an unknown plan is NOT_FOUND, nothing archived',
    variables: () => ({ input: { planId: 'pln_unknown', archived: true } }),
  }),
  advanceTestClock: operators({
    why: 'never backwards: BAD_USER_INPUT, the clock stays put',
    variables: () => ({ input: { days: -1 } }),
  }),
  cancelSubscription: members('PLAN_MANAGE', { why: operatorActsThroughBackOffice }),
  confirmInvoicePayment: members('INVOICES_PAY', {
    ...foreignObject,
    why: 'after 3-D Secure; no Stripe keys here: CONFLICT past the permissions',
  }),
  confirmPaymentMethodSetup: members('PAYMENT_METHODS_MANAGE', {
    why: 'add a payment method; no Stripe keys here: CONFLICT past the permissions',
  }),
  createSetupIntent: members('PAYMENT_METHODS_MANAGE', {
    why: 'add a payment method; no Stripe keys here: CONFLICT past the permissions',
  }),
  changeMemberRole: members('MEMBERS_MANAGE', {
    ...foreignObject,
    why: "A's admin to the role they hold (the first enum value): no change",
  }),
  changeSubscription: members('PLAN_MANAGE', { why: operatorActsThroughBackOffice }),
  createApiToken: members('SECURITY_MANAGE', { why: 'no name and no scope: BAD_USER_INPUT' }),
  createBillingPortalSession: members('PAYMENT_METHODS_MANAGE', {
    why: `"Manage in Stripe" (add / remove payment methods); Stripe is not configured here: CONFLICT; ${operatorActsThroughBackOffice}`,
  }),
  inviteMember: members('MEMBERS_MANAGE', { why: 'no e-mail: BAD_USER_INPUT' }),
  leaveAccount: people({
    operator: 'deny',
    why: 'any member may leave, except the last Billing Admin (CONFLICT); an operator belongs nowhere',
    runsLast: 'Viewer and Billing Users really leave A',
  }),
  markNotificationsRead: members('BILLING_READ', {
    why: `a member's own read marks (neither ids nor all: BAD_USER_INPUT); ${operatorActsThroughBackOffice}`,
  }),
  payInvoice: members('INVOICES_PAY', {
    ...foreignObject,
    why: 'pay an open invoice (a Billing User by default, revocable); no Stripe keys here: CONFLICT past the permissions',
  }),
  reactivateSubscription: members('PLAN_MANAGE', {
    why: `nothing to take back: answered past the permissions; ${operatorActsThroughBackOffice}`,
  }),
  setPaymentMethodConfig: operators({
    why: 'back office: payment methods per country; no method offered: BAD_USER_INPUT, nothing saved',
  }),
  removePaymentMethodConfig: operators({
    why: 'back office: an unknown country is BAD_USER_INPUT, nothing removed',
    variables: () => ({ input: { country: 'ZZ' } }),
  }),
  submitBankTransfer: members('INVOICES_PAY', {
    ...foreignObject,
    why: "pay an open invoice: tell us it was paid by transfer; A's open invoice with no amount: BAD_USER_INPUT, nothing stored",
  }),
  approveBankTransfer: operators({
    why: 'approve transfers: an announcement that does not exist is NOT_FOUND, nothing recorded',
  }),
  rejectBankTransfer: operators({
    why: 'approve transfers: no reason is BAD_USER_INPUT, nothing rejected',
  }),
  createManualInvoice: operators({
    why: 'back office: manual invoices; no lines: BAD_USER_INPUT, nothing issued',
  }),
  recordBankTransfer: operators({ why: 'pay an open invoice: operators record bank transfers' }),
  refundPayment: operators({
    why: 'back office: refunds through Stripe (not configured here: CONFLICT, nothing refunded)',
    variables: () => ({
      input: { paymentId: 'pay_unknown', reason: 'test', idempotencyKey: 'matrix' },
    }),
  }),
  retryJob: operators({
    why: 'back office: a failed job queued again; an unknown one is NOT_FOUND',
    variables: () => ({ input: { id: '00000000-0000-4000-8000-000000000000' } }),
  }),
  retryStripeWebhookEvent: operators({
    why: 'back office: a failed Stripe event processed again; an unknown one is NOT_FOUND',
    variables: () => ({ input: { id: 'evt_unknown' } }),
  }),
  removeBillingDetails: members('BILLING_DETAILS_EDIT', {
    why: `A has a live subscription: CONFLICT; ${operatorActsThroughBackOffice}`,
  }),
  removePaymentMethod: members('PAYMENT_METHODS_MANAGE', {
    ...foreignObject,
    why: 'no Stripe keys here: CONFLICT past the permissions',
  }),
  removeMember: members('MEMBERS_MANAGE', {
    ...foreignObject,
    why: "A's last Billing Admin: CONFLICT, nobody is removed",
  }),
  resendInvite: members('MEMBERS_MANAGE', { ...foreignObject }),
  adjustCreditBalance: operators({
    why: 'back office: credit for an account; amount -1 with no reason: BAD_USER_INPUT',
  }),
  reactivateAccount: operators({
    why: 'back office: lift a suspension; no reason: BAD_USER_INPUT',
  }),
  suspendAccount: operators({ why: 'back office: suspend an account; no reason: BAD_USER_INPUT' }),
  resetTwoFactor: operators({
    why: "support's recovery of a person's two-factor sign-in; empty e-mail: BAD_USER_INPUT, nothing reset",
  }),
  revokeApiToken: members('SECURITY_MANAGE', {
    ...foreignObject,
    why: 'a token of A that no persona uses',
  }),
  revokeInvite: members('MEMBERS_MANAGE', { ...foreignObject }),
  revokeOtherSessions: people({
    why: "each person their own other sessions (A's admin: the one signed in elsewhere)",
  }),
  revokeSession: row(
    (p) =>
      p === 'anonymous' || isToken(p) ? 'deny' : p === 'billingAdmin' ? 'allow' : 'not_found',
    { why: "a session of A's admin: anyone else's session looks like one that does not exist" },
  ),
  setDefaultPaymentMethod: members('PAYMENT_METHODS_MANAGE', {
    ...foreignObject,
    why: 'already the default: no change',
  }),
  setMemberPermissions: members('MEMBERS_MANAGE', {
    ...foreignObject,
    why: "no grants for A's admin, who has none: no change",
  }),
  startEnterpriseContract: operators({
    why: 'change plan at custom Enterprise prices: operators only (for A: BAD_USER_INPUT)',
  }),
  startSubscription: members('PLAN_MANAGE', { why: operatorActsThroughBackOffice }),
  switchAccount: people({
    otherAdmin: 'not_found',
    operator: 'not_found',
    why: "to A: A's members stay where they are; anyone else is not A's member, so NOT_FOUND",
  }),
  unlinkIdentity: people({
    viewer: 'not_found',
    billingUser: 'not_found',
    'billingUser+INVOICES_PAY': 'not_found',
    'billingUser+PAYMENT_METHODS_MANAGE': 'not_found',
    'billingUser+BILLING_DETAILS_EDIT': 'not_found',
    operator: 'not_found',
    otherAdmin: 'not_found',
    why: "each person their own sign-in methods: A's admin's only one answers CONFLICT; anyone else's is NOT_FOUND",
  }),
  transferOwnership: members('MEMBERS_MANAGE', {
    ...foreignObject,
    why: "to A's admin themself: BAD_USER_INPUT",
  }),
  updateAccount: members('BILLING_DETAILS_EDIT', {
    why: `the name on invoices is a billing detail; empty: BAD_USER_INPUT; ${operatorActsThroughBackOffice}`,
  }),
  updateAccountPreferences: members('PLAN_MANAGE', {
    why: `the onboarding answers changed later, so the same people as completeOnboarding; empty fields: BAD_USER_INPUT; ${operatorActsThroughBackOffice}`,
  }),
  updateBillingDetails: members('BILLING_DETAILS_EDIT', {
    why: `empty fields: BAD_USER_INPUT; ${operatorActsThroughBackOffice}`,
  }),
  voidInvoice: operators({ why: 'back-office invoices; no reason: BAD_USER_INPUT' }),
};

// ---------------------------------------------------------------------------------------------
// Requests generated from schema.graphql

const schema = buildSchema(
  readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../schema.graphql'), 'utf8'),
);
type OperationKind = 'query' | 'mutation';
interface Operation {
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
}
const operations: Operation[] = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
    kind: 'query' as const,
    field,
  })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
    kind: 'mutation' as const,
    field,
  })),
];
const operationNames = operations.map((o) => o.field.name);

/** Where each ID argument points, by `Type.field` (or `Query.field(argument)`). */
const idArguments: Record<string, keyof ObjectIds> = {
  'Query.invoice(id)': 'invoiceId',
  'Query.operatorAccount(id)': 'accountId',
  'RecordBankTransferInput.invoiceId': 'invoiceId',
  'VoidInvoiceInput.invoiceId': 'invoiceId',
  'RevokeApiTokenInput.id': 'apiTokenId',
  'MemberIdInput.memberId': 'memberId',
  'ChangeMemberRoleInput.memberId': 'memberId',
  'SetMemberPermissionsInput.memberId': 'memberId',
  'InvitationIdInput.invitationId': 'invitationId',
  'StartEnterpriseContractInput.accountId': 'accountId',
  'AccountSuspensionInput.accountId': 'accountId',
  'AdjustCreditBalanceInput.accountId': 'accountId',
  'Query.mailMessage(id)': 'mailMessageId',
  'SwitchAccountInput.accountId': 'accountId',
  'RevokeSessionInput.id': 'sessionId',
  'UnlinkIdentityInput.id': 'identityId',
  'PaymentMethodIdInput.paymentMethodId': 'paymentMethodId',
  'PayInvoiceInput.invoiceId': 'invoiceId',
  'PayInvoiceInput.paymentMethodId': 'paymentMethodId',
  'ConfirmInvoicePaymentInput.paymentId': 'paymentId',
  'SubmitBankTransferInput.invoiceId': 'invoiceId',
  'ApproveBankTransferInput.noticeId': 'bankTransferNoticeId',
  'RejectBankTransferInput.noticeId': 'bankTransferNoticeId',
  'ManualInvoiceInput.accountId': 'accountId',
  'CreateManualInvoiceInput.accountId': 'accountId',
};

const isRequired = (input: GraphQLArgument | GraphQLInputField) =>
  isNonNullType(input.type) && input.defaultValue === undefined;

/** A value of `type` that passes GraphQL validation and little else. */
function placeholder(type: GraphQLInputType, where: string, ids: ObjectIds): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType, where, ids);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter(isRequired)
        .map((field) => [field.name, placeholder(field.type, `${type.name}.${field.name}`, ids)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  switch (type.name) {
    case 'ID': {
      const key = idArguments[where];
      if (key === undefined) throw new Error(`No real id for ${where}: add it to idArguments.`);
      return ids[key];
    }
    case 'String':
      return '';
    case 'Int':
    case 'Float':
      return -1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return '2026-01-01T00:00:00.000Z';
    default:
      throw new Error(`No placeholder for the scalar ${type.name} (${where}).`);
  }
}

function requestFor(operation: Operation, row: Row, fixture: Fixture) {
  const { field, kind } = operation;
  const own = row.variables?.(fixture) ?? {};
  const args = field.args.filter((arg) => isRequired(arg) || arg.name in own);
  const variables = Object.fromEntries(
    args.map((arg) => [
      arg.name,
      arg.name in own
        ? own[arg.name]
        : placeholder(
            arg.type,
            `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}(${arg.name})`,
            fixture.ids,
          ),
    ]),
  );
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${
    call ? `(${call})` : ''
  }${selection} }`;
  return { query, variables };
}

/** The same ids with every one replaced by an id of the same kind that does not exist. */
function unknownIds(ids: ObjectIds): ObjectIds {
  return Object.fromEntries(
    Object.entries(ids).map(([key, id]) => [key, newId(id.slice(0, id.indexOf('_')) as IdPrefix)]),
  ) as unknown as ObjectIds;
}

// ---------------------------------------------------------------------------------------------
// Answers

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
type Caller = (query: string, variables: Record<string, unknown>) => Promise<Answer>;

/** Answers from past the permission layer that are not data. */
const resolverCodes = ['BAD_USER_INPUT', 'CONFLICT', 'PLAN_LIMIT', 'SEAT_LIMIT'];

function observed(persona: Persona, answer: Answer) {
  const error = answer.errors?.[0];
  const code = (error?.extensions?.code as string | undefined) ?? null;
  const denial = persona === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  let outcome: Outcome | 'unexpected';
  if (code === null) outcome = 'allow';
  else if (resolverCodes.includes(code)) outcome = 'allow';
  else if (code === 'NOT_FOUND') outcome = 'not_found';
  else if (code === denial) outcome = 'deny';
  else outcome = 'unexpected';
  return { outcome, code, message: error?.message ?? null };
}

// ---------------------------------------------------------------------------------------------

const operatorEmail = 'ops@vendor.example';

const germanDetails = {
  legalName: 'Acme GmbH',
  billingEmail: 'billing@acme.example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

describe('the permission matrix (docs/API.md "Operations") over every operation of schema.graphql', () => {
  let server: TestServer;
  let fixture: Fixture;
  const callers = {} as Record<Persona, Caller>;

  async function ok<T>(client: CookieClient, query: string, variables?: Record<string, unknown>) {
    const answer = await client.graphql<T>(query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  async function setPlan(accountId: string, code: string) {
    await server.db.orm.em
      .fork()
      .getConnection()
      .execute(`update account set plan_id = (select id from plan where code = ?) where id = ?`, [
        code,
        accountId,
      ]);
  }

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: operatorEmail, TEST_CLOCK: '1' } });
    const viewerAccount = `{ viewer { account { id } } }`;

    // Account A: billing details, a live subscription with an open invoice, on Advanced.
    const admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('ada@a.example', 'Ada Admin');
    const accountId = (await ok<{ viewer: { account: { id: string } } }>(admin, viewerAccount))
      .viewer.account.id;
    await ok(
      admin,
      `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }`,
      {
        input: germanDetails,
      },
    );
    const start = `mutation($input: StartSubscriptionInput!) {
      startSubscription(input: $input) { invoice { id status } } }`;
    const subscription = { interval: 'MONTH', currency: 'EUR', seats: 1 };
    // The trial goes first, so the second start is paid and leaves an open invoice.
    await ok(admin, start, {
      input: { ...subscription, planCode: 'basic', idempotencyKey: 'trial' },
    });
    await ok(
      admin,
      `mutation($input: CancelSubscriptionInput!) { cancelSubscription(input: $input) { outcome } }`,
      { input: { timing: 'NOW', reason: 'UNUSED', idempotencyKey: 'end-trial' } },
    );
    const paid = await ok<{ startSubscription: { invoice: { id: string; status: string } } }>(
      admin,
      start,
      { input: { ...subscription, planCode: 'advanced', idempotencyKey: 'paid' } },
    );
    expect(paid.startSubscription.invoice.status).toBe('OPEN');
    // The audit log is an Advanced feature; the plan gate is not what this test is about.
    await setPlan(accountId, 'advanced');

    const createToken = `mutation($input: CreateApiTokenInput!) {
      createApiToken(input: $input) { secret token { id } } }`;
    const tokenOf = async (name: string, scope: ApiTokenScope) =>
      (
        await ok<{ createApiToken: { secret: string; token: { id: string } } }>(
          admin,
          createToken,
          {
            input: { name, scopes: [scope === 'account:read' ? 'ACCOUNT_READ' : 'INVOICES_READ'] },
          },
        )
      ).createApiToken;
    const invite = `mutation($input: InviteMemberInput!) {
      inviteMember(input: $input) { inviteUrl invitation { id } } }`;
    const inviteOf = async (email: string) =>
      (
        await ok<{ inviteMember: { inviteUrl: string; invitation: { id: string } } }>(
          admin,
          invite,
          { input: { email, role: 'VIEWER' } },
        )
      ).inviteMember;
    const linkInvitation = await inviteOf('link@a.example');
    const pendingInvitation = await inviteOf('pending@a.example');
    const spareToken = await tokenOf('Revoked by the matrix', 'account:read');
    const members = await ok<{ members: { id: string; isYou: boolean }[] }>(
      admin,
      `{ members { id isYou } }`,
    );
    await new CookieClient(server.url).signInWithDevProvider('ada@a.example', 'Ada Admin');
    const adaSessions = await ok<{ sessions: { id: string; current: boolean }[] }>(
      admin,
      `{ sessions { id current } }`,
    );

    const rows = server.db.orm.em.fork().getConnection();
    const paymentMethodId = newId('pmt');
    await rows.execute(
      `insert into payment_method (id, account_id, stripe_payment_method_id, type, brand, last4,
         exp_month, exp_year, is_default, created_at, updated_at)
       values (?, ?, 'pm_matrix', 'card', 'visa', '4242', 12, 2040, true, now(), now())`,
      [paymentMethodId, accountId],
    );
    const paymentId = newId('pay');
    await rows.execute(
      `insert into payment (id, account_id, invoice_id, method, amount, applied_amount, currency,
         status, reference, idempotency_key, received_at, created_at, failure_message)
       values (?, ?, ?, 'card', 100, 0, 'EUR', 'failed', '', 'matrix-card', now(), now(), 'declined')`,
      [paymentId, accountId, paid.startSubscription.invoice.id],
    );

    fixture = {
      ids: {
        bankTransferNoticeId: newId('btn'),
        paymentMethodId,
        paymentId,
        accountId,
        invoiceId: paid.startSubscription.invoice.id,
        memberId: members.members.find((m) => m.isYou)!.id,
        invitationId: pendingInvitation.invitation.id,
        apiTokenId: spareToken.token.id,
        mailMessageId: (
          await server.db.orm.em
            .fork()
            .getConnection()
            .execute<{ id: string }[]>(
              `select id from mail_message where to_address = 'pending@a.example'`,
            )
        )[0]!.id,
        sessionId: adaSessions.sessions.find((session) => !session.current)!.id,
        identityId: (
          await server.db.orm.em
            .fork()
            .getConnection()
            .execute<{ id: string }[]>(
              `select i.id from identity i join app_user u on u.id = i.user_id where u.email = 'ada@a.example'`,
            )
        )[0]!.id,
      },
      invitationToken: new URL(linkInvitation.inviteUrl).pathname.replace('/invite/', ''),
    };

    // Account B, on Free, whose Billing Admin probes A's objects.
    const otherAdmin = new CookieClient(server.url);
    await otherAdmin.signInWithDevProvider('bo@b.example', 'Bo Other');

    const cookieCaller =
      (client: CookieClient): Caller =>
      (query, variables) =>
        client.graphql(query, variables);
    const tokenCaller =
      (secret: string): Caller =>
      (query, variables) =>
        new CookieClient(server.url).graphql(query, variables, {
          authorization: `Bearer ${secret}`,
        });

    callers.anonymous = cookieCaller(new CookieClient(server.url));
    callers.viewer = cookieCaller(await memberOf(server, accountId, 'VIEWER'));
    callers.billingUser = cookieCaller(await memberOf(server, accountId, 'BILLING_USER'));
    for (const persona of grantPersonas) {
      callers[persona] = cookieCaller(
        await memberOf(server, accountId, 'BILLING_USER', { grants: [grantOf(persona)] }),
      );
    }
    for (const scope of apiTokenScopes) {
      callers[`token:${scope}`] = tokenCaller((await tokenOf(`Partner ${scope}`, scope)).secret);
    }
    callers.operator = cookieCaller(await signedInWithoutAccount(server, operatorEmail));
    callers.otherAdmin = cookieCaller(otherAdmin);
    callers.billingAdmin = cookieCaller(admin);
  });
  afterAll(async () => {
    await server.close();
  });

  it('has a row for every Query and Mutation field, and none for a field that is gone', () => {
    expect({
      missingFromTheMatrix: operationNames.filter((name) => !(name in matrix)),
      notInTheSchema: Object.keys(matrix).filter((name) => !operationNames.includes(name)),
      inBothQueryAndMutation: operationNames.filter((n, i) => operationNames.indexOf(n) !== i),
    }).toEqual({ missingFromTheMatrix: [], notInTheSchema: [], inBothQueryAndMutation: [] });
  });

  it('has a Billing User persona for every grantable permission and a token for every scope', () => {
    expect(grantPersonas.map(grantOf).sort()).toEqual([...grantablePermissions].sort());
    expect(personas.filter(isToken).map(scopeOf).sort()).toEqual([...apiTokenScopes].sort());
  });

  const ordered = operations
    .filter((operation) => operation.field.name in matrix)
    .sort(
      (a, b) =>
        Number(matrix[a.field.name]!.runsLast !== undefined) -
        Number(matrix[b.field.name]!.runsLast !== undefined),
    );
  const cases = ordered.flatMap((operation) =>
    personas.map(
      (persona) =>
        [
          operation.field.name,
          persona,
          matrix[operation.field.name]!.expected[persona],
          operation,
        ] as const,
    ),
  );

  it.each(cases)('%s as %s: %s', async (name, persona, expected, operation) => {
    const row = matrix[name]!;
    const { query, variables } = requestFor(operation, row, fixture);
    const seen = observed(persona, await callers[persona](query, variables));
    // An allowed call may still find nothing: NOT_FOUND is past the permissions too.
    const outcome = expected === 'allow' && seen.outcome === 'not_found' ? 'allow' : seen.outcome;
    expect({ ...seen, outcome }).toEqual({ ...seen, outcome: expected });
    if (expected === 'not_found') {
      // As if the object did not exist: the answer an unknown id gets, word for word.
      const unknown = requestFor(operation, row, { ...fixture, ids: unknownIds(fixture.ids) });
      const answerForUnknown = observed(
        persona,
        await callers[persona](unknown.query, unknown.variables),
      );
      expect(seen).toEqual(answerForUnknown);
    }
  });

  it('answers PLAN_LIMIT, not FORBIDDEN, for the audit log of a Billing Admin on Free', async () => {
    const answer = await callers.otherAdmin(`{ auditEvents { totalCount } }`, {});
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'PLAN_LIMIT' });
  });

  it('answers a Billing Admin naming another account in the audit filter as for an account that does not exist', async () => {
    const query = `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { totalCount } }`;
    const answerFor = async (accountId: string) =>
      observed('billingAdmin', await callers.billingAdmin(query, { filter: { accountId } }));
    const otherAccount = (await callers.otherAdmin(`{ viewer { account { id } } }`, {})).data as {
      viewer: { account: { id: string } };
    };
    const named = await answerFor(otherAccount.viewer.account.id);
    expect(named.outcome).toBe('deny');
    expect(named).toEqual(await answerFor(newId('acc')));
  });
});
