import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import { backupCodesFile } from './twoFactorText';

type BackupCodesListProps = {
  codes: readonly string[];
  email: string;
};

/**
 * The one time backup codes are shown: copy them all, or download them as a text file. The
 * server keeps only their hashes, so once this closes nobody can show them again.
 */
export function BackupCodesList({ codes, email }: BackupCodesListProps) {
  const listId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopy('copied');
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select them instead.
      const selection = window.getSelection();
      const element = document.getElementById(listId);
      if (selection && element) selection.selectAllChildren(element);
      setCopy('failed');
    }
  };

  const download = () => {
    const file = new Blob([backupCodesFile(codes, email, new Date())], { type: 'text/plain' });
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'ledgerline-backup-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <Stack spacing={2}>
      <Alert severity="warning">
        Save these backup codes now — this is the only time you’ll see them. Each one signs you in
        once if you lose your phone or can’t use your authenticator app.
      </Alert>
      <Box
        id={listId}
        component="ol"
        aria-label="Backup codes"
        sx={{
          m: 0,
          p: 2,
          listStyle: 'none',
          display: 'grid',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          maxWidth: 420,
          gap: 1,
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'background.default',
          fontFamily: 'monospace',
          fontSize: '1rem',
          textAlign: 'center',
          userSelect: 'all',
        }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <Button
          variant="outlined"
          startIcon={copy === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
          onClick={() => void copyCodes()}
        >
          {copy === 'copied' ? 'Copied' : 'Copy codes'}
        </Button>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download}>
          Download
        </Button>
        <Typography variant="body2" color="text.secondary" role="status">
          {copy === 'copied' && 'The codes are on your clipboard.'}
          {copy === 'failed' && 'Copying isn’t available here: the codes are selected.'}
        </Typography>
      </Box>
    </Stack>
  );
}
