import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { Account } from './account.entity.js';
import { alertTopics, type AlertTopic } from './alert-topics.js';
import { CountryCodeEnum } from './country.types.js';

export const AlertTopicEnum = Object.fromEntries(alertTopics.map((t) => [t, t])) as {
  [T in AlertTopic]: T;
};
registerEnumType(AlertTopicEnum, {
  name: 'AlertTopic',
  description: "What the account's Billing Admins choose to be alerted about by e-mail.",
  valuesConfig: {
    INVOICE_ISSUED: { description: 'A new invoice was issued.' },
    PAYMENT_FAILED: { description: 'A payment failed (each dunning retry).' },
    TRIAL_ENDING: { description: 'A trial ends in 3 days.' },
    PLAN_CHANGED: { description: 'The plan or seats changed, or a cancellation was scheduled.' },
    USAGE_LIMITS: { description: 'Usage is close to, or over, a plan limit.' },
    SECURITY: { description: 'Members, API tokens and two-factor settings changed.' },
  },
});

@ObjectType('Account')
export class AccountType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set while the account is suspended (by an operator, or by dunning until the overdue invoice is paid).',
  })
  suspendedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the account is suspended, for its members: an operator’s words, or "dunning" (an overdue invoice; paying it lifts the suspension).',
  })
  suspensionReason!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When a Billing Admin finished the first-run wizard; null until then (the web app offers it).',
  })
  onboardedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the wizard was put off with "Skip for now" (null if never, or finished).',
  })
  onboardingSkippedAt!: Date | null;

  @Field(() => CountryCodeEnum, {
    nullable: true,
    description: 'The country given at onboarding; prefills billing details until they exist.',
  })
  country!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Billing e-mail given at onboarding; prefills billing details until they exist.',
  })
  billingEmail!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The currency a new subscription starts in unless another is chosen.',
  })
  preferredCurrency!: string | null;

  @Field(() => [AlertTopicEnum], { description: 'What Billing Admins are alerted about.' })
  alertTopics!: AlertTopic[];

  /** Resolved by AccountResolver.plan. */
  planId!: string;
}

export function toAccountType(account: Account): AccountType {
  return {
    id: account.id,
    name: account.name,
    createdAt: account.createdAt,
    suspendedAt: account.suspendedAt,
    suspensionReason: account.suspensionReason,
    onboardedAt: account.onboardedAt,
    onboardingSkippedAt: account.onboardingSkippedAt,
    country: account.country,
    billingEmail: account.billingEmail,
    preferredCurrency: account.preferredCurrency,
    alertTopics: account.alertTopics,
    planId: account.plan.id,
  };
}

@InputType()
export class UpdateAccountInput {
  @Field({ description: 'The account name shown to members and on invoices: 1 to 100 characters.' })
  name!: string;
}

@InputType({
  description:
    'The answers onboarding asks after the company name, changed later in Account settings.',
})
export class UpdateAccountPreferencesInput {
  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field({ description: 'A currency the catalog sells in (USD, EUR, GBP).' })
  currency!: string;

  @Field({ description: 'Where invoices and receipts are sent.' })
  billingEmail!: string;

  @Field(() => [AlertTopicEnum], { description: 'The alert topics wanted; the others are off.' })
  alerts!: AlertTopic[];
}

/** The wizard asks the preferences plus the company name. */
@InputType()
export class CompleteOnboardingInput extends UpdateAccountPreferencesInput {
  @Field({ description: 'The account name shown to members and on invoices: 1 to 100 characters.' })
  companyName!: string;
}
