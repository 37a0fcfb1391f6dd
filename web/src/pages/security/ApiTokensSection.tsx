import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/Add';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { SuccessSnackbar, useSuccessNotice } from '../../components/SuccessSnackbar';
import { describeError } from '../../app/graphqlErrors';
import {
  useApiTokensQuery,
  useRevokeApiTokenMutation,
  type ApiTokenRowFragment,
} from '../../graphql/generated';
import { ApiTokenCards, ApiTokenTable } from './ApiTokenList';
import { activeTokenCount, maskedToken, tokenLimitOf, tokenUsage } from './apiTokens';
import { CreateApiTokenDialog, type CreatedApiToken } from './CreateApiTokenDialog';
import { TokenSecretDialog } from './TokenSecretDialog';

/** The "API tokens" section of the Security page: list, create (secret shown once), revoke. */
export function ApiTokensSection() {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const titleId = useId();
  const { data, loading, error, refetch } = useApiTokensQuery({
    notifyOnNetworkStatusChange: true,
  });
  const [revokeApiToken, { loading: revoking }] = useRevokeApiTokenMutation();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revokeTarget, setRevokeTarget] = useState<ApiTokenRowFragment | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const notice = useSuccessNotice();

  const tokens = data?.apiTokens ?? [];
  const plan = data?.account.plan;
  const active = activeTokenCount(tokens);
  const limit = plan ? tokenLimitOf(plan.limits) : undefined;
  const atLimit = limit != null && active >= limit;

  const onCreated = (result: CreatedApiToken) => {
    setCreating(false);
    setCreated({ name: result.token.name, secret: result.secret });
  };

  const revoke = async (token: ApiTokenRowFragment) => {
    setRevokeError(null);
    try {
      await revokeApiToken({ variables: { input: { id: token.id } } });
      notice.notify(`“${token.name}” revoked. Requests with it are refused.`);
    } catch (failure) {
      setRevokeError(describeError(failure));
    } finally {
      setRevokeTarget(null);
    }
  };

  const createButton = (
    <Button
      variant="contained"
      startIcon={<AddIcon />}
      onClick={() => setCreating(true)}
      disabled={atLimit}
    >
      Create token
    </Button>
  );

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={1} role="status" aria-label="Loading API tokens">
        <Skeleton variant="rounded" height={40} />
        <Skeleton variant="rounded" height={56} />
        <Skeleton variant="rounded" height={56} />
      </Stack>
    );
  } else if (error || !data) {
    body = (
      <ErrorState
        title="We couldn’t load the API tokens"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (tokens.length === 0) {
    body = (
      <EmptyState
        icon={<KeyOutlinedIcon />}
        title="No API tokens yet"
        description="Create a token when a program, such as your ERP or a reporting tool, needs to read your invoices or billing details."
        action={createButton}
      />
    );
  } else {
    const List = phone ? ApiTokenCards : ApiTokenTable;
    body = <List tokens={tokens} onRevoke={setRevokeTarget} />;
  }

  return (
    <Card component="section" aria-labelledby={titleId} sx={{ height: 'auto' }}>
      <CardContent sx={{ display: 'grid', gap: 2.5, p: { xs: 2, sm: 3 } }}>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'flex-start',
            justifyContent: 'space-between',
            gap: 2,
          }}
        >
          <Box sx={{ minWidth: 0, flex: '1 1 320px' }}>
            <Typography variant="h6" component="h2" id={titleId}>
              API tokens
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 640 }}>
              Partner programs send a token as <code>Authorization: Bearer</code> to read this
              account’s billing data. Tokens can only read, never change anything.
            </Typography>
            {plan && (
              <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
                {tokenUsage(active, limit, plan.name)}
              </Typography>
            )}
          </Box>
          {tokens.length > 0 && createButton}
        </Box>
        {atLimit && plan && (
          <Alert severity="info">
            Your {plan.name} plan allows {limit} active API token{limit === 1 ? '' : 's'}. To create
            another, upgrade your plan or revoke a token you no longer use.
          </Alert>
        )}
        {revokeError && (
          <Alert severity="error" onClose={() => setRevokeError(null)}>
            {revokeError}
          </Alert>
        )}
        {body}
      </CardContent>

      <CreateApiTokenDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={onCreated}
      />
      <TokenSecretDialog created={created} onDone={() => setCreated(null)} />
      <ConfirmDialog
        open={revokeTarget !== null}
        title={`Revoke “${revokeTarget?.name ?? ''}”?`}
        description={
          <>
            Programs using this token ({maskedToken(revokeTarget?.prefix ?? '')}) are refused from
            their next request. This can’t be undone: to connect them again, create a new token.
          </>
        }
        confirmLabel="Revoke token"
        destructive
        busy={revoking}
        onCancel={() => setRevokeTarget(null)}
        onConfirm={() => revokeTarget && void revoke(revokeTarget)}
      />
      <SuccessSnackbar notice={notice} />
    </Card>
  );
}
