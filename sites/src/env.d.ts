declare namespace App {
  interface Locals {
    /** The site being rendered, given by the renderer (src/renderer). */
    site?: Promise<import('./lib/data').SiteData>
  }
}

/** For `tsc`, which does not read .astro files: a .ts module that lists components (components/blocks/index.ts) type-checks its keys. */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown
  export default Component
}
