import { Migration } from '@mikro-orm/migrations';

export class Migration20261123062356 extends Migration {

  override name = 'Migration20261123062356';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_account_id" uuid null, "entity_type" text not null, "entity_id" uuid not null, "offer_id" uuid null, "action" varchar(40) not null, "summary" text not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_id_at_index" on "audit_entry" ("entity_id", "at");`);
    this.addSql(`create index "audit_entry_offer_id_at_index" on "audit_entry" ("offer_id", "at");`);

    this.addSql(`alter table "offer" add "review_comment" text null;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_account_id_foreign" foreign key ("actor_account_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_entity_type_check" check ("entity_type" in ('ORGANISATION', 'OFFER', 'SESSION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`alter table "offer" drop column "review_comment";`);
  }

}
