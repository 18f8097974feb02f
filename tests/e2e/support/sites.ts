/** Where the demo sites are served during the end-to-end run. */
export const SITES_PORT = Number(process.env.E2E_SITES_PORT ?? 4390)

export const siteUrl = (siteId: string, path = '/') => `http://${siteId}.localhost:${SITES_PORT}${path}`

/** The demo sites the suite builds: one per audience, with a right-to-left locale among them. */
export const e2eSites = ['gr-prevention', 'md-prevention', 'hu-demand-reduction', 'hub'] as const
