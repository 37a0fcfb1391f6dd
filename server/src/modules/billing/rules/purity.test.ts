import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ruleFiles = readdirSync(here).filter(
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.fixture.ts'),
);

describe('the billing rules are pure', () => {
  it.each(ruleFiles)('%s reads no clock, no randomness and no I/O', (name) => {
    const source = readFileSync(join(here, name), 'utf8');
    expect(source).not.toMatch(/Date\.now|new Date\(\)|performance\.now|process\.|Math\.random/);
    expect(source).not.toMatch(
      /from ['"]node:|from ['"](fs|path|http|https|net|child_process)['"]/,
    );
    expect(source).not.toMatch(/\bawait\b|\basync\b/);
  });

  it('never does money arithmetic in floating point', () => {
    const money = readFileSync(join(here, 'money.ts'), 'utf8');
    expect(money).not.toMatch(/Math\.round|toFixed|parseFloat/);
  });
});
