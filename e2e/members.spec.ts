import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  artifactsDir,
  screenshots,
  settled,
  signInWithDevelopmentProvider,
  startBasicTrial,
} from './helpers';
import { receivedMail } from './mail-sink';

/**
 * Members and invitations, as an admin and the people they invite would use them: the invitee
 * finds the link in the e-mail the portal sent (through the SMTP server the global set-up runs)
 * and opens it in a browser of their own. The dialog shows the same link, for the admin to copy.
 */

// The admin's Copy button writes to the clipboard; the test reads it back from there.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// A worker starts afresh after a failed test, so each test has its own people and account.
const run = Date.now().toString(36);
const email = (who: string) => `${who}-${run}@members.example`;
const maskedEmail = (who: string) => `${who[0]}***@members.example`;

/** Free includes one seat: a Basic trial (three seats) leaves room for two more people. */
async function moveToBasic(page: Page): Promise<void> {
  await startBasicTrial(
    page,
    {
      legalName: 'Members Test Ltd',
      billingEmail: `billing-${run}@members.example`,
      line1: '1 Main Street',
      city: 'Dublin',
      postalCode: 'D01 F5P2',
      country: 'IE',
    },
    `members-${run}-${Math.random()}`,
  );
}

/** A new account's Billing Admin on the Members page, with three seats. */
async function adminOnBasic(admin: Page, who: string, name: string): Promise<void> {
  await admin.goto('/members');
  await signInWithDevelopmentProvider(admin, email(who), name);
  await expect(admin.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  await moveToBasic(admin);
  await admin.reload();
}

/** A person in a browser of their own, signed in through the sign-in page. */
async function personSignedIn(browser: Browser, who: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await signInWithDevelopmentProvider(page, email(who), name);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

/** The invitation link in the e-mail the invitee received (waits for the delivery job). */
async function linkFromInvitationEmail(to: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = receivedMail().findLast((message) => message.to.includes(to));
        link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0];
        return mail === undefined ? null : { subject: mail.subject, hasLink: link !== undefined };
      },
      { timeout: 30_000 },
    )
    .toEqual({ subject: expect.stringMatching(/^Join .+ on /), hasLink: true });
  return link!;
}

/**
 * Invites through the dialog; answers the link from the invitee's e-mail, after checking the
 * dialog shows the same one (read back from the clipboard).
 */
async function invite(
  admin: Page,
  who: string,
  role: 'Viewer' | 'Billing User' | 'Billing Admin',
  grants: string[] = [],
  screenshot?: string,
): Promise<string> {
  await admin.getByRole('button', { name: 'Invite member' }).first().click();
  const dialog = admin.getByRole('dialog', { name: 'Invite a member' });
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill(email(who));
  await dialog.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  for (const grant of grants) await dialog.getByRole('checkbox', { name: grant }).check();
  if (screenshot) await screenshots(admin, `${screenshot}-dialog`);
  await dialog.getByRole('button', { name: 'Create invitation' }).click();

  const linkDialog = admin.getByRole('dialog', { name: 'Invitation created' });
  await expect(linkDialog.getByText(`We e-mailed this link to ${email(who)}`)).toBeVisible();
  await linkDialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(linkDialog.getByText('The link is on your clipboard.')).toBeVisible();
  const link = await admin.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(linkDialog.getByLabel('Invitation link')).toHaveText(link);
  if (screenshot) await screenshots(admin, `${screenshot}-link`);
  await linkDialog.getByRole('button', { name: 'Done' }).click();
  expect(await linkFromInvitationEmail(email(who))).toBe(link);
  return link;
}

function memberRow(admin: Page, name: string) {
  return admin.getByRole('table', { name: 'Members' }).getByRole('row').filter({ hasText: name });
}

test('on Free the one seat is taken: Invite is off, says why and leads to the plans', async ({
  page: admin,
}) => {
  await admin.goto('/members');
  await signInWithDevelopmentProvider(admin, email('solo'), 'Solo Admin');
  await expect(admin.getByText('1 of 1 seat taken')).toBeVisible();
  const inviteButtons = admin.getByRole('button', { name: 'Invite member' });
  await expect(inviteButtons.first()).toBeDisabled();
  await expect(inviteButtons.first()).toHaveAccessibleDescription(
    'The one seat is taken. Change plan to add seats.',
  );
  await screenshots(admin, 'members-00-seats-full');
  await admin.getByRole('link', { name: 'Change plan' }).click();
  await expect(admin).toHaveURL(/\/billing\/plans$/);
});

test('an admin invites a Billing User who signs in through the link and joins', async ({
  page: admin,
  browser,
}) => {
  await adminOnBasic(admin, 'ada', 'Ada Admin');
  await expect(admin.getByText('1 of 3 seats taken')).toBeVisible();
  await expect(admin.getByText('Just you so far')).toBeVisible();
  await expect(memberRow(admin, 'Ada Admin')).toContainText('You');
  await screenshots(admin, 'members-01-just-you');

  // A Billing User who may also edit the billing details.
  const link = await invite(
    admin,
    'bea',
    'Billing User',
    ['Edit billing details and tax ID'],
    'members-02-invite',
  );
  const pending = admin.getByRole('table', { name: 'Pending invitations' });
  await expect(pending.getByRole('row').filter({ hasText: email('bea') })).toContainText(
    'Billing User',
  );
  await expect(pending).toContainText('Billing details');
  await expect(admin.getByText('2 of 3 seats taken')).toBeVisible();
  await screenshots(admin, 'members-03-pending');

  // Bea opens the link, signed out: what it is for, and a way to sign in.
  const beaContext = await browser.newContext();
  const bea = await beaContext.newPage();
  await bea.goto(link);
  await expect(bea.getByRole('heading', { name: 'Join Ada Admin on Ledgerline' })).toBeVisible();
  await expect(bea.getByText(maskedEmail('bea'), { exact: true })).toBeVisible();
  await expect(bea.getByText('Billing User', { exact: true })).toBeVisible();
  await screenshots(bea, 'members-04-invitation-signed-out');
  await bea.getByRole('link', { name: 'Sign in to accept' }).click();
  await expect(bea).toHaveURL(/\/sign-in\?returnTo=%2Finvite%2F/);
  // Her first sign-in through the link joins Ada's account instead of creating one.
  await signInWithDevelopmentProvider(bea, email('bea'), 'Bea Billing');
  await expect(bea.getByRole('heading', { name: 'You’ve joined Ada Admin' })).toBeVisible();
  await screenshots(bea, 'members-05-joined');
  await bea.getByRole('link', { name: 'Go to the Overview' }).click();
  await expect(bea.getByRole('heading', { level: 1, name: 'Ada Admin' })).toBeVisible();
  const roleCard = bea.getByRole('region', { name: 'Your role' });
  await expect(roleCard.getByText('Billing User')).toBeVisible();
  await expect(roleCard.getByText('Edit billing details and tax ID')).toBeVisible();
  await expect(roleCard.getByText('Pay open invoices')).toBeVisible();
  // Members is there for everyone (to leave the account); managing them is not.
  await expect(bea.getByRole('link', { name: 'Members' })).toHaveCount(1);

  // The used link, opened by someone else.
  const mallory = await personSignedIn(browser, 'mallory', 'Mallory Other');
  await mallory.goto(link);
  await expect(mallory.getByText('This invitation has already been used.')).toBeVisible();

  // Ada sees Bea, changes her role, then removes her.
  await admin.reload();
  const beaRow = memberRow(admin, 'Bea Billing');
  await expect(beaRow).toContainText(email('bea'));
  await expect(beaRow).toContainText('Billing User');
  await expect(beaRow).toContainText('Billing details');
  await expect(admin.getByRole('table', { name: 'Pending invitations' })).toHaveCount(0);
  await screenshots(admin, 'members-06-table');

  await beaRow.getByRole('button', { name: 'Actions for Bea Billing' }).click();
  await admin.getByRole('menuitem', { name: 'Change role…' }).click();
  const editDialog = admin.getByRole('dialog', { name: 'Change Bea Billing’s role' });
  await expect(
    editDialog.getByRole('checkbox', { name: 'Edit billing details and tax ID' }),
  ).toBeChecked();
  await editDialog.getByRole('radio', { name: /^Viewer/ }).check();
  await screenshots(admin, 'members-07-change-role');
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await expect(editDialog).toBeHidden();
  await expect(beaRow).toContainText('Viewer');
  await expect(beaRow).not.toContainText('Billing details');

  await beaRow.getByRole('button', { name: 'Actions for Bea Billing' }).click();
  await admin.getByRole('menuitem', { name: 'Remove from account…' }).click();
  const confirmRemove = admin.getByRole('dialog', { name: 'Remove Bea Billing?' });
  await expect(confirmRemove).toContainText('their sessions in this account end');
  await expect(confirmRemove).toContainText('API tokens they created stop working');
  await screenshots(admin, 'members-08-remove');
  await confirmRemove.getByRole('button', { name: 'Remove member' }).click();
  await expect(memberRow(admin, 'Bea Billing')).toHaveCount(0);
  await expect(admin.getByText('1 of 3 seats taken')).toBeVisible();

  // Her session in the account has ended.
  await bea.reload();
  await expect(bea).toHaveURL(/\/sign-in/);
  await beaContext.close();
  await mallory.context().close();
});

test('a link for someone else, and a revoked link, are refused with the reason', async ({
  page: admin,
  browser,
}) => {
  await adminOnBasic(admin, 'abe', 'Abe Admin');
  const link = await invite(admin, 'cy', 'Viewer');

  // Mallory is signed in with her own address and presses Accept anyway: the server says no.
  const mallory = await personSignedIn(browser, 'mallory', 'Mallory Other');
  await mallory.goto(link);
  await expect(mallory.getByText(`You’re signed in as ${email('mallory')}`)).toBeVisible();
  await mallory.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(mallory.getByRole('alert')).toHaveText(
    'This invitation is for c***@members.example. Sign in with that address to accept it.',
  );
  await screenshots(mallory, 'members-09-wrong-address');

  // Ada withdraws it; the link says so.
  const pendingRow = admin
    .getByRole('table', { name: 'Pending invitations' })
    .getByRole('row')
    .filter({ hasText: email('cy') });
  await pendingRow.getByRole('button', { name: `Revoke the invitation to ${email('cy')}` }).click();
  const confirmRevoke = admin.getByRole('dialog', {
    name: `Revoke the invitation to ${email('cy')}?`,
  });
  await confirmRevoke.getByRole('button', { name: 'Revoke invitation' }).click();
  await expect(admin.getByRole('table', { name: 'Pending invitations' })).toHaveCount(0);

  await mallory.reload();
  await expect(mallory.getByText(/This invitation was withdrawn/)).toBeVisible();
  await expect(mallory.getByRole('button', { name: 'Accept invitation' })).toHaveCount(0);
  await screenshots(mallory, 'members-10-revoked');

  // A link that never existed.
  await mallory.goto('/invite/not-a-real-token-but-long-enough-to-look-like-one');
  await expect(mallory.getByText('This invitation link isn’t valid')).toBeVisible();
  await mallory.context().close();
});

test('someone in two accounts accepts while signed in and switches between them', async ({
  page: admin,
  browser,
}) => {
  await adminOnBasic(admin, 'ari', 'Ari Admin');
  const link = await invite(admin, 'dan', 'Viewer');

  // Dan already has an account of his own.
  const dan = await personSignedIn(browser, 'dan', 'Dan Dual');
  await expect(dan.getByRole('heading', { level: 1, name: 'Dan Dual' })).toBeVisible();
  await dan.goto(link);
  await dan.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(dan).toHaveURL(/\/$/);
  await expect(dan.getByRole('heading', { level: 1, name: 'Ari Admin' })).toBeVisible();
  await expect(dan.getByRole('region', { name: 'Your role' }).getByText('Viewer')).toBeVisible();

  const switcher = dan.getByRole('button', { name: 'Account: Ari Admin. Switch account' });
  await switcher.click();
  const menu = dan.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveCount(2);
  await expect(menu.getByRole('menuitem', { name: /Dan Dual/ })).toContainText('Billing Admin');
  // The menu belongs to the desktop app bar: one width only (the phone's is in the drawer).
  await settled(dan); // the menu's fade-in
  await dan.screenshot({ path: `${artifactsDir}/members-11-switcher-desktop.png` });
  await menu.getByRole('menuitem', { name: /Dan Dual/ }).click();
  await expect(dan.getByRole('heading', { level: 1, name: 'Dan Dual' })).toBeVisible();
  await expect(
    dan.getByRole('button', { name: 'Account: Dan Dual. Switch account' }),
  ).toBeVisible();
  // Back in his own account he is its Billing Admin, with the Members page.
  await expect(dan.getByRole('link', { name: 'Members' })).toBeVisible();

  // On a phone the switcher sits in the navigation drawer.
  await dan.setViewportSize({ width: 390, height: 844 });
  await dan.getByRole('button', { name: 'Open navigation' }).click();
  await dan.getByRole('button', { name: 'Account: Dan Dual. Switch account' }).click();
  await expect(dan.getByRole('menuitem', { name: /Ari Admin/ })).toBeVisible();
  await settled(dan); // the menu's fade-in
  await dan.screenshot({ path: `${artifactsDir}/members-12-switcher-phone.png` });
  await dan.getByRole('menuitem', { name: /Ari Admin/ }).click();
  await expect(dan.getByRole('heading', { level: 1, name: 'Ari Admin' })).toBeVisible();
  await dan.context().close();
});
