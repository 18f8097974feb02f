import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`countries_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_translation_translated_order_idx\` ON \`countries_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`countries_translation_translated_parent_idx\` ON \`countries_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`countries_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`countries_translation_outdated_order_idx\` ON \`countries_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`countries_translation_outdated_parent_idx\` ON \`countries_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_translation_translated_order_idx\` ON \`sites_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sites_translation_translated_parent_idx\` ON \`sites_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_translation_outdated_order_idx\` ON \`sites_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sites_translation_outdated_parent_idx\` ON \`sites_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_translation_translated_order_idx\` ON \`campaigns_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_translation_translated_parent_idx\` ON \`campaigns_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_translation_outdated_order_idx\` ON \`campaigns_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_translation_outdated_parent_idx\` ON \`campaigns_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_translation_translated_order_idx\` ON \`_campaigns_v_version_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_translation_translated_parent_idx\` ON \`_campaigns_v_version_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_translation_outdated_order_idx\` ON \`_campaigns_v_version_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_translation_outdated_parent_idx\` ON \`_campaigns_v_version_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_translation_translated_order_idx\` ON \`pages_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_translation_translated_parent_idx\` ON \`pages_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_translation_outdated_order_idx\` ON \`pages_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_translation_outdated_parent_idx\` ON \`pages_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_translation_translated_order_idx\` ON \`_pages_v_version_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_translation_translated_parent_idx\` ON \`_pages_v_version_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_translation_outdated_order_idx\` ON \`_pages_v_version_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_translation_outdated_parent_idx\` ON \`_pages_v_version_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`helplines_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`helplines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`helplines_translation_translated_order_idx\` ON \`helplines_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`helplines_translation_translated_parent_idx\` ON \`helplines_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`helplines_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`helplines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`helplines_translation_outdated_order_idx\` ON \`helplines_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`helplines_translation_outdated_parent_idx\` ON \`helplines_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_translation_translated_order_idx\` ON \`partners_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_translation_translated_parent_idx\` ON \`partners_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_translation_outdated_order_idx\` ON \`partners_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_translation_outdated_parent_idx\` ON \`partners_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`info_desks_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`info_desks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`info_desks_translation_translated_order_idx\` ON \`info_desks_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`info_desks_translation_translated_parent_idx\` ON \`info_desks_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`info_desks_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`info_desks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`info_desks_translation_outdated_order_idx\` ON \`info_desks_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`info_desks_translation_outdated_parent_idx\` ON \`info_desks_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_translation_translated_order_idx\` ON \`events_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_translation_translated_parent_idx\` ON \`events_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_translation_outdated_order_idx\` ON \`events_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_translation_outdated_parent_idx\` ON \`events_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_translation_translated_order_idx\` ON \`resources_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_translation_translated_parent_idx\` ON \`resources_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_translation_outdated_order_idx\` ON \`resources_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_translation_outdated_parent_idx\` ON \`resources_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_translation_translated_order_idx\` ON \`news_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_translation_translated_parent_idx\` ON \`news_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_translation_outdated_order_idx\` ON \`news_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_translation_outdated_parent_idx\` ON \`news_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_translated_order_idx\` ON \`_news_v_version_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_translated_parent_idx\` ON \`_news_v_version_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_outdated_order_idx\` ON \`_news_v_version_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_outdated_parent_idx\` ON \`_news_v_version_translation_outdated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_translation_translated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_translation_translated_order_idx\` ON \`media_translation_translated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translated_parent_idx\` ON \`media_translation_translated\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_translation_outdated\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_translation_outdated_order_idx\` ON \`media_translation_outdated\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_outdated_parent_idx\` ON \`media_translation_outdated\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`countries_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`countries_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`sites_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`sites_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`campaigns_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`campaigns_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`pages_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`pages_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`helplines_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`helplines_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`partners_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`partners_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`info_desks_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`info_desks_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`events_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`events_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`resources_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`resources_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`news_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`news_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_translation_outdated\`;`)
  await db.run(sql`DROP TABLE \`media_translation_translated\`;`)
  await db.run(sql`DROP TABLE \`media_translation_outdated\`;`)
}
