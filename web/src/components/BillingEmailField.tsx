import TextField from '@mui/material/TextField';

type BillingEmailFieldProps = {
  value: string;
  onChange: (billingEmail: string) => void;
  helperText: string;
  error?: boolean;
};

/** The address invoices and receipts are sent to (an account preference). */
export function BillingEmailField({
  value,
  onChange,
  helperText,
  error = false,
}: BillingEmailFieldProps) {
  return (
    <TextField
      label="Billing e-mail"
      name="billingEmail"
      type="email"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      helperText={helperText}
      required
      fullWidth
      autoComplete="email"
    />
  );
}
