import Box from '@mui/material/Box';
import type { Money as MoneyValue } from '../graphql/generated';
import { formatMinorUnits } from './money';

type MoneyProps = {
  value: Pick<MoneyValue, 'amount' | 'currency' | 'formatted'>;
};

/** An amount in the reader's locale; falls back to the server's text for a currency Intl lacks. */
export function Money({ value }: MoneyProps) {
  let text: string;
  try {
    text = formatMinorUnits(value.amount, value.currency);
  } catch {
    text = value.formatted;
  }
  return (
    <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {text}
    </Box>
  );
}
