import type { FieldErrors } from '../../app/graphqlErrors';
import { currentPreferences, preferenceErrors } from '../../components/accountPreferences';
import { catalogCurrencies } from '../../components/currencies';
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

/** Guess a currency from the country until the person picks one (the catalog's, or the first). */
export function suggestedCurrency(country: string, currencies: readonly string[]): string {
  const euro = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
  const guess = country === 'GB' ? 'GBP' : euro.has(country) ? 'EUR' : 'USD';
  return currencies.includes(guess) ? guess : (currencies[0] ?? 'USD');
}

/** Starting values: what the account holds already, else sensible suggestions. */
export function initialOnboardingValues(data: OnboardingWizardQuery): OnboardingValues {
  const current = currentPreferences(data.account);
  const currencies = catalogCurrencies(data.plans);
  return {
    companyName: data.account.name,
    ...current,
    currency: current.currency || suggestedCurrency(current.country, currencies),
    billingEmail: current.billingEmail || (data.viewer?.user.email ?? ''),
  };
}

/** Checks one step before moving on; the server checks everything again. */
export function validateStep(step: number, values: OnboardingValues): OnboardingErrors {
  const all: OnboardingErrors = preferenceErrors(values);
  const companyName = values.companyName.trim();
  if (companyName === '') all.companyName = 'Enter your company’s name.';
  else if (companyName.length > 100) all.companyName = 'Use at most 100 characters.';
  const asked: readonly OnboardingField[] = onboardingSteps[step]?.fields ?? [];
  const errors: OnboardingErrors = {};
  for (const field of asked) if (all[field] !== undefined) errors[field] = all[field];
  return errors;
}
