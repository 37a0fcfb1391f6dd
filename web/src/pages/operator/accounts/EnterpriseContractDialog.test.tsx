import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { createCache } from '../../../app/apolloClient';
import { StartEnterpriseContractDocument } from '../../../graphql/generated';
import { EnterpriseContractDialog } from './EnterpriseContractDialog';

const account = { id: 'acc_globex', name: 'Globex GmbH' };

const inputWith = (key: string, overrides: Record<string, unknown> = {}) => ({
  accountId: account.id,
  interval: 'YEAR',
  currency: 'EUR',
  unitAmount: 1_200_050,
  perSeatAmount: 20_000,
  seats: 60,
  idempotencyKey: key,
  ...overrides,
});

const success = {
  startEnterpriseContract: {
    __typename: 'SubscriptionChangeResult',
    outcome: 'STARTED',
    subscription: {
      __typename: 'Subscription',
      id: 'sub_1',
      status: 'INCOMPLETE',
      seats: 60,
      interval: 'YEAR',
    },
    invoice: {
      __typename: 'Invoice',
      id: 'inv_1',
      number: 'INV-2026-12-00042',
      amountDue: {
        __typename: 'Money',
        amount: 1_428_060,
        currency: 'EUR',
        formatted: '€14,280.60',
      },
    },
  },
};

/** The keys the dialog sent, in order (each opening must have its own). */
let sentKeys: string[] = [];
/** onStarted calls (the page refreshes the account then). */
let started: string[] = [];

/**
 * MockedProvider stands in for the server; `variableMatcher` checks what was sent and records the
 * idempotency key, which the dialog makes up itself.
 */
function contractMock(
  result: MockedResponse['result'],
  overrides: Record<string, unknown> = {},
): MockedResponse {
  return {
    request: { query: StartEnterpriseContractDocument },
    variableMatcher: (variables: { input: { idempotencyKey: string } }) => {
      const key = variables.input.idempotencyKey;
      expect(variables.input).toEqual(inputWith(key, overrides));
      sentKeys.push(key);
      return true;
    },
    result,
  };
}

function Harness() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button onClick={() => setOpen(true)}>Open contract</button>
      <EnterpriseContractDialog
        open={open}
        account={account}
        currency="EUR"
        onClose={() => setOpen(false)}
        onStarted={() => started.push(account.id)}
      />
    </>
  );
}

function renderDialog(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <Harness />
    </MockedProvider>,
  );
}

function fill(dialog: HTMLElement) {
  fireEvent.change(within(dialog).getByLabelText(/Price per period/), {
    target: { value: '12000.50' },
  });
  fireEvent.change(within(dialog).getByLabelText(/^Seats/), { target: { value: '60' } });
  fireEvent.change(within(dialog).getByLabelText(/Price per extra seat/), {
    target: { value: '200' },
  });
}

beforeEach(() => {
  sentKeys = [];
  started = [];
});

describe('Enterprise contract dialog', () => {
  it('sends decimals as minor units and shows the invoice number after success', async () => {
    renderDialog([contractMock({ data: success })]);
    const dialog = screen.getByRole('dialog', {
      name: 'Start an Enterprise contract for Globex GmbH',
    });
    fill(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start contract' }));
    const done = await screen.findByRole('dialog', { name: 'Enterprise contract started' });
    expect(within(done).getByText('INV-2026-12-00042')).toBeTruthy();
    expect(within(done).getByText(/60 seats, billed yearly/)).toBeTruthy();
    expect(started).toEqual([account.id]);
    expect(sentKeys).toHaveLength(1);
    expect(sentKeys[0]).toMatch(/^contract-[0-9a-f-]{36}$/);
  });

  it('checks typed amounts before sending', () => {
    renderDialog([]);
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Price per period/), {
      target: { value: '12.345' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Seats/), { target: { value: 'ten' } });
    fireEvent.change(within(dialog).getByLabelText(/Currency/), { target: { value: 'E1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start contract' }));
    expect(
      within(dialog).getByText('Enter a three-letter currency code such as EUR.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Enter a whole number of seats.')).toBeTruthy();
    expect(sentKeys).toEqual([]);
  });

  it('shows the billing rules’ own words when the change is refused', async () => {
    const message = 'An incomplete subscription cannot change until its first invoice is paid.';
    renderDialog([
      contractMock({
        errors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })],
      }),
    ]);
    const dialog = screen.getByRole('dialog');
    fill(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start contract' }));
    expect(await within(dialog).findByText(message)).toBeTruthy();
    expect(started).toEqual([]);
  });

  it('shows the server’s field errors on their fields, and a fresh key per opening', async () => {
    const refused = {
      errors: [
        new GraphQLError('Choose between 1 and 10000 seats.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'seats' },
        }),
      ],
    };
    renderDialog([contractMock(refused), contractMock(refused)]);
    let dialog = screen.getByRole('dialog');
    fill(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start contract' }));
    const seats = within(dialog).getByLabelText(/^Seats/);
    expect(await within(dialog).findByText('Choose between 1 and 10000 seats.')).toBeTruthy();
    expect(seats.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByText('Open contract'));
    dialog = await screen.findByRole('dialog');
    fill(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start contract' }));
    await within(dialog).findByText('Choose between 1 and 10000 seats.');
    expect(sentKeys).toHaveLength(2);
    expect(started).toEqual([]);
    expect(sentKeys[0]).not.toBe(sentKeys[1]);
  });
});
