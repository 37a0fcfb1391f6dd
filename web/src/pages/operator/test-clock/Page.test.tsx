import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { operatorViewer as operator } from '../../../app/viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import { AdvanceTestClockDocument, TestClockDocument } from '../../../graphql/generated';
import { TestClockPage } from './Page';

const reading = (now: string, offsetSeconds: number) => ({
  __typename: 'TestClock' as const,
  enabled: true,
  now,
  offsetSeconds,
});

const clockAnswer = (testClock: ReturnType<typeof reading> | null): MockedResponse => ({
  request: { query: TestClockDocument },
  result: { data: { testClock } },
});

// MockedProvider stands in for the server (a unit test has no server peer), answering as
// schema.graphql describes: the clock's reading, or null when TEST_CLOCK is off.
function renderPage(mocks: MockedResponse[], viewer: SignedInViewer = operator) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter>
          <TestClockPage />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('test clock page', () => {
  it('shows the billing time and moves it forward by a week', async () => {
    renderPage([
      clockAnswer(reading('2027-01-31T10:00:00.000Z', 86_400 * 3)),
      {
        request: { query: AdvanceTestClockDocument, variables: { input: { days: 7 } } },
        result: { data: { advanceTestClock: reading('2027-02-07T10:00:00.000Z', 86_400 * 10) } },
      },
    ]);
    expect(await screen.findByText('Sunday, 31 January 2027 at 10:00 UTC')).toBeTruthy();
    expect(screen.getByText('3 days ahead of real time')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '+1 week' }));
    expect(await screen.findByText(/Moved to Sunday, 7 February 2027 at 10:00 UTC/)).toBeTruthy();
    expect(screen.getByTestId('test-clock-now').textContent).toBe(
      'Sunday, 7 February 2027 at 10:00 UTC',
    );
    expect(screen.getByText('10 days ahead of real time')).toBeTruthy();
  });

  it('asks for a complete date before moving to it, and shows the server’s refusal', async () => {
    renderPage([
      clockAnswer(reading('2027-01-31T10:00:00.000Z', 0)),
      {
        request: {
          query: AdvanceTestClockDocument,
          variables: { input: { to: '2027-01-01T09:00:00.000Z' } },
        },
        result: {
          errors: [
            new GraphQLError(
              'The test clock only moves forward: choose a time after 2027-01-31T10:00:00.000Z.',
              { extensions: { code: 'BAD_USER_INPUT', field: 'to' } },
            ),
          ],
        },
      },
    ]);
    await screen.findByText('At real time');
    fireEvent.click(screen.getByRole('button', { name: 'Move the clock' }));
    expect(await screen.findByText('Choose a date and a time.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Date and time (UTC)'), {
      target: { value: '2027-01-01T09:00' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move the clock' }));
    expect(await screen.findByText(/only moves forward/)).toBeTruthy();
  });

  it('explains when the clock is off', async () => {
    renderPage([clockAnswer(null)]);
    expect(await screen.findByText('The test clock is off')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '+1 day' })).toBeNull();
  });
});
