import type { Kysely } from "kysely";

// An organisation's page lists the published Stocktaking entries that name it: an index on the name they give.
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("stocktaking_public_organization_idx")
    .on("stocktaking_public")
    .columns(["organization_name", "published_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("stocktaking_public_organization_idx").execute();
}
