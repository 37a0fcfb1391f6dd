/** Plans are sold in these when the catalog says nothing else (the seeded catalog sells all three). */
const usualCurrencies = ['USD', 'EUR', 'GBP'];

/** Every currency some plan is sold in, the usual ones first. */
export function catalogCurrencies(
  plans: readonly { prices: readonly { currency: string }[] }[],
): string[] {
  const sold = new Set(plans.flatMap((plan) => plan.prices.map((price) => price.currency)));
  const rank = (currency: string) => {
    const index = usualCurrencies.indexOf(currency);
    return index === -1 ? usualCurrencies.length : index;
  };
  return [...sold].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** "GBP · British Pound": the code people know, and its name in the reader's language. */
export function currencyLabel(code: string, locale?: string): string {
  try {
    const name = new Intl.DisplayNames(locale, { type: 'currency', fallback: 'code' }).of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}
