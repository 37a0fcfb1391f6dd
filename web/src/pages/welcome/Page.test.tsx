import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../app/ViewerContext';
import {
  CompleteOnboardingDocument,
  OnboardingWizardDocument,
  SkipOnboardingDocument,
  ViewerDocument,
  type OnboardingWizardQuery,
} from '../../graphql/generated';
import { WelcomePage } from './Page';

const admin: SignedInViewer = {
  __typename: 'Viewer',
  isOperator: false,
  operatorNeedsTwoFactor: false,
  tourDismissedAt: null,
  role: 'BILLING_ADMIN',
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT', 'PLAN_MANAGE'],
  user: { __typename: 'User', id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com' },
  account: {
    __typename: 'Account',
    id: 'acc_1',
    name: 'Ada Lovelace',
    onboardedAt: null,
    onboardingSkippedAt: null,
    suspendedAt: null,
    suspensionReason: null,
  },
  accounts: [],
};

const price = (currency: string) => ({ __typename: 'PlanPrice' as const, currency });

const wizardData: OnboardingWizardQuery = {
  __typename: 'Query',
  viewer: {
    __typename: 'Viewer',
    user: { __typename: 'User', id: 'usr_1', email: 'ada@example.com' },
  },
  account: {
    __typename: 'Account',
    id: 'acc_1',
    name: 'Ada Lovelace',
    country: null,
    billingEmail: null,
    preferredCurrency: null,
    alertTopics: [
      'INVOICE_ISSUED',
      'PAYMENT_FAILED',
      'TRIAL_ENDING',
      'PLAN_CHANGED',
      'USAGE_LIMITS',
      'SECURITY',
    ],
    billingDetails: null,
  },
  plans: [
    { __typename: 'Plan', id: 'pln_basic', prices: [price('USD'), price('EUR'), price('GBP')] },
  ],
};

const answers = {
  companyName: 'Analytical Engines',
  country: 'GB',
  currency: 'GBP',
  billingEmail: 'billing@engines',
  alerts: ['INVOICE_ISSUED', 'PAYMENT_FAILED', 'TRIAL_ENDING', 'PLAN_CHANGED', 'SECURITY'],
};

const viewerAnswer: MockedResponse = {
  request: { query: ViewerDocument },
  result: { data: { __typename: 'Query', viewer: { ...admin, signInStage: 'COMPLETE' } } },
};

function Landing() {
  const location = useLocation();
  return <p data-testid="landed">{location.pathname}</p>;
}

function renderWizard(mocks: MockedResponse[], viewer: SignedInViewer = admin) {
  return render(
    <MockedProvider
      mocks={[
        { request: { query: OnboardingWizardDocument }, result: { data: wizardData } },
        ...mocks,
      ]}
      cache={createCache()}
    >
      <ViewerProvider value={viewer}>
        <MemoryRouter initialEntries={['/welcome?returnTo=%2Fbilling%2Fplans']}>
          <Routes>
            <Route path="/welcome" element={<WelcomePage />} />
            <Route path="*" element={<Landing />} />
          </Routes>
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));

async function fillCompany() {
  const name = await screen.findByRole('textbox', { name: /company name/i });
  fireEvent.change(name, { target: { value: 'Analytical Engines' } });
  const country = screen.getByRole('combobox', { name: /country/i });
  fireEvent.change(country, { target: { value: 'United Kingdom' } });
  fireEvent.click(await screen.findByRole('option', { name: /United Kingdom/ }));
  next();
}

describe('the first-run wizard', () => {
  it('asks for a company name before moving on', async () => {
    renderWizard([]);
    const name = await screen.findByRole('textbox', { name: /company name/i });
    fireEvent.change(name, { target: { value: '  ' } });
    next();
    expect(await screen.findByText('Enter your company’s name.')).toBeTruthy();
    expect(screen.getByText('Choose a country from the list.')).toBeTruthy();
  });

  it('puts the server’s field error back on its step and keeps every answer, then finishes', async () => {
    renderWizard([
      {
        request: { query: CompleteOnboardingDocument, variables: { input: answers } },
        result: {
          errors: [
            new GraphQLError('Enter a valid e-mail address for invoices.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'billingEmail',
                fieldErrors: [
                  { field: 'billingEmail', message: 'Enter a valid e-mail address for invoices.' },
                ],
              },
            }),
          ],
        },
      },
      {
        request: {
          query: CompleteOnboardingDocument,
          variables: { input: { ...answers, billingEmail: 'billing@engines.example' } },
        },
        result: {
          data: {
            completeOnboarding: {
              __typename: 'Account',
              id: 'acc_1',
              name: 'Analytical Engines',
              onboardedAt: '2026-11-30T10:00:00.000Z',
              onboardingSkippedAt: null,
              country: 'GB',
              billingEmail: 'billing@engines.example',
              preferredCurrency: 'GBP',
              alertTopics: answers.alerts,
            },
          },
        },
      },
      viewerAnswer,
    ]);

    await fillCompany();
    // The currency followed the country; the e-mail starts as the person's own.
    const email = (await screen.findByRole('textbox', {
      name: /billing e-mail/i,
    })) as HTMLInputElement;
    expect(email.value).toBe('ada@example.com');
    expect(screen.getByRole('combobox', { name: /currency/i }).textContent).toContain('GBP');
    fireEvent.change(email, { target: { value: 'billing@engines' } });
    next();
    fireEvent.click(await screen.findByRole('checkbox', { name: /usage limits/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));

    expect(await screen.findByText('Enter a valid e-mail address for invoices.')).toBeTruthy();
    const again = screen.getByRole('textbox', { name: /billing e-mail/i }) as HTMLInputElement;
    expect(again.value).toBe('billing@engines');
    expect(again.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(again, { target: { value: 'billing@engines.example' } });
    next();
    expect(
      (screen.getByRole('checkbox', { name: /usage limits/i }) as HTMLInputElement).checked,
    ).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect((await screen.findByTestId('landed')).textContent).toBe('/billing/plans');
  });

  it('can be put off with "Skip for now"', async () => {
    renderWizard([
      {
        request: { query: SkipOnboardingDocument },
        result: {
          data: {
            skipOnboarding: {
              __typename: 'Account',
              id: 'acc_1',
              onboardedAt: null,
              onboardingSkippedAt: '2026-11-30T10:00:00.000Z',
            },
          },
        },
      },
      viewerAnswer,
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    expect((await screen.findByTestId('landed')).textContent).toBe('/billing/plans');
  });

  it('has nothing to set up for members who are not Billing Admins', async () => {
    renderWizard([], { ...admin, role: 'VIEWER', permissions: ['BILLING_READ'] });
    expect((await screen.findByTestId('landed')).textContent).toBe('/');
  });
});
