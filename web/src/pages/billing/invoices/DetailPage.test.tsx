import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import {
  InvoiceDocument,
  type InvoiceDetailFragment,
  type InvoiceQuery,
} from '../../../graphql/generated';
import { InvoicesRoutes } from './Routes';

const eur = (amount: number) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'EUR',
  formatted: `€${amount}`,
});

const base: InvoiceDetailFragment = {
  __typename: 'Invoice',
  id: 'inv_1',
  number: 'INV-2026-03-00007',
  status: 'OPEN',
  currency: 'EUR',
  issuedAt: '2026-03-10T09:00:00.000Z',
  dueAt: '2026-04-09T09:00:00.000Z',
  paidAt: null,
  voidedAt: null,
  periodStart: '2026-03-10T09:00:00.000Z',
  periodEnd: '2026-04-10T09:00:00.000Z',
  pdfUrl: '/invoices/inv_1/pdf',
  seller: {
    __typename: 'InvoiceSeller',
    name: 'Ledgerline GmbH',
    addressLines: ['Torstraße 1', '10119 Berlin'],
    country: 'DE',
    vatId: 'DE123456789',
    email: 'billing@ledgerline.example',
  },
  buyer: {
    __typename: 'InvoiceBuyer',
    legalName: 'Acme GmbH',
    email: 'billing@acme.example',
    addressLines: ['Hauptstraße 1', '10115 Berlin', 'Germany'],
    country: 'DE',
    taxId: null,
  },
  lines: [
    {
      __typename: 'InvoiceLine',
      kind: 'SUBSCRIPTION',
      description: 'Advanced (monthly)',
      quantity: 1,
      unitAmount: eur(8900),
      amount: eur(8900),
      periodStart: '2026-03-10T09:00:00.000Z',
      periodEnd: '2026-04-10T09:00:00.000Z',
      proration: false,
    },
    {
      __typename: 'InvoiceLine',
      kind: 'EXTRA_SEATS',
      description: 'Extra seats, rest of the period',
      quantity: 2,
      unitAmount: eur(700),
      amount: eur(1400),
      periodStart: '2026-03-25T09:00:00.000Z',
      periodEnd: '2026-04-10T09:00:00.000Z',
      proration: true,
    },
  ],
  // 89.00 + 14.00 = 103.00 − 3.00 credit = 100.00; 19 % VAT 19.00; total 119.00; 19.00 paid.
  subtotal: eur(10300),
  creditApplied: eur(300),
  tax: eur(1900),
  taxLabel: 'VAT 19%',
  reverseCharge: false,
  reverseChargeNote: null,
  total: eur(11900),
  amountPaid: eur(1900),
  amountDue: eur(10000),
  paymentInstructions: {
    __typename: 'PaymentInstructions',
    method: 'BANK_TRANSFER',
    instructions: 'IBAN DE00 1234 5678 9012 3456 78\nBIC LEDGDEBB',
    reference: 'INV-2026-03-00007',
  },
  payments: [
    {
      __typename: 'Payment',
      id: 'pay_1',
      method: 'BANK_TRANSFER',
      status: 'SUCCEEDED',
      reference: 'SEPA ACME 1',
      paymentMethodLabel: null,
      failureMessage: null,
      receivedAt: '2026-03-12T10:00:00.000Z',
      amount: eur(1900),
      appliedAmount: eur(1900),
    },
  ],
  creditNotes: [],
  bankTransferNotices: [],
};

function answer(invoice: InvoiceDetailFragment): MockedResponse<InvoiceQuery> {
  return {
    request: { query: InvoiceDocument, variables: { id: invoice.id } },
    result: { data: { __typename: 'Query', invoice } },
  };
}

function renderAt(path: string, mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/billing/invoices/*" element={<InvoicesRoutes />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** The totals as "term: value" lines. */
function totals(): string[] {
  const list = screen.getByLabelText('Totals');
  return within(list)
    .getAllByRole('term')
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
}

describe('invoice page', () => {
  it('shows the parties, lines and totals, and how to pay while it is open', async () => {
    renderAt('/billing/invoices/inv_1', [answer(base)]);

    expect(screen.getByRole('status', { name: 'Loading the invoice' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', { level: 1, name: /INV-2026-03-00007/ }),
    ).toBeTruthy();

    const from = screen.getByRole('region', { name: 'From' });
    expect(within(from).getByText('Ledgerline GmbH')).toBeTruthy();
    expect(within(from).getByText('VAT id: DE123456789')).toBeTruthy();
    const billTo = screen.getByRole('region', { name: 'Bill to' });
    expect(within(billTo).getByText('Acme GmbH')).toBeTruthy();

    const lines = within(screen.getByRole('table', { name: 'Invoice lines' })).getAllByRole('row');
    expect(lines).toHaveLength(3);
    expect(within(lines[2]!).getByText('Prorated')).toBeTruthy();
    expect(
      within(lines[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      expect.stringMatching(/^Extra seats, rest of the period.*Mar 25.*Prorated$/),
      '2',
      '€7.00',
      '€14.00',
    ]);

    expect(totals()).toEqual([
      'Subtotal: €103.00',
      'Credit applied: -€3.00',
      'VAT 19%: €19.00',
      'Total: €119.00',
      'Paid: €19.00',
      'Amount due: €100.00',
    ]);

    const transfer = screen.getByRole('region', { name: 'Pay by bank transfer' });
    expect(within(transfer).getByText(/IBAN DE00/)).toBeTruthy();
    expect(within(transfer).getAllByText('INV-2026-03-00007')).toHaveLength(1);
    const payments = screen.getByRole('list', { name: 'Payments' });
    expect(within(payments).getByText('SEPA ACME 1')).toBeTruthy();
    expect(within(payments).getByText('Received')).toBeTruthy();
  });

  it('says what the customer announced by transfer, and why an operator rejected it', async () => {
    const notice = {
      __typename: 'BankTransferNotice' as const,
      amount: eur(10000),
      submittedAt: '2026-03-20T09:00:00.000Z',
      sentAt: '2026-03-19T00:00:00.000Z',
      decidedAt: null,
      rejectionReason: null,
    };
    renderAt('/billing/invoices/inv_1', [
      answer({
        ...base,
        bankTransferNotices: [
          { ...notice, id: 'btn_2', status: 'PENDING', reference: 'ACME MARCH' },
          {
            ...notice,
            id: 'btn_1',
            status: 'REJECTED',
            reference: 'WRONG',
            decidedAt: '2026-03-18T09:00:00.000Z',
            rejectionReason: 'Not on our statement.',
          },
        ],
      }),
    ]);
    const card = await screen.findByRole('region', { name: 'Paid by bank transfer?' });
    expect(within(card).getByText(/reference ACME MARCH/)).toBeTruthy();
    // While one is waiting there is nothing more to announce (and no stale rejection shown).
    expect(within(card).queryByRole('button', { name: 'I’ve sent a bank transfer' })).toBeNull();
    expect(within(card).queryByText(/Not on our statement/)).toBeNull();
  });

  it('shows the operator’s reason when the latest announcement was rejected', async () => {
    renderAt('/billing/invoices/inv_1', [
      answer({
        ...base,
        bankTransferNotices: [
          {
            __typename: 'BankTransferNotice',
            id: 'btn_1',
            status: 'REJECTED',
            reference: 'WRONG',
            amount: eur(10000),
            submittedAt: '2026-03-20T09:00:00.000Z',
            sentAt: '2026-03-19T00:00:00.000Z',
            decidedAt: '2026-03-21T09:00:00.000Z',
            rejectionReason: 'Not on our statement.',
          },
        ],
      }),
    ]);
    const card = await screen.findByRole('region', { name: 'Paid by bank transfer?' });
    expect(within(card).getByText(/Not on our statement\./)).toBeTruthy();
  });

  it('downloads the PDF with a plain same-origin link', async () => {
    renderAt('/billing/invoices/inv_1', [answer(base)]);

    const download = await screen.findByRole('link', { name: 'Download PDF' });
    expect(download.getAttribute('href')).toBe('/invoices/inv_1/pdf');
    expect(download.getAttribute('download')).toBe('INV-2026-03-00007.pdf');
  });

  it('prints the reverse-charge note and lists credit notes of a voided invoice', async () => {
    renderAt('/billing/invoices/inv_1', [
      answer({
        ...base,
        status: 'VOID',
        voidedAt: '2026-03-20T09:00:00.000Z',
        creditApplied: eur(0),
        taxLabel: 'VAT (reverse charge) 0%',
        tax: eur(0),
        reverseCharge: true,
        reverseChargeNote: 'Reverse charge: VAT to be accounted for by the recipient.',
        paymentInstructions: null,
        creditNotes: [
          {
            __typename: 'CreditNote',
            id: 'cn_1',
            number: 'CN-2026-03-00001',
            reason: 'Billed twice',
            issuedAt: '2026-03-20T09:00:00.000Z',
            amount: eur(1900),
          },
        ],
      }),
    ]);

    expect(await screen.findByText(/VAT to be accounted for by the recipient/)).toBeTruthy();
    expect(totals()).toContain('VAT (reverse charge) 0%: €0.00');
    expect(totals().some((line) => line.startsWith('Credit applied'))).toBe(false);
    expect(screen.queryByRole('region', { name: 'Pay by bank transfer' })).toBeNull();
    const notes = screen.getByRole('list', { name: 'Credit notes' });
    expect(within(notes).getByText(/CN-2026-03-00001/)).toBeTruthy();
    expect(within(notes).getByText('Billed twice')).toBeTruthy();
  });

  it('says so when the invoice does not exist (or is another account’s)', async () => {
    renderAt('/billing/invoices/inv_other', [
      {
        request: { query: InvoiceDocument, variables: { id: 'inv_other' } },
        result: {
          errors: [new GraphQLError('Invoice not found.', { extensions: { code: 'NOT_FOUND' } })],
        },
      },
    ]);

    expect(await screen.findByText('Invoice not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See all invoices' }).getAttribute('href')).toBe(
      '/billing/invoices',
    );
    expect(screen.queryByRole('link', { name: 'Download PDF' })).toBeNull();
  });

  it('offers a retry when the invoice could not be loaded', async () => {
    renderAt('/billing/invoices/inv_1', [
      {
        request: { query: InvoiceDocument, variables: { id: 'inv_1' } },
        error: new Error('offline'),
      },
      answer(base),
    ]);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('We couldn’t load this invoice')).toBeTruthy();
    within(alert).getByRole('button', { name: 'Try again' }).click();
    expect(await screen.findByRole('link', { name: 'Download PDF' })).toBeTruthy();
  });
});
