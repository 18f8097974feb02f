/**
 * Shapes of the demo content. Texts are written as plain strings here; the seed turns paragraphs
 * into Lexical rich text and site ids into relationships.
 */
import type { LocaleCode } from '@victor/shared'
import type { CountryAudience, PageRole, Verdict } from '@victor/shared/vocabulary'

export type SiteId =
  'gr-prevention' | 'gr-demand-reduction' | 'bg-prevention' | 'ro-prevention' | 'md-prevention' | 'ua-prevention' | 'rs-prevention' | 'si-demand-reduction' | 'hu-demand-reduction' | 'hub'

/** A paragraph may use **bold** for one key phrase; nothing else is parsed. */
export type Paragraph = string

export type SeedBlock =
  | { blockType: 'richText'; heading?: string; paragraphs: Paragraph[] }
  | { blockType: 'helplineCallout'; heading: string; text: string }
  | { blockType: 'signsChecklist'; heading: string; intro?: string; signs: string[] }
  | {
      blockType: 'mythOrFact'
      heading: string
      items: { statement: string; verdict: Verdict; explanation: string }[]
    }
  | {
      blockType: 'quiz'
      question: string
      options: { text: string; correct: boolean }[]
      explanation: string
    }
  | { blockType: 'story'; title: string; paragraphs: Paragraph[]; note: string }
  | {
      blockType: 'reportSteps'
      heading: string
      steps: { title: string; text: string }[]
      anonymity: string
      whatHappensNext: string
    }
  | { blockType: 'faq'; heading: string; items: { question: string; answer: string }[] }

export interface SeedPageLocale {
  title: string
  /** One or two sentences, shown in lists and as the meta description. */
  summary: string
  blocks: SeedBlock[]
}

export interface SeedPage {
  /** URL segment, lowercase ASCII words joined by hyphens, the same in every locale. */
  slug: string
  role: PageRole
  sites: SiteId[]
  /** Slug of the campaign the page belongs to, if any (see campaigns.ts). */
  campaign?: string
  content: Partial<Record<LocaleCode, SeedPageLocale>>
  /** A draft sent for review: by whom (an account's email), in which language, with what note. */
  reviewRequest?: { by: string; locale: LocaleCode; note: string }
}

export interface SeedCampaign {
  slug: string
  audience: CountryAudience
  sites: SiteId[]
  start: string
  end: string
  content: Partial<Record<LocaleCode, { title: string; summary: string }>>
}

export interface SeedNews {
  slug: string
  date: string
  content: Partial<Record<LocaleCode, { title: string; summary: string; paragraphs: Paragraph[] }>>
}
