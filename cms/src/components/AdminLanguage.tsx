'use client'
/**
 * The admin in the person's own language from the first screen after signing in. Signing in sets
 * the language cookie from the profile (collections/Users/openAdminInOwnLanguage.ts), but the
 * admin moves on from the sign-in form without reloading, keeping the sign-in page's language;
 * so on that step only, it switches to the profile's language as Payload's own selector does.
 */
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, type ReactNode } from 'react'

export function AdminLanguage({ children }: { children: ReactNode }) {
  const { user } = useAuth()
  const { i18n, switchLanguage } = useTranslation()
  const signedOut = useRef(!user)
  const language = (user as { language?: string } | null)?.language

  useEffect(() => {
    if (!user) {
      signedOut.current = true
      return
    }
    if (!signedOut.current) return
    signedOut.current = false
    if (language && language !== i18n.language) void switchLanguage?.(language as never)
  }, [user, language, i18n.language, switchLanguage])

  return <>{children}</>
}
