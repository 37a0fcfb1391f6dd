import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  artifactsDir,
  desktop,
  graphql,
  phone,
  settled,
  signInWithDevelopmentProvider,
  startBasicTrial,
} from './helpers';

/**
 * First run, as a new customer meets it: the set-up wizard (with a billing e-mail the server
 * refuses), then the guided tour on Overview, put away for good; and the last Billing Admin
 * trying to leave the account.
 */

const shotsDir = process.env.ONBOARDING_SHOTS_DIR ?? `${artifactsDir}/onboarding`;
mkdirSync(shotsDir, { recursive: true });

/** The viewport as it is, at desktop and at phone width (then back to desktop). */
async function shots(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  for (const [label, size] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    await page.setViewportSize(size);
    await settled(page); // layout, and the tour moving between popper and sheet
    await page.screenshot({ path: `${shotsDir}/${name}-${label}.png`, fullPage });
  }
  await page.setViewportSize(desktop);
  await settled(page);
}

const tourStep = (page: Page) => page.getByText(/^Tour · \d of \d$/);

test('a new customer sets up the account, takes the tour and puts it away for good', async ({
  page,
}) => {
  await page.setViewportSize(desktop);
  await page.goto('/');
  await signInWithDevelopmentProvider(page, 'nova@onboarding.example', 'Nora Nova', {
    firstRun: 'keep',
  });

  // The Billing Admin of a brand-new account starts at the wizard.
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Ledgerline' })).toBeVisible();
  const companyName = page.getByRole('textbox', { name: /company name/i });
  await expect(companyName).toHaveValue('Nora Nova');
  await companyName.fill('Nova Analytics GmbH');
  await page.getByRole('combobox', { name: /^country/i }).fill('Germany');
  await page.getByRole('option', { name: /^Germany/ }).click();
  await shots(page, 'wizard-1-company');
  await page.getByRole('button', { name: 'Next' }).click();

  // Currency follows the country; the billing e-mail starts as the person's own.
  await expect(page.getByRole('combobox', { name: /currency/i })).toContainText('EUR');
  const billingEmail = page.getByRole('textbox', { name: /billing e-mail/i });
  await expect(billingEmail).toHaveValue('nova@onboarding.example');
  // Looks like an address to the browser; the server wants a domain with a dot.
  await billingEmail.fill('billing@nova');
  await shots(page, 'wizard-2-billing');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('checkbox', { name: /usage limits/i }).uncheck();
  await shots(page, 'wizard-3-alerts');
  await page.getByRole('button', { name: 'Finish' }).click();

  // The server's answer lands under its field, on its step, with everything typed still there.
  await expect(page.getByText('Enter a valid e-mail address for invoices.')).toBeVisible();
  await expect(billingEmail).toHaveValue('billing@nova');
  await shots(page, 'wizard-4-error');
  await billingEmail.fill('billing@nova.example');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(companyName).toHaveValue('Nova Analytics GmbH');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('checkbox', { name: /usage limits/i })).not.toBeChecked();
  await page.getByRole('button', { name: 'Finish' }).click();

  // Overview, with the tour pointing at the navigation.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nova Analytics GmbH' })).toBeVisible();
  await expect(tourStep(page)).toHaveText('Tour · 1 of 5');
  await expect(page.getByTestId('tour-highlight')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(tourStep(page)).toHaveText('Tour · 2 of 5');
  // The viewport only: the tour is fixed to it (a bottom sheet on phones).
  await shots(page, 'tour-2-plans', { fullPage: false });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(tourStep(page)).toHaveText('Tour · 2 of 5');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(tourStep(page)).toHaveText('Tour · 4 of 5');
  await page.getByRole('checkbox', { name: 'Don’t show again' }).check();
  await page.getByRole('button', { name: 'Skip tour' }).click();
  await expect(tourStep(page)).toHaveCount(0);

  const saved = await graphql<{
    viewer: { tourDismissedAt: string | null };
    account: { preferredCurrency: string; alertTopics: string[]; country: string };
  }>(page, '{ viewer { tourDismissedAt } account { preferredCurrency alertTopics country } }');
  expect(saved.viewer.tourDismissedAt).not.toBeNull();
  expect(saved.account).toEqual({
    preferredCurrency: 'EUR',
    country: 'DE',
    alertTopics: ['INVOICE_ISSUED', 'PAYMENT_FAILED', 'TRIAL_ENDING', 'PLAN_CHANGED', 'SECURITY'],
  });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nova Analytics GmbH' })).toBeVisible();
  // The tour is offered as soon as Overview renders with the viewer loaded: once drawn, it is not.
  await settled(page);
  await expect(tourStep(page)).toHaveCount(0);

  // It can be taken again from the user menu; on a phone it is a bottom sheet.
  await page.getByRole('button', { name: 'Open user menu' }).click();
  await page.getByRole('menuitem', { name: 'Take the tour' }).click();
  await expect(tourStep(page)).toHaveText('Tour · 1 of 5');
  await shots(page, 'tour-1-overview', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(tourStep(page)).toHaveCount(0);

  // Plans show prices in the currency chosen at set-up.
  await page.getByRole('link', { name: 'Plans' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await expect(page.getByText('EUR').first()).toBeVisible();

  // The only Billing Admin cannot leave: the server says why.
  await page.getByRole('link', { name: 'Members' }).first().click();
  await page.getByRole('button', { name: 'Actions for you' }).first().click();
  await page.getByRole('menuitem', { name: 'Leave account…' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave Nova Analytics GmbH?' })).toBeVisible();
  await shots(page, 'leave-1-dialog');
  await page.getByRole('button', { name: 'Leave account' }).click();
  await expect(page.getByText(/^An account needs a Billing Admin/)).toBeVisible();
  await shots(page, 'leave-2-last-admin');
});

test('the set-up answers can be changed later in Account settings, and stay changed', async ({
  page,
  browser,
}) => {
  await page.setViewportSize(desktop);
  await page.goto('/');
  await signInWithDevelopmentProvider(page, 'vera@preferences.example', 'Vera Vale', {
    firstRun: 'keep',
  });

  // The wizard, the short way: a British company pays in pounds, every alert on.
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole('textbox', { name: /company name/i }).fill('Vale Instruments Ltd');
  await page.getByRole('combobox', { name: /^country/i }).fill('United Kingdom');
  await page.getByRole('option', { name: /^United Kingdom/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('combobox', { name: /currency/i })).toContainText('GBP');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vale Instruments Ltd' })).toBeVisible();
  await expect(tourStep(page)).toHaveText('Tour · 1 of 5');
  await page.keyboard.press('Escape');
  // Finished: Overview no longer asks to set up.
  await expect(page.getByRole('link', { name: 'Set up' })).toHaveCount(0);

  // Plans open in pounds.
  await page.getByRole('link', { name: 'Plans' }).first().click();
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveText('GBP');

  // Account settings › Preferences holds the same answers.
  await page.getByRole('link', { name: 'Account settings' }).first().click();
  const card = page.getByRole('region', { name: 'Preferences' });
  await expect(card.getByRole('combobox', { name: /^country/i })).toHaveValue('United Kingdom');
  await expect(card.getByRole('combobox', { name: /currency/i })).toContainText('GBP');
  const billingEmail = card.getByRole('textbox', { name: /billing e-mail/i });
  await expect(billingEmail).toHaveValue('vera@preferences.example');
  await expect(card.getByRole('checkbox', { name: /security/i })).toBeChecked();

  // Euros, no security e-mails, and an address the server refuses (no dot in the domain).
  await card.getByRole('combobox', { name: /currency/i }).click();
  await page.getByRole('option', { name: /^EUR/ }).click();
  await card.getByRole('checkbox', { name: /security/i }).uncheck();
  await billingEmail.fill('accounts@vale');
  await shots(page, 'preferences-1-editable');
  await card.getByRole('button', { name: 'Save preferences' }).click();

  // The server's answer at its field; the other changes are still there.
  await expect(card.getByText('Enter a valid e-mail address for invoices.')).toBeVisible();
  await expect(billingEmail).toHaveValue('accounts@vale');
  await expect(card.getByRole('combobox', { name: /currency/i })).toContainText('EUR');
  await expect(card.getByRole('checkbox', { name: /security/i })).not.toBeChecked();
  await shots(page, 'preferences-2-error');

  await billingEmail.fill('accounts@vale.example');
  await card.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Preferences saved.')).toBeVisible();

  // Plans follow the new preference without a reload…
  await page.getByRole('link', { name: 'Plans' }).first().click();
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveText('EUR');
  await expect(page.getByText('€27.00').first()).toBeVisible();

  // …and the answers are kept.
  await page.getByRole('link', { name: 'Account settings' }).first().click();
  await page.reload();
  await expect(card.getByRole('combobox', { name: /currency/i })).toContainText('EUR');
  await expect(card.getByRole('checkbox', { name: /security/i })).not.toBeChecked();
  await expect(card.getByRole('checkbox', { name: /usage limits/i })).toBeChecked();
  await expect(billingEmail).toHaveValue('accounts@vale.example');

  // A Billing User, even one allowed to edit billing details, sees them and who can change them.
  // Free has one seat: a Basic trial (three) makes room for them.
  await startBasicTrial(
    page,
    {
      legalName: 'Vale Instruments Ltd',
      billingEmail: 'accounts@vale.example',
      line1: '1 Instrument Row',
      city: 'London',
      postalCode: 'SW1A 1AA',
      country: 'GB',
    },
    `preferences-${Date.now()}`,
  );
  const invited = await graphql<{ inviteMember: { inviteUrl: string } }>(
    page,
    `
      mutation ($input: InviteMemberInput!) {
        inviteMember(input: $input) {
          inviteUrl
        }
      }
    `,
    {
      input: {
        email: 'bill@preferences.example',
        role: 'BILLING_USER',
        permissions: ['INVOICES_PAY', 'BILLING_DETAILS_EDIT'],
      },
    },
  );
  const billContext = await browser.newContext({ viewport: desktop });
  const bill = await billContext.newPage();
  await bill.goto(invited.inviteMember.inviteUrl);
  await bill.getByRole('link', { name: 'Sign in to accept' }).click();
  await signInWithDevelopmentProvider(bill, 'bill@preferences.example', 'Bill Byers');
  await expect(
    bill.getByRole('heading', { name: 'You’ve joined Vale Instruments Ltd' }),
  ).toBeVisible();
  await bill.goto('/settings/account');
  const readOnly = bill.getByRole('region', { name: 'Preferences' });
  await expect(
    readOnly.getByText('Only a Billing Admin of this account can change these preferences.'),
  ).toBeVisible();
  await expect(readOnly.getByText('United Kingdom')).toBeVisible();
  await expect(readOnly.getByText(/^EUR/)).toBeVisible();
  await expect(readOnly.getByText('accounts@vale.example')).toBeVisible();
  await expect(readOnly.getByText('Usage limits')).toBeVisible();
  await expect(readOnly.getByText('Security')).toHaveCount(0);
  await expect(readOnly.getByRole('button', { name: 'Save preferences' })).toHaveCount(0);
  await shots(bill, 'preferences-3-read-only');
  await billContext.close();
});
