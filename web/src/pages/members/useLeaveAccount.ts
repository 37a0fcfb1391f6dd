import { useApolloClient } from '@apollo/client';
import { useNavigate } from 'react-router-dom';
import { useLeaveAccountMutation } from '../../graphql/generated';

/**
 * Leaves the current account. The server moves this session to the person's next account, or to
 * none; everything cached belonged to the account left, so the store is reset and the app starts
 * again from Overview (which shows the no-account state when there is none).
 */
export function useLeaveAccount(): { leave: () => Promise<void>; leaving: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [leaveAccount, { loading }] = useLeaveAccountMutation();
  const leave = async () => {
    await leaveAccount();
    void navigate('/');
    await client.resetStore();
  };
  return { leave, leaving: loading };
}
