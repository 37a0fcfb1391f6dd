import type { FieldErrors } from '../../app/graphqlErrors';
import type {
  ApiTokenListFragment,
  ApiTokenScope,
  ApiTokenStatus,
  CreateApiTokenInput,
} from '../../graphql/generated';

/** Each scope in plain words: what a program holding the token can read with it. */
export const scopeOptions: readonly {
  scope: ApiTokenScope;
  code: string;
  label: string;
  description: string;
}[] = [
  {
    scope: 'INVOICES_READ',
    code: 'invoices:read',
    label: 'Invoices',
    description: 'The invoice list, each invoice’s amounts and lines, and its PDF.',
  },
  {
    scope: 'ACCOUNT_READ',
    code: 'account:read',
    label: 'Account and billing details',
    description:
      'The account name, its current plan, and the billing address, e-mail and tax id on invoices.',
  },
];

export function scopeCode(scope: ApiTokenScope): string {
  return scopeOptions.find((option) => option.scope === scope)?.code ?? scope;
}

export const statusLabels: Record<ApiTokenStatus, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

/** Select values are strings; "never" stands for no expiry. */
export const expiryOptions: readonly { value: string; label: string }[] = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
];

export type TokenFormValues = {
  name: string;
  scopes: ApiTokenScope[];
  expiry: string;
};

export type TokenFormField = 'name' | 'scopes' | 'expiresInDays';
export const tokenFormFields: readonly TokenFormField[] = ['name', 'scopes', 'expiresInDays'];

export const emptyTokenForm: TokenFormValues = { name: '', scopes: [], expiry: '90' };

/** The checks the server makes too, so most mistakes show before a round trip. */
export function validateTokenForm(values: TokenFormValues): FieldErrors<TokenFormField> {
  const errors: FieldErrors<TokenFormField> = {};
  const name = values.name.trim();
  if (name.length === 0) errors.name = 'Name the token after what uses it, e.g. "ERP sync".';
  else if (name.length > 100) errors.name = 'Use at most 100 characters.';
  if (values.scopes.length === 0) errors.scopes = 'Choose at least one thing the token may read.';
  return errors;
}

export function toCreateInput(values: TokenFormValues): CreateApiTokenInput {
  return {
    name: values.name.trim(),
    // In the order the options are listed, whatever order they were ticked in.
    scopes: scopeOptions.map((o) => o.scope).filter((scope) => values.scopes.includes(scope)),
    expiresInDays: values.expiry === 'never' ? null : Number(values.expiry),
  };
}

/** The plan's `api_tokens` limit: a number, null for unlimited, undefined when not stated. */
export function tokenLimitOf(
  limits: readonly { key: string; limit: number | null }[],
): number | null | undefined {
  const entry = limits.find((l) => l.key === 'api_tokens');
  return entry === undefined ? undefined : entry.limit;
}

/** Only active tokens count against the plan's limit. */
export function activeTokenCount(tokens: readonly Pick<ApiTokenListFragment, 'status'>[]): number {
  return tokens.filter((token) => token.status === 'ACTIVE').length;
}

export function tokenUsage(active: number, limit: number | null | undefined, planName: string) {
  const tokens = (n: number) => `${n} active token${n === 1 ? '' : 's'}`;
  if (limit == null) return `${tokens(active)} · no limit on the ${planName} plan`;
  return `${active} of ${limit} active token${limit === 1 ? '' : 's'} on the ${planName} plan`;
}

/** `llp_3f9a…`: the visible start of the secret, marked as the start of something longer. */
export const maskedToken = (prefix: string) => `${prefix}…`;
