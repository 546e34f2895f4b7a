import { Migration } from '@mikro-orm/migrations';

export class Migration20261123060137 extends Migration {

  override name = 'Migration20261123060137';

  override up(): void | Promise<void> {
    this.addSql(`create table "mailbox_message" ("id" bigserial primary key, "sent_at" timestamptz not null, "to" varchar(320) not null, "subject" varchar(500) not null, "text" text not null, "html" text null, "attachments" jsonb not null);`);
    this.addSql(`create index "mailbox_message_sent_at_index" on "mailbox_message" ("sent_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "mailbox_message" cascade;`);
  }

}
