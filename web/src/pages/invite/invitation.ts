/** `jane@acme.example` → `j***@acme.example`, as the server masks the invited address. */
export function maskEmail(email: string): string {
  const lower = email.toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${lower[0]}***${lower.slice(at)}`;
}
