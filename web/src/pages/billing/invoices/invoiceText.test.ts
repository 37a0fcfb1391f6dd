import { invoiceDay, periodText } from './invoiceText';

describe('invoice wording', () => {
  it('dates invoices by their UTC day, as the PDF does', () => {
    // 23:30 UTC on 31 March is already 1 April east of Greenwich; the invoice still says 31 March.
    const text = invoiceDay('2026-03-31T23:30:00.000Z');
    expect(text).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.UTC(2026, 2, 31),
      ),
    );
  });

  it('shows a period as a range, or a dash without one', () => {
    expect(periodText(null, '2026-03-31T00:00:00.000Z')).toBe('—');
    expect(periodText('2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')).toMatch(/2026/);
  });
});
