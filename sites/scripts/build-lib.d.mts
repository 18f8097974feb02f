export declare const sitesRoot: string
export interface BuildResult { ok: boolean; code: number | null; output: string }
export declare function buildSite(options: { snapshotDir: string; outDir: string; staticDir?: string; quiet?: boolean; env?: Record<string, string> }): Promise<BuildResult>
export declare function buildSites(
  sites: { snapshotDir: string; outDir: string }[],
  options?: { staticDir?: string; quiet?: boolean },
): Promise<(BuildResult & { snapshotDir: string; outDir: string; ms: number })[]>
export declare function publishRelease(built: string, target: string): Promise<void>
