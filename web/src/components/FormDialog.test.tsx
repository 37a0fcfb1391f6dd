import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import TextField from '@mui/material/TextField';
import { GraphQLError } from 'graphql';
import { ApolloError } from '@apollo/client';
import { describeError } from '../app/graphqlErrors';
import { FormDialog } from './FormDialog';
import { useDialogForm } from './useDialogForm';

type Values = { name: string };

function serverError(message: string, extensions: Record<string, unknown>) {
  return new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
}

/** A dialog built the way the invite and API token dialogs are. */
function NameDialog({
  send,
  onClose = () => {},
  busy = false,
}: {
  send: (values: Values) => Promise<boolean>;
  onClose?: () => void;
  busy?: boolean;
}) {
  const form = useDialogForm({
    empty: { name: '' },
    fields: ['name'] as const,
    validate: (values: Values) => (values.name.trim() ? {} : { name: 'Enter a name.' }),
    limitCode: 'PLAN_LIMIT',
    describeFailure: describeError,
  });
  return (
    <FormDialog
      open
      title="Create a thing"
      busy={busy}
      submitLabel="Create"
      busyLabel="Creating…"
      onSubmit={() => void form.submit(send)}
      onClose={() => {
        form.reset();
        onClose();
      }}
    >
      {form.failure && (
        <p>
          {form.failure.limit ? 'Limit: ' : 'Failed: '}
          {form.failure.message}
        </p>
      )}
      <TextField
        label="Name"
        value={form.values.name}
        onChange={(event) => {
          const name = event.target.value;
          form.change((current) => ({ ...current, name }), 'name');
        }}
        error={form.errors.name !== undefined}
        helperText={form.errors.name}
      />
    </FormDialog>
  );
}

const nameField = () => screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create' }));

describe('a form dialog', () => {
  it('is a dialog named by its title', () => {
    render(<NameDialog send={jest.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Create a thing' })).toBeTruthy();
  });

  it('checks the fields before sending, and the message goes once the field changes', () => {
    const send = jest.fn();
    render(<NameDialog send={send} />);
    create();
    expect(screen.getByText('Enter a name.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
    fireEvent.change(nameField(), { target: { value: 'E' } });
    expect(screen.queryByText('Enter a name.')).toBeNull();
  });

  it('sends the values and starts empty again once the server took them', async () => {
    const send = jest.fn().mockResolvedValue(true);
    render(<NameDialog send={send} />);
    fireEvent.change(nameField(), { target: { value: 'ERP sync' } });
    create();
    await waitFor(() => expect(nameField().value).toBe(''));
    expect(send).toHaveBeenCalledWith({ name: 'ERP sync' });
  });

  it('shows a server field error under its field', async () => {
    const send = jest
      .fn()
      .mockRejectedValue(serverError('Too long.', { code: 'BAD_USER_INPUT', field: 'input.name' }));
    render(<NameDialog send={send} />);
    fireEvent.change(nameField(), { target: { value: 'ERP sync' } });
    create();
    expect(await screen.findByText('Too long.')).toBeTruthy();
    expect(screen.queryByText(/^Failed:/)).toBeNull();
    expect(nameField().value).toBe('ERP sync');
  });

  it('tells a plan limit apart, in the server’s words', async () => {
    const send = jest
      .fn()
      .mockRejectedValue(serverError('Pro allows 10 tokens.', { code: 'PLAN_LIMIT' }));
    render(<NameDialog send={send} />);
    fireEvent.change(nameField(), { target: { value: 'ERP sync' } });
    create();
    expect(await screen.findByText('Limit: Pro allows 10 tokens.')).toBeTruthy();
  });

  it('says why any other failure happened', async () => {
    const send = jest
      .fn()
      .mockRejectedValue(serverError('boom', { code: 'INTERNAL_SERVER_ERROR' }));
    render(<NameDialog send={send} />);
    fireEvent.change(nameField(), { target: { value: 'ERP sync' } });
    create();
    expect(await screen.findByText(/^Failed:/)).toBeTruthy();
  });

  it('cancels, emptying the form', () => {
    const onClose = jest.fn();
    render(<NameDialog send={jest.fn()} onClose={onClose} />);
    fireEvent.change(nameField(), { target: { value: 'ERP sync' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(nameField().value).toBe('');
  });

  it('cannot be closed or sent again while sending', () => {
    const onClose = jest.fn();
    render(<NameDialog send={jest.fn()} onClose={onClose} busy />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Cancel' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Creating…' }).hasAttribute('disabled')).toBe(true);
  });
});
