import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SuccessSnackbar, useSuccessNotice } from './SuccessSnackbar';

function RevokeButton({ autoHideDuration }: { autoHideDuration?: number }) {
  const notice = useSuccessNotice();
  return (
    <>
      <button onClick={() => notice.notify('“ERP sync” revoked.')}>Revoke</button>
      <SuccessSnackbar notice={notice} autoHideDuration={autoHideDuration} />
    </>
  );
}

describe('a success notice', () => {
  it('shows nothing until something worked', () => {
    render(<RevokeButton />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the message as a success alert once notified', () => {
    render(<RevokeButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('“ERP sync” revoked.');
    expect(alert.className).toContain('MuiAlert-filledSuccess');
  });

  it('goes when the person closes it', async () => {
    render(<RevokeButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('goes by itself after the time it was given', () => {
    jest.useFakeTimers();
    try {
      render(<RevokeButton autoHideDuration={6000} />);
      fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
      act(() => jest.advanceTimersByTime(5900));
      expect(screen.getByRole('alert')).toBeTruthy();
      act(() => jest.advanceTimersByTime(200));
      // Then it slides away.
      act(() => jest.advanceTimersByTime(1000));
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});
