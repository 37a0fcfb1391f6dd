import { html, linkUrl, type SafeHtml } from './html.js';

/** Who the mail comes from, as every template and the shared layout show it. */
export interface MailBrand {
  /** The vendor running Ledgerline (config `billing.seller.name`). */
  sellerName: string;
  /** Where the portal is (config `publicUrl`); the footer links to it. */
  portalUrl: string;
}

/** What a template writes: the subject and the body, once as HTML and once as plain text. */
export interface MailContent {
  subject: string;
  /** One line some clients show after the subject in the inbox. */
  preheader: string;
  /** The body only; `renderMail` wraps it in the layout. */
  html: SafeHtml;
  /** The body only, as plain text (wrapped by the caller's own line breaks). */
  text: string;
}

/** A finished message, ready to store and to send. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** The palette of the portal's theme (web/src/app/theme.ts), inlined as mail clients need. */
const colors = {
  text: '#111827',
  muted: '#4b5563',
  border: '#e5e7eb',
  background: '#f5f6fa',
  primary: '#3730a3',
  onPrimary: '#ffffff',
};

/** A paragraph of body text. */
export function paragraph(content: SafeHtml | string): SafeHtml {
  return html`<p style="margin:0 0 16px;font-size:15px;line-height:22px;color:${colors.text}">
    ${content}
  </p>`;
}

/** The one call to action of a message: a button, with the URL spelled out below for copying. */
export function actionButton(label: string, url: string): SafeHtml {
  const href = linkUrl(url);
  return html`<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px">
      <tr>
        <td style="border-radius:6px;background:${colors.primary}">
          <a
            href="${href}"
            style="display:inline-block;padding:12px 20px;font-size:15px;font-weight:600;color:${colors.onPrimary};text-decoration:none"
            >${label}</a
          >
        </td>
      </tr>
    </table>
    <p style="margin:0 0 16px;font-size:13px;line-height:20px;color:${colors.muted}">
      Or paste this link into your browser:<br /><a
        href="${href}"
        style="color:${colors.primary};word-break:break-all"
        >${href}</a
      >
    </p>`;
}

/**
 * Wraps a template's body in the shared layout: the seller's name on top, a footer saying why the
 * mail came and where the portal is. Subjects lose line breaks (a header cannot hold them).
 */
export function renderMail(content: MailContent, brand: MailBrand): RenderedMail {
  const subject = content.subject.replace(/[\r\n]+/g, ' ').trim();
  const portalUrl = linkUrl(brand.portalUrl);
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${subject}</title>
      </head>
      <body
        style="margin:0;padding:0;background:${colors.background};font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
      >
        <div style="display:none;max-height:0;overflow:hidden">${content.preheader}</div>
        <table
          role="presentation"
          width="100%"
          cellpadding="0"
          cellspacing="0"
          style="background:${colors.background}"
        >
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="100%"
                cellpadding="0"
                cellspacing="0"
                style="max-width:560px"
              >
                <tr>
                  <td
                    style="padding:0 4px 12px;font-size:14px;font-weight:600;color:${colors.muted}"
                  >
                    ${brand.sellerName}
                  </td>
                </tr>
                <tr>
                  <td
                    style="background:#ffffff;border:1px solid ${colors.border};border-radius:8px;padding:28px 24px"
                  >
                    ${content.html}
                  </td>
                </tr>
                <tr>
                  <td
                    style="padding:16px 4px;font-size:12px;line-height:18px;color:${colors.muted}"
                  >
                    You received this e-mail because of your billing account with
                    ${brand.sellerName}. Manage your account at
                    <a href="${portalUrl}" style="color:${colors.muted}">${portalUrl}</a>.
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `;
  const text = `${content.text.trim()}

--
${brand.sellerName}
You received this e-mail because of your billing account with ${brand.sellerName}.
Manage your account at ${portalUrl}
`;
  return { subject, html: page.toString(), text };
}
