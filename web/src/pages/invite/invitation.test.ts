import { maskEmail } from './invitation';

describe('masked addresses', () => {
  it('masks like the server, whatever the case', () => {
    expect(maskEmail('Jane.Doe@Acme.example')).toBe('j***@acme.example');
    expect(maskEmail('nobody')).toBe('***');
  });
});
