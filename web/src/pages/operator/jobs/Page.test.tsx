import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { operatorViewer as operator } from '../../../app/viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import { FailedJobsDocument, RetryJobDocument } from '../../../graphql/generated';
import { FailedJobsPage, errorHeadline, failedJobPageSize } from './Page';

const jobId = '0b6f4b5e-6f2a-4c1e-9d43-2f1a7c9e8a11';
const failedJob = {
  __typename: 'BackgroundJob' as const,
  id: jobId,
  name: 'deliver-mail',
  state: 'failed',
  data: '{\n  "messageId": "mail_1"\n}',
  errorOutput: 'Error: connect ECONNREFUSED 127.0.0.1:25\n    at deliver (mail.ts:10:3)',
  retryCount: 3,
  retryLimit: 3,
  createdAt: '2026-12-06T01:00:00.000Z',
  startedAt: '2026-12-06T01:04:00.000Z',
  completedAt: '2026-12-06T01:04:01.000Z',
};
const jobNames = ['deliver-mail', 'renew-subscriptions'];

const listOf = (name: string | null, jobs: (typeof failedJob)[]): MockedResponse => ({
  request: {
    query: FailedJobsDocument,
    variables: { name, first: failedJobPageSize, after: null },
  },
  result: {
    data: {
      failedJobs: {
        __typename: 'BackgroundJobConnection',
        jobNames,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: jobs.map((node) => ({
          __typename: 'BackgroundJobEdge',
          cursor: `c-${node.id}`,
          node,
        })),
      },
    },
  },
});

const retryAnswers = (result: MockedResponse['result']): MockedResponse => ({
  request: { query: RetryJobDocument, variables: { input: { id: jobId } } },
  result,
});

// MockedProvider stands in for the server, answering as schema.graphql describes.
function renderPage(mocks: MockedResponse[], viewer: SignedInViewer = operator, path = '/') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter initialEntries={[path]}>
          <FailedJobsPage />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('Failed jobs page', () => {
  it('lists failed jobs, shows the error output, and retries one after confirming', async () => {
    renderPage([
      listOf(null, [failedJob]),
      retryAnswers({
        data: {
          retryJob: { __typename: 'BackgroundJob', id: jobId, state: 'retry', retryLimit: 4 },
        },
      }),
      listOf(null, []),
    ]);
    const card = await screen.findByRole('article', { name: `deliver-mail ${jobId}` });
    expect(within(card).getByText('Error: connect ECONNREFUSED 127.0.0.1:25')).toBeTruthy();
    expect(within(card).getByText(/4 runs/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Inspect' }));
    const detail = await screen.findByRole('dialog', { name: 'deliver-mail' });
    expect(within(detail).getByLabelText('Error output').textContent).toContain(
      'at deliver (mail.ts:10:3)',
    );
    expect(within(detail).getByLabelText('Payload').textContent).toContain('"messageId"');
    fireEvent.click(within(detail).getByRole('button', { name: 'Retry' }));

    const confirm = await screen.findByRole('dialog', { name: 'Run this job again?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('deliver-mail is queued to run again.')).toBeTruthy();
    expect(await screen.findByText('No failed jobs')).toBeTruthy();
  });

  it('says so when the job is no longer failed', async () => {
    renderPage([
      listOf(null, [failedJob]),
      retryAnswers({
        errors: [
          new GraphQLError(
            `Job ${jobId} is not failed (it is completed); only failed jobs can be retried.`,
            {
              extensions: { code: 'CONFLICT' },
            },
          ),
        ],
      }),
      listOf(null, []),
    ]);
    const card = await screen.findByRole('article', { name: `deliver-mail ${jobId}` });
    fireEvent.click(within(card).getByRole('button', { name: 'Retry' }));
    const confirm = await screen.findByRole('dialog', { name: 'Run this job again?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText(/is not failed \(it is completed\)/)).toBeTruthy());
  });

  it('filters by job name from the address, with an empty state', async () => {
    renderPage([listOf('renew-subscriptions', [])], operator, '/?name=renew-subscriptions');
    expect(await screen.findByText('No renew-subscriptions job has failed for good.')).toBeTruthy();
  });

  it('shows an error state with a way to try again', async () => {
    renderPage([
      { ...listOf(null, []), result: undefined, error: new Error('Network down') },
      listOf(null, [failedJob]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /try again/i }));
    expect(await screen.findByRole('article', { name: `deliver-mail ${jobId}` })).toBeTruthy();
  });

  it('takes the first line of the error output as its headline', () => {
    expect(errorHeadline('Error: boom\n    at x')).toBe('Error: boom');
    expect(errorHeadline(null)).toBe('No error output was recorded.');
  });
});
