import { seoPlugin } from '@payloadcms/plugin-seo'
import { defaultLocale, locales } from '@victor/shared'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Campaigns } from './collections/Campaigns'
import { Countries } from './collections/Countries'
import { Events } from './collections/Events'
import { Helplines } from './collections/Helplines'
import { InfoDesks } from './collections/InfoDesks'
import { Media } from './collections/Media'
import { configuredUploadLimits, largestUploadBytes } from './collections/Media/uploadLimits'
import { News } from './collections/News'
import { Notifications } from './collections/Notifications'
import { Pages } from './collections/Pages'
import { Partners } from './collections/Partners'
import { Resources } from './collections/Resources'
import { ReviewRequests } from './collections/ReviewRequests'
import { Sites } from './collections/Sites'
import { SiteBuilds } from './collections/SiteBuilds'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { contentEditor } from './fields/richText'
import { lockCollectionForTranslators } from './fields/lockSharedFieldsForTranslators'
import { trackTranslations } from './fields/translationTracking'
import { adminLanguages, victorTranslations } from './i18n'
import { cmsDir } from './paths'
import { buildSiteTask } from './publishing/buildSiteTask'
import { rebuildAffectedSitesOf } from './publishing/rebuildAffectedSites'
import { SITE_BUILDS_QUEUE } from './publishing/requestSiteBuild'
import { emailAdapter } from './email'
import { sendEmailTask } from './notifications/notify'
import { depthLimit, GRAPHQL_MAX_COMPLEXITY } from './api/graphqlLimits'
import { answerUploadTooLarge } from './api/uploadTooLarge'
import { WIDGETS_VIEW_PATH } from './components/Widgets/path'
import { widgetSnippetEndpoint } from './widgets/snippetEndpoint'
import { widgetsUrl } from './widgets/widgetsUrl'
import { keepDocumentsInUse } from './hooks/keepDocumentsInUse'
import { strictQueries } from './hooks/strictQueries'
import { strictWrites } from './hooks/strictWrites'
import { payloadSecret } from './secret'
import { translationEndpoints } from './translations/endpoints'
import { healthEndpoint } from './api/health'

const contentCollections = [Countries, Sites, Campaigns, Pages, Helplines, Partners, InfoDesks, Events, Resources, News, Media]

// A wrong VICTOR_WIDGETS_URL stops the CMS here, naming the variable, not at the first admin page.
widgetsUrl()

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.PAYLOAD_PUBLIC_SERVER_URL || undefined,
  // Browsers may use the API with a person's sign-in cookie only from the CMS's own address.
  cors: process.env.PAYLOAD_PUBLIC_SERVER_URL ? [process.env.PAYLOAD_PUBLIC_SERVER_URL] : [],
  csrf: process.env.PAYLOAD_PUBLIC_SERVER_URL ? [process.env.PAYLOAD_PUBLIC_SERVER_URL] : [],
  telemetry: false,
  // JSON lines (pino without a prettifier), with an ISO time and the level's name, for log collectors.
  logger: {
    options: {
      level: process.env.PAYLOAD_LOG_LEVEL || 'info',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (level) => ({ level }) },
    },
  },
  // Refusals that are the rules working as meant are not server errors. Payload looks levels up
  // by error name; its type lists only its own errors.
  loggingLevels: { ValidationError: 'info', ...({ PublishingRefused: 'info', BadRequest: 'info' } as object) },
  db: databaseAdapter(),
  email: emailAdapter(),
  editor: contentEditor,
  sharp,
  graphQL: { maxComplexity: GRAPHQL_MAX_COMPLEXITY, validationRules: (args) => [depthLimit(args)] },
  // A body larger than any upload may be is cut off at once (413); each kind's own limit, with a
  // message in the person's language, is checked by the Media collection.
  upload: { limits: { fileSize: largestUploadBytes(configuredUploadLimits) } },
  hooks: { afterError: [answerUploadTooLarge] },
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' - VICTOR' },
    // No Gravatar: the admin makes no request to another origin.
    avatar: 'default',
    importMap: { baseDir: path.join(cmsDir, 'src') },
    components: {
      providers: ['/components/AdminLanguage#AdminLanguage'],
      actions: ['/components/Notifications#Notifications'],
      afterNavLinks: ['/components/Widgets/WidgetsNavLink#WidgetsNavLink'],
      views: { widgets: { Component: '/components/Widgets/WidgetsView#WidgetsView', path: WIDGETS_VIEW_PATH } },
      beforeDashboard: ['/components/ReviewQueue#ReviewQueue', '/components/MyReviewRequests#MyReviewRequests', '/components/SiteStatus#SiteStatus', '/components/TranslationTasks#TranslationTasks'],
    },
  },
  collections: [Users, ...contentCollections, ReviewRequests, SiteBuilds, Notifications],
  endpoints: [healthEndpoint, widgetSnippetEndpoint, ...translationEndpoints],
  // Replaced in tests; the default builds with the sites package (see publishing/siteBuilder.ts).
  custom: {},
  localization: {
    locales: locales.map((locale) => ({
      code: locale.code,
      label: locale.nativeName,
      rtl: locale.dir === 'rtl',
      fallbackLocale: [...locale.fallback],
    })),
    defaultLocale,
    fallback: true,
    // The Publish button publishes the language being edited; every language is the choice beside it.
    defaultLocalePublishOption: 'active',
  },
  i18n: {
    supportedLanguages: adminLanguages,
    fallbackLanguage: 'en',
    translations: victorTranslations,
  },
  jobs: {
    tasks: [buildSiteTask, sendEmailTask],
    // The CMS server runs scheduled publishing and site builds itself: no outside cron on one
    // machine. Site builds also start right after a change (publishing/requestSiteBuild.ts);
    // the minute run catches what a restart interrupted.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 20 },
      { cron: '* * * * *', queue: SITE_BUILDS_QUEUE, limit: 20 },
    ],
    shouldAutoRun: () => process.env.VICTOR_JOBS_AUTORUN !== 'false',
  },
  plugins: [
    seoPlugin({
      collections: ['pages', 'campaigns', 'news'],
      uploadsCollection: 'media',
      tabbedUI: true,
      generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''}`,
      generateDescription: ({ doc }) => `${(doc as { summary?: string }).summary ?? ''}`,
    }),
    // Last, so they also cover the fields other plugins add.
    (config) => ({
      ...config,
      collections: config.collections?.map((collection) =>
        keepDocumentsInUse(
          strictQueries(
            strictWrites(contentCollections.some((content) => content.slug === collection.slug) ? rebuildAffectedSitesOf(trackTranslations(lockCollectionForTranslators(collection))) : collection),
          ),
        ),
      ),
    }),
  ],
  typescript: {
    outputFile: path.join(cmsDir, 'src', 'payload-types.ts'),
    // Not from test runs: each test file's Payload would start a generator, and the one started
    // under a MongoDB DATABASE_URL rewrote the committed types with string ids.
    autoGenerate: !process.env.VITEST,
  },
})
