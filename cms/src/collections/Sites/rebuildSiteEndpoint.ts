import type { Endpoint } from 'payload'
import { hasRole } from '../../access/roles'
import { translate } from '../../i18n'
import { requestSiteBuild } from '../../publishing/requestSiteBuild'

/** POST /api/sites/:id/rebuild: a coordinator rebuilds a site by hand (after a failed build, say). */
export const rebuildSiteEndpoint: Endpoint = {
  path: '/:id/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'admin', 'coordinator')) {
      return Response.json({ errors: [{ message: translate(req.t, 'errorRebuildNotAllowed') }] }, { status: 403 })
    }
    const id = req.routeParams?.id as string
    const site = await req.payload.findByID({ collection: 'sites', id, depth: 0, req }).catch(() => null)
    if (!site) return Response.json({ errors: [{ message: `No site ${id}` }] }, { status: 404 })
    const email = req.user && 'email' in req.user ? req.user.email : ''
    const result = await requestSiteBuild(req, site.siteId, `Rebuilt by hand by ${email}`)
    return Response.json({ message: translate(req.t, 'siteRebuildQueued', { site: site.siteId }), build: result?.buildId }, { status: 202 })
  },
}
