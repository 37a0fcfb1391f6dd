import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { currencyLabel } from './currencies';

type CurrencyFieldProps = {
  value: string;
  onChange: (code: string) => void;
  /** The currencies on offer (`catalogCurrencies`). */
  currencies: readonly string[];
  helperText: string;
  error?: boolean;
  disabled?: boolean;
};

/** The preferred currency: one the plan catalog sells in. */
export function CurrencyField({
  value,
  onChange,
  currencies,
  helperText,
  error = false,
  disabled = false,
}: CurrencyFieldProps) {
  return (
    <TextField
      select
      label="Currency"
      name="currency"
      value={currencies.includes(value) ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      helperText={helperText}
      required
      disabled={disabled}
      fullWidth
    >
      {currencies.map((code) => (
        <MenuItem key={code} value={code}>
          {currencyLabel(code)}
        </MenuItem>
      ))}
    </TextField>
  );
}
