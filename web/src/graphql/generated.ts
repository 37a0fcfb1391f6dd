import { gql } from '@apollo/client';
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
  /** Who invoices are addressed to; null until a Billing Admin adds them. */
  billingDetails: Maybe<BillingDetails>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The plan the account is on. */
  plan: Plan;
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Country name in English. */
  countryName: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  /** State, province or region. */
  region: Maybe<Scalars['String']['output']>;
};

export type AuthProvider = {
  __typename?: 'AuthProvider';
  /** True for the local development sign-in that stands in for Google. */
  development: Scalars['Boolean']['output'];
  /** Used in /auth/{id}/start. */
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
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

export type BillingInterval = 'MONTH' | 'YEAR';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Removes the account's billing details; true when there were some. */
  removeBillingDetails: Scalars['Boolean']['output'];
  /** Renames the current account. */
  updateAccount: Account;
  /** Adds or replaces the account's billing details. Field errors: BAD_USER_INPUT with `field` and `fieldErrors`. */
  updateBillingDetails: BillingDetails;
};

export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};

export type MutationUpdateBillingDetailsArgs = {
  input: UpdateBillingDetailsInput;
};

/** What a member may do in their account. A role carries a default set; a Billing Admin can grant more to a Billing User. */
export type Permission =
  | 'AUDIT_READ'
  | 'BILLING_DETAILS_EDIT'
  | 'BILLING_READ'
  | 'INVOICES_DOWNLOAD'
  | 'INVOICES_PAY'
  | 'MEMBERS_MANAGE'
  | 'PAYMENT_METHODS_MANAGE'
  | 'PLAN_MANAGE'
  | 'SECURITY_MANAGE';

export type Plan = {
  __typename?: 'Plan';
  /** Stable code: free, basic, advanced, enterprise. */
  code: Scalars['String']['output'];
  /** Enterprise: the price is set per account by an operator. */
  customPricing: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** The account of the current session. */
  account: Account;
  /** The sign-in providers this deployment offers. */
  authProviders: Array<AuthProvider>;
  /** The public plan catalog, lowest tier first. */
  plans: Array<Plan>;
  /** The signed-in user, or null when signed out. */
  viewer: Maybe<Viewer>;
};

/** A member's role in an account. */
export type Role = 'BILLING_ADMIN' | 'BILLING_USER' | 'VIEWER';

export type TaxId = {
  __typename?: 'TaxId';
  type: TaxIdType;
  /** Normalised: upper case, without spaces or dots. */
  value: Scalars['String']['output'];
};

/** EU VAT ids are checked by format and country prefix; a valid one on an EU business outside the seller country gets reverse charge. */
export type TaxIdType = 'EU_VAT' | 'GB_VAT' | 'OTHER' | 'US_EIN';

export type UpdateAccountInput = {
  /** The account name shown to members and on invoices: 1 to 100 characters. */
  name: Scalars['String']['input'];
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

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The account this session acts in; null for an operator with no membership. */
  account: Maybe<Account>;
  isOperator: Scalars['Boolean']['output'];
  permissions: Array<Permission>;
  role: Maybe<Role>;
  user: User;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  __typename?: 'Query';
  viewer: {
    __typename?: 'Viewer';
    isOperator: boolean;
    role: Role | null;
    permissions: Array<Permission>;
    user: { __typename?: 'User'; id: string; name: string; email: string };
    account: { __typename?: 'Account'; id: string; name: string } | null;
  } | null;
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
      country: string;
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
        country: string;
        countryName: string;
      };
      taxId: { __typename?: 'TaxId'; type: TaxIdType; value: string } | null;
    } | null;
  };
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
      country: string;
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
    country: string;
    countryName: string;
  };
  taxId: { __typename?: 'TaxId'; type: TaxIdType; value: string } | null;
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
      billingDetails: { __typename?: 'BillingDetails'; updatedAt: string } | null;
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

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type AccountSettingsQuery = {
  __typename?: 'Query';
  account: { __typename?: 'Account'; id: string; name: string };
};

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;

export type UpdateAccountMutation = {
  __typename?: 'Mutation';
  updateAccount: { __typename?: 'Account'; id: string; name: string };
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

export const BillingDetailsViewFragmentDoc = gql`
  fragment BillingDetailsView on BillingDetails {
    legalName
    billingEmail
    address {
      line1
      line2
      city
      region
      postalCode
      country
      countryName
    }
    taxId {
      type
      value
    }
    updatedAt
  }
`;
export const AccountBillingDetailsFragmentDoc = gql`
  fragment AccountBillingDetails on Account {
    id
    billingDetails {
      ...BillingDetailsView
    }
  }
  ${BillingDetailsViewFragmentDoc}
`;
export const CurrentPlanCardFragmentDoc = gql`
  fragment CurrentPlanCard on Plan {
    id
    name
    description
    includedSeats
    trialDays
    features {
      key
      label
    }
    limits {
      key
      label
      limit
    }
  }
`;
export const PlansTeaserCardFragmentDoc = gql`
  fragment PlansTeaserCard on Plan {
    id
    code
    name
    description
    rank
    customPricing
    prices {
      id
      interval
      currency
      amount {
        amount
        currency
        formatted
      }
    }
  }
`;
export const ViewerDocument = gql`
  query Viewer {
    viewer {
      isOperator
      role
      permissions
      user {
        id
        name
        email
      }
      account {
        id
        name
      }
    }
  }
`;
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
export const BillingDetailsDocument = gql`
  query BillingDetails {
    account {
      ...AccountBillingDetails
    }
  }
  ${AccountBillingDetailsFragmentDoc}
`;
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
export const UpdateBillingDetailsDocument = gql`
  mutation UpdateBillingDetails($input: UpdateBillingDetailsInput!) {
    updateBillingDetails(input: $input) {
      ...BillingDetailsView
    }
  }
  ${BillingDetailsViewFragmentDoc}
`;
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
export const RemoveBillingDetailsDocument = gql`
  mutation RemoveBillingDetails {
    removeBillingDetails
  }
`;
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
export const OverviewDocument = gql`
  query Overview {
    viewer {
      role
      permissions
      account {
        id
        name
        plan {
          ...CurrentPlanCard
        }
        billingDetails {
          updatedAt
        }
      }
    }
    plans {
      ...PlansTeaserCard
    }
  }
  ${CurrentPlanCardFragmentDoc}
  ${PlansTeaserCardFragmentDoc}
`;
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
export const AccountSettingsDocument = gql`
  query AccountSettings {
    account {
      id
      name
    }
  }
`;
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
export const UpdateAccountDocument = gql`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      id
      name
    }
  }
`;
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
export const SignInDocument = gql`
  query SignIn {
    viewer {
      user {
        id
      }
    }
    authProviders {
      id
      name
      development
    }
  }
`;
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
