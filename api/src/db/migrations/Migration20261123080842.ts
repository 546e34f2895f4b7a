import { Migration } from '@mikro-orm/migrations';

export class Migration20261123080842 extends Migration {

  override name = 'Migration20261123080842';

  override up(): void | Promise<void> {
    this.addSql(`create table "app_secret" ("name" varchar(60) not null, "value" varchar(200) not null, primary key ("name"));`);

    this.addSql(`create table "contact_request" ("id" uuid not null, "offer_id" uuid not null, "organisation_id" uuid not null, "first_name" varchar(60) null, "age" int not null, "commune_code" varchar(5) not null, "situation" text null, "channel" text not null, "phone" varchar(20) null, "email" varchar(254) null, "preferred_moments" text[] not null default '{}', "message" text null, "notice_version" varchar(40) not null, "notice_accepted_at" timestamptz not null, "idempotency_key_hash" varchar(64) not null, "token_hash" varchar(64) not null, "status" text not null default 'NEW', "outcome" text null, "assignee_id" uuid null, "due_at" timestamptz not null, "first_contact_at" timestamptz null, "transfer_count" int not null default 0, "reminder_sent_for" timestamptz null, "overdue_alerted_at" timestamptz null, "youth_reported_contact_at" timestamptz null, "youth_reported_no_contact_at" timestamptz null, "ended_at" timestamptz null, "erased_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "contact_request_offer_id_index" on "contact_request" ("offer_id");`);
    this.addSql(`create index "contact_request_organisation_id_index" on "contact_request" ("organisation_id");`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_idempotency_key_hash_unique" unique ("idempotency_key_hash");`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "contact_request_status_index" on "contact_request" ("status");`);
    this.addSql(`create index "contact_request_due_at_index" on "contact_request" ("due_at");`);
    this.addSql(`create index "contact_request_organisation_id_status_due_at_index" on "contact_request" ("organisation_id", "status", "due_at");`);

    this.addSql(`create table "contact_request_event" ("id" bigserial primary key, "request_id" uuid not null, "kind" text not null, "at" timestamptz not null, "actor_id" uuid null, "attempt_channel" text null, "attempt_result" text null, "from_organisation_name" varchar(200) null, "note" text null);`);
    this.addSql(`create index "contact_request_event_request_id_index" on "contact_request_event" ("request_id");`);

    this.addSql(`create table "rate_limit_window" ("key" varchar(120) not null, "window_start" timestamptz not null, "hits" int not null, primary key ("key"));`);

    this.addSql(`alter table "contact_request" add constraint "contact_request_offer_id_foreign" foreign key ("offer_id") references "offer" ("id");`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_assignee_id_foreign" foreign key ("assignee_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_age_check" check (age >= 15 and age <= 30);`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_situation_check" check ("situation" in ('SCHOOL', 'HIGHER_EDUCATION', 'APPRENTICESHIP', 'TRAINING', 'EMPLOYED', 'JOB_SEEKER', 'NO_ACTIVITY'));`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_channel_check" check ("channel" in ('PHONE_CALL', 'SMS', 'EMAIL'));`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_status_check" check ("status" in ('NEW', 'IN_PROGRESS', 'CLOSED', 'CANCELLED', 'EXPIRED'));`);
    this.addSql(`alter table "contact_request" add constraint "contact_request_outcome_check" check ("outcome" in ('REACHED_HELPED', 'REORIENTED', 'NO_ANSWER', 'DECLINED_BY_YOUTH', 'NOT_ELIGIBLE'));`);

    this.addSql(`alter table "contact_request_event" add constraint "contact_request_event_request_id_foreign" foreign key ("request_id") references "contact_request" ("id") on delete cascade;`);
    this.addSql(`alter table "contact_request_event" add constraint "contact_request_event_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "contact_request_event" add constraint "contact_request_event_kind_check" check ("kind" in ('CREATED', 'ASSIGNED', 'NOTE', 'CONTACT_ATTEMPT', 'CLOSED', 'TRANSFERRED', 'REMINDER_SENT', 'OVERDUE_ALERT', 'YOUTH_CONTACTED', 'YOUTH_NOT_CONTACTED', 'CANCELLED', 'EXPIRED', 'ERASED'));`);
    this.addSql(`alter table "contact_request_event" add constraint "contact_request_event_attempt_channel_check" check ("attempt_channel" in ('PHONE_CALL', 'SMS', 'EMAIL'));`);
    this.addSql(`alter table "contact_request_event" add constraint "contact_request_event_attempt_result_check" check ("attempt_result" in ('REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "contact_request_event" drop constraint "contact_request_event_request_id_foreign";`);

    this.addSql(`drop table if exists "app_secret" cascade;`);
    this.addSql(`drop table if exists "contact_request" cascade;`);
    this.addSql(`drop table if exists "contact_request_event" cascade;`);
    this.addSql(`drop table if exists "rate_limit_window" cascade;`);
  }

}
