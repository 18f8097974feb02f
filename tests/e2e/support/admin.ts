/**
 * Working in the real admin as a person of the demo does: signing in with their account, and the
 * words the admin shows them, in their language (Payload's own and the CMS's), so tests find
 * buttons by the names people read.
 */
import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { expect, type Page, type TestInfo } from '@playwright/test'
import { CMS_E2E } from './cms'

export const adminUrl = `http://localhost:${CMS_E2E.port}`
const cmsDir = path.resolve(import.meta.dirname, '..', '..', '..', 'cms')

export interface AdminStrings {
  /** Payload's own words, placeholders filled in: `payload('version:publishIn', { locale: 'English' })`. */
  payload: (key: string, vars?: Record<string, string>) => string
  /** The CMS's words (cms/src/i18n/translations), placeholders filled in. */
  victor: (key: string, vars?: Record<string, string>) => string
}

/** The admin's words in one of its languages (Payload calls Serbian `rs`; the CMS's file is sr.json). */
export async function adminStrings(language: string): Promise<AdminStrings> {
  // Greek is the CMS's own translation of Payload (Payload ships none).
  const translations = (
    language === 'el'
      ? (await import(path.join(cmsDir, 'src', 'i18n', 'payload-el.ts'))).elTranslations
      : (await import(createRequire(path.join(cmsDir, 'package.json')).resolve(`@payloadcms/translations/languages/${language}`)))[language].translations
  ) as Record<string, Record<string, string>>
  const { payloadWording } = (await import(path.join(cmsDir, 'src', 'i18n', 'payloadWording.ts'))) as { payloadWording: Record<string, Record<string, Record<string, string>>> }
  const ours = JSON.parse(fs.readFileSync(path.join(cmsDir, 'src', 'i18n', 'translations', `${language === 'rs' ? 'sr' : language}.json`), 'utf8')) as Record<string, string>
  const fill = (text: string, vars: Record<string, string> = {}) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => vars[name] ?? '')
  return {
    payload: (key, vars) => {
      const [group, name] = key.split(':')
      // As the admin shows it: the CMS's wording over Payload's (cms/src/i18n/payloadWording.ts).
      const text = payloadWording[language]?.[group]?.[name] ?? translations[group]?.[name]
      if (!text) throw new Error(`No Payload string ${key} in ${language}`)
      return vars ? fill(text, vars) : text
    },
    victor: (key, vars) => {
      if (!ours[key]) throw new Error(`No CMS string ${key} in ${language}`)
      return fill(ours[key], vars)
    },
  }
}

export async function signIn(page: Page, email: string) {
  await page.goto(`${adminUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', CMS_E2E.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
}

let steps = 0
/** A screenshot of a step, kept in the test's results folder (test-results/<test>/NN-<name>.png). */
export async function step(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${String(++steps).padStart(2, '0')}-${name}.png`), fullPage: true })
}

/** Payload's Publish button (also when it says "Publish in <language>"): absent for people who may not publish. */
export const publishButton = (page: Page) => page.locator('#action-save')

/** The REST API as the signed-in person of `page`. */
export async function api<T = any>(page: Page, pathAndQuery: string): Promise<T> {
  const response = await page.request.get(`${adminUrl}/api${pathAndQuery}`)
  expect(response.ok(), `${pathAndQuery}: ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
