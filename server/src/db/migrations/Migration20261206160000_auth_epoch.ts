import { Migration } from '@mikro-orm/migrations';

/**
 * The auth epoch (modules/signin/auth-epoch.entity.ts): one counter that every transaction
 * changing what a request's auth state is read from bumps, by trigger, so the per-process auth
 * cache can tell with one tiny read whether anything it remembers may have changed.
 *
 * - Row triggers are deferred constraint triggers: they run at commit, so the counter's row lock
 *   is taken last and held only while committing (no lock-order deadlock with the transaction's
 *   other locks, and a long transaction does not hold up every other auth write). A transaction
 *   bumps once however many rows it touched (a transaction-local setting remembers it did).
 * - The bump commits atomically with the change: any statement's snapshot sees both or neither.
 * - `session`: every update except one that changes only `last_seen_at` (the once-a-minute
 *   "last seen" write), and deletes. A new session needs no bump: nobody can have cached it.
 * - `truncate` on any of the tables bumps too (tests and repairs), in a statement trigger.
 */
const tables = [
  'app_user',
  'account',
  'membership',
  'plan',
  'account_two_factor_policy',
  'two_factor',
  'operator_grant',
];

export class Migration20261206160000AuthEpoch extends Migration {
  override up(): void {
    this.addSql(
      `create table "auth_epoch" ("id" int not null, "n" bigint not null, primary key ("id"));`,
    );
    this.addSql(`insert into "auth_epoch" ("id", "n") values (1, 0);`);
    this.addSql(`create function auth_epoch_bump() returns trigger language plpgsql as $$
begin
  if current_setting('ledgerline.auth_epoch_txid', true) is distinct from txid_current()::text then
    update auth_epoch set n = n + 1 where id = 1;
    perform set_config('ledgerline.auth_epoch_txid', txid_current()::text, true);
  end if;
  return null;
end $$;`);
    for (const table of tables) {
      this.addSql(
        `create constraint trigger "${table}_auth_epoch" after insert or update or delete on "${table}" deferrable initially deferred for each row execute function auth_epoch_bump();`,
      );
    }
    this.addSql(
      `create constraint trigger "session_auth_epoch_update" after update on "session" deferrable initially deferred for each row when ((to_jsonb(old) - 'last_seen_at') is distinct from (to_jsonb(new) - 'last_seen_at')) execute function auth_epoch_bump();`,
    );
    this.addSql(
      `create constraint trigger "session_auth_epoch_delete" after delete on "session" deferrable initially deferred for each row execute function auth_epoch_bump();`,
    );
    for (const table of [...tables, 'session']) {
      this.addSql(
        `create trigger "${table}_auth_epoch_truncate" after truncate on "${table}" for each statement execute function auth_epoch_bump();`,
      );
    }
  }

  override down(): void {
    for (const table of tables) {
      this.addSql(`drop trigger if exists "${table}_auth_epoch" on "${table}";`);
    }
    this.addSql(`drop trigger if exists "session_auth_epoch_update" on "session";`);
    this.addSql(`drop trigger if exists "session_auth_epoch_delete" on "session";`);
    for (const table of [...tables, 'session']) {
      this.addSql(`drop trigger if exists "${table}_auth_epoch_truncate" on "${table}";`);
    }
    this.addSql(`drop function if exists auth_epoch_bump();`);
    this.addSql(`drop table if exists "auth_epoch" cascade;`);
  }
}
