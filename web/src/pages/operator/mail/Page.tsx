import { useSearchParams } from 'react-router-dom';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import MailLockOutlinedIcon from '@mui/icons-material/MailLockOutlined';
import MarkunreadMailboxOutlinedIcon from '@mui/icons-material/MarkunreadMailboxOutlined';
import { EmptyState } from '../../../components/EmptyState';
import { CursorListStates } from '../../../components/CursorListStates';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { PageHeader } from '../../../components/PageHeader';
import { useCursorList } from '../../../components/useCursorList';
import { usePageTitle } from '../../../app/usePageTitle';
import { useMailOutboxQuery } from '../../../graphql/generated';
import { MailDetail } from './MailDetail';
import { MailList } from './MailList';

/** Messages a page; "Load more" asks for the next this many. */
export const mailPageSize = 25;

/**
 * Operators, outside production: every e-mail Ledgerline wrote, newest first. Without SMTP_URL
 * this is where mail ends up (invitations can be accepted from here in development); with it,
 * the list also shows what was sent or failed. The selected message is in the address
 * (`?message=…`), so a message can be linked to.
 */
export function MailOutboxPage() {
  usePageTitle('Mail outbox');
  const header = (
    <PageHeader
      eyebrow="Back office"
      title="Mail outbox"
      description="Every e-mail Ledgerline wrote, as its recipient sees it. Development only."
    />
  );
  return (
    <>
      {header}
      <MailOutbox />
    </>
  );
}

function MailOutbox() {
  const theme = useTheme();
  // Side by side needs a desktop's width; on a phone the list and a message take turns.
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('message');
  const select = (id: string | null) =>
    setSearchParams(id === null ? {} : { message: id }, { replace: false });

  const query = useMailOutboxQuery({
    variables: { first: mailPageSize, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const first = query.data?.mailOutbox;
  const list = useCursorList(query, (data) => data.mailOutbox);

  if (first === null) {
    return (
      <Card component="section" aria-label="Mail outbox">
        <CardContent>
          <EmptyState
            icon={<MailLockOutlinedIcon />}
            title="The mail outbox is off in production"
            description="Mail goes out through the SMTP server (SMTP_URL); its messages hold sign-in links, so production does not show them here."
          />
        </CardContent>
      </Card>
    );
  }
  if (list.status !== 'ready' || first === undefined) {
    return (
      <CursorListStates
        list={list}
        label="Mail outbox"
        skeleton={{ label: 'Loading the mail outbox', rows: 5, height: 72 }}
        errorTitle="We couldn’t load the mail outbox"
        emptyState={{
          icon: <MarkunreadMailboxOutlinedIcon />,
          title: 'No mail yet',
          description:
            'Invitations and billing notices appear here as soon as Ledgerline writes them.',
          checkAgain: true,
        }}
      >
        {null}
      </CursorListStates>
    );
  }
  const messages = list.nodes;

  const listCard = (
    // The theme's cards fill their grid cell; these two keep their own height side by side.
    <Card component="section" aria-label="Mail outbox" sx={{ minWidth: 0, height: 'auto' }}>
      <MailList messages={messages} selectedId={selectedId} onSelect={select} />
      <LoadMoreFooter
        summary={`Showing ${messages.length} of ${first.totalCount} ${first.totalCount === 1 ? 'message' : 'messages'}`}
        {...list.footer}
        inCard
      />
    </Card>
  );
  const detail = (
    <Card component="section" aria-label="Message" sx={{ minWidth: 0, height: 'auto' }}>
      <CardContent>
        {narrow && (
          <Button startIcon={<ArrowBackIcon />} onClick={() => select(null)} sx={{ mb: 1, ml: -1 }}>
            All mail
          </Button>
        )}
        {selectedId === null ? (
          <EmptyState
            title="Choose a message"
            description="Its HTML and text versions show here."
          />
        ) : (
          <MailDetail id={selectedId} />
        )}
      </CardContent>
    </Card>
  );

  if (narrow) return selectedId === null ? listCard : detail;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'minmax(280px, 2fr) minmax(0, 3fr)',
        gap: 3,
        alignItems: 'start',
      }}
    >
      {listCard}
      {detail}
    </Box>
  );
}
