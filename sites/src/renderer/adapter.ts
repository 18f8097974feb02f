import type { AstroIntegration } from 'astro'

export function victorRenderer(): AstroIntegration {
  return {
    name: 'victor-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'victor-renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./entrypoint.ts', import.meta.url),
          supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'stable' },
        })
      },
    },
  }
}
