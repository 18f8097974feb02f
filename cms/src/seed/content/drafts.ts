/**
 * Work in progress: a page an editor has drafted and sent for review. It must never appear on a
 * site or in the public API until a reviewer publishes it.
 */
import type { SeedPage } from './types'

export const draftPages: SeedPage[] = [
  {
    slug: 'summer-jobs-abroad',
    role: 'message',
    sites: ['ro-prevention'],
    campaign: 'too-good-to-be-true',
    reviewRequest: { by: 'editor-ro@victor.local', locale: 'ro', note: 'Ready for review: the Romanian text follows the English one. Please check the tone for 14-year-olds.' },
    content: {
      en: {
        title: 'Summer jobs abroad: check before you go',
        summary: 'A summer job abroad can be a great start. Here is how to tell a real offer from a trap.',
        blocks: [
          {
            blockType: 'richText',
            paragraphs: [
              'Many young people look for summer work abroad. Most offers are real, **but some are traps**.',
              'Before you say yes, ask for a written contract in a language you understand, and show it to someone you trust.',
            ],
          },
          {
            blockType: 'helplineCallout',
            heading: 'Not sure about an offer?',
            text: 'Call a helpline before you travel. It is free and you do not have to give your name.',
          },
        ],
      },
      ro: {
        title: 'Joburi de vară în străinătate: verifică înainte să pleci',
        summary: 'Un job de vară în străinătate poate fi un început bun. Iată cum deosebești o ofertă reală de o capcană.',
        blocks: [
          {
            blockType: 'richText',
            paragraphs: [
              'Mulți tineri caută de lucru în străinătate pe timpul verii. Cele mai multe oferte sunt reale, **dar unele sunt capcane**.',
              'Înainte să spui da, cere un contract scris într-o limbă pe care o înțelegi și arată-l cuiva în care ai încredere.',
            ],
          },
          {
            blockType: 'helplineCallout',
            heading: 'Nu ești sigur de o ofertă?',
            text: 'Sună la o linie de ajutor înainte să pleci. Este gratuit și nu trebuie să îți spui numele.',
          },
        ],
      },
    },
  },
]
