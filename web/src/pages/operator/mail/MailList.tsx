import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import type { MailListFragment } from '../../../graphql/generated';
import { templateLabel } from './mailOutbox';
import { MailStatusChip, MailTime } from './MailParts';

type MailListProps = {
  messages: MailListFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The outbox, newest first: who it went to, the subject, the template, its status and time. */
export function MailList({ messages, selectedId, onSelect }: MailListProps) {
  return (
    <List aria-label="Mail messages" disablePadding>
      {messages.map((message) => (
        <ListItem key={message.id} disablePadding divider>
          <ListItemButton
            selected={message.id === selectedId}
            aria-current={message.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(message.id)}
            sx={{ alignItems: 'flex-start', py: 1.5 }}
          >
            <Box sx={{ minWidth: 0, flex: 1 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                <Typography
                  variant="subtitle2"
                  component="p"
                  sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
                >
                  {message.subject}
                </Typography>
                <MailStatusChip status={message.status} />
              </Box>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                To {message.to}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="p">
                {templateLabel(message.template)} · <MailTime at={message.createdAt} />
              </Typography>
            </Box>
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
