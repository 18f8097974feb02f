/** What a site features in more than one place: the home page's campaign, the signs to recognise. */
import type { LocaleCode } from '@victor/shared'
import type { Snapshot, SnapshotBlock, SnapshotPage } from '@victor/shared/snapshot'
import { fallbackChain } from './model'

/** The campaign the home page shows: the one it belongs to, else the site's first. */
export function homeCampaign(snapshot: Snapshot): Snapshot['campaigns'][number] | undefined {
  const home = snapshot.pages.find((page) => page.role === 'home')
  return snapshot.campaigns.find((item) => item.id === home?.campaign) ?? snapshot.campaigns[0]
}

type SignsBlock = Extract<SnapshotBlock, { blockType: 'signsChecklist' }>

/**
 * The "signs to recognise" checklist of a site in a locale (or the nearest language it exists in):
 * from the page whose role is to recognise the signs, else the first page that has one.
 */
export function signsChecklist(snapshot: Snapshot, locale: LocaleCode): { page: SnapshotPage; block: SignsBlock; lang: LocaleCode } | undefined {
  const pages = [...snapshot.pages.filter((page) => page.role === 'recognise-signs'), ...snapshot.pages.filter((page) => page.role !== 'recognise-signs')]
  for (const lang of fallbackChain(snapshot, locale)) {
    for (const page of pages) {
      const block = page.translations[lang]?.blocks.find((item): item is SignsBlock => item.blockType === 'signsChecklist')
      if (block) return { page, block, lang }
    }
  }
  return undefined
}
