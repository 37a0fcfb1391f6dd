import { escapeHtml, html } from './html.js';
import { renderMail, type MailBrand } from './layout.js';
import { accountSuspensionMail, trialEndingMail } from './templates/account-events.js';
import { inviteMail, type InviteMailData } from './templates/invite.js';
import { paymentFailedMail } from './templates/payments.js';
import { twoFactorResetMail } from './templates/two-factor-reset.js';

const brand: MailBrand = { sellerName: 'Vendor & Sons', portalUrl: 'https://billing.example.com/' };

const invite: InviteMailData = {
  inviterName: 'Ada Admin',
  accountName: 'Acme GmbH',
  roleLabel: 'Viewer',
  acceptUrl: 'https://billing.example.com/invite/tok123',
  expiresAt: new Date('2027-02-08T09:30:00Z'),
};

const render = (data: InviteMailData) => renderMail(inviteMail(data, brand), brand);

describe('mail templates', () => {
  it('show an account name with markup as text in the HTML part, and as it is in the text part', () => {
    const mail = render({
      ...invite,
      accountName: '<script>alert("x")</script>',
      inviterName: `Eve <img src=x onerror=alert(1)> O'Brien`,
    });

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('Eve &lt;img src=x onerror=alert(1)&gt; O&#39;Brien invited you');
    expect(mail.html).toContain('Vendor &amp; Sons');
    expect(mail.text).toContain(
      `Eve <img src=x onerror=alert(1)> O'Brien invited you to join <script>alert("x")</script> as Viewer`,
    );
    expect(mail.subject).toBe('Join <script>alert("x")</script> on Vendor & Sons');
  });

  it('write an invite with who invited, the account, the role, the link and when it expires', () => {
    const mail = render(invite);

    expect(mail.subject).toBe('Join Acme GmbH on Vendor & Sons');
    expect(mail.html).toContain('href="https://billing.example.com/invite/tok123"');
    expect(mail.text)
      .toBe(`Ada Admin invited you to join Acme GmbH as Viewer, to see and manage its billing with Vendor & Sons.

Accept the invitation:
https://billing.example.com/invite/tok123

The link works once and expires on 8 February 2027 at 09:30 UTC. Sign in with this e-mail address to accept it. If you did not expect this invitation, ignore this e-mail.

--
Vendor & Sons
You received this e-mail because of your billing account with Vendor & Sons.
Manage your account at https://billing.example.com/
`);
  });

  it('say "You have been invited" when no person sent the invitation', () => {
    expect(render({ ...invite, inviterName: null }).text).toMatch(
      /^You have been invited to join Acme GmbH as Viewer/,
    );
    expect(render({ ...invite, inviterName: '  ' }).text).toMatch(/^You have been invited/);
  });

  it('refuse a link that is not http(s), and keep a subject on one line', () => {
    expect(() => render({ ...invite, acceptUrl: 'javascript:alert(1)' })).toThrow(
      'Mail links must be http(s) URLs, not javascript:',
    );
    expect(render({ ...invite, accountName: 'Acme\r\nBcc: victim@example.com' }).subject).toBe(
      'Join Acme Bcc: victim@example.com on Vendor & Sons',
    );
  });

  it('escape interpolated strings once and nested markup not at all', () => {
    const name = '<b>&</b>';
    expect(html`<p>${name}</p>`.toString()).toBe('<p>&lt;b&gt;&amp;&lt;/b&gt;</p>');
    expect(html`<div>${html`<p>${name}</p>`}</div>`.toString()).toBe(
      '<div><p>&lt;b&gt;&amp;&lt;/b&gt;</p></div>',
    );
    const title = '" onclick="x';
    expect(html`<abbr title="${title}">x</abbr>`.toString()).toBe(
      '<abbr title="&quot; onclick=&quot;x">x</abbr>',
    );
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('tell a person support reset their two-factor sign-in, when, and whom to alert if they did not ask', () => {
    const mail = renderMail(
      twoFactorResetMail(
        {
          name: 'Lena <b>Lost</b>',
          resetAt: new Date('2026-11-30T09:15:00Z'),
          supportEmail: 'help@vendor.example',
        },
        brand,
      ),
      brand,
    );
    expect(mail.subject).toBe('Your two-factor sign-in was reset by Vendor & Sons support');
    expect(mail.text).toContain('Hello Lena <b>Lost</b>,');
    expect(mail.text).toContain(
      'Vendor & Sons support reset the two-factor sign-in of your billing account on 30 November 2026 at 09:15 UTC',
    );
    expect(mail.text).toContain(
      'If you did not ask for this, contact support at help@vendor.example straight away.',
    );
    expect(mail.html).toContain('Hello Lena &lt;b&gt;Lost&lt;/b&gt;,');
    expect(mail.html).toContain('contact support at help@vendor.example straight away.');
  });
});

describe('account notification templates', () => {
  const hostile = `Eve <img src=x onerror=alert(1)> & "Co"`;

  it('escape names and reasons in HTML, keep them as written in text, and say the same in both', () => {
    const mail = renderMail(
      accountSuspensionMail(
        {
          accountName: hostile,
          suspended: true,
          reason: '<b>Unpaid</b> invoices',
          portalUrl: 'https://billing.example.com/',
        },
        brand,
      ),
      brand,
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>Unpaid</b>');
    expect(mail.html).toContain('Reason: &lt;b&gt;Unpaid&lt;/b&gt; invoices');
    expect(mail.text).toContain('Reason: <b>Unpaid</b> invoices');
    expect(mail.text).toContain(hostile);
  });

  it('tell a suspended account why and what still works, and a reactivated one that all does', () => {
    const data = {
      accountName: 'Acme',
      reason: 'Unpaid invoices',
      portalUrl: 'https://billing.example.com/',
    };
    const suspended = renderMail(accountSuspensionMail({ ...data, suspended: true }, brand), brand);
    expect(suspended.subject).toBe('Acme is suspended');
    expect(suspended.text).toContain('Reason: Unpaid invoices');
    expect(suspended.text).toContain('Members can still sign in and see the account read-only.');
    const back = renderMail(accountSuspensionMail({ ...data, suspended: false }, brand), brand);
    expect(back.subject).toBe('Acme is active again');
    expect(back.text).not.toContain('Unpaid invoices');
  });

  it('name the last dunning step instead of a next attempt', () => {
    const mail = renderMail(
      paymentFailedMail(
        {
          accountName: 'Acme',
          invoiceNumber: 'INV-9',
          amount: '€89.00',
          reason: 'Your card was declined.',
          method: 'your card',
          nextAttemptAt: null,
          fixUrl: 'https://billing.example.com/billing/payment-methods?invoice=inv_9',
          attempt: 4,
          finalAction: 'subscription_canceled',
        },
        brand,
      ),
      brand,
    );
    expect(mail.text).toContain('(attempt 4): Your card was declined.');
    expect(mail.text).toContain('Every retry failed, so the subscription was cancelled.');
    expect(mail.html).toContain(
      'href="https://billing.example.com/billing/payment-methods?invoice=inv_9"',
    );
  });

  it('state a trial end as a UTC day', () => {
    const mail = renderMail(
      trialEndingMail(
        {
          accountName: 'Acme',
          planName: 'Basic',
          trialEnd: new Date('2027-03-01T00:00:00Z'),
          plansUrl: 'https://billing.example.com/billing/plans',
        },
        brand,
      ),
      brand,
    );
    expect(mail.subject).toBe('Your Basic trial ends on 1 March 2027');
  });
});
