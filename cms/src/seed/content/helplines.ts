/**
 * The helplines of ../shared/reference/helplines.md, each with the public source its number was
 * read from. Slovenia's line is not confirmed: it is kept unverified, without a number, and so is
 * never shown to visitors until a partner confirms it.
 */
import type { LocaleCode } from '@victor/shared'
import type { HelplineKind } from '@victor/shared/vocabulary'

export interface SeedHelpline {
  country: string
  kind: HelplineKind
  number?: string
  name: Partial<Record<LocaleCode, string>>
  organisation?: string
  free?: boolean
  available24h?: boolean
  hours?: Partial<Record<LocaleCode, string>>
  languages?: LocaleCode[]
  sourceUrl?: string
  verified: boolean
  notes?: string
}

/** When the reference list was last checked against its sources. */
export const referenceCheckedOn = '2026-11-01'

const missingChildren = { en: 'Hotline for missing children' }
const childHelpline = { en: 'Child helpline' }

export const helplines: SeedHelpline[] = [
  {
    country: 'GR',
    kind: 'anti-trafficking',
    number: '1109',
    verified: true,
    sourceUrl: 'https://migration.gov.gr',
    name: { en: 'Anti-trafficking line', el: 'Γραμμή κατά της εμπορίας ανθρώπων', ar: 'خط مكافحة الاتجار بالبشر' },
    languages: ['el', 'en'],
  },
  {
    country: 'GR',
    kind: '116000',
    number: '116 000',
    verified: true,
    free: true,
    available24h: true,
    sourceUrl: 'https://www.hamogelo.gr',
    organisation: 'The Smile of the Child',
    name: { ...missingChildren, el: 'Ευρωπαϊκή γραμμή για εξαφανισμένα παιδιά', ar: 'الخط الساخن للأطفال المفقودين' },
    languages: ['el', 'en'],
  },
  {
    country: 'BG',
    kind: 'anti-trafficking',
    number: '0800 20 100',
    verified: true,
    free: true,
    sourceUrl: 'https://ukraine.refugee.bg',
    name: { en: 'National anti-trafficking hotline', bg: 'Национална гореща линия срещу трафика на хора' },
    languages: ['bg', 'en'],
  },
  {
    country: 'BG',
    kind: 'anti-trafficking',
    number: '+359 2 807 80 50',
    verified: true,
    sourceUrl: 'https://ukraine.refugee.bg',
    organisation: 'National Commission for Combating Trafficking in Human Beings',
    name: { en: 'National Commission for Combating Trafficking in Human Beings', bg: 'Национална комисия за борба с трафика на хора' },
    languages: ['bg'],
  },
  {
    country: 'BG',
    kind: '116111',
    number: '116 111',
    verified: true,
    free: true,
    sourceUrl: 'https://ukraine.refugee.bg',
    organisation: 'State Agency for Child Protection',
    name: { ...childHelpline, bg: 'Национална телефонна линия за деца' },
    languages: ['bg'],
  },
  {
    country: 'BG',
    kind: '116000',
    number: '116 000',
    verified: true,
    free: true,
    available24h: true,
    sourceUrl: 'https://ukraine.refugee.bg',
    organisation: 'Nadja Centre Foundation',
    name: { ...missingChildren, bg: 'Гореща линия за изчезнали деца' },
    languages: ['bg'],
  },
  {
    country: 'RO',
    kind: 'anti-trafficking',
    number: '0800 800 678',
    verified: true,
    free: true,
    sourceUrl: 'https://eucpn.org',
    organisation: 'National Agency against Trafficking in Persons (ANITP)',
    name: { en: 'Anti-trafficking helpline (ANITP)', ro: 'Linia telefonică împotriva traficului de persoane (ANITP)' },
    languages: ['ro'],
  },
  {
    country: 'RS',
    kind: 'ngo',
    number: '+381 11 785 0000',
    verified: true,
    sourceUrl: 'https://www.astra.org.rs',
    organisation: 'ASTRA',
    name: { en: 'ASTRA SOS hotline', sr: 'АСТРА СОС телефон' },
    languages: ['sr', 'en'],
  },
  {
    country: 'RS',
    kind: '116000',
    number: '116 000',
    verified: true,
    free: true,
    available24h: true,
    sourceUrl: 'https://www.astra.org.rs',
    organisation: 'ASTRA',
    name: { ...missingChildren, sr: 'Линија за несталу децу' },
    languages: ['sr'],
  },
  {
    country: 'MD',
    kind: 'ngo',
    number: '0 800 77777',
    verified: true,
    free: true,
    sourceUrl: 'https://lastrada.md',
    organisation: 'La Strada',
    name: { en: 'La Strada hotline (free inside Moldova)', ro: 'Linia fierbinte La Strada (gratuit în Moldova)', ru: 'Горячая линия La Strada (бесплатно в Молдове)' },
    languages: ['ro', 'ru'],
  },
  {
    country: 'MD',
    kind: 'ngo',
    number: '+373 22 23 33 09',
    verified: true,
    sourceUrl: 'https://lastrada.md',
    organisation: 'La Strada',
    name: { en: 'La Strada hotline, from abroad', ro: 'Linia La Strada, din străinătate', ru: 'Линия La Strada, из-за рубежа' },
    languages: ['ro', 'ru'],
  },
  {
    country: 'MD',
    kind: '116111',
    number: '116 111',
    verified: true,
    free: true,
    sourceUrl: 'https://www.anrceti.md',
    name: { ...childHelpline, ro: 'Telefonul copilului', ru: 'Телефон доверия для детей' },
    languages: ['ro', 'ru'],
  },
  {
    country: 'UA',
    kind: 'anti-trafficking',
    number: '1547',
    verified: true,
    sourceUrl: 'https://dn.gov.ua',
    name: { en: 'Government hotline', uk: 'Урядова гаряча лінія', ru: 'Правительственная горячая линия' },
    languages: ['uk'],
  },
  {
    country: 'UA',
    kind: 'anti-trafficking',
    number: '0 800 500 335',
    verified: true,
    sourceUrl: 'https://dn.gov.ua',
    name: { en: 'Violence and trafficking line (landline)', uk: 'Лінія протидії насильству та торгівлі людьми (зі стаціонарного)', ru: 'Линия против насилия и торговли людьми (со стационарного)' },
    languages: ['uk'],
  },
  {
    country: 'UA',
    kind: 'anti-trafficking',
    number: '116 123',
    verified: true,
    sourceUrl: 'https://dn.gov.ua',
    name: { en: 'Violence and trafficking line (mobile)', uk: 'Лінія протидії насильству та торгівлі людьми (з мобільного)', ru: 'Линия против насилия и торговли людьми (с мобильного)' },
    languages: ['uk'],
  },
  {
    country: 'UA',
    kind: '116111',
    number: '116 111',
    verified: true,
    sourceUrl: 'https://dn.gov.ua',
    name: { en: 'Children and youth line', uk: 'Лінія для дітей та молоді', ru: 'Линия для детей и молодёжи' },
    languages: ['uk'],
  },
  {
    country: 'UA',
    kind: 'ngo',
    number: '0 800 500 225',
    verified: true,
    sourceUrl: 'https://dn.gov.ua',
    name: { en: 'Children and youth line (landline)', uk: 'Лінія для дітей та молоді (зі стаціонарного)', ru: 'Линия для детей и молодёжи (со стационарного)' },
    languages: ['uk'],
  },
  {
    country: 'HU',
    kind: 'anti-trafficking',
    number: '06 80 20 55 20',
    verified: true,
    free: true,
    available24h: true,
    sourceUrl: 'https://thb.kormany.hu',
    name: { en: 'National crisis line', hu: 'Országos Kríziskezelő és Információs Telefonszolgálat' },
    languages: ['hu'],
  },
  {
    country: 'HU',
    kind: 'victim-support',
    number: '06 80 225 225',
    verified: true,
    sourceUrl: 'https://www.bmbah.hu',
    name: { en: 'Victim support line', hu: 'Áldozatsegítő vonal' },
    languages: ['hu'],
  },
  {
    country: 'SI',
    kind: 'ngo',
    verified: false,
    organisation: 'Society KLJUC',
    name: { en: 'Society KLJUC helpline', sl: 'Telefon za pomoč Društva Ključ' },
    notes: 'UNVERIFIED: Society KLJUC runs a helpline; its number is not confirmed. Ask the partner before verifying.',
  },
]
