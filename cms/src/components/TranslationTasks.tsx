/**
 * On the dashboard, for the language being edited: which collections hold texts that are out of
 * date in it, each a link to the filtered list, and the texts as XLIFF files for translation tools
 * (TranslationFiles). Nothing for English, the source.
 */
import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Locale, Payload, TypedUser } from 'payload'
import { defaultLocale, locales } from '@victor/shared'
import { outdatedIn, translationTasks } from '../fields/translationTasks'
import { translate } from '../i18n'
import { TranslationFiles } from './TranslationFiles'

interface Props {
  payload: Payload
  user?: TypedUser | null
  locale?: Locale
  i18n: I18nClient
}

/** `where[translation.outdated][contains]=ro`: the list's own filter syntax. */
const whereQuery = (locale: string) =>
  Object.entries(outdatedIn(locale))
    .flatMap(([field, condition]) => Object.entries(condition as Record<string, string>).map(([operator, value]) => `where[${field}][${operator}]=${encodeURIComponent(value)}`))
    .join('&')

export async function TranslationTasks({ payload, user, locale, i18n }: Props) {
  const code = locale?.code
  if (!user || !code || code === defaultLocale) return null
  const tasks = await translationTasks(payload, code, user)
  // The sites in this language, whose texts can go to an agency as one file.
  const sites = await payload.find({ collection: 'sites', where: { enabledLocales: { in: [code] } }, depth: 0, pagination: false, sort: 'siteId', overrideAccess: true })
  const language = locales.find((item) => item.code === code)?.nativeName ?? code
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, unknown>) => translate(i18n.t as never, key, vars)
  const admin = payload.config.routes.admin
  return (
    <section className="translation-tasks" aria-labelledby="translation-tasks-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="translation-tasks-heading">{t('translationTasksTitle', { language })}</h2>
      {tasks.length === 0 ? (
        <p>{t('translationTasksNone', { language })}</p>
      ) : (
        <ul>
          {tasks.map((task) => {
            const collection = payload.config.collections.find((item) => item.slug === task.collection)!
            return (
              <li key={task.collection}>
                <a href={`${admin}/collections/${task.collection}?locale=${code}&${whereQuery(code)}`}>
                  {t('translationTasksItem', { collection: getTranslation(collection.labels.plural, i18n), count: task.outdated })}
                </a>
              </li>
            )
          })}
        </ul>
      )}
      <TranslationFiles language={code} sites={sites.docs.map((site) => site.siteId)} apiRoute={`${payload.config.serverURL}${payload.config.routes.api}`} />
    </section>
  )
}
