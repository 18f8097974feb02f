/** Fixed pages written as MDX, per audience (src/content/static/<audience>/<locale>/<slug>.mdx). */
export const STATIC_SLUGS = {
  prevention: ['safety', 'about', 'privacy', 'accessibility'],
  'demand-reduction': ['about', 'privacy', 'accessibility'],
  hub: ['about', 'privacy', 'accessibility'],
} as const

/** The emergency number shown when a site lists no helpline (112 works across Europe). */
export const EMERGENCY_NUMBER = '112'

/** Picture widths generated for content images, and the formats offered. */
export const IMAGE_WIDTHS = [320, 480, 720, 960]
export const IMAGE_FORMATS = ['avif', 'webp'] as const
