import type { DocumentNode } from 'graphql';
import * as Apollo from '@apollo/client';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = {
  [_ in K]?: never;
};
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
const defaultOptions = {} as const;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
};

export type Account = {
  __typename?: 'Account';
  /** What Billing Admins are alerted about. */
  alertTopics: Array<AlertTopic>;
  /** Sum of the open invoices' amount due, in the currency of the newest open invoice (an account's invoices share its subscription's currency); zero when nothing is open (in the newest invoice's currency, else the preferred currency, else EUR). */
  amountDue: Money;
  /** Who invoices are addressed to; null until a Billing Admin adds them. */
  billingDetails: Maybe<BillingDetails>;
  /** Billing e-mail given at onboarding; prefills billing details until they exist. */
  billingEmail: Maybe<Scalars['String']['output']>;
  /** The country given at onboarding; prefills billing details until they exist. */
  country: Maybe<CountryCode>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Credit applied to the next invoices before anything is charged. */
  creditBalance: Money;
  /** The features the account's plan includes (checked on the server). */
  entitlements: Array<PlanFeature>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When a Billing Admin finished the first-run wizard; null until then (the web app offers it). */
  onboardedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the wizard was put off with "Skip for now" (null if never, or finished). */
  onboardingSkippedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The plan the account is on. */
  plan: Plan;
  /** The currency a new subscription starts in unless another is chosen. */
  preferredCurrency: Maybe<Scalars['String']['output']>;
  /** Every member must use two-factor sign-in (`setAccountTwoFactorRequirement`). */
  requireTwoFactor: Scalars['Boolean']['output'];
  /** The live subscription, or the most recently ended one; null if none ever. */
  subscription: Maybe<Subscription>;
  /** Set while the account is suspended (by an operator, or by dunning until the overdue invoice is paid). */
  suspendedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the account is suspended, for its members: an operator’s words, or "dunning" (an overdue invoice; paying it lifts the suspension). */
  suspensionReason: Maybe<Scalars['String']['output']>;
  /** Seats and usage against the plan limits, this period. */
  usage: Array<UsageMeter>;
};

/** An account the signed-in person belongs to, for the account switcher. */
export type AccountMembership = {
  __typename?: 'AccountMembership';
  account: Account;
  /** The account this session acts in. */
  current: Scalars['Boolean']['output'];
  role: Role;
};

export type AccountSuspensionInput = {
  accountId: Scalars['ID']['input'];
  /** Why, in words the account’s members read on their banner (suspend) or the audit log keeps (both): 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  country: CountryCode;
  /** Country name in English. */
  countryName: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  /** State, province or region. */
  region: Maybe<Scalars['String']['output']>;
};

export type AdjustCreditBalanceInput = {
  accountId: Scalars['ID']['input'];
  /** Minor units: positive adds credit, negative takes it away (never below zero). */
  amount: Scalars['Int']['input'];
  /** ISO 4217 code of the balance to adjust. */
  currency: Scalars['String']['input'];
  /** Once per key: a retry answers the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** Why: kept on the ledger row and in the audit log (1 to 500 characters). */
  reason: Scalars['String']['input'];
};

export type AdjustCreditBalancePayload = {
  __typename?: 'AdjustCreditBalancePayload';
  /** The balance in that currency afterwards. */
  balance: Money;
  /** The ledger row written. */
  entryId: Scalars['ID']['output'];
};

/** How far to move the test clock forward: `seconds` and `days` add up; or `to`, an instant after the current test time. */
export type AdvanceTestClockInput = {
  days?: InputMaybe<Scalars['Int']['input']>;
  seconds?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** What the account's Billing Admins choose to be alerted about by e-mail. */
export const AlertTopic = {
  /** A new invoice was issued. */
  InvoiceIssued: 'INVOICE_ISSUED',
  /** A payment failed (each dunning retry). */
  PaymentFailed: 'PAYMENT_FAILED',
  /** The plan or seats changed, or a cancellation was scheduled. */
  PlanChanged: 'PLAN_CHANGED',
  /** Members, API tokens and two-factor settings changed. */
  Security: 'SECURITY',
  /** A trial ends in 3 days. */
  TrialEnding: 'TRIAL_ENDING',
  /** Usage is close to, or over, a plan limit. */
  UsageLimits: 'USAGE_LIMITS',
} as const;

export type AlertTopic = (typeof AlertTopic)[keyof typeof AlertTopic];
/** A partner API token. Its secret is shown once, when it is created, and never again. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Null once that person is deleted. */
  createdBy: Maybe<User>;
  /** Null: never expires. */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** When the token last authenticated a request (updated at most once a minute). */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The first 8 characters of the secret, e.g. `llp_3f9a`, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<ApiTokenScope>;
  status: ApiTokenStatus;
};

/** What a partner API token may read. Tokens never change anything. */
export const ApiTokenScope = {
  /** `account:read`: the account, its plan and billing details. */
  AccountRead: 'ACCOUNT_READ',
  /** `invoices:read`: invoices (list and detail) and their PDFs. */
  InvoicesRead: 'INVOICES_READ',
} as const;

export type ApiTokenScope = (typeof ApiTokenScope)[keyof typeof ApiTokenScope];
/** ACTIVE tokens authenticate; EXPIRED and REVOKED ones are refused. */
export const ApiTokenStatus = {
  Active: 'ACTIVE',
  Expired: 'EXPIRED',
  Revoked: 'REVOKED',
} as const;

export type ApiTokenStatus = (typeof ApiTokenStatus)[keyof typeof ApiTokenStatus];
/** The rate a converted figure used. */
export type AppliedRate = {
  __typename?: 'AppliedRate';
  currency: Scalars['String']['output'];
  /** The day of the rate used: the latest on or before the figure’s day. */
  day: Scalars['String']['output'];
  /** One unit of currency in the reporting currency, exact decimal text. */
  rate: Scalars['String']['output'];
};

export type ApproveBankTransferInput = {
  /** What arrived, in minor units of the invoice’s currency; omitted: as announced. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  noticeId: Scalars['ID']['input'];
  /** When it arrived; omitted: the day the customer said they sent it. */
  receivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type ArchivePlanInput = {
  /** false brings an archived plan back. */
  archived?: Scalars['Boolean']['input'];
  planId: Scalars['ID']['input'];
};

/** One changed field. `from` and `to` are null when the event records only which fields changed (personal data such as addresses is not copied into the log). */
export type AuditChange = {
  __typename?: 'AuditChange';
  field: Scalars['String']['output'];
  from: Maybe<Scalars['String']['output']>;
  to: Maybe<Scalars['String']['output']>;
  /** False when only the field name was recorded, not its values. */
  valuesRecorded: Scalars['Boolean']['output'];
};

/** A recorded fact about the event that is not a field change. */
export type AuditDetail = {
  __typename?: 'AuditDetail';
  key: Scalars['String']['output'];
  /** Text as recorded; numbers and lists as JSON. */
  value: Scalars['String']['output'];
};

/** Who did what, when and from where. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Null for events outside any account. */
  accountId: Maybe<Scalars['String']['output']>;
  /** Dotted action name, e.g. "auth.sign_in" or "account.update". */
  action: Scalars['String']['output'];
  /** The action in words, e.g. "Signed in" (one table: audit-actions.ts). */
  actionLabel: Scalars['String']['output'];
  /** Who acted; null for the system (jobs, webhooks) or a user since deleted. */
  actor: Maybe<User>;
  /** The API token the action came through; null for the dashboard. */
  actorTokenId: Maybe<Scalars['String']['output']>;
  /** What changed, field by field. */
  changes: Array<AuditChange>;
  /** Everything else the event recorded. */
  details: Array<AuditDetail>;
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  outcome: AuditOutcome;
  /** The whole recorded summary as JSON text; null when nothing was recorded. */
  summaryText: Maybe<Scalars['String']['output']>;
  /** Id of the object acted on. */
  target: Maybe<Scalars['String']['output']>;
  /** What the target is, from its id: "Invoice", "Member", "API token"; null without one. */
  targetKind: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** Events matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque; pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** Operators: one account's events. Members always see their own account; another account answers FORBIDDEN. */
  accountId?: InputMaybe<Scalars['String']['input']>;
  /** Actions starting with this text, e.g. "auth." or "billing_details.update". */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Events by the user with this e-mail. */
  actorEmail?: InputMaybe<Scalars['String']['input']>;
  /** Events at or after this instant. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** Events at or before this instant. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Whether the recorded action took effect. */
export const AuditOutcome = {
  Failure: 'FAILURE',
  Success: 'SUCCESS',
} as const;

export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];
export type AuthProvider = {
  __typename?: 'AuthProvider';
  /** True for the local development sign-in that stands in for Google. */
  development: Scalars['Boolean']['output'];
  /** Used in /auth/{id}/start. */
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** The payment methods the account's billing country is offered, in order. */
export type AvailablePaymentMethods = {
  __typename?: 'AvailablePaymentMethods';
  /** Where to transfer to, when bank transfer is offered; null otherwise. */
  bankTransfer: Maybe<BankTransferAccount>;
  /** The billing country; null until billing details are saved (the default row applies). */
  country: Maybe<CountryCode>;
  /** The account’s billing currency, which `bankTransfer` is for. */
  currency: Scalars['String']['output'];
  /** In the order to show them. Card only when Stripe is configured. */
  methods: Array<PaymentMethodKind>;
};

/** A background job (pg-boss) as the back office shows it. */
export type BackgroundJob = {
  __typename?: 'BackgroundJob';
  /** When it finished or last failed. */
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The payload it was enqueued with, as indented JSON. */
  data: Scalars['String']['output'];
  /** What the last failed run left (error message and stack), as indented JSON. */
  errorOutput: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The job, e.g. deliver-mail. */
  name: Scalars['String']['output'];
  /** Retries so far (the first run is not a retry). */
  retryCount: Scalars['Int']['output'];
  /** Retries allowed (each operator retry adds one). */
  retryLimit: Scalars['Int']['output'];
  /** When the last run started. */
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** created, retry, active, completed, cancelled or failed (every retry used up). */
  state: Scalars['String']['output'];
};

export type BackgroundJobConnection = {
  __typename?: 'BackgroundJobConnection';
  edges: Array<BackgroundJobEdge>;
  /** Every job name this deployment runs, for the filter. */
  jobNames: Array<Scalars['String']['output']>;
  pageInfo: PageInfo;
};

export type BackgroundJobEdge = {
  __typename?: 'BackgroundJobEdge';
  cursor: Scalars['String']['output'];
  node: BackgroundJob;
};

export type BackupCodesPayload = {
  __typename?: 'BackupCodesPayload';
  /** Ten single-use codes, shown only in this answer: Ledgerline keeps just their hashes. */
  backupCodes: Array<Scalars['String']['output']>;
  twoFactor: TwoFactorStatus;
};

/** Where customers transfer money for invoices in one currency. */
export type BankTransferAccount = {
  __typename?: 'BankTransferAccount';
  /** ISO 4217 code of the invoices this account receives. */
  currency: Scalars['String']['output'];
  /** Account holder, IBAN or account number, BIC, bank: shown as written. */
  details: Scalars['String']['output'];
  /** What else to know (quote the invoice number …); may be empty. */
  instructions: Scalars['String']['output'];
};

export type BankTransferAccountInput = {
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['input'];
  /** 1 to 1000 characters. */
  details: Scalars['String']['input'];
  /** Up to 1000 characters. */
  instructions?: InputMaybe<Scalars['String']['input']>;
};

/** A customer’s word that they paid an invoice by bank transfer, and its outcome. */
export type BankTransferNotice = {
  __typename?: 'BankTransferNotice';
  /** What the customer says they sent. */
  amount: Money;
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  /** The payment recorded on approval. */
  paymentId: Maybe<Scalars['ID']['output']>;
  /** The reference quoted on the transfer. */
  reference: Scalars['String']['output'];
  /** Why an operator rejected it. */
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** When the customer says they sent it. */
  sentAt: Scalars['DateTimeISO']['output'];
  status: BankTransferNoticeStatus;
  submittedAt: Scalars['DateTimeISO']['output'];
};

/** pending (waiting for an operator) → approved (payment recorded) | rejected. */
export const BankTransferNoticeStatus = {
  Approved: 'APPROVED',
  Pending: 'PENDING',
  Rejected: 'REJECTED',
} as const;

export type BankTransferNoticeStatus =
  (typeof BankTransferNoticeStatus)[keyof typeof BankTransferNoticeStatus];
/** Announced transfers of one status, oldest announcement first. */
export type BankTransferQueueConnection = {
  __typename?: 'BankTransferQueueConnection';
  edges: Array<BankTransferQueueEdge>;
  pageInfo: PageInfo;
};

export type BankTransferQueueEdge = {
  __typename?: 'BankTransferQueueEdge';
  cursor: Scalars['String']['output'];
  node: BankTransferQueueItem;
};

/** Operators: an announced transfer with its account and invoice. */
export type BankTransferQueueItem = {
  __typename?: 'BankTransferQueueItem';
  accountId: Scalars['ID']['output'];
  accountName: Scalars['String']['output'];
  /** What the invoice still asks for now. */
  invoiceAmountDue: Money;
  invoiceNumber: Scalars['String']['output'];
  /** The invoice PDF (operators may download any). */
  invoicePdfUrl: Scalars['String']['output'];
  invoiceStatus: InvoiceStatus;
  notice: BankTransferNotice;
  /** The member who announced it. */
  submittedBy: Maybe<Scalars['String']['output']>;
};

export type BillingDetails = {
  __typename?: 'BillingDetails';
  address: Address;
  /** Where invoices and receipts are sent. */
  billingEmail: Scalars['String']['output'];
  /** The legal name invoices are addressed to. */
  legalName: Scalars['String']['output'];
  taxId: Maybe<TaxId>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export const BillingInterval = {
  Month: 'MONTH',
  Year: 'YEAR',
} as const;

export type BillingInterval = (typeof BillingInterval)[keyof typeof BillingInterval];
export type BillingPortalSession = {
  __typename?: 'BillingPortalSession';
  /** Stripe's Customer Portal for this account; open it at once (it expires within minutes). */
  url: Scalars['String']['output'];
};

export type CancelSubscriptionInput = {
  /** Up to 1000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  reason: CancellationReason;
  /** PERIOD_END (revocable until then) or NOW (a fee may apply; see the preview). */
  timing: ChangeTiming;
};

export const CancellationReason = {
  MissingFeatures: 'MISSING_FEATURES',
  Other: 'OTHER',
  SwitchedService: 'SWITCHED_SERVICE',
  TooExpensive: 'TOO_EXPENSIVE',
  Unused: 'UNUSED',
} as const;

export type CancellationReason = (typeof CancellationReason)[keyof typeof CancellationReason];
/** Whether this portal takes cards, and how the browser reaches Stripe. */
export type CardPaymentSettings = {
  __typename?: 'CardPaymentSettings';
  /** Whether the Payment methods page offers "Manage in Stripe" (STRIPE_CUSTOMER_PORTAL=1). */
  customerPortal: Scalars['Boolean']['output'];
  /** False: Stripe is not configured; invoices are paid by bank transfer. */
  enabled: Scalars['Boolean']['output'];
  /** Stripe.js's publishable key. */
  publishableKey: Maybe<Scalars['String']['output']>;
  /** Where the browser loads Stripe.js from. */
  stripeJsUrl: Scalars['String']['output'];
};

export type CatalogKey = {
  __typename?: 'CatalogKey';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type CatalogLimitInput = {
  key: Scalars['String']['input'];
  /** null is unlimited. */
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A plan with everything an operator edits, archived plans included. */
export type CatalogPlan = {
  __typename?: 'CatalogPlan';
  /** Archived: no new subscriptions; running ones keep the plan. */
  archived: Scalars['Boolean']['output'];
  /** Share of the remaining contract invoiced on immediate cancellation, in basis points. */
  cancellationFeeBps: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  customPricing: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** Feature keys (see planCatalog.features for words). */
  featureKeys: Array<Scalars['String']['output']>;
  features: Array<PlanFeature>;
  id: Scalars['ID']['output'];
  includedSeats: Scalars['Int']['output'];
  limits: Array<CatalogPlanLimit>;
  /** Live subscriptions on any version of this plan. */
  liveSubscriptions: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Every version, newest first per interval and currency. */
  prices: Array<CatalogPrice>;
  rank: Scalars['Int']['output'];
  trialDays: Scalars['Int']['output'];
};

/** A usage limit of a plan; null is unlimited. */
export type CatalogPlanLimit = {
  __typename?: 'CatalogPlanLimit';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  limit: Maybe<Scalars['Int']['output']>;
};

/** One version of a catalog price, as operators see it. */
export type CatalogPrice = {
  __typename?: 'CatalogPrice';
  /** Offered to new subscribers; false for an older version. */
  active: Scalars['Boolean']['output'];
  amount: Money;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  interval: BillingInterval;
  /** Live subscriptions billed at this version. */
  liveSubscriptions: Scalars['Int']['output'];
  perSeatAmount: Maybe<Money>;
  version: Scalars['Int']['output'];
};

export type CatalogPriceInput = {
  /** ISO 4217 code. */
  currency: Scalars['String']['input'];
  interval: BillingInterval;
  /** Per extra seat per period; null sells none. */
  perSeatAmount?: InputMaybe<Scalars['Int']['input']>;
  /** Price per period in minor units. */
  unitAmount: Scalars['Int']['input'];
};

export type ChangeMemberRoleInput = {
  memberId: Scalars['ID']['input'];
  role: Role;
};

/** Omitted fields keep their current value. Asking for the current plan, interval and seats takes back a scheduled change. */
export type ChangeSubscriptionInput = {
  idempotencyKey: Scalars['String']['input'];
  interval?: InputMaybe<BillingInterval>;
  planCode?: InputMaybe<Scalars['String']['input']>;
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** Default: NOW for upgrades and interval changes, PERIOD_END for downgrades. */
  timing?: InputMaybe<ChangeTiming>;
};

/** Whether a change applies now or at the end of the current period. */
export const ChangeTiming = {
  Now: 'NOW',
  PeriodEnd: 'PERIOD_END',
} as const;

export type ChangeTiming = (typeof ChangeTiming)[keyof typeof ChangeTiming];
export type CompleteOnboardingInput = {
  /** The alert topics wanted; the others are off. */
  alerts: Array<AlertTopic>;
  /** Where invoices and receipts are sent. */
  billingEmail: Scalars['String']['input'];
  /** The account name shown to members and on invoices: 1 to 100 characters. */
  companyName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['input'];
  /** A currency the catalog sells in (USD, EUR, GBP). */
  currency: Scalars['String']['input'];
};

export type ConfirmInvoicePaymentInput = {
  /** The payment that asked for 3-D Secure. */
  paymentId: Scalars['ID']['input'];
};

export type ConfirmPaymentMethodSetupInput = {
  /** The SetupIntent the browser confirmed (seti_…). */
  setupIntentId: Scalars['String']['input'];
};

/** An ISO 3166-1 alpha-2 country code (the officially assigned ones). */
export const CountryCode = {
  Ad: 'AD',
  Ae: 'AE',
  Af: 'AF',
  Ag: 'AG',
  Ai: 'AI',
  Al: 'AL',
  Am: 'AM',
  Ao: 'AO',
  Aq: 'AQ',
  Ar: 'AR',
  As: 'AS',
  At: 'AT',
  Au: 'AU',
  Aw: 'AW',
  Ax: 'AX',
  Az: 'AZ',
  Ba: 'BA',
  Bb: 'BB',
  Bd: 'BD',
  Be: 'BE',
  Bf: 'BF',
  Bg: 'BG',
  Bh: 'BH',
  Bi: 'BI',
  Bj: 'BJ',
  Bl: 'BL',
  Bm: 'BM',
  Bn: 'BN',
  Bo: 'BO',
  Bq: 'BQ',
  Br: 'BR',
  Bs: 'BS',
  Bt: 'BT',
  Bv: 'BV',
  Bw: 'BW',
  By: 'BY',
  Bz: 'BZ',
  Ca: 'CA',
  Cc: 'CC',
  Cd: 'CD',
  Cf: 'CF',
  Cg: 'CG',
  Ch: 'CH',
  Ci: 'CI',
  Ck: 'CK',
  Cl: 'CL',
  Cm: 'CM',
  Cn: 'CN',
  Co: 'CO',
  Cr: 'CR',
  Cu: 'CU',
  Cv: 'CV',
  Cw: 'CW',
  Cx: 'CX',
  Cy: 'CY',
  Cz: 'CZ',
  De: 'DE',
  Dj: 'DJ',
  Dk: 'DK',
  Dm: 'DM',
  Do: 'DO',
  Dz: 'DZ',
  Ec: 'EC',
  Ee: 'EE',
  Eg: 'EG',
  Eh: 'EH',
  Er: 'ER',
  Es: 'ES',
  Et: 'ET',
  Fi: 'FI',
  Fj: 'FJ',
  Fk: 'FK',
  Fm: 'FM',
  Fo: 'FO',
  Fr: 'FR',
  Ga: 'GA',
  Gb: 'GB',
  Gd: 'GD',
  Ge: 'GE',
  Gf: 'GF',
  Gg: 'GG',
  Gh: 'GH',
  Gi: 'GI',
  Gl: 'GL',
  Gm: 'GM',
  Gn: 'GN',
  Gp: 'GP',
  Gq: 'GQ',
  Gr: 'GR',
  Gs: 'GS',
  Gt: 'GT',
  Gu: 'GU',
  Gw: 'GW',
  Gy: 'GY',
  Hk: 'HK',
  Hm: 'HM',
  Hn: 'HN',
  Hr: 'HR',
  Ht: 'HT',
  Hu: 'HU',
  Id: 'ID',
  Ie: 'IE',
  Il: 'IL',
  Im: 'IM',
  In: 'IN',
  Io: 'IO',
  Iq: 'IQ',
  Ir: 'IR',
  Is: 'IS',
  It: 'IT',
  Je: 'JE',
  Jm: 'JM',
  Jo: 'JO',
  Jp: 'JP',
  Ke: 'KE',
  Kg: 'KG',
  Kh: 'KH',
  Ki: 'KI',
  Km: 'KM',
  Kn: 'KN',
  Kp: 'KP',
  Kr: 'KR',
  Kw: 'KW',
  Ky: 'KY',
  Kz: 'KZ',
  La: 'LA',
  Lb: 'LB',
  Lc: 'LC',
  Li: 'LI',
  Lk: 'LK',
  Lr: 'LR',
  Ls: 'LS',
  Lt: 'LT',
  Lu: 'LU',
  Lv: 'LV',
  Ly: 'LY',
  Ma: 'MA',
  Mc: 'MC',
  Md: 'MD',
  Me: 'ME',
  Mf: 'MF',
  Mg: 'MG',
  Mh: 'MH',
  Mk: 'MK',
  Ml: 'ML',
  Mm: 'MM',
  Mn: 'MN',
  Mo: 'MO',
  Mp: 'MP',
  Mq: 'MQ',
  Mr: 'MR',
  Ms: 'MS',
  Mt: 'MT',
  Mu: 'MU',
  Mv: 'MV',
  Mw: 'MW',
  Mx: 'MX',
  My: 'MY',
  Mz: 'MZ',
  Na: 'NA',
  Nc: 'NC',
  Ne: 'NE',
  Nf: 'NF',
  Ng: 'NG',
  Ni: 'NI',
  Nl: 'NL',
  No: 'NO',
  Np: 'NP',
  Nr: 'NR',
  Nu: 'NU',
  Nz: 'NZ',
  Om: 'OM',
  Pa: 'PA',
  Pe: 'PE',
  Pf: 'PF',
  Pg: 'PG',
  Ph: 'PH',
  Pk: 'PK',
  Pl: 'PL',
  Pm: 'PM',
  Pn: 'PN',
  Pr: 'PR',
  Ps: 'PS',
  Pt: 'PT',
  Pw: 'PW',
  Py: 'PY',
  Qa: 'QA',
  Re: 'RE',
  Ro: 'RO',
  Rs: 'RS',
  Ru: 'RU',
  Rw: 'RW',
  Sa: 'SA',
  Sb: 'SB',
  Sc: 'SC',
  Sd: 'SD',
  Se: 'SE',
  Sg: 'SG',
  Sh: 'SH',
  Si: 'SI',
  Sj: 'SJ',
  Sk: 'SK',
  Sl: 'SL',
  Sm: 'SM',
  Sn: 'SN',
  So: 'SO',
  Sr: 'SR',
  Ss: 'SS',
  St: 'ST',
  Sv: 'SV',
  Sx: 'SX',
  Sy: 'SY',
  Sz: 'SZ',
  Tc: 'TC',
  Td: 'TD',
  Tf: 'TF',
  Tg: 'TG',
  Th: 'TH',
  Tj: 'TJ',
  Tk: 'TK',
  Tl: 'TL',
  Tm: 'TM',
  Tn: 'TN',
  To: 'TO',
  Tr: 'TR',
  Tt: 'TT',
  Tv: 'TV',
  Tw: 'TW',
  Tz: 'TZ',
  Ua: 'UA',
  Ug: 'UG',
  Um: 'UM',
  Us: 'US',
  Uy: 'UY',
  Uz: 'UZ',
  Va: 'VA',
  Vc: 'VC',
  Ve: 'VE',
  Vg: 'VG',
  Vi: 'VI',
  Vn: 'VN',
  Vu: 'VU',
  Wf: 'WF',
  Ws: 'WS',
  Ye: 'YE',
  Yt: 'YT',
  Za: 'ZA',
  Zm: 'ZM',
  Zw: 'ZW',
} as const;

export type CountryCode = (typeof CountryCode)[keyof typeof CountryCode];
export type CreateApiTokenInput = {
  /** Days until the token expires, 1 to 365; null or absent: never. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** What uses the token, e.g. "ERP sync": 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** At least one. */
  scopes: Array<ApiTokenScope>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The secret to send as `Authorization: Bearer <secret>`. Shown only in this answer: Ledgerline keeps just its hash. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

export type CreateManualInvoiceInput = {
  accountId: Scalars['ID']['input'];
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['input'];
  /** A new key per invoice; a retry with the same key issues one. */
  idempotencyKey: Scalars['String']['input'];
  /** 1 to 50 lines, adding up to more than zero. */
  lines: Array<ManualInvoiceLineInput>;
};

/** Why the credit balance moved. */
export const CreditBalanceReason = {
  AppliedToInvoice: 'APPLIED_TO_INVOICE',
  CreditRestored: 'CREDIT_RESTORED',
  OperatorAdjustment: 'OPERATOR_ADJUSTMENT',
  Overpayment: 'OVERPAYMENT',
  ProrationCredit: 'PRORATION_CREDIT',
  RefundToBalance: 'REFUND_TO_BALANCE',
} as const;

export type CreditBalanceReason = (typeof CreditBalanceReason)[keyof typeof CreditBalanceReason];
/** One movement of an account’s credit balance (an append-only ledger). */
export type CreditLedgerEntry = {
  __typename?: 'CreditLedgerEntry';
  /** Positive adds credit, negative uses it. */
  amount: Money;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The credit note that moved it, if any. */
  creditNoteNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The invoice that moved it, if any. */
  invoiceNumber: Maybe<Scalars['String']['output']>;
  /** An operator adjustment’s reason. */
  note: Maybe<Scalars['String']['output']>;
  reason: CreditBalanceReason;
};

/** Money given back for a voided paid invoice (credited to the balance). */
export type CreditNote = {
  __typename?: 'CreditNote';
  amount: Money;
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  /** CN-YYYY-MM-NNNNN. */
  number: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type CurrencyCount = {
  __typename?: 'CurrencyCount';
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type DisableTwoFactorPayload = {
  __typename?: 'DisableTwoFactorPayload';
  twoFactor: TwoFactorStatus;
};

/** One day's rate: one unit of `currency` is worth `rate` units of `reportingCurrency`. */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  currency: Scalars['String']['output'];
  /** UTC calendar day, YYYY-MM-DD. */
  day: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Exact decimal as text, e.g. "1.0842". */
  rate: Scalars['String']['output'];
  reportingCurrency: Scalars['String']['output'];
  /** manual or csv. */
  source: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ExchangeRateList = {
  __typename?: 'ExchangeRateList';
  /** Newest day first. */
  rates: Array<ExchangeRate>;
  /** REPORTING_CURRENCY: what every rate converts into. */
  reportingCurrency: Scalars['String']['output'];
};

/** The query parameters of the link in a payment-failed e-mail (/billing/payment-methods?invoice=…&expires=…&signature=…). */
export type FixPaymentLinkInput = {
  expires: Scalars['String']['input'];
  invoice: Scalars['String']['input'];
  signature: Scalars['String']['input'];
};

/** The permissions a Billing Admin may grant to (or take from) a Billing User on top of the role; the same values as in `Permission`. */
export const GrantablePermission = {
  BillingDetailsEdit: 'BILLING_DETAILS_EDIT',
  InvoicesPay: 'INVOICES_PAY',
  PaymentMethodsManage: 'PAYMENT_METHODS_MANAGE',
} as const;

export type GrantablePermission = (typeof GrantablePermission)[keyof typeof GrantablePermission];
export type ImportExchangeRatesInput = {
  /** Lines of day,currency,rate (e.g. 2027-01-31,EUR,1.0842); an optional header line; all or nothing. */
  csv: Scalars['String']['input'];
};

export type ImportExchangeRatesResult = {
  __typename?: 'ImportExchangeRatesResult';
  imported: Scalars['Int']['output'];
};

/** An invitation not yet accepted or withdrawn. */
export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Permissions the Billing User will get on top of the role. */
  grants: Array<GrantablePermission>;
  id: Scalars['ID']['output'];
  invitedBy: Maybe<User>;
  role: Role;
  /** When the current link was sent. */
  sentAt: Scalars['DateTimeISO']['output'];
  status: InvitationStatus;
};

export type InvitationIdInput = {
  invitationId: Scalars['ID']['input'];
};

/** What an invitation link shows before it is accepted. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  accountName: Scalars['String']['output'];
  /** The invited address, masked: j***@acme.example. */
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  invitedByName: Maybe<Scalars['String']['output']>;
  role: Role;
  status: InvitationStatus;
};

export type InvitationSentPayload = {
  __typename?: 'InvitationSentPayload';
  invitation: Invitation;
  /** The accept link, answered once (it is also e-mailed). Only a sign-in with the invited, verified e-mail can use it. */
  inviteUrl: Scalars['String']['output'];
};

/** OPEN until accepted, withdrawn or 7 days old (EXPIRED: resend it). */
export const InvitationStatus = {
  Accepted: 'ACCEPTED',
  Expired: 'EXPIRED',
  Open: 'OPEN',
  Revoked: 'REVOKED',
} as const;

export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];
export type InvitationTokenInput = {
  /** The token from the invitation link (/invite/{token}). */
  token: Scalars['String']['input'];
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  /** For a Billing User: the grantable permissions to give (omitted: INVOICES_PAY, the default; [] gives none). */
  permissions?: InputMaybe<Array<Permission>>;
  role: Role;
};

export type Invoice = {
  __typename?: 'Invoice';
  /** The account it was issued to. */
  accountId: Scalars['ID']['output'];
  amountDue: Money;
  amountPaid: Money;
  /** Bank transfers the customer told us about for this invoice, newest first. */
  bankTransferNotices: Array<BankTransferNotice>;
  buyer: InvoiceBuyer;
  /** Credit balance used before tax. */
  creditApplied: Money;
  creditNotes: Array<CreditNote>;
  currency: Scalars['String']['output'];
  dueAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  lines: Array<InvoiceLine>;
  /** INV-YYYY-MM-NNNNN: sequential without gaps within a month. */
  number: Scalars['String']['output'];
  paidAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Bank-transfer details while the invoice is open; null otherwise. */
  paymentInstructions: Maybe<PaymentInstructions>;
  /** Money received for this invoice. */
  payments: Array<Payment>;
  /** Where the PDF is downloaded (same session cookie). */
  pdfUrl: Scalars['String']['output'];
  periodEnd: Maybe<Scalars['DateTimeISO']['output']>;
  periodStart: Maybe<Scalars['DateTimeISO']['output']>;
  reverseCharge: Scalars['Boolean']['output'];
  /** The legal note printed for EU reverse charge. */
  reverseChargeNote: Maybe<Scalars['String']['output']>;
  seller: InvoiceSeller;
  status: InvoiceStatus;
  /** Sum of the lines (negative when credits outweigh charges). */
  subtotal: Money;
  tax: Money;
  /** The tax line as every invoice, preview and PDF spells it: "VAT 19%", "Sales tax 0%", "VAT (reverse charge) 0%". */
  taxLabel: Scalars['String']['output'];
  /** Tax rate in basis points: 1900 is 19 %. */
  taxRateBps: Scalars['Int']['output'];
  total: Money;
  voidedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Who the invoice is addressed to, as it was when it was issued. */
export type InvoiceBuyer = {
  __typename?: 'InvoiceBuyer';
  addressLines: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  email: Scalars['String']['output'];
  legalName: Scalars['String']['output'];
  taxId: Maybe<Scalars['String']['output']>;
};

/** Invoices by issue date (then id), in the order asked for. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque; pass as `after` to continue after this invoice. */
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceFilter = {
  /** Issued at or after this instant. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Part of the invoice number, e.g. "2026-03" or "00012" (case-insensitive). */
  number?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InvoiceStatus>;
  /** Issued at or before this instant. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** One line of an invoice or of a preview. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** quantity × unit amount; negative for a credit. */
  amount: Money;
  description: Scalars['String']['output'];
  kind: InvoiceLineKind;
  periodEnd: Scalars['DateTimeISO']['output'];
  periodStart: Scalars['DateTimeISO']['output'];
  /** True when the amount covers part of a period (prorated by the second). */
  proration: Scalars['Boolean']['output'];
  quantity: Scalars['Int']['output'];
  unitAmount: Money;
};

/** What a line bills: a full period, extra seats, credit for unused time, the rest of a period on a new plan, a cancellation fee, or a line an operator wrote on a manual invoice. */
export const InvoiceLineKind = {
  CancellationFee: 'CANCELLATION_FEE',
  ExtraSeats: 'EXTRA_SEATS',
  Manual: 'MANUAL',
  RemainingTime: 'REMAINING_TIME',
  Subscription: 'SUBSCRIPTION',
  UnusedTime: 'UNUSED_TIME',
} as const;

export type InvoiceLineKind = (typeof InvoiceLineKind)[keyof typeof InvoiceLineKind];
/** By issue date (then id): newest or oldest first. */
export const InvoiceOrder = {
  NewestFirst: 'NEWEST_FIRST',
  OldestFirst: 'OLDEST_FIRST',
} as const;

export type InvoiceOrder = (typeof InvoiceOrder)[keyof typeof InvoiceOrder];
/** Who issued the invoice, as it was when it was issued. */
export type InvoiceSeller = {
  __typename?: 'InvoiceSeller';
  addressLines: Array<Scalars['String']['output']>;
  country: Scalars['String']['output'];
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  vatId: Maybe<Scalars['String']['output']>;
};

/** open (issued, money due) → paid | void | uncollectible. */
export const InvoiceStatus = {
  Open: 'OPEN',
  Paid: 'PAID',
  Uncollectible: 'UNCOLLECTIBLE',
  Void: 'VOID',
} as const;

export type InvoiceStatus = (typeof InvoiceStatus)[keyof typeof InvoiceStatus];
/** An e-mail as Ledgerline rendered it, with its delivery state (development only). */
export type MailMessage = {
  __typename?: 'MailMessage';
  /** The account the mail is about, if any. */
  accountId: Maybe<Scalars['ID']['output']>;
  /** Delivery attempts so far (0 in the outbox). */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  from: Scalars['String']['output'];
  /** The complete HTML part. Render it only in a sandboxed frame. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why the last attempt failed. */
  lastError: Maybe<Scalars['String']['output']>;
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: MailStatus;
  subject: Scalars['String']['output'];
  /** The template that rendered it, e.g. "invite". */
  template: Scalars['String']['output'];
  /** The plain-text part. */
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** Mail, newest first (created at, then id). */
export type MailMessageConnection = {
  __typename?: 'MailMessageConnection';
  edges: Array<MailMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MailMessageEdge = {
  __typename?: 'MailMessageEdge';
  cursor: Scalars['String']['output'];
  node: MailMessage;
};

/** QUEUED: waiting to be sent through SMTP (or to be retried). SENT: the SMTP server accepted it. FAILED: every attempt failed. OUTBOX: no SMTP_URL is set, so it is kept here and never sent. */
export const MailStatus = {
  Failed: 'FAILED',
  Outbox: 'OUTBOX',
  Queued: 'QUEUED',
  Sent: 'SENT',
} as const;

export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];
export type ManualInvoiceInput = {
  accountId: Scalars['ID']['input'];
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['input'];
  /** 1 to 50 lines, adding up to more than zero. */
  lines: Array<ManualInvoiceLineInput>;
};

export type ManualInvoiceLineInput = {
  /** 1 to 200 characters, printed on the invoice. */
  description: Scalars['String']['input'];
  /** A whole number from 1. */
  quantity: Scalars['Int']['input'];
  /** Minor units (cents); negative for a discount line. */
  unitAmount: Scalars['Int']['input'];
};

/** What createManualInvoice would issue now, computed by the billing rules: credit balance applied before tax, tax of the buyer’s country rounded once. */
export type ManualInvoicePreview = {
  __typename?: 'ManualInvoicePreview';
  amountDue: Money;
  /** Credit balance used before tax. */
  creditApplied: Money;
  /** Bank-transfer terms: INVOICE_NET_DAYS after issue. */
  dueAt: Scalars['DateTimeISO']['output'];
  lines: Array<InvoiceLine>;
  reverseChargeNote: Maybe<Scalars['String']['output']>;
  subtotal: Money;
  tax: Money;
  /** E.g. "VAT 19%", "VAT (reverse charge) 0%". */
  taxLabel: Scalars['String']['output'];
  total: Money;
};

export type MarkNotificationsReadInput = {
  /** true: mark every notification read. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** The notifications to mark read (1 to 100). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The unread count after marking. */
  unreadCount: Scalars['Int']['output'];
};

/** A person in the account, with their role. */
export type Member = {
  __typename?: 'Member';
  /** Permissions granted on top of the role (Billing Users only). */
  grants: Array<GrantablePermission>;
  id: Scalars['ID']['output'];
  /** True for the signed-in person. */
  isYou: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTimeISO']['output'];
  /** Everything the member may do: role + grants. */
  permissions: Array<Permission>;
  role: Role;
  user: User;
};

export type MemberIdInput = {
  memberId: Scalars['ID']['input'];
};

/** An amount of money in minor units (cents) with its currency. */
export type Money = {
  __typename?: 'Money';
  /** Integer amount in the minor unit of the currency. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code, e.g. USD. */
  currency: Scalars['String']['output'];
  /** Formatted for display, e.g. "$29.00". */
  formatted: Scalars['String']['output'];
};

/** An amount in minor units (cents) with its currency. */
export type MoneyInput = {
  amount: Scalars['Int']['input'];
  /** ISO 4217 code; must be the invoice currency. */
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation as the signed-in person, whose verified e-mail must be the invited one; the session switches to the account. */
  acceptInvite: AccountMembership;
  /** Operators: adds credit to the account’s balance or takes it away, with a reason (docs/API.md "adjustCreditBalance"). Once per idempotency key. */
  adjustCreditBalance: AdjustCreditBalancePayload;
  /** Operators, TEST_CLOCK=1 only: moves the shared test clock forward (never back: BAD_USER_INPUT), then runs the periodic jobs (renewals, dunning, maintenance) at once so what came due happens now. Sessions read the same clock, so a move past the idle timeout signs everyone out. */
  advanceTestClock: TestClock;
  /** Operators: the announced transfer arrived: records it as a bank-transfer payment (as recordBankTransfer does) and e-mails the customer. Approving again answers the same; a rejected one is CONFLICT. */
  approveBankTransfer: BankTransferQueueItem;
  /** Operators: archives a plan (no new subscriptions; running ones keep it) or, with archived false, brings it back. */
  archivePlan: CatalogPlan;
  /** Cancels at the period end (revocable) or now (a cancellation fee may be invoiced; see the preview). Idempotent per key. */
  cancelSubscription: SubscriptionChangeResult;
  /** Gives a member another role. The last Billing Admin cannot be demoted (CONFLICT). */
  changeMemberRole: Member;
  /** Changes plan, interval or seats: upgrades now (prorated, invoiced now), downgrades at the period end unless timing is NOW. Asking for the current plan takes back a scheduled change. Idempotent per key. */
  changeSubscription: SubscriptionChangeResult;
  /** Saves the first-run wizard: account name, country, billing e-mail (also on billing details, when there are some), preferred currency and alert topics; marks the account onboarded. Again later, it just updates them. Field errors: BAD_USER_INPUT with `field` and `fieldErrors`. */
  completeOnboarding: Account;
  /** After 3-D Secure in the browser: records the payment as Stripe now has it (SUCCEEDED, or PAYMENT_FAILED when authentication failed). */
  confirmInvoicePayment: PayInvoicePayload;
  /** Records the card of a confirmed SetupIntent (once, however often it is called; the webhook may have recorded it first). The first method becomes the default; a new default retries an invoice in dunning at once. */
  confirmPaymentMethodSetup: PaymentMethod;
  /** Turns two-factor sign-in on with a first code from the app, and answers ten backup codes, once. A wrong code: BAD_USER_INPUT on `code`; too many: RATE_LIMITED with `resetAt`. */
  confirmTwoFactorEnrolment: BackupCodesPayload;
  /** Creates a partner API token and answers its secret, once. Beyond the plan's `api_tokens` limit: PLAN_LIMIT naming the plan that allows more. At most 60 an hour from one client address: then RATE_LIMITED with `resetAt`. */
  createApiToken: CreateApiTokenPayload;
  /** A short-lived Stripe Customer Portal URL for the account ("Manage in Stripe"); it returns to the Payment methods page. CONFLICT when the portal is not configured (STRIPE_CUSTOMER_PORTAL). */
  createBillingPortalSession: BillingPortalSession;
  /** Operators: issues an invoice with the lines given (numbered, taxed, credit balance applied) on bank-transfer terms. Audited; idempotent per key. */
  createManualInvoice: Invoice;
  /** Starts adding a card: a Stripe SetupIntent whose client secret the browser confirms with Stripe.js (confirmCardSetup). Then call confirmPaymentMethodSetup. */
  createSetupIntent: SetupIntentPayload;
  /** Turns two-factor sign-in off; needs a current code or an unused backup code. FORBIDDEN (reason TWO_FACTOR_REQUIRED) while the account requires it. */
  disableTwoFactor: DisableTwoFactorPayload;
  /** Stops offering you the guided tour of the dashboard (finished, or "Don't show again"); answers when. Per person, in every account. */
  dismissTour: Scalars['DateTimeISO']['output'];
  /** Operators: imports day,currency,rate lines. Any bad line: BAD_USER_INPUT with extensions.lineErrors, nothing stored. */
  importExchangeRates: ImportExchangeRatesResult;
  /** Invites an e-mail address with a role (and, for a Billing User, extra permissions). Members plus open invitations may not exceed the seats: SEAT_LIMIT naming the plan with more. */
  inviteMember: InvitationSentPayload;
  /** Leaves the current account. This session moves to your next account, which is answered, or to none (null); your other sessions in the account end. The last Billing Admin cannot leave (CONFLICT). */
  leaveAccount: Maybe<AccountMembership>;
  /** Marks notifications read for the signed-in member: `ids` (of this account; BAD_USER_INPUT `input.ids` otherwise) or `all: true` (exactly one of them). Repeating it changes nothing. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Pays an open invoice now with a payment method: SUCCEEDED, or REQUIRES_ACTION with a client secret for 3-D Secure (then confirmInvoicePayment). A decline is PAYMENT_FAILED with the issuer's message; another payment in flight or an invoice already paid is CONFLICT. */
  payInvoice: PayInvoicePayload;
  /** Operators: lifts a suspension (an operator’s or dunning’s); due renewals run again. CONFLICT when not suspended. */
  reactivateAccount: Account;
  /** Takes back a cancellation set for the period end. */
  reactivateSubscription: SubscriptionChangeResult;
  /** Operators: records a bank transfer for an open invoice. Paid when nothing is left due; any excess goes to the credit balance; an incomplete or past-due subscription becomes active. */
  recordBankTransfer: RecordBankTransferResult;
  /** Operators: refunds all or part of a card payment through Stripe and issues a credit note for it. The invoice stays paid. */
  refundPayment: RefundPaymentResult;
  /** Ten new backup codes (answered once); the old ones stop working. Needs a current code from the app or an unused backup code. */
  regenerateBackupCodes: BackupCodesPayload;
  /** Operators: the announced transfer did not arrive or does not match: rejects it with a reason, e-mailed to the customer. Rejecting again answers the same; an approved one is CONFLICT. */
  rejectBankTransfer: BankTransferQueueItem;
  /** Removes the account's billing details; true when there were some. */
  removeBillingDetails: Scalars['Boolean']['output'];
  /** Removes a member: their sessions in this account end and their API tokens are revoked at once. Not the last Billing Admin (CONFLICT). */
  removeMember: Member;
  /** Removes a payment method (detached at Stripe). CONFLICT for the last one while a paid plan is live. Answers the remaining list. */
  removePaymentMethod: Array<PaymentMethod>;
  /** Operators: removes a country's row (the country then uses the default row), or the default row (back to the built-in default). NOT_FOUND when none is saved. */
  removePaymentMethodConfig: Scalars['Boolean']['output'];
  /** Sends a new link (the old one stops working), valid for another 7 days. */
  resendInvite: InvitationSentPayload;
  /** Operators: removes the two-factor sign-in and backup codes of the person who signs in with `email` (lost phone and codes), signs out all their sessions, records the reason in the audit log of every account they belong to and e-mails them. NOT_FOUND for an unknown address; CONFLICT (reason TWO_FACTOR_NOT_ENABLED) when they do not use two-factor sign-in; BAD_USER_INPUT without a reason. */
  resetTwoFactor: ResetTwoFactorPayload;
  /** Operators: puts a failed job back in the queue with one more attempt; it runs at the next poll. NOT_FOUND for an unknown job; CONFLICT for a job that is not failed (already retried, waiting, running or done), so retrying twice runs it once. */
  retryJob: BackgroundJob;
  /** Operators: processes a failed (or back-off waiting) Stripe event again now, with a fresh set of automatic retries. CONFLICT for an event already processed: events are never applied twice. */
  retryStripeWebhookEvent: StripeWebhookEvent;
  /** Revokes a token at once: its next request is refused. Answers the revoked token. */
  revokeApiToken: ApiToken;
  /** Withdraws an invitation: its link stops working. */
  revokeInvite: Invitation;
  /** Signs out every other session of yours; this one stays signed in. */
  revokeOtherSessions: RevokeSessionsPayload;
  /** Signs one of your sessions out: its next request is signed out. NOT_FOUND for an id that is not one of your sessions. Revoking this session signs you out here. */
  revokeSession: RevokeSessionsPayload;
  /** Operators: enters (or replaces) one day's rate of a currency. */
  saveExchangeRate: ExchangeRate;
  /** Operators: creates a plan (no planId) or edits one. Changed prices become new versions; running subscriptions keep theirs. */
  savePlan: CatalogPlan;
  /** Requires two-factor sign-in of every member (or stops requiring it). Requiring it needs the `require_2fa` plan feature (PLAN_LIMIT otherwise) and two-factor sign-in on for yourself (BAD_USER_INPUT on `required`). Members without it can then only set it up. */
  setAccountTwoFactorRequirement: Account;
  /** Makes a payment method the default (renewals charge it); retries an invoice in dunning at once. Answers the updated list. */
  setDefaultPaymentMethod: Array<PaymentMethod>;
  /** Sets a Billing User's extra permissions (grantable ones only) to exactly this set. */
  setMemberPermissions: Member;
  /** Operators: saves one country's payment methods (or the default row) whole: the methods in order and the bank accounts per currency. Audited. */
  setPaymentMethodConfig: PaymentMethodConfig;
  /** Puts the first-run wizard off ("Skip for now"): sign-in no longer leads to it. No change once the account is onboarded. */
  skipOnboarding: Account;
  /** Operators: puts an account on an Enterprise contract at its own price (never listed in the catalog): starts it, or replaces the running plan now with proration. Its cancellation fee applies to immediate cancellation. Idempotent per key. */
  startEnterpriseContract: SubscriptionChangeResult;
  /** Starts a subscription (a trial when the plan has one and the account never had a trial). Needs billing details. Idempotent per key. */
  startSubscription: SubscriptionChangeResult;
  /** Starts setting up two-factor sign-in: a new secret for an authenticator app, confirmed by `confirmTwoFactorEnrolment`. Starting again replaces an unconfirmed secret; CONFLICT when two-factor sign-in is already on. */
  startTwoFactorEnrolment: TwoFactorEnrolment;
  /** Tell us an open invoice was paid by bank transfer (reference, day sent, amount); an operator confirms it when the money arrives. Idempotent per key; CONFLICT when one is already waiting for the invoice. */
  submitBankTransfer: BankTransferNotice;
  /** Operators: suspends the account (read-only for its members, who see the reason; renewals and dunning stop). CONFLICT when already suspended. */
  suspendAccount: Account;
  /** Moves this session to another account you belong to (NOT_FOUND otherwise). */
  switchAccount: AccountMembership;
  /** Makes another member the Billing Admin; you become a Billing User. */
  transferOwnership: Member;
  /** Removes one of your sign-in methods. CONFLICT when it is the last one; another person's is NOT_FOUND. */
  unlinkIdentity: UnlinkIdentityPayload;
  /** Renames the current account. */
  updateAccount: Account;
  /** Changes the preferences given at onboarding: country and billing e-mail (also on billing details, when there are some), preferred currency and alert topics. Does not mark the account onboarded. Field errors: BAD_USER_INPUT with `field` and `fieldErrors`. */
  updateAccountPreferences: Account;
  /** Adds or replaces the account's billing details. Field errors: BAD_USER_INPUT with `field` and `fieldErrors`. */
  updateBillingDetails: BillingDetails;
  /** Finishes a sign-in whose `signInStage` is SECOND_FACTOR, with the code from the authenticator app or an unused backup code (spent by it). At most 5 wrong codes a person and 20 an address in 15 minutes: then RATE_LIMITED with `resetAt`. */
  verifySecondFactor: VerifySecondFactorPayload;
  /** Operators: voids an open or paid invoice. A paid one gets a credit note and its money goes to the credit balance. */
  voidInvoice: VoidInvoiceResult;
};

export type MutationAcceptInviteArgs = {
  input: InvitationTokenInput;
};

export type MutationAdjustCreditBalanceArgs = {
  input: AdjustCreditBalanceInput;
};

export type MutationAdvanceTestClockArgs = {
  input: AdvanceTestClockInput;
};

export type MutationApproveBankTransferArgs = {
  input: ApproveBankTransferInput;
};

export type MutationArchivePlanArgs = {
  input: ArchivePlanInput;
};

export type MutationCancelSubscriptionArgs = {
  input: CancelSubscriptionInput;
};

export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};

export type MutationChangeSubscriptionArgs = {
  input: ChangeSubscriptionInput;
};

export type MutationCompleteOnboardingArgs = {
  input: CompleteOnboardingInput;
};

export type MutationConfirmInvoicePaymentArgs = {
  input: ConfirmInvoicePaymentInput;
};

export type MutationConfirmPaymentMethodSetupArgs = {
  input: ConfirmPaymentMethodSetupInput;
};

export type MutationConfirmTwoFactorEnrolmentArgs = {
  input: TwoFactorCodeInput;
};

export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};

export type MutationCreateManualInvoiceArgs = {
  input: CreateManualInvoiceInput;
};

export type MutationDisableTwoFactorArgs = {
  input: TwoFactorCodeInput;
};

export type MutationImportExchangeRatesArgs = {
  input: ImportExchangeRatesInput;
};

export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};

export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};

export type MutationPayInvoiceArgs = {
  input: PayInvoiceInput;
};

export type MutationReactivateAccountArgs = {
  input: AccountSuspensionInput;
};

export type MutationRecordBankTransferArgs = {
  input: RecordBankTransferInput;
};

export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
};

export type MutationRegenerateBackupCodesArgs = {
  input: TwoFactorCodeInput;
};

export type MutationRejectBankTransferArgs = {
  input: RejectBankTransferInput;
};

export type MutationRemoveMemberArgs = {
  input: MemberIdInput;
};

export type MutationRemovePaymentMethodArgs = {
  input: PaymentMethodIdInput;
};

export type MutationRemovePaymentMethodConfigArgs = {
  input: RemovePaymentMethodConfigInput;
};

export type MutationResendInviteArgs = {
  input: InvitationIdInput;
};

export type MutationResetTwoFactorArgs = {
  input: ResetTwoFactorInput;
};

export type MutationRetryJobArgs = {
  input: RetryJobInput;
};

export type MutationRetryStripeWebhookEventArgs = {
  input: RetryStripeWebhookEventInput;
};

export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};

export type MutationRevokeInviteArgs = {
  input: InvitationIdInput;
};

export type MutationRevokeSessionArgs = {
  input: RevokeSessionInput;
};

export type MutationSaveExchangeRateArgs = {
  input: SaveExchangeRateInput;
};

export type MutationSavePlanArgs = {
  input: SavePlanInput;
};

export type MutationSetAccountTwoFactorRequirementArgs = {
  input: SetAccountTwoFactorRequirementInput;
};

export type MutationSetDefaultPaymentMethodArgs = {
  input: PaymentMethodIdInput;
};

export type MutationSetMemberPermissionsArgs = {
  input: SetMemberPermissionsInput;
};

export type MutationSetPaymentMethodConfigArgs = {
  input: SetPaymentMethodConfigInput;
};

export type MutationStartEnterpriseContractArgs = {
  input: StartEnterpriseContractInput;
};

export type MutationStartSubscriptionArgs = {
  input: StartSubscriptionInput;
};

export type MutationSubmitBankTransferArgs = {
  input: SubmitBankTransferInput;
};

export type MutationSuspendAccountArgs = {
  input: AccountSuspensionInput;
};

export type MutationSwitchAccountArgs = {
  input: SwitchAccountInput;
};

export type MutationTransferOwnershipArgs = {
  input: MemberIdInput;
};

export type MutationUnlinkIdentityArgs = {
  input: UnlinkIdentityInput;
};

export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};

export type MutationUpdateAccountPreferencesArgs = {
  input: UpdateAccountPreferencesInput;
};

export type MutationUpdateBillingDetailsArgs = {
  input: UpdateBillingDetailsInput;
};

export type MutationVerifySecondFactorArgs = {
  input: TwoFactorCodeInput;
};

export type MutationVoidInvoiceArgs = {
  input: VoidInvoiceInput;
};

/** Something that happened to the account, as its members see it in the bell and on the Notifications page. Read state is each member's own. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  /** When it happened. */
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** A path in the portal to open (e.g. `/billing/invoices/inv_…`), or null. */
  link: Maybe<Scalars['String']['output']>;
  /** When the signed-in member read it; null: unread. */
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  title: Scalars['String']['output'];
};

/** Notifications, newest first (created at, then id). */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** All notifications matching the filter. */
  totalCount: Scalars['Int']['output'];
  /** The signed-in member's unread notifications (all of them). */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a notification is about (docs/OPERATIONS.md "Notifications"). */
export const NotificationKind = {
  AccountReactivated: 'ACCOUNT_REACTIVATED',
  AccountSuspended: 'ACCOUNT_SUSPENDED',
  BankTransferApproved: 'BANK_TRANSFER_APPROVED',
  BankTransferRejected: 'BANK_TRANSFER_REJECTED',
  InvoiceIssued: 'INVOICE_ISSUED',
  MemberInvited: 'MEMBER_INVITED',
  PaymentFailed: 'PAYMENT_FAILED',
  PaymentReceived: 'PAYMENT_RECEIVED',
  PlanChanged: 'PLAN_CHANGED',
  TrialEnding: 'TRIAL_ENDING',
} as const;

export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
/** Accounts, newest first. */
export type OperatorAccountConnection = {
  __typename?: 'OperatorAccountConnection';
  edges: Array<OperatorAccountEdge>;
  pageInfo: PageInfo;
  /** Accounts matching the filter, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** One account as operators see it. Its audit trail: `auditEvents(filter: { accountId })`. */
export type OperatorAccountDetail = {
  __typename?: 'OperatorAccountDetail';
  account: Account;
  /** The latest 100 credit-balance movements. */
  creditLedger: Array<CreditLedgerEntry>;
  /** The latest 50 issued invoices, newest first (each with its payments). */
  invoices: Array<Invoice>;
  members: Array<Member>;
};

export type OperatorAccountEdge = {
  __typename?: 'OperatorAccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

/** What operators look for among all accounts; every given criterion applies. */
export type OperatorAccountFilter = {
  /** true: an open invoice past its due date, or a subscription in dunning. */
  pastDue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The plan’s code (free, basic, …). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the account name, of a member’s e-mail address, or of an invoice number (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** The status of the account’s subscription (the live one, else the last). */
  subscriptionStatus?: InputMaybe<SubscriptionStatus>;
  /** true: suspended only; false: not suspended. */
  suspended?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Operators: every account’s invoices, narrowed by any of these. */
export type OperatorInvoiceFilter = {
  /** One account’s invoices. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217, e.g. EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Issued at or after this instant. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Part of the invoice number, e.g. "2026-03" or "00012" (case-insensitive). */
  number?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InvoiceStatus>;
  /** Issued at or before this instant. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; null when empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PayInvoiceInput = {
  /** A new key per payment attempt; a retry with the same key answers the same payment and never charges twice. */
  idempotencyKey: Scalars['String']['input'];
  invoiceId: Scalars['ID']['input'];
  /** One of the account's payment methods. */
  paymentMethodId: Scalars['ID']['input'];
};

export type PayInvoicePayload = {
  __typename?: 'PayInvoicePayload';
  /** For Stripe.js confirmCardPayment when status is REQUIRES_ACTION. */
  clientSecret: Maybe<Scalars['String']['output']>;
  invoice: Invoice;
  payment: Payment;
  /** SUCCEEDED (paid), REQUIRES_ACTION (finish 3-D Secure with clientSecret), PENDING (Stripe has not answered yet). */
  status: PaymentStatus;
};

/** Money received (or attempted) for an invoice. */
export type Payment = {
  __typename?: 'Payment';
  /** What was received. */
  amount: Money;
  /** The part that paid the invoice; the rest went to credit. */
  appliedAmount: Money;
  /** The chargeback, when the cardholder disputed the payment. */
  dispute: Maybe<PaymentDispute>;
  /** Failed payments: why (the card issuer's decline message). */
  failureMessage: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  method: PaymentMethodKind;
  /** Charged without the customer present (a renewal or a retry). */
  offSession: Scalars['Boolean']['output'];
  /** Card payments: what was charged, e.g. "Visa •••• 4242". */
  paymentMethodLabel: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTimeISO']['output'];
  /** The bank's or gateway's reference. */
  reference: Scalars['String']['output'];
  /** Given back so far (refunds through Stripe). */
  refunded: Money;
  status: PaymentStatus;
};

/** A late or failed payment the account should fix now: the invoice to pay and why the last card attempt failed. */
export type PaymentAttention = {
  __typename?: 'PaymentAttention';
  failedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The issuer's message for the last failed card attempt. */
  failureMessage: Maybe<Scalars['String']['output']>;
  /** The open invoice to pay. */
  invoice: Invoice;
  kind: PaymentAttentionKind;
  /** When the default card is charged again by itself; null when no retry is set. */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** PAST_DUE: the subscription is past due (a renewal is unpaid). PAYMENT_FAILED: a card payment of an open invoice failed. */
export const PaymentAttentionKind = {
  PastDue: 'PAST_DUE',
  PaymentFailed: 'PAYMENT_FAILED',
} as const;

export type PaymentAttentionKind = (typeof PaymentAttentionKind)[keyof typeof PaymentAttentionKind];
/** A chargeback: the cardholder disputed the payment with their bank (answered in Stripe's dashboard). */
export type PaymentDispute = {
  __typename?: 'PaymentDispute';
  amount: Money;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Stripe's reason code, e.g. fraudulent. */
  reason: Scalars['String']['output'];
  /** Stripe's dispute id (dp_…). */
  stripeDisputeId: Scalars['String']['output'];
};

/** How to pay an open invoice by bank transfer. */
export type PaymentInstructions = {
  __typename?: 'PaymentInstructions';
  /** The bank details to transfer to. */
  instructions: Scalars['String']['output'];
  method: PaymentMethodKind;
  /** The reference to quote with the transfer: the invoice number. */
  reference: Scalars['String']['output'];
};

/** A card (or SEPA debit mandate) on file at Stripe; the number never reaches us. */
export type PaymentMethod = {
  __typename?: 'PaymentMethod';
  /** Card brand as Stripe names it (visa, mastercard, …). */
  brand: Scalars['String']['output'];
  expMonth: Maybe<Scalars['Int']['output']>;
  expYear: Maybe<Scalars['Int']['output']>;
  /** The card expires this month or next. */
  expiresSoon: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Renewals and retries charge the default method. */
  isDefault: Scalars['Boolean']['output'];
  /** For people: "Visa •••• 4242". */
  label: Scalars['String']['output'];
  last4: Scalars['String']['output'];
  type: StoredPaymentMethodType;
};

/** Which payment methods customers of one billing country are offered, in order, and the bank accounts for bank transfers per currency. The row without a country is the default for every other country. */
export type PaymentMethodConfig = {
  __typename?: 'PaymentMethodConfig';
  /** One per currency; a currency without one uses the default row’s, else BANK_TRANSFER_INSTRUCTIONS. */
  bankAccounts: Array<BankTransferAccount>;
  /** The default row as it acts before anyone saved one. */
  builtIn: Scalars['Boolean']['output'];
  /** null: the default row, used by every country without its own. */
  country: Maybe<CountryCode>;
  /** Offered methods, first shown first. Card is offered only with Stripe configured. */
  methods: Array<PaymentMethodKind>;
  /** null for the built-in default. */
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

export type PaymentMethodIdInput = {
  paymentMethodId: Scalars['ID']['input'];
};

/** How an invoice is paid. */
export const PaymentMethodKind = {
  BankTransfer: 'BANK_TRANSFER',
  Card: 'CARD',
} as const;

export type PaymentMethodKind = (typeof PaymentMethodKind)[keyof typeof PaymentMethodKind];
export const PaymentStatus = {
  Failed: 'FAILED',
  Pending: 'PENDING',
  RequiresAction: 'REQUIRES_ACTION',
  Succeeded: 'SUCCEEDED',
} as const;

export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];
/** What a member may do in their account. A role carries a default set; a Billing Admin can grant more to a Billing User. */
export const Permission = {
  AuditRead: 'AUDIT_READ',
  BillingDetailsEdit: 'BILLING_DETAILS_EDIT',
  BillingRead: 'BILLING_READ',
  InvoicesDownload: 'INVOICES_DOWNLOAD',
  InvoicesPay: 'INVOICES_PAY',
  MembersManage: 'MEMBERS_MANAGE',
  PaymentMethodsManage: 'PAYMENT_METHODS_MANAGE',
  PlanManage: 'PLAN_MANAGE',
  SecurityManage: 'SECURITY_MANAGE',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];
export type Plan = {
  __typename?: 'Plan';
  /** Stable code: free, basic, advanced, enterprise. */
  code: Scalars['String']['output'];
  /** Enterprise: the price is set per account by an operator. */
  customPricing: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** What the plan includes, as this portal delivers it: card payments only when Stripe is configured. */
  features: Array<PlanFeature>;
  id: Scalars['ID']['output'];
  includedSeats: Scalars['Int']['output'];
  limits: Array<PlanLimit>;
  name: Scalars['String']['output'];
  prices: Array<PlanPrice>;
  /** Order in the tier comparison, lowest first. */
  rank: Scalars['Int']['output'];
  trialDays: Scalars['Int']['output'];
};

/** The plan catalog as operators edit it. */
export type PlanCatalog = {
  __typename?: 'PlanCatalog';
  /** Feature keys a plan may carry. */
  features: Array<CatalogKey>;
  /** Usage limit keys a plan may carry. */
  limits: Array<CatalogKey>;
  plans: Array<CatalogPlan>;
};

export type PlanFeature = {
  __typename?: 'PlanFeature';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type PlanLimit = {
  __typename?: 'PlanLimit';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** null means unlimited. */
  limit: Maybe<Scalars['Int']['output']>;
};

export type PlanPrice = {
  __typename?: 'PlanPrice';
  amount: Money;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  interval: BillingInterval;
  /** Price of each seat beyond the included ones, per interval; null when extra seats are not sold. */
  perSeatAmount: Maybe<Money>;
};

export type PlanRevenue = {
  __typename?: 'PlanRevenue';
  currency: Scalars['String']['output'];
  mrr: Money;
  /** null when the currency has no rate. */
  mrrConverted: Maybe<Money>;
  paying: Scalars['Int']['output'];
  planCode: Scalars['String']['output'];
  planName: Scalars['String']['output'];
  trialing: Scalars['Int']['output'];
};

/** The input of the mutation to preview, without its idempotency key. */
export type PreviewSubscriptionChangeInput = {
  action: SubscriptionAction;
  /** START (required). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** START (required) and CHANGE. */
  interval?: InputMaybe<BillingInterval>;
  /** START (required) and CHANGE. */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** CANCEL. */
  reason?: InputMaybe<CancellationReason>;
  /** START (required) and CHANGE. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** CHANGE and CANCEL (required). */
  timing?: InputMaybe<ChangeTiming>;
};

export type Query = {
  __typename?: 'Query';
  /** The account of the current session. */
  account: Account;
  /** The account's partner API tokens, newest first, revoked and expired ones too. */
  apiTokens: Array<ApiToken>;
  /** The audit log, newest first. Billing Admins read their own account's events; operators read every account's and may filter by account. `first` is 1 to 100 (BAD_USER_INPUT field `first`); a cursor not from this list answers BAD_USER_INPUT field `after`. */
  auditEvents: AuditEventConnection;
  /** The sign-in providers this deployment offers. */
  authProviders: Array<AuthProvider>;
  /** The payment methods offered to the account's billing country, in order, and the bank account for its billing currency. */
  availablePaymentMethods: AvailablePaymentMethods;
  /** Operators: announced bank transfers of one status (default pending), oldest first. `first`: 1 to 100 (default 50). */
  bankTransferQueue: BankTransferQueueConnection;
  /** Whether card payments are on, and what the browser needs for Stripe.js. */
  cardPayments: CardPaymentSettings;
  /** Operators: stored exchange rates into the reporting currency, newest first. */
  exchangeRates: ExchangeRateList;
  /** Operators: background jobs that failed for good (every retry used up), newest first, optionally of one job name. `first`: 1 to 100 (default 25). */
  failedJobs: BackgroundJobConnection;
  /** Checks the signed link of a payment-failed e-mail and answers the invoice it names. BAD_USER_INPUT when the link was changed or has expired; NOT_FOUND when the invoice is another account's. */
  fixPaymentLink: Invoice;
  /** What an invitation link is for, by its token (anyone holding the link). NOT_FOUND for an unknown token. */
  invitation: InvitationPreview;
  /** Invitations not yet accepted or withdrawn, newest first (expired ones too). */
  invitations: Array<Invitation>;
  /** One of the account's invoices; NOT_FOUND for any other id. */
  invoice: Invoice;
  /** The account's invoices by issue date, newest first unless `order` says otherwise. `first`: 1 to 100 (default 20). */
  invoices: InvoiceConnection;
  /** Operators, outside production: one e-mail with its HTML and text parts. NOT_FOUND for an unknown id, and always in production. */
  mailMessage: MailMessage;
  /** Operators, outside production: every e-mail, newest first, whatever its status; null in production. `first`: 1 to 100 (default 25). */
  mailOutbox: Maybe<MailMessageConnection>;
  /** The account's members, longest-standing first. */
  members: Array<Member>;
  /** The session account's notifications, newest first, with the signed-in member's read state and unread count. `first`: 1 to 100 (default 20; BAD_USER_INPUT field `first`); `unreadOnly` leaves out what they read. */
  notifications: NotificationConnection;
  /** Operators: one account with its members, invoices and credit ledger. */
  operatorAccount: OperatorAccountDetail;
  /** Operators: all accounts, newest first, searched and filtered (docs/API.md "Back office: accounts"). */
  operatorAccounts: OperatorAccountConnection;
  /** Operators: every account's invoices by issue date, newest first unless `order` says otherwise, narrowed by status, account, currency, issue dates and number. `first`: 1 to 100 (default 20). CSV: GET /operator/invoices.csv with the same filters. */
  operatorInvoices: InvoiceConnection;
  /** A late or failed payment to fix now (the banners on Overview and the billing pages), or null. */
  paymentAttention: Maybe<PaymentAttention>;
  /** Operators: the payment-method configuration, the default row first (built in until saved), then by country. */
  paymentMethodConfigs: Array<PaymentMethodConfig>;
  /** The account's payment methods, the default first. */
  paymentMethods: Array<PaymentMethod>;
  /** Operators: every plan (archived ones too) with all price versions. */
  planCatalog: PlanCatalog;
  /** The public plan catalog, lowest tier first. */
  plans: Array<Plan>;
  /** Operators: the manual invoice createManualInvoice would issue now for these lines (same rules, nothing saved). */
  previewManualInvoice: ManualInvoicePreview;
  /** What startSubscription, changeSubscription, cancelSubscription or reactivateSubscription would do right now: amounts today, next invoice, the resulting plan. */
  previewSubscriptionChange: SubscriptionChangePreview;
  /** Operators: MRR, ARR, subscriptions by plan, new and churned accounts, failed and recovered payments, receivables — per currency and converted. */
  revenueMetrics: RevenueMetrics;
  /** Your signed-in sessions (not revoked, not expired, second factor given), this one first. */
  sessions: Array<Session>;
  /** Every reason a refused sign-in may carry to /sign-in/error?reason=…, for clients that explain them. */
  signInErrorReasons: Array<SignInErrorReason>;
  /** Operators: one Stripe webhook event with its payload. NOT_FOUND for an unknown id. */
  stripeWebhookEvent: StripeWebhookEvent;
  /** Operators: Stripe webhook events, newest first; `status` FAILED lists those waiting for an operator. `first`: 1 to 200 (default 50). */
  stripeWebhookEvents: StripeWebhookEventConnection;
  /** Operators: the test clock, or null when TEST_CLOCK is off. */
  testClock: Maybe<TestClock>;
  /** The signed-in user, or null when signed out. Null for requests with a partner API token too: a token acts for an account, not a person. Check `signInStage`: a sign-in may still owe a second factor. */
  viewer: Maybe<Viewer>;
};

export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryBankTransferQueueArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BankTransferNoticeStatus>;
};

export type QueryExchangeRatesArgs = {
  currency: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryFailedJobsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  name: InputMaybe<Scalars['String']['input']>;
};

export type QueryFixPaymentLinkArgs = {
  link: FixPaymentLinkInput;
};

export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};

export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryInvoicesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InvoiceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<InvoiceOrder>;
};

export type QueryMailMessageArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMailOutboxArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNotificationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  unreadOnly: InputMaybe<Scalars['Boolean']['input']>;
};

export type QueryOperatorAccountArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOperatorAccountsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OperatorAccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryOperatorInvoicesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OperatorInvoiceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<InvoiceOrder>;
};

export type QueryPreviewManualInvoiceArgs = {
  input: ManualInvoiceInput;
};

export type QueryPreviewSubscriptionChangeArgs = {
  input: PreviewSubscriptionChangeInput;
};

export type QueryStripeWebhookEventArgs = {
  id: Scalars['ID']['input'];
};

export type QueryStripeWebhookEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<StripeEventStatus>;
  type: InputMaybe<Scalars['String']['input']>;
};

export type RecordBankTransferInput = {
  amount: MoneyInput;
  /** A new key per transfer; a retry with the same key records nothing twice. */
  idempotencyKey: Scalars['String']['input'];
  invoiceId: Scalars['ID']['input'];
  /** When the money arrived on the account: not in the future, nor more than a day before the invoice was issued. */
  receivedAt: Scalars['DateTimeISO']['input'];
  /** The bank's reference of the incoming transfer. */
  reference: Scalars['String']['input'];
};

export type RecordBankTransferResult = {
  __typename?: 'RecordBankTransferResult';
  /** Paid beyond the amount due, added to the credit balance. */
  creditedToBalance: Money;
  invoice: Invoice;
  payment: Payment;
};

export type RefundPaymentInput = {
  /** Minor units (cents) in the payment's currency; omitted: everything not yet refunded. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** A new key per refund; a retry with the same key refunds nothing twice. */
  idempotencyKey: Scalars['String']['input'];
  paymentId: Scalars['ID']['input'];
  /** Why; printed on the credit note. */
  reason: Scalars['String']['input'];
};

export type RefundPaymentResult = {
  __typename?: 'RefundPaymentResult';
  /** The credit note documenting the refund. */
  creditNote: CreditNote;
  invoice: Invoice;
  payment: Payment;
};

export type RejectBankTransferInput = {
  noticeId: Scalars['ID']['input'];
  /** Why (1 to 500 characters); e-mailed to the customer. */
  reason: Scalars['String']['input'];
};

export type RemovePaymentMethodConfigInput = {
  /** The country whose row goes (it then uses the default); null: the default row. */
  country?: InputMaybe<Scalars['String']['input']>;
};

/** Operators: whose two-factor sign-in support resets, and why (kept in the audit log). */
export type ResetTwoFactorInput = {
  /** The e-mail address the person signs in with. */
  email: Scalars['String']['input'];
  /** Why: the support ticket and how the person was identified. Required, at most 500 characters. */
  reason: Scalars['String']['input'];
};

/** A two-factor sign-in that support reset. */
export type ResetTwoFactorPayload = {
  __typename?: 'ResetTwoFactorPayload';
  email: Scalars['String']['output'];
  resetAt: Scalars['DateTimeISO']['output'];
  /** How many of the person’s sessions were signed out. */
  sessionsEnded: Scalars['Int']['output'];
};

export type RetryJobInput = {
  id: Scalars['ID']['input'];
};

export type RetryStripeWebhookEventInput = {
  id: Scalars['ID']['input'];
};

/** An amount per currency and converted into the reporting currency. */
export type RevenueFigure = {
  __typename?: 'RevenueFigure';
  /** One amount per currency, alphabetically. */
  byCurrency: Array<Money>;
  /** The sum in the reporting currency; null when a currency has no rate yet. */
  converted: Maybe<Money>;
  /** Currencies with no rate on or before the day. */
  missingRates: Array<Scalars['String']['output']>;
};

/** Revenue figures (docs/API.md "Revenue figures"). */
export type RevenueMetrics = {
  __typename?: 'RevenueMetrics';
  /** MRR × 12 per currency. */
  arr: RevenueFigure;
  asOf: Scalars['DateTimeISO']['output'];
  /** Currencies with any figure, alphabetically. */
  currencies: Array<Scalars['String']['output']>;
  /** Today (UTC): the day current figures are converted at. */
  day: Scalars['String']['output'];
  /** The last 12 months, oldest first, this one last. */
  months: Array<RevenueMonth>;
  mrr: RevenueFigure;
  openInvoices: Scalars['Int']['output'];
  /** The part of receivables past its due date. */
  overdueReceivables: RevenueFigure;
  payingSubscriptions: Scalars['Int']['output'];
  /** Live subscriptions by plan and currency. */
  plans: Array<PlanRevenue>;
  /** Rates used for the current figures. */
  rates: Array<AppliedRate>;
  /** Amounts due on open invoices. */
  receivables: RevenueFigure;
  reportingCurrency: Scalars['String']['output'];
  trialingSubscriptions: Scalars['Int']['output'];
};

/** One UTC calendar month. */
export type RevenueMonth = {
  __typename?: 'RevenueMonth';
  churnedAccounts: Array<CurrencyCount>;
  /** The day the month’s MRR and rates are read at (its last, or today). */
  day: Scalars['String']['output'];
  /** Totals of invoices whose first payment failed. */
  failedAmount: RevenueFigure;
  failedPayments: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** MRR at the end of the month. */
  mrr: RevenueFigure;
  newAccounts: Array<CurrencyCount>;
  /** Paying subscriptions at the end of the month. */
  payingSubscriptions: Scalars['Int']['output'];
  /** Rates used for this month’s conversions. */
  rates: Array<AppliedRate>;
  /** Paid this month after a failed attempt (dunning). */
  recoveredAmount: RevenueFigure;
  recoveredPayments: Scalars['Int']['output'];
};

export type RevokeApiTokenInput = {
  id: Scalars['ID']['input'];
};

export type RevokeSessionInput = {
  /** A `Session.id` of yours. */
  id: Scalars['ID']['input'];
};

export type RevokeSessionsPayload = {
  __typename?: 'RevokeSessionsPayload';
  /** How many sessions ended with this call (0 when already ended). */
  revokedCount: Scalars['Int']['output'];
  /** Your sessions afterwards, as `sessions` lists them. */
  sessions: Array<Session>;
};

/** A member's role in an account. */
export const Role = {
  BillingAdmin: 'BILLING_ADMIN',
  BillingUser: 'BILLING_USER',
  Viewer: 'VIEWER',
} as const;

export type Role = (typeof Role)[keyof typeof Role];
export type SaveExchangeRateInput = {
  /** ISO 4217 code converted from. */
  currency: Scalars['String']['input'];
  /** UTC calendar day, YYYY-MM-DD. */
  day: Scalars['String']['input'];
  /** Positive decimal as text, at most 10 decimals, e.g. "1.0842". */
  rate: Scalars['String']['input'];
};

export type SavePlanInput = {
  cancellationFeeBps?: Scalars['Int']['input'];
  /** Required to create; a plan keeps its code. */
  code?: InputMaybe<Scalars['String']['input']>;
  customPricing?: Scalars['Boolean']['input'];
  description: Scalars['String']['input'];
  features: Array<Scalars['String']['input']>;
  includedSeats: Scalars['Int']['input'];
  limits: Array<CatalogLimitInput>;
  name: Scalars['String']['input'];
  /** Leave out to create a plan. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** The prices to sell from now on. A changed amount becomes a new version; a price left out stops being offered. Running subscriptions keep their version. */
  prices: Array<CatalogPriceInput>;
  rank: Scalars['Int']['input'];
  trialDays: Scalars['Int']['input'];
};

/** A plan change waiting for the end of the current period. */
export type ScheduledPlanChange = {
  __typename?: 'ScheduledPlanChange';
  effectiveAt: Scalars['DateTimeISO']['output'];
  interval: BillingInterval;
  plan: Plan;
  seats: Scalars['Int']['output'];
};

/** What a second factor was given with. */
export const SecondFactorMethod = {
  BackupCode: 'BACKUP_CODE',
  Totp: 'TOTP',
} as const;

export type SecondFactorMethod = (typeof SecondFactorMethod)[keyof typeof SecondFactorMethod];
/** A browser signed in as you (Security › Sessions). Only your own sessions are ever listed. */
export type Session = {
  __typename?: 'Session';
  /** When the session signed in. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The session making this request ("this device"). */
  current: Scalars['Boolean']['output'];
  /** Browser and operating system, e.g. "Firefox on Windows". */
  device: Scalars['String']['output'];
  /** Opaque `ses_…` id, for `revokeSession`; not the cookie and not derived from it. */
  id: Scalars['ID']['output'];
  /** The client address the session signed in from (behind TRUST_PROXY: the proxy’s X-Forwarded-For). */
  ip: Maybe<Scalars['String']['output']>;
  /** Its last request, to the minute (it is written at most once a minute). */
  lastSeenAt: Scalars['DateTimeISO']['output'];
  /** The sign-in provider used, e.g. `google` or `dev`. */
  provider: Scalars['String']['output'];
};

export type SetAccountTwoFactorRequirementInput = {
  /** True: every member must use two-factor sign-in. */
  required: Scalars['Boolean']['input'];
};

export type SetMemberPermissionsInput = {
  memberId: Scalars['ID']['input'];
  /** The complete set of grants afterwards. */
  permissions: Array<Permission>;
};

export type SetPaymentMethodConfigInput = {
  /** One per currency; only when bank transfer is offered. Replaces the saved list. */
  bankAccounts: Array<BankTransferAccountInput>;
  /** ISO 3166-1 alpha-2; omitted or null: the default row. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Offered methods in the order to show them; at least one, each once. */
  methods: Array<PaymentMethodKind>;
};

export type SetupIntentPayload = {
  __typename?: 'SetupIntentPayload';
  /** For Stripe.js confirmCardSetup; never stored or logged. */
  clientSecret: Scalars['String']['output'];
  setupIntentId: Scalars['String']['output'];
};

/** Why a sign-in (or linking a sign-in method) was refused: the `reason` the server puts in /sign-in/error?reason=… (sign-in-refused.ts). */
export const SignInErrorReason = {
  AccessDenied: 'access_denied',
  CallbackFailed: 'callback_failed',
  EmailInUse: 'email_in_use',
  EmailUnverified: 'email_unverified',
  Expired: 'expired',
  IdentityInUse: 'identity_in_use',
  LinkRequiresSignIn: 'link_requires_sign_in',
  ProviderError: 'provider_error',
  StateMismatch: 'state_mismatch',
  UnknownProvider: 'unknown_provider',
} as const;

export type SignInErrorReason = (typeof SignInErrorReason)[keyof typeof SignInErrorReason];
/** One way the signed-in person signs in: an identity at a provider (Google, Microsoft, GitHub, or the development sign-in). */
export type SignInIdentity = {
  __typename?: 'SignInIdentity';
  /** The e-mail address the provider shared when the identity was linked. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The last sign-in with this identity. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  linkedAt: Scalars['DateTimeISO']['output'];
  /** The provider id, as in `authProviders` and /auth/{provider}/start. */
  provider: Scalars['String']['output'];
  /** The provider's display name. */
  providerName: Scalars['String']['output'];
};

/** How far the sign-in got. Only a COMPLETE session acts in its account. */
export const SignInStage = {
  /** Signed in. */
  Complete: 'COMPLETE',
  /** Signed in with the identity provider; `verifySecondFactor` with a code from the authenticator app (or a backup code) finishes it. */
  SecondFactor: 'SECOND_FACTOR',
  /** The account requires two-factor sign-in: set it up (`startTwoFactorEnrolment`, `confirmTwoFactorEnrolment`) before anything else. */
  TwoFactorEnrolment: 'TWO_FACTOR_ENROLMENT',
} as const;

export type SignInStage = (typeof SignInStage)[keyof typeof SignInStage];
/** An Enterprise contract at a price set for one account. */
export type StartEnterpriseContractInput = {
  accountId: Scalars['ID']['input'];
  /** ISO 4217 code; a running subscription keeps its currency. */
  currency: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  interval: BillingInterval;
  /** Per seat beyond the included seats, per period, minor units; null sells none. */
  perSeatAmount?: InputMaybe<Scalars['Int']['input']>;
  seats: Scalars['Int']['input'];
  /** Price per period in minor units (e.g. 120000 is 1,200.00). */
  unitAmount: Scalars['Int']['input'];
};

export type StartSubscriptionInput = {
  /** ISO 4217 code the plan is sold in: EUR, USD or GBP. */
  currency: Scalars['String']['input'];
  /** A new key per intended change; a retry with the same key is answered once. */
  idempotencyKey: Scalars['String']['input'];
  interval: BillingInterval;
  /** basic or advanced (Enterprise is set up by us). */
  planCode: Scalars['String']['input'];
  seats: Scalars['Int']['input'];
};

export const StoredPaymentMethodType = {
  Card: 'CARD',
  SepaDebit: 'SEPA_DEBIT',
} as const;

export type StoredPaymentMethodType =
  (typeof StoredPaymentMethodType)[keyof typeof StoredPaymentMethodType];
/** PENDING: stored, waiting for a worker (after a failure: until nextAttemptAt). PROCESSING: a worker has it. PROCESSED: applied (outcome says what it did). FAILED: every automatic attempt failed; an operator can retry it. */
export const StripeEventStatus = {
  Failed: 'FAILED',
  Pending: 'PENDING',
  Processed: 'PROCESSED',
  Processing: 'PROCESSING',
} as const;

export type StripeEventStatus = (typeof StripeEventStatus)[keyof typeof StripeEventStatus];
/** A Stripe webhook event as received (signature checked) and what became of it. */
export type StripeWebhookEvent = {
  __typename?: 'StripeWebhookEvent';
  /** Attempts since it arrived or was last retried. */
  attempts: Scalars['Int']['output'];
  /** When Stripe created it. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stripe's event id (evt_…). */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed. */
  lastError: Maybe<Scalars['String']['output']>;
  /** When a pending event is tried next. */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The Stripe object it is about. */
  objectId: Maybe<Scalars['String']['output']>;
  /** What processing did. */
  outcome: Maybe<Scalars['String']['output']>;
  /** The event as Stripe sent it, as indented JSON. */
  payload: Scalars['String']['output'];
  processedAt: Maybe<Scalars['DateTimeISO']['output']>;
  receivedAt: Scalars['DateTimeISO']['output'];
  status: StripeEventStatus;
  /** e.g. payment_intent.succeeded. */
  type: Scalars['String']['output'];
};

export type StripeWebhookEventConnection = {
  __typename?: 'StripeWebhookEventConnection';
  edges: Array<StripeWebhookEventEdge>;
  pageInfo: PageInfo;
};

export type StripeWebhookEventEdge = {
  __typename?: 'StripeWebhookEventEdge';
  cursor: Scalars['String']['output'];
  node: StripeWebhookEvent;
};

export type SubmitBankTransferInput = {
  /** What was sent, in the invoice’s currency. */
  amount: MoneyInput;
  /** A new key per announcement; a retry with the same key stores one. */
  idempotencyKey: Scalars['String']['input'];
  invoiceId: Scalars['ID']['input'];
  /** The reference quoted on the transfer (1 to 140 characters). */
  reference: Scalars['String']['input'];
  /** When it was sent: not in the future, nor before the invoice was issued. */
  sentAt: Scalars['DateTimeISO']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Period boundaries are computed from this instant. */
  billingAnchor: Scalars['DateTimeISO']['output'];
  /** Set to end at the period end; revocable with reactivateSubscription. */
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  canceledAt: Maybe<Scalars['DateTimeISO']['output']>;
  cancellationComment: Maybe<Scalars['String']['output']>;
  cancellationReason: Maybe<CancellationReason>;
  currency: Scalars['String']['output'];
  /** When the period (or the trial) ends and the next invoice is issued. */
  currentPeriodEnd: Scalars['DateTimeISO']['output'];
  currentPeriodStart: Scalars['DateTimeISO']['output'];
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  interval: BillingInterval;
  plan: Plan;
  /** The price version billed (kept when the catalog price changes). */
  price: PlanPrice;
  scheduledChange: Maybe<ScheduledPlanChange>;
  seats: Scalars['Int']['output'];
  status: SubscriptionStatus;
  trialEnd: Maybe<Scalars['DateTimeISO']['output']>;
  /** The next regular invoice; null when the subscription will not renew. */
  upcomingInvoice: Maybe<UpcomingInvoice>;
};

/** Which mutation a preview stands for. */
export const SubscriptionAction = {
  Cancel: 'CANCEL',
  Change: 'CHANGE',
  Reactivate: 'REACTIVATE',
  Start: 'START',
} as const;

export type SubscriptionAction = (typeof SubscriptionAction)[keyof typeof SubscriptionAction];
export const SubscriptionChangeOutcome = {
  Canceled: 'CANCELED',
  CancelScheduled: 'CANCEL_SCHEDULED',
  ChangeScheduled: 'CHANGE_SCHEDULED',
  Downgraded: 'DOWNGRADED',
  IntervalChanged: 'INTERVAL_CHANGED',
  PlanSwitched: 'PLAN_SWITCHED',
  Reactivated: 'REACTIVATED',
  ScheduledChangeUndone: 'SCHEDULED_CHANGE_UNDONE',
  Started: 'STARTED',
  TrialEndedEarly: 'TRIAL_ENDED_EARLY',
  TrialPlanSwitched: 'TRIAL_PLAN_SWITCHED',
  TrialStarted: 'TRIAL_STARTED',
  Upgraded: 'UPGRADED',
} as const;

export type SubscriptionChangeOutcome =
  (typeof SubscriptionChangeOutcome)[keyof typeof SubscriptionChangeOutcome];
/** What a subscription mutation would do now, computed by the same code that then bills it. */
export type SubscriptionChangePreview = {
  __typename?: 'SubscriptionChangePreview';
  /** What the invoice issued today asks for (tax included). */
  amountDueToday: Money;
  /** Whether it applies now or at the period end. */
  appliesAt: ChangeTiming;
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  /** CARD: what is charged now, for people ("Visa •••• 4242"), the default card the collector will use. Null otherwise. */
  chargedTo: Maybe<Scalars['String']['output']>;
  /** How the invoice issued today is collected: BANK_TRANSFER leaves it open until `dueAt`; CARD charges it at once. Null when nothing is due today. */
  collectionMethod: Maybe<PaymentMethodKind>;
  /** Credit added to the balance (unused time beyond charges). */
  creditAdded: Money;
  /** Credit balance used today, before tax. */
  creditApplied: Money;
  creditBalanceAfter: Money;
  currency: Scalars['String']['output'];
  /** When the invoice issued today is due; null when nothing is due today. */
  dueAt: Maybe<Scalars['DateTimeISO']['output']>;
  effectiveAt: Scalars['DateTimeISO']['output'];
  interval: BillingInterval;
  /** Today's invoice lines; empty when none. */
  lines: Array<InvoiceLine>;
  nextInvoiceAmount: Maybe<Money>;
  /** When the next regular invoice is issued. */
  nextInvoiceDate: Maybe<Scalars['DateTimeISO']['output']>;
  outcome: SubscriptionChangeOutcome;
  /** The plan afterwards (the scheduled one, if scheduled). */
  plan: Plan;
  reverseCharge: Scalars['Boolean']['output'];
  /** Seats the account may fill once the change applies (after a cancellation: the Free plan's). Below `seatsTaken`, the change still goes through: every member stays, and invitations are refused with SEAT_LIMIT until members leave or seats are added. */
  seatLimit: Scalars['Int']['output'];
  seats: Scalars['Int']['output'];
  /** Seats taken now: members plus open invitations. */
  seatsTaken: Scalars['Int']['output'];
  status: SubscriptionStatus;
  subtotal: Money;
  tax: Money;
  /** The tax line as the invoice will spell it: "VAT 19%". */
  taxLabel: Scalars['String']['output'];
  /** Tax rate in basis points: 1900 is 19 %. */
  taxRateBps: Scalars['Int']['output'];
};

/** The result of a subscription mutation (replayed for a repeated key). */
export type SubscriptionChangeResult = {
  __typename?: 'SubscriptionChangeResult';
  /** The invoice issued for what is billed now, if any (its current state). */
  invoice: Maybe<Invoice>;
  outcome: SubscriptionChangeOutcome;
  /** The subscription right after the change. */
  subscription: Subscription;
};

/** trialing → active | canceled; incomplete (first invoice unpaid) → active | canceled; active → past_due (renewal unpaid) → active | canceled. */
export const SubscriptionStatus = {
  Active: 'ACTIVE',
  Canceled: 'CANCELED',
  Incomplete: 'INCOMPLETE',
  PastDue: 'PAST_DUE',
  Trialing: 'TRIALING',
} as const;

export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];
export type SwitchAccountInput = {
  accountId: Scalars['ID']['input'];
};

export type TaxId = {
  __typename?: 'TaxId';
  type: TaxIdType;
  /** Normalised: upper case, without spaces or dots. */
  value: Scalars['String']['output'];
};

/** EU VAT ids are checked by format and country prefix; a valid one on an EU business outside the seller country gets reverse charge. */
export const TaxIdType = {
  EuVat: 'EU_VAT',
  GbVat: 'GB_VAT',
  Other: 'OTHER',
  UsEin: 'US_EIN',
} as const;

export type TaxIdType = (typeof TaxIdType)[keyof typeof TaxIdType];
/** The server clock billing reads outside production when TEST_CLOCK=1: real time plus an offset shared by every process. */
export type TestClock = {
  __typename?: 'TestClock';
  /** Always true when returned: the query answers null when the clock is off. */
  enabled: Scalars['Boolean']['output'];
  /** The time billing, sessions and jobs see now. */
  now: Scalars['DateTimeISO']['output'];
  /** How far ahead of real time the clock is. */
  offsetSeconds: Scalars['Int']['output'];
};

export type TwoFactorCodeInput = {
  /** The six-digit code the authenticator app shows, or (where accepted) an unused backup code such as `7kq2m-x9d4r`. */
  code: Scalars['String']['input'];
};

/** What an authenticator app needs. The secret is shown while enrolling only; Ledgerline stores it encrypted. */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** The secret in groups of four, for typing into the app by hand. */
  manualEntryKey: Scalars['String']['output'];
  /** An `otpauth://totp/…` URL: what the QR code holds. */
  otpauthUrl: Scalars['String']['output'];
  /** The otpauth URL as a QR code: a `data:image/png;base64,…` URL. */
  qrCodeDataUrl: Scalars['String']['output'];
};

/** The signed-in person's two-factor sign-in. */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  /** Unused backup codes left (0 to 10). */
  backupCodesRemaining: Scalars['Int']['output'];
  /** On: every sign-in asks for a code from the authenticator app. */
  enabled: Scalars['Boolean']['output'];
  enabledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The account requires two-factor sign-in of every member. */
  requiredByAccount: Scalars['Boolean']['output'];
};

export type UnlinkIdentityInput = {
  /** A `SignInIdentity.id` of your own. */
  id: Scalars['ID']['input'];
};

export type UnlinkIdentityPayload = {
  __typename?: 'UnlinkIdentityPayload';
  /** Your sign-in methods that remain. */
  identities: Array<SignInIdentity>;
};

/** The next regular invoice, as it would be issued today. */
export type UpcomingInvoice = {
  __typename?: 'UpcomingInvoice';
  amountDue: Money;
  /** When it will be issued: the end of the current period or trial. */
  date: Scalars['DateTimeISO']['output'];
};

export type UpdateAccountInput = {
  /** The account name shown to members and on invoices: 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** The answers onboarding asks after the company name, changed later in Account settings. */
export type UpdateAccountPreferencesInput = {
  /** The alert topics wanted; the others are off. */
  alerts: Array<AlertTopic>;
  /** Where invoices and receipts are sent. */
  billingEmail: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['input'];
  /** A currency the catalog sells in (USD, EUR, GBP). */
  currency: Scalars['String']['input'];
};

export type UpdateBillingDetailsInput = {
  billingEmail: Scalars['String']['input'];
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['input'];
  legalName: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
  /** Required for US, CA and AU. */
  region?: InputMaybe<Scalars['String']['input']>;
  taxIdType?: InputMaybe<TaxIdType>;
  taxIdValue?: InputMaybe<Scalars['String']['input']>;
};

/** Usage of one plan limit (or seats) in the current period. */
export type UsageMeter = {
  __typename?: 'UsageMeter';
  /** seats, api_requests_per_month, api_tokens. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** null means unlimited. */
  limit: Maybe<Scalars['Int']['output']>;
  /** When `used` starts again from zero; null for limits that do not reset. */
  resetsAt: Maybe<Scalars['DateTimeISO']['output']>;
  used: Scalars['Int']['output'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type VerifySecondFactorPayload = {
  __typename?: 'VerifySecondFactorPayload';
  /** Unused backup codes left, to warn when they run low. */
  backupCodesRemaining: Scalars['Int']['output'];
  method: SecondFactorMethod;
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The account this session acts in; null for an operator with no membership, and until the sign-in is COMPLETE. */
  account: Maybe<Account>;
  /** Every account you belong to, for switching between them. */
  accounts: Array<AccountMembership>;
  /** Your sign-in methods, oldest first. Link another with /auth/{provider}/start?link=1 (a complete sign-in in the same browser). */
  identities: Array<SignInIdentity>;
  /** Vendor staff acting as such: the back office and every operator operation are open to you. */
  isOperator: Scalars['Boolean']['output'];
  /** You are vendor staff, but this deployment requires operators to use two-factor sign-in (OPERATOR_REQUIRE_TWO_FACTOR) and yours is off: turn it on to act as an operator. */
  operatorNeedsTwoFactor: Scalars['Boolean']['output'];
  permissions: Array<Permission>;
  role: Maybe<Role>;
  signInStage: SignInStage;
  /** When you finished the guided tour or chose not to see it again; null while the web app should offer it. */
  tourDismissedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Your two-factor sign-in. */
  twoFactor: TwoFactorStatus;
  user: User;
};

export type VoidInvoiceInput = {
  invoiceId: Scalars['ID']['input'];
  /** Why, for the audit log and the credit note (1 to 500 characters). */
  reason: Scalars['String']['input'];
};

export type VoidInvoiceResult = {
  __typename?: 'VoidInvoiceResult';
  /** Issued when money had been received; refunded to the credit balance. */
  creditNote: Maybe<CreditNote>;
  invoice: Invoice;
};

export type SwitchAccountMutationVariables = Exact<{
  input: SwitchAccountInput;
}>;

export type SwitchAccountMutation = {
  __typename?: 'Mutation';
  switchAccount: {
    __typename?: 'AccountMembership';
    role: Role;
    current: boolean;
    account: { __typename?: 'Account'; id: string; name: string };
  };
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    signInStage: SignInStage;
    isOperator: boolean;
    operatorNeedsTwoFactor: boolean;
    tourDismissedAt: string | null;
    role: Role | null;
    permissions: Array<Permission>;
    user: { __typename?: 'User'; id: string; name: string; email: string };
    account: {
      __typename?: 'Account';
      id: string;
      name: string;
      onboardedAt: string | null;
      onboardingSkippedAt: string | null;
      suspendedAt: string | null;
      suspensionReason: string | null;
    } | null;
    accounts: Array<{
      __typename?: 'AccountMembership';
      role: Role;
      current: boolean;
      account: { __typename?: 'Account'; id: string; name: string };
    }>;
  } | null;
};

export type DismissTourMutationVariables = Exact<{ [key: string]: never }>;

export type DismissTourMutation = { __typename?: 'Mutation'; dismissTour: string };

export type AccountPreferencesFragment = {
  __typename?: 'Account';
  id: string;
  country: CountryCode | null;
  billingEmail: string | null;
  preferredCurrency: string | null;
  alertTopics: Array<AlertTopic>;
  billingDetails: {
    __typename?: 'BillingDetails';
    billingEmail: string;
    address: { __typename?: 'Address'; country: CountryCode };
  } | null;
};

export type MoneyFragment = {
  __typename?: 'Money';
  amount: number;
  currency: string;
  formatted: string;
};

export type NotificationBellQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationBellQuery = {
  __typename?: 'Query';
  notifications: { __typename?: 'NotificationConnection'; unreadCount: number };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;

export type MarkNotificationsReadMutation = {
  __typename?: 'Mutation';
  markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload'; unreadCount: number };
};

export type PaymentAttentionQueryVariables = Exact<{ [key: string]: never }>;

export type PaymentAttentionQuery = {
  __typename?: 'Query';
  paymentAttention: {
    __typename?: 'PaymentAttention';
    kind: PaymentAttentionKind;
    failureMessage: string | null;
    failedAt: string | null;
    nextAttemptAt: string | null;
    invoice: {
      __typename?: 'Invoice';
      id: string;
      number: string;
      status: InvoiceStatus;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    };
  } | null;
  cardPayments: { __typename?: 'CardPaymentSettings'; enabled: boolean };
};

export type FixPaymentLinkQueryVariables = Exact<{
  link: FixPaymentLinkInput;
}>;

export type FixPaymentLinkQuery = {
  __typename?: 'Query';
  fixPaymentLink: {
    __typename?: 'Invoice';
    id: string;
    number: string;
    status: InvoiceStatus;
    amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  };
};

export type CreateBillingPortalSessionMutationVariables = Exact<{ [key: string]: never }>;

export type CreateBillingPortalSessionMutation = {
  __typename?: 'Mutation';
  createBillingPortalSession: { __typename?: 'BillingPortalSession'; url: string };
};

export type TwoFactorStatusFieldsFragment = {
  __typename?: 'TwoFactorStatus';
  enabled: boolean;
  enabledAt: string | null;
  backupCodesRemaining: number;
  requiredByAccount: boolean;
};

export type StartTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never }>;

export type StartTwoFactorEnrolmentMutation = {
  __typename?: 'Mutation';
  startTwoFactorEnrolment: {
    __typename?: 'TwoFactorEnrolment';
    otpauthUrl: string;
    qrCodeDataUrl: string;
    manualEntryKey: string;
  };
};

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;

export type ConfirmTwoFactorEnrolmentMutation = {
  __typename?: 'Mutation';
  confirmTwoFactorEnrolment: {
    __typename?: 'BackupCodesPayload';
    backupCodes: Array<string>;
    twoFactor: {
      __typename?: 'TwoFactorStatus';
      enabled: boolean;
      enabledAt: string | null;
      backupCodesRemaining: number;
      requiredByAccount: boolean;
    };
  };
};

export type AuditEventSummaryFragment = {
  __typename?: 'AuditEvent';
  id: string;
  accountId: string | null;
  target: string | null;
  actorTokenId: string | null;
  summaryText: string | null;
  changes: Array<{
    __typename?: 'AuditChange';
    field: string;
    from: string | null;
    to: string | null;
    valuesRecorded: boolean;
  }>;
  details: Array<{ __typename?: 'AuditDetail'; key: string; value: string }>;
};

export type AuditEventRowFragment = {
  __typename?: 'AuditEvent';
  id: string;
  occurredAt: string;
  action: string;
  actionLabel: string;
  outcome: AuditOutcome;
  accountId: string | null;
  target: string | null;
  targetKind: string | null;
  ip: string | null;
  actorTokenId: string | null;
  summaryText: string | null;
  actor: { __typename?: 'User'; id: string; name: string; email: string } | null;
  changes: Array<{
    __typename?: 'AuditChange';
    field: string;
    from: string | null;
    to: string | null;
    valuesRecorded: boolean;
  }>;
  details: Array<{ __typename?: 'AuditDetail'; key: string; value: string }>;
};

export type AuditEventsQueryVariables = Exact<{
  filter: InputMaybe<AuditEventFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type AuditEventsQuery = {
  __typename?: 'Query';
  auditEvents: {
    __typename?: 'AuditEventConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'AuditEventEdge';
      cursor: string;
      node: {
        __typename?: 'AuditEvent';
        id: string;
        occurredAt: string;
        action: string;
        actionLabel: string;
        outcome: AuditOutcome;
        accountId: string | null;
        target: string | null;
        targetKind: string | null;
        ip: string | null;
        actorTokenId: string | null;
        summaryText: string | null;
        actor: { __typename?: 'User'; id: string; name: string; email: string } | null;
        changes: Array<{
          __typename?: 'AuditChange';
          field: string;
          from: string | null;
          to: string | null;
          valuesRecorded: boolean;
        }>;
        details: Array<{ __typename?: 'AuditDetail'; key: string; value: string }>;
      };
    }>;
  };
};

export type AccountBillingDetailsFragment = {
  __typename?: 'Account';
  id: string;
  billingDetails: {
    __typename?: 'BillingDetails';
    legalName: string;
    billingEmail: string;
    updatedAt: string;
    address: {
      __typename?: 'Address';
      line1: string;
      line2: string | null;
      city: string;
      region: string | null;
      postalCode: string;
      country: CountryCode;
      countryName: string;
    };
    taxId: { __typename?: 'TaxId'; type: TaxIdType; value: string } | null;
  } | null;
};

export type BillingDetailsQueryVariables = Exact<{ [key: string]: never }>;

export type BillingDetailsQuery = {
  __typename?: 'Query';
  account: {
    __typename?: 'Account';
    id: string;
    name: string;
    country: CountryCode | null;
    billingEmail: string | null;
    billingDetails: {
      __typename?: 'BillingDetails';
      legalName: string;
      billingEmail: string;
      updatedAt: string;
      address: {
        __typename?: 'Address';
        line1: string;
        line2: string | null;
        city: string;
        region: string | null;
        postalCode: string;
        country: CountryCode;
        countryName: string;
      };
      taxId: { __typename?: 'TaxId'; type: TaxIdType; value: string } | null;
    } | null;
  };
};

export type BillingDetailsPrefillFragment = {
  __typename?: 'Account';
  name: string;
  country: CountryCode | null;
  billingEmail: string | null;
};

export type UpdateBillingDetailsMutationVariables = Exact<{
  input: UpdateBillingDetailsInput;
}>;

export type UpdateBillingDetailsMutation = {
  __typename?: 'Mutation';
  updateBillingDetails: {
    __typename?: 'BillingDetails';
    legalName: string;
    billingEmail: string;
    updatedAt: string;
    address: {
      __typename?: 'Address';
      line1: string;
      line2: string | null;
      city: string;
      region: string | null;
      postalCode: string;
      country: CountryCode;
      countryName: string;
    };
    taxId: { __typename?: 'TaxId'; type: TaxIdType; value: string } | null;
  };
};

export type RemoveBillingDetailsMutationVariables = Exact<{ [key: string]: never }>;

export type RemoveBillingDetailsMutation = {
  __typename?: 'Mutation';
  removeBillingDetails: boolean;
};

export type BillingDetailsViewFragment = {
  __typename?: 'BillingDetails';
  legalName: string;
  billingEmail: string;
  updatedAt: string;
  address: {
    __typename?: 'Address';
    line1: string;
    line2: string | null;
    city: string;
    region: string | null;
    postalCode: string;
    country: CountryCode;
    countryName: string;
  };
  taxId: { __typename?: 'TaxId'; type: TaxIdType; value: string } | null;
};

export type BankTransferNoticeItemFragment = {
  __typename?: 'BankTransferNotice';
  id: string;
  status: BankTransferNoticeStatus;
  reference: string;
  sentAt: string;
  submittedAt: string;
  decidedAt: string | null;
  rejectionReason: string | null;
  amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type SubmitBankTransferMutationVariables = Exact<{
  input: SubmitBankTransferInput;
}>;

export type SubmitBankTransferMutation = {
  __typename?: 'Mutation';
  submitBankTransfer: {
    __typename?: 'BankTransferNotice';
    id: string;
    status: BankTransferNoticeStatus;
    reference: string;
    sentAt: string;
    submittedAt: string;
    decidedAt: string | null;
    rejectionReason: string | null;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  };
};

export type InvoiceDetailFragment = {
  __typename?: 'Invoice';
  id: string;
  number: string;
  status: InvoiceStatus;
  currency: string;
  issuedAt: string;
  dueAt: string | null;
  paidAt: string | null;
  voidedAt: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  pdfUrl: string;
  taxLabel: string;
  reverseCharge: boolean;
  reverseChargeNote: string | null;
  total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  lines: Array<{
    __typename?: 'InvoiceLine';
    kind: InvoiceLineKind;
    description: string;
    quantity: number;
    periodStart: string;
    periodEnd: string;
    proration: boolean;
    unitAmount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  }>;
  paymentInstructions: {
    __typename?: 'PaymentInstructions';
    method: PaymentMethodKind;
    instructions: string;
    reference: string;
  } | null;
  payments: Array<{
    __typename?: 'Payment';
    id: string;
    method: PaymentMethodKind;
    status: PaymentStatus;
    reference: string;
    receivedAt: string;
    paymentMethodLabel: string | null;
    failureMessage: string | null;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    appliedAmount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  }>;
  creditNotes: Array<{
    __typename?: 'CreditNote';
    id: string;
    number: string;
    reason: string;
    issuedAt: string;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  }>;
  bankTransferNotices: Array<{
    __typename?: 'BankTransferNotice';
    id: string;
    status: BankTransferNoticeStatus;
    reference: string;
    sentAt: string;
    submittedAt: string;
    decidedAt: string | null;
    rejectionReason: string | null;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  }>;
  seller: {
    __typename?: 'InvoiceSeller';
    name: string;
    addressLines: Array<string>;
    country: string;
    vatId: string | null;
    email: string;
  };
  buyer: {
    __typename?: 'InvoiceBuyer';
    legalName: string;
    email: string;
    addressLines: Array<string>;
    country: string;
    taxId: string | null;
  };
  subtotal: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  creditApplied: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  tax: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  amountPaid: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type InvoiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type InvoiceQuery = {
  __typename?: 'Query';
  invoice: {
    __typename?: 'Invoice';
    id: string;
    number: string;
    status: InvoiceStatus;
    currency: string;
    issuedAt: string;
    dueAt: string | null;
    paidAt: string | null;
    voidedAt: string | null;
    periodStart: string | null;
    periodEnd: string | null;
    pdfUrl: string;
    taxLabel: string;
    reverseCharge: boolean;
    reverseChargeNote: string | null;
    total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    lines: Array<{
      __typename?: 'InvoiceLine';
      kind: InvoiceLineKind;
      description: string;
      quantity: number;
      periodStart: string;
      periodEnd: string;
      proration: boolean;
      unitAmount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
    paymentInstructions: {
      __typename?: 'PaymentInstructions';
      method: PaymentMethodKind;
      instructions: string;
      reference: string;
    } | null;
    payments: Array<{
      __typename?: 'Payment';
      id: string;
      method: PaymentMethodKind;
      status: PaymentStatus;
      reference: string;
      receivedAt: string;
      paymentMethodLabel: string | null;
      failureMessage: string | null;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      appliedAmount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
    creditNotes: Array<{
      __typename?: 'CreditNote';
      id: string;
      number: string;
      reason: string;
      issuedAt: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
    bankTransferNotices: Array<{
      __typename?: 'BankTransferNotice';
      id: string;
      status: BankTransferNoticeStatus;
      reference: string;
      sentAt: string;
      submittedAt: string;
      decidedAt: string | null;
      rejectionReason: string | null;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
    seller: {
      __typename?: 'InvoiceSeller';
      name: string;
      addressLines: Array<string>;
      country: string;
      vatId: string | null;
      email: string;
    };
    buyer: {
      __typename?: 'InvoiceBuyer';
      legalName: string;
      email: string;
      addressLines: Array<string>;
      country: string;
      taxId: string | null;
    };
    subtotal: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    creditApplied: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    tax: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    amountPaid: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  };
};

export type InvoiceCardsFragment = {
  __typename?: 'Invoice';
  id: string;
  number: string;
  status: InvoiceStatus;
  issuedAt: string;
  periodStart: string | null;
  periodEnd: string | null;
  total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type InvoiceGridFragment = {
  __typename?: 'Invoice';
  id: string;
  number: string;
  status: InvoiceStatus;
  issuedAt: string;
  periodStart: string | null;
  periodEnd: string | null;
  total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type InvoiceLinesFragment = {
  __typename?: 'InvoiceLine';
  kind: InvoiceLineKind;
  description: string;
  quantity: number;
  periodStart: string;
  periodEnd: string;
  proration: boolean;
  unitAmount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type InvoicePartiesFragment = {
  __typename?: 'Invoice';
  seller: {
    __typename?: 'InvoiceSeller';
    name: string;
    addressLines: Array<string>;
    country: string;
    vatId: string | null;
    email: string;
  };
  buyer: {
    __typename?: 'InvoiceBuyer';
    legalName: string;
    email: string;
    addressLines: Array<string>;
    country: string;
    taxId: string | null;
  };
};

export type PaymentInstructionsCardFragment = {
  __typename?: 'PaymentInstructions';
  method: PaymentMethodKind;
  instructions: string;
  reference: string;
};

export type PaymentsCardFragment = {
  __typename?: 'Payment';
  id: string;
  method: PaymentMethodKind;
  status: PaymentStatus;
  reference: string;
  receivedAt: string;
  paymentMethodLabel: string | null;
  failureMessage: string | null;
  amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  appliedAmount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type CreditNotesCardFragment = {
  __typename?: 'CreditNote';
  id: string;
  number: string;
  reason: string;
  issuedAt: string;
  amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type InvoiceTotalsFragment = {
  __typename?: 'Invoice';
  taxLabel: string;
  reverseCharge: boolean;
  reverseChargeNote: string | null;
  subtotal: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  creditApplied: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  tax: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  amountPaid: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
};

export type InvoicesQueryVariables = Exact<{
  filter: InputMaybe<InvoiceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  order: InputMaybe<InvoiceOrder>;
}>;

export type InvoicesQuery = {
  __typename?: 'Query';
  invoices: {
    __typename?: 'InvoiceConnection';
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'InvoiceEdge';
      cursor: string;
      node: {
        __typename?: 'Invoice';
        id: string;
        number: string;
        status: InvoiceStatus;
        issuedAt: string;
        periodStart: string | null;
        periodEnd: string | null;
        total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      };
    }>;
  };
};

export type PaymentMethodFieldsFragment = {
  __typename?: 'PaymentMethod';
  id: string;
  type: StoredPaymentMethodType;
  brand: string;
  label: string;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
  isDefault: boolean;
  expiresSoon: boolean;
};

export type PaymentMethodsPageQueryVariables = Exact<{ [key: string]: never }>;

export type PaymentMethodsPageQuery = {
  __typename?: 'Query';
  cardPayments: {
    __typename?: 'CardPaymentSettings';
    enabled: boolean;
    publishableKey: string | null;
    stripeJsUrl: string;
    customerPortal: boolean;
  };
  paymentMethods: Array<{
    __typename?: 'PaymentMethod';
    id: string;
    type: StoredPaymentMethodType;
    brand: string;
    label: string;
    last4: string;
    expMonth: number | null;
    expYear: number | null;
    isDefault: boolean;
    expiresSoon: boolean;
  }>;
  availablePaymentMethods: {
    __typename?: 'AvailablePaymentMethods';
    country: CountryCode | null;
    currency: string;
    methods: Array<PaymentMethodKind>;
    bankTransfer: {
      __typename?: 'BankTransferAccount';
      currency: string;
      details: string;
      instructions: string;
    } | null;
  };
};

export type CreateSetupIntentMutationVariables = Exact<{ [key: string]: never }>;

export type CreateSetupIntentMutation = {
  __typename?: 'Mutation';
  createSetupIntent: {
    __typename?: 'SetupIntentPayload';
    setupIntentId: string;
    clientSecret: string;
  };
};

export type ConfirmPaymentMethodSetupMutationVariables = Exact<{
  input: ConfirmPaymentMethodSetupInput;
}>;

export type ConfirmPaymentMethodSetupMutation = {
  __typename?: 'Mutation';
  confirmPaymentMethodSetup: {
    __typename?: 'PaymentMethod';
    id: string;
    type: StoredPaymentMethodType;
    brand: string;
    label: string;
    last4: string;
    expMonth: number | null;
    expYear: number | null;
    isDefault: boolean;
    expiresSoon: boolean;
  };
};

export type SetDefaultPaymentMethodMutationVariables = Exact<{
  input: PaymentMethodIdInput;
}>;

export type SetDefaultPaymentMethodMutation = {
  __typename?: 'Mutation';
  setDefaultPaymentMethod: Array<{
    __typename?: 'PaymentMethod';
    id: string;
    type: StoredPaymentMethodType;
    brand: string;
    label: string;
    last4: string;
    expMonth: number | null;
    expYear: number | null;
    isDefault: boolean;
    expiresSoon: boolean;
  }>;
};

export type RemovePaymentMethodMutationVariables = Exact<{
  input: PaymentMethodIdInput;
}>;

export type RemovePaymentMethodMutation = {
  __typename?: 'Mutation';
  removePaymentMethod: Array<{
    __typename?: 'PaymentMethod';
    id: string;
    type: StoredPaymentMethodType;
    brand: string;
    label: string;
    last4: string;
    expMonth: number | null;
    expYear: number | null;
    isDefault: boolean;
    expiresSoon: boolean;
  }>;
};

export type PayInvoiceMutationVariables = Exact<{
  input: PayInvoiceInput;
}>;

export type PayInvoiceMutation = {
  __typename?: 'Mutation';
  payInvoice: {
    __typename?: 'PayInvoicePayload';
    status: PaymentStatus;
    clientSecret: string | null;
    payment: { __typename?: 'Payment'; id: string; status: PaymentStatus };
    invoice: { __typename?: 'Invoice'; id: string; status: InvoiceStatus };
  };
};

export type ConfirmInvoicePaymentMutationVariables = Exact<{
  input: ConfirmInvoicePaymentInput;
}>;

export type ConfirmInvoicePaymentMutation = {
  __typename?: 'Mutation';
  confirmInvoicePayment: {
    __typename?: 'PayInvoicePayload';
    status: PaymentStatus;
    payment: { __typename?: 'Payment'; id: string; status: PaymentStatus };
    invoice: { __typename?: 'Invoice'; id: string; status: InvoiceStatus };
  };
};

export type PlansSubscriptionFragment = {
  __typename?: 'Subscription';
  currency: string;
  id: string;
  status: SubscriptionStatus;
  interval: BillingInterval;
  seats: number;
  currentPeriodEnd: string;
  trialEnd: string | null;
  cancelAtPeriodEnd: boolean;
  endedAt: string | null;
  plan: {
    __typename?: 'Plan';
    code: string;
    rank: number;
    id: string;
    name: string;
    includedSeats: number;
  };
  price: {
    __typename?: 'PlanPrice';
    interval: BillingInterval;
    currency: string;
    id: string;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    perSeatAmount: {
      __typename?: 'Money';
      amount: number;
      currency: string;
      formatted: string;
    } | null;
  };
  scheduledChange: {
    __typename?: 'ScheduledPlanChange';
    effectiveAt: string;
    interval: BillingInterval;
    seats: number;
    plan: { __typename?: 'Plan'; code: string; id: string; name: string };
  } | null;
  upcomingInvoice: {
    __typename?: 'UpcomingInvoice';
    date: string;
    amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  } | null;
};

export type PlansPageQueryVariables = Exact<{ [key: string]: never }>;

export type PlansPageQuery = {
  __typename?: 'Query';
  plans: Array<{
    __typename?: 'Plan';
    id: string;
    code: string;
    name: string;
    description: string;
    rank: number;
    includedSeats: number;
    trialDays: number;
    customPricing: boolean;
    prices: Array<{
      __typename?: 'PlanPrice';
      id: string;
      interval: BillingInterval;
      currency: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      perSeatAmount: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    }>;
    features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
    limits: Array<{ __typename?: 'PlanLimit'; key: string; label: string; limit: number | null }>;
  }>;
  account: {
    __typename?: 'Account';
    id: string;
    preferredCurrency: string | null;
    plan: { __typename?: 'Plan'; id: string; code: string };
    creditBalance: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    billingDetails: { __typename?: 'BillingDetails'; updatedAt: string } | null;
    subscription: {
      __typename?: 'Subscription';
      currency: string;
      id: string;
      status: SubscriptionStatus;
      interval: BillingInterval;
      seats: number;
      currentPeriodEnd: string;
      trialEnd: string | null;
      cancelAtPeriodEnd: boolean;
      endedAt: string | null;
      plan: {
        __typename?: 'Plan';
        code: string;
        rank: number;
        id: string;
        name: string;
        includedSeats: number;
      };
      price: {
        __typename?: 'PlanPrice';
        interval: BillingInterval;
        currency: string;
        id: string;
        amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        perSeatAmount: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      scheduledChange: {
        __typename?: 'ScheduledPlanChange';
        effectiveAt: string;
        interval: BillingInterval;
        seats: number;
        plan: { __typename?: 'Plan'; code: string; id: string; name: string };
      } | null;
      upcomingInvoice: {
        __typename?: 'UpcomingInvoice';
        date: string;
        amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      } | null;
    } | null;
  };
};

export type PreviewSummaryFragment = {
  __typename?: 'SubscriptionChangePreview';
  outcome: SubscriptionChangeOutcome;
  appliesAt: ChangeTiming;
  effectiveAt: string;
  taxLabel: string;
  nextInvoiceDate: string | null;
  interval: BillingInterval;
  seats: number;
  currency: string;
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  collectionMethod: PaymentMethodKind | null;
  dueAt: string | null;
  chargedTo: string | null;
  seatsTaken: number;
  seatLimit: number;
  amountDueToday: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  lines: Array<{
    __typename?: 'InvoiceLine';
    kind: InvoiceLineKind;
    description: string;
    quantity: number;
    proration: boolean;
    periodStart: string;
    periodEnd: string;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  }>;
  subtotal: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  creditApplied: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  tax: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  creditAdded: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  creditBalanceAfter: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  nextInvoiceAmount: {
    __typename?: 'Money';
    amount: number;
    currency: string;
    formatted: string;
  } | null;
  plan: { __typename?: 'Plan'; id: string; code: string; name: string };
};

export type SubscriptionBannersFragment = {
  __typename?: 'Subscription';
  id: string;
  status: SubscriptionStatus;
  interval: BillingInterval;
  seats: number;
  currentPeriodEnd: string;
  cancelAtPeriodEnd: boolean;
  plan: { __typename?: 'Plan'; id: string; name: string };
  scheduledChange: {
    __typename?: 'ScheduledPlanChange';
    effectiveAt: string;
    interval: BillingInterval;
    seats: number;
    plan: { __typename?: 'Plan'; id: string; name: string };
  } | null;
};

export type ChangeResultFragment = {
  __typename?: 'SubscriptionChangeResult';
  outcome: SubscriptionChangeOutcome;
  subscription: {
    __typename?: 'Subscription';
    currency: string;
    id: string;
    status: SubscriptionStatus;
    interval: BillingInterval;
    seats: number;
    currentPeriodEnd: string;
    trialEnd: string | null;
    cancelAtPeriodEnd: boolean;
    endedAt: string | null;
    plan: {
      __typename?: 'Plan';
      code: string;
      rank: number;
      id: string;
      name: string;
      includedSeats: number;
    };
    price: {
      __typename?: 'PlanPrice';
      interval: BillingInterval;
      currency: string;
      id: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      perSeatAmount: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    };
    scheduledChange: {
      __typename?: 'ScheduledPlanChange';
      effectiveAt: string;
      interval: BillingInterval;
      seats: number;
      plan: { __typename?: 'Plan'; code: string; id: string; name: string };
    } | null;
    upcomingInvoice: {
      __typename?: 'UpcomingInvoice';
      date: string;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    } | null;
  };
  invoice: {
    __typename?: 'Invoice';
    id: string;
    number: string;
    status: InvoiceStatus;
    amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  } | null;
};

export type PreviewSubscriptionChangeQueryVariables = Exact<{
  input: PreviewSubscriptionChangeInput;
}>;

export type PreviewSubscriptionChangeQuery = {
  __typename?: 'Query';
  previewSubscriptionChange: {
    __typename?: 'SubscriptionChangePreview';
    outcome: SubscriptionChangeOutcome;
    appliesAt: ChangeTiming;
    effectiveAt: string;
    taxLabel: string;
    nextInvoiceDate: string | null;
    interval: BillingInterval;
    seats: number;
    currency: string;
    status: SubscriptionStatus;
    cancelAtPeriodEnd: boolean;
    collectionMethod: PaymentMethodKind | null;
    dueAt: string | null;
    chargedTo: string | null;
    seatsTaken: number;
    seatLimit: number;
    amountDueToday: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    lines: Array<{
      __typename?: 'InvoiceLine';
      kind: InvoiceLineKind;
      description: string;
      quantity: number;
      proration: boolean;
      periodStart: string;
      periodEnd: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
    subtotal: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    creditApplied: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    tax: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    creditAdded: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    creditBalanceAfter: {
      __typename?: 'Money';
      amount: number;
      currency: string;
      formatted: string;
    };
    nextInvoiceAmount: {
      __typename?: 'Money';
      amount: number;
      currency: string;
      formatted: string;
    } | null;
    plan: { __typename?: 'Plan'; id: string; code: string; name: string };
  };
};

export type StartSubscriptionMutationVariables = Exact<{
  input: StartSubscriptionInput;
}>;

export type StartSubscriptionMutation = {
  __typename?: 'Mutation';
  startSubscription: {
    __typename?: 'SubscriptionChangeResult';
    outcome: SubscriptionChangeOutcome;
    subscription: {
      __typename?: 'Subscription';
      currency: string;
      id: string;
      status: SubscriptionStatus;
      interval: BillingInterval;
      seats: number;
      currentPeriodEnd: string;
      trialEnd: string | null;
      cancelAtPeriodEnd: boolean;
      endedAt: string | null;
      plan: {
        __typename?: 'Plan';
        code: string;
        rank: number;
        id: string;
        name: string;
        includedSeats: number;
      };
      price: {
        __typename?: 'PlanPrice';
        interval: BillingInterval;
        currency: string;
        id: string;
        amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        perSeatAmount: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      scheduledChange: {
        __typename?: 'ScheduledPlanChange';
        effectiveAt: string;
        interval: BillingInterval;
        seats: number;
        plan: { __typename?: 'Plan'; code: string; id: string; name: string };
      } | null;
      upcomingInvoice: {
        __typename?: 'UpcomingInvoice';
        date: string;
        amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      } | null;
    };
    invoice: {
      __typename?: 'Invoice';
      id: string;
      number: string;
      status: InvoiceStatus;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    } | null;
  };
};

export type ChangeSubscriptionMutationVariables = Exact<{
  input: ChangeSubscriptionInput;
}>;

export type ChangeSubscriptionMutation = {
  __typename?: 'Mutation';
  changeSubscription: {
    __typename?: 'SubscriptionChangeResult';
    outcome: SubscriptionChangeOutcome;
    subscription: {
      __typename?: 'Subscription';
      currency: string;
      id: string;
      status: SubscriptionStatus;
      interval: BillingInterval;
      seats: number;
      currentPeriodEnd: string;
      trialEnd: string | null;
      cancelAtPeriodEnd: boolean;
      endedAt: string | null;
      plan: {
        __typename?: 'Plan';
        code: string;
        rank: number;
        id: string;
        name: string;
        includedSeats: number;
      };
      price: {
        __typename?: 'PlanPrice';
        interval: BillingInterval;
        currency: string;
        id: string;
        amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        perSeatAmount: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      scheduledChange: {
        __typename?: 'ScheduledPlanChange';
        effectiveAt: string;
        interval: BillingInterval;
        seats: number;
        plan: { __typename?: 'Plan'; code: string; id: string; name: string };
      } | null;
      upcomingInvoice: {
        __typename?: 'UpcomingInvoice';
        date: string;
        amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      } | null;
    };
    invoice: {
      __typename?: 'Invoice';
      id: string;
      number: string;
      status: InvoiceStatus;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    } | null;
  };
};

export type CancelSubscriptionMutationVariables = Exact<{
  input: CancelSubscriptionInput;
}>;

export type CancelSubscriptionMutation = {
  __typename?: 'Mutation';
  cancelSubscription: {
    __typename?: 'SubscriptionChangeResult';
    outcome: SubscriptionChangeOutcome;
    subscription: {
      __typename?: 'Subscription';
      currency: string;
      id: string;
      status: SubscriptionStatus;
      interval: BillingInterval;
      seats: number;
      currentPeriodEnd: string;
      trialEnd: string | null;
      cancelAtPeriodEnd: boolean;
      endedAt: string | null;
      plan: {
        __typename?: 'Plan';
        code: string;
        rank: number;
        id: string;
        name: string;
        includedSeats: number;
      };
      price: {
        __typename?: 'PlanPrice';
        interval: BillingInterval;
        currency: string;
        id: string;
        amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        perSeatAmount: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      scheduledChange: {
        __typename?: 'ScheduledPlanChange';
        effectiveAt: string;
        interval: BillingInterval;
        seats: number;
        plan: { __typename?: 'Plan'; code: string; id: string; name: string };
      } | null;
      upcomingInvoice: {
        __typename?: 'UpcomingInvoice';
        date: string;
        amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      } | null;
    };
    invoice: {
      __typename?: 'Invoice';
      id: string;
      number: string;
      status: InvoiceStatus;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    } | null;
  };
};

export type ReactivateSubscriptionMutationVariables = Exact<{ [key: string]: never }>;

export type ReactivateSubscriptionMutation = {
  __typename?: 'Mutation';
  reactivateSubscription: {
    __typename?: 'SubscriptionChangeResult';
    outcome: SubscriptionChangeOutcome;
    subscription: {
      __typename?: 'Subscription';
      currency: string;
      id: string;
      status: SubscriptionStatus;
      interval: BillingInterval;
      seats: number;
      currentPeriodEnd: string;
      trialEnd: string | null;
      cancelAtPeriodEnd: boolean;
      endedAt: string | null;
      plan: {
        __typename?: 'Plan';
        code: string;
        rank: number;
        id: string;
        name: string;
        includedSeats: number;
      };
      price: {
        __typename?: 'PlanPrice';
        interval: BillingInterval;
        currency: string;
        id: string;
        amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        perSeatAmount: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      scheduledChange: {
        __typename?: 'ScheduledPlanChange';
        effectiveAt: string;
        interval: BillingInterval;
        seats: number;
        plan: { __typename?: 'Plan'; code: string; id: string; name: string };
      } | null;
      upcomingInvoice: {
        __typename?: 'UpcomingInvoice';
        date: string;
        amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      } | null;
    };
    invoice: {
      __typename?: 'Invoice';
      id: string;
      number: string;
      status: InvoiceStatus;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    } | null;
  };
};

export type SubscriptionSummaryFragment = {
  __typename?: 'Subscription';
  id: string;
  status: SubscriptionStatus;
  interval: BillingInterval;
  seats: number;
  currentPeriodEnd: string;
  trialEnd: string | null;
  cancelAtPeriodEnd: boolean;
  endedAt: string | null;
  plan: { __typename?: 'Plan'; id: string; name: string; includedSeats: number };
  price: {
    __typename?: 'PlanPrice';
    id: string;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    perSeatAmount: {
      __typename?: 'Money';
      amount: number;
      currency: string;
      formatted: string;
    } | null;
  };
  upcomingInvoice: {
    __typename?: 'UpcomingInvoice';
    date: string;
    amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  } | null;
};

export type TierCardFragment = {
  __typename?: 'Plan';
  id: string;
  code: string;
  name: string;
  description: string;
  rank: number;
  includedSeats: number;
  trialDays: number;
  customPricing: boolean;
  prices: Array<{
    __typename?: 'PlanPrice';
    id: string;
    interval: BillingInterval;
    currency: string;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    perSeatAmount: {
      __typename?: 'Money';
      amount: number;
      currency: string;
      formatted: string;
    } | null;
  }>;
  features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
  limits: Array<{ __typename?: 'PlanLimit'; key: string; label: string; limit: number | null }>;
};

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type InvitationPreviewQuery = {
  __typename?: 'Query';
  invitation: {
    __typename?: 'InvitationPreview';
    accountName: string;
    invitedByName: string | null;
    role: Role;
    email: string;
    status: InvitationStatus;
    expiresAt: string;
  };
};

export type InvitationViewerQueryVariables = Exact<{ [key: string]: never }>;

export type InvitationViewerQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    user: { __typename?: 'User'; id: string; name: string; email: string };
    accounts: Array<{
      __typename?: 'AccountMembership';
      current: boolean;
      account: { __typename?: 'Account'; id: string; name: string };
    }>;
  } | null;
};

export type AcceptInviteMutationVariables = Exact<{
  input: InvitationTokenInput;
}>;

export type AcceptInviteMutation = {
  __typename?: 'Mutation';
  acceptInvite: {
    __typename?: 'AccountMembership';
    role: Role;
    current: boolean;
    account: { __typename?: 'Account'; id: string; name: string };
  };
};

export type InvitationListFragment = {
  __typename?: 'Invitation';
  id: string;
  email: string;
  role: Role;
  grants: Array<GrantablePermission>;
  createdAt: string;
  sentAt: string;
  expiresAt: string;
  status: InvitationStatus;
  invitedBy: { __typename?: 'User'; id: string; name: string } | null;
};

export type MemberListFragment = {
  __typename?: 'Member';
  id: string;
  role: Role;
  grants: Array<GrantablePermission>;
  permissions: Array<Permission>;
  joinedAt: string;
  isYou: boolean;
  user: { __typename?: 'User'; id: string; name: string; email: string };
};

export type MembersPageQueryVariables = Exact<{ [key: string]: never }>;

export type MembersPageQuery = {
  __typename?: 'Query';
  members: Array<{
    __typename?: 'Member';
    id: string;
    role: Role;
    grants: Array<GrantablePermission>;
    permissions: Array<Permission>;
    joinedAt: string;
    isYou: boolean;
    user: { __typename?: 'User'; id: string; name: string; email: string };
  }>;
  invitations: Array<{
    __typename?: 'Invitation';
    id: string;
    email: string;
    role: Role;
    grants: Array<GrantablePermission>;
    createdAt: string;
    sentAt: string;
    expiresAt: string;
    status: InvitationStatus;
    invitedBy: { __typename?: 'User'; id: string; name: string } | null;
  }>;
  account: {
    __typename?: 'Account';
    id: string;
    usage: Array<{ __typename?: 'UsageMeter'; key: string; used: number; limit: number | null }>;
  };
};

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;

export type InviteMemberMutation = {
  __typename?: 'Mutation';
  inviteMember: {
    __typename?: 'InvitationSentPayload';
    inviteUrl: string;
    invitation: {
      __typename?: 'Invitation';
      id: string;
      email: string;
      role: Role;
      grants: Array<GrantablePermission>;
      createdAt: string;
      sentAt: string;
      expiresAt: string;
      status: InvitationStatus;
      invitedBy: { __typename?: 'User'; id: string; name: string } | null;
    };
  };
};

export type ResendInviteMutationVariables = Exact<{
  input: InvitationIdInput;
}>;

export type ResendInviteMutation = {
  __typename?: 'Mutation';
  resendInvite: {
    __typename?: 'InvitationSentPayload';
    inviteUrl: string;
    invitation: {
      __typename?: 'Invitation';
      id: string;
      email: string;
      role: Role;
      grants: Array<GrantablePermission>;
      createdAt: string;
      sentAt: string;
      expiresAt: string;
      status: InvitationStatus;
      invitedBy: { __typename?: 'User'; id: string; name: string } | null;
    };
  };
};

export type RevokeInviteMutationVariables = Exact<{
  input: InvitationIdInput;
}>;

export type RevokeInviteMutation = {
  __typename?: 'Mutation';
  revokeInvite: { __typename?: 'Invitation'; id: string; status: InvitationStatus };
};

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;

export type ChangeMemberRoleMutation = {
  __typename?: 'Mutation';
  changeMemberRole: {
    __typename?: 'Member';
    id: string;
    role: Role;
    grants: Array<GrantablePermission>;
    permissions: Array<Permission>;
    joinedAt: string;
    isYou: boolean;
    user: { __typename?: 'User'; id: string; name: string; email: string };
  };
};

export type SetMemberPermissionsMutationVariables = Exact<{
  input: SetMemberPermissionsInput;
}>;

export type SetMemberPermissionsMutation = {
  __typename?: 'Mutation';
  setMemberPermissions: {
    __typename?: 'Member';
    id: string;
    role: Role;
    grants: Array<GrantablePermission>;
    permissions: Array<Permission>;
    joinedAt: string;
    isYou: boolean;
    user: { __typename?: 'User'; id: string; name: string; email: string };
  };
};

export type RemoveMemberMutationVariables = Exact<{
  input: MemberIdInput;
}>;

export type RemoveMemberMutation = {
  __typename?: 'Mutation';
  removeMember: { __typename?: 'Member'; id: string };
};

export type TransferOwnershipMutationVariables = Exact<{
  input: MemberIdInput;
}>;

export type TransferOwnershipMutation = {
  __typename?: 'Mutation';
  transferOwnership: {
    __typename?: 'Member';
    id: string;
    role: Role;
    grants: Array<GrantablePermission>;
    permissions: Array<Permission>;
    joinedAt: string;
    isYou: boolean;
    user: { __typename?: 'User'; id: string; name: string; email: string };
  };
};

export type LeaveAccountMutationVariables = Exact<{ [key: string]: never }>;

export type LeaveAccountMutation = {
  __typename?: 'Mutation';
  leaveAccount: {
    __typename?: 'AccountMembership';
    role: Role;
    current: boolean;
    account: { __typename?: 'Account'; id: string; name: string };
  } | null;
};

export type NotificationListFragment = {
  __typename?: 'Notification';
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type NotificationsQuery = {
  __typename?: 'Query';
  notifications: {
    __typename?: 'NotificationConnection';
    totalCount: number;
    unreadCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'NotificationEdge';
      cursor: string;
      node: {
        __typename?: 'Notification';
        id: string;
        kind: NotificationKind;
        title: string;
        body: string;
        link: string | null;
        createdAt: string;
        readAt: string | null;
      };
    }>;
  };
};

export type SuspendAccountMutationVariables = Exact<{
  input: AccountSuspensionInput;
}>;

export type SuspendAccountMutation = {
  __typename?: 'Mutation';
  suspendAccount: {
    __typename?: 'Account';
    id: string;
    suspendedAt: string | null;
    suspensionReason: string | null;
  };
};

export type ReactivateAccountMutationVariables = Exact<{
  input: AccountSuspensionInput;
}>;

export type ReactivateAccountMutation = {
  __typename?: 'Mutation';
  reactivateAccount: {
    __typename?: 'Account';
    id: string;
    suspendedAt: string | null;
    suspensionReason: string | null;
  };
};

export type AdjustCreditBalanceMutationVariables = Exact<{
  input: AdjustCreditBalanceInput;
}>;

export type AdjustCreditBalanceMutation = {
  __typename?: 'Mutation';
  adjustCreditBalance: {
    __typename?: 'AdjustCreditBalancePayload';
    entryId: string;
    balance: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  };
};

export type StartEnterpriseContractMutationVariables = Exact<{
  input: StartEnterpriseContractInput;
}>;

export type StartEnterpriseContractMutation = {
  __typename?: 'Mutation';
  startEnterpriseContract: {
    __typename?: 'SubscriptionChangeResult';
    outcome: SubscriptionChangeOutcome;
    subscription: {
      __typename?: 'Subscription';
      id: string;
      status: SubscriptionStatus;
      seats: number;
      interval: BillingInterval;
    };
    invoice: {
      __typename?: 'Invoice';
      id: string;
      number: string;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    } | null;
  };
};

export type OperatorAccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  accountId: Scalars['String']['input'];
}>;

export type OperatorAccountQuery = {
  __typename?: 'Query';
  operatorAccount: {
    __typename?: 'OperatorAccountDetail';
    account: {
      __typename?: 'Account';
      id: string;
      name: string;
      createdAt: string;
      suspendedAt: string | null;
      suspensionReason: string | null;
      country: CountryCode | null;
      billingEmail: string | null;
      plan: { __typename?: 'Plan'; code: string; name: string };
      subscription: {
        __typename?: 'Subscription';
        id: string;
        status: SubscriptionStatus;
        interval: BillingInterval;
        seats: number;
        currentPeriodEnd: string;
        cancelAtPeriodEnd: boolean;
      } | null;
      creditBalance: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    };
    members: Array<{
      __typename?: 'Member';
      id: string;
      role: Role;
      joinedAt: string;
      user: { __typename?: 'User'; id: string; name: string; email: string };
    }>;
    invoices: Array<{
      __typename?: 'Invoice';
      id: string;
      number: string;
      status: InvoiceStatus;
      issuedAt: string;
      dueAt: string | null;
      total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      payments: Array<{
        __typename?: 'Payment';
        id: string;
        status: PaymentStatus;
        method: PaymentMethodKind;
        receivedAt: string;
        amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      }>;
    }>;
    creditLedger: Array<{
      __typename?: 'CreditLedgerEntry';
      id: string;
      reason: CreditBalanceReason;
      invoiceNumber: string | null;
      creditNoteNumber: string | null;
      note: string | null;
      createdAt: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
  };
  auditEvents: {
    __typename?: 'AuditEventConnection';
    totalCount: number;
    edges: Array<{
      __typename?: 'AuditEventEdge';
      node: {
        __typename?: 'AuditEvent';
        id: string;
        occurredAt: string;
        actionLabel: string;
        outcome: AuditOutcome;
        actor: { __typename?: 'User'; id: string; name: string; email: string } | null;
      };
    }>;
  };
};

export type OperatorAccountRowFragment = {
  __typename?: 'Account';
  id: string;
  name: string;
  createdAt: string;
  suspendedAt: string | null;
  plan: { __typename?: 'Plan'; code: string; name: string };
  subscription: { __typename?: 'Subscription'; id: string; status: SubscriptionStatus } | null;
};

export type OperatorAccountsQueryVariables = Exact<{
  filter: InputMaybe<OperatorAccountFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type OperatorAccountsQuery = {
  __typename?: 'Query';
  operatorAccounts: {
    __typename?: 'OperatorAccountConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'OperatorAccountEdge';
      cursor: string;
      node: {
        __typename?: 'Account';
        id: string;
        name: string;
        createdAt: string;
        suspendedAt: string | null;
        plan: { __typename?: 'Plan'; code: string; name: string };
        subscription: {
          __typename?: 'Subscription';
          id: string;
          status: SubscriptionStatus;
        } | null;
      };
    }>;
  };
};

export type OperatorAccountPlansQueryVariables = Exact<{ [key: string]: never }>;

export type OperatorAccountPlansQuery = {
  __typename?: 'Query';
  plans: Array<{ __typename?: 'Plan'; code: string; name: string }>;
};

export type BankTransferQueueQueryVariables = Exact<{
  status: InputMaybe<BankTransferNoticeStatus>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type BankTransferQueueQuery = {
  __typename?: 'Query';
  bankTransferQueue: {
    __typename?: 'BankTransferQueueConnection';
    edges: Array<{
      __typename?: 'BankTransferQueueEdge';
      cursor: string;
      node: {
        __typename?: 'BankTransferQueueItem';
        accountId: string;
        accountName: string;
        invoiceNumber: string;
        invoiceStatus: InvoiceStatus;
        invoicePdfUrl: string;
        submittedBy: string | null;
        invoiceAmountDue: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        };
        notice: {
          __typename?: 'BankTransferNotice';
          id: string;
          status: BankTransferNoticeStatus;
          reference: string;
          sentAt: string;
          submittedAt: string;
          decidedAt: string | null;
          rejectionReason: string | null;
          amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        };
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type ApproveBankTransferMutationVariables = Exact<{
  input: ApproveBankTransferInput;
}>;

export type ApproveBankTransferMutation = {
  __typename?: 'Mutation';
  approveBankTransfer: {
    __typename?: 'BankTransferQueueItem';
    invoiceStatus: InvoiceStatus;
    notice: { __typename?: 'BankTransferNotice'; id: string; status: BankTransferNoticeStatus };
  };
};

export type RejectBankTransferMutationVariables = Exact<{
  input: RejectBankTransferInput;
}>;

export type RejectBankTransferMutation = {
  __typename?: 'Mutation';
  rejectBankTransfer: {
    __typename?: 'BankTransferQueueItem';
    invoiceStatus: InvoiceStatus;
    notice: { __typename?: 'BankTransferNotice'; id: string; status: BankTransferNoticeStatus };
  };
};

export type OperatorInvoicesQueryVariables = Exact<{
  filter: InputMaybe<OperatorInvoiceFilter>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type OperatorInvoicesQuery = {
  __typename?: 'Query';
  operatorInvoices: {
    __typename?: 'InvoiceConnection';
    edges: Array<{
      __typename?: 'InvoiceEdge';
      node: {
        __typename?: 'Invoice';
        id: string;
        accountId: string;
        number: string;
        status: InvoiceStatus;
        issuedAt: string;
        dueAt: string | null;
        pdfUrl: string;
        buyer: { __typename?: 'InvoiceBuyer'; legalName: string; country: string };
        total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type OperatorInvoicePaymentsQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;

export type OperatorInvoicePaymentsQuery = {
  __typename?: 'Query';
  operatorInvoices: {
    __typename?: 'InvoiceConnection';
    edges: Array<{
      __typename?: 'InvoiceEdge';
      node: {
        __typename?: 'Invoice';
        id: string;
        payments: Array<{
          __typename?: 'Payment';
          id: string;
          method: PaymentMethodKind;
          status: PaymentStatus;
          paymentMethodLabel: string | null;
          amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
          refunded: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        }>;
      };
    }>;
  };
};

export type PreviewManualInvoiceQueryVariables = Exact<{
  input: ManualInvoiceInput;
}>;

export type PreviewManualInvoiceQuery = {
  __typename?: 'Query';
  previewManualInvoice: {
    __typename?: 'ManualInvoicePreview';
    taxLabel: string;
    reverseChargeNote: string | null;
    dueAt: string;
    lines: Array<{
      __typename?: 'InvoiceLine';
      description: string;
      quantity: number;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
    subtotal: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    creditApplied: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    tax: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    total: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  };
};

export type CreateManualInvoiceMutationVariables = Exact<{
  input: CreateManualInvoiceInput;
}>;

export type CreateManualInvoiceMutation = {
  __typename?: 'Mutation';
  createManualInvoice: { __typename?: 'Invoice'; id: string; number: string };
};

export type OperatorVoidInvoiceMutationVariables = Exact<{
  input: VoidInvoiceInput;
}>;

export type OperatorVoidInvoiceMutation = {
  __typename?: 'Mutation';
  voidInvoice: {
    __typename?: 'VoidInvoiceResult';
    invoice: { __typename?: 'Invoice'; id: string; status: InvoiceStatus };
    creditNote: { __typename?: 'CreditNote'; number: string } | null;
  };
};

export type OperatorRefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;

export type OperatorRefundPaymentMutation = {
  __typename?: 'Mutation';
  refundPayment: {
    __typename?: 'RefundPaymentResult';
    creditNote: { __typename?: 'CreditNote'; number: string };
  };
};

export type FailedJobRowFragment = {
  __typename?: 'BackgroundJob';
  id: string;
  name: string;
  state: string;
  data: string;
  errorOutput: string | null;
  retryCount: number;
  retryLimit: number;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
};

export type FailedJobsQueryVariables = Exact<{
  name: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type FailedJobsQuery = {
  __typename?: 'Query';
  failedJobs: {
    __typename?: 'BackgroundJobConnection';
    jobNames: Array<string>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'BackgroundJobEdge';
      cursor: string;
      node: {
        __typename?: 'BackgroundJob';
        id: string;
        name: string;
        state: string;
        data: string;
        errorOutput: string | null;
        retryCount: number;
        retryLimit: number;
        createdAt: string;
        startedAt: string | null;
        completedAt: string | null;
      };
    }>;
  };
};

export type RetryJobMutationVariables = Exact<{
  input: RetryJobInput;
}>;

export type RetryJobMutation = {
  __typename?: 'Mutation';
  retryJob: { __typename?: 'BackgroundJob'; id: string; state: string; retryLimit: number };
};

export type MailListFragment = {
  __typename?: 'MailMessage';
  id: string;
  to: string;
  subject: string;
  template: string;
  status: MailStatus;
  createdAt: string;
};

export type MailOutboxQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type MailOutboxQuery = {
  __typename?: 'Query';
  mailOutbox: {
    __typename?: 'MailMessageConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'MailMessageEdge';
      cursor: string;
      node: {
        __typename?: 'MailMessage';
        id: string;
        to: string;
        subject: string;
        template: string;
        status: MailStatus;
        createdAt: string;
      };
    }>;
  } | null;
};

export type MailMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type MailMessageQuery = {
  __typename?: 'Query';
  mailMessage: {
    __typename?: 'MailMessage';
    from: string;
    sentAt: string | null;
    attempts: number;
    lastError: string | null;
    html: string;
    text: string;
    id: string;
    to: string;
    subject: string;
    template: string;
    status: MailStatus;
    createdAt: string;
  };
};

export type PaymentMethodConfigRowFragment = {
  __typename?: 'PaymentMethodConfig';
  country: CountryCode | null;
  methods: Array<PaymentMethodKind>;
  builtIn: boolean;
  updatedAt: string | null;
  bankAccounts: Array<{
    __typename?: 'BankTransferAccount';
    currency: string;
    details: string;
    instructions: string;
  }>;
};

export type PaymentMethodConfigsQueryVariables = Exact<{ [key: string]: never }>;

export type PaymentMethodConfigsQuery = {
  __typename?: 'Query';
  paymentMethodConfigs: Array<{
    __typename?: 'PaymentMethodConfig';
    country: CountryCode | null;
    methods: Array<PaymentMethodKind>;
    builtIn: boolean;
    updatedAt: string | null;
    bankAccounts: Array<{
      __typename?: 'BankTransferAccount';
      currency: string;
      details: string;
      instructions: string;
    }>;
  }>;
};

export type SetPaymentMethodConfigMutationVariables = Exact<{
  input: SetPaymentMethodConfigInput;
}>;

export type SetPaymentMethodConfigMutation = {
  __typename?: 'Mutation';
  setPaymentMethodConfig: {
    __typename?: 'PaymentMethodConfig';
    country: CountryCode | null;
    methods: Array<PaymentMethodKind>;
    builtIn: boolean;
    updatedAt: string | null;
    bankAccounts: Array<{
      __typename?: 'BankTransferAccount';
      currency: string;
      details: string;
      instructions: string;
    }>;
  };
};

export type RemovePaymentMethodConfigMutationVariables = Exact<{
  input: RemovePaymentMethodConfigInput;
}>;

export type RemovePaymentMethodConfigMutation = {
  __typename?: 'Mutation';
  removePaymentMethodConfig: boolean;
};

export type CatalogPriceRowFragment = {
  __typename?: 'CatalogPrice';
  id: string;
  interval: BillingInterval;
  currency: string;
  version: number;
  active: boolean;
  liveSubscriptions: number;
  createdAt: string;
  amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  perSeatAmount: {
    __typename?: 'Money';
    amount: number;
    currency: string;
    formatted: string;
  } | null;
};

export type CatalogPlanCardFragment = {
  __typename?: 'CatalogPlan';
  id: string;
  code: string;
  name: string;
  description: string;
  rank: number;
  includedSeats: number;
  trialDays: number;
  customPricing: boolean;
  cancellationFeeBps: number;
  archived: boolean;
  featureKeys: Array<string>;
  liveSubscriptions: number;
  features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
  limits: Array<{
    __typename?: 'CatalogPlanLimit';
    key: string;
    label: string;
    limit: number | null;
  }>;
  prices: Array<{
    __typename?: 'CatalogPrice';
    id: string;
    interval: BillingInterval;
    currency: string;
    version: number;
    active: boolean;
    liveSubscriptions: number;
    createdAt: string;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    perSeatAmount: {
      __typename?: 'Money';
      amount: number;
      currency: string;
      formatted: string;
    } | null;
  }>;
};

export type PlanCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type PlanCatalogQuery = {
  __typename?: 'Query';
  planCatalog: {
    __typename?: 'PlanCatalog';
    plans: Array<{
      __typename?: 'CatalogPlan';
      id: string;
      code: string;
      name: string;
      description: string;
      rank: number;
      includedSeats: number;
      trialDays: number;
      customPricing: boolean;
      cancellationFeeBps: number;
      archived: boolean;
      featureKeys: Array<string>;
      liveSubscriptions: number;
      features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
      limits: Array<{
        __typename?: 'CatalogPlanLimit';
        key: string;
        label: string;
        limit: number | null;
      }>;
      prices: Array<{
        __typename?: 'CatalogPrice';
        id: string;
        interval: BillingInterval;
        currency: string;
        version: number;
        active: boolean;
        liveSubscriptions: number;
        createdAt: string;
        amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        perSeatAmount: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      }>;
    }>;
    features: Array<{ __typename?: 'CatalogKey'; key: string; label: string }>;
    limits: Array<{ __typename?: 'CatalogKey'; key: string; label: string }>;
  };
};

export type SavePlanMutationVariables = Exact<{
  input: SavePlanInput;
}>;

export type SavePlanMutation = {
  __typename?: 'Mutation';
  savePlan: {
    __typename?: 'CatalogPlan';
    id: string;
    code: string;
    name: string;
    description: string;
    rank: number;
    includedSeats: number;
    trialDays: number;
    customPricing: boolean;
    cancellationFeeBps: number;
    archived: boolean;
    featureKeys: Array<string>;
    liveSubscriptions: number;
    features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
    limits: Array<{
      __typename?: 'CatalogPlanLimit';
      key: string;
      label: string;
      limit: number | null;
    }>;
    prices: Array<{
      __typename?: 'CatalogPrice';
      id: string;
      interval: BillingInterval;
      currency: string;
      version: number;
      active: boolean;
      liveSubscriptions: number;
      createdAt: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      perSeatAmount: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    }>;
  };
};

export type ArchivePlanMutationVariables = Exact<{
  input: ArchivePlanInput;
}>;

export type ArchivePlanMutation = {
  __typename?: 'Mutation';
  archivePlan: {
    __typename?: 'CatalogPlan';
    id: string;
    code: string;
    name: string;
    description: string;
    rank: number;
    includedSeats: number;
    trialDays: number;
    customPricing: boolean;
    cancellationFeeBps: number;
    archived: boolean;
    featureKeys: Array<string>;
    liveSubscriptions: number;
    features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
    limits: Array<{
      __typename?: 'CatalogPlanLimit';
      key: string;
      label: string;
      limit: number | null;
    }>;
    prices: Array<{
      __typename?: 'CatalogPrice';
      id: string;
      interval: BillingInterval;
      currency: string;
      version: number;
      active: boolean;
      liveSubscriptions: number;
      createdAt: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      perSeatAmount: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    }>;
  };
};

export type RevenueFigurePartsFragment = {
  __typename?: 'RevenueFigure';
  missingRates: Array<string>;
  byCurrency: Array<{ __typename?: 'Money'; amount: number; currency: string; formatted: string }>;
  converted: { __typename?: 'Money'; amount: number; currency: string; formatted: string } | null;
};

export type RevenueMetricsQueryVariables = Exact<{ [key: string]: never }>;

export type RevenueMetricsQuery = {
  __typename?: 'Query';
  revenueMetrics: {
    __typename?: 'RevenueMetrics';
    reportingCurrency: string;
    asOf: string;
    day: string;
    currencies: Array<string>;
    payingSubscriptions: number;
    trialingSubscriptions: number;
    openInvoices: number;
    mrr: {
      __typename?: 'RevenueFigure';
      missingRates: Array<string>;
      byCurrency: Array<{
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      }>;
      converted: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    };
    arr: {
      __typename?: 'RevenueFigure';
      missingRates: Array<string>;
      byCurrency: Array<{
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      }>;
      converted: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    };
    receivables: {
      __typename?: 'RevenueFigure';
      missingRates: Array<string>;
      byCurrency: Array<{
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      }>;
      converted: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    };
    overdueReceivables: {
      __typename?: 'RevenueFigure';
      missingRates: Array<string>;
      byCurrency: Array<{
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      }>;
      converted: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    };
    rates: Array<{ __typename?: 'AppliedRate'; currency: string; day: string; rate: string }>;
    plans: Array<{
      __typename?: 'PlanRevenue';
      planCode: string;
      planName: string;
      currency: string;
      paying: number;
      trialing: number;
      mrr: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      mrrConverted: {
        __typename?: 'Money';
        amount: number;
        currency: string;
        formatted: string;
      } | null;
    }>;
    months: Array<{
      __typename?: 'RevenueMonth';
      month: string;
      day: string;
      payingSubscriptions: number;
      failedPayments: number;
      recoveredPayments: number;
      mrr: {
        __typename?: 'RevenueFigure';
        missingRates: Array<string>;
        byCurrency: Array<{
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        }>;
        converted: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      newAccounts: Array<{ __typename?: 'CurrencyCount'; currency: string; count: number }>;
      churnedAccounts: Array<{ __typename?: 'CurrencyCount'; currency: string; count: number }>;
      failedAmount: {
        __typename?: 'RevenueFigure';
        missingRates: Array<string>;
        byCurrency: Array<{
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        }>;
        converted: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      recoveredAmount: {
        __typename?: 'RevenueFigure';
        missingRates: Array<string>;
        byCurrency: Array<{
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        }>;
        converted: {
          __typename?: 'Money';
          amount: number;
          currency: string;
          formatted: string;
        } | null;
      };
      rates: Array<{ __typename?: 'AppliedRate'; currency: string; day: string; rate: string }>;
    }>;
  };
};

export type ExchangeRatesQueryVariables = Exact<{
  currency: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;

export type ExchangeRatesQuery = {
  __typename?: 'Query';
  exchangeRates: {
    __typename?: 'ExchangeRateList';
    reportingCurrency: string;
    rates: Array<{
      __typename?: 'ExchangeRate';
      id: string;
      day: string;
      currency: string;
      rate: string;
      source: string;
      updatedAt: string;
    }>;
  };
};

export type SaveExchangeRateMutationVariables = Exact<{
  input: SaveExchangeRateInput;
}>;

export type SaveExchangeRateMutation = {
  __typename?: 'Mutation';
  saveExchangeRate: {
    __typename?: 'ExchangeRate';
    id: string;
    day: string;
    currency: string;
    rate: string;
  };
};

export type ImportExchangeRatesMutationVariables = Exact<{
  input: ImportExchangeRatesInput;
}>;

export type ImportExchangeRatesMutation = {
  __typename?: 'Mutation';
  importExchangeRates: { __typename?: 'ImportExchangeRatesResult'; imported: number };
};

export type StripeEventRowFragment = {
  __typename?: 'StripeWebhookEvent';
  id: string;
  type: string;
  objectId: string | null;
  status: StripeEventStatus;
  attempts: number;
  receivedAt: string;
  nextAttemptAt: string | null;
  processedAt: string | null;
  lastError: string | null;
  outcome: string | null;
};

export type StripeWebhookEventsQueryVariables = Exact<{
  status: InputMaybe<StripeEventStatus>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type StripeWebhookEventsQuery = {
  __typename?: 'Query';
  stripeWebhookEvents: {
    __typename?: 'StripeWebhookEventConnection';
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename?: 'StripeWebhookEventEdge';
      cursor: string;
      node: {
        __typename?: 'StripeWebhookEvent';
        id: string;
        type: string;
        objectId: string | null;
        status: StripeEventStatus;
        attempts: number;
        receivedAt: string;
        nextAttemptAt: string | null;
        processedAt: string | null;
        lastError: string | null;
        outcome: string | null;
      };
    }>;
  };
};

export type StripeWebhookEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type StripeWebhookEventQuery = {
  __typename?: 'Query';
  stripeWebhookEvent: {
    __typename?: 'StripeWebhookEvent';
    createdAt: string;
    payload: string;
    id: string;
    type: string;
    objectId: string | null;
    status: StripeEventStatus;
    attempts: number;
    receivedAt: string;
    nextAttemptAt: string | null;
    processedAt: string | null;
    lastError: string | null;
    outcome: string | null;
  };
};

export type RetryStripeWebhookEventMutationVariables = Exact<{
  input: RetryStripeWebhookEventInput;
}>;

export type RetryStripeWebhookEventMutation = {
  __typename?: 'Mutation';
  retryStripeWebhookEvent: {
    __typename?: 'StripeWebhookEvent';
    id: string;
    type: string;
    objectId: string | null;
    status: StripeEventStatus;
    attempts: number;
    receivedAt: string;
    nextAttemptAt: string | null;
    processedAt: string | null;
    lastError: string | null;
    outcome: string | null;
  };
};

export type TestClockQueryVariables = Exact<{ [key: string]: never }>;

export type TestClockQuery = {
  __typename?: 'Query';
  testClock: {
    __typename?: 'TestClock';
    enabled: boolean;
    now: string;
    offsetSeconds: number;
  } | null;
};

export type AdvanceTestClockMutationVariables = Exact<{
  input: AdvanceTestClockInput;
}>;

export type AdvanceTestClockMutation = {
  __typename?: 'Mutation';
  advanceTestClock: {
    __typename?: 'TestClock';
    enabled: boolean;
    now: string;
    offsetSeconds: number;
  };
};

export type ResetTwoFactorMutationVariables = Exact<{
  input: ResetTwoFactorInput;
}>;

export type ResetTwoFactorMutation = {
  __typename?: 'Mutation';
  resetTwoFactor: {
    __typename?: 'ResetTwoFactorPayload';
    email: string;
    resetAt: string;
    sessionsEnded: number;
  };
};

export type BillingSummaryCardsFragment = {
  __typename?: 'Account';
  amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  creditBalance: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  subscription: {
    __typename?: 'Subscription';
    id: string;
    status: SubscriptionStatus;
    upcomingInvoice: {
      __typename?: 'UpcomingInvoice';
      date: string;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    } | null;
  } | null;
};

export type CurrentPlanCardFragment = {
  __typename?: 'Plan';
  id: string;
  name: string;
  description: string;
  includedSeats: number;
  trialDays: number;
  features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
  limits: Array<{ __typename?: 'PlanLimit'; key: string; label: string; limit: number | null }>;
};

export type OverviewQueryVariables = Exact<{ [key: string]: never }>;

export type OverviewQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    role: Role | null;
    permissions: Array<Permission>;
    account: {
      __typename?: 'Account';
      id: string;
      name: string;
      suspendedAt: string | null;
      suspensionReason: string | null;
      preferredCurrency: string | null;
      onboardedAt: string | null;
      plan: {
        __typename?: 'Plan';
        id: string;
        name: string;
        description: string;
        includedSeats: number;
        trialDays: number;
        features: Array<{ __typename?: 'PlanFeature'; key: string; label: string }>;
        limits: Array<{
          __typename?: 'PlanLimit';
          key: string;
          label: string;
          limit: number | null;
        }>;
      };
      subscription: {
        __typename?: 'Subscription';
        id: string;
        currency: string;
        status: SubscriptionStatus;
        upcomingInvoice: {
          __typename?: 'UpcomingInvoice';
          date: string;
          amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
        } | null;
      } | null;
      billingDetails: { __typename?: 'BillingDetails'; updatedAt: string } | null;
      amountDue: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      creditBalance: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
      usage: Array<{
        __typename?: 'UsageMeter';
        key: string;
        label: string;
        used: number;
        limit: number | null;
        resetsAt: string | null;
      }>;
    } | null;
  } | null;
  plans: Array<{
    __typename?: 'Plan';
    id: string;
    code: string;
    name: string;
    description: string;
    rank: number;
    customPricing: boolean;
    prices: Array<{
      __typename?: 'PlanPrice';
      id: string;
      interval: BillingInterval;
      currency: string;
      amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
    }>;
  }>;
};

export type PlansTeaserCardFragment = {
  __typename?: 'Plan';
  id: string;
  code: string;
  name: string;
  description: string;
  rank: number;
  customPricing: boolean;
  prices: Array<{
    __typename?: 'PlanPrice';
    id: string;
    interval: BillingInterval;
    currency: string;
    amount: { __typename?: 'Money'; amount: number; currency: string; formatted: string };
  }>;
};

export type UsageCardFragment = {
  __typename?: 'Account';
  usage: Array<{
    __typename?: 'UsageMeter';
    key: string;
    label: string;
    used: number;
    limit: number | null;
    resetsAt: string | null;
  }>;
};

export type ApiTokenListFragment = {
  __typename?: 'ApiToken';
  id: string;
  name: string;
  prefix: string;
  scopes: Array<ApiTokenScope>;
  status: ApiTokenStatus;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: { __typename?: 'User'; id: string; name: string } | null;
};

export type ApiTokensQueryVariables = Exact<{ [key: string]: never }>;

export type ApiTokensQuery = {
  __typename?: 'Query';
  apiTokens: Array<{
    __typename?: 'ApiToken';
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiTokenScope>;
    status: ApiTokenStatus;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
    createdBy: { __typename?: 'User'; id: string; name: string } | null;
  }>;
  account: {
    __typename?: 'Account';
    id: string;
    plan: {
      __typename?: 'Plan';
      id: string;
      name: string;
      limits: Array<{ __typename?: 'PlanLimit'; key: string; limit: number | null }>;
    };
  };
};

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CreateApiTokenMutation = {
  __typename?: 'Mutation';
  createApiToken: {
    __typename?: 'CreateApiTokenPayload';
    secret: string;
    token: {
      __typename?: 'ApiToken';
      id: string;
      name: string;
      prefix: string;
      scopes: Array<ApiTokenScope>;
      status: ApiTokenStatus;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      createdBy: { __typename?: 'User'; id: string; name: string } | null;
    };
  };
};

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;

export type RevokeApiTokenMutation = {
  __typename?: 'Mutation';
  revokeApiToken: {
    __typename?: 'ApiToken';
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiTokenScope>;
    status: ApiTokenStatus;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
    createdBy: { __typename?: 'User'; id: string; name: string } | null;
  };
};

export type SessionListFragment = {
  __typename?: 'Session';
  id: string;
  device: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  provider: string;
  current: boolean;
};

export type SessionsQueryVariables = Exact<{ [key: string]: never }>;

export type SessionsQuery = {
  __typename?: 'Query';
  sessions: Array<{
    __typename?: 'Session';
    id: string;
    device: string;
    ip: string | null;
    createdAt: string;
    lastSeenAt: string;
    provider: string;
    current: boolean;
  }>;
};

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;

export type RevokeSessionMutation = {
  __typename?: 'Mutation';
  revokeSession: {
    __typename?: 'RevokeSessionsPayload';
    revokedCount: number;
    sessions: Array<{
      __typename?: 'Session';
      id: string;
      device: string;
      ip: string | null;
      createdAt: string;
      lastSeenAt: string;
      provider: string;
      current: boolean;
    }>;
  };
};

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never }>;

export type RevokeOtherSessionsMutation = {
  __typename?: 'Mutation';
  revokeOtherSessions: {
    __typename?: 'RevokeSessionsPayload';
    revokedCount: number;
    sessions: Array<{
      __typename?: 'Session';
      id: string;
      device: string;
      ip: string | null;
      createdAt: string;
      lastSeenAt: string;
      provider: string;
      current: boolean;
    }>;
  };
};

export type SignInIdentityFieldsFragment = {
  __typename?: 'SignInIdentity';
  id: string;
  provider: string;
  providerName: string;
  email: string;
  linkedAt: string;
  lastUsedAt: string | null;
};

export type SignInMethodsQueryVariables = Exact<{ [key: string]: never }>;

export type SignInMethodsQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    user: { __typename?: 'User'; id: string };
    identities: Array<{
      __typename?: 'SignInIdentity';
      id: string;
      provider: string;
      providerName: string;
      email: string;
      linkedAt: string;
      lastUsedAt: string | null;
    }>;
  } | null;
  authProviders: Array<{
    __typename?: 'AuthProvider';
    id: string;
    name: string;
    development: boolean;
  }>;
};

export type UnlinkIdentityMutationVariables = Exact<{
  input: UnlinkIdentityInput;
}>;

export type UnlinkIdentityMutation = {
  __typename?: 'Mutation';
  unlinkIdentity: {
    __typename?: 'UnlinkIdentityPayload';
    identities: Array<{
      __typename?: 'SignInIdentity';
      id: string;
      provider: string;
      providerName: string;
      email: string;
      linkedAt: string;
      lastUsedAt: string | null;
    }>;
  };
};

export type TwoFactorStatusQueryVariables = Exact<{ [key: string]: never }>;

export type TwoFactorStatusQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    user: { __typename?: 'User'; id: string };
    twoFactor: {
      __typename?: 'TwoFactorStatus';
      enabled: boolean;
      enabledAt: string | null;
      backupCodesRemaining: number;
      requiredByAccount: boolean;
    };
  } | null;
};

export type RegenerateBackupCodesMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;

export type RegenerateBackupCodesMutation = {
  __typename?: 'Mutation';
  regenerateBackupCodes: {
    __typename?: 'BackupCodesPayload';
    backupCodes: Array<string>;
    twoFactor: {
      __typename?: 'TwoFactorStatus';
      enabled: boolean;
      enabledAt: string | null;
      backupCodesRemaining: number;
      requiredByAccount: boolean;
    };
  };
};

export type DisableTwoFactorMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;

export type DisableTwoFactorMutation = {
  __typename?: 'Mutation';
  disableTwoFactor: {
    __typename?: 'DisableTwoFactorPayload';
    twoFactor: {
      __typename?: 'TwoFactorStatus';
      enabled: boolean;
      enabledAt: string | null;
      backupCodesRemaining: number;
      requiredByAccount: boolean;
    };
  };
};

export type TwoFactorRequirementQueryVariables = Exact<{ [key: string]: never }>;

export type TwoFactorRequirementQuery = {
  __typename?: 'Query';
  account: {
    __typename?: 'Account';
    id: string;
    requireTwoFactor: boolean;
    entitlements: Array<{ __typename?: 'PlanFeature'; key: string }>;
    plan: { __typename?: 'Plan'; id: string; name: string };
  };
};

export type SetAccountTwoFactorRequirementMutationVariables = Exact<{
  input: SetAccountTwoFactorRequirementInput;
}>;

export type SetAccountTwoFactorRequirementMutation = {
  __typename?: 'Mutation';
  setAccountTwoFactorRequirement: { __typename?: 'Account'; id: string; requireTwoFactor: boolean };
};

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type AccountSettingsQuery = {
  __typename?: 'Query';
  account: {
    __typename?: 'Account';
    id: string;
    name: string;
    country: CountryCode | null;
    billingEmail: string | null;
    preferredCurrency: string | null;
    alertTopics: Array<AlertTopic>;
    billingDetails: {
      __typename?: 'BillingDetails';
      billingEmail: string;
      address: { __typename?: 'Address'; country: CountryCode };
    } | null;
  };
  plans: Array<{
    __typename?: 'Plan';
    id: string;
    prices: Array<{ __typename?: 'PlanPrice'; currency: string }>;
  }>;
};

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;

export type UpdateAccountMutation = {
  __typename?: 'Mutation';
  updateAccount: { __typename?: 'Account'; id: string; name: string };
};

export type UpdateAccountPreferencesMutationVariables = Exact<{
  input: UpdateAccountPreferencesInput;
}>;

export type UpdateAccountPreferencesMutation = {
  __typename?: 'Mutation';
  updateAccountPreferences: {
    __typename?: 'Account';
    id: string;
    country: CountryCode | null;
    billingEmail: string | null;
    preferredCurrency: string | null;
    alertTopics: Array<AlertTopic>;
    billingDetails: {
      __typename?: 'BillingDetails';
      billingEmail: string;
      address: { __typename?: 'Address'; country: CountryCode };
    } | null;
  };
};

export type SignInQueryVariables = Exact<{ [key: string]: never }>;

export type SignInQuery = {
  __typename?: 'Query';
  viewer: { __typename?: 'Viewer'; user: { __typename?: 'User'; id: string } } | null;
  authProviders: Array<{
    __typename?: 'AuthProvider';
    id: string;
    name: string;
    development: boolean;
  }>;
};

export type SignInStageQueryVariables = Exact<{ [key: string]: never }>;

export type SignInStageQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    signInStage: SignInStage;
    user: { __typename?: 'User'; id: string; email: string };
  } | null;
};

export type VerifySecondFactorMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;

export type VerifySecondFactorMutation = {
  __typename?: 'Mutation';
  verifySecondFactor: {
    __typename?: 'VerifySecondFactorPayload';
    method: SecondFactorMethod;
    backupCodesRemaining: number;
  };
};

export type OnboardingWizardQueryVariables = Exact<{ [key: string]: never }>;

export type OnboardingWizardQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    user: { __typename?: 'User'; id: string; email: string };
  } | null;
  account: {
    __typename?: 'Account';
    id: string;
    name: string;
    country: CountryCode | null;
    billingEmail: string | null;
    preferredCurrency: string | null;
    alertTopics: Array<AlertTopic>;
    billingDetails: {
      __typename?: 'BillingDetails';
      billingEmail: string;
      address: { __typename?: 'Address'; country: CountryCode };
    } | null;
  };
  plans: Array<{
    __typename?: 'Plan';
    id: string;
    prices: Array<{ __typename?: 'PlanPrice'; currency: string }>;
  }>;
};

export type CompleteOnboardingMutationVariables = Exact<{
  input: CompleteOnboardingInput;
}>;

export type CompleteOnboardingMutation = {
  __typename?: 'Mutation';
  completeOnboarding: {
    __typename?: 'Account';
    id: string;
    name: string;
    onboardedAt: string | null;
    onboardingSkippedAt: string | null;
    country: CountryCode | null;
    billingEmail: string | null;
    preferredCurrency: string | null;
    alertTopics: Array<AlertTopic>;
  };
};

export type SkipOnboardingMutationVariables = Exact<{ [key: string]: never }>;

export type SkipOnboardingMutation = {
  __typename?: 'Mutation';
  skipOnboarding: {
    __typename?: 'Account';
    id: string;
    onboardedAt: string | null;
    onboardingSkippedAt: string | null;
  };
};

export const AccountPreferencesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountPreferences' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCurrency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alertTopics' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'billingDetails' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'address' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'country' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TwoFactorStatusFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TwoFactorStatusFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backupCodesRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredByAccount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const AuditEventSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorTokenId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valuesRecorded' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'details' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryText' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const AuditEventRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorTokenId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorTokenId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valuesRecorded' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'details' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryText' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const BillingDetailsViewFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingDetailsView' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BillingDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'address' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'line2' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxId' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const AccountBillingDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountBillingDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'billingDetails' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BillingDetailsView' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingDetailsView' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BillingDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'address' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'line2' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxId' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const BillingDetailsPrefillFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingDetailsPrefill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const MoneyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const InvoicePartiesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceParties' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressLines' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vatId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressLines' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const InvoiceLinesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceLines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InvoiceLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proration' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const InvoiceTotalsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subtotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditApplied' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tax' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'taxLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reverseCharge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reverseChargeNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountPaid' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const PaymentInstructionsCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentInstructionsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentInstructions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const PaymentsCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Payment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failureMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appliedAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const CreditNotesCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditNotesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const BankTransferNoticeItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankTransferNoticeItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BankTransferNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const InvoiceDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceParties' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceLines' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceTotals' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentInstructions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'PaymentInstructionsCard' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentsCard' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditNotes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CreditNotesCard' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bankTransferNotices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BankTransferNoticeItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankTransferNoticeItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BankTransferNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceLines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InvoiceLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proration' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceParties' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressLines' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vatId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressLines' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentInstructionsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentInstructions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Payment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failureMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appliedAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditNotesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subtotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditApplied' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tax' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'taxLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reverseCharge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reverseChargeNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountPaid' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const InvoiceCardsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceCards' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const InvoiceGridFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceGrid' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const PaymentMethodFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresSoon' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const PreviewSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PreviewSummary' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SubscriptionChangePreview' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDueToday' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proration' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subtotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditApplied' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tax' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'taxLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditAdded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditBalanceAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextInvoiceDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextInvoiceAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collectionMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatLimit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SubscriptionSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SubscriptionBannersFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const PlansSubscriptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansSubscription' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionSummary' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionBanners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ChangeResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeResult' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SubscriptionChangeResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlansSubscription' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansSubscription' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionSummary' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionBanners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TierCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const InvitationListFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const MemberListFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MemberList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const NotificationListFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const OperatorAccountRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorAccountRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suspendedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const FailedJobRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FailedJobRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BackgroundJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'data' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const MailListFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MailList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MailMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'template' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const PaymentMethodConfigRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodConfigRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethodConfig' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'methods' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bankAccounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const CatalogPriceRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPriceRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPrice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perSeatAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const CatalogPlanCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPlanCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationFeeBps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'featureKeys' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogPriceRow' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPriceRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPrice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perSeatAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const RevenueFigurePartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevenueFigureParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevenueFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCurrency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'converted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRates' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const StripeEventRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StripeEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeWebhookEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const BillingSummaryCardsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingSummaryCards' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditBalance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'upcomingInvoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amountDue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const CurrentPlanCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentPlanCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const PlansTeaserCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansTeaserCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const UsageCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsageCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resetsAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const ApiTokenListFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SessionListFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'device' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SignInIdentityFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInIdentityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInIdentity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
          { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SwitchAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SwitchAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SwitchAccountInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'switchAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SwitchAccountMutationFn = Apollo.MutationFunction<
  SwitchAccountMutation,
  SwitchAccountMutationVariables
>;
export function useSwitchAccountMutation(
  baseOptions?: Apollo.MutationHookOptions<SwitchAccountMutation, SwitchAccountMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<SwitchAccountMutation, SwitchAccountMutationVariables>(
    SwitchAccountDocument,
    options,
  );
}
export type SwitchAccountMutationHookResult = ReturnType<typeof useSwitchAccountMutation>;
export type SwitchAccountMutationResult = Apollo.MutationResult<SwitchAccountMutation>;
export type SwitchAccountMutationOptions = Apollo.BaseMutationOptions<
  SwitchAccountMutation,
  SwitchAccountMutationVariables
>;
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'signInStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOperator' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operatorNeedsTwoFactor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tourDismissedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onboardedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onboardingSkippedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suspendedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suspensionReason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'account' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useViewerQuery(
  baseOptions?: Apollo.QueryHookOptions<ViewerQuery, ViewerQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
}
export function useViewerLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<ViewerQuery, ViewerQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
}
// @ts-ignore
export function useViewerSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<ViewerQuery, ViewerQueryVariables>,
): Apollo.UseSuspenseQueryResult<ViewerQuery, ViewerQueryVariables>;
export function useViewerSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ViewerQuery, ViewerQueryVariables>,
): Apollo.UseSuspenseQueryResult<ViewerQuery | undefined, ViewerQueryVariables>;
export function useViewerSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ViewerQuery, ViewerQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
}
export type ViewerQueryHookResult = ReturnType<typeof useViewerQuery>;
export type ViewerLazyQueryHookResult = ReturnType<typeof useViewerLazyQuery>;
export type ViewerSuspenseQueryHookResult = ReturnType<typeof useViewerSuspenseQuery>;
export type ViewerQueryResult = Apollo.QueryResult<ViewerQuery, ViewerQueryVariables>;
export const DismissTourDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DismissTour' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'dismissTour' } }],
      },
    },
  ],
} as unknown as DocumentNode;
export type DismissTourMutationFn = Apollo.MutationFunction<
  DismissTourMutation,
  DismissTourMutationVariables
>;
export function useDismissTourMutation(
  baseOptions?: Apollo.MutationHookOptions<DismissTourMutation, DismissTourMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<DismissTourMutation, DismissTourMutationVariables>(
    DismissTourDocument,
    options,
  );
}
export type DismissTourMutationHookResult = ReturnType<typeof useDismissTourMutation>;
export type DismissTourMutationResult = Apollo.MutationResult<DismissTourMutation>;
export type DismissTourMutationOptions = Apollo.BaseMutationOptions<
  DismissTourMutation,
  DismissTourMutationVariables
>;
export const NotificationBellDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationBell' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useNotificationBellQuery(
  baseOptions?: Apollo.QueryHookOptions<NotificationBellQuery, NotificationBellQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<NotificationBellQuery, NotificationBellQueryVariables>(
    NotificationBellDocument,
    options,
  );
}
export function useNotificationBellLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<NotificationBellQuery, NotificationBellQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<NotificationBellQuery, NotificationBellQueryVariables>(
    NotificationBellDocument,
    options,
  );
}
// @ts-ignore
export function useNotificationBellSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    NotificationBellQuery,
    NotificationBellQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<NotificationBellQuery, NotificationBellQueryVariables>;
export function useNotificationBellSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<NotificationBellQuery, NotificationBellQueryVariables>,
): Apollo.UseSuspenseQueryResult<NotificationBellQuery | undefined, NotificationBellQueryVariables>;
export function useNotificationBellSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<NotificationBellQuery, NotificationBellQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<NotificationBellQuery, NotificationBellQueryVariables>(
    NotificationBellDocument,
    options,
  );
}
export type NotificationBellQueryHookResult = ReturnType<typeof useNotificationBellQuery>;
export type NotificationBellLazyQueryHookResult = ReturnType<typeof useNotificationBellLazyQuery>;
export type NotificationBellSuspenseQueryHookResult = ReturnType<
  typeof useNotificationBellSuspenseQuery
>;
export type NotificationBellQueryResult = Apollo.QueryResult<
  NotificationBellQuery,
  NotificationBellQueryVariables
>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MarkNotificationsReadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type MarkNotificationsReadMutationFn = Apollo.MutationFunction<
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables
>;
export function useMarkNotificationsReadMutation(
  baseOptions?: Apollo.MutationHookOptions<
    MarkNotificationsReadMutation,
    MarkNotificationsReadMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>(
    MarkNotificationsReadDocument,
    options,
  );
}
export type MarkNotificationsReadMutationHookResult = ReturnType<
  typeof useMarkNotificationsReadMutation
>;
export type MarkNotificationsReadMutationResult =
  Apollo.MutationResult<MarkNotificationsReadMutation>;
export type MarkNotificationsReadMutationOptions = Apollo.BaseMutationOptions<
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables
>;
export const PaymentAttentionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaymentAttention' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentAttention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failureMessage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amountDue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardPayments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'enabled' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function usePaymentAttentionQuery(
  baseOptions?: Apollo.QueryHookOptions<PaymentAttentionQuery, PaymentAttentionQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<PaymentAttentionQuery, PaymentAttentionQueryVariables>(
    PaymentAttentionDocument,
    options,
  );
}
export function usePaymentAttentionLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<PaymentAttentionQuery, PaymentAttentionQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<PaymentAttentionQuery, PaymentAttentionQueryVariables>(
    PaymentAttentionDocument,
    options,
  );
}
// @ts-ignore
export function usePaymentAttentionSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    PaymentAttentionQuery,
    PaymentAttentionQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<PaymentAttentionQuery, PaymentAttentionQueryVariables>;
export function usePaymentAttentionSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<PaymentAttentionQuery, PaymentAttentionQueryVariables>,
): Apollo.UseSuspenseQueryResult<PaymentAttentionQuery | undefined, PaymentAttentionQueryVariables>;
export function usePaymentAttentionSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<PaymentAttentionQuery, PaymentAttentionQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<PaymentAttentionQuery, PaymentAttentionQueryVariables>(
    PaymentAttentionDocument,
    options,
  );
}
export type PaymentAttentionQueryHookResult = ReturnType<typeof usePaymentAttentionQuery>;
export type PaymentAttentionLazyQueryHookResult = ReturnType<typeof usePaymentAttentionLazyQuery>;
export type PaymentAttentionSuspenseQueryHookResult = ReturnType<
  typeof usePaymentAttentionSuspenseQuery
>;
export type PaymentAttentionQueryResult = Apollo.QueryResult<
  PaymentAttentionQuery,
  PaymentAttentionQueryVariables
>;
export const FixPaymentLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FixPaymentLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'link' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FixPaymentLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fixPaymentLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'link' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'link' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useFixPaymentLinkQuery(
  baseOptions: Apollo.QueryHookOptions<FixPaymentLinkQuery, FixPaymentLinkQueryVariables> &
    ({ variables: FixPaymentLinkQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>(
    FixPaymentLinkDocument,
    options,
  );
}
export function useFixPaymentLinkLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>(
    FixPaymentLinkDocument,
    options,
  );
}
// @ts-ignore
export function useFixPaymentLinkSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>,
): Apollo.UseSuspenseQueryResult<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>;
export function useFixPaymentLinkSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>,
): Apollo.UseSuspenseQueryResult<FixPaymentLinkQuery | undefined, FixPaymentLinkQueryVariables>;
export function useFixPaymentLinkSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<FixPaymentLinkQuery, FixPaymentLinkQueryVariables>(
    FixPaymentLinkDocument,
    options,
  );
}
export type FixPaymentLinkQueryHookResult = ReturnType<typeof useFixPaymentLinkQuery>;
export type FixPaymentLinkLazyQueryHookResult = ReturnType<typeof useFixPaymentLinkLazyQuery>;
export type FixPaymentLinkSuspenseQueryHookResult = ReturnType<
  typeof useFixPaymentLinkSuspenseQuery
>;
export type FixPaymentLinkQueryResult = Apollo.QueryResult<
  FixPaymentLinkQuery,
  FixPaymentLinkQueryVariables
>;
export const CreateBillingPortalSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateBillingPortalSession' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBillingPortalSession' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CreateBillingPortalSessionMutationFn = Apollo.MutationFunction<
  CreateBillingPortalSessionMutation,
  CreateBillingPortalSessionMutationVariables
>;
export function useCreateBillingPortalSessionMutation(
  baseOptions?: Apollo.MutationHookOptions<
    CreateBillingPortalSessionMutation,
    CreateBillingPortalSessionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    CreateBillingPortalSessionMutation,
    CreateBillingPortalSessionMutationVariables
  >(CreateBillingPortalSessionDocument, options);
}
export type CreateBillingPortalSessionMutationHookResult = ReturnType<
  typeof useCreateBillingPortalSessionMutation
>;
export type CreateBillingPortalSessionMutationResult =
  Apollo.MutationResult<CreateBillingPortalSessionMutation>;
export type CreateBillingPortalSessionMutationOptions = Apollo.BaseMutationOptions<
  CreateBillingPortalSessionMutation,
  CreateBillingPortalSessionMutationVariables
>;
export const StartTwoFactorEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartTwoFactorEnrolment' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startTwoFactorEnrolment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'otpauthUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qrCodeDataUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'manualEntryKey' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type StartTwoFactorEnrolmentMutationFn = Apollo.MutationFunction<
  StartTwoFactorEnrolmentMutation,
  StartTwoFactorEnrolmentMutationVariables
>;
export function useStartTwoFactorEnrolmentMutation(
  baseOptions?: Apollo.MutationHookOptions<
    StartTwoFactorEnrolmentMutation,
    StartTwoFactorEnrolmentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    StartTwoFactorEnrolmentMutation,
    StartTwoFactorEnrolmentMutationVariables
  >(StartTwoFactorEnrolmentDocument, options);
}
export type StartTwoFactorEnrolmentMutationHookResult = ReturnType<
  typeof useStartTwoFactorEnrolmentMutation
>;
export type StartTwoFactorEnrolmentMutationResult =
  Apollo.MutationResult<StartTwoFactorEnrolmentMutation>;
export type StartTwoFactorEnrolmentMutationOptions = Apollo.BaseMutationOptions<
  StartTwoFactorEnrolmentMutation,
  StartTwoFactorEnrolmentMutationVariables
>;
export const ConfirmTwoFactorEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmTwoFactorEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorCodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTwoFactorEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'backupCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'twoFactor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TwoFactorStatusFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TwoFactorStatusFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backupCodesRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredByAccount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ConfirmTwoFactorEnrolmentMutationFn = Apollo.MutationFunction<
  ConfirmTwoFactorEnrolmentMutation,
  ConfirmTwoFactorEnrolmentMutationVariables
>;
export function useConfirmTwoFactorEnrolmentMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ConfirmTwoFactorEnrolmentMutation,
    ConfirmTwoFactorEnrolmentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    ConfirmTwoFactorEnrolmentMutation,
    ConfirmTwoFactorEnrolmentMutationVariables
  >(ConfirmTwoFactorEnrolmentDocument, options);
}
export type ConfirmTwoFactorEnrolmentMutationHookResult = ReturnType<
  typeof useConfirmTwoFactorEnrolmentMutation
>;
export type ConfirmTwoFactorEnrolmentMutationResult =
  Apollo.MutationResult<ConfirmTwoFactorEnrolmentMutation>;
export type ConfirmTwoFactorEnrolmentMutationOptions = Apollo.BaseMutationOptions<
  ConfirmTwoFactorEnrolmentMutation,
  ConfirmTwoFactorEnrolmentMutationVariables
>;
export const AuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEventFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AuditEventRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorTokenId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valuesRecorded' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'details' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryText' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorTokenId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useAuditEventsQuery(
  baseOptions?: Apollo.QueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<AuditEventsQuery, AuditEventsQueryVariables>(AuditEventsDocument, options);
}
export function useAuditEventsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
// @ts-ignore
export function useAuditEventsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
): Apollo.UseSuspenseQueryResult<AuditEventsQuery, AuditEventsQueryVariables>;
export function useAuditEventsSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
): Apollo.UseSuspenseQueryResult<AuditEventsQuery | undefined, AuditEventsQueryVariables>;
export function useAuditEventsSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
export type AuditEventsQueryHookResult = ReturnType<typeof useAuditEventsQuery>;
export type AuditEventsLazyQueryHookResult = ReturnType<typeof useAuditEventsLazyQuery>;
export type AuditEventsSuspenseQueryHookResult = ReturnType<typeof useAuditEventsSuspenseQuery>;
export type AuditEventsQueryResult = Apollo.QueryResult<
  AuditEventsQuery,
  AuditEventsQueryVariables
>;
export const BillingDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BillingDetails' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountBillingDetails' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BillingDetailsPrefill' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountBillingDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'billingDetails' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BillingDetailsView' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingDetailsPrefill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingDetailsView' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BillingDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'address' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'line2' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxId' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useBillingDetailsQuery(
  baseOptions?: Apollo.QueryHookOptions<BillingDetailsQuery, BillingDetailsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<BillingDetailsQuery, BillingDetailsQueryVariables>(
    BillingDetailsDocument,
    options,
  );
}
export function useBillingDetailsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<BillingDetailsQuery, BillingDetailsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<BillingDetailsQuery, BillingDetailsQueryVariables>(
    BillingDetailsDocument,
    options,
  );
}
// @ts-ignore
export function useBillingDetailsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<BillingDetailsQuery, BillingDetailsQueryVariables>,
): Apollo.UseSuspenseQueryResult<BillingDetailsQuery, BillingDetailsQueryVariables>;
export function useBillingDetailsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<BillingDetailsQuery, BillingDetailsQueryVariables>,
): Apollo.UseSuspenseQueryResult<BillingDetailsQuery | undefined, BillingDetailsQueryVariables>;
export function useBillingDetailsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<BillingDetailsQuery, BillingDetailsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<BillingDetailsQuery, BillingDetailsQueryVariables>(
    BillingDetailsDocument,
    options,
  );
}
export type BillingDetailsQueryHookResult = ReturnType<typeof useBillingDetailsQuery>;
export type BillingDetailsLazyQueryHookResult = ReturnType<typeof useBillingDetailsLazyQuery>;
export type BillingDetailsSuspenseQueryHookResult = ReturnType<
  typeof useBillingDetailsSuspenseQuery
>;
export type BillingDetailsQueryResult = Apollo.QueryResult<
  BillingDetailsQuery,
  BillingDetailsQueryVariables
>;
export const UpdateBillingDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBillingDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBillingDetailsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBillingDetails' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BillingDetailsView' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingDetailsView' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BillingDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'address' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'line2' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'countryName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxId' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UpdateBillingDetailsMutationFn = Apollo.MutationFunction<
  UpdateBillingDetailsMutation,
  UpdateBillingDetailsMutationVariables
>;
export function useUpdateBillingDetailsMutation(
  baseOptions?: Apollo.MutationHookOptions<
    UpdateBillingDetailsMutation,
    UpdateBillingDetailsMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<UpdateBillingDetailsMutation, UpdateBillingDetailsMutationVariables>(
    UpdateBillingDetailsDocument,
    options,
  );
}
export type UpdateBillingDetailsMutationHookResult = ReturnType<
  typeof useUpdateBillingDetailsMutation
>;
export type UpdateBillingDetailsMutationResult =
  Apollo.MutationResult<UpdateBillingDetailsMutation>;
export type UpdateBillingDetailsMutationOptions = Apollo.BaseMutationOptions<
  UpdateBillingDetailsMutation,
  UpdateBillingDetailsMutationVariables
>;
export const RemoveBillingDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveBillingDetails' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'removeBillingDetails' } }],
      },
    },
  ],
} as unknown as DocumentNode;
export type RemoveBillingDetailsMutationFn = Apollo.MutationFunction<
  RemoveBillingDetailsMutation,
  RemoveBillingDetailsMutationVariables
>;
export function useRemoveBillingDetailsMutation(
  baseOptions?: Apollo.MutationHookOptions<
    RemoveBillingDetailsMutation,
    RemoveBillingDetailsMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RemoveBillingDetailsMutation, RemoveBillingDetailsMutationVariables>(
    RemoveBillingDetailsDocument,
    options,
  );
}
export type RemoveBillingDetailsMutationHookResult = ReturnType<
  typeof useRemoveBillingDetailsMutation
>;
export type RemoveBillingDetailsMutationResult =
  Apollo.MutationResult<RemoveBillingDetailsMutation>;
export type RemoveBillingDetailsMutationOptions = Apollo.BaseMutationOptions<
  RemoveBillingDetailsMutation,
  RemoveBillingDetailsMutationVariables
>;
export const SubmitBankTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitBankTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitBankTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitBankTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BankTransferNoticeItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankTransferNoticeItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BankTransferNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SubmitBankTransferMutationFn = Apollo.MutationFunction<
  SubmitBankTransferMutation,
  SubmitBankTransferMutationVariables
>;
export function useSubmitBankTransferMutation(
  baseOptions?: Apollo.MutationHookOptions<
    SubmitBankTransferMutation,
    SubmitBankTransferMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<SubmitBankTransferMutation, SubmitBankTransferMutationVariables>(
    SubmitBankTransferDocument,
    options,
  );
}
export type SubmitBankTransferMutationHookResult = ReturnType<typeof useSubmitBankTransferMutation>;
export type SubmitBankTransferMutationResult = Apollo.MutationResult<SubmitBankTransferMutation>;
export type SubmitBankTransferMutationOptions = Apollo.BaseMutationOptions<
  SubmitBankTransferMutation,
  SubmitBankTransferMutationVariables
>;
export const InvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Invoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceDetail' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BankTransferNoticeItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BankTransferNotice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rejectionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceParties' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceLines' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvoiceTotals' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentInstructions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'PaymentInstructionsCard' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentsCard' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditNotes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CreditNotesCard' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bankTransferNotices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BankTransferNoticeItem' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceLines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InvoiceLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proration' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceParties' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seller' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressLines' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vatId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'buyer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressLines' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentInstructionsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentInstructions' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Payment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failureMessage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appliedAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditNotesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceTotals' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subtotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditApplied' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tax' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'taxLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reverseCharge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reverseChargeNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountPaid' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useInvoiceQuery(
  baseOptions: Apollo.QueryHookOptions<InvoiceQuery, InvoiceQueryVariables> &
    ({ variables: InvoiceQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<InvoiceQuery, InvoiceQueryVariables>(InvoiceDocument, options);
}
export function useInvoiceLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<InvoiceQuery, InvoiceQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<InvoiceQuery, InvoiceQueryVariables>(InvoiceDocument, options);
}
// @ts-ignore
export function useInvoiceSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<InvoiceQuery, InvoiceQueryVariables>,
): Apollo.UseSuspenseQueryResult<InvoiceQuery, InvoiceQueryVariables>;
export function useInvoiceSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<InvoiceQuery, InvoiceQueryVariables>,
): Apollo.UseSuspenseQueryResult<InvoiceQuery | undefined, InvoiceQueryVariables>;
export function useInvoiceSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<InvoiceQuery, InvoiceQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<InvoiceQuery, InvoiceQueryVariables>(InvoiceDocument, options);
}
export type InvoiceQueryHookResult = ReturnType<typeof useInvoiceQuery>;
export type InvoiceLazyQueryHookResult = ReturnType<typeof useInvoiceLazyQuery>;
export type InvoiceSuspenseQueryHookResult = ReturnType<typeof useInvoiceSuspenseQuery>;
export type InvoiceQueryResult = Apollo.QueryResult<InvoiceQuery, InvoiceQueryVariables>;
export const InvoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Invoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvoiceFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvoiceOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'order' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'InvoiceGrid' },
                            },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'InvoiceCards' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceCards' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvoiceGrid' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invoice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useInvoicesQuery(
  baseOptions?: Apollo.QueryHookOptions<InvoicesQuery, InvoicesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<InvoicesQuery, InvoicesQueryVariables>(InvoicesDocument, options);
}
export function useInvoicesLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<InvoicesQuery, InvoicesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<InvoicesQuery, InvoicesQueryVariables>(InvoicesDocument, options);
}
// @ts-ignore
export function useInvoicesSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<InvoicesQuery, InvoicesQueryVariables>,
): Apollo.UseSuspenseQueryResult<InvoicesQuery, InvoicesQueryVariables>;
export function useInvoicesSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<InvoicesQuery, InvoicesQueryVariables>,
): Apollo.UseSuspenseQueryResult<InvoicesQuery | undefined, InvoicesQueryVariables>;
export function useInvoicesSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<InvoicesQuery, InvoicesQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<InvoicesQuery, InvoicesQueryVariables>(InvoicesDocument, options);
}
export type InvoicesQueryHookResult = ReturnType<typeof useInvoicesQuery>;
export type InvoicesLazyQueryHookResult = ReturnType<typeof useInvoicesLazyQuery>;
export type InvoicesSuspenseQueryHookResult = ReturnType<typeof useInvoicesSuspenseQuery>;
export type InvoicesQueryResult = Apollo.QueryResult<InvoicesQuery, InvoicesQueryVariables>;
export const PaymentMethodsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaymentMethodsPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cardPayments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishableKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeJsUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customerPortal' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentMethods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentMethodFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availablePaymentMethods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'methods' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bankTransfer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresSoon' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function usePaymentMethodsPageQuery(
  baseOptions?: Apollo.QueryHookOptions<PaymentMethodsPageQuery, PaymentMethodsPageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<PaymentMethodsPageQuery, PaymentMethodsPageQueryVariables>(
    PaymentMethodsPageDocument,
    options,
  );
}
export function usePaymentMethodsPageLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    PaymentMethodsPageQuery,
    PaymentMethodsPageQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<PaymentMethodsPageQuery, PaymentMethodsPageQueryVariables>(
    PaymentMethodsPageDocument,
    options,
  );
}
// @ts-ignore
export function usePaymentMethodsPageSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    PaymentMethodsPageQuery,
    PaymentMethodsPageQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<PaymentMethodsPageQuery, PaymentMethodsPageQueryVariables>;
export function usePaymentMethodsPageSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<PaymentMethodsPageQuery, PaymentMethodsPageQueryVariables>,
): Apollo.UseSuspenseQueryResult<
  PaymentMethodsPageQuery | undefined,
  PaymentMethodsPageQueryVariables
>;
export function usePaymentMethodsPageSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<PaymentMethodsPageQuery, PaymentMethodsPageQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<PaymentMethodsPageQuery, PaymentMethodsPageQueryVariables>(
    PaymentMethodsPageDocument,
    options,
  );
}
export type PaymentMethodsPageQueryHookResult = ReturnType<typeof usePaymentMethodsPageQuery>;
export type PaymentMethodsPageLazyQueryHookResult = ReturnType<
  typeof usePaymentMethodsPageLazyQuery
>;
export type PaymentMethodsPageSuspenseQueryHookResult = ReturnType<
  typeof usePaymentMethodsPageSuspenseQuery
>;
export type PaymentMethodsPageQueryResult = Apollo.QueryResult<
  PaymentMethodsPageQuery,
  PaymentMethodsPageQueryVariables
>;
export const CreateSetupIntentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSetupIntent' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSetupIntent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'setupIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientSecret' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CreateSetupIntentMutationFn = Apollo.MutationFunction<
  CreateSetupIntentMutation,
  CreateSetupIntentMutationVariables
>;
export function useCreateSetupIntentMutation(
  baseOptions?: Apollo.MutationHookOptions<
    CreateSetupIntentMutation,
    CreateSetupIntentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<CreateSetupIntentMutation, CreateSetupIntentMutationVariables>(
    CreateSetupIntentDocument,
    options,
  );
}
export type CreateSetupIntentMutationHookResult = ReturnType<typeof useCreateSetupIntentMutation>;
export type CreateSetupIntentMutationResult = Apollo.MutationResult<CreateSetupIntentMutation>;
export type CreateSetupIntentMutationOptions = Apollo.BaseMutationOptions<
  CreateSetupIntentMutation,
  CreateSetupIntentMutationVariables
>;
export const ConfirmPaymentMethodSetupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmPaymentMethodSetup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ConfirmPaymentMethodSetupInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmPaymentMethodSetup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentMethodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresSoon' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ConfirmPaymentMethodSetupMutationFn = Apollo.MutationFunction<
  ConfirmPaymentMethodSetupMutation,
  ConfirmPaymentMethodSetupMutationVariables
>;
export function useConfirmPaymentMethodSetupMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ConfirmPaymentMethodSetupMutation,
    ConfirmPaymentMethodSetupMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    ConfirmPaymentMethodSetupMutation,
    ConfirmPaymentMethodSetupMutationVariables
  >(ConfirmPaymentMethodSetupDocument, options);
}
export type ConfirmPaymentMethodSetupMutationHookResult = ReturnType<
  typeof useConfirmPaymentMethodSetupMutation
>;
export type ConfirmPaymentMethodSetupMutationResult =
  Apollo.MutationResult<ConfirmPaymentMethodSetupMutation>;
export type ConfirmPaymentMethodSetupMutationOptions = Apollo.BaseMutationOptions<
  ConfirmPaymentMethodSetupMutation,
  ConfirmPaymentMethodSetupMutationVariables
>;
export const SetDefaultPaymentMethodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDefaultPaymentMethod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethodIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDefaultPaymentMethod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentMethodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresSoon' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SetDefaultPaymentMethodMutationFn = Apollo.MutationFunction<
  SetDefaultPaymentMethodMutation,
  SetDefaultPaymentMethodMutationVariables
>;
export function useSetDefaultPaymentMethodMutation(
  baseOptions?: Apollo.MutationHookOptions<
    SetDefaultPaymentMethodMutation,
    SetDefaultPaymentMethodMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    SetDefaultPaymentMethodMutation,
    SetDefaultPaymentMethodMutationVariables
  >(SetDefaultPaymentMethodDocument, options);
}
export type SetDefaultPaymentMethodMutationHookResult = ReturnType<
  typeof useSetDefaultPaymentMethodMutation
>;
export type SetDefaultPaymentMethodMutationResult =
  Apollo.MutationResult<SetDefaultPaymentMethodMutation>;
export type SetDefaultPaymentMethodMutationOptions = Apollo.BaseMutationOptions<
  SetDefaultPaymentMethodMutation,
  SetDefaultPaymentMethodMutationVariables
>;
export const RemovePaymentMethodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemovePaymentMethod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethodIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePaymentMethod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentMethodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresSoon' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RemovePaymentMethodMutationFn = Apollo.MutationFunction<
  RemovePaymentMethodMutation,
  RemovePaymentMethodMutationVariables
>;
export function useRemovePaymentMethodMutation(
  baseOptions?: Apollo.MutationHookOptions<
    RemovePaymentMethodMutation,
    RemovePaymentMethodMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RemovePaymentMethodMutation, RemovePaymentMethodMutationVariables>(
    RemovePaymentMethodDocument,
    options,
  );
}
export type RemovePaymentMethodMutationHookResult = ReturnType<
  typeof useRemovePaymentMethodMutation
>;
export type RemovePaymentMethodMutationResult = Apollo.MutationResult<RemovePaymentMethodMutation>;
export type RemovePaymentMethodMutationOptions = Apollo.BaseMutationOptions<
  RemovePaymentMethodMutation,
  RemovePaymentMethodMutationVariables
>;
export const PayInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PayInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PayInvoiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientSecret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'payment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type PayInvoiceMutationFn = Apollo.MutationFunction<
  PayInvoiceMutation,
  PayInvoiceMutationVariables
>;
export function usePayInvoiceMutation(
  baseOptions?: Apollo.MutationHookOptions<PayInvoiceMutation, PayInvoiceMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<PayInvoiceMutation, PayInvoiceMutationVariables>(
    PayInvoiceDocument,
    options,
  );
}
export type PayInvoiceMutationHookResult = ReturnType<typeof usePayInvoiceMutation>;
export type PayInvoiceMutationResult = Apollo.MutationResult<PayInvoiceMutation>;
export type PayInvoiceMutationOptions = Apollo.BaseMutationOptions<
  PayInvoiceMutation,
  PayInvoiceMutationVariables
>;
export const ConfirmInvoicePaymentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmInvoicePayment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ConfirmInvoicePaymentInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmInvoicePayment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'payment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ConfirmInvoicePaymentMutationFn = Apollo.MutationFunction<
  ConfirmInvoicePaymentMutation,
  ConfirmInvoicePaymentMutationVariables
>;
export function useConfirmInvoicePaymentMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ConfirmInvoicePaymentMutation,
    ConfirmInvoicePaymentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ConfirmInvoicePaymentMutation, ConfirmInvoicePaymentMutationVariables>(
    ConfirmInvoicePaymentDocument,
    options,
  );
}
export type ConfirmInvoicePaymentMutationHookResult = ReturnType<
  typeof useConfirmInvoicePaymentMutation
>;
export type ConfirmInvoicePaymentMutationResult =
  Apollo.MutationResult<ConfirmInvoicePaymentMutation>;
export type ConfirmInvoicePaymentMutationOptions = Apollo.BaseMutationOptions<
  ConfirmInvoicePaymentMutation,
  ConfirmInvoicePaymentMutationVariables
>;
export const PlansPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlansPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TierCard' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredCurrency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'creditBalance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'billingDetails' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PlansSubscription' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansSubscription' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionSummary' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionBanners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TierCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function usePlansPageQuery(
  baseOptions?: Apollo.QueryHookOptions<PlansPageQuery, PlansPageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<PlansPageQuery, PlansPageQueryVariables>(PlansPageDocument, options);
}
export function usePlansPageLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<PlansPageQuery, PlansPageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<PlansPageQuery, PlansPageQueryVariables>(PlansPageDocument, options);
}
// @ts-ignore
export function usePlansPageSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<PlansPageQuery, PlansPageQueryVariables>,
): Apollo.UseSuspenseQueryResult<PlansPageQuery, PlansPageQueryVariables>;
export function usePlansPageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<PlansPageQuery, PlansPageQueryVariables>,
): Apollo.UseSuspenseQueryResult<PlansPageQuery | undefined, PlansPageQueryVariables>;
export function usePlansPageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<PlansPageQuery, PlansPageQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<PlansPageQuery, PlansPageQueryVariables>(
    PlansPageDocument,
    options,
  );
}
export type PlansPageQueryHookResult = ReturnType<typeof usePlansPageQuery>;
export type PlansPageLazyQueryHookResult = ReturnType<typeof usePlansPageLazyQuery>;
export type PlansPageSuspenseQueryHookResult = ReturnType<typeof usePlansPageSuspenseQuery>;
export type PlansPageQueryResult = Apollo.QueryResult<PlansPageQuery, PlansPageQueryVariables>;
export const PreviewSubscriptionChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewSubscriptionChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'PreviewSubscriptionChangeInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewSubscriptionChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PreviewSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PreviewSummary' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SubscriptionChangePreview' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDueToday' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'proration' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subtotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditApplied' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tax' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'taxLabel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditAdded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditBalanceAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextInvoiceDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextInvoiceAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collectionMethod' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'chargedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsTaken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatLimit' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function usePreviewSubscriptionChangeQuery(
  baseOptions: Apollo.QueryHookOptions<
    PreviewSubscriptionChangeQuery,
    PreviewSubscriptionChangeQueryVariables
  > &
    ({ variables: PreviewSubscriptionChangeQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<PreviewSubscriptionChangeQuery, PreviewSubscriptionChangeQueryVariables>(
    PreviewSubscriptionChangeDocument,
    options,
  );
}
export function usePreviewSubscriptionChangeLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    PreviewSubscriptionChangeQuery,
    PreviewSubscriptionChangeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<
    PreviewSubscriptionChangeQuery,
    PreviewSubscriptionChangeQueryVariables
  >(PreviewSubscriptionChangeDocument, options);
}
// @ts-ignore
export function usePreviewSubscriptionChangeSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    PreviewSubscriptionChangeQuery,
    PreviewSubscriptionChangeQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<
  PreviewSubscriptionChangeQuery,
  PreviewSubscriptionChangeQueryVariables
>;
export function usePreviewSubscriptionChangeSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        PreviewSubscriptionChangeQuery,
        PreviewSubscriptionChangeQueryVariables
      >,
): Apollo.UseSuspenseQueryResult<
  PreviewSubscriptionChangeQuery | undefined,
  PreviewSubscriptionChangeQueryVariables
>;
export function usePreviewSubscriptionChangeSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        PreviewSubscriptionChangeQuery,
        PreviewSubscriptionChangeQueryVariables
      >,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<
    PreviewSubscriptionChangeQuery,
    PreviewSubscriptionChangeQueryVariables
  >(PreviewSubscriptionChangeDocument, options);
}
export type PreviewSubscriptionChangeQueryHookResult = ReturnType<
  typeof usePreviewSubscriptionChangeQuery
>;
export type PreviewSubscriptionChangeLazyQueryHookResult = ReturnType<
  typeof usePreviewSubscriptionChangeLazyQuery
>;
export type PreviewSubscriptionChangeSuspenseQueryHookResult = ReturnType<
  typeof usePreviewSubscriptionChangeSuspenseQuery
>;
export type PreviewSubscriptionChangeQueryResult = Apollo.QueryResult<
  PreviewSubscriptionChangeQuery,
  PreviewSubscriptionChangeQueryVariables
>;
export const StartSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansSubscription' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionSummary' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionBanners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeResult' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SubscriptionChangeResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlansSubscription' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type StartSubscriptionMutationFn = Apollo.MutationFunction<
  StartSubscriptionMutation,
  StartSubscriptionMutationVariables
>;
export function useStartSubscriptionMutation(
  baseOptions?: Apollo.MutationHookOptions<
    StartSubscriptionMutation,
    StartSubscriptionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<StartSubscriptionMutation, StartSubscriptionMutationVariables>(
    StartSubscriptionDocument,
    options,
  );
}
export type StartSubscriptionMutationHookResult = ReturnType<typeof useStartSubscriptionMutation>;
export type StartSubscriptionMutationResult = Apollo.MutationResult<StartSubscriptionMutation>;
export type StartSubscriptionMutationOptions = Apollo.BaseMutationOptions<
  StartSubscriptionMutation,
  StartSubscriptionMutationVariables
>;
export const ChangeSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansSubscription' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionSummary' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionBanners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeResult' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SubscriptionChangeResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlansSubscription' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ChangeSubscriptionMutationFn = Apollo.MutationFunction<
  ChangeSubscriptionMutation,
  ChangeSubscriptionMutationVariables
>;
export function useChangeSubscriptionMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ChangeSubscriptionMutation,
    ChangeSubscriptionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ChangeSubscriptionMutation, ChangeSubscriptionMutationVariables>(
    ChangeSubscriptionDocument,
    options,
  );
}
export type ChangeSubscriptionMutationHookResult = ReturnType<typeof useChangeSubscriptionMutation>;
export type ChangeSubscriptionMutationResult = Apollo.MutationResult<ChangeSubscriptionMutation>;
export type ChangeSubscriptionMutationOptions = Apollo.BaseMutationOptions<
  ChangeSubscriptionMutation,
  ChangeSubscriptionMutationVariables
>;
export const CancelSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansSubscription' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionSummary' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionBanners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeResult' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SubscriptionChangeResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlansSubscription' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CancelSubscriptionMutationFn = Apollo.MutationFunction<
  CancelSubscriptionMutation,
  CancelSubscriptionMutationVariables
>;
export function useCancelSubscriptionMutation(
  baseOptions?: Apollo.MutationHookOptions<
    CancelSubscriptionMutation,
    CancelSubscriptionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<CancelSubscriptionMutation, CancelSubscriptionMutationVariables>(
    CancelSubscriptionDocument,
    options,
  );
}
export type CancelSubscriptionMutationHookResult = ReturnType<typeof useCancelSubscriptionMutation>;
export type CancelSubscriptionMutationResult = Apollo.MutationResult<CancelSubscriptionMutation>;
export type CancelSubscriptionMutationOptions = Apollo.BaseMutationOptions<
  CancelSubscriptionMutation,
  CancelSubscriptionMutationVariables
>;
export const ReactivateSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactivateSubscription' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactivateSubscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChangeResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansSubscription' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionSummary' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionBanners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionBanners' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChangeResult' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SubscriptionChangeResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlansSubscription' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'price' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perSeatAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upcomingInvoice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amountDue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ReactivateSubscriptionMutationFn = Apollo.MutationFunction<
  ReactivateSubscriptionMutation,
  ReactivateSubscriptionMutationVariables
>;
export function useReactivateSubscriptionMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ReactivateSubscriptionMutation,
    ReactivateSubscriptionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    ReactivateSubscriptionMutation,
    ReactivateSubscriptionMutationVariables
  >(ReactivateSubscriptionDocument, options);
}
export type ReactivateSubscriptionMutationHookResult = ReturnType<
  typeof useReactivateSubscriptionMutation
>;
export type ReactivateSubscriptionMutationResult =
  Apollo.MutationResult<ReactivateSubscriptionMutation>;
export type ReactivateSubscriptionMutationOptions = Apollo.BaseMutationOptions<
  ReactivateSubscriptionMutation,
  ReactivateSubscriptionMutationVariables
>;
export const InvitationPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useInvitationPreviewQuery(
  baseOptions: Apollo.QueryHookOptions<InvitationPreviewQuery, InvitationPreviewQueryVariables> &
    ({ variables: InvitationPreviewQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<InvitationPreviewQuery, InvitationPreviewQueryVariables>(
    InvitationPreviewDocument,
    options,
  );
}
export function useInvitationPreviewLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    InvitationPreviewQuery,
    InvitationPreviewQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<InvitationPreviewQuery, InvitationPreviewQueryVariables>(
    InvitationPreviewDocument,
    options,
  );
}
// @ts-ignore
export function useInvitationPreviewSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    InvitationPreviewQuery,
    InvitationPreviewQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export function useInvitationPreviewSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<InvitationPreviewQuery, InvitationPreviewQueryVariables>,
): Apollo.UseSuspenseQueryResult<
  InvitationPreviewQuery | undefined,
  InvitationPreviewQueryVariables
>;
export function useInvitationPreviewSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<InvitationPreviewQuery, InvitationPreviewQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<InvitationPreviewQuery, InvitationPreviewQueryVariables>(
    InvitationPreviewDocument,
    options,
  );
}
export type InvitationPreviewQueryHookResult = ReturnType<typeof useInvitationPreviewQuery>;
export type InvitationPreviewLazyQueryHookResult = ReturnType<typeof useInvitationPreviewLazyQuery>;
export type InvitationPreviewSuspenseQueryHookResult = ReturnType<
  typeof useInvitationPreviewSuspenseQuery
>;
export type InvitationPreviewQueryResult = Apollo.QueryResult<
  InvitationPreviewQuery,
  InvitationPreviewQueryVariables
>;
export const InvitationViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationViewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'account' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useInvitationViewerQuery(
  baseOptions?: Apollo.QueryHookOptions<InvitationViewerQuery, InvitationViewerQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<InvitationViewerQuery, InvitationViewerQueryVariables>(
    InvitationViewerDocument,
    options,
  );
}
export function useInvitationViewerLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<InvitationViewerQuery, InvitationViewerQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<InvitationViewerQuery, InvitationViewerQueryVariables>(
    InvitationViewerDocument,
    options,
  );
}
// @ts-ignore
export function useInvitationViewerSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    InvitationViewerQuery,
    InvitationViewerQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<InvitationViewerQuery, InvitationViewerQueryVariables>;
export function useInvitationViewerSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<InvitationViewerQuery, InvitationViewerQueryVariables>,
): Apollo.UseSuspenseQueryResult<InvitationViewerQuery | undefined, InvitationViewerQueryVariables>;
export function useInvitationViewerSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<InvitationViewerQuery, InvitationViewerQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<InvitationViewerQuery, InvitationViewerQueryVariables>(
    InvitationViewerDocument,
    options,
  );
}
export type InvitationViewerQueryHookResult = ReturnType<typeof useInvitationViewerQuery>;
export type InvitationViewerLazyQueryHookResult = ReturnType<typeof useInvitationViewerLazyQuery>;
export type InvitationViewerSuspenseQueryHookResult = ReturnType<
  typeof useInvitationViewerSuspenseQuery
>;
export type InvitationViewerQueryResult = Apollo.QueryResult<
  InvitationViewerQuery,
  InvitationViewerQueryVariables
>;
export const AcceptInviteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvite' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitationTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvite' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AcceptInviteMutationFn = Apollo.MutationFunction<
  AcceptInviteMutation,
  AcceptInviteMutationVariables
>;
export function useAcceptInviteMutation(
  baseOptions?: Apollo.MutationHookOptions<AcceptInviteMutation, AcceptInviteMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<AcceptInviteMutation, AcceptInviteMutationVariables>(
    AcceptInviteDocument,
    options,
  );
}
export type AcceptInviteMutationHookResult = ReturnType<typeof useAcceptInviteMutation>;
export type AcceptInviteMutationResult = Apollo.MutationResult<AcceptInviteMutation>;
export type AcceptInviteMutationOptions = Apollo.BaseMutationOptions<
  AcceptInviteMutation,
  AcceptInviteMutationVariables
>;
export const MembersPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MembersPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MemberList' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvitationList' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'usage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MemberList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useMembersPageQuery(
  baseOptions?: Apollo.QueryHookOptions<MembersPageQuery, MembersPageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<MembersPageQuery, MembersPageQueryVariables>(MembersPageDocument, options);
}
export function useMembersPageLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<MembersPageQuery, MembersPageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<MembersPageQuery, MembersPageQueryVariables>(
    MembersPageDocument,
    options,
  );
}
// @ts-ignore
export function useMembersPageSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<MembersPageQuery, MembersPageQueryVariables>,
): Apollo.UseSuspenseQueryResult<MembersPageQuery, MembersPageQueryVariables>;
export function useMembersPageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MembersPageQuery, MembersPageQueryVariables>,
): Apollo.UseSuspenseQueryResult<MembersPageQuery | undefined, MembersPageQueryVariables>;
export function useMembersPageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MembersPageQuery, MembersPageQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<MembersPageQuery, MembersPageQueryVariables>(
    MembersPageDocument,
    options,
  );
}
export type MembersPageQueryHookResult = ReturnType<typeof useMembersPageQuery>;
export type MembersPageLazyQueryHookResult = ReturnType<typeof useMembersPageLazyQuery>;
export type MembersPageSuspenseQueryHookResult = ReturnType<typeof useMembersPageSuspenseQuery>;
export type MembersPageQueryResult = Apollo.QueryResult<
  MembersPageQuery,
  MembersPageQueryVariables
>;
export const InviteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'inviteUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvitationList' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type InviteMemberMutationFn = Apollo.MutationFunction<
  InviteMemberMutation,
  InviteMemberMutationVariables
>;
export function useInviteMemberMutation(
  baseOptions?: Apollo.MutationHookOptions<InviteMemberMutation, InviteMemberMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<InviteMemberMutation, InviteMemberMutationVariables>(
    InviteMemberDocument,
    options,
  );
}
export type InviteMemberMutationHookResult = ReturnType<typeof useInviteMemberMutation>;
export type InviteMemberMutationResult = Apollo.MutationResult<InviteMemberMutation>;
export type InviteMemberMutationOptions = Apollo.BaseMutationOptions<
  InviteMemberMutation,
  InviteMemberMutationVariables
>;
export const ResendInviteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendInvite' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitationIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resendInvite' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'inviteUrl' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvitationList' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Invitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ResendInviteMutationFn = Apollo.MutationFunction<
  ResendInviteMutation,
  ResendInviteMutationVariables
>;
export function useResendInviteMutation(
  baseOptions?: Apollo.MutationHookOptions<ResendInviteMutation, ResendInviteMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ResendInviteMutation, ResendInviteMutationVariables>(
    ResendInviteDocument,
    options,
  );
}
export type ResendInviteMutationHookResult = ReturnType<typeof useResendInviteMutation>;
export type ResendInviteMutationResult = Apollo.MutationResult<ResendInviteMutation>;
export type ResendInviteMutationOptions = Apollo.BaseMutationOptions<
  ResendInviteMutation,
  ResendInviteMutationVariables
>;
export const RevokeInviteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvite' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitationIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvite' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RevokeInviteMutationFn = Apollo.MutationFunction<
  RevokeInviteMutation,
  RevokeInviteMutationVariables
>;
export function useRevokeInviteMutation(
  baseOptions?: Apollo.MutationHookOptions<RevokeInviteMutation, RevokeInviteMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RevokeInviteMutation, RevokeInviteMutationVariables>(
    RevokeInviteDocument,
    options,
  );
}
export type RevokeInviteMutationHookResult = ReturnType<typeof useRevokeInviteMutation>;
export type RevokeInviteMutationResult = Apollo.MutationResult<RevokeInviteMutation>;
export type RevokeInviteMutationOptions = Apollo.BaseMutationOptions<
  RevokeInviteMutation,
  RevokeInviteMutationVariables
>;
export const ChangeMemberRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMemberRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeMemberRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMemberRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MemberList' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MemberList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ChangeMemberRoleMutationFn = Apollo.MutationFunction<
  ChangeMemberRoleMutation,
  ChangeMemberRoleMutationVariables
>;
export function useChangeMemberRoleMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ChangeMemberRoleMutation,
    ChangeMemberRoleMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>(
    ChangeMemberRoleDocument,
    options,
  );
}
export type ChangeMemberRoleMutationHookResult = ReturnType<typeof useChangeMemberRoleMutation>;
export type ChangeMemberRoleMutationResult = Apollo.MutationResult<ChangeMemberRoleMutation>;
export type ChangeMemberRoleMutationOptions = Apollo.BaseMutationOptions<
  ChangeMemberRoleMutation,
  ChangeMemberRoleMutationVariables
>;
export const SetMemberPermissionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMemberPermissions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetMemberPermissionsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMemberPermissions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MemberList' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MemberList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SetMemberPermissionsMutationFn = Apollo.MutationFunction<
  SetMemberPermissionsMutation,
  SetMemberPermissionsMutationVariables
>;
export function useSetMemberPermissionsMutation(
  baseOptions?: Apollo.MutationHookOptions<
    SetMemberPermissionsMutation,
    SetMemberPermissionsMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<SetMemberPermissionsMutation, SetMemberPermissionsMutationVariables>(
    SetMemberPermissionsDocument,
    options,
  );
}
export type SetMemberPermissionsMutationHookResult = ReturnType<
  typeof useSetMemberPermissionsMutation
>;
export type SetMemberPermissionsMutationResult =
  Apollo.MutationResult<SetMemberPermissionsMutation>;
export type SetMemberPermissionsMutationOptions = Apollo.BaseMutationOptions<
  SetMemberPermissionsMutation,
  SetMemberPermissionsMutationVariables
>;
export const RemoveMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RemoveMemberMutationFn = Apollo.MutationFunction<
  RemoveMemberMutation,
  RemoveMemberMutationVariables
>;
export function useRemoveMemberMutation(
  baseOptions?: Apollo.MutationHookOptions<RemoveMemberMutation, RemoveMemberMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RemoveMemberMutation, RemoveMemberMutationVariables>(
    RemoveMemberDocument,
    options,
  );
}
export type RemoveMemberMutationHookResult = ReturnType<typeof useRemoveMemberMutation>;
export type RemoveMemberMutationResult = Apollo.MutationResult<RemoveMemberMutation>;
export type RemoveMemberMutationOptions = Apollo.BaseMutationOptions<
  RemoveMemberMutation,
  RemoveMemberMutationVariables
>;
export const TransferOwnershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TransferOwnership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MemberIdInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferOwnership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MemberList' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MemberList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Member' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type TransferOwnershipMutationFn = Apollo.MutationFunction<
  TransferOwnershipMutation,
  TransferOwnershipMutationVariables
>;
export function useTransferOwnershipMutation(
  baseOptions?: Apollo.MutationHookOptions<
    TransferOwnershipMutation,
    TransferOwnershipMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<TransferOwnershipMutation, TransferOwnershipMutationVariables>(
    TransferOwnershipDocument,
    options,
  );
}
export type TransferOwnershipMutationHookResult = ReturnType<typeof useTransferOwnershipMutation>;
export type TransferOwnershipMutationResult = Apollo.MutationResult<TransferOwnershipMutation>;
export type TransferOwnershipMutationOptions = Apollo.BaseMutationOptions<
  TransferOwnershipMutation,
  TransferOwnershipMutationVariables
>;
export const LeaveAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LeaveAccount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaveAccount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type LeaveAccountMutationFn = Apollo.MutationFunction<
  LeaveAccountMutation,
  LeaveAccountMutationVariables
>;
export function useLeaveAccountMutation(
  baseOptions?: Apollo.MutationHookOptions<LeaveAccountMutation, LeaveAccountMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<LeaveAccountMutation, LeaveAccountMutationVariables>(
    LeaveAccountDocument,
    options,
  );
}
export type LeaveAccountMutationHookResult = ReturnType<typeof useLeaveAccountMutation>;
export type LeaveAccountMutationResult = Apollo.MutationResult<LeaveAccountMutation>;
export type LeaveAccountMutationOptions = Apollo.BaseMutationOptions<
  LeaveAccountMutation,
  LeaveAccountMutationVariables
>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'NotificationList' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useNotificationsQuery(
  baseOptions?: Apollo.QueryHookOptions<NotificationsQuery, NotificationsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<NotificationsQuery, NotificationsQueryVariables>(
    NotificationsDocument,
    options,
  );
}
export function useNotificationsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<NotificationsQuery, NotificationsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<NotificationsQuery, NotificationsQueryVariables>(
    NotificationsDocument,
    options,
  );
}
// @ts-ignore
export function useNotificationsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<NotificationsQuery, NotificationsQueryVariables>,
): Apollo.UseSuspenseQueryResult<NotificationsQuery, NotificationsQueryVariables>;
export function useNotificationsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<NotificationsQuery, NotificationsQueryVariables>,
): Apollo.UseSuspenseQueryResult<NotificationsQuery | undefined, NotificationsQueryVariables>;
export function useNotificationsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<NotificationsQuery, NotificationsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<NotificationsQuery, NotificationsQueryVariables>(
    NotificationsDocument,
    options,
  );
}
export type NotificationsQueryHookResult = ReturnType<typeof useNotificationsQuery>;
export type NotificationsLazyQueryHookResult = ReturnType<typeof useNotificationsLazyQuery>;
export type NotificationsSuspenseQueryHookResult = ReturnType<typeof useNotificationsSuspenseQuery>;
export type NotificationsQueryResult = Apollo.QueryResult<
  NotificationsQuery,
  NotificationsQueryVariables
>;
export const SuspendAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SuspendAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccountSuspensionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspendAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suspendedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suspensionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SuspendAccountMutationFn = Apollo.MutationFunction<
  SuspendAccountMutation,
  SuspendAccountMutationVariables
>;
export function useSuspendAccountMutation(
  baseOptions?: Apollo.MutationHookOptions<SuspendAccountMutation, SuspendAccountMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<SuspendAccountMutation, SuspendAccountMutationVariables>(
    SuspendAccountDocument,
    options,
  );
}
export type SuspendAccountMutationHookResult = ReturnType<typeof useSuspendAccountMutation>;
export type SuspendAccountMutationResult = Apollo.MutationResult<SuspendAccountMutation>;
export type SuspendAccountMutationOptions = Apollo.BaseMutationOptions<
  SuspendAccountMutation,
  SuspendAccountMutationVariables
>;
export const ReactivateAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactivateAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccountSuspensionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactivateAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suspendedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suspensionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ReactivateAccountMutationFn = Apollo.MutationFunction<
  ReactivateAccountMutation,
  ReactivateAccountMutationVariables
>;
export function useReactivateAccountMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ReactivateAccountMutation,
    ReactivateAccountMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ReactivateAccountMutation, ReactivateAccountMutationVariables>(
    ReactivateAccountDocument,
    options,
  );
}
export type ReactivateAccountMutationHookResult = ReturnType<typeof useReactivateAccountMutation>;
export type ReactivateAccountMutationResult = Apollo.MutationResult<ReactivateAccountMutation>;
export type ReactivateAccountMutationOptions = Apollo.BaseMutationOptions<
  ReactivateAccountMutation,
  ReactivateAccountMutationVariables
>;
export const AdjustCreditBalanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdjustCreditBalance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdjustCreditBalanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adjustCreditBalance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'balance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AdjustCreditBalanceMutationFn = Apollo.MutationFunction<
  AdjustCreditBalanceMutation,
  AdjustCreditBalanceMutationVariables
>;
export function useAdjustCreditBalanceMutation(
  baseOptions?: Apollo.MutationHookOptions<
    AdjustCreditBalanceMutation,
    AdjustCreditBalanceMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<AdjustCreditBalanceMutation, AdjustCreditBalanceMutationVariables>(
    AdjustCreditBalanceDocument,
    options,
  );
}
export type AdjustCreditBalanceMutationHookResult = ReturnType<
  typeof useAdjustCreditBalanceMutation
>;
export type AdjustCreditBalanceMutationResult = Apollo.MutationResult<AdjustCreditBalanceMutation>;
export type AdjustCreditBalanceMutationOptions = Apollo.BaseMutationOptions<
  AdjustCreditBalanceMutation,
  AdjustCreditBalanceMutationVariables
>;
export const StartEnterpriseContractDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartEnterpriseContract' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'StartEnterpriseContractInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startEnterpriseContract' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amountDue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type StartEnterpriseContractMutationFn = Apollo.MutationFunction<
  StartEnterpriseContractMutation,
  StartEnterpriseContractMutationVariables
>;
export function useStartEnterpriseContractMutation(
  baseOptions?: Apollo.MutationHookOptions<
    StartEnterpriseContractMutation,
    StartEnterpriseContractMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    StartEnterpriseContractMutation,
    StartEnterpriseContractMutationVariables
  >(StartEnterpriseContractDocument, options);
}
export type StartEnterpriseContractMutationHookResult = ReturnType<
  typeof useStartEnterpriseContractMutation
>;
export type StartEnterpriseContractMutationResult =
  Apollo.MutationResult<StartEnterpriseContractMutation>;
export type StartEnterpriseContractMutationOptions = Apollo.BaseMutationOptions<
  StartEnterpriseContractMutation,
  StartEnterpriseContractMutationVariables
>;
export const OperatorAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperatorAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'operatorAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suspendedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suspensionReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'plan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'subscription' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currentPeriodEnd' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cancelAtPeriodEnd' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'creditBalance' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amountDue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'payments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amount' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'Money' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'creditLedger' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditNoteNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'accountId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'accountId' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actionLabel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useOperatorAccountQuery(
  baseOptions: Apollo.QueryHookOptions<OperatorAccountQuery, OperatorAccountQueryVariables> &
    ({ variables: OperatorAccountQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<OperatorAccountQuery, OperatorAccountQueryVariables>(
    OperatorAccountDocument,
    options,
  );
}
export function useOperatorAccountLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<OperatorAccountQuery, OperatorAccountQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<OperatorAccountQuery, OperatorAccountQueryVariables>(
    OperatorAccountDocument,
    options,
  );
}
// @ts-ignore
export function useOperatorAccountSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    OperatorAccountQuery,
    OperatorAccountQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<OperatorAccountQuery, OperatorAccountQueryVariables>;
export function useOperatorAccountSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OperatorAccountQuery, OperatorAccountQueryVariables>,
): Apollo.UseSuspenseQueryResult<OperatorAccountQuery | undefined, OperatorAccountQueryVariables>;
export function useOperatorAccountSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OperatorAccountQuery, OperatorAccountQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<OperatorAccountQuery, OperatorAccountQueryVariables>(
    OperatorAccountDocument,
    options,
  );
}
export type OperatorAccountQueryHookResult = ReturnType<typeof useOperatorAccountQuery>;
export type OperatorAccountLazyQueryHookResult = ReturnType<typeof useOperatorAccountLazyQuery>;
export type OperatorAccountSuspenseQueryHookResult = ReturnType<
  typeof useOperatorAccountSuspenseQuery
>;
export type OperatorAccountQueryResult = Apollo.QueryResult<
  OperatorAccountQuery,
  OperatorAccountQueryVariables
>;
export const OperatorAccountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperatorAccounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OperatorAccountFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'operatorAccounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'OperatorAccountRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OperatorAccountRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suspendedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useOperatorAccountsQuery(
  baseOptions?: Apollo.QueryHookOptions<OperatorAccountsQuery, OperatorAccountsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<OperatorAccountsQuery, OperatorAccountsQueryVariables>(
    OperatorAccountsDocument,
    options,
  );
}
export function useOperatorAccountsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<OperatorAccountsQuery, OperatorAccountsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<OperatorAccountsQuery, OperatorAccountsQueryVariables>(
    OperatorAccountsDocument,
    options,
  );
}
// @ts-ignore
export function useOperatorAccountsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    OperatorAccountsQuery,
    OperatorAccountsQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<OperatorAccountsQuery, OperatorAccountsQueryVariables>;
export function useOperatorAccountsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OperatorAccountsQuery, OperatorAccountsQueryVariables>,
): Apollo.UseSuspenseQueryResult<OperatorAccountsQuery | undefined, OperatorAccountsQueryVariables>;
export function useOperatorAccountsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OperatorAccountsQuery, OperatorAccountsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<OperatorAccountsQuery, OperatorAccountsQueryVariables>(
    OperatorAccountsDocument,
    options,
  );
}
export type OperatorAccountsQueryHookResult = ReturnType<typeof useOperatorAccountsQuery>;
export type OperatorAccountsLazyQueryHookResult = ReturnType<typeof useOperatorAccountsLazyQuery>;
export type OperatorAccountsSuspenseQueryHookResult = ReturnType<
  typeof useOperatorAccountsSuspenseQuery
>;
export type OperatorAccountsQueryResult = Apollo.QueryResult<
  OperatorAccountsQuery,
  OperatorAccountsQueryVariables
>;
export const OperatorAccountPlansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperatorAccountPlans' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useOperatorAccountPlansQuery(
  baseOptions?: Apollo.QueryHookOptions<
    OperatorAccountPlansQuery,
    OperatorAccountPlansQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<OperatorAccountPlansQuery, OperatorAccountPlansQueryVariables>(
    OperatorAccountPlansDocument,
    options,
  );
}
export function useOperatorAccountPlansLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    OperatorAccountPlansQuery,
    OperatorAccountPlansQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<OperatorAccountPlansQuery, OperatorAccountPlansQueryVariables>(
    OperatorAccountPlansDocument,
    options,
  );
}
// @ts-ignore
export function useOperatorAccountPlansSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    OperatorAccountPlansQuery,
    OperatorAccountPlansQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<OperatorAccountPlansQuery, OperatorAccountPlansQueryVariables>;
export function useOperatorAccountPlansSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        OperatorAccountPlansQuery,
        OperatorAccountPlansQueryVariables
      >,
): Apollo.UseSuspenseQueryResult<
  OperatorAccountPlansQuery | undefined,
  OperatorAccountPlansQueryVariables
>;
export function useOperatorAccountPlansSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        OperatorAccountPlansQuery,
        OperatorAccountPlansQueryVariables
      >,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<OperatorAccountPlansQuery, OperatorAccountPlansQueryVariables>(
    OperatorAccountPlansDocument,
    options,
  );
}
export type OperatorAccountPlansQueryHookResult = ReturnType<typeof useOperatorAccountPlansQuery>;
export type OperatorAccountPlansLazyQueryHookResult = ReturnType<
  typeof useOperatorAccountPlansLazyQuery
>;
export type OperatorAccountPlansSuspenseQueryHookResult = ReturnType<
  typeof useOperatorAccountPlansSuspenseQuery
>;
export type OperatorAccountPlansQueryResult = Apollo.QueryResult<
  OperatorAccountPlansQuery,
  OperatorAccountPlansQueryVariables
>;
export const BankTransferQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BankTransferQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BankTransferNoticeStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bankTransferQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'invoiceNumber' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'invoiceStatus' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'invoicePdfUrl' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'submittedBy' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'invoiceAmountDue' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'notice' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'rejectionReason' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'amount' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'currency' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'formatted' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useBankTransferQueueQuery(
  baseOptions?: Apollo.QueryHookOptions<BankTransferQueueQuery, BankTransferQueueQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<BankTransferQueueQuery, BankTransferQueueQueryVariables>(
    BankTransferQueueDocument,
    options,
  );
}
export function useBankTransferQueueLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    BankTransferQueueQuery,
    BankTransferQueueQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<BankTransferQueueQuery, BankTransferQueueQueryVariables>(
    BankTransferQueueDocument,
    options,
  );
}
// @ts-ignore
export function useBankTransferQueueSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    BankTransferQueueQuery,
    BankTransferQueueQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<BankTransferQueueQuery, BankTransferQueueQueryVariables>;
export function useBankTransferQueueSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<BankTransferQueueQuery, BankTransferQueueQueryVariables>,
): Apollo.UseSuspenseQueryResult<
  BankTransferQueueQuery | undefined,
  BankTransferQueueQueryVariables
>;
export function useBankTransferQueueSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<BankTransferQueueQuery, BankTransferQueueQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<BankTransferQueueQuery, BankTransferQueueQueryVariables>(
    BankTransferQueueDocument,
    options,
  );
}
export type BankTransferQueueQueryHookResult = ReturnType<typeof useBankTransferQueueQuery>;
export type BankTransferQueueLazyQueryHookResult = ReturnType<typeof useBankTransferQueueLazyQuery>;
export type BankTransferQueueSuspenseQueryHookResult = ReturnType<
  typeof useBankTransferQueueSuspenseQuery
>;
export type BankTransferQueueQueryResult = Apollo.QueryResult<
  BankTransferQueueQuery,
  BankTransferQueueQueryVariables
>;
export const ApproveBankTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveBankTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApproveBankTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveBankTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceStatus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ApproveBankTransferMutationFn = Apollo.MutationFunction<
  ApproveBankTransferMutation,
  ApproveBankTransferMutationVariables
>;
export function useApproveBankTransferMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ApproveBankTransferMutation,
    ApproveBankTransferMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ApproveBankTransferMutation, ApproveBankTransferMutationVariables>(
    ApproveBankTransferDocument,
    options,
  );
}
export type ApproveBankTransferMutationHookResult = ReturnType<
  typeof useApproveBankTransferMutation
>;
export type ApproveBankTransferMutationResult = Apollo.MutationResult<ApproveBankTransferMutation>;
export type ApproveBankTransferMutationOptions = Apollo.BaseMutationOptions<
  ApproveBankTransferMutation,
  ApproveBankTransferMutationVariables
>;
export const RejectBankTransferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectBankTransfer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RejectBankTransferInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectBankTransfer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'invoiceStatus' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RejectBankTransferMutationFn = Apollo.MutationFunction<
  RejectBankTransferMutation,
  RejectBankTransferMutationVariables
>;
export function useRejectBankTransferMutation(
  baseOptions?: Apollo.MutationHookOptions<
    RejectBankTransferMutation,
    RejectBankTransferMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RejectBankTransferMutation, RejectBankTransferMutationVariables>(
    RejectBankTransferDocument,
    options,
  );
}
export type RejectBankTransferMutationHookResult = ReturnType<typeof useRejectBankTransferMutation>;
export type RejectBankTransferMutationResult = Apollo.MutationResult<RejectBankTransferMutation>;
export type RejectBankTransferMutationOptions = Apollo.BaseMutationOptions<
  RejectBankTransferMutation,
  RejectBankTransferMutationVariables
>;
export const OperatorInvoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperatorInvoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OperatorInvoiceFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'operatorInvoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'accountId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'buyer' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'legalName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'total' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amountDue' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useOperatorInvoicesQuery(
  baseOptions?: Apollo.QueryHookOptions<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>(
    OperatorInvoicesDocument,
    options,
  );
}
export function useOperatorInvoicesLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>(
    OperatorInvoicesDocument,
    options,
  );
}
// @ts-ignore
export function useOperatorInvoicesSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    OperatorInvoicesQuery,
    OperatorInvoicesQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>;
export function useOperatorInvoicesSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>,
): Apollo.UseSuspenseQueryResult<OperatorInvoicesQuery | undefined, OperatorInvoicesQueryVariables>;
export function useOperatorInvoicesSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<OperatorInvoicesQuery, OperatorInvoicesQueryVariables>(
    OperatorInvoicesDocument,
    options,
  );
}
export type OperatorInvoicesQueryHookResult = ReturnType<typeof useOperatorInvoicesQuery>;
export type OperatorInvoicesLazyQueryHookResult = ReturnType<typeof useOperatorInvoicesLazyQuery>;
export type OperatorInvoicesSuspenseQueryHookResult = ReturnType<
  typeof useOperatorInvoicesSuspenseQuery
>;
export type OperatorInvoicesQueryResult = Apollo.QueryResult<
  OperatorInvoicesQuery,
  OperatorInvoicesQueryVariables
>;
export const OperatorInvoicePaymentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperatorInvoicePayments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'operatorInvoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'number' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'payments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'paymentMethodLabel' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'amount' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'currency' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'formatted' },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'refunded' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'currency' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'formatted' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useOperatorInvoicePaymentsQuery(
  baseOptions: Apollo.QueryHookOptions<
    OperatorInvoicePaymentsQuery,
    OperatorInvoicePaymentsQueryVariables
  > &
    ({ variables: OperatorInvoicePaymentsQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<OperatorInvoicePaymentsQuery, OperatorInvoicePaymentsQueryVariables>(
    OperatorInvoicePaymentsDocument,
    options,
  );
}
export function useOperatorInvoicePaymentsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    OperatorInvoicePaymentsQuery,
    OperatorInvoicePaymentsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<OperatorInvoicePaymentsQuery, OperatorInvoicePaymentsQueryVariables>(
    OperatorInvoicePaymentsDocument,
    options,
  );
}
// @ts-ignore
export function useOperatorInvoicePaymentsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    OperatorInvoicePaymentsQuery,
    OperatorInvoicePaymentsQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<
  OperatorInvoicePaymentsQuery,
  OperatorInvoicePaymentsQueryVariables
>;
export function useOperatorInvoicePaymentsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        OperatorInvoicePaymentsQuery,
        OperatorInvoicePaymentsQueryVariables
      >,
): Apollo.UseSuspenseQueryResult<
  OperatorInvoicePaymentsQuery | undefined,
  OperatorInvoicePaymentsQueryVariables
>;
export function useOperatorInvoicePaymentsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        OperatorInvoicePaymentsQuery,
        OperatorInvoicePaymentsQueryVariables
      >,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<
    OperatorInvoicePaymentsQuery,
    OperatorInvoicePaymentsQueryVariables
  >(OperatorInvoicePaymentsDocument, options);
}
export type OperatorInvoicePaymentsQueryHookResult = ReturnType<
  typeof useOperatorInvoicePaymentsQuery
>;
export type OperatorInvoicePaymentsLazyQueryHookResult = ReturnType<
  typeof useOperatorInvoicePaymentsLazyQuery
>;
export type OperatorInvoicePaymentsSuspenseQueryHookResult = ReturnType<
  typeof useOperatorInvoicePaymentsSuspenseQuery
>;
export type OperatorInvoicePaymentsQueryResult = Apollo.QueryResult<
  OperatorInvoicePaymentsQuery,
  OperatorInvoicePaymentsQueryVariables
>;
export const PreviewManualInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewManualInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ManualInvoiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewManualInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'taxLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reverseChargeNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subtotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'creditApplied' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tax' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function usePreviewManualInvoiceQuery(
  baseOptions: Apollo.QueryHookOptions<
    PreviewManualInvoiceQuery,
    PreviewManualInvoiceQueryVariables
  > &
    ({ variables: PreviewManualInvoiceQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<PreviewManualInvoiceQuery, PreviewManualInvoiceQueryVariables>(
    PreviewManualInvoiceDocument,
    options,
  );
}
export function usePreviewManualInvoiceLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    PreviewManualInvoiceQuery,
    PreviewManualInvoiceQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<PreviewManualInvoiceQuery, PreviewManualInvoiceQueryVariables>(
    PreviewManualInvoiceDocument,
    options,
  );
}
// @ts-ignore
export function usePreviewManualInvoiceSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    PreviewManualInvoiceQuery,
    PreviewManualInvoiceQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<PreviewManualInvoiceQuery, PreviewManualInvoiceQueryVariables>;
export function usePreviewManualInvoiceSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        PreviewManualInvoiceQuery,
        PreviewManualInvoiceQueryVariables
      >,
): Apollo.UseSuspenseQueryResult<
  PreviewManualInvoiceQuery | undefined,
  PreviewManualInvoiceQueryVariables
>;
export function usePreviewManualInvoiceSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        PreviewManualInvoiceQuery,
        PreviewManualInvoiceQueryVariables
      >,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<PreviewManualInvoiceQuery, PreviewManualInvoiceQueryVariables>(
    PreviewManualInvoiceDocument,
    options,
  );
}
export type PreviewManualInvoiceQueryHookResult = ReturnType<typeof usePreviewManualInvoiceQuery>;
export type PreviewManualInvoiceLazyQueryHookResult = ReturnType<
  typeof usePreviewManualInvoiceLazyQuery
>;
export type PreviewManualInvoiceSuspenseQueryHookResult = ReturnType<
  typeof usePreviewManualInvoiceSuspenseQuery
>;
export type PreviewManualInvoiceQueryResult = Apollo.QueryResult<
  PreviewManualInvoiceQuery,
  PreviewManualInvoiceQueryVariables
>;
export const CreateManualInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateManualInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateManualInvoiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createManualInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CreateManualInvoiceMutationFn = Apollo.MutationFunction<
  CreateManualInvoiceMutation,
  CreateManualInvoiceMutationVariables
>;
export function useCreateManualInvoiceMutation(
  baseOptions?: Apollo.MutationHookOptions<
    CreateManualInvoiceMutation,
    CreateManualInvoiceMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<CreateManualInvoiceMutation, CreateManualInvoiceMutationVariables>(
    CreateManualInvoiceDocument,
    options,
  );
}
export type CreateManualInvoiceMutationHookResult = ReturnType<
  typeof useCreateManualInvoiceMutation
>;
export type CreateManualInvoiceMutationResult = Apollo.MutationResult<CreateManualInvoiceMutation>;
export type CreateManualInvoiceMutationOptions = Apollo.BaseMutationOptions<
  CreateManualInvoiceMutation,
  CreateManualInvoiceMutationVariables
>;
export const OperatorVoidInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OperatorVoidInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VoidInvoiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'voidInvoice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'creditNote' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type OperatorVoidInvoiceMutationFn = Apollo.MutationFunction<
  OperatorVoidInvoiceMutation,
  OperatorVoidInvoiceMutationVariables
>;
export function useOperatorVoidInvoiceMutation(
  baseOptions?: Apollo.MutationHookOptions<
    OperatorVoidInvoiceMutation,
    OperatorVoidInvoiceMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<OperatorVoidInvoiceMutation, OperatorVoidInvoiceMutationVariables>(
    OperatorVoidInvoiceDocument,
    options,
  );
}
export type OperatorVoidInvoiceMutationHookResult = ReturnType<
  typeof useOperatorVoidInvoiceMutation
>;
export type OperatorVoidInvoiceMutationResult = Apollo.MutationResult<OperatorVoidInvoiceMutation>;
export type OperatorVoidInvoiceMutationOptions = Apollo.BaseMutationOptions<
  OperatorVoidInvoiceMutation,
  OperatorVoidInvoiceMutationVariables
>;
export const OperatorRefundPaymentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OperatorRefundPayment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefundPaymentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refundPayment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'creditNote' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'number' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type OperatorRefundPaymentMutationFn = Apollo.MutationFunction<
  OperatorRefundPaymentMutation,
  OperatorRefundPaymentMutationVariables
>;
export function useOperatorRefundPaymentMutation(
  baseOptions?: Apollo.MutationHookOptions<
    OperatorRefundPaymentMutation,
    OperatorRefundPaymentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<OperatorRefundPaymentMutation, OperatorRefundPaymentMutationVariables>(
    OperatorRefundPaymentDocument,
    options,
  );
}
export type OperatorRefundPaymentMutationHookResult = ReturnType<
  typeof useOperatorRefundPaymentMutation
>;
export type OperatorRefundPaymentMutationResult =
  Apollo.MutationResult<OperatorRefundPaymentMutation>;
export type OperatorRefundPaymentMutationOptions = Apollo.BaseMutationOptions<
  OperatorRefundPaymentMutation,
  OperatorRefundPaymentMutationVariables
>;
export const FailedJobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FailedJobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failedJobs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jobNames' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'FailedJobRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FailedJobRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BackgroundJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'data' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorOutput' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryLimit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useFailedJobsQuery(
  baseOptions?: Apollo.QueryHookOptions<FailedJobsQuery, FailedJobsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<FailedJobsQuery, FailedJobsQueryVariables>(FailedJobsDocument, options);
}
export function useFailedJobsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<FailedJobsQuery, FailedJobsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<FailedJobsQuery, FailedJobsQueryVariables>(
    FailedJobsDocument,
    options,
  );
}
// @ts-ignore
export function useFailedJobsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<FailedJobsQuery, FailedJobsQueryVariables>,
): Apollo.UseSuspenseQueryResult<FailedJobsQuery, FailedJobsQueryVariables>;
export function useFailedJobsSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FailedJobsQuery, FailedJobsQueryVariables>,
): Apollo.UseSuspenseQueryResult<FailedJobsQuery | undefined, FailedJobsQueryVariables>;
export function useFailedJobsSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FailedJobsQuery, FailedJobsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<FailedJobsQuery, FailedJobsQueryVariables>(
    FailedJobsDocument,
    options,
  );
}
export type FailedJobsQueryHookResult = ReturnType<typeof useFailedJobsQuery>;
export type FailedJobsLazyQueryHookResult = ReturnType<typeof useFailedJobsLazyQuery>;
export type FailedJobsSuspenseQueryHookResult = ReturnType<typeof useFailedJobsSuspenseQuery>;
export type FailedJobsQueryResult = Apollo.QueryResult<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetryJobInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retryLimit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RetryJobMutationFn = Apollo.MutationFunction<
  RetryJobMutation,
  RetryJobMutationVariables
>;
export function useRetryJobMutation(
  baseOptions?: Apollo.MutationHookOptions<RetryJobMutation, RetryJobMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RetryJobMutation, RetryJobMutationVariables>(RetryJobDocument, options);
}
export type RetryJobMutationHookResult = ReturnType<typeof useRetryJobMutation>;
export type RetryJobMutationResult = Apollo.MutationResult<RetryJobMutation>;
export type RetryJobMutationOptions = Apollo.BaseMutationOptions<
  RetryJobMutation,
  RetryJobMutationVariables
>;
export const MailOutboxDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MailOutbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mailOutbox' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MailList' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MailList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MailMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'template' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useMailOutboxQuery(
  baseOptions?: Apollo.QueryHookOptions<MailOutboxQuery, MailOutboxQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<MailOutboxQuery, MailOutboxQueryVariables>(MailOutboxDocument, options);
}
export function useMailOutboxLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<MailOutboxQuery, MailOutboxQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<MailOutboxQuery, MailOutboxQueryVariables>(
    MailOutboxDocument,
    options,
  );
}
// @ts-ignore
export function useMailOutboxSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<MailOutboxQuery, MailOutboxQueryVariables>,
): Apollo.UseSuspenseQueryResult<MailOutboxQuery, MailOutboxQueryVariables>;
export function useMailOutboxSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MailOutboxQuery, MailOutboxQueryVariables>,
): Apollo.UseSuspenseQueryResult<MailOutboxQuery | undefined, MailOutboxQueryVariables>;
export function useMailOutboxSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MailOutboxQuery, MailOutboxQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<MailOutboxQuery, MailOutboxQueryVariables>(
    MailOutboxDocument,
    options,
  );
}
export type MailOutboxQueryHookResult = ReturnType<typeof useMailOutboxQuery>;
export type MailOutboxLazyQueryHookResult = ReturnType<typeof useMailOutboxLazyQuery>;
export type MailOutboxSuspenseQueryHookResult = ReturnType<typeof useMailOutboxSuspenseQuery>;
export type MailOutboxQueryResult = Apollo.QueryResult<MailOutboxQuery, MailOutboxQueryVariables>;
export const MailMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MailMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mailMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MailList' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                { kind: 'Field', name: { kind: 'Name', value: 'html' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MailList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MailMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'template' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useMailMessageQuery(
  baseOptions: Apollo.QueryHookOptions<MailMessageQuery, MailMessageQueryVariables> &
    ({ variables: MailMessageQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<MailMessageQuery, MailMessageQueryVariables>(MailMessageDocument, options);
}
export function useMailMessageLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<MailMessageQuery, MailMessageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<MailMessageQuery, MailMessageQueryVariables>(
    MailMessageDocument,
    options,
  );
}
// @ts-ignore
export function useMailMessageSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<MailMessageQuery, MailMessageQueryVariables>,
): Apollo.UseSuspenseQueryResult<MailMessageQuery, MailMessageQueryVariables>;
export function useMailMessageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MailMessageQuery, MailMessageQueryVariables>,
): Apollo.UseSuspenseQueryResult<MailMessageQuery | undefined, MailMessageQueryVariables>;
export function useMailMessageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MailMessageQuery, MailMessageQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<MailMessageQuery, MailMessageQueryVariables>(
    MailMessageDocument,
    options,
  );
}
export type MailMessageQueryHookResult = ReturnType<typeof useMailMessageQuery>;
export type MailMessageLazyQueryHookResult = ReturnType<typeof useMailMessageLazyQuery>;
export type MailMessageSuspenseQueryHookResult = ReturnType<typeof useMailMessageSuspenseQuery>;
export type MailMessageQueryResult = Apollo.QueryResult<
  MailMessageQuery,
  MailMessageQueryVariables
>;
export const PaymentMethodConfigsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaymentMethodConfigs' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentMethodConfigs' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentMethodConfigRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodConfigRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethodConfig' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'methods' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bankAccounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function usePaymentMethodConfigsQuery(
  baseOptions?: Apollo.QueryHookOptions<
    PaymentMethodConfigsQuery,
    PaymentMethodConfigsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<PaymentMethodConfigsQuery, PaymentMethodConfigsQueryVariables>(
    PaymentMethodConfigsDocument,
    options,
  );
}
export function usePaymentMethodConfigsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    PaymentMethodConfigsQuery,
    PaymentMethodConfigsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<PaymentMethodConfigsQuery, PaymentMethodConfigsQueryVariables>(
    PaymentMethodConfigsDocument,
    options,
  );
}
// @ts-ignore
export function usePaymentMethodConfigsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    PaymentMethodConfigsQuery,
    PaymentMethodConfigsQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<PaymentMethodConfigsQuery, PaymentMethodConfigsQueryVariables>;
export function usePaymentMethodConfigsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        PaymentMethodConfigsQuery,
        PaymentMethodConfigsQueryVariables
      >,
): Apollo.UseSuspenseQueryResult<
  PaymentMethodConfigsQuery | undefined,
  PaymentMethodConfigsQueryVariables
>;
export function usePaymentMethodConfigsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        PaymentMethodConfigsQuery,
        PaymentMethodConfigsQueryVariables
      >,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<PaymentMethodConfigsQuery, PaymentMethodConfigsQueryVariables>(
    PaymentMethodConfigsDocument,
    options,
  );
}
export type PaymentMethodConfigsQueryHookResult = ReturnType<typeof usePaymentMethodConfigsQuery>;
export type PaymentMethodConfigsLazyQueryHookResult = ReturnType<
  typeof usePaymentMethodConfigsLazyQuery
>;
export type PaymentMethodConfigsSuspenseQueryHookResult = ReturnType<
  typeof usePaymentMethodConfigsSuspenseQuery
>;
export type PaymentMethodConfigsQueryResult = Apollo.QueryResult<
  PaymentMethodConfigsQuery,
  PaymentMethodConfigsQueryVariables
>;
export const SetPaymentMethodConfigDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPaymentMethodConfig' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetPaymentMethodConfigInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPaymentMethodConfig' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PaymentMethodConfigRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PaymentMethodConfigRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMethodConfig' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'methods' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bankAccounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SetPaymentMethodConfigMutationFn = Apollo.MutationFunction<
  SetPaymentMethodConfigMutation,
  SetPaymentMethodConfigMutationVariables
>;
export function useSetPaymentMethodConfigMutation(
  baseOptions?: Apollo.MutationHookOptions<
    SetPaymentMethodConfigMutation,
    SetPaymentMethodConfigMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    SetPaymentMethodConfigMutation,
    SetPaymentMethodConfigMutationVariables
  >(SetPaymentMethodConfigDocument, options);
}
export type SetPaymentMethodConfigMutationHookResult = ReturnType<
  typeof useSetPaymentMethodConfigMutation
>;
export type SetPaymentMethodConfigMutationResult =
  Apollo.MutationResult<SetPaymentMethodConfigMutation>;
export type SetPaymentMethodConfigMutationOptions = Apollo.BaseMutationOptions<
  SetPaymentMethodConfigMutation,
  SetPaymentMethodConfigMutationVariables
>;
export const RemovePaymentMethodConfigDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemovePaymentMethodConfig' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RemovePaymentMethodConfigInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePaymentMethodConfig' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RemovePaymentMethodConfigMutationFn = Apollo.MutationFunction<
  RemovePaymentMethodConfigMutation,
  RemovePaymentMethodConfigMutationVariables
>;
export function useRemovePaymentMethodConfigMutation(
  baseOptions?: Apollo.MutationHookOptions<
    RemovePaymentMethodConfigMutation,
    RemovePaymentMethodConfigMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    RemovePaymentMethodConfigMutation,
    RemovePaymentMethodConfigMutationVariables
  >(RemovePaymentMethodConfigDocument, options);
}
export type RemovePaymentMethodConfigMutationHookResult = ReturnType<
  typeof useRemovePaymentMethodConfigMutation
>;
export type RemovePaymentMethodConfigMutationResult =
  Apollo.MutationResult<RemovePaymentMethodConfigMutation>;
export type RemovePaymentMethodConfigMutationOptions = Apollo.BaseMutationOptions<
  RemovePaymentMethodConfigMutation,
  RemovePaymentMethodConfigMutationVariables
>;
export const PlanCatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanCatalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planCatalog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plans' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogPlanCard' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'features' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'limits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPriceRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPrice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perSeatAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPlanCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationFeeBps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'featureKeys' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogPriceRow' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function usePlanCatalogQuery(
  baseOptions?: Apollo.QueryHookOptions<PlanCatalogQuery, PlanCatalogQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<PlanCatalogQuery, PlanCatalogQueryVariables>(PlanCatalogDocument, options);
}
export function usePlanCatalogLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<PlanCatalogQuery, PlanCatalogQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<PlanCatalogQuery, PlanCatalogQueryVariables>(
    PlanCatalogDocument,
    options,
  );
}
// @ts-ignore
export function usePlanCatalogSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<PlanCatalogQuery, PlanCatalogQueryVariables>,
): Apollo.UseSuspenseQueryResult<PlanCatalogQuery, PlanCatalogQueryVariables>;
export function usePlanCatalogSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<PlanCatalogQuery, PlanCatalogQueryVariables>,
): Apollo.UseSuspenseQueryResult<PlanCatalogQuery | undefined, PlanCatalogQueryVariables>;
export function usePlanCatalogSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<PlanCatalogQuery, PlanCatalogQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<PlanCatalogQuery, PlanCatalogQueryVariables>(
    PlanCatalogDocument,
    options,
  );
}
export type PlanCatalogQueryHookResult = ReturnType<typeof usePlanCatalogQuery>;
export type PlanCatalogLazyQueryHookResult = ReturnType<typeof usePlanCatalogLazyQuery>;
export type PlanCatalogSuspenseQueryHookResult = ReturnType<typeof usePlanCatalogSuspenseQuery>;
export type PlanCatalogQueryResult = Apollo.QueryResult<
  PlanCatalogQuery,
  PlanCatalogQueryVariables
>;
export const SavePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SavePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SavePlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogPlanCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPriceRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPrice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perSeatAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPlanCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationFeeBps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'featureKeys' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogPriceRow' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SavePlanMutationFn = Apollo.MutationFunction<
  SavePlanMutation,
  SavePlanMutationVariables
>;
export function useSavePlanMutation(
  baseOptions?: Apollo.MutationHookOptions<SavePlanMutation, SavePlanMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<SavePlanMutation, SavePlanMutationVariables>(SavePlanDocument, options);
}
export type SavePlanMutationHookResult = ReturnType<typeof useSavePlanMutation>;
export type SavePlanMutationResult = Apollo.MutationResult<SavePlanMutation>;
export type SavePlanMutationOptions = Apollo.BaseMutationOptions<
  SavePlanMutation,
  SavePlanMutationVariables
>;
export const ArchivePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchivePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ArchivePlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archivePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogPlanCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPriceRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPrice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perSeatAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogPlanCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationFeeBps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'featureKeys' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogPriceRow' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'liveSubscriptions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ArchivePlanMutationFn = Apollo.MutationFunction<
  ArchivePlanMutation,
  ArchivePlanMutationVariables
>;
export function useArchivePlanMutation(
  baseOptions?: Apollo.MutationHookOptions<ArchivePlanMutation, ArchivePlanMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ArchivePlanMutation, ArchivePlanMutationVariables>(
    ArchivePlanDocument,
    options,
  );
}
export type ArchivePlanMutationHookResult = ReturnType<typeof useArchivePlanMutation>;
export type ArchivePlanMutationResult = Apollo.MutationResult<ArchivePlanMutation>;
export type ArchivePlanMutationOptions = Apollo.BaseMutationOptions<
  ArchivePlanMutation,
  ArchivePlanMutationVariables
>;
export const RevenueMetricsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RevenueMetrics' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revenueMetrics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reportingCurrency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currencies' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mrr' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RevenueFigureParts' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'arr' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RevenueFigureParts' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'payingSubscriptions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trialingSubscriptions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'receivables' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RevenueFigureParts' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overdueReceivables' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RevenueFigureParts' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'openInvoices' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plans' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paying' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trialing' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mrr' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mrrConverted' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'months' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mrr' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RevenueFigureParts' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'payingSubscriptions' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'newAccounts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'churnedAccounts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'failedPayments' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'failedAmount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RevenueFigureParts' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'recoveredPayments' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recoveredAmount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RevenueFigureParts' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rates' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Money' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RevenueFigureParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevenueFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'byCurrency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'converted' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Money' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'missingRates' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useRevenueMetricsQuery(
  baseOptions?: Apollo.QueryHookOptions<RevenueMetricsQuery, RevenueMetricsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<RevenueMetricsQuery, RevenueMetricsQueryVariables>(
    RevenueMetricsDocument,
    options,
  );
}
export function useRevenueMetricsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<RevenueMetricsQuery, RevenueMetricsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<RevenueMetricsQuery, RevenueMetricsQueryVariables>(
    RevenueMetricsDocument,
    options,
  );
}
// @ts-ignore
export function useRevenueMetricsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<RevenueMetricsQuery, RevenueMetricsQueryVariables>,
): Apollo.UseSuspenseQueryResult<RevenueMetricsQuery, RevenueMetricsQueryVariables>;
export function useRevenueMetricsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<RevenueMetricsQuery, RevenueMetricsQueryVariables>,
): Apollo.UseSuspenseQueryResult<RevenueMetricsQuery | undefined, RevenueMetricsQueryVariables>;
export function useRevenueMetricsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<RevenueMetricsQuery, RevenueMetricsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<RevenueMetricsQuery, RevenueMetricsQueryVariables>(
    RevenueMetricsDocument,
    options,
  );
}
export type RevenueMetricsQueryHookResult = ReturnType<typeof useRevenueMetricsQuery>;
export type RevenueMetricsLazyQueryHookResult = ReturnType<typeof useRevenueMetricsLazyQuery>;
export type RevenueMetricsSuspenseQueryHookResult = ReturnType<
  typeof useRevenueMetricsSuspenseQuery
>;
export type RevenueMetricsQueryResult = Apollo.QueryResult<
  RevenueMetricsQuery,
  RevenueMetricsQueryVariables
>;
export const ExchangeRatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExchangeRates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exchangeRates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reportingCurrency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useExchangeRatesQuery(
  baseOptions?: Apollo.QueryHookOptions<ExchangeRatesQuery, ExchangeRatesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<ExchangeRatesQuery, ExchangeRatesQueryVariables>(
    ExchangeRatesDocument,
    options,
  );
}
export function useExchangeRatesLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<ExchangeRatesQuery, ExchangeRatesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<ExchangeRatesQuery, ExchangeRatesQueryVariables>(
    ExchangeRatesDocument,
    options,
  );
}
// @ts-ignore
export function useExchangeRatesSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<ExchangeRatesQuery, ExchangeRatesQueryVariables>,
): Apollo.UseSuspenseQueryResult<ExchangeRatesQuery, ExchangeRatesQueryVariables>;
export function useExchangeRatesSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<ExchangeRatesQuery, ExchangeRatesQueryVariables>,
): Apollo.UseSuspenseQueryResult<ExchangeRatesQuery | undefined, ExchangeRatesQueryVariables>;
export function useExchangeRatesSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<ExchangeRatesQuery, ExchangeRatesQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<ExchangeRatesQuery, ExchangeRatesQueryVariables>(
    ExchangeRatesDocument,
    options,
  );
}
export type ExchangeRatesQueryHookResult = ReturnType<typeof useExchangeRatesQuery>;
export type ExchangeRatesLazyQueryHookResult = ReturnType<typeof useExchangeRatesLazyQuery>;
export type ExchangeRatesSuspenseQueryHookResult = ReturnType<typeof useExchangeRatesSuspenseQuery>;
export type ExchangeRatesQueryResult = Apollo.QueryResult<
  ExchangeRatesQuery,
  ExchangeRatesQueryVariables
>;
export const SaveExchangeRateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveExchangeRate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveExchangeRateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveExchangeRate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SaveExchangeRateMutationFn = Apollo.MutationFunction<
  SaveExchangeRateMutation,
  SaveExchangeRateMutationVariables
>;
export function useSaveExchangeRateMutation(
  baseOptions?: Apollo.MutationHookOptions<
    SaveExchangeRateMutation,
    SaveExchangeRateMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<SaveExchangeRateMutation, SaveExchangeRateMutationVariables>(
    SaveExchangeRateDocument,
    options,
  );
}
export type SaveExchangeRateMutationHookResult = ReturnType<typeof useSaveExchangeRateMutation>;
export type SaveExchangeRateMutationResult = Apollo.MutationResult<SaveExchangeRateMutation>;
export type SaveExchangeRateMutationOptions = Apollo.BaseMutationOptions<
  SaveExchangeRateMutation,
  SaveExchangeRateMutationVariables
>;
export const ImportExchangeRatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportExchangeRates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportExchangeRatesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importExchangeRates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'imported' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ImportExchangeRatesMutationFn = Apollo.MutationFunction<
  ImportExchangeRatesMutation,
  ImportExchangeRatesMutationVariables
>;
export function useImportExchangeRatesMutation(
  baseOptions?: Apollo.MutationHookOptions<
    ImportExchangeRatesMutation,
    ImportExchangeRatesMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ImportExchangeRatesMutation, ImportExchangeRatesMutationVariables>(
    ImportExchangeRatesDocument,
    options,
  );
}
export type ImportExchangeRatesMutationHookResult = ReturnType<
  typeof useImportExchangeRatesMutation
>;
export type ImportExchangeRatesMutationResult = Apollo.MutationResult<ImportExchangeRatesMutation>;
export type ImportExchangeRatesMutationOptions = Apollo.BaseMutationOptions<
  ImportExchangeRatesMutation,
  ImportExchangeRatesMutationVariables
>;
export const StripeWebhookEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StripeWebhookEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeEventStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeWebhookEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'StripeEventRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StripeEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeWebhookEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useStripeWebhookEventsQuery(
  baseOptions?: Apollo.QueryHookOptions<
    StripeWebhookEventsQuery,
    StripeWebhookEventsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<StripeWebhookEventsQuery, StripeWebhookEventsQueryVariables>(
    StripeWebhookEventsDocument,
    options,
  );
}
export function useStripeWebhookEventsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    StripeWebhookEventsQuery,
    StripeWebhookEventsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<StripeWebhookEventsQuery, StripeWebhookEventsQueryVariables>(
    StripeWebhookEventsDocument,
    options,
  );
}
// @ts-ignore
export function useStripeWebhookEventsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    StripeWebhookEventsQuery,
    StripeWebhookEventsQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<StripeWebhookEventsQuery, StripeWebhookEventsQueryVariables>;
export function useStripeWebhookEventsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<StripeWebhookEventsQuery, StripeWebhookEventsQueryVariables>,
): Apollo.UseSuspenseQueryResult<
  StripeWebhookEventsQuery | undefined,
  StripeWebhookEventsQueryVariables
>;
export function useStripeWebhookEventsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<StripeWebhookEventsQuery, StripeWebhookEventsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<StripeWebhookEventsQuery, StripeWebhookEventsQueryVariables>(
    StripeWebhookEventsDocument,
    options,
  );
}
export type StripeWebhookEventsQueryHookResult = ReturnType<typeof useStripeWebhookEventsQuery>;
export type StripeWebhookEventsLazyQueryHookResult = ReturnType<
  typeof useStripeWebhookEventsLazyQuery
>;
export type StripeWebhookEventsSuspenseQueryHookResult = ReturnType<
  typeof useStripeWebhookEventsSuspenseQuery
>;
export type StripeWebhookEventsQueryResult = Apollo.QueryResult<
  StripeWebhookEventsQuery,
  StripeWebhookEventsQueryVariables
>;
export const StripeWebhookEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StripeWebhookEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stripeWebhookEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StripeEventRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StripeEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeWebhookEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useStripeWebhookEventQuery(
  baseOptions: Apollo.QueryHookOptions<StripeWebhookEventQuery, StripeWebhookEventQueryVariables> &
    ({ variables: StripeWebhookEventQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<StripeWebhookEventQuery, StripeWebhookEventQueryVariables>(
    StripeWebhookEventDocument,
    options,
  );
}
export function useStripeWebhookEventLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    StripeWebhookEventQuery,
    StripeWebhookEventQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<StripeWebhookEventQuery, StripeWebhookEventQueryVariables>(
    StripeWebhookEventDocument,
    options,
  );
}
// @ts-ignore
export function useStripeWebhookEventSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    StripeWebhookEventQuery,
    StripeWebhookEventQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<StripeWebhookEventQuery, StripeWebhookEventQueryVariables>;
export function useStripeWebhookEventSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<StripeWebhookEventQuery, StripeWebhookEventQueryVariables>,
): Apollo.UseSuspenseQueryResult<
  StripeWebhookEventQuery | undefined,
  StripeWebhookEventQueryVariables
>;
export function useStripeWebhookEventSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<StripeWebhookEventQuery, StripeWebhookEventQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<StripeWebhookEventQuery, StripeWebhookEventQueryVariables>(
    StripeWebhookEventDocument,
    options,
  );
}
export type StripeWebhookEventQueryHookResult = ReturnType<typeof useStripeWebhookEventQuery>;
export type StripeWebhookEventLazyQueryHookResult = ReturnType<
  typeof useStripeWebhookEventLazyQuery
>;
export type StripeWebhookEventSuspenseQueryHookResult = ReturnType<
  typeof useStripeWebhookEventSuspenseQuery
>;
export type StripeWebhookEventQueryResult = Apollo.QueryResult<
  StripeWebhookEventQuery,
  StripeWebhookEventQueryVariables
>;
export const RetryStripeWebhookEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryStripeWebhookEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RetryStripeWebhookEventInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryStripeWebhookEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StripeEventRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StripeEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StripeWebhookEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'objectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RetryStripeWebhookEventMutationFn = Apollo.MutationFunction<
  RetryStripeWebhookEventMutation,
  RetryStripeWebhookEventMutationVariables
>;
export function useRetryStripeWebhookEventMutation(
  baseOptions?: Apollo.MutationHookOptions<
    RetryStripeWebhookEventMutation,
    RetryStripeWebhookEventMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    RetryStripeWebhookEventMutation,
    RetryStripeWebhookEventMutationVariables
  >(RetryStripeWebhookEventDocument, options);
}
export type RetryStripeWebhookEventMutationHookResult = ReturnType<
  typeof useRetryStripeWebhookEventMutation
>;
export type RetryStripeWebhookEventMutationResult =
  Apollo.MutationResult<RetryStripeWebhookEventMutation>;
export type RetryStripeWebhookEventMutationOptions = Apollo.BaseMutationOptions<
  RetryStripeWebhookEventMutation,
  RetryStripeWebhookEventMutationVariables
>;
export const TestClockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TestClock' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'testClock' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'now' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offsetSeconds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useTestClockQuery(
  baseOptions?: Apollo.QueryHookOptions<TestClockQuery, TestClockQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<TestClockQuery, TestClockQueryVariables>(TestClockDocument, options);
}
export function useTestClockLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<TestClockQuery, TestClockQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<TestClockQuery, TestClockQueryVariables>(TestClockDocument, options);
}
// @ts-ignore
export function useTestClockSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<TestClockQuery, TestClockQueryVariables>,
): Apollo.UseSuspenseQueryResult<TestClockQuery, TestClockQueryVariables>;
export function useTestClockSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<TestClockQuery, TestClockQueryVariables>,
): Apollo.UseSuspenseQueryResult<TestClockQuery | undefined, TestClockQueryVariables>;
export function useTestClockSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<TestClockQuery, TestClockQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<TestClockQuery, TestClockQueryVariables>(
    TestClockDocument,
    options,
  );
}
export type TestClockQueryHookResult = ReturnType<typeof useTestClockQuery>;
export type TestClockLazyQueryHookResult = ReturnType<typeof useTestClockLazyQuery>;
export type TestClockSuspenseQueryHookResult = ReturnType<typeof useTestClockSuspenseQuery>;
export type TestClockQueryResult = Apollo.QueryResult<TestClockQuery, TestClockQueryVariables>;
export const AdvanceTestClockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdvanceTestClock' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdvanceTestClockInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advanceTestClock' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'now' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offsetSeconds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type AdvanceTestClockMutationFn = Apollo.MutationFunction<
  AdvanceTestClockMutation,
  AdvanceTestClockMutationVariables
>;
export function useAdvanceTestClockMutation(
  baseOptions?: Apollo.MutationHookOptions<
    AdvanceTestClockMutation,
    AdvanceTestClockMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<AdvanceTestClockMutation, AdvanceTestClockMutationVariables>(
    AdvanceTestClockDocument,
    options,
  );
}
export type AdvanceTestClockMutationHookResult = ReturnType<typeof useAdvanceTestClockMutation>;
export type AdvanceTestClockMutationResult = Apollo.MutationResult<AdvanceTestClockMutation>;
export type AdvanceTestClockMutationOptions = Apollo.BaseMutationOptions<
  AdvanceTestClockMutation,
  AdvanceTestClockMutationVariables
>;
export const ResetTwoFactorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetTwoFactor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetTwoFactorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetTwoFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resetAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionsEnded' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type ResetTwoFactorMutationFn = Apollo.MutationFunction<
  ResetTwoFactorMutation,
  ResetTwoFactorMutationVariables
>;
export function useResetTwoFactorMutation(
  baseOptions?: Apollo.MutationHookOptions<ResetTwoFactorMutation, ResetTwoFactorMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<ResetTwoFactorMutation, ResetTwoFactorMutationVariables>(
    ResetTwoFactorDocument,
    options,
  );
}
export type ResetTwoFactorMutationHookResult = ReturnType<typeof useResetTwoFactorMutation>;
export type ResetTwoFactorMutationResult = Apollo.MutationResult<ResetTwoFactorMutation>;
export type ResetTwoFactorMutationOptions = Apollo.BaseMutationOptions<
  ResetTwoFactorMutation,
  ResetTwoFactorMutationVariables
>;
export const OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Overview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'account' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'plan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'CurrentPlanCard' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BillingSummaryCards' },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UsageCard' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suspendedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suspensionReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'preferredCurrency' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'subscription' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'onboardedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'billingDetails' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlansTeaserCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BillingSummaryCards' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amountDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditBalance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'upcomingInvoice' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amountDue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentPlanCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includedSeats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'features' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'limits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlansTeaserCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customPricing' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interval' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'amount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsageCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usage' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'used' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resetsAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useOverviewQuery(
  baseOptions?: Apollo.QueryHookOptions<OverviewQuery, OverviewQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<OverviewQuery, OverviewQueryVariables>(OverviewDocument, options);
}
export function useOverviewLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<OverviewQuery, OverviewQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<OverviewQuery, OverviewQueryVariables>(OverviewDocument, options);
}
// @ts-ignore
export function useOverviewSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<OverviewQuery, OverviewQueryVariables>,
): Apollo.UseSuspenseQueryResult<OverviewQuery, OverviewQueryVariables>;
export function useOverviewSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<OverviewQuery, OverviewQueryVariables>,
): Apollo.UseSuspenseQueryResult<OverviewQuery | undefined, OverviewQueryVariables>;
export function useOverviewSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<OverviewQuery, OverviewQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<OverviewQuery, OverviewQueryVariables>(OverviewDocument, options);
}
export type OverviewQueryHookResult = ReturnType<typeof useOverviewQuery>;
export type OverviewLazyQueryHookResult = ReturnType<typeof useOverviewLazyQuery>;
export type OverviewSuspenseQueryHookResult = ReturnType<typeof useOverviewSuspenseQuery>;
export type OverviewQueryResult = Apollo.QueryResult<OverviewQuery, OverviewQueryVariables>;
export const ApiTokensDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiTokens' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiTokens' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenList' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'limits' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useApiTokensQuery(
  baseOptions?: Apollo.QueryHookOptions<ApiTokensQuery, ApiTokensQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<ApiTokensQuery, ApiTokensQueryVariables>(ApiTokensDocument, options);
}
export function useApiTokensLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<ApiTokensQuery, ApiTokensQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<ApiTokensQuery, ApiTokensQueryVariables>(ApiTokensDocument, options);
}
// @ts-ignore
export function useApiTokensSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<ApiTokensQuery, ApiTokensQueryVariables>,
): Apollo.UseSuspenseQueryResult<ApiTokensQuery, ApiTokensQueryVariables>;
export function useApiTokensSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ApiTokensQuery, ApiTokensQueryVariables>,
): Apollo.UseSuspenseQueryResult<ApiTokensQuery | undefined, ApiTokensQueryVariables>;
export function useApiTokensSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ApiTokensQuery, ApiTokensQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<ApiTokensQuery, ApiTokensQueryVariables>(
    ApiTokensDocument,
    options,
  );
}
export type ApiTokensQueryHookResult = ReturnType<typeof useApiTokensQuery>;
export type ApiTokensLazyQueryHookResult = ReturnType<typeof useApiTokensLazyQuery>;
export type ApiTokensSuspenseQueryHookResult = ReturnType<typeof useApiTokensSuspenseQuery>;
export type ApiTokensQueryResult = Apollo.QueryResult<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'token' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenList' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CreateApiTokenMutationFn = Apollo.MutationFunction<
  CreateApiTokenMutation,
  CreateApiTokenMutationVariables
>;
export function useCreateApiTokenMutation(
  baseOptions?: Apollo.MutationHookOptions<CreateApiTokenMutation, CreateApiTokenMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<CreateApiTokenMutation, CreateApiTokenMutationVariables>(
    CreateApiTokenDocument,
    options,
  );
}
export type CreateApiTokenMutationHookResult = ReturnType<typeof useCreateApiTokenMutation>;
export type CreateApiTokenMutationResult = Apollo.MutationResult<CreateApiTokenMutation>;
export type CreateApiTokenMutationOptions = Apollo.BaseMutationOptions<
  CreateApiTokenMutation,
  CreateApiTokenMutationVariables
>;
export const RevokeApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeApiTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenList' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RevokeApiTokenMutationFn = Apollo.MutationFunction<
  RevokeApiTokenMutation,
  RevokeApiTokenMutationVariables
>;
export function useRevokeApiTokenMutation(
  baseOptions?: Apollo.MutationHookOptions<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>(
    RevokeApiTokenDocument,
    options,
  );
}
export type RevokeApiTokenMutationHookResult = ReturnType<typeof useRevokeApiTokenMutation>;
export type RevokeApiTokenMutationResult = Apollo.MutationResult<RevokeApiTokenMutation>;
export type RevokeApiTokenMutationOptions = Apollo.BaseMutationOptions<
  RevokeApiTokenMutation,
  RevokeApiTokenMutationVariables
>;
export const SessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Sessions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionList' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'device' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useSessionsQuery(
  baseOptions?: Apollo.QueryHookOptions<SessionsQuery, SessionsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<SessionsQuery, SessionsQueryVariables>(SessionsDocument, options);
}
export function useSessionsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<SessionsQuery, SessionsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<SessionsQuery, SessionsQueryVariables>(SessionsDocument, options);
}
// @ts-ignore
export function useSessionsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<SessionsQuery, SessionsQueryVariables>,
): Apollo.UseSuspenseQueryResult<SessionsQuery, SessionsQueryVariables>;
export function useSessionsSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SessionsQuery, SessionsQueryVariables>,
): Apollo.UseSuspenseQueryResult<SessionsQuery | undefined, SessionsQueryVariables>;
export function useSessionsSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SessionsQuery, SessionsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<SessionsQuery, SessionsQueryVariables>(SessionsDocument, options);
}
export type SessionsQueryHookResult = ReturnType<typeof useSessionsQuery>;
export type SessionsLazyQueryHookResult = ReturnType<typeof useSessionsLazyQuery>;
export type SessionsSuspenseQueryHookResult = ReturnType<typeof useSessionsSuspenseQuery>;
export type SessionsQueryResult = Apollo.QueryResult<SessionsQuery, SessionsQueryVariables>;
export const RevokeSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revokedCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionList' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'device' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RevokeSessionMutationFn = Apollo.MutationFunction<
  RevokeSessionMutation,
  RevokeSessionMutationVariables
>;
export function useRevokeSessionMutation(
  baseOptions?: Apollo.MutationHookOptions<RevokeSessionMutation, RevokeSessionMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RevokeSessionMutation, RevokeSessionMutationVariables>(
    RevokeSessionDocument,
    options,
  );
}
export type RevokeSessionMutationHookResult = ReturnType<typeof useRevokeSessionMutation>;
export type RevokeSessionMutationResult = Apollo.MutationResult<RevokeSessionMutation>;
export type RevokeSessionMutationOptions = Apollo.BaseMutationOptions<
  RevokeSessionMutation,
  RevokeSessionMutationVariables
>;
export const RevokeOtherSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeOtherSessions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeOtherSessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revokedCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionList' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionList' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'device' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RevokeOtherSessionsMutationFn = Apollo.MutationFunction<
  RevokeOtherSessionsMutation,
  RevokeOtherSessionsMutationVariables
>;
export function useRevokeOtherSessionsMutation(
  baseOptions?: Apollo.MutationHookOptions<
    RevokeOtherSessionsMutation,
    RevokeOtherSessionsMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>(
    RevokeOtherSessionsDocument,
    options,
  );
}
export type RevokeOtherSessionsMutationHookResult = ReturnType<
  typeof useRevokeOtherSessionsMutation
>;
export type RevokeOtherSessionsMutationResult = Apollo.MutationResult<RevokeOtherSessionsMutation>;
export type RevokeOtherSessionsMutationOptions = Apollo.BaseMutationOptions<
  RevokeOtherSessionsMutation,
  RevokeOtherSessionsMutationVariables
>;
export const SignInMethodsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignInMethods' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SignInIdentityFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authProviders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'development' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInIdentityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInIdentity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
          { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useSignInMethodsQuery(
  baseOptions?: Apollo.QueryHookOptions<SignInMethodsQuery, SignInMethodsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<SignInMethodsQuery, SignInMethodsQueryVariables>(
    SignInMethodsDocument,
    options,
  );
}
export function useSignInMethodsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<SignInMethodsQuery, SignInMethodsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<SignInMethodsQuery, SignInMethodsQueryVariables>(
    SignInMethodsDocument,
    options,
  );
}
// @ts-ignore
export function useSignInMethodsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<SignInMethodsQuery, SignInMethodsQueryVariables>,
): Apollo.UseSuspenseQueryResult<SignInMethodsQuery, SignInMethodsQueryVariables>;
export function useSignInMethodsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<SignInMethodsQuery, SignInMethodsQueryVariables>,
): Apollo.UseSuspenseQueryResult<SignInMethodsQuery | undefined, SignInMethodsQueryVariables>;
export function useSignInMethodsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<SignInMethodsQuery, SignInMethodsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<SignInMethodsQuery, SignInMethodsQueryVariables>(
    SignInMethodsDocument,
    options,
  );
}
export type SignInMethodsQueryHookResult = ReturnType<typeof useSignInMethodsQuery>;
export type SignInMethodsLazyQueryHookResult = ReturnType<typeof useSignInMethodsLazyQuery>;
export type SignInMethodsSuspenseQueryHookResult = ReturnType<typeof useSignInMethodsSuspenseQuery>;
export type SignInMethodsQueryResult = Apollo.QueryResult<
  SignInMethodsQuery,
  SignInMethodsQueryVariables
>;
export const UnlinkIdentityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlinkIdentity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnlinkIdentityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlinkIdentity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SignInIdentityFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SignInIdentityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInIdentity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
          { kind: 'Field', name: { kind: 'Name', value: 'providerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UnlinkIdentityMutationFn = Apollo.MutationFunction<
  UnlinkIdentityMutation,
  UnlinkIdentityMutationVariables
>;
export function useUnlinkIdentityMutation(
  baseOptions?: Apollo.MutationHookOptions<UnlinkIdentityMutation, UnlinkIdentityMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<UnlinkIdentityMutation, UnlinkIdentityMutationVariables>(
    UnlinkIdentityDocument,
    options,
  );
}
export type UnlinkIdentityMutationHookResult = ReturnType<typeof useUnlinkIdentityMutation>;
export type UnlinkIdentityMutationResult = Apollo.MutationResult<UnlinkIdentityMutation>;
export type UnlinkIdentityMutationOptions = Apollo.BaseMutationOptions<
  UnlinkIdentityMutation,
  UnlinkIdentityMutationVariables
>;
export const TwoFactorStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TwoFactorStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'twoFactor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TwoFactorStatusFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TwoFactorStatusFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backupCodesRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredByAccount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useTwoFactorStatusQuery(
  baseOptions?: Apollo.QueryHookOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>(
    TwoFactorStatusDocument,
    options,
  );
}
export function useTwoFactorStatusLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>(
    TwoFactorStatusDocument,
    options,
  );
}
// @ts-ignore
export function useTwoFactorStatusSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    TwoFactorStatusQuery,
    TwoFactorStatusQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>;
export function useTwoFactorStatusSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>,
): Apollo.UseSuspenseQueryResult<TwoFactorStatusQuery | undefined, TwoFactorStatusQueryVariables>;
export function useTwoFactorStatusSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>(
    TwoFactorStatusDocument,
    options,
  );
}
export type TwoFactorStatusQueryHookResult = ReturnType<typeof useTwoFactorStatusQuery>;
export type TwoFactorStatusLazyQueryHookResult = ReturnType<typeof useTwoFactorStatusLazyQuery>;
export type TwoFactorStatusSuspenseQueryHookResult = ReturnType<
  typeof useTwoFactorStatusSuspenseQuery
>;
export type TwoFactorStatusQueryResult = Apollo.QueryResult<
  TwoFactorStatusQuery,
  TwoFactorStatusQueryVariables
>;
export const RegenerateBackupCodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegenerateBackupCodes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorCodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regenerateBackupCodes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'backupCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'twoFactor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TwoFactorStatusFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TwoFactorStatusFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backupCodesRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredByAccount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type RegenerateBackupCodesMutationFn = Apollo.MutationFunction<
  RegenerateBackupCodesMutation,
  RegenerateBackupCodesMutationVariables
>;
export function useRegenerateBackupCodesMutation(
  baseOptions?: Apollo.MutationHookOptions<
    RegenerateBackupCodesMutation,
    RegenerateBackupCodesMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<RegenerateBackupCodesMutation, RegenerateBackupCodesMutationVariables>(
    RegenerateBackupCodesDocument,
    options,
  );
}
export type RegenerateBackupCodesMutationHookResult = ReturnType<
  typeof useRegenerateBackupCodesMutation
>;
export type RegenerateBackupCodesMutationResult =
  Apollo.MutationResult<RegenerateBackupCodesMutation>;
export type RegenerateBackupCodesMutationOptions = Apollo.BaseMutationOptions<
  RegenerateBackupCodesMutation,
  RegenerateBackupCodesMutationVariables
>;
export const DisableTwoFactorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisableTwoFactor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorCodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disableTwoFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'twoFactor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TwoFactorStatusFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TwoFactorStatusFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'enabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'backupCodesRemaining' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredByAccount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type DisableTwoFactorMutationFn = Apollo.MutationFunction<
  DisableTwoFactorMutation,
  DisableTwoFactorMutationVariables
>;
export function useDisableTwoFactorMutation(
  baseOptions?: Apollo.MutationHookOptions<
    DisableTwoFactorMutation,
    DisableTwoFactorMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>(
    DisableTwoFactorDocument,
    options,
  );
}
export type DisableTwoFactorMutationHookResult = ReturnType<typeof useDisableTwoFactorMutation>;
export type DisableTwoFactorMutationResult = Apollo.MutationResult<DisableTwoFactorMutation>;
export type DisableTwoFactorMutationOptions = Apollo.BaseMutationOptions<
  DisableTwoFactorMutation,
  DisableTwoFactorMutationVariables
>;
export const TwoFactorRequirementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TwoFactorRequirement' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requireTwoFactor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entitlements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useTwoFactorRequirementQuery(
  baseOptions?: Apollo.QueryHookOptions<
    TwoFactorRequirementQuery,
    TwoFactorRequirementQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<TwoFactorRequirementQuery, TwoFactorRequirementQueryVariables>(
    TwoFactorRequirementDocument,
    options,
  );
}
export function useTwoFactorRequirementLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<
    TwoFactorRequirementQuery,
    TwoFactorRequirementQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<TwoFactorRequirementQuery, TwoFactorRequirementQueryVariables>(
    TwoFactorRequirementDocument,
    options,
  );
}
// @ts-ignore
export function useTwoFactorRequirementSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    TwoFactorRequirementQuery,
    TwoFactorRequirementQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<TwoFactorRequirementQuery, TwoFactorRequirementQueryVariables>;
export function useTwoFactorRequirementSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        TwoFactorRequirementQuery,
        TwoFactorRequirementQueryVariables
      >,
): Apollo.UseSuspenseQueryResult<
  TwoFactorRequirementQuery | undefined,
  TwoFactorRequirementQueryVariables
>;
export function useTwoFactorRequirementSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<
        TwoFactorRequirementQuery,
        TwoFactorRequirementQueryVariables
      >,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<TwoFactorRequirementQuery, TwoFactorRequirementQueryVariables>(
    TwoFactorRequirementDocument,
    options,
  );
}
export type TwoFactorRequirementQueryHookResult = ReturnType<typeof useTwoFactorRequirementQuery>;
export type TwoFactorRequirementLazyQueryHookResult = ReturnType<
  typeof useTwoFactorRequirementLazyQuery
>;
export type TwoFactorRequirementSuspenseQueryHookResult = ReturnType<
  typeof useTwoFactorRequirementSuspenseQuery
>;
export type TwoFactorRequirementQueryResult = Apollo.QueryResult<
  TwoFactorRequirementQuery,
  TwoFactorRequirementQueryVariables
>;
export const SetAccountTwoFactorRequirementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAccountTwoFactorRequirement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetAccountTwoFactorRequirementInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAccountTwoFactorRequirement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requireTwoFactor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SetAccountTwoFactorRequirementMutationFn = Apollo.MutationFunction<
  SetAccountTwoFactorRequirementMutation,
  SetAccountTwoFactorRequirementMutationVariables
>;
export function useSetAccountTwoFactorRequirementMutation(
  baseOptions?: Apollo.MutationHookOptions<
    SetAccountTwoFactorRequirementMutation,
    SetAccountTwoFactorRequirementMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    SetAccountTwoFactorRequirementMutation,
    SetAccountTwoFactorRequirementMutationVariables
  >(SetAccountTwoFactorRequirementDocument, options);
}
export type SetAccountTwoFactorRequirementMutationHookResult = ReturnType<
  typeof useSetAccountTwoFactorRequirementMutation
>;
export type SetAccountTwoFactorRequirementMutationResult =
  Apollo.MutationResult<SetAccountTwoFactorRequirementMutation>;
export type SetAccountTwoFactorRequirementMutationOptions = Apollo.BaseMutationOptions<
  SetAccountTwoFactorRequirementMutation,
  SetAccountTwoFactorRequirementMutationVariables
>;
export const AccountSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccountSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountPreferences' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'currency' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountPreferences' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCurrency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alertTopics' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'billingDetails' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'address' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'country' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useAccountSettingsQuery(
  baseOptions?: Apollo.QueryHookOptions<AccountSettingsQuery, AccountSettingsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<AccountSettingsQuery, AccountSettingsQueryVariables>(
    AccountSettingsDocument,
    options,
  );
}
export function useAccountSettingsLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<AccountSettingsQuery, AccountSettingsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<AccountSettingsQuery, AccountSettingsQueryVariables>(
    AccountSettingsDocument,
    options,
  );
}
// @ts-ignore
export function useAccountSettingsSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    AccountSettingsQuery,
    AccountSettingsQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<AccountSettingsQuery, AccountSettingsQueryVariables>;
export function useAccountSettingsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<AccountSettingsQuery, AccountSettingsQueryVariables>,
): Apollo.UseSuspenseQueryResult<AccountSettingsQuery | undefined, AccountSettingsQueryVariables>;
export function useAccountSettingsSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<AccountSettingsQuery, AccountSettingsQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<AccountSettingsQuery, AccountSettingsQueryVariables>(
    AccountSettingsDocument,
    options,
  );
}
export type AccountSettingsQueryHookResult = ReturnType<typeof useAccountSettingsQuery>;
export type AccountSettingsLazyQueryHookResult = ReturnType<typeof useAccountSettingsLazyQuery>;
export type AccountSettingsSuspenseQueryHookResult = ReturnType<
  typeof useAccountSettingsSuspenseQuery
>;
export type AccountSettingsQueryResult = Apollo.QueryResult<
  AccountSettingsQuery,
  AccountSettingsQueryVariables
>;
export const UpdateAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAccountInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UpdateAccountMutationFn = Apollo.MutationFunction<
  UpdateAccountMutation,
  UpdateAccountMutationVariables
>;
export function useUpdateAccountMutation(
  baseOptions?: Apollo.MutationHookOptions<UpdateAccountMutation, UpdateAccountMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<UpdateAccountMutation, UpdateAccountMutationVariables>(
    UpdateAccountDocument,
    options,
  );
}
export type UpdateAccountMutationHookResult = ReturnType<typeof useUpdateAccountMutation>;
export type UpdateAccountMutationResult = Apollo.MutationResult<UpdateAccountMutation>;
export type UpdateAccountMutationOptions = Apollo.BaseMutationOptions<
  UpdateAccountMutation,
  UpdateAccountMutationVariables
>;
export const UpdateAccountPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAccountPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateAccountPreferencesInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAccountPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountPreferences' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountPreferences' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCurrency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alertTopics' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'billingDetails' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'address' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'country' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type UpdateAccountPreferencesMutationFn = Apollo.MutationFunction<
  UpdateAccountPreferencesMutation,
  UpdateAccountPreferencesMutationVariables
>;
export function useUpdateAccountPreferencesMutation(
  baseOptions?: Apollo.MutationHookOptions<
    UpdateAccountPreferencesMutation,
    UpdateAccountPreferencesMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<
    UpdateAccountPreferencesMutation,
    UpdateAccountPreferencesMutationVariables
  >(UpdateAccountPreferencesDocument, options);
}
export type UpdateAccountPreferencesMutationHookResult = ReturnType<
  typeof useUpdateAccountPreferencesMutation
>;
export type UpdateAccountPreferencesMutationResult =
  Apollo.MutationResult<UpdateAccountPreferencesMutation>;
export type UpdateAccountPreferencesMutationOptions = Apollo.BaseMutationOptions<
  UpdateAccountPreferencesMutation,
  UpdateAccountPreferencesMutationVariables
>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignIn' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authProviders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'development' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useSignInQuery(
  baseOptions?: Apollo.QueryHookOptions<SignInQuery, SignInQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<SignInQuery, SignInQueryVariables>(SignInDocument, options);
}
export function useSignInLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<SignInQuery, SignInQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<SignInQuery, SignInQueryVariables>(SignInDocument, options);
}
// @ts-ignore
export function useSignInSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<SignInQuery, SignInQueryVariables>,
): Apollo.UseSuspenseQueryResult<SignInQuery, SignInQueryVariables>;
export function useSignInSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SignInQuery, SignInQueryVariables>,
): Apollo.UseSuspenseQueryResult<SignInQuery | undefined, SignInQueryVariables>;
export function useSignInSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SignInQuery, SignInQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<SignInQuery, SignInQueryVariables>(SignInDocument, options);
}
export type SignInQueryHookResult = ReturnType<typeof useSignInQuery>;
export type SignInLazyQueryHookResult = ReturnType<typeof useSignInLazyQuery>;
export type SignInSuspenseQueryHookResult = ReturnType<typeof useSignInSuspenseQuery>;
export type SignInQueryResult = Apollo.QueryResult<SignInQuery, SignInQueryVariables>;
export const SignInStageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignInStage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'signInStage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useSignInStageQuery(
  baseOptions?: Apollo.QueryHookOptions<SignInStageQuery, SignInStageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<SignInStageQuery, SignInStageQueryVariables>(SignInStageDocument, options);
}
export function useSignInStageLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<SignInStageQuery, SignInStageQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<SignInStageQuery, SignInStageQueryVariables>(
    SignInStageDocument,
    options,
  );
}
// @ts-ignore
export function useSignInStageSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<SignInStageQuery, SignInStageQueryVariables>,
): Apollo.UseSuspenseQueryResult<SignInStageQuery, SignInStageQueryVariables>;
export function useSignInStageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SignInStageQuery, SignInStageQueryVariables>,
): Apollo.UseSuspenseQueryResult<SignInStageQuery | undefined, SignInStageQueryVariables>;
export function useSignInStageSuspenseQuery(
  baseOptions?:
    Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SignInStageQuery, SignInStageQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<SignInStageQuery, SignInStageQueryVariables>(
    SignInStageDocument,
    options,
  );
}
export type SignInStageQueryHookResult = ReturnType<typeof useSignInStageQuery>;
export type SignInStageLazyQueryHookResult = ReturnType<typeof useSignInStageLazyQuery>;
export type SignInStageSuspenseQueryHookResult = ReturnType<typeof useSignInStageSuspenseQuery>;
export type SignInStageQueryResult = Apollo.QueryResult<
  SignInStageQuery,
  SignInStageQueryVariables
>;
export const VerifySecondFactorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifySecondFactor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TwoFactorCodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifySecondFactor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'backupCodesRemaining' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type VerifySecondFactorMutationFn = Apollo.MutationFunction<
  VerifySecondFactorMutation,
  VerifySecondFactorMutationVariables
>;
export function useVerifySecondFactorMutation(
  baseOptions?: Apollo.MutationHookOptions<
    VerifySecondFactorMutation,
    VerifySecondFactorMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<VerifySecondFactorMutation, VerifySecondFactorMutationVariables>(
    VerifySecondFactorDocument,
    options,
  );
}
export type VerifySecondFactorMutationHookResult = ReturnType<typeof useVerifySecondFactorMutation>;
export type VerifySecondFactorMutationResult = Apollo.MutationResult<VerifySecondFactorMutation>;
export type VerifySecondFactorMutationOptions = Apollo.BaseMutationOptions<
  VerifySecondFactorMutation,
  VerifySecondFactorMutationVariables
>;
export const OnboardingWizardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OnboardingWizard' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountPreferences' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'currency' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountPreferences' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Account' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredCurrency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alertTopics' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'billingDetails' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'address' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'country' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export function useOnboardingWizardQuery(
  baseOptions?: Apollo.QueryHookOptions<OnboardingWizardQuery, OnboardingWizardQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useQuery<OnboardingWizardQuery, OnboardingWizardQueryVariables>(
    OnboardingWizardDocument,
    options,
  );
}
export function useOnboardingWizardLazyQuery(
  baseOptions?: Apollo.LazyQueryHookOptions<OnboardingWizardQuery, OnboardingWizardQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useLazyQuery<OnboardingWizardQuery, OnboardingWizardQueryVariables>(
    OnboardingWizardDocument,
    options,
  );
}
// @ts-ignore
export function useOnboardingWizardSuspenseQuery(
  baseOptions?: Apollo.SuspenseQueryHookOptions<
    OnboardingWizardQuery,
    OnboardingWizardQueryVariables
  >,
): Apollo.UseSuspenseQueryResult<OnboardingWizardQuery, OnboardingWizardQueryVariables>;
export function useOnboardingWizardSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OnboardingWizardQuery, OnboardingWizardQueryVariables>,
): Apollo.UseSuspenseQueryResult<OnboardingWizardQuery | undefined, OnboardingWizardQueryVariables>;
export function useOnboardingWizardSuspenseQuery(
  baseOptions?:
    | Apollo.SkipToken
    | Apollo.SuspenseQueryHookOptions<OnboardingWizardQuery, OnboardingWizardQueryVariables>,
) {
  const options =
    baseOptions === Apollo.skipToken ? baseOptions : { ...defaultOptions, ...baseOptions };
  return Apollo.useSuspenseQuery<OnboardingWizardQuery, OnboardingWizardQueryVariables>(
    OnboardingWizardDocument,
    options,
  );
}
export type OnboardingWizardQueryHookResult = ReturnType<typeof useOnboardingWizardQuery>;
export type OnboardingWizardLazyQueryHookResult = ReturnType<typeof useOnboardingWizardLazyQuery>;
export type OnboardingWizardSuspenseQueryHookResult = ReturnType<
  typeof useOnboardingWizardSuspenseQuery
>;
export type OnboardingWizardQueryResult = Apollo.QueryResult<
  OnboardingWizardQuery,
  OnboardingWizardQueryVariables
>;
export const CompleteOnboardingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteOnboarding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteOnboardingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeOnboarding' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onboardedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onboardingSkippedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'billingEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredCurrency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'alertTopics' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type CompleteOnboardingMutationFn = Apollo.MutationFunction<
  CompleteOnboardingMutation,
  CompleteOnboardingMutationVariables
>;
export function useCompleteOnboardingMutation(
  baseOptions?: Apollo.MutationHookOptions<
    CompleteOnboardingMutation,
    CompleteOnboardingMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<CompleteOnboardingMutation, CompleteOnboardingMutationVariables>(
    CompleteOnboardingDocument,
    options,
  );
}
export type CompleteOnboardingMutationHookResult = ReturnType<typeof useCompleteOnboardingMutation>;
export type CompleteOnboardingMutationResult = Apollo.MutationResult<CompleteOnboardingMutation>;
export type CompleteOnboardingMutationOptions = Apollo.BaseMutationOptions<
  CompleteOnboardingMutation,
  CompleteOnboardingMutationVariables
>;
export const SkipOnboardingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SkipOnboarding' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skipOnboarding' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onboardedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onboardingSkippedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export type SkipOnboardingMutationFn = Apollo.MutationFunction<
  SkipOnboardingMutation,
  SkipOnboardingMutationVariables
>;
export function useSkipOnboardingMutation(
  baseOptions?: Apollo.MutationHookOptions<SkipOnboardingMutation, SkipOnboardingMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return Apollo.useMutation<SkipOnboardingMutation, SkipOnboardingMutationVariables>(
    SkipOnboardingDocument,
    options,
  );
}
export type SkipOnboardingMutationHookResult = ReturnType<typeof useSkipOnboardingMutation>;
export type SkipOnboardingMutationResult = Apollo.MutationResult<SkipOnboardingMutation>;
export type SkipOnboardingMutationOptions = Apollo.BaseMutationOptions<
  SkipOnboardingMutation,
  SkipOnboardingMutationVariables
>;
