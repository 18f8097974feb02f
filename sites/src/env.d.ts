declare namespace App {
  interface Locals {
    /** The site being rendered, given by the renderer (src/renderer). */
    site?: Promise<import('./lib/data').SiteData>
  }
}
