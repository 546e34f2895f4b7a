import { Migration } from '@mikro-orm/migrations';

export class Migration20261123080801 extends Migration {

  override name = 'Migration20261123080801';

  override up(): void | Promise<void> {
    this.addSql(`create table "booking" ("id" uuid not null, "session_id" uuid not null, "first_name" varchar(60) null, "email" varchar(254) null, "phone" varchar(20) null, "status" text not null, "queue_number" int null, "idempotency_key_hash" varchar(64) not null, "token_hash" varchar(64) not null, "calendar_sequence" int not null default 0, "created_at" timestamptz not null, "cancelled_at" timestamptz null, "cancelled_by" text null, "promoted_at" timestamptz null, "attendance_marked_at" timestamptz null, "reminder_sent_at" timestamptz null, "erased_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "booking" add constraint "booking_idempotency_key_hash_unique" unique ("idempotency_key_hash");`);
    this.addSql(`alter table "booking" add constraint "booking_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "booking_session_id_status_index" on "booking" ("session_id", "status");`);
    this.addSql(`alter table "booking" add constraint "booking_session_id_queue_number_unique" unique ("session_id", "queue_number");`);

    this.addSql(`alter table "booking" add constraint "booking_session_id_foreign" foreign key ("session_id") references "workshop_session" ("id") on delete cascade;`);
    this.addSql(`alter table "booking" add constraint "booking_contact_check" check (erased_at is not null or email is not null or phone is not null);`);
    this.addSql(`alter table "booking" add constraint "booking_status_check" check ("status" in ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW'));`);
    this.addSql(`alter table "booking" add constraint "booking_cancelled_by_check" check ("cancelled_by" in ('YOUTH', 'ORGANISATION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "booking" cascade;`);
  }

}
