import type { Block } from 'payload'
import { VERDICTS, type Audience, type Verdict } from '@victor/shared/vocabulary'
import { label, labels, staticLabel, translate, type VictorKey } from '../../../i18n'
import { relationId, relationIds } from '../../../utilities/relationId'

const verdictLabels: Record<Verdict, VictorKey> = { myth: 'blockMyth', fact: 'blockFact' }

const heading = (required = true) =>
  ({ name: 'heading', type: 'text', label: label('blockHeading'), required }) as const

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: label('blockRichText'), plural: label('blockRichText') },
  fields: [heading(false), { name: 'content', type: 'richText', label: staticLabel('blockContent'), required: true }],
}

export const HelplineCalloutBlock: Block = {
  slug: 'helplineCallout',
  labels: { singular: label('blockHelplineCallout'), plural: label('blockHelplineCallout') },
  fields: [
    heading(),
    { name: 'text', type: 'textarea', label: label('blockText') },
    {
      name: 'helplines',
      type: 'relationship',
      label: label('helplines'),
      relationTo: 'helplines',
      hasMany: true,
      admin: { description: label('blockHelplineCalloutHelp') },
      // The lines of the page's countries; a page on the hub may name any.
      filterOptions: async ({ data, req }) => {
        const ids = relationIds(data?.sites)
        if (ids.length === 0) return true
        const { docs } = await req.payload.find({ collection: 'sites', where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: true, req })
        if (docs.some((site) => site.audience === 'hub')) return true
        return { country: { in: docs.map((site) => relationId(site.country)).filter((id) => id !== null) } }
      },
    },
  ],
}

export const SignsChecklistBlock: Block = {
  slug: 'signsChecklist',
  labels: { singular: label('blockSignsChecklist'), plural: label('blockSignsChecklist') },
  fields: [
    heading(),
    { name: 'intro', type: 'textarea', label: label('blockIntro') },
    {
      name: 'signs',
      type: 'array',
      label: label('blockSigns'),
      labels: labels('blockSign', 'blockSigns'),
      minRows: 1,
      required: true,
      fields: [{ name: 'text', type: 'text', label: label('blockSign'), required: true }],
    },
  ],
}

export const MythOrFactBlock: Block = {
  slug: 'mythOrFact',
  labels: { singular: label('blockMythOrFact'), plural: label('blockMythOrFact') },
  fields: [
    heading(),
    {
      name: 'items',
      type: 'array',
      label: label('blockStatements'),
      labels: labels('blockStatement', 'blockStatements'),
      minRows: 1,
      required: true,
      fields: [
        { name: 'statement', type: 'text', label: label('blockStatement'), required: true },
        {
          name: 'verdict',
          type: 'radio',
          label: label('blockVerdict'),
          required: true,
          options: VERDICTS.map((verdict) => ({ label: label(verdictLabels[verdict]), value: verdict })),
        },
        { name: 'explanation', type: 'textarea', label: label('blockExplanation'), required: true },
      ],
    },
  ],
}

export const QuizBlock: Block = {
  slug: 'quiz',
  labels: { singular: label('blockQuiz'), plural: label('blockQuiz') },
  fields: [
    { name: 'question', type: 'text', label: label('blockQuestion'), required: true },
    {
      name: 'options',
      type: 'array',
      label: label('blockAnswers'),
      labels: labels('blockAnswer', 'blockAnswers'),
      minRows: 2,
      maxRows: 5,
      required: true,
      fields: [
        { name: 'text', type: 'text', label: label('blockAnswer'), required: true },
        { name: 'correct', type: 'checkbox', label: label('blockCorrect') },
      ],
      validate: (value, { req }) => {
        const rows = (value ?? []) as { correct?: boolean }[]
        if (rows.length > 0 && !rows.some((row) => row.correct)) return translate(req.t, 'errorQuizCorrect')
        return true
      },
    },
    { name: 'explanation', type: 'textarea', label: label('blockExplanation'), required: true },
  ],
}

export const StoryBlock: Block = {
  slug: 'story',
  labels: { singular: label('blockStory'), plural: label('blockStory') },
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true },
    { name: 'content', type: 'richText', label: staticLabel('blockContent'), required: true },
    { name: 'image', type: 'upload', label: label('image'), relationTo: 'media' },
    { name: 'note', type: 'text', label: label('blockStoryNote'), admin: { description: label('blockStoryNoteHelp') } },
  ],
}

export const ReportStepsBlock: Block = {
  slug: 'reportSteps',
  labels: { singular: label('blockReportSteps'), plural: label('blockReportSteps') },
  fields: [
    heading(),
    {
      name: 'steps',
      type: 'array',
      label: label('blockSteps'),
      labels: labels('blockStep', 'blockSteps'),
      minRows: 1,
      required: true,
      fields: [
        { name: 'title', type: 'text', label: label('title'), required: true },
        { name: 'text', type: 'textarea', label: label('blockText') },
      ],
    },
    { name: 'anonymity', type: 'textarea', label: label('blockAnonymity') },
    { name: 'whatHappensNext', type: 'textarea', label: label('blockWhatHappensNext') },
  ],
}

export const ResourceDownloadBlock: Block = {
  slug: 'resourceDownload',
  labels: { singular: label('blockResourceDownload'), plural: label('blockResourceDownload') },
  fields: [
    { name: 'resource', type: 'relationship', label: label('resource'), relationTo: 'resources', required: true },
    { name: 'text', type: 'textarea', label: label('blockText') },
  ],
}

export const ImageBlock: Block = {
  slug: 'image',
  labels: { singular: label('image'), plural: label('image') },
  fields: [
    { name: 'image', type: 'upload', label: label('image'), relationTo: 'media', required: true },
    { name: 'caption', type: 'text', label: label('caption') },
  ],
}

// A block's own heading names it; Payload's extra "block name" only showed "Untitled".
export const pageBlocks: Block[] = [
  RichTextBlock,
  HelplineCalloutBlock,
  SignsChecklistBlock,
  MythOrFactBlock,
  QuizBlock,
  StoryBlock,
  ReportStepsBlock,
  ResourceDownloadBlock,
  ImageBlock,
].map((block) => ({ ...block, admin: { ...block.admin, disableBlockName: true } }))

/** Which blocks fit which audience: quizzes are for children, report steps for the public. */
export const blocksForAudience: Record<Audience, string[]> = {
  prevention: ['richText', 'helplineCallout', 'signsChecklist', 'mythOrFact', 'quiz', 'story', 'resourceDownload', 'image'],
  'demand-reduction': ['richText', 'helplineCallout', 'signsChecklist', 'mythOrFact', 'story', 'reportSteps', 'resourceDownload', 'image'],
  hub: ['richText', 'helplineCallout', 'signsChecklist', 'story', 'reportSteps', 'resourceDownload', 'image'],
}

/** Blocks allowed on a page shown to all the given audiences (those that fit every one). */
export function blocksForAudiences(audiences: Audience[]): string[] {
  if (audiences.length === 0) return pageBlocks.map((block) => block.slug)
  return pageBlocks
    .map((block) => block.slug)
    .filter((slug) => audiences.every((audience) => blocksForAudience[audience].includes(slug)))
}
