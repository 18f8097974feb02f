/**
 * The repository's default folders, written once for the CMS, the sites' scripts and the tests;
 * each is overridden by its environment variable. The bundled admin server cannot derive them
 * from its own location: `pnpm start` sets every variable to an absolute path before starting it.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Exported snapshots (`snapshots/<siteId>`) and built sites (`sites/<siteId>`): VICTOR_OUTPUT_DIR, else `dist/`. */
export const outputRoot = (): string => process.env.VICTOR_OUTPUT_DIR ?? path.join(repoRoot, 'dist')
export const snapshotsRoot = (): string => path.join(outputRoot(), 'snapshots')
export const builtSitesRoot = (): string => path.join(outputRoot(), 'sites')

/** Uploaded files: MEDIA_DIR, else the top-level `media/`. */
export const mediaDir = (): string => process.env.MEDIA_DIR ?? path.join(repoRoot, 'media')

/** The CMS's git-ignored data folder (SQLite database, locally generated secret): VICTOR_DATA_DIR, else `cms/data/`. */
export const dataDir = (): string => process.env.VICTOR_DATA_DIR ?? path.join(repoRoot, 'cms', 'data')

/** The sites package, whose scripts `pnpm start` runs: VICTOR_SITES_PACKAGE, else `sites/`. */
export const sitesPackage = (): string => process.env.VICTOR_SITES_PACKAGE ?? path.join(repoRoot, 'sites')
