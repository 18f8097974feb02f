import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { stripStoredMetadata } from '../collections/Media/stripStoredMetadata'
import { users as demoAccounts } from '../seed/content/users'

export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`demo_password\` integer DEFAULT false;`)
  // Accounts the demo seed made before it marked them: production must not start with them
  // until each has its own password or is deleted (productionSafety.ts).
  for (const { email } of demoAccounts) {
    await db.run(sql`UPDATE \`users\` SET \`demo_password\` = true WHERE \`email\` = ${email};`)
  }
  // Pictures uploaded before uploads were cleaned keep their location and camera data until now.
  const report = await stripStoredMetadata(payload)
  payload.logger.info(`Media: ${report.checked} pictures checked, ${report.cleaned.length} cleaned of location and camera data`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`demo_password\`;`)
}
