import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';

type CopyableTextProps = {
  /** The text to copy: a secret or a link shown once. */
  value: string;
  /** The accessible name of the box holding it, e.g. "New API token". */
  label: string;
  /** The button's words, e.g. "Copy token". */
  copyLabel: string;
  /** What "copied" means for this text, e.g. "The token is on your clipboard." */
  copiedMessage: string;
  /** When the clipboard is out of reach, e.g. "…the token is selected, copy it yourself." */
  failedMessage: string;
  /** Tells the surrounding dialog, e.g. to make "Done" the main button once copied. */
  onCopied?: () => void;
};

/** A value shown once, in a box that selects as a whole, with a Copy button. */
export function CopyableText({
  value,
  label,
  copyLabel,
  copiedMessage,
  failedMessage,
  onCopied,
}: CopyableTextProps) {
  const valueId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
      onCopied?.();
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for the person.
      const selection = window.getSelection();
      const element = document.getElementById(valueId);
      if (selection && element) selection.selectAllChildren(element);
      setCopy('failed');
    }
  };

  return (
    <Stack spacing={1.5}>
      <Box
        id={valueId}
        component="code"
        aria-label={label}
        sx={{
          display: 'block',
          p: 1.5,
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'background.default',
          fontFamily: 'monospace',
          fontSize: '0.875rem',
          overflowWrap: 'anywhere',
          userSelect: 'all',
        }}
      >
        {value}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <Button
          variant="contained"
          startIcon={copy === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
          onClick={() => void copyValue()}
        >
          {copy === 'copied' ? 'Copied' : copyLabel}
        </Button>
        <Typography variant="body2" color="text.secondary" role="status">
          {copy === 'copied' && copiedMessage}
          {copy === 'failed' && failedMessage}
        </Typography>
      </Box>
    </Stack>
  );
}
