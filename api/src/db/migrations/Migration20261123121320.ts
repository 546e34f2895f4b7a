import { Migration } from '@mikro-orm/migrations';

export class Migration20261123121320 extends Migration {

  override name = 'Migration20261123121320';

  override up(): void | Promise<void> {
    this.addSql(`create table "offer_view_day" ("offer_id" uuid not null, "day" date not null, "views" int not null, primary key ("offer_id", "day"));`);

    this.addSql(`create table "search_month_stats" ("month" date not null, "departement" varchar(3) not null, "commune_code" varchar(5) not null, "theme" varchar(30) not null, "searches" int not null, "without_result" int not null, primary key ("month", "departement", "commune_code", "theme"));`);

    this.addSql(`alter table "offer_view_day" add constraint "offer_view_day_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete cascade;`);

    // Backfill the monthly rollup from the searches already logged (same cells as search-month-rollup.ts).
    this.addSql(`insert into "search_month_stats" ("month", "departement", "commune_code", "theme", "searches", "without_result")
      select date_trunc('month', e.searched_at at time zone 'Europe/Paris')::date, coalesce(e.departement, ''), coalesce(e.commune_code, ''), t.theme,
             count(*)::int, (count(*) filter (where e.result_count = 0))::int
        from "search_log_entry" e
        cross join lateral (select '*' as theme
                            union all
                            select distinct unnest(case when cardinality(e.themes) = 0 then array['']::text[] else e.themes end)) t
       group by 1, 2, 3, 4;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "offer_view_day" cascade;`);
    this.addSql(`drop table if exists "search_month_stats" cascade;`);
  }

}
