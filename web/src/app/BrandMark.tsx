import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';

/** The product's logo and name. */
export function BrandMark({ size = 'medium' }: { size?: 'medium' | 'large' }) {
  const box = size === 'large' ? 40 : 32;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
      <Box
        aria-hidden="true"
        sx={{
          width: box,
          height: box,
          borderRadius: 1,
          display: 'grid',
          placeItems: 'center',
          bgcolor: 'primary.main',
          color: 'primary.contrastText',
          '& svg': { fontSize: box * 0.6 },
        }}
      >
        <ReceiptLongIcon />
      </Box>
      <Typography
        component="span"
        variant={size === 'large' ? 'h5' : 'h6'}
        sx={{ fontWeight: 700, letterSpacing: '-0.02em', color: 'text.primary' }}
      >
        Ledgerline
      </Typography>
    </Box>
  );
}
