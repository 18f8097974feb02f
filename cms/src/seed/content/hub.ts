/**
 * The partnership as the seed describes it: partners, the information desks pilot, trainings and
 * workshops, and publicity and training material. No address, name or date here is a real one
 * beyond what the project description states; partners fill them in.
 */
import type { LocaleCode } from '@victor/shared'
import type { EventKind, PartnerType, ProfessionalAudience, ResourceKind } from '@victor/shared/vocabulary'

type Localized = Partial<Record<LocaleCode, string>>

export interface SeedPartner {
  key: string
  type: PartnerType
  country?: string
  isApplicant?: boolean
  website?: string
  name: Localized
  role: Localized
}

export const partners: SeedPartner[] = [
  {
    key: 'SELEC',
    type: 'international-organisation',
    name: { en: 'SELEC - Southeast European Law Enforcement Centre' },
    role: { en: 'Brings the law-enforcement agencies of the region together on cases of child trafficking.' },
  },
  {
    key: 'NCCTHB',
    type: 'public-authority',
    country: 'BG',
    name: { en: 'National Commission for Combating Trafficking in Human Beings', bg: 'Национална комисия за борба с трафика на хора' },
    role: { en: 'Public authority for Bulgaria: coordination with national institutions and trainings.' },
  },
  {
    key: 'ANITP',
    type: 'public-authority',
    country: 'RO',
    name: { en: 'National Agency against Trafficking in Persons', ro: 'Agenția Națională împotriva Traficului de Persoane' },
    role: { en: 'Public authority for Romania: coordination with national institutions and trainings.' },
  },
  {
    key: 'GR-MPOCP',
    type: 'public-authority',
    country: 'GR',
    name: { en: "Ministry of Public Order and Citizens' Protection", el: 'Υπουργείο Δημόσιας Τάξης και Προστασίας του Πολίτη' },
    role: { en: 'Public authority for Greece: law-enforcement cooperation and trainings.' },
  },
  {
    key: 'GR-MOJ',
    type: 'public-authority',
    country: 'GR',
    name: { en: 'Ministry of Justice, Transparency and Human Rights', el: 'Υπουργείο Δικαιοσύνης, Διαφάνειας και Ανθρωπίνων Δικαιωμάτων' },
    role: { en: 'Public authority for Greece: the judiciary and the protection of child victims.' },
  },
  {
    key: 'TDH',
    type: 'international-ngo',
    country: 'HU',
    name: { en: 'Terre des Hommes, Regional Office in Budapest', hu: 'Terre des Hommes, budapesti regionális iroda' },
    role: { en: 'International NGO: regional coordination and child-protection expertise.' },
  },
  {
    key: 'SMILE',
    type: 'national-ngo',
    country: 'GR',
    isApplicant: true,
    website: 'https://www.hamogelo.gr',
    name: { en: 'The Smile of the Child', el: 'Το Χαμόγελο του Παιδιού' },
    role: { en: 'Lead partner (applicant). Runs the 116 000 hotline in Greece.' },
  },
  {
    key: 'STC-RO',
    type: 'national-ngo',
    country: 'RO',
    name: { en: 'Save the Children Romania', ro: 'Salvați Copiii România' },
    role: { en: 'National NGO for Romania: prevention campaign for children.' },
  },
  {
    key: 'NADJA',
    type: 'national-ngo',
    country: 'BG',
    name: { en: 'Nadja Centre Foundation', bg: 'Фондация „Център Надя“' },
    role: { en: 'National NGO for Bulgaria. Runs the 116 000 hotline in Bulgaria.' },
  },
  { key: 'KLJUC', type: 'national-ngo', country: 'SI', name: { en: 'Society KLJUC', sl: 'Društvo Ključ' }, role: { en: 'National NGO for Slovenia: demand-reduction campaign.' } },
  {
    key: 'ASTRA',
    type: 'national-ngo',
    country: 'RS',
    website: 'https://www.astra.org.rs',
    name: { en: 'ASTRA - Anti-trafficking action', sr: 'АСТРА - Акција против трговине људима' },
    role: { en: 'National NGO for Serbia. Runs the ASTRA SOS hotline and 116 000 in Serbia.' },
  },
  {
    key: 'LASTRADA',
    type: 'national-ngo',
    country: 'MD',
    website: 'https://lastrada.md',
    name: { en: 'La Strada Moldova', ro: 'La Strada Moldova', ru: 'La Strada Молдова' },
    role: { en: 'National NGO for Moldova. Runs the La Strada hotline.' },
  },
  {
    key: 'CWBF',
    type: 'national-ngo',
    country: 'UA',
    name: { en: 'Child Well Being Fund', uk: 'Фонд «Благополуччя дітей»' },
    role: { en: 'National NGO for Ukraine: prevention campaign for children.' },
  },
]

export interface SeedInfoDesk {
  country: string
  host: string
  phone?: string
  name: Localized
  address: Localized
  openingHours: Localized
}

/** The pilot: desks hosted in-house by an NGO, for six months, in four countries. */
export const infoDeskPeriod = { activeFrom: '2027-01-11', activeUntil: '2027-07-09' }

export const infoDesks: SeedInfoDesk[] = [
  {
    country: 'GR',
    host: 'SMILE',
    phone: '116 000',
    name: { en: 'Information desk on child trafficking - Athens', el: 'Γραφείο πληροφόρησης για την εμπορία παιδιών - Αθήνα', ar: 'مكتب المعلومات حول الاتجار بالأطفال - أثينا' },
    address: { en: 'Athens. The address is given when you call.', el: 'Αθήνα. Η διεύθυνση δίνεται όταν τηλεφωνήσετε.', ar: 'أثينا. يُعطى العنوان عند الاتصال.' },
    openingHours: { en: 'Monday to Friday, 9:00-17:00', el: 'Δευτέρα έως Παρασκευή, 9:00-17:00', ar: 'من الاثنين إلى الجمعة، 9:00-17:00' },
  },
  {
    country: 'BG',
    host: 'NADJA',
    phone: '116 000',
    name: { en: 'Information desk on child trafficking - Sofia', bg: 'Информационно бюро за трафика на деца - София' },
    address: { en: 'Sofia. The address is given when you call.', bg: 'София. Адресът се дава при обаждане.' },
    openingHours: { en: 'Monday to Friday, 9:00-17:00', bg: 'Понеделник - петък, 9:00-17:00' },
  },
  {
    country: 'RO',
    host: 'STC-RO',
    name: { en: 'Information desk on child trafficking - Bucharest', ro: 'Birou de informare privind traficul de copii - București' },
    address: { en: 'Bucharest. The address is given on request.', ro: 'București. Adresa se comunică la cerere.' },
    openingHours: { en: 'Monday to Friday, 9:00-17:00', ro: 'Luni - vineri, 9:00-17:00' },
  },
  {
    country: 'MD',
    host: 'LASTRADA',
    phone: '0 800 77777',
    name: { en: 'Information desk on child trafficking - Chișinău', ro: 'Birou de informare privind traficul de copii - Chișinău', ru: 'Информационное бюро по торговле детьми - Кишинёв' },
    address: { en: 'Chișinău. The address is given when you call.', ro: 'Chișinău. Adresa se comunică la telefon.', ru: 'Кишинёв. Адрес сообщают по телефону.' },
    openingHours: { en: 'Monday to Friday, 9:00-17:00', ro: 'Luni - vineri, 9:00-17:00', ru: 'Понедельник - пятница, 9:00-17:00' },
  },
]

export interface SeedEvent {
  key: string
  kind: EventKind
  country: string
  audiences: ProfessionalAudience[]
  startDate: string
  endDate: string
  title: Localized
  place: Localized
  materials?: string[]
}

export const events: SeedEvent[] = [
  {
    key: 'training-law-enforcement-athens',
    kind: 'training',
    country: 'GR',
    audiences: ['law-enforcement'],
    startDate: '2027-02-15',
    endDate: '2027-02-16',
    title: { en: 'Identifying child victims of trafficking: training for police officers', el: 'Αναγνώριση παιδιών θυμάτων εμπορίας: εκπαίδευση για αστυνομικούς' },
    place: { en: 'Athens', el: 'Αθήνα' },
    materials: ['training-handbook'],
  },
  {
    key: 'training-health-sofia',
    kind: 'training',
    country: 'BG',
    audiences: ['health-care'],
    startDate: '2027-03-09',
    endDate: '2027-03-09',
    title: { en: 'Recognising child trafficking in health care', bg: 'Разпознаване на трафика на деца в здравеопазването' },
    place: { en: 'Sofia', bg: 'София' },
    materials: ['training-handbook'],
  },
  {
    key: 'training-judiciary-bucharest',
    kind: 'training',
    country: 'RO',
    audiences: ['judiciary'],
    startDate: '2027-03-23',
    endDate: '2027-03-24',
    title: { en: 'Child victims in criminal proceedings: training for judges and prosecutors', ro: 'Copiii victime în procesul penal: formare pentru judecători și procurori' },
    place: { en: 'Bucharest', ro: 'București' },
    materials: ['training-handbook'],
  },
  {
    key: 'training-labour-chisinau',
    kind: 'training',
    country: 'MD',
    audiences: ['labour-inspectors', 'ngos'],
    startDate: '2027-04-13',
    endDate: '2027-04-13',
    title: { en: 'Child labour exploitation: training for labour inspectors and NGOs', ro: 'Exploatarea prin muncă a copiilor: formare pentru inspectori de muncă și ONG-uri' },
    place: { en: 'Chișinău', ro: 'Chișinău' },
    materials: ['training-handbook'],
  },
  {
    key: 'workshop-info-desks-budapest',
    kind: 'workshop',
    country: 'HU',
    audiences: ['ngos', 'law-enforcement'],
    startDate: '2027-07-20',
    endDate: '2027-07-21',
    title: { en: 'Workshop: evaluating the information desks pilot and EU identification guidelines', hu: 'Műhely: az információs pontok kísérleti programjának értékelése' },
    place: { en: 'Budapest', hu: 'Budapest' },
  },
]

export interface SeedResource {
  key: string
  kind: ResourceKind
  title: Localized
  description: Localized
}

export const resources: SeedResource[] = [
  {
    key: 'campaign-poster',
    kind: 'publicity',
    title: { en: 'Campaign poster: Too good to be true?', el: 'Αφίσα εκστρατείας: Πολύ καλό για να είναι αληθινό;' },
    description: { en: 'A4 poster for schools and youth centres, with space for the local helpline.', el: 'Αφίσα A4 για σχολεία και κέντρα νεότητας, με χώρο για την τοπική γραμμή βοήθειας.' },
  },
  {
    key: 'training-handbook',
    kind: 'training',
    title: { en: 'Handbook: identifying child victims of trafficking', el: 'Εγχειρίδιο: αναγνώριση παιδιών θυμάτων εμπορίας' },
    description: { en: 'Training material for professionals who may meet child victims.', el: 'Εκπαιδευτικό υλικό για επαγγελματίες που μπορεί να συναντήσουν παιδιά θύματα.' },
  },
]
