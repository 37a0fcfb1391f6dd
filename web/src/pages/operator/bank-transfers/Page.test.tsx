import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { operatorViewer as operator } from '../../../app/viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  ApproveBankTransferDocument,
  BankTransferQueueDocument,
  RejectBankTransferDocument,
} from '../../../graphql/generated';
import { BankTransfersPage } from './Page';

const eur = (amount: number, formatted: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'EUR',
  formatted,
});

const node = {
  __typename: 'BankTransferQueueItem' as const,
  accountId: 'acc_1',
  accountName: 'Acme GmbH',
  invoiceNumber: 'INV-2026-12-00007',
  invoiceStatus: 'OPEN' as const,
  invoicePdfUrl: '/invoices/inv_7/pdf',
  submittedBy: 'pat@acme.example',
  invoiceAmountDue: eur(3213, '€32.13'),
  notice: {
    __typename: 'BankTransferNotice' as const,
    id: 'btn_1',
    status: 'PENDING' as const,
    reference: 'ACME DEC',
    sentAt: '2026-12-05T00:00:00.000Z',
    submittedAt: '2026-12-06T09:00:00.000Z',
    decidedAt: null,
    rejectionReason: null,
    amount: eur(3213, '€32.13'),
  },
};

const queue = (status: string, nodes: (typeof node)[]): MockedResponse => ({
  request: { query: BankTransferQueueDocument, variables: { status, after: null } },
  result: {
    data: {
      bankTransferQueue: {
        __typename: 'BankTransferQueueConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((n) => ({ __typename: 'BankTransferQueueEdge', cursor: 'c', node: n })),
      },
    },
  },
});

const decided = (status: 'APPROVED' | 'REJECTED') => ({
  __typename: 'BankTransferQueueItem' as const,
  invoiceStatus: status === 'APPROVED' ? ('PAID' as const) : ('OPEN' as const),
  notice: { __typename: 'BankTransferNotice' as const, id: 'btn_1', status },
});

function renderPage(mocks: MockedResponse[], viewer: SignedInViewer = operator) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter>
          <BankTransfersPage />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('bank transfers queue', () => {
  it('approves an announced transfer with the amount and day from the statement', async () => {
    renderPage([
      queue('PENDING', [node]),
      {
        request: {
          query: ApproveBankTransferDocument,
          variables: {
            input: { noticeId: 'btn_1', amount: 3000, receivedAt: '2026-12-07T00:00:00.000Z' },
          },
        },
        result: { data: { approveBankTransfer: decided('APPROVED') } },
      },
      queue('PENDING', []),
    ]);
    const row = await screen.findByRole('listitem');
    expect(within(row).getByText('ACME DEC')).toBeTruthy();
    expect(within(row).getByText(/by pat@acme\.example/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Approve' }));
    const dialog = screen.getByRole('dialog', {
      name: /Approve the transfer for INV-2026-12-00007/,
    });
    expect((within(dialog).getByLabelText('Amount received') as HTMLInputElement).value).toBe(
      '32.13',
    );
    fireEvent.change(within(dialog).getByLabelText('Amount received'), {
      target: { value: '30' },
    });
    fireEvent.change(within(dialog).getByLabelText('Day received'), {
      target: { value: '2026-12-07' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve and record' }));
    expect(await screen.findByText(/INV-2026-12-00007: transfer approved/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks for a reason before rejecting, and shows the server’s CONFLICT in words', async () => {
    renderPage([
      queue('PENDING', [node]),
      {
        request: {
          query: RejectBankTransferDocument,
          variables: { input: { noticeId: 'btn_1', reason: 'Not on our statement.' } },
        },
        result: {
          errors: [
            new GraphQLError('This transfer was already approved and the payment recorded.', {
              extensions: { code: 'CONFLICT' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject and tell the customer' }));
    expect(within(dialog).getByText('Say why: the customer reads it.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason'), {
      target: { value: 'Not on our statement.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject and tell the customer' }));
    expect(await within(dialog).findByText(/already approved/)).toBeTruthy();
  });

  it('says so when nothing is waiting', async () => {
    renderPage([queue('PENDING', [])]);
    expect(await screen.findByText('No announced transfer is waiting.')).toBeTruthy();
  });
});
