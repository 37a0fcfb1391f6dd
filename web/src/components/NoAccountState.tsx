import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { EmptyState } from './EmptyState';

/** For a signed-in person with no account (an operator without a membership) on account pages. */
export function NoAccountState({ description }: { description: string }) {
  return (
    <EmptyState
      icon={<InfoOutlinedIcon />}
      title="You’re not a member of any account"
      description={description}
    />
  );
}
