/**
 * The values content is made of: kinds, types, roles and audiences, each listed once. The CMS builds
 * its select options and checks from these lists, the snapshot contract its enums, and the sites
 * their sections. Only values live here; the labels are with their readers (the CMS translations,
 * the sites' UI strings). The values are stored in the database: renaming one needs a migration.
 * The order of each list is the order the CMS offers and the sites show.
 */

/** Whom a site speaks to: children and young people, the public in countries of destination, or the partnership itself. */
export const AUDIENCES = ['prevention', 'demand-reduction', 'hub'] as const
export type Audience = (typeof AUDIENCES)[number]

/** The audiences of a country's sites, and so of campaigns: all but the hub, the partnership's one site. */
export const COUNTRY_AUDIENCES = AUDIENCES.filter((audience): audience is Exclude<Audience, 'hub'> => audience !== 'hub')
export type CountryAudience = (typeof COUNTRY_AUDIENCES)[number]

/** What a page is for on its site: its home page, a campaign message, or a page the navigation links to by its role. */
export const PAGE_ROLES = ['home', 'message', 'recognise-signs', 'how-to-report', 'about'] as const
export type PageRole = (typeof PAGE_ROLES)[number]

export const HELPLINE_KINDS = ['116000', '116111', 'anti-trafficking', 'police', 'victim-support', 'ngo'] as const
export type HelplineKind = (typeof HELPLINE_KINDS)[number]

/** The EU's harmonised numbers, the same in every country: the kind is the number itself. */
export const HARMONISED_HELPLINE_KINDS = ['116000', '116111'] as const satisfies readonly HelplineKind[]
export type HarmonisedHelplineKind = (typeof HARMONISED_HELPLINE_KINDS)[number]

export function isHarmonisedHelplineKind(kind: unknown): kind is HarmonisedHelplineKind {
  return (HARMONISED_HELPLINE_KINDS as readonly unknown[]).includes(kind)
}

export const PARTNER_TYPES = ['international-organisation', 'public-authority', 'international-ngo', 'national-ngo'] as const
export type PartnerType = (typeof PARTNER_TYPES)[number]

export const EVENT_KINDS = ['training', 'workshop'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/** The professionals a training is for: those who may meet child victims in their work. */
export const PROFESSIONAL_AUDIENCES = ['law-enforcement', 'health-care', 'judiciary', 'labour-inspectors', 'ngos'] as const
export type ProfessionalAudience = (typeof PROFESSIONAL_AUDIENCES)[number]

export const RESOURCE_KINDS = ['publicity', 'training'] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

/** The answer to a statement of a "myth or fact" block. */
export const VERDICTS = ['myth', 'fact'] as const
export type Verdict = (typeof VERDICTS)[number]
