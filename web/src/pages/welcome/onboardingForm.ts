import type { FieldErrors } from '../../app/graphqlErrors';
import type {
  AlertTopic,
  CompleteOnboardingInput,
  OnboardingWizardQuery,
} from '../../graphql/generated';

export type OnboardingField = keyof CompleteOnboardingInput;
export type OnboardingErrors = FieldErrors<OnboardingField>;

export type OnboardingValues = Omit<CompleteOnboardingInput, 'alerts'> & { alerts: AlertTopic[] };

/** The wizard's steps, each with the fields it asks for (server errors go back to their step). */
export const onboardingSteps = [
  { label: 'Company', fields: ['companyName', 'country'] },
  { label: 'Billing', fields: ['currency', 'billingEmail'] },
  { label: 'Alerts', fields: ['alerts'] },
] as const satisfies readonly { label: string; fields: readonly OnboardingField[] }[];

export const onboardingFields: readonly OnboardingField[] = onboardingSteps.flatMap(
  (step) => step.fields,
);

/** The first step with an error, so the wizard can go back to it. */
export function firstStepWithError(errors: OnboardingErrors): number | null {
  const index = onboardingSteps.findIndex((step) =>
    step.fields.some((field) => errors[field] !== undefined),
  );
  return index === -1 ? null : index;
}

/** What each alert topic means, in the words of the person choosing. */
export const alertOptions: readonly { topic: AlertTopic; label: string; explanation: string }[] = [
  {
    topic: 'INVOICE_ISSUED',
    label: 'New invoices',
    explanation: 'An e-mail with each invoice as it is issued, with its PDF.',
  },
  {
    topic: 'PAYMENT_FAILED',
    label: 'Failed payments',
    explanation:
      'When a renewal payment fails, and at each retry, so you can update the payment method before the plan is cancelled.',
  },
  {
    topic: 'TRIAL_ENDING',
    label: 'Trial ending',
    explanation: 'Three days before a trial ends, while there is time to choose a plan.',
  },
  {
    topic: 'PLAN_CHANGED',
    label: 'Plan changes',
    explanation: 'When the plan or the number of seats changes, or a cancellation is scheduled.',
  },
  {
    topic: 'USAGE_LIMITS',
    label: 'Usage limits',
    explanation: 'When the account comes close to, or goes over, a limit of its plan.',
  },
  {
    topic: 'SECURITY',
    label: 'Security',
    explanation: 'When members, API tokens or two-factor settings change.',
  },
];

/** The currencies the catalog sells in, alphabetically. */
export function catalogCurrencies(plans: OnboardingWizardQuery['plans']): string[] {
  return [...new Set(plans.flatMap((plan) => plan.prices.map((price) => price.currency)))].sort();
}

/** Guess a currency from the country until the person picks one (the catalog's, or the first). */
export function suggestedCurrency(country: string, currencies: readonly string[]): string {
  const euro = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
  const guess = country === 'GB' ? 'GBP' : euro.has(country) ? 'EUR' : 'USD';
  return currencies.includes(guess) ? guess : (currencies[0] ?? 'USD');
}

/** Starting values: what the account holds already, else sensible suggestions. */
export function initialOnboardingValues(data: OnboardingWizardQuery): OnboardingValues {
  const { account } = data;
  const country = account.billingDetails?.address.country ?? account.country ?? '';
  const currencies = catalogCurrencies(data.plans);
  return {
    companyName: account.name,
    country,
    currency: account.preferredCurrency ?? suggestedCurrency(country, currencies),
    billingEmail:
      account.billingDetails?.billingEmail ?? account.billingEmail ?? data.viewer?.user.email ?? '',
    alerts: [...account.alertTopics],
  };
}

/** Catches the obvious slip only; the server's stricter check answers at the field. */
const looksLikeEmail = /^[^\s@]+@[^\s@]+$/;

/** Checks one step before moving on; the server checks everything again. */
export function validateStep(step: number, values: OnboardingValues): OnboardingErrors {
  const errors: OnboardingErrors = {};
  if (step === 0) {
    if (values.companyName.trim() === '') errors.companyName = 'Enter your company’s name.';
    else if (values.companyName.trim().length > 100)
      errors.companyName = 'Use at most 100 characters.';
    if (values.country === '') errors.country = 'Choose a country from the list.';
  }
  if (step === 1) {
    if (values.currency === '') errors.currency = 'Choose a currency.';
    if (!looksLikeEmail.test(values.billingEmail.trim()))
      errors.billingEmail = 'Enter a valid e-mail address for invoices.';
  }
  return errors;
}
