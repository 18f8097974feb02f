/** The component of each block type of the snapshot contract: a type without one fails the type check. */
import type { BlockType } from '@victor/shared/snapshot'
import Faq from './Faq.astro'
import HelplineCallout from './HelplineCallout.astro'
import Image from './Image.astro'
import MythOrFact from './MythOrFact.astro'
import Quiz from './Quiz.astro'
import ReportSteps from './ReportSteps.astro'
import ResourceDownload from './ResourceDownload.astro'
import RichText from './RichText.astro'
import SignsChecklist from './SignsChecklist.astro'
import Story from './Story.astro'

export const blockComponents: Record<BlockType, typeof RichText> = {
  richText: RichText,
  helplineCallout: HelplineCallout,
  signsChecklist: SignsChecklist,
  mythOrFact: MythOrFact,
  quiz: Quiz,
  story: Story,
  reportSteps: ReportSteps,
  resourceDownload: ResourceDownload,
  image: Image,
  faq: Faq,
}
