import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from './ErrorBoundary';

function BrokenPage(): never {
  throw new Error('Cannot read properties of undefined (reading "plan") at OverviewPage.tsx:42');
}

describe('ErrorBoundary', () => {
  it('replaces a crashed page with a friendly message and a reload button, without details', () => {
    // React reports the caught error on the console; that is expected here.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <BrokenPage />
      </ErrorBoundary>,
    );
    consoleError.mockRestore();

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/OverviewPage|undefined|reading/);
  });
});
