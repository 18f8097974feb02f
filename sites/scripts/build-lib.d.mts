export declare const sitesRoot: string
export declare function imageCacheDir(): string
export interface BuildResult {
  ok: boolean
  code: number | null
  output: string
}
export interface RenderResult {
  ok: boolean
  log: string
  siteId?: string
  pages?: number
  rendered?: number
  reused?: number
}
/** With `widgetsDir`, the site's partner widgets are published there too. */
export interface RenderRequest {
  snapshotDir: string
  outDir: string
  widgetsDir?: string
}
export declare function buildStaticSite(options: { snapshotDir: string; outDir: string; staticDir?: string; quiet?: boolean; env?: Record<string, string> }): Promise<BuildResult>
export declare const RENDERER_SOURCES: string[]
export declare function rendererSourceHash(staticDir?: string, root?: string): string
export declare function buildRenderer(options?: { staticDir?: string; quiet?: boolean }): Promise<{ ok: boolean; id: string; dir: string; output: string }>
export declare class SiteRenderer {
  constructor(options?: { staticDir?: string; quiet?: boolean })
  render(site: RenderRequest): Promise<RenderResult>
  close(): void
  readonly pid: number | undefined
}
export declare function renderSites(sites: RenderRequest[], options?: { staticDir?: string; quiet?: boolean }): Promise<(RenderResult & { snapshotDir: string; outDir: string; ms: number })[]>
export declare function liveSince(target: string): Promise<Date | null>
export declare function publishRelease(built: string, target: string): Promise<void>
export declare function widgetsDirFor(sitesDir: string): string
