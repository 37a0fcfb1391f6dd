/** The same rule the server applies to UpdateAccountInput.name: 1 to 100 characters, trimmed. */
export const accountNameMaxLength = 100;

export function validateAccountName(value: string): string | null {
  const name = value.trim();
  if (name.length === 0) return 'Enter a name for the account.';
  if (name.length > accountNameMaxLength) {
    return `Use ${accountNameMaxLength} characters or fewer (this one has ${name.length}).`;
  }
  return null;
}
