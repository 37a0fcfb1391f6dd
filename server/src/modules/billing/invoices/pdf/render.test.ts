import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvoiceDocument } from './document.js';
import { STANDARD_FONTS, type InvoiceFonts, toWinAnsi } from './fonts.js';
import { renderInvoicePdf } from './render.js';

// Set INVOICE_PDF_DIR to keep the rendered PDFs for a look (e.g. with `pdftoppm -png -r 60`).
const keptDirectory = process.env.INVOICE_PDF_DIR;
let directory: string;

beforeAll(() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch (error) {
    throw new Error(
      'These tests read the rendered PDFs with `pdftotext`, which is not installed: ' +
        'install poppler-utils (apt-get install poppler-utils).',
      { cause: error },
    );
  }
  if (keptDirectory === undefined) {
    directory = mkdtempSync(join(tmpdir(), 'invoice-pdf-'));
  } else {
    mkdirSync(keptDirectory, { recursive: true });
    directory = keptDirectory;
  }
});

afterAll(() => {
  if (keptDirectory === undefined && directory !== undefined) {
    rmSync(directory, { recursive: true, force: true });
  }
});

/** Renders, writes `<name>.pdf` and answers its text as `pdftotext -layout` reads it. */
async function renderText(
  name: string,
  doc: InvoiceDocument,
  options: { fonts?: InvoiceFonts; page?: number } = {},
): Promise<string> {
  const file = join(directory, `${name}.pdf`);
  writeFileSync(file, await renderInvoicePdf(doc, options.fonts));
  const pages =
    options.page === undefined ? [] : ['-f', `${options.page}`, '-l', `${options.page}`];
  const text = execFileSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' });
  // Intl puts a no-break space between a currency code and the number ("KWD 12.345").
  return text.replaceAll('\u00a0', ' ');
}

function pageCount(text: string): number {
  return text.split('\f').filter((page) => page.trim() !== '').length;
}

const nov23 = new Date('2026-11-23T09:30:00Z');
const dec23 = new Date('2026-12-23T09:30:00Z');

function eurInvoice(): InvoiceDocument {
  return {
    kind: 'invoice',
    number: 'INV-2026-11-00001',
    status: 'open',
    issuedAt: nov23,
    dueAt: dec23,
    paidAt: null,
    currency: 'EUR',
    seller: {
      name: 'Ledgerline Demo GmbH',
      addressLines: ['Friedrichstraße 68', '10117 Berlin', 'Germany'],
      taxId: 'DE123456789',
      email: 'billing@ledgerline.example',
    },
    buyer: {
      legalName: 'Acme Widgets SE',
      addressLines: ['Leopoldstraße 12', '80802 München', 'Germany'],
      taxId: 'DE987654321',
      email: 'accounts@acme.example',
    },
    lines: [
      {
        description: 'Advanced (monthly, 5 seats)',
        quantity: 1,
        unitAmount: 100_000,
        amount: 100_000,
        periodStart: nov23,
        periodEnd: dec23,
        proration: false,
      },
      {
        description: 'Advanced: extra seats',
        quantity: 3,
        unitAmount: 8_302,
        amount: 24_906,
        periodStart: nov23,
        periodEnd: dec23,
        proration: false,
      },
      {
        description: 'Unused time on Basic (monthly)',
        quantity: 1,
        unitAmount: -1_450,
        amount: -1_450,
        periodStart: nov23,
        periodEnd: dec23,
        proration: true,
      },
    ],
    // 100 000 + 24 906 − 1 450 = 123 456; VAT 19 % of 1 234.56 = 234.5664 → 234.57.
    subtotal: 123_456,
    creditApplied: 0,
    tax: { label: 'VAT 19%', rateBps: 1900, amount: 23_457, reverseChargeNote: null },
    total: 146_913,
    amountPaid: 0,
    amountDue: 146_913,
    paymentInstructions: [
      'Bank transfer to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX',
      'Reference: INV-2026-11-00001',
    ],
    notes: ['Thank you for your business.'],
    relatesTo: null,
  };
}

const REVERSE_CHARGE_NOTE =
  'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)';

describe('renderInvoicePdf', () => {
  it('prints a EUR invoice with its parties, lines, 19% VAT, totals and payment instructions', async () => {
    const text = await renderText('eur-invoice', eurInvoice());

    expect(text).toContain('Invoice');
    expect(text).toContain('INV-2026-11-00001');
    expect(text).toContain('Ledgerline Demo GmbH');
    expect(text).toContain('Tax ID: DE123456789');
    expect(text).toContain('BILL TO');
    expect(text).toContain('Acme Widgets SE');
    expect(text).toContain('80802 München');
    expect(text).toContain('Tax ID: DE987654321');
    expect(text).toContain('accounts@acme.example');
    expect(text).toMatch(/Issue date\s+Nov 23, 2026/);
    expect(text).toMatch(/Due date\s+Dec 23, 2026/);
    expect(text).toMatch(/Description\s+Qty\s+Unit price\s+Amount/);
    expect(text).toMatch(/Advanced \(monthly, 5 seats\)\s+1\s+€1,000\.00\s+€1,000\.00/);
    expect(text).toMatch(/Advanced: extra seats\s+3\s+€83\.02\s+€249\.06/);
    expect(text).toMatch(/Unused time on Basic \(monthly\)\s+1\s+-€14\.50\s+-€14\.50/);
    expect(text).toContain('Nov 23, 2026 – Dec 23, 2026 (prorated)');
    expect(text).toMatch(/Subtotal\s+€1,234\.56/);
    expect(text).not.toContain('Credit applied');
    expect(text).toMatch(/VAT 19%\s+€234\.57/);
    expect(text).toMatch(/Total\s+€1,469\.13/);
    expect(text).toMatch(/Amount paid\s+€0\.00/);
    expect(text).toMatch(/Amount due\s+€1,469\.13/);
    expect(text).toContain('Payment instructions');
    expect(text).toContain('Bank transfer to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX');
    expect(text).toContain('Reference: INV-2026-11-00001');
    expect(text).toContain('Thank you for your business.');
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toMatch(/\b(PAID|VOID|UNCOLLECTIBLE)\b/);
  });

  it('prints a GBP invoice with the credit applied as a deduction before 20% VAT', async () => {
    const text = await renderText('gbp-invoice', {
      ...eurInvoice(),
      number: 'INV-2026-11-00002',
      currency: 'GBP',
      seller: {
        name: 'Ledgerline UK Ltd',
        addressLines: ['1 Poultry', 'London EC2R 8EJ'],
        taxId: 'GB123456789',
        email: null,
      },
      buyer: {
        legalName: 'Brightside Analytics Ltd',
        addressLines: ['22 Deansgate', 'Manchester M3 1RH'],
        taxId: null,
        email: 'finance@brightside.example',
      },
      lines: [
        {
          description: 'Basic (monthly)',
          quantity: 2,
          unitAmount: 1_500,
          amount: 3_000,
          periodStart: nov23,
          periodEnd: dec23,
          proration: false,
        },
      ],
      // 30.00 − 10.00 credit = 20.00 taxable; VAT 20 % = 4.00; total 24.00.
      subtotal: 3_000,
      creditApplied: 1_000,
      tax: { label: 'VAT 20%', rateBps: 2000, amount: 400, reverseChargeNote: null },
      total: 2_400,
      amountPaid: 0,
      amountDue: 2_400,
      paymentInstructions: ['Pay by card from your billing page.'],
      notes: [],
    });

    expect(text).toContain('INV-2026-11-00002');
    expect(text).toContain('Ledgerline UK Ltd');
    expect(text).toContain('Brightside Analytics Ltd');
    expect(text).toMatch(/Basic \(monthly\)\s+2\s+£15\.00\s+£30\.00/);
    expect(text).toMatch(/Subtotal\s+£30\.00/);
    expect(text).toMatch(/Credit applied\s+-£10\.00/);
    expect(text).toMatch(/VAT 20%\s+£4\.00/);
    expect(text).toMatch(/Total\s+£24\.00/);
    expect(text).toMatch(/Amount due\s+£24\.00/);
    expect(text).toContain('Pay by card from your billing page.');
    expect(text).not.toContain('Notes');
  });

  it('prints the reverse-charge legal note and zero VAT for an EU business abroad', async () => {
    const text = await renderText('reverse-charge', {
      ...eurInvoice(),
      number: 'INV-2026-11-00003',
      buyer: {
        legalName: 'Société Générale de Logiciels SAS',
        addressLines: ['12 rue de Rivoli', '75004 Paris', 'France'],
        taxId: 'FR40303265045',
        email: 'compta@sgl.example',
      },
      lines: [
        {
          description: 'Enterprise (annual)',
          quantity: 1,
          unitAmount: 490_000,
          amount: 490_000,
          periodStart: nov23,
          periodEnd: new Date('2027-11-23T09:30:00Z'),
          proration: false,
        },
      ],
      subtotal: 490_000,
      tax: { label: 'VAT 0%', rateBps: 0, amount: 0, reverseChargeNote: REVERSE_CHARGE_NOTE },
      total: 490_000,
      amountDue: 490_000,
    });

    expect(text).toContain('Société Générale de Logiciels SAS');
    expect(text).toContain('Tax ID: FR40303265045');
    expect(text).toContain('Nov 23, 2026 – Nov 23, 2027');
    expect(text).toMatch(/VAT 0%\s+€0\.00/);
    expect(text).toMatch(/Total\s+€4,900\.00/);
    expect(text).toContain(REVERSE_CHARGE_NOTE);
  });

  it('stamps a paid invoice PAID and shows when it was paid', async () => {
    const text = await renderText('paid', {
      ...eurInvoice(),
      number: 'INV-2026-11-00004',
      status: 'paid',
      currency: 'USD',
      dueAt: nov23,
      paidAt: new Date('2026-11-25T16:00:00Z'),
      lines: [
        {
          description: 'Basic (monthly)',
          quantity: 1,
          unitAmount: 2_900,
          amount: 2_900,
          periodStart: nov23,
          periodEnd: dec23,
          proration: false,
        },
      ],
      subtotal: 2_900,
      tax: { label: 'Sales tax 0%', rateBps: 0, amount: 0, reverseChargeNote: null },
      total: 2_900,
      amountPaid: 2_900,
      amountDue: 0,
      paymentInstructions: [],
      notes: [],
    });

    expect(text).toMatch(/\bPAID\b/);
    expect(text).toMatch(/Paid on\s+Nov 25, 2026/);
    expect(text).toMatch(/Total\s+\$29\.00/);
    expect(text).toMatch(/Amount paid\s+\$29\.00/);
    expect(text).toMatch(/Amount due\s+\$0\.00/);
    expect(text).not.toContain('Payment instructions');
  });

  it.each([
    ['void', 'VOID'],
    ['uncollectible', 'UNCOLLECTIBLE'],
  ] as const)('stamps a %s invoice %s', async (status, stamp) => {
    const text = await renderText(status, { ...eurInvoice(), status });
    expect(text).toMatch(new RegExp(`\\b${stamp}\\b`));
  });

  it('titles a credit note as such and names the invoice it credits', async () => {
    const text = await renderText('credit-note', {
      ...eurInvoice(),
      kind: 'credit_note',
      number: 'CN-2026-11-00001',
      dueAt: null,
      lines: [
        {
          description: 'Refund: Advanced (monthly, 5 seats)',
          quantity: 1,
          unitAmount: 100_000,
          amount: 100_000,
          periodStart: nov23,
          periodEnd: dec23,
          proration: false,
        },
      ],
      // VAT 19 % of 1 000.00 = 190.00.
      subtotal: 100_000,
      tax: { label: 'VAT 19%', rateBps: 1900, amount: 19_000, reverseChargeNote: null },
      total: 119_000,
      amountDue: 119_000,
      paymentInstructions: [],
      relatesTo: 'INV-2026-11-00001',
    });

    expect(text).toContain('Credit note');
    expect(text).toContain('CN-2026-11-00001');
    expect(text).toMatch(/Credits invoice\s+INV-2026-11-00001/);
    expect(text).not.toContain('Due date');
    expect(text).toMatch(/Refund: Advanced \(monthly, 5 seats\)\s+1\s+€1,000\.00\s+€1,000\.00/);
    expect(text).toMatch(/VAT 19%\s+€190\.00/);
    expect(text).toMatch(/Total\s+€1,190\.00/);
  });

  it('formats zero- and three-decimal currencies exactly from minor units', async () => {
    const yen = await renderText('jpy', {
      ...eurInvoice(),
      currency: 'JPY',
      lines: [{ ...eurInvoice().lines[0]!, quantity: 10, unitAmount: 1_200, amount: 12_000 }],
      subtotal: 12_000,
      tax: { label: 'Consumption tax 10%', rateBps: 1000, amount: 1_200, reverseChargeNote: null },
      total: 13_200,
      amountDue: 13_200,
    });
    expect(yen).toMatch(/10\s+¥1,200\s+¥12,000/);
    expect(yen).toMatch(/Total\s+¥13,200/);

    const dinar = await renderText('kwd', {
      ...eurInvoice(),
      currency: 'KWD',
      lines: [{ ...eurInvoice().lines[0]!, unitAmount: 12_345, amount: 12_345 }],
      subtotal: 12_345,
      tax: { label: 'VAT 0%', rateBps: 0, amount: 0, reverseChargeNote: null },
      total: 12_345,
      amountDue: 12_345,
    });
    expect(dinar).toMatch(/Total\s+KWD 12\.345/);
  });

  describe('a 60-line invoice', () => {
    const lines = Array.from({ length: 60 }, (_, i) => {
      const n = String(i + 1).padStart(2, '0');
      return {
        description:
          i === 0
            ? 'Workspace usage 01: API requests beyond the included monthly allowance, billed per block of one thousand requests'
            : `Workspace usage ${n}`,
        quantity: 1,
        unitAmount: 1_000,
        amount: 1_000,
        periodStart: null,
        periodEnd: null,
        proration: false,
      };
    });
    const long: InvoiceDocument = {
      ...eurInvoice(),
      number: 'INV-2026-11-00060',
      lines,
      // 60 × 10.00 = 600.00; VAT 19 % = 114.00.
      subtotal: 60_000,
      tax: { label: 'VAT 19%', rateBps: 1900, amount: 11_400, reverseChargeNote: null },
      total: 71_400,
      amountDue: 71_400,
      paymentInstructions: ['Reference: INV-2026-11-00060'],
    };

    it('continues over three pages, each numbered, with the table header repeated', async () => {
      // About 18 one-line rows fit under the header on page 1 and 28 on a continuation page.
      const text = await renderText('long', long);
      expect(pageCount(text)).toBe(3);
      for (const line of lines.slice(1)) expect(text).toContain(line.description);
      expect(text).toMatch(/Total\s+€714\.00/);

      for (const page of [1, 2, 3]) {
        const pageText = await renderText('long', long, { page });
        expect(pageText).toContain(`Page ${page} of 3`);
        expect(pageText).toMatch(/Description\s+Qty\s+Unit price\s+Amount/);
        expect(pageText).toContain('INV-2026-11-00060');
      }
    });

    it('wraps a long description onto several lines inside its column', async () => {
      const rows = (await renderText('long', long)).split('\n');
      const first = rows.findIndex((row) => row.includes('Workspace usage 01:'));
      const last = rows.findIndex((row) => row.includes('thousand requests'));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(last).toBeGreaterThan(first);
      // The amounts stay on the description's first line, in their own columns.
      expect(rows[first]).toMatch(/\s1\s+€10\.00\s+€10\.00\s*$/);
    });
  });

  it('renders the same document to the same bytes', async () => {
    const first = await renderInvoicePdf(eurInvoice());
    // A later clock must not show: the PDF's dates and file id come from the issue date.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await renderInvoicePdf(eurInvoice());
    expect(first.equals(second)).toBe(true);
  });

  it('keeps names outside Latin-1 readable', async () => {
    const doc: InvoiceDocument = {
      ...eurInvoice(),
      buyer: { ...eurInvoice().buyer, legalName: 'Łódź Software Sp. z o.o.' },
    };
    expect(await renderText('unicode', doc)).toContain('Łódź Software Sp. z o.o.');
    // Without an embedded font, pdfkit's Helvetica only has WinAnsi: accents it lacks are dropped.
    expect(await renderText('unicode-helvetica', doc, { fonts: STANDARD_FONTS })).toContain(
      'Lódz Software Sp. z o.o.',
    );
  });
});

describe('toWinAnsi', () => {
  it('keeps WinAnsi text, folds other accented letters and marks what it cannot show', () => {
    expect(toWinAnsi('€1,234.56 – “Müller” £ ¥')).toBe('€1,234.56 – “Müller” £ ¥');
    expect(toWinAnsi('Łódź, Dvořák, Đaković')).toBe('Lódz, Dvorák, Dakovic');
    expect(toWinAnsi('₹ 東京')).toBe('? ??');
  });
});
