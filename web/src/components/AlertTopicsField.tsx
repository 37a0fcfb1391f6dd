import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import type { AlertTopic } from '../graphql/generated';
import { alertOptions, alertTopicsNote } from './alertTopics';

type AlertTopicsFieldProps = {
  value: readonly AlertTopic[];
  onChange: (topics: AlertTopic[]) => void;
  legend: string;
  disabled?: boolean;
  /** A message from the server for the `alerts` field, shown instead of the usual note. */
  error?: string;
};

/** One checkbox a topic, each with what it means (the wizard's last step and Preferences). */
export function AlertTopicsField({
  value,
  onChange,
  legend,
  disabled = false,
  error,
}: AlertTopicsFieldProps) {
  // In the list's order, whatever the clicking order: the saved answer reads the same.
  const toggle = (topic: AlertTopic, on: boolean) =>
    onChange(
      alertOptions
        .map((option) => option.topic)
        .filter((each) => (each === topic ? on : value.includes(each))),
    );

  return (
    <FormControl component="fieldset" error={error !== undefined} disabled={disabled} fullWidth>
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {legend}
      </FormLabel>
      <FormGroup>
        {alertOptions.map(({ topic, label, explanation }) => (
          <FormControlLabel
            key={topic}
            sx={{ alignItems: 'flex-start', mb: 1 }}
            control={
              <Checkbox
                name="alerts"
                value={topic}
                checked={value.includes(topic)}
                onChange={(event) => toggle(topic, event.target.checked)}
                sx={{ mt: -0.75 }}
              />
            }
            label={
              <>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {label}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {explanation}
                </Typography>
              </>
            }
          />
        ))}
      </FormGroup>
      <FormHelperText>{error ?? alertTopicsNote}</FormHelperText>
    </FormControl>
  );
}
