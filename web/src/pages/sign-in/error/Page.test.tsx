import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { SignInErrorPage } from './Page';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/sign-in/error" element={<SignInErrorPage />} />
        <Route path="/settings/security" element={<p>Security page</p>} />
        <Route path="/sign-in" element={<p>Sign-in page</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the sign-in error page', () => {
  it('tells a person whose e-mail already signs in another way how to link the new provider', async () => {
    renderAt('/sign-in/error?reason=email_in_use&detail=Google&provider=GitHub');
    expect(
      screen.getByRole('heading', { name: 'This e-mail address already has a Ledgerline sign-in' }),
    ).toBeTruthy();
    expect(screen.getByText(/already signs in to Ledgerline with Google/)).toBeTruthy();
    expect(screen.getByText(/link GitHub under Settings › Security/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to sign-in' }));
    expect(await screen.findByText('Sign-in page')).toBeTruthy();
  });

  it('sends a failed link back to the Security page', async () => {
    renderAt('/sign-in/error?reason=identity_in_use&provider=GitHub&link=1');
    expect(
      screen.getByRole('heading', { name: 'That GitHub account belongs to someone else here' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to Security' }));
    expect(await screen.findByText('Security page')).toBeTruthy();
  });

  it('explains an unverified GitHub e-mail', () => {
    renderAt('/sign-in/error?reason=email_unverified');
    expect(screen.getByText(/only once GitHub has verified it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
