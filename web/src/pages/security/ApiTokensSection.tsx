import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/Add';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { SuccessSnackbar, useSuccessNotice } from '../../components/SuccessSnackbar';
import { describeError } from '../../app/graphqlErrors';
import {
  useApiTokensQuery,
  useRevokeApiTokenMutation,
  type ApiTokenListFragment,
} from '../../graphql/generated';
import { SecurityListBody, SecuritySection } from './SecuritySection';
import { ApiTokenCards, ApiTokenTable } from './ApiTokenList';
import { activeTokenCount, maskedToken, tokenLimitOf, tokenUsage } from './apiTokens';
import { CreateApiTokenDialog, type CreatedApiToken } from './CreateApiTokenDialog';
import { TokenSecretDialog } from './TokenSecretDialog';

/** The "API tokens" section of the Security page: list, create (secret shown once), revoke. */
export function ApiTokensSection() {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const query = useApiTokensQuery({ notifyOnNetworkStatusChange: true });
  const { data } = query;
  const [revokeApiToken, { loading: revoking }] = useRevokeApiTokenMutation();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revokeTarget, setRevokeTarget] = useState<ApiTokenListFragment | null>(null);
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

  const revoke = async (token: ApiTokenListFragment) => {
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

  const List = phone ? ApiTokenCards : ApiTokenTable;

  return (
    <SecuritySection
      title="API tokens"
      description={
        <>
          Partner programs send a token as <code>Authorization: Bearer</code> to read this account’s
          billing data. Tokens can only read, never change anything.
        </>
      }
      summary={
        plan && (
          <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
            {tokenUsage(active, limit, plan.name)}
          </Typography>
        )
      }
      action={tokens.length > 0 && createButton}
      overlays={
        <>
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
                Programs using this token ({maskedToken(revokeTarget?.prefix ?? '')}) are refused
                from their next request. This can’t be undone: to connect them again, create a new
                token.
              </>
            }
            confirmLabel="Revoke token"
            destructive
            busy={revoking}
            onCancel={() => setRevokeTarget(null)}
            onConfirm={() => revokeTarget && void revoke(revokeTarget)}
          />
          <SuccessSnackbar notice={notice} />
        </>
      }
    >
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
      <SecurityListBody
        query={query}
        loadingLabel="Loading API tokens"
        placeholderRows={2}
        errorTitle="We couldn’t load the API tokens"
        empty={tokens.length === 0}
        emptyState={
          <EmptyState
            icon={<KeyOutlinedIcon />}
            title="No API tokens yet"
            description="Create a token when a program, such as your ERP or a reporting tool, needs to read your invoices or billing details."
            action={createButton}
          />
        }
      >
        <List tokens={tokens} onRevoke={setRevokeTarget} />
      </SecurityListBody>
    </SecuritySection>
  );
}
