import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  auditActionLabel,
  auditActionLabels,
  auditActions,
  auditTargetKind,
} from './audit-actions.js';

const serverSource = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * The action names the server's code writes, read from the sources: every dotted string literal
 * whose prefix is an audit area ("member.", "auth.", …), and `subscription.${…}` templates
 * expanded over the request types the subscription service names.
 */
function actionsWrittenInSources(): Map<string, string> {
  const areas = new Set(auditActions.map((action) => action.split('.')[0]));
  const found = new Map<string, string>();
  for (const file of sourceFiles(serverSource)) {
    if (file.endsWith('audit-actions.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['`]([a-z_]+)\.([a-z_]+)['`]/g)) {
      const [, area, name] = match;
      if (area !== undefined && areas.has(area))
        found.set(`${area}.${name}`, relative(serverSource, file));
    }
    for (const match of text.matchAll(/action: `([a-z_]+)\.\$\{/g)) {
      found.set(`${match[1]}.*`, relative(serverSource, file));
    }
  }
  return found;
}

describe('audit action labels', () => {
  it('label every action the server writes', () => {
    const written = actionsWrittenInSources();
    // Dotted strings in an audit area that are not actions: outbox topics, a relation path
    // given to MikroORM's `populate`, and Stripe's webhook event types.
    const notActions = new Set([
      'subscription.changed',
      'invoice.issued',
      'invoice.voided',
      'payment.received',
      'trial.ending',
      'member.invited',
      'account.suspended',
      'account.reactivated',
      'account.plan',
      'plan.prices',
      'payment_method.attached',
      'payment_method.updated',
      'payment_method.detached',
    ]);
    const unlabelled = [...written.keys()].filter((action) => {
      if (action.endsWith('.*')) {
        const area = action.slice(0, -1);
        return !auditActions.some((known) => known.startsWith(area));
      }
      return !notActions.has(action) && !(action in auditActionLabels);
    });
    expect(unlabelled.map((action) => `${action} (${written.get(action)})`)).toEqual([]);
    // The scan finds what it claims to: actions written through helpers and templates.
    expect(written.has('member.invite')).toBe(true);
    expect(written.has('subscription.*')).toBe(true);
  });

  it('give each action words, not its code', () => {
    for (const action of auditActions) {
      const label = auditActionLabels[action];
      expect(label).toMatch(/^[A-Z]/);
      expect(label).not.toContain(action);
      expect(label).not.toMatch(/[._]/);
    }
    expect(new Set(Object.values(auditActionLabels)).size).toBe(auditActions.length);
  });

  it('tells a person joining through an invitation from one creating an account', () => {
    expect(auditActionLabel('member.join')).toBe('Joined the account');
    expect(auditActionLabel('auth.sign_up')).not.toMatch(/created the account/i);
  });

  it('puts an action no longer written into words rather than showing its code', () => {
    expect(auditActionLabel('billing_details.export')).toBe('Billing details export');
  });

  it('names the kind of every target', () => {
    expect(auditTargetKind('inv_01abc')).toBe('Invoice');
    expect(auditTargetKind('mem_01abc')).toBe('Member');
    expect(auditTargetKind('tok_01abc')).toBe('API token');
    expect(auditTargetKind('ivt_01abc')).toBe('Invitation');
    expect(auditTargetKind('test-clock')).toBe('Record');
  });
});
