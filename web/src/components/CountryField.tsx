import { useMemo } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { countryOptions, type CountryOption } from './countries';

type CountryFieldProps = {
  /** ISO 3166-1 alpha-2 code, or '' for none chosen yet. */
  value: string;
  onChange: (code: string) => void;
  label?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: string;
};

// Typing "DE" finds Germany as well as typing its name.
const filterOptions = createFilterOptions<CountryOption>({
  stringify: (option) => `${option.name} ${option.code}`,
});

/** A searchable country picker over ISO 3166 countries, named in the reader's language. */
export function CountryField({
  value,
  onChange,
  label = 'Country',
  name = 'country',
  required = false,
  disabled = false,
  error = false,
  helperText,
}: CountryFieldProps) {
  const options = useMemo(() => countryOptions(), []);
  const selected = options.find((option) => option.code === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_event, option) => onChange(option?.code ?? '')}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, current) => option.code === current.code}
      filterOptions={filterOptions}
      autoHighlight
      disabled={disabled}
      renderOption={({ key, ...optionProps }, option) => (
        <Box component="li" key={key} {...optionProps} sx={{ gap: 1 }}>
          <Box component="span" sx={{ flexGrow: 1 }}>
            {option.name}
          </Box>
          <Typography component="span" variant="caption" color="text.secondary">
            {option.code}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          name={name}
          required={required}
          error={error}
          helperText={helperText}
        />
      )}
    />
  );
}
