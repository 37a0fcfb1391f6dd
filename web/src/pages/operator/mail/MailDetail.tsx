import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import MarkEmailReadOutlinedIcon from '@mui/icons-material/MarkEmailReadOutlined';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { describeError, hasErrorCode } from '../../../app/graphqlErrors';
import { useMailMessageQuery, type MailMessageQuery } from '../../../graphql/generated';
import { templateLabel } from './mailOutbox';
import { MailStatusChip, MailTime } from './MailParts';

/** One message: its envelope and delivery state, then the HTML or the text part. */
export function MailDetail({ id }: { id: string }) {
  const { data, loading, error, refetch } = useMailMessageQuery({
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  if (loading && !data) {
    return (
      <Stack spacing={1.5} role="status" aria-label="Loading the message">
        <Skeleton variant="text" width="60%" height={32} />
        <Skeleton variant="text" width="40%" />
        <Skeleton variant="rounded" height={320} />
      </Stack>
    );
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <EmptyState
        title="This message is not here"
        description="It may have been in another database, or the link is wrong."
      />
    );
  }
  if (error || !data) {
    return (
      <ErrorState
        title="We couldn’t load this message"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  return <MailMessageView message={data.mailMessage} />;
}

type Message = MailMessageQuery['mailMessage'];
type Part = 'html' | 'text';

function MailMessageView({ message }: { message: Message }) {
  const [part, setPart] = useState<Part>('html');
  return (
    <Stack spacing={2} component="article" aria-labelledby="mail-subject">
      <Box>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <Typography
            id="mail-subject"
            variant="h6"
            component="h2"
            sx={{ flex: 1, minWidth: 200, overflowWrap: 'anywhere' }}
          >
            {message.subject}
          </Typography>
          <MailStatusChip status={message.status} />
        </Box>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content minmax(0, 1fr)',
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            mt: 1,
            typography: 'body2',
            '& dt': { color: 'text.secondary' },
            '& dd': { m: 0, overflowWrap: 'anywhere' },
          }}
        >
          <dt>From</dt>
          <dd>{message.from}</dd>
          <dt>To</dt>
          <dd>{message.to}</dd>
          <dt>Template</dt>
          <dd>{templateLabel(message.template)}</dd>
          <dt>Written</dt>
          <dd>
            <MailTime at={message.createdAt} />
          </dd>
          {message.sentAt && (
            <>
              <dt>Sent</dt>
              <dd>
                <MailTime at={message.sentAt} />
              </dd>
            </>
          )}
          {message.attempts > 0 && (
            <>
              <dt>Attempts</dt>
              <dd>{message.attempts}</dd>
            </>
          )}
        </Box>
      </Box>
      {message.status === 'OUTBOX' && (
        <Alert severity="info" icon={<MarkEmailReadOutlinedIcon />}>
          Not sent: no SMTP server is configured (SMTP_URL), so this is the only copy.
        </Alert>
      )}
      {message.lastError && (
        <Alert severity={message.status === 'FAILED' ? 'error' : 'warning'}>
          {message.status === 'FAILED' ? 'Gave up: ' : 'Last attempt failed, will retry: '}
          {message.lastError}
        </Alert>
      )}
      <Box>
        <Tabs
          value={part}
          onChange={(_, next: Part) => setPart(next)}
          aria-label="Message part"
          sx={{ borderBottom: 1, borderColor: 'divider' }}
        >
          <Tab label="HTML" value="html" id="mail-tab-html" aria-controls="mail-part-html" />
          <Tab label="Text" value="text" id="mail-tab-text" aria-controls="mail-part-text" />
        </Tabs>
        {part === 'html' ? (
          <Box role="tabpanel" id="mail-part-html" aria-labelledby="mail-tab-html" sx={{ pt: 2 }}>
            {/* The HTML is the mail as sent: shown in a frame with every permission withdrawn
                (no scripts, no forms, no same-origin access), so nothing in it runs here. */}
            <Box
              component="iframe"
              title={`HTML version of “${message.subject}”`}
              sandbox=""
              srcDoc={message.html}
              sx={{
                display: 'block',
                width: '100%',
                height: { xs: 480, md: 640 },
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
                bgcolor: 'background.paper',
              }}
            />
          </Box>
        ) : (
          <Box role="tabpanel" id="mail-part-text" aria-labelledby="mail-tab-text" sx={{ pt: 2 }}>
            <Box
              component="pre"
              data-testid="mail-text"
              sx={{
                m: 0,
                p: 2,
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                fontFamily: 'monospace',
                fontSize: '0.875rem',
                bgcolor: 'action.hover',
                borderRadius: 1,
              }}
            >
              {message.text}
            </Box>
          </Box>
        )}
      </Box>
    </Stack>
  );
}
