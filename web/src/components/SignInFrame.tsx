import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { BrandMark } from '../app/BrandMark';

/**
 * The centred card the signed-out pages (sign-in, its error page, the second factor) share.
 * `wide` leaves room for a QR code beside its instructions (two-factor set-up).
 */
export function SignInFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <Box
      component="main"
      sx={(theme) => ({
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 3,
        px: 2,
        py: 6,
        backgroundColor: theme.palette.background.default,
        backgroundImage: `radial-gradient(circle at 15% 10%, ${alpha(
          theme.palette.primary.main,
          0.1,
        )}, transparent 45%), radial-gradient(circle at 85% 90%, ${alpha(
          theme.palette.secondary.main,
          0.1,
        )}, transparent 45%)`,
      })}
    >
      <BrandMark size="large" />
      <Card
        sx={{ width: '100%', maxWidth: wide ? 640 : 440, height: 'auto', boxShadow: 3, border: 0 }}
      >
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>{children}</CardContent>
      </Card>
      <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center' }}>
        Billing and account management, hosted by your provider.
      </Typography>
    </Box>
  );
}
