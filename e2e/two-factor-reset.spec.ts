import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { graphql, screenshots, signInAsOperator, signInWithDevelopmentProvider } from './helpers';
import { receivedMail } from './mail-sink';

/**
 * Support's recovery: a person who lost both their phone and their backup codes asks support,
 * an operator resets their two-factor sign-in on the back-office page, the person is signed out
 * and e-mailed, and signs in again without a code.
 */

// A worker starts afresh after a failed test, so each run has its own person.
const run = Date.now().toString(36);

test('an operator resets a two-factor sign-in; the person is signed out, e-mailed and signs in without a code', async ({
  page,
  browser,
}) => {
  const email = `lost-${run}@example.com`;
  // The person, in a browser of their own, has two-factor sign-in on.
  const person = await browser.newPage();
  await person.goto('/');
  await signInWithDevelopmentProvider(person, email, 'Lena Lost');
  const started = await graphql<{ startTwoFactorEnrolment: { manualEntryKey: string } }>(
    person,
    'mutation { startTwoFactorEnrolment { manualEntryKey } }',
  );
  const secret = started.startTwoFactorEnrolment.manualEntryKey.replace(/\s/g, '');
  await graphql(
    person,
    'mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { backupCodes } }',
    { code: await generate({ secret, epoch: Math.floor(Date.now() / 30_000) * 30 }) },
  );

  await signInAsOperator(page, '/operator/two-factor');
  await expect(page.getByRole('heading', { name: 'Two-factor reset', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: /E-mail address/ }).fill(email);
  await page
    .getByRole('textbox', { name: /Reason/ })
    .fill('Ticket 4711: lost phone and backup codes; identity checked by video call');
  await screenshots(page, 'two-factor-reset-01-form');

  await page.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset two-factor sign-in?' });
  await expect(dialog.getByText(email)).toBeVisible();
  await screenshots(page, 'two-factor-reset-02-confirm');
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `Two-factor sign-in of ${email} was reset at`,
  );
  await expect(page.getByRole('alert')).toContainText('1 session was signed out.');
  await screenshots(page, 'two-factor-reset-03-done');

  // Twice: nothing is left to reset, and the page says so.
  await page.getByRole('textbox', { name: /E-mail address/ }).fill(email);
  await page.getByRole('textbox', { name: /Reason/ }).fill('Ticket 4711 again');
  await page.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('alert')).toContainText('does not use two-factor sign-in');
  await screenshots(page, 'two-factor-reset-04-nothing-to-reset');

  // The person's session has ended; their inbox says what happened.
  await person.reload();
  await expect(person).toHaveURL(/\/sign-in/);
  await expect
    .poll(() => receivedMail().findLast((mail) => mail.to.includes(email))?.subject ?? null, {
      timeout: 30_000,
    })
    .toMatch(/^Your two-factor sign-in was reset by .+ support$/);
  expect(receivedMail().findLast((mail) => mail.to.includes(email))!.text).toContain(
    'If you did not ask for this, contact support at',
  );
  // They sign in again without a code.
  await signInWithDevelopmentProvider(person, email, 'Lena Lost');
  await expect(person).not.toHaveURL(/\/sign-in\/two-factor/);
  await person.close();
});
