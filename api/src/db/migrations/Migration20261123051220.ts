import { Migration } from '@mikro-orm/migrations';

export class Migration20261123051220 extends Migration {

  override name = 'Migration20261123051220';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "topic" varchar(60) not null, "payload" jsonb not null, "created_at" timestamptz not null, "available_at" timestamptz not null, "attempts" int not null default 0, "last_error" text null, "delivered_at" timestamptz null, "failed_at" timestamptz null);`);
    this.addSql(`create index "outbox_event_pending_index" on "outbox_event" ("delivered_at", "failed_at", "available_at");`);

    this.addSql(`create table "search_log_entry" ("id" bigserial primary key, "searched_at" timestamptz not null, "commune_code" varchar(5) null, "departement" varchar(3) null, "themes" text[] not null default '{}', "formats" text[] not null default '{}', "has_text" boolean not null, "age" int null, "situation" varchar(30) null, "radius_km" real null, "sort" varchar(20) not null, "result_count" int not null, "duration_ms" real not null);`);
    this.addSql(`create index "search_log_entry_searched_at_index" on "search_log_entry" ("searched_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox_event" cascade;`);
    this.addSql(`drop table if exists "search_log_entry" cascade;`);
  }

}
