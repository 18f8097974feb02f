/**
 * The fixed pages written as MDX (<audience>/<locale>/<slug>.mdx). They are code, built into the
 * renderer; the snapshot's content is data, handed to each render (src/lib/data.ts).
 */
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

export const collections = {
  staticPages: defineCollection({
    // astro.config resolves VICTOR_STATIC_DIR to an absolute folder before this runs.
    loader: glob({ pattern: `${process.env.VICTOR_AUDIENCE ?? '*'}/*/*.mdx`, base: process.env.VICTOR_STATIC_DIR ?? './src/content/static' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
}
