import TextField from '@mui/material/TextField';
import type { Ref } from 'react';

type CodeFieldProps = {
  /** `app`: the six digits an authenticator shows; `backup`: a ten-character backup code. */
  kind: 'app' | 'backup' | 'either';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

const labels = {
  app: 'Six-digit code',
  backup: 'Backup code',
  either: 'Code from your app or a backup code',
} as const;

/** The one field every two-factor form asks for a code with. */
export function CodeField({
  kind,
  value,
  onChange,
  error,
  disabled,
  autoFocus,
  inputRef,
}: CodeFieldProps) {
  return (
    <TextField
      label={labels[kind]}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined}
      helperText={error ?? (kind === 'backup' ? 'For example 7kq2m-x9d4r' : ' ')}
      disabled={disabled}
      autoFocus={autoFocus}
      inputRef={inputRef}
      fullWidth
      autoComplete={kind === 'backup' ? 'off' : 'one-time-code'}
      slotProps={{
        htmlInput: {
          inputMode: kind === 'app' ? 'numeric' : 'text',
          autoCapitalize: 'none',
          spellCheck: false,
          maxLength: 20,
          sx: { fontFamily: 'monospace', fontSize: '1.15rem', letterSpacing: '0.12em' },
        },
      }}
    />
  );
}
