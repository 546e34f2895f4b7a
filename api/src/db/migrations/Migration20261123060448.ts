import { Migration } from '@mikro-orm/migrations';

export class Migration20261123060448 extends Migration {

  override name = 'Migration20261123060448';

  override up(): void | Promise<void> {
    this.addSql(`create table "account" ("id" uuid not null, "email" varchar(254) not null, "password_hash" text null, "display_name" varchar(120) not null, "created_at" timestamptz not null, "disabled_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(`create table "account_token" ("id" uuid not null, "purpose" text not null, "token_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "account_token_account_id_index" on "account_token" ("account_id");`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "token_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_account_id_index" on "auth_session" ("account_id");`);

    this.addSql(`create table "membership" ("id" uuid not null, "account_id" uuid not null, "role" text not null, "organisation_id" uuid null, "departements" text[] not null default '{}', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "membership_account_id_index" on "membership" ("account_id");`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);

    this.addSql(`create table "sign_in_throttle" ("key" varchar(100) not null, "failures" int not null, "last_failure_at" timestamptz not null, "locked_until" timestamptz null, primary key ("key"));`);

    this.addSql(`alter table "account" add constraint "account_email_lower_case_check" check (email = lower(email));`);

    this.addSql(`alter table "account_token" add constraint "account_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);
    this.addSql(`alter table "account_token" add constraint "account_token_purpose_check" check ("purpose" in ('INVITATION', 'PASSWORD_RESET'));`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_scope_check" check ((role in ('ORG_ADMIN', 'EDITOR', 'COUNSELLOR') and organisation_id is not null and cardinality(departements) = 0) or (role = 'TERRITORY_COORDINATOR' and organisation_id is null and cardinality(departements) > 0) or (role = 'PLATFORM_ADMIN' and organisation_id is null and cardinality(departements) = 0));`);
    this.addSql(`alter table "membership" add constraint "membership_role_check" check ("role" in ('PLATFORM_ADMIN', 'TERRITORY_COORDINATOR', 'ORG_ADMIN', 'EDITOR', 'COUNSELLOR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "account_token" drop constraint "account_token_account_id_foreign";`);
    this.addSql(`alter table "auth_session" drop constraint "auth_session_account_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_account_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "account_token" cascade;`);
    this.addSql(`drop table if exists "auth_session" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
  }

}
