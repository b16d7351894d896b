// Catches a rendering error anywhere below it and shows a calm Dutch message with a way back,
// instead of a white screen or a stack trace.
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BoundaryProps {
  children: ReactNode;
  /** When this value changes (e.g. the route), the boundary tries again. */
  resetKey?: unknown;
  fallback: (retry: () => void) => ReactNode;
}

interface BoundaryState {
  failed: boolean;
  resetKey: unknown;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}

function Fallback({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 4, maxWidth: 720 }}>
      <Alert severity="error" role="alert">
        <AlertTitle>{t('errorBoundary.title')}</AlertTitle>
        {t('errorBoundary.body')}
      </Alert>
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button variant="contained" onClick={retry}>
          {t('errorBoundary.retry')}
        </Button>
        <Button variant="outlined" href="#/">
          {t('errorBoundary.home')}
        </Button>
      </Stack>
    </Box>
  );
}

export function ErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: unknown }) {
  return (
    <Boundary resetKey={resetKey} fallback={(retry) => <Fallback retry={retry} />}>
      {children}
    </Boundary>
  );
}
