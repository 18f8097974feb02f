'use client'
/**
 * The choices of the Widgets view, the preview (the widget's iframe page, which looks exactly like
 * the script variant) and the snippet from GET /api/widgets/snippet with a copy button.
 */
import { Button } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
import {
  DEFAULT_WIDGET_LOOK,
  frameHeights,
  widgetKinds,
  widgetPaths,
  widgetSizes,
  widgetThemes,
  widgetVariants,
  type WidgetKind,
  type WidgetSize,
  type WidgetTheme,
  type WidgetVariant,
} from '@victor/shared/widgets'
import { errorMessage, useAdminApi, useVictorT, type ApiError } from '../adminApi'

export interface PickableSite {
  siteId: string
  locales: { code: string; name: string }[]
}

interface Choice {
  kind: WidgetKind
  siteId: string
  locale: string
  theme: WidgetTheme
  size: WidgetSize
  variant: WidgetVariant
}

export function WidgetsPicker({ sites, origin }: { sites: PickableSite[]; origin: string }) {
  const t = useVictorT()
  const api = useAdminApi()
  const id = useId()
  const first = sites[0]
  const [choice, setChoice] = useState<Choice>({ kind: 'helplines', siteId: first?.siteId ?? '', locale: first?.locales[0]?.code ?? '', variant: 'script', ...DEFAULT_WIDGET_LOOK })
  const [snippet, setSnippet] = useState<{ html?: string; error?: { errors?: ApiError[] } }>({})
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>()
  const site = sites.find((item) => item.siteId === choice.siteId)

  useEffect(() => {
    if (!choice.siteId || !choice.locale) return
    let current = true
    setSnippet({})
    const query = new URLSearchParams({ kind: choice.kind, site: choice.siteId, locale: choice.locale, variant: choice.variant, theme: choice.theme, size: choice.size })
    void api<{ html: string }>(`/widgets/snippet?${query}`).then(({ ok, json }) => {
      if (current) setSnippet(ok ? { html: json.html } : { error: json })
    })
    return () => {
      current = false
    }
  }, [api, choice])
  const error = snippet.error && errorMessage(snippet.error, t('actionFailed'))

  const set = <K extends keyof Choice>(key: K, value: Choice[K]) => {
    setCopied(undefined)
    setChoice((before) => {
      const next = { ...before, [key]: value }
      // Another site: its first language unless it has the one chosen.
      if (key === 'siteId') {
        const locales = sites.find((item) => item.siteId === value)?.locales ?? []
        if (!locales.some((entry) => entry.code === before.locale)) next.locale = locales[0]?.code ?? ''
      }
      return next
    })
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet.html ?? '')
      setCopied('yes')
    } catch {
      setCopied('failed')
    }
  }

  const select = <K extends keyof Choice>(key: K, label: string, options: { value: string; label: string }[]) => (
    <div className="victor-widgets__choice">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={choice[key]} onChange={(event) => set(key, event.target.value as Choice[K])}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )

  const frame = origin + widgetPaths.frame(choice.siteId, choice.locale, choice.kind, choice.theme, choice.size)
  return (
    <div className="victor-widgets">
      <div className="victor-widgets__choices">
        {select(
          'kind',
          t('widgetsKind'),
          widgetKinds.map((kind) => ({ value: kind, label: t(`widgetKind_${kind}`) })),
        )}
        {select(
          'siteId',
          t('widgetsSite'),
          sites.map((item) => ({ value: item.siteId, label: item.siteId })),
        )}
        {select(
          'locale',
          t('widgetsLanguage'),
          (site?.locales ?? []).map((entry) => ({ value: entry.code, label: entry.name })),
        )}
        {select(
          'theme',
          t('widgetsTheme'),
          widgetThemes.map((theme) => ({ value: theme, label: t(`widgetTheme_${theme}`) })),
        )}
        {select(
          'size',
          t('widgetsSize'),
          widgetSizes.map((size) => ({ value: size, label: t(`widgetSize_${size}`) })),
        )}
        {select(
          'variant',
          t('widgetsVariant'),
          widgetVariants.map((variant) => ({ value: variant, label: t(`widgetVariant_${variant}`) })),
        )}
      </div>

      <h2>{t('widgetsPreview')}</h2>
      {error ? (
        <p className="victor-widgets__error" role="alert">
          {error}
        </p>
      ) : (
        <iframe key={frame} className="victor-widgets__preview" src={frame} title={`${t('widgetsPreview')}: ${t(`widgetKind_${choice.kind}`)}`} height={frameHeights[choice.kind][choice.size]} />
      )}

      <h2>
        <label htmlFor={`${id}-snippet`}>{t('widgetsSnippet')}</label>
      </h2>
      <textarea
        id={`${id}-snippet`}
        className="victor-widgets__snippet"
        readOnly
        rows={8}
        value={snippet.html ?? (error ? '' : t('widgetsLoading'))}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="victor-widgets__actions">
        <Button buttonStyle="primary" disabled={!snippet.html} onClick={() => void copy()}>
          {t('widgetsCopy')}
        </Button>
        <p role="status" className="victor-widgets__status">
          {copied === 'yes' ? t('widgetsCopied') : copied === 'failed' ? t('widgetsCopyFailed') : ''}
        </p>
      </div>
      <p className="victor-widgets__help">{t('widgetsPolicyHelp', { origin })}</p>
    </div>
  )
}
