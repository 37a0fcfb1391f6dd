import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../app/apolloClient';
import { billingAdminViewer } from '../../../app/viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  BillingDetailsDocument,
  CountryCode,
  RemoveBillingDetailsDocument,
  UpdateBillingDetailsDocument,
  type BillingDetailsQuery,
  type BillingDetailsViewFragment,
  type RemoveBillingDetailsMutation,
  type UpdateBillingDetailsInput,
  type UpdateBillingDetailsMutation,
} from '../../../graphql/generated';
import { BillingDetailsPage } from './Page';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT'],
};

const viewerMember: SignedInViewer = {
  ...admin,
  role: 'VIEWER',
  permissions: ['BILLING_READ', 'INVOICES_DOWNLOAD'],
};

const savedDetails: BillingDetailsViewFragment = {
  __typename: 'BillingDetails',
  legalName: 'Analytical Engines GmbH',
  billingEmail: 'billing@engines.example',
  address: {
    __typename: 'Address',
    line1: 'Unter den Linden 5',
    line2: null,
    city: 'Berlin',
    region: null,
    postalCode: '10117',
    country: 'DE',
    countryName: 'Germany',
  },
  taxId: { __typename: 'TaxId', type: 'EU_VAT', value: 'DE123456789' },
  updatedAt: '2025-03-04T10:00:00.000Z',
};

/** An account whose onboarding was skipped: nothing to prefill but its name. */
const notOnboarded = { name: 'Analytical Engines', country: null, billingEmail: null };

function billingDetailsAnswer(
  billingDetails: BillingDetailsViewFragment | null,
  onboarding: {
    name: string;
    country: CountryCode | null;
    billingEmail: string | null;
  } = notOnboarded,
): MockedResponse<BillingDetailsQuery> {
  return {
    request: { query: BillingDetailsDocument },
    result: {
      data: {
        __typename: 'Query',
        account: { __typename: 'Account', id: 'acc_1', billingDetails, ...onboarding },
      },
    },
  };
}

/** What the form below sends: Berlin, with the postal code and tax id as each test types them. */
function berlinInput(fields: Partial<UpdateBillingDetailsInput>): UpdateBillingDetailsInput {
  return {
    legalName: 'Analytical Engines GmbH',
    billingEmail: 'billing@engines.example',
    line1: 'Unter den Linden 5',
    line2: null,
    city: 'Berlin',
    region: null,
    postalCode: '10117',
    country: 'DE',
    taxIdType: 'EU_VAT',
    taxIdValue: 'DE123456789',
    ...fields,
  };
}

// MockedProvider stands in for the Ledgerline server (a unit test has no server peer): it answers
// the page's query and mutations exactly as the contract in schema.graphql describes, including
// the BAD_USER_INPUT error that lists every bad field in `extensions.fieldErrors`.
function renderPage(viewer: SignedInViewer, mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <BillingDetailsPage />
      </ViewerProvider>
    </MockedProvider>,
  );
}

function textbox(name: RegExp): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

function type(name: RegExp, value: string) {
  fireEvent.change(textbox(name), { target: { value } });
}

/** Types into the country picker (focused, as a person's typing is) and picks the match. */
async function chooseCountry(country: string) {
  const picker = screen.getByRole('combobox', { name: /^country/i });
  act(() => picker.focus());
  fireEvent.change(picker, { target: { value: country } });
  fireEvent.click(await screen.findByRole('option', { name: new RegExp(`^${country}`) }));
}

async function chooseTaxIdType(label: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: /tax id type/i }));
  fireEvent.click(await screen.findByRole('option', { name: label }));
}

/** The text MUI shows under a field (its helper text), which the field names as its description. */
function messageUnder(field: HTMLElement): string | null {
  const describedBy = field.getAttribute('aria-describedby');
  return describedBy ? (document.getElementById(describedBy)?.textContent ?? null) : null;
}

async function openEmptyForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add billing details' }));
}

async function fillBerlin({ postalCode, taxIdValue }: { postalCode: string; taxIdValue: string }) {
  type(/legal name/i, 'Analytical Engines GmbH');
  type(/billing e-mail/i, 'billing@engines.example');
  await chooseCountry('Germany');
  type(/street address/i, 'Unter den Linden 5');
  type(/^city/i, 'Berlin');
  type(/postal code/i, postalCode);
  await chooseTaxIdType('EU VAT number');
  type(/^tax id/i, taxIdValue);
}

describe('billing details', () => {
  it('shows every server field error under its own field and keeps what was typed', async () => {
    const postalCodeMessage = 'This is not a valid postal code for DE.';
    const taxIdMessage = 'This is not a valid DE VAT id (check the country prefix and digits).';
    const rejected: MockedResponse<UpdateBillingDetailsMutation> = {
      request: {
        query: UpdateBillingDetailsDocument,
        variables: { input: berlinInput({ postalCode: '1234', taxIdValue: 'FR123' }) },
      },
      result: {
        errors: [
          new GraphQLError(postalCodeMessage, {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'postalCode',
              fieldErrors: [
                { field: 'postalCode', message: postalCodeMessage },
                { field: 'taxIdValue', message: taxIdMessage },
              ],
            },
          }),
        ],
      },
    };
    renderPage(admin, [billingDetailsAnswer(null), rejected]);

    await openEmptyForm();
    await fillBerlin({ postalCode: '1234', taxIdValue: 'FR123' });
    fireEvent.click(screen.getByRole('button', { name: 'Save billing details' }));

    expect(await screen.findByText(taxIdMessage)).toBeTruthy();
    const postalCode = textbox(/postal code/i);
    const taxId = textbox(/^tax id/i);
    expect(messageUnder(postalCode)).toBe(postalCodeMessage);
    expect(messageUnder(taxId)).toBe(taxIdMessage);
    expect(postalCode.getAttribute('aria-invalid')).toBe('true');
    expect(taxId.getAttribute('aria-invalid')).toBe('true');
    expect(textbox(/legal name/i).getAttribute('aria-invalid')).toBe('false');

    expect(postalCode.value).toBe('1234');
    expect(taxId.value).toBe('FR123');
    expect(textbox(/legal name/i).value).toBe('Analytical Engines GmbH');
    expect(textbox(/street address/i).value).toBe('Unter den Linden 5');
    expect((screen.getByRole('combobox', { name: /^country/i }) as HTMLInputElement).value).toBe(
      'Germany',
    );
    expect(
      screen.getByRole('button', { name: 'Save billing details' }).hasAttribute('disabled'),
    ).toBe(false);
  });

  it('starts a new form from what onboarding collected: name, country and billing e-mail', async () => {
    renderPage(admin, [
      billingDetailsAnswer(null, {
        name: 'Analytical Engines Ltd',
        country: CountryCode.Gb,
        billingEmail: 'invoices@engines.example',
      }),
    ]);
    await openEmptyForm();

    expect(textbox(/legal name/i).value).toBe('Analytical Engines Ltd');
    expect(textbox(/billing e-mail/i).value).toBe('invoices@engines.example');
    expect((screen.getByRole('combobox', { name: /^country/i }) as HTMLInputElement).value).toBe(
      'United Kingdom',
    );
    // GB names its fields its own way; the address itself is still to be typed.
    expect(textbox(/postcode/i).value).toBe('');
    expect(textbox(/street address/i).value).toBe('');
  });

  it('asks for a state in the US, where the address needs one, and not in Germany', async () => {
    renderPage(admin, [billingDetailsAnswer(null)]);
    await openEmptyForm();

    expect(textbox(/^region/i).required).toBe(false);

    await chooseCountry('United States');
    const state = textbox(/^state/i);
    expect(state.required).toBe(true);
    expect(screen.getByRole('textbox', { name: /zip code/i })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save billing details' }));
    expect(messageUnder(state)).toBe('Enter the state.');
    expect(state.getAttribute('aria-invalid')).toBe('true');

    await chooseCountry('Germany');
    expect(textbox(/^region/i).required).toBe(false);
    expect(messageUnder(textbox(/^region/i))).toBeNull();
  });

  it('shows a member without the permission the details, read-only, with a note', async () => {
    renderPage(viewerMember, [billingDetailsAnswer(savedDetails)]);

    const address = await screen.findByRole('region', { name: 'Billing address' });
    expect(within(address).getByText('Analytical Engines GmbH')).toBeTruthy();
    expect(within(address).getByText('10117 Berlin')).toBeTruthy();
    expect(screen.getByText('billing@engines.example')).toBeTruthy();
    expect(screen.getByText('DE123456789')).toBeTruthy();
    expect(screen.getByText(/you can see the billing details but not change them/i)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
  });

  it('offers a member without the permission no way to add missing details', async () => {
    renderPage(viewerMember, [billingDetailsAnswer(null)]);

    expect(await screen.findByText('No billing details yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add billing details' })).toBeNull();
  });

  it('saves valid details, says so, and shows them', async () => {
    const saved: MockedResponse<UpdateBillingDetailsMutation> = {
      request: { query: UpdateBillingDetailsDocument, variables: { input: berlinInput({}) } },
      result: { data: { __typename: 'Mutation', updateBillingDetails: savedDetails } },
    };
    renderPage(admin, [billingDetailsAnswer(null), saved]);

    await openEmptyForm();
    await fillBerlin({ postalCode: '10117', taxIdValue: 'DE123456789' });
    fireEvent.click(screen.getByRole('button', { name: 'Save billing details' }));

    expect(await screen.findByText('Billing details saved.')).toBeTruthy();
    const address = screen.getByRole('region', { name: 'Billing address' });
    expect(within(address).getByText('Unter den Linden 5')).toBeTruthy();
  });

  it('removes the details only after confirming', async () => {
    const removed: MockedResponse<RemoveBillingDetailsMutation> = {
      request: { query: RemoveBillingDetailsDocument },
      result: { data: { __typename: 'Mutation', removeBillingDetails: true } },
    };
    renderPage(admin, [billingDetailsAnswer(savedDetails), removed]);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove billing details?' });
    expect(screen.getByText('Analytical Engines GmbH')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('Billing details removed.')).toBeTruthy();
    expect(screen.getByText('No billing details yet')).toBeTruthy();
  });
});
