import { Migration } from '@mikro-orm/migrations';

export class Migration20261123050553 extends Migration {

  override name = 'Migration20261123050553';

  override up(): void | Promise<void> {
    this.addSql(`create table "catalogue_load" ("name" varchar(50) not null, "loaded_at" timestamptz not null, "organisations" int not null, "offers" int not null, primary key ("name"));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "source_key" varchar(255) null, "name" varchar(200) not null, "kind" text not null, "description" text not null default '', "email" varchar(254) not null, "phone" varchar(30) not null, "website" varchar(500) null, "coverage_communes" text[] not null default '{}', "coverage_epcis" text[] not null default '{}', "coverage_departements" text[] not null default '{}', "coverage_national" boolean not null default false, "default_response_delay_days" int not null, "status" text not null default 'PENDING', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_source_key_unique" unique ("source_key");`);
    this.addSql(`create index "organisation_status_index" on "organisation" ("status");`);

    this.addSql(`create table "offer" ("id" uuid not null, "source_key" varchar(255) null, "organisation_id" uuid not null, "title" varchar(160) not null, "summary" varchar(400) not null, "description" text not null, "theme" text not null, "category" varchar(120) not null, "format" text not null, "age_min" int not null, "age_max" int not null, "situations" text[] not null default '{}', "conditions" text null, "coverage_communes" text[] not null default '{}', "coverage_epcis" text[] not null default '{}', "coverage_departements" text[] not null default '{}', "coverage_national" boolean not null default false, "remote" boolean not null default false, "cost" varchar(200) not null, "valid_from" date null, "valid_until" date null, "response_delay_days" int not null, "engagement" text[] not null default '{}', "external_url" varchar(500) null, "phone" varchar(30) null, "status" text not null default 'DRAFT', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "offer" add constraint "offer_source_key_unique" unique ("source_key");`);
    this.addSql(`create index "offer_organisation_id_index" on "offer" ("organisation_id");`);
    this.addSql(`create index "offer_theme_index" on "offer" ("theme");`);
    this.addSql(`create index "offer_status_index" on "offer" ("status");`);
    this.addSql(`create index "offer_title_id_index" on "offer" ("title", "id");`);

    this.addSql(`create table "venue" ("id" uuid not null, "organisation_id" uuid not null, "source_key" varchar(255) null, "name" varchar(200) not null, "address" varchar(300) not null, "commune_code" varchar(5) not null, "lat" double precision not null, "lng" double precision not null, primary key ("id"));`);
    this.addSql(`create index "venue_organisation_id_index" on "venue" ("organisation_id");`);
    this.addSql(`create index "venue_commune_code_index" on "venue" ("commune_code");`);
    this.addSql(`alter table "venue" add constraint "venue_organisation_id_source_key_unique" unique ("organisation_id", "source_key");`);

    this.addSql(`create table "offer_venue" ("offer_id" uuid not null, "venue_id" uuid not null, primary key ("offer_id", "venue_id"));`);

    this.addSql(`create table "workshop_session" ("id" uuid not null, "source_key" varchar(255) null, "offer_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "venue_id" uuid null, "online_url" varchar(500) null, "capacity" int not null, "status" text not null default 'SCHEDULED', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "workshop_session" add constraint "workshop_session_source_key_unique" unique ("source_key");`);
    this.addSql(`create index "workshop_session_offer_id_index" on "workshop_session" ("offer_id");`);
    this.addSql(`create index "workshop_session_offer_id_starts_at_index" on "workshop_session" ("offer_id", "starts_at");`);

    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('MISSION_LOCALE', 'INFO_JEUNES', 'CPAM', 'CAF', 'HABITAT_JEUNES', 'ADIL', 'FRANCE_TRAVAIL', 'ASSOCIATION', 'LOCAL_AUTHORITY', 'HEALTH_SERVICE', 'TRAINING_CENTRE', 'EMPLOYER', 'STATE_SERVICE'));`);
    this.addSql(`alter table "organisation" add constraint "organisation_status_check" check ("status" in ('PENDING', 'ACTIVE', 'ARCHIVED'));`);

    this.addSql(`alter table "offer" add constraint "offer_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "offer" add constraint "offer_age_range_check" check (age_min >= 15 and age_max <= 30 and age_min <= age_max);`);
    this.addSql(`alter table "offer" add constraint "offer_response_delay_check" check (response_delay_days >= 1 and response_delay_days <= 7);`);
    this.addSql(`alter table "offer" add constraint "offer_theme_check" check ("theme" in ('HEALTH', 'HOUSING', 'MOBILITY', 'INTERNATIONAL_MOBILITY', 'CIVIC_ENGAGEMENT', 'EMPLOYMENT', 'TRAINING', 'DAILY_LIFE', 'CULTURE_SPORT'));`);
    this.addSql(`alter table "offer" add constraint "offer_format_check" check ("format" in ('INDIVIDUAL_APPOINTMENT', 'WORKSHOP', 'DROP_IN', 'FINANCIAL_AID', 'ONLINE'));`);
    this.addSql(`alter table "offer" add constraint "offer_status_check" check ("status" in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));`);

    this.addSql(`alter table "venue" add constraint "venue_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);

    this.addSql(`alter table "offer_venue" add constraint "offer_venue_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "offer_venue" add constraint "offer_venue_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop_session" add constraint "workshop_session_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete cascade;`);
    this.addSql(`alter table "workshop_session" add constraint "workshop_session_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on delete set null;`);
    this.addSql(`alter table "workshop_session" add constraint "workshop_session_capacity_check" check (capacity >= 1 and capacity <= 500);`);
    this.addSql(`alter table "workshop_session" add constraint "workshop_session_time_check" check (ends_at > starts_at);`);
    this.addSql(`alter table "workshop_session" add constraint "workshop_session_status_check" check ("status" in ('SCHEDULED', 'CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "offer" drop constraint "offer_organisation_id_foreign";`);
    this.addSql(`alter table "venue" drop constraint "venue_organisation_id_foreign";`);
    this.addSql(`alter table "offer_venue" drop constraint "offer_venue_offer_id_foreign";`);
    this.addSql(`alter table "workshop_session" drop constraint "workshop_session_offer_id_foreign";`);
    this.addSql(`alter table "offer_venue" drop constraint "offer_venue_venue_id_foreign";`);
    this.addSql(`alter table "workshop_session" drop constraint "workshop_session_venue_id_foreign";`);

    this.addSql(`drop table if exists "catalogue_load" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "offer" cascade;`);
    this.addSql(`drop table if exists "venue" cascade;`);
    this.addSql(`drop table if exists "offer_venue" cascade;`);
    this.addSql(`drop table if exists "workshop_session" cascade;`);
  }

}
