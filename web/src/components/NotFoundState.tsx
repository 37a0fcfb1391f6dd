import { Link as RouterLink, useLocation } from 'react-router-dom';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { usePageTitle } from '../app/usePageTitle';

export function NotFoundState() {
  usePageTitle('Page not found');
  const { pathname } = useLocation();
  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        textAlign: 'center',
        gap: 2,
        py: { xs: 6, md: 10 },
      }}
    >
      <Typography variant="overline" color="primary" component="p">
        Error 404
      </Typography>
      <Typography variant="h4" component="h1">
        Page not found
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 480, overflowWrap: 'anywhere' }}>
        There’s no page at <Box component="code">{pathname}</Box>. It may have moved, or the link
        may be mistyped.
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        Go to Overview
      </Button>
    </Box>
  );
}
