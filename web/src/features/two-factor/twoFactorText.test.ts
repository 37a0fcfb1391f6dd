import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { backupCodesFile, codeLooksComplete, codeProblemOf, typedCode } from './twoFactorText';

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('two-factor codes and their errors', () => {
  it('reads codes as people type them', () => {
    expect(typedCode(' 123 456 ')).toBe('123456');
    expect(codeLooksComplete('123 456', 'app')).toBe(true);
    expect(codeLooksComplete('12345', 'app')).toBe(false);
    expect(codeLooksComplete('7KQ2M-X9D4R', 'backup')).toBe(true);
    expect(codeLooksComplete('123456', 'backup')).toBe(false);
  });

  it('puts a wrong code under the field, and explains a pause or an ended sign-in', () => {
    expect(codeProblemOf(refusal('That code didn’t work.', { code: 'BAD_USER_INPUT' }))).toEqual({
      kind: 'wrong-code',
      message: 'That code didn’t work.',
    });
    const limited = codeProblemOf(
      refusal('Too many', { code: 'RATE_LIMITED', resetAt: '2026-10-05T08:15:00.000Z' }),
    );
    expect(limited.kind).toBe('rate-limited');
    expect(limited.message).toMatch(/^Too many wrong codes\. For your security, try again after /);
    expect(codeProblemOf(refusal('Nope', { code: 'FORBIDDEN' })).kind).toBe('signed-out');
    expect(
      codeProblemOf(
        refusal('Your account requires two-factor sign-in.', {
          code: 'FORBIDDEN',
          reason: 'TWO_FACTOR_REQUIRED',
        }),
      ),
    ).toEqual({ kind: 'other', message: 'Your account requires two-factor sign-in.' });
  });

  it('writes the backup codes file with who and when', () => {
    const text = backupCodesFile(['aaaaa-bbbbb'], 'ada@example.com', new Date('2026-10-05T08:00Z'));
    expect(text).toContain('For ada@example.com, made 2026-10-05.');
    expect(text).toContain('\naaaaa-bbbbb\n');
  });
});
