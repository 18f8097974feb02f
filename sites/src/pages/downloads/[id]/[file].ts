/** Non-image media (PDF resources) are copied into the build as downloads: /downloads/<id>/<file>. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getSiteData } from '../../../lib/data'
import { downloadName } from '../../../lib/urls'
import { locateSnapshot, snapshotDirFromEnv } from '../../../lib/snapshot-file'

export const getStaticPaths = (async () => {
  const { snapshot, images } = await getSiteData()
  return snapshot.media
    .filter((media) => !images.has(media.id))
    .map((media) => ({ params: { id: media.id, file: downloadName(media.file) }, props: { file: media.file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { mediaDir } = locateSnapshot(snapshotDirFromEnv())
  const bytes = await readFile(path.join(mediaDir, (props as { file: string }).file))
  return new Response(bytes)
}
