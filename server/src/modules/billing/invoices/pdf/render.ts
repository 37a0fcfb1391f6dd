import PDFDocument from 'pdfkit';
import { formatMinorUnits } from '../../rules/money-format.js';
import type { InvoiceDocument, InvoiceDocumentLine } from './document.js';
import { type InvoiceFonts, findInvoiceFonts } from './fonts.js';
import { formatDay, formatQuantity, lineDetail } from './format.js';

type Pdf = PDFKit.PDFDocument;
type Align = 'left' | 'right';

interface TextStyle {
  readonly font: 'regular' | 'bold';
  readonly size: number;
  readonly color: string;
  readonly characterSpacing?: number;
}

const INK = '#1f2937';
const MUTED = '#6b7280';
const RULE = '#e5e7eb';
const TABLE_HEADER_FILL = '#f3f4f6';

const STYLES = {
  title: { font: 'bold', size: 22, color: INK },
  number: { font: 'regular', size: 10.5, color: INK },
  sellerName: { font: 'bold', size: 13, color: INK },
  partyName: { font: 'bold', size: 11, color: INK },
  caption: { font: 'bold', size: 7.5, color: MUTED, characterSpacing: 0.8 },
  heading: { font: 'bold', size: 10, color: INK },
  body: { font: 'regular', size: 9.5, color: INK },
  muted: { font: 'regular', size: 9, color: MUTED },
  detail: { font: 'regular', size: 8, color: MUTED },
  tableHeader: { font: 'bold', size: 8.5, color: MUTED },
  total: { font: 'bold', size: 10, color: INK },
  amountDue: { font: 'bold', size: 12, color: INK },
  footer: { font: 'regular', size: 8, color: MUTED },
} as const satisfies Record<string, TextStyle>;

const MARGIN = 50;
/** Room below the content for the footer line. */
const BOTTOM_MARGIN = 70;
const FOOTER_FROM_BOTTOM = 42;
const LINE_GAP = 1.5;
const HEADER_RIGHT_WIDTH = 230;
const META_LABEL_WIDTH = 100;
const TOTALS_WIDTH = 250;

/** Line table columns, right to left after the description; widths in points. */
const COLUMN_GAP = 12;
const CELL_PADDING = 6;
const QUANTITY_WIDTH = 36;
const UNIT_PRICE_WIDTH = 84;
const AMOUNT_WIDTH = 90;
const ROW_PADDING = 6;

/** Letterpress-style stamp for a settled invoice; an open one has none. */
function stampFor(status: InvoiceDocument['status']): { label: string; color: string } | null {
  switch (status) {
    case 'open':
      return null;
    case 'paid':
      return { label: 'PAID', color: '#15803d' };
    case 'void':
      return { label: 'VOID', color: '#6b7280' };
    case 'uncollectible':
      return { label: 'UNCOLLECTIBLE', color: '#b91c1c' };
  }
}

function titleOf(kind: InvoiceDocument['kind']): string {
  switch (kind) {
    case 'invoice':
      return 'Invoice';
    case 'credit_note':
      return 'Credit note';
  }
}

let defaultFonts: InvoiceFonts | undefined;

/**
 * Renders an invoice or credit note as an A4 PDF. The same document always renders the same bytes:
 * the PDF's creation date (which also seeds its file id) is the issue date, not the current time.
 */
export async function renderInvoicePdf(
  doc: InvoiceDocument,
  fonts: InvoiceFonts = (defaultFonts ??= findInvoiceFonts()),
): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: BOTTOM_MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `${titleOf(doc.kind)} ${doc.number}`,
      Author: doc.seller.name,
      Creator: 'Ledgerline',
      CreationDate: doc.issuedAt,
    },
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  const rendered = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  new InvoiceLayout(pdf, fonts, doc).draw();
  pdf.end();
  return rendered;
}

/** Draws top to bottom, keeping its own cursor `y` so page breaks happen only where it decides. */
class InvoiceLayout {
  private y: number;

  constructor(
    private readonly pdf: Pdf,
    private readonly fonts: InvoiceFonts,
    private readonly doc: InvoiceDocument,
  ) {
    this.y = pdf.page.margins.top;
  }

  draw(): void {
    this.header();
    this.billTo();
    this.lineTable();
    this.totals();
    if (this.doc.tax.reverseChargeNote !== null) {
      this.section(null, [this.doc.tax.reverseChargeNote]);
    }
    if (this.doc.paymentInstructions.length > 0) {
      this.section('Payment instructions', this.doc.paymentInstructions);
    }
    if (this.doc.notes.length > 0) this.section('Notes', this.doc.notes);
    this.footers();
  }

  private get left(): number {
    return this.pdf.page.margins.left;
  }

  private get right(): number {
    return this.pdf.page.width - this.pdf.page.margins.right;
  }

  private get width(): number {
    return this.right - this.left;
  }

  private get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  private money(amount: number): string {
    return formatMinorUnits(amount, this.doc.currency);
  }

  private use(style: TextStyle): void {
    this.pdf.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  private options(
    width: number,
    style: TextStyle,
    align: Align = 'left',
  ): PDFKit.Mixins.TextOptions {
    return { width, align, lineGap: LINE_GAP, characterSpacing: style.characterSpacing ?? 0 };
  }

  private measure(text: string, width: number, style: TextStyle): number {
    this.use(style);
    return this.pdf.heightOfString(this.fonts.printable(text), this.options(width, style));
  }

  /** Writes `text` wrapped to `width` at (x, y) and answers the height it took. */
  private write(
    text: string,
    x: number,
    y: number,
    width: number,
    style: TextStyle,
    align: Align = 'left',
  ): number {
    const printable = this.fonts.printable(text);
    const options = this.options(width, style, align);
    this.use(style);
    this.pdf.text(printable, x, y, options);
    return this.pdf.heightOfString(printable, options);
  }

  private rule(y: number, from = this.left, to = this.right, color = RULE, lineWidth = 0.75): void {
    this.pdf.save().moveTo(from, y).lineTo(to, y).lineWidth(lineWidth).strokeColor(color).stroke();
    this.pdf.restore();
  }

  private newPage(): void {
    this.pdf.addPage();
    this.y = this.pdf.page.margins.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  private keepTogether(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  private header(): void {
    const { doc } = this;
    const top = this.y;
    const sellerWidth = this.width - HEADER_RIGHT_WIDTH - 24;
    let sellerY = top + 4;
    sellerY += this.write(doc.seller.name, this.left, sellerY, sellerWidth, STYLES.sellerName) + 3;
    const sellerDetails = [
      ...doc.seller.addressLines,
      ...(doc.seller.taxId === null ? [] : [`Tax ID: ${doc.seller.taxId}`]),
      ...(doc.seller.email === null ? [] : [doc.seller.email]),
    ];
    for (const detail of sellerDetails) {
      sellerY += this.write(detail, this.left, sellerY, sellerWidth, STYLES.muted);
    }

    const x = this.right - HEADER_RIGHT_WIDTH;
    let rightY = top;
    rightY += this.write(titleOf(doc.kind), x, rightY, HEADER_RIGHT_WIDTH, STYLES.title, 'right');
    rightY += this.write(doc.number, x, rightY, HEADER_RIGHT_WIDTH, STYLES.number, 'right') + 10;
    const meta: [string, string][] = [['Issue date', formatDay(doc.issuedAt)]];
    if (doc.dueAt !== null) meta.push(['Due date', formatDay(doc.dueAt)]);
    if (doc.paidAt !== null) meta.push(['Paid on', formatDay(doc.paidAt)]);
    if (doc.relatesTo !== null) meta.push(['Credits invoice', doc.relatesTo]);
    const valueWidth = HEADER_RIGHT_WIDTH - META_LABEL_WIDTH;
    for (const [label, value] of meta) {
      const labelHeight = this.write(label, x, rightY, META_LABEL_WIDTH, STYLES.muted);
      const valueX = x + META_LABEL_WIDTH;
      const valueHeight = this.write(value, valueX, rightY, valueWidth, STYLES.body, 'right');
      rightY += Math.max(labelHeight, valueHeight) + 2;
    }
    const stamp = stampFor(doc.status);
    if (stamp !== null) rightY += 8 + this.stamp(stamp.label, stamp.color, rightY);

    this.y = Math.max(sellerY, rightY) + 26;
  }

  /** An outlined, right-aligned stamp; answers its height. */
  private stamp(label: string, color: string, y: number): number {
    const style: TextStyle = { font: 'bold', size: 11, color };
    this.use(style);
    const textWidth = this.pdf.widthOfString(label);
    const width = textWidth + 18;
    const height = 24;
    const x = this.right - width;
    this.pdf.save().roundedRect(x, y, width, height, 3).lineWidth(1.5).strokeColor(color).stroke();
    this.pdf.restore();
    this.use(style);
    this.pdf.text(label, x + 9, y + 7, { lineBreak: false });
    return height;
  }

  private billTo(): void {
    const { buyer } = this.doc;
    const width = this.width / 2;
    this.y += this.write('BILL TO', this.left, this.y, width, STYLES.caption) + 4;
    this.y += this.write(buyer.legalName, this.left, this.y, width, STYLES.partyName) + 2;
    const details = [
      ...buyer.addressLines,
      ...(buyer.taxId === null ? [] : [`Tax ID: ${buyer.taxId}`]),
      buyer.email,
    ];
    for (const detail of details) {
      this.y += this.write(detail, this.left, this.y, width, STYLES.body);
    }
    this.y += 26;
  }

  private get columns(): {
    description: number;
    quantity: number;
    unitPrice: number;
    amount: number;
  } {
    const amount = this.right - CELL_PADDING - AMOUNT_WIDTH;
    const unitPrice = amount - COLUMN_GAP - UNIT_PRICE_WIDTH;
    const quantity = unitPrice - COLUMN_GAP - QUANTITY_WIDTH;
    return { description: this.left + CELL_PADDING, quantity, unitPrice, amount };
  }

  private get descriptionWidth(): number {
    return this.columns.quantity - COLUMN_GAP - this.columns.description;
  }

  private tableHeader(): void {
    const height = 22;
    const columns = this.columns;
    const textY = this.y + 7;
    this.pdf.save().rect(this.left, this.y, this.width, height).fill(TABLE_HEADER_FILL).restore();
    const style = STYLES.tableHeader;
    this.write('Description', columns.description, textY, this.descriptionWidth, style);
    this.write('Qty', columns.quantity, textY, QUANTITY_WIDTH, style, 'right');
    this.write('Unit price', columns.unitPrice, textY, UNIT_PRICE_WIDTH, style, 'right');
    this.write('Amount', columns.amount, textY, AMOUNT_WIDTH, style, 'right');
    this.y += height;
  }

  private lineTable(): void {
    const firstRowHeight = this.doc.lines[0] === undefined ? 0 : this.rowHeight(this.doc.lines[0]);
    this.keepTogether(22 + firstRowHeight);
    this.tableHeader();
    for (const line of this.doc.lines) {
      const height = this.rowHeight(line);
      // A row never splits; the header is repeated on the page it continues on.
      if (this.y + height > this.bottom) {
        this.newPage();
        this.tableHeader();
      }
      this.row(line, height);
    }
    this.y += 18;
  }

  private rowCells(line: InvoiceDocumentLine): {
    detail: string;
    numbers: [string, string, string];
  } {
    return {
      detail: lineDetail(line),
      numbers: [
        formatQuantity(line.quantity),
        this.money(line.unitAmount),
        this.money(line.amount),
      ],
    };
  }

  private rowHeight(line: InvoiceDocumentLine): number {
    const { detail, numbers } = this.rowCells(line);
    const widths = [QUANTITY_WIDTH, UNIT_PRICE_WIDTH, AMOUNT_WIDTH];
    let text = this.measure(line.description, this.descriptionWidth, STYLES.body);
    if (detail !== '') text += 2 + this.measure(detail, this.descriptionWidth, STYLES.detail);
    const numberHeights = numbers.map((n, i) => this.measure(n, widths[i] ?? 0, STYLES.body));
    return Math.max(text, ...numberHeights) + 2 * ROW_PADDING;
  }

  private row(line: InvoiceDocumentLine, height: number): void {
    const { detail, numbers } = this.rowCells(line);
    const columns = this.columns;
    const top = this.y + ROW_PADDING;
    const width = this.descriptionWidth;
    const descriptionHeight = this.write(
      line.description,
      columns.description,
      top,
      width,
      STYLES.body,
    );
    if (detail !== '') {
      this.write(detail, columns.description, top + descriptionHeight + 2, width, STYLES.detail);
    }
    const [quantity, unitPrice, amount] = numbers;
    this.write(quantity, columns.quantity, top, QUANTITY_WIDTH, STYLES.body, 'right');
    this.write(unitPrice, columns.unitPrice, top, UNIT_PRICE_WIDTH, STYLES.body, 'right');
    this.write(amount, columns.amount, top, AMOUNT_WIDTH, STYLES.body, 'right');
    this.y += height;
    this.rule(this.y);
  }

  private totals(): void {
    const { doc } = this;
    type Row = { label: string; value: string; style: TextStyle; ruleAbove?: boolean };
    const rows: Row[] = [
      { label: 'Subtotal', value: this.money(doc.subtotal), style: STYLES.body },
    ];
    if (doc.creditApplied !== 0) {
      // Credit is stored as the positive amount taken off; it prints as a deduction.
      rows.push({
        label: 'Credit applied',
        value: this.money(-doc.creditApplied),
        style: STYLES.body,
      });
    }
    rows.push(
      { label: doc.tax.label, value: this.money(doc.tax.amount), style: STYLES.body },
      { label: 'Total', value: this.money(doc.total), style: STYLES.total, ruleAbove: true },
      { label: 'Amount paid', value: this.money(doc.amountPaid), style: STYLES.body },
      {
        label: 'Amount due',
        value: this.money(doc.amountDue),
        style: STYLES.amountDue,
        ruleAbove: true,
      },
    );
    const x = this.right - TOTALS_WIDTH;
    const valueWidth = 110;
    const labelWidth = TOTALS_WIDTH - valueWidth - CELL_PADDING;
    const rowGap = 6;
    const ruleGap = 7;
    const heights = rows.map(
      (row) =>
        Math.max(
          this.measure(row.label, labelWidth, row.style),
          this.measure(row.value, valueWidth, row.style),
        ) +
        rowGap +
        (row.ruleAbove === true ? ruleGap : 0),
    );
    this.keepTogether(heights.reduce((sum, h) => sum + h, 0));
    rows.forEach((row, i) => {
      if (row.ruleAbove === true) {
        this.rule(this.y + 1, x, this.right, '#9ca3af');
        this.y += ruleGap;
      }
      this.write(row.label, x, this.y, labelWidth, row.style);
      this.write(
        row.value,
        this.right - CELL_PADDING - valueWidth,
        this.y,
        valueWidth,
        row.style,
        'right',
      );
      this.y += (heights[i] ?? 0) - (row.ruleAbove === true ? ruleGap : 0);
    });
    this.y += 16;
  }

  /** A heading (optional) and paragraphs across the full width; the heading stays with its first paragraph. */
  private section(heading: string | null, paragraphs: readonly string[]): void {
    const first = paragraphs[0] ?? '';
    const headingHeight =
      heading === null ? 0 : this.measure(heading, this.width, STYLES.heading) + 4;
    this.keepTogether(headingHeight + this.measure(first, this.width, STYLES.body));
    if (heading !== null)
      this.y += this.write(heading, this.left, this.y, this.width, STYLES.heading) + 4;
    for (const paragraph of paragraphs) {
      this.keepTogether(this.measure(paragraph, this.width, STYLES.body));
      this.y += this.write(paragraph, this.left, this.y, this.width, STYLES.body) + 2;
    }
    this.y += 16;
  }

  /** Written last, once the page count is known. */
  private footers(): void {
    const { start, count } = this.pdf.bufferedPageRange();
    const identity = `${this.doc.seller.name} · ${titleOf(this.doc.kind)} ${this.doc.number}`;
    for (let index = 0; index < count; index += 1) {
      this.pdf.switchToPage(start + index);
      const margins = this.pdf.page.margins;
      const savedBottom = margins.bottom;
      // Text below the bottom margin would make pdfkit start another page.
      margins.bottom = 0;
      const y = this.pdf.page.height - FOOTER_FROM_BOTTOM;
      const half = this.width / 2;
      this.rule(y - 8);
      this.write(identity, this.left, y, half, STYLES.footer);
      this.write(
        `Page ${index + 1} of ${count}`,
        this.left + half,
        y,
        half,
        STYLES.footer,
        'right',
      );
      margins.bottom = savedBottom;
    }
  }
}
