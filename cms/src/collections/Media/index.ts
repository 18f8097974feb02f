import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  DateFieldValidation,
  TextFieldSingleValidation,
} from 'payload'
import { anyOf } from '../../access/anyOf'
import { isAdminOrCoordinator } from '../../access/isAdminOrCoordinator'
import { isEditor } from '../../access/isEditor'
import { publishableOrSignedIn } from '../../access/publishableOrSignedIn'
import { translatorInOwnLocale } from '../../access/translatorInOwnLocale'
import { label, labels, staticLabel, translate } from '../../i18n'
import { mediaDir } from '../../paths'
import { checkUpload } from './checkUpload'
import { configuredUploadLimits } from './uploadLimits'

/** Image widths the sites use; WebP for the sites, a JPEG for link previews in messaging apps. */
const webp = { format: 'webp' as const, options: { quality: 72 } }

const recordPublishable: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const consent = merged.consent ?? {}
  data.publishable = !merged.showsIdentifiableChild || Boolean(consent.reference && consent.date)
  return data
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: labels('mediaItem', 'media'),
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'showsIdentifiableChild', 'publishable', 'updatedAt'],
    group: staticLabel('groupContent'),
  },
  access: {
    read: publishableOrSignedIn,
    create: anyOf(isAdminOrCoordinator, isEditor),
    update: anyOf(isAdminOrCoordinator, isEditor, translatorInOwnLocale),
    delete: isAdminOrCoordinator,
  },
  upload: {
    staticDir: mediaDir(),
    // Any constructor option makes Payload pass every picture, the original too, through sharp,
    // which turns it upright and writes it without EXIF (place, camera, date), XMP, IPTC or ICC
    // profile, converted to sRGB so colours stay right. The pixel limit is a second guard
    // behind checkUpload's clear message.
    constructorOptions: { limitInputPixels: configuredUploadLimits.imagePixels },
    // No SVG: it can carry scripts. PDFs for publicity and training material.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, withoutEnlargement: true, formatOptions: webp },
      { name: 'card', width: 640, withoutEnlargement: true, formatOptions: webp },
      { name: 'hero', width: 1280, withoutEnlargement: true, formatOptions: webp },
      {
        name: 'share',
        width: 1200,
        height: 630,
        formatOptions: { format: 'jpeg', options: { quality: 78 } },
      },
    ],
  },
  hooks: { beforeOperation: [checkUpload(configuredUploadLimits)], beforeChange: [recordPublishable] },
  fields: [
    {
      name: 'privacyNotice',
      type: 'ui',
      admin: { components: { Field: '/components/MediaPrivacyNotice#MediaPrivacyNotice' } },
    },
    {
      name: 'alt',
      type: 'text',
      label: label('alt'),
      localized: true,
      required: true,
      admin: { description: label('altHelp') },
      validate: ((value, { req }) =>
        value && value.trim() ? true : translate(req.t, 'errorAltRequired')) satisfies TextFieldSingleValidation,
    },
    { name: 'caption', type: 'text', label: label('caption'), localized: true },
    { name: 'credit', type: 'text', label: label('credit') },
    {
      name: 'showsIdentifiableChild',
      type: 'checkbox',
      label: label('mediaIdentifiableChild'),
      defaultValue: false,
      admin: { description: label('mediaIdentifiableChildHelp') },
    },
    {
      name: 'consent',
      type: 'group',
      label: label('consent'),
      admin: {
        condition: (data) => Boolean(data?.showsIdentifiableChild),
        description: label('consentHelp'),
      },
      fields: [
        { name: 'reference', type: 'text', label: label('consentReference') },
        {
          name: 'date',
          type: 'date',
          label: label('consentDate'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: ((value, { siblingData, req }) => {
            const reference = (siblingData as { reference?: string }).reference
            if (reference && !value) return translate(req.t, 'errorConsentDate')
            if (value && new Date(value) > new Date()) return translate(req.t, 'errorConsentDateFuture')
            return true
          }) satisfies DateFieldValidation,
        },
        {
          name: 'givenBy',
          type: 'select',
          label: label('consentGivenBy'),
          options: [
            { label: label('consentGivenBy_guardian'), value: 'guardian' },
            { label: label('consentGivenBy_youngPerson'), value: 'young-person' },
            { label: label('consentGivenBy_institution'), value: 'institution' },
          ],
        },
      ],
    },
    {
      name: 'publishable',
      type: 'checkbox',
      label: label('mediaPublishable'),
      index: true,
      defaultValue: true,
      admin: { readOnly: true, position: 'sidebar', description: label('mediaPublishableHelp') },
    },
  ],
}
