import { Component, type ErrorInfo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';

type ErrorBoundaryProps = {
  children: ReactNode;
  /** Fill the viewport (around the whole app) rather than the page area inside the shell. */
  fullScreen?: boolean;
};

type ErrorBoundaryState = { failed: boolean };

/**
 * Catches a rendering failure so the reader gets a way forward instead of a blank page. The
 * details stay in the browser console (React logs them); nothing technical is shown.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Reporting to an error tracker would go here; React has already logged the error.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <SomethingWentWrong fullScreen={this.props.fullScreen ?? false} />;
  }
}

function SomethingWentWrong({ fullScreen }: { fullScreen: boolean }) {
  return (
    <Box
      role="alert"
      sx={{
        minHeight: fullScreen ? '100vh' : 360,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        textAlign: 'center',
        gap: 2,
        px: 3,
      }}
    >
      <Box sx={{ color: 'warning.main', '& svg': { fontSize: 48 } }} aria-hidden="true">
        <ReportProblemOutlinedIcon />
      </Box>
      <Typography variant="h5" component="h1">
        Something went wrong
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 460 }}>
        This page stopped working because of an unexpected problem. Reloading usually fixes it; your
        account and billing data are not affected.
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', justifyContent: 'center' }}>
        <Button variant="contained" onClick={() => window.location.reload()}>
          Reload page
        </Button>
        <Button href="/" color="inherit">
          Go to Overview
        </Button>
      </Box>
    </Box>
  );
}
