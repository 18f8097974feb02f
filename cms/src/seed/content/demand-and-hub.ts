/**
 * Demo content: the demand-reduction campaign "Don't look away" for Greece, Slovenia and Hungary,
 * the partnership's hub (home and SEEC), and two news items.
 *
 * Facts come only from shared/seed/VICTOR-project-description.txt and shared/reference/helplines.md,
 * plus 112 (EU emergency number) and 113 (Slovenian police). Slovenia has no verified reporting
 * line, so its pages send people to the police. No online reporting form is named anywhere.
 */
import type { SeedBlock, SeedCampaign, SeedNews, SeedPage } from './types'

// ---------------------------------------------------------------------------------------------
// Campaign
// ---------------------------------------------------------------------------------------------

export const demandReductionCampaign: SeedCampaign = {
  slug: 'dont-look-away',
  audience: 'demand-reduction',
  sites: ['gr-demand-reduction', 'si-demand-reduction', 'hu-demand-reduction'],
  start: '2026-10-01',
  end: '2027-06-30',
  content: {
    en: {
      title: 'Don’t look away',
      summary: 'Exploiting a child for sex, labour or begging is a crime. Learn the signs and how to report what you see, anonymously if you prefer.',
    },
    el: {
      title: 'Μην κάνετε τα στραβά μάτια',
      summary: 'Η εκμετάλλευση παιδιού για σεξ, εργασία ή επαιτεία είναι έγκλημα. Μάθετε τα σημάδια και πώς να αναφέρετε ό,τι βλέπετε, ακόμη και ανώνυμα.',
    },
    sl: {
      title: 'Ne zatiskajte si oči',
      summary: 'Izkoriščanje otroka za spolne storitve, delo ali beračenje je kaznivo dejanje. Spoznajte znake in kako prijaviti, kar vidite, tudi anonimno.',
    },
    hu: {
      title: 'Ne nézz félre!',
      summary: 'Gyereket szexuálisan, munkára vagy koldulásra kizsákmányolni bűncselekmény. Ismerd meg a jeleket, és azt, hogyan jelezheted, amit látsz, akár névtelenül.',
    },
  },
}

// ---------------------------------------------------------------------------------------------
// Demand reduction: recognise the signs (shared by the three destination sites)
// ---------------------------------------------------------------------------------------------

const recogniseTheSigns: SeedPage = {
  slug: 'recognise-the-signs',
  role: 'recognise-signs',
  campaign: 'dont-look-away',
  sites: ['gr-demand-reduction', 'si-demand-reduction', 'hu-demand-reduction'],
  content: {
    en: {
      title: 'Recognise the signs of child exploitation',
      summary: 'Children are exploited for sex, labour and begging, often in plain sight. These are the signs a member of the public might notice.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Exploitation can happen in plain sight',
          paragraphs: [
            'Children who are trafficked are not always hidden away. They may be serving in a café, begging at traffic lights, working on a farm, or offered for sex in a hotel, a flat or online.',
            '**Buying sex from a minor is a crime**, and so is profiting from a child’s exploited labour or begging. A child cannot consent to being exploited.',
            'No single sign proves that a child is being exploited. Several signs together are reason enough to report what you saw.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Signs you might notice',
          intro: 'Look for several signs together, not just one.',
          signs: [
            'A young person is offered for sex, or advertised in a way that suggests they are under 18.',
            'They look much younger than the age they give, or someone else answers questions for them.',
            'An adult who is not a parent decides where the child goes and who they talk to, or keeps their ID or passport.',
            'A child works long hours, late at night or during school time, in a café, on a farm, in a workshop or selling in the street.',
            'A child begs in the same place every day and hands the money to an adult watching nearby.',
            'The child seems frightened, withdrawn or coached, avoids eye contact or gives answers that sound rehearsed.',
            'The child has injuries nobody explains, looks exhausted or underfed, or is dressed wrongly for the weather.',
            'The child does not know the address where they stay or the town they are in.',
            'The child is moved often from place to place, arriving and leaving with different adults.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Myth or fact?',
          items: [
            {
              statement: 'She said she was 18, so it is not my responsibility.',
              verdict: 'myth',
              explanation: 'Saying an age proves nothing: people who exploit children tell them what to say. If someone may be under 18, stop, and report what you saw.',
            },
            {
              statement: 'A child who begs or works for a relative is just helping the family.',
              verdict: 'myth',
              explanation:
                'Children are also exploited by people they know, including relatives. Long hours, handing over all the money and being watched by an adult are signs of exploitation, not of help.',
            },
            {
              statement: 'You can report a suspicion without proof and without giving your name.',
              verdict: 'fact',
              explanation: 'You do not have to be certain. Trained staff and the police assess every report; your part is to say what you saw.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Seen something? Report it',
          text: 'If a child is in immediate danger, call 112. For anything else, use the reporting lines for your country shown here; you can stay anonymous.',
        },
      ],
    },
    el: {
      title: 'Αναγνωρίστε τα σημάδια εκμετάλλευσης παιδιών',
      summary: 'Παιδιά πέφτουν θύματα εκμετάλλευσης για σεξ, εργασία και επαιτεία, συχνά μπροστά στα μάτια μας. Αυτά είναι τα σημάδια που μπορεί να προσέξετε.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Η εκμετάλλευση μπορεί να συμβαίνει μπροστά στα μάτια μας',
          paragraphs: [
            'Τα παιδιά που πέφτουν θύματα εμπορίας δεν είναι πάντα κρυμμένα. Μπορεί να σερβίρουν σε ένα καφέ, να ζητιανεύουν στα φανάρια, να δουλεύουν σε ένα χωράφι ή να προσφέρονται για σεξ σε ξενοδοχείο, σε διαμέρισμα ή στο διαδίκτυο.',
            '**Η αγορά σεξ από ανήλικο είναι έγκλημα**, όπως και το κέρδος από την εκμετάλλευση της εργασίας ή της επαιτείας ενός παιδιού. Ένα παιδί δεν μπορεί να συναινέσει στην εκμετάλλευσή του.',
            'Κανένα σημάδι από μόνο του δεν αποδεικνύει ότι ένα παιδί είναι θύμα εκμετάλλευσης. Όταν όμως εμφανίζονται πολλά μαζί, αυτό αρκεί για να αναφέρετε ό,τι είδατε.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Σημάδια που μπορεί να προσέξετε',
          intro: 'Προσέξτε αν εμφανίζονται πολλά σημάδια μαζί, όχι μόνο ένα.',
          signs: [
            'Ένας νέος άνθρωπος προσφέρεται για σεξ ή διαφημίζεται με τρόπο που δείχνει ότι είναι κάτω των 18.',
            'Φαίνεται πολύ μικρότερος από την ηλικία που δηλώνει ή κάποιος άλλος απαντά στις ερωτήσεις για λογαριασμό του.',
            'Ένας ενήλικας που δεν είναι γονιός αποφασίζει πού πηγαίνει το παιδί και με ποιον μιλά ή κρατά την ταυτότητα ή το διαβατήριό του.',
            'Ένα παιδί δουλεύει πολλές ώρες, αργά τη νύχτα ή σε ώρες σχολείου, σε καφέ, σε χωράφι, σε εργαστήριο ή πουλώντας στον δρόμο.',
            'Ένα παιδί ζητιανεύει κάθε μέρα στο ίδιο σημείο και δίνει τα χρήματα σε έναν ενήλικα που το παρακολουθεί από κοντά.',
            'Το παιδί φαίνεται φοβισμένο, κλειστό ή καθοδηγούμενο, αποφεύγει το βλέμμα σας ή δίνει απαντήσεις που μοιάζουν αποστηθισμένες.',
            'Το παιδί έχει τραύματα που κανείς δεν εξηγεί, φαίνεται εξαντλημένο ή υποσιτισμένο ή είναι ντυμένο ακατάλληλα για τον καιρό.',
            'Το παιδί δεν ξέρει τη διεύθυνση όπου μένει ή σε ποια πόλη βρίσκεται.',
            'Το παιδί μετακινείται συχνά από μέρος σε μέρος και έρχεται και φεύγει με διαφορετικούς ενήλικες.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Μύθος ή αλήθεια;',
          items: [
            {
              statement: 'Μου είπε ότι είναι 18, άρα δεν είναι δική μου ευθύνη.',
              verdict: 'myth',
              explanation:
                'Το να δηλώνει κάποιος μια ηλικία δεν αποδεικνύει τίποτα: όσοι εκμεταλλεύονται παιδιά τους λένε τι να πουν. Αν κάποιος μπορεί να είναι κάτω των 18, σταματήστε και αναφέρετε ό,τι είδατε.',
            },
            {
              statement: 'Ένα παιδί που ζητιανεύει ή δουλεύει για έναν συγγενή απλώς βοηθά την οικογένειά του.',
              verdict: 'myth',
              explanation:
                'Τα παιδιά πέφτουν θύματα εκμετάλλευσης και από ανθρώπους που γνωρίζουν, ακόμη και από συγγενείς. Οι πολλές ώρες δουλειάς, η παράδοση όλων των χρημάτων και η επιτήρηση από έναν ενήλικα είναι σημάδια εκμετάλλευσης, όχι βοήθειας.',
            },
            {
              statement: 'Μπορείτε να αναφέρετε μια υποψία χωρίς αποδείξεις και χωρίς να δώσετε το όνομά σας.',
              verdict: 'fact',
              explanation: 'Δεν χρειάζεται να είστε βέβαιοι. Εκπαιδευμένο προσωπικό και η αστυνομία αξιολογούν κάθε αναφορά· το δικό σας μέρος είναι να πείτε τι είδατε.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Είδατε κάτι; Αναφέρετέ το',
          text: 'Αν ένα παιδί κινδυνεύει άμεσα, καλέστε το 112. Για οτιδήποτε άλλο, χρησιμοποιήστε τις γραμμές αναφοράς της χώρας σας που βλέπετε εδώ· μπορείτε να μείνετε ανώνυμοι.',
        },
      ],
    },
    sl: {
      title: 'Prepoznajte znake izkoriščanja otrok',
      summary: 'Otroke izkoriščajo za spolne storitve, delo in beračenje, pogosto pred našimi očmi. To so znaki, ki jih lahko opazi vsak.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Izkoriščanje se lahko dogaja pred našimi očmi',
          paragraphs: [
            'Otroci, žrtve trgovine z ljudmi, niso vedno skriti. Lahko strežejo v kavarni, beračijo na semaforjih, delajo na kmetiji ali pa jih ponujajo za spolne storitve v hotelu, stanovanju ali na spletu.',
            '**Nakup spolnih storitev od mladoletne osebe je kaznivo dejanje**, prav tako okoriščanje z otrokovim delom ali beračenjem. Otrok ne more privoliti v lastno izkoriščanje.',
            'Noben znak sam po sebi ne dokazuje, da je otrok izkoriščan. Če pa opazite več znakov hkrati, je to zadosten razlog, da prijavite, kar ste videli.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Znaki, ki jih lahko opazite',
          intro: 'Bodite pozorni na več znakov hkrati, ne le na enega.',
          signs: [
            'Mlado osebo ponujajo za spolne storitve ali jo oglašujejo tako, da je videti mlajša od 18 let.',
            'Oseba je videti precej mlajša, kot pravi, da je, ali pa namesto nje na vprašanja odgovarja nekdo drug.',
            'Odrasla oseba, ki ni starš, odloča, kam otrok gre in s kom govori, ali pa hrani njegov osebni dokument ali potni list.',
            'Otrok dela dolge ure, pozno ponoči ali med poukom, v kavarni, na kmetiji, v delavnici ali kot prodajalec na ulici.',
            'Otrok vsak dan berači na istem mestu in denar izroča odrasli osebi, ki ga opazuje od blizu.',
            'Otrok je videti prestrašen ali zaprt vase, se izogiba pogledu ali odgovarja, kot da bi se odgovore naučil na pamet.',
            'Otrok ima poškodbe, ki jih nihče ne pojasni, je videti izčrpan ali podhranjen ali pa je oblečen neprimerno za vreme.',
            'Otrok ne ve naslova, kjer biva, ali v katerem kraju je.',
            'Otroka pogosto selijo iz kraja v kraj, prihaja in odhaja pa z različnimi odraslimi.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Mit ali dejstvo?',
          items: [
            {
              statement: 'Rekla je, da ima 18 let, zato to ni moja odgovornost.',
              verdict: 'myth',
              explanation:
                'Navedena starost ne dokazuje ničesar: tisti, ki izkoriščajo otroke, jim povedo, kaj naj rečejo. Če je oseba morda mlajša od 18 let, se ustavite in prijavite, kar ste videli.',
            },
            {
              statement: 'Otrok, ki berači ali dela za sorodnika, samo pomaga družini.',
              verdict: 'myth',
              explanation: 'Otroke izkoriščajo tudi ljudje, ki jih poznajo, celo sorodniki. Dolge ure dela, oddajanje vsega denarja in nadzor odrasle osebe so znaki izkoriščanja, ne pomoči.',
            },
            {
              statement: 'Sum lahko prijavite brez dokazov in ne da bi povedali svoje ime.',
              verdict: 'fact',
              explanation: 'Ni vam treba biti prepričani. Vsako prijavo ocenijo usposobljeni strokovnjaki in policija; vaša naloga je le, da poveste, kaj ste videli.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Ste kaj opazili? Prijavite',
          text: 'Če je otrok v neposredni nevarnosti, pokličite 112. V drugih primerih uporabite številke za prijavo v vaši državi, ki so navedene tukaj; lahko ostanete anonimni.',
        },
      ],
    },
    hu: {
      title: 'Ismerd fel a gyermekkizsákmányolás jeleit',
      summary: 'Gyerekeket zsákmányolnak ki szexuálisan, munkára és koldulásra, gyakran a szemünk előtt. Ezeket a jeleket bárki észreveheti.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'A kizsákmányolás a szemünk előtt is zajlhat',
          paragraphs: [
            'Az emberkereskedelem áldozatává vált gyerekek nincsenek mindig elrejtve. Lehet, hogy egy kávézóban szolgálnak fel, a közlekedési lámpáknál koldulnak, egy gazdaságban dolgoznak, vagy szexuális szolgáltatásra kínálják őket egy szállodában, egy lakásban vagy az interneten.',
            '**Kiskorútól szexuális szolgáltatást vásárolni bűncselekmény**, ahogy az is, ha valaki egy gyerek kizsákmányolt munkájából vagy koldulásából húz hasznot. Egy gyerek nem egyezhet bele abba, hogy kizsákmányolják.',
            'Egyetlen jel önmagában nem bizonyítja, hogy egy gyereket kizsákmányolnak. Ha viszont több jelet is látsz egyszerre, az elég ok arra, hogy jelezd, amit láttál.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Jelek, amelyeket észrevehetsz',
          intro: 'Figyelj arra, ha több jel együtt jelentkezik, ne csak egyre.',
          signs: [
            'Egy fiatalt szexuális szolgáltatásra kínálnak, vagy úgy hirdetik, hogy abból arra lehet következtetni, hogy 18 év alatti.',
            'Sokkal fiatalabbnak tűnik, mint amennyinek mondja magát, vagy helyette valaki más válaszol a kérdésekre.',
            'Egy felnőtt, aki nem a szülője, dönti el, hová mehet a gyerek és kivel beszélhet, vagy nála van a gyerek személyi igazolványa vagy útlevele.',
            'Egy gyerek hosszú órákon át dolgozik, késő éjjel vagy tanítási időben, kávézóban, gazdaságban, műhelyben vagy utcai árusként.',
            'Egy gyerek minden nap ugyanott koldul, és a pénzt egy felnőttnek adja át, aki a közelből figyeli.',
            'A gyerek ijedtnek, zárkózottnak vagy betanítottnak tűnik, kerüli a szemkontaktust, vagy begyakoroltnak hangzó válaszokat ad.',
            'A gyereken megmagyarázatlan sérülések vannak, kimerültnek vagy alultápláltnak látszik, vagy nem az időjárásnak megfelelően öltözött.',
            'A gyerek nem tudja, mi a címe ott, ahol lakik, vagy hogy melyik városban van.',
            'A gyereket gyakran viszik egyik helyről a másikra, és mindig más felnőttekkel érkezik és távozik.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Tévhit vagy tény?',
          items: [
            {
              statement: 'Azt mondta, hogy 18 éves, úgyhogy ez nem az én felelősségem.',
              verdict: 'myth',
              explanation:
                'Egy bemondott életkor semmit sem bizonyít: akik gyerekeket zsákmányolnak ki, megmondják nekik, mit mondjanak. Ha valaki 18 év alatti lehet, állj le, és jelezd, amit láttál.',
            },
            {
              statement: 'Az a gyerek, aki egy rokonnak koldul vagy dolgozik, csak segít a családjának.',
              verdict: 'myth',
              explanation:
                'A gyerekeket az ismerőseik, akár a rokonaik is kizsákmányolhatják. A hosszú munkaórák, az összes pénz leadása és egy felnőtt folyamatos felügyelete a kizsákmányolás jelei, nem a segítségé.',
            },
            {
              statement: 'Bizonyíték nélkül és a neved megadása nélkül is jelezheted a gyanúdat.',
              verdict: 'fact',
              explanation: 'Nem kell biztosnak lenned. Minden bejelentést képzett szakemberek és a rendőrség mérnek fel; a te dolgod csak annyi, hogy elmondd, mit láttál.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Láttál valamit? Jelezd!',
          text: 'Ha egy gyerek közvetlen veszélyben van, hívd a 112-t. Minden más esetben használd az itt látható hazai bejelentési vonalakat; névtelen is maradhatsz.',
        },
      ],
    },
  },
}

// ---------------------------------------------------------------------------------------------
// Demand reduction: how to report, one page per country
// ---------------------------------------------------------------------------------------------

/** English texts that are the same in all three countries. */
const emergencyStepEn = {
  title: 'A child in danger now? Call 112',
  text: 'If a child is in immediate danger, call 112, the European emergency number. The call is free.',
}
const policeStationStepEn = {
  title: 'Or tell the police',
  text: 'You can also report in person at a police station. Say that you suspect a child is being exploited.',
}
const describeStepEn = {
  title: 'Say what you noticed',
  text: 'Describe where and when it happened, what the child and any adults looked like and what worried you. Do not take risks to collect details.',
}
const anonymityEn = 'You can report anonymously: you do not have to give your name. If you are willing to leave contact details, they can help if there are more questions, but the choice is yours.'
const whatHappensNextEn =
  'Trained staff assess every report. If a child may be at risk, the police and specialised services act, and protecting the child comes first. To protect the child, you may not be told the outcome.'
const whatNotToDoEn: SeedBlock = {
  blockType: 'richText',
  heading: 'What not to do',
  paragraphs: [
    '**Do not confront** anyone you suspect of exploiting a child. It can put you, the child and others in danger, and it can warn the people responsible.',
    'Do not follow anyone, investigate on your own or take photos in a way that puts you at risk. Leave that to the police.',
    'Do not try to take the child away yourself. Report what you saw and let trained professionals act.',
  ],
}

const howToReportGreece: SeedPage = {
  slug: 'how-to-report',
  role: 'how-to-report',
  campaign: 'dont-look-away',
  sites: ['gr-demand-reduction'],
  content: {
    en: {
      title: 'How to report child exploitation in Greece',
      summary: 'In an emergency call 112. Otherwise call 1109, the anti-trafficking line, or tell the police. You do not have to give your name.',
      blocks: [
        {
          blockType: 'reportSteps',
          heading: 'How to report',
          steps: [
            emergencyStepEn,
            {
              title: 'Call 1109, the anti-trafficking line',
              text: 'If there is no immediate danger, call 1109 and describe what you saw. You do not need proof: a suspicion is enough.',
            },
            policeStationStepEn,
            describeStepEn,
          ],
          anonymity: anonymityEn,
          whatHappensNext: whatHappensNextEn,
        },
        whatNotToDoEn,
        {
          blockType: 'faq',
          heading: 'Questions people ask',
          items: [
            { question: 'What if I am wrong?', answer: 'You do not need proof. Trained staff assess every report, and you will not be in trouble for a report made in good faith.' },
            { question: 'Will the person I report find out it was me?', answer: 'You can report without giving your name. If you do give it, it is kept confidential.' },
            {
              question: 'Is it exploitation if the child seems to agree?',
              answer: "Yes. A child cannot consent to being exploited: if someone under 18 is made to work, beg or sell sex for another person's gain, it is exploitation, whatever the child says.",
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Reporting lines in Greece',
          text: 'In an emergency, call 112. To report a suspected case of child trafficking, call 1109.',
        },
      ],
    },
    el: {
      title: 'Πώς να αναφέρετε εκμετάλλευση παιδιού στην Ελλάδα',
      summary: 'Σε έκτακτη ανάγκη καλέστε το 112, αλλιώς το 1109, τη γραμμή κατά της εμπορίας ανθρώπων, ή την αστυνομία. Δεν χρειάζεται να δώσετε το όνομά σας.',
      blocks: [
        {
          blockType: 'reportSteps',
          heading: 'Πώς να κάνετε αναφορά',
          steps: [
            {
              title: 'Παιδί σε άμεσο κίνδυνο; Καλέστε το 112',
              text: 'Αν ένα παιδί κινδυνεύει άμεσα, καλέστε το 112, τον ευρωπαϊκό αριθμό έκτακτης ανάγκης. Η κλήση είναι δωρεάν.',
            },
            {
              title: 'Καλέστε το 1109, τη γραμμή κατά της εμπορίας ανθρώπων',
              text: 'Αν δεν υπάρχει άμεσος κίνδυνος, καλέστε το 1109 και περιγράψτε τι είδατε. Δεν χρειάζεστε αποδείξεις: αρκεί μια υποψία.',
            },
            {
              title: 'Ή απευθυνθείτε στην αστυνομία',
              text: 'Μπορείτε επίσης να κάνετε αναφορά αυτοπροσώπως σε ένα αστυνομικό τμήμα. Πείτε ότι υποψιάζεστε πως ένα παιδί είναι θύμα εκμετάλλευσης.',
            },
            {
              title: 'Πείτε τι προσέξατε',
              text: 'Περιγράψτε πού και πότε συνέβη, πώς έμοιαζαν το παιδί και οι ενήλικες που ήταν μαζί του και τι σας ανησύχησε. Μη θέσετε σε κίνδυνο τον εαυτό σας για να συγκεντρώσετε στοιχεία.',
            },
          ],
          anonymity:
            'Μπορείτε να κάνετε την αναφορά ανώνυμα: δεν χρειάζεται να δώσετε το όνομά σας. Αν αφήσετε στοιχεία επικοινωνίας, μπορεί να βοηθήσουν αν προκύψουν περισσότερες ερωτήσεις, αλλά η επιλογή είναι δική σας.',
          whatHappensNext:
            'Εκπαιδευμένο προσωπικό αξιολογεί κάθε αναφορά. Αν ένα παιδί ενδέχεται να κινδυνεύει, παρεμβαίνουν η αστυνομία και εξειδικευμένες υπηρεσίες, και προτεραιότητα έχει η προστασία του παιδιού. Για την προστασία του παιδιού, ίσως δεν ενημερωθείτε για την έκβαση.',
        },
        {
          blockType: 'richText',
          heading: 'Τι δεν πρέπει να κάνετε',
          paragraphs: [
            '**Μην έρθετε σε αντιπαράθεση** με κάποιον που υποψιάζεστε ότι εκμεταλλεύεται ένα παιδί. Μπορεί να θέσετε σε κίνδυνο τον εαυτό σας, το παιδί και άλλους, και να προειδοποιήσετε τους υπευθύνους.',
            'Μην ακολουθήσετε κανέναν, μην ερευνήσετε μόνοι σας και μη βγάλετε φωτογραφίες με τρόπο που σας εκθέτει σε κίνδυνο. Αφήστε το στην αστυνομία.',
            'Μην προσπαθήσετε να απομακρύνετε μόνοι σας το παιδί. Αναφέρετε τι είδατε και αφήστε τους εκπαιδευμένους επαγγελματίες να δράσουν.',
          ],
        },
        {
          blockType: 'faq',
          heading: 'Συχνές ερωτήσεις',
          items: [
            {
              question: 'Κι αν κάνω λάθος;',
              answer: 'Δεν χρειάζεστε αποδείξεις. Εκπαιδευμένο προσωπικό αξιολογεί κάθε αναφορά, και δεν θα έχετε κανένα πρόβλημα για μια αναφορά που κάνατε καλόπιστα.',
            },
            { question: 'Θα μάθει ο άνθρωπος που ανέφερα ότι ήμουν εγώ;', answer: 'Μπορείτε να κάνετε την αναφορά χωρίς να δώσετε το όνομά σας. Αν το δώσετε, παραμένει εμπιστευτικό.' },
            {
              question: 'Είναι εκμετάλλευση αν το παιδί φαίνεται να συμφωνεί;',
              answer:
                'Ναι. Ένα παιδί δεν μπορεί να συναινέσει στην εκμετάλλευσή του: αν κάποιος κάτω των 18 αναγκάζεται να δουλεύει, να ζητιανεύει ή να πουλά σεξ προς όφελος άλλου, πρόκειται για εκμετάλλευση, ό,τι κι αν λέει το παιδί.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Γραμμές αναφοράς στην Ελλάδα',
          text: 'Σε έκτακτη ανάγκη, καλέστε το 112. Για να αναφέρετε υποψία εμπορίας παιδιού, καλέστε το 1109.',
        },
      ],
    },
  },
}

const howToReportSlovenia: SeedPage = {
  slug: 'how-to-report',
  role: 'how-to-report',
  campaign: 'dont-look-away',
  sites: ['si-demand-reduction'],
  content: {
    en: {
      title: 'How to report child exploitation in Slovenia',
      summary: 'In an emergency call 112. Otherwise call the police on 113. You do not have to give your name.',
      blocks: [
        {
          blockType: 'reportSteps',
          heading: 'How to report',
          steps: [
            emergencyStepEn,
            {
              title: 'Call the police on 113',
              text: 'If there is no immediate danger, call the police on 113 and describe what you saw. You do not need proof: a suspicion is enough.',
            },
            {
              title: 'Or go to a police station',
              text: 'You can also report in person at a police station. Say that you suspect a child is being exploited.',
            },
            describeStepEn,
          ],
          anonymity: anonymityEn,
          whatHappensNext: whatHappensNextEn,
        },
        whatNotToDoEn,
        {
          blockType: 'helplineCallout',
          heading: 'Where to report in Slovenia',
          text: 'In an emergency, call 112. To report a suspected case of child exploitation, call the police on 113.',
        },
      ],
    },
    sl: {
      title: 'Kako prijaviti izkoriščanje otrok v Sloveniji',
      summary: 'V nujnih primerih pokličite 112, sicer policijo na 113. Ni vam treba povedati svojega imena.',
      blocks: [
        {
          blockType: 'reportSteps',
          heading: 'Kako prijaviti',
          steps: [
            {
              title: 'Je otrok v nevarnosti? Pokličite 112',
              text: 'Če je otrok v neposredni nevarnosti, pokličite 112, evropsko številko za klic v sili. Klic je brezplačen.',
            },
            {
              title: 'Pokličite policijo na 113',
              text: 'Če neposredne nevarnosti ni, pokličite policijo na 113 in opišite, kar ste videli. Dokazov ne potrebujete: dovolj je sum.',
            },
            {
              title: 'Ali pojdite na policijsko postajo',
              text: 'Prijavo lahko podate tudi osebno na policijski postaji. Povejte, da sumite, da je otrok izkoriščan.',
            },
            {
              title: 'Povejte, kaj ste opazili',
              text: 'Opišite, kje in kdaj se je zgodilo, kako so bili videti otrok in odrasli ob njem ter kaj vas je zaskrbelo. Ne izpostavljajte se nevarnosti, da bi zbrali podrobnosti.',
            },
          ],
          anonymity: 'Prijavo lahko podate anonimno: svojega imena vam ni treba povedati. Če pustite kontaktne podatke, lahko pomagajo, če se pojavijo dodatna vprašanja, vendar je odločitev vaša.',
          whatHappensNext:
            'Vsako prijavo ocenijo usposobljeni strokovnjaki. Če je otrok morda ogrožen, ukrepajo policija in specializirane službe, pri čemer je zaščita otroka na prvem mestu. Zaradi zaščite otroka o izidu morda ne boste obveščeni.',
        },
        {
          blockType: 'richText',
          heading: 'Česa ne storiti',
          paragraphs: [
            '**Ne izzivajte in ne obtožujte** osebe, za katero sumite, da izkorišča otroka. S tem lahko ogrozite sebe, otroka in druge ter posvarite odgovorne.',
            'Ne sledite nikomur, ne preiskujte na lastno pest in ne fotografirajte, če bi se s tem izpostavili nevarnosti. To prepustite policiji.',
            'Ne poskušajte sami odpeljati otroka. Prijavite, kar ste videli, in pustite, da ukrepajo usposobljeni strokovnjaki.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Kam prijaviti v Sloveniji',
          text: 'V nujnih primerih pokličite 112. Sum izkoriščanja otroka prijavite policiji na 113.',
        },
      ],
    },
  },
}

const howToReportHungary: SeedPage = {
  slug: 'how-to-report',
  role: 'how-to-report',
  campaign: 'dont-look-away',
  sites: ['hu-demand-reduction'],
  content: {
    en: {
      title: 'How to report child exploitation in Hungary',
      summary: 'In an emergency call 112. Otherwise call the free national crisis line on 06 80 20 55 20 or tell the police. You do not have to give your name.',
      blocks: [
        {
          blockType: 'reportSteps',
          heading: 'How to report',
          steps: [
            emergencyStepEn,
            {
              title: 'Call the national crisis line: 06 80 20 55 20',
              text: 'If there is no immediate danger, call the national crisis line on 06 80 20 55 20; it is free and open 24 hours a day. You do not need proof: a suspicion is enough.',
            },
            policeStationStepEn,
            describeStepEn,
          ],
          anonymity: anonymityEn,
          whatHappensNext: whatHappensNextEn,
        },
        whatNotToDoEn,
        {
          blockType: 'helplineCallout',
          heading: 'Reporting lines in Hungary',
          text: 'In an emergency, call 112. To report a suspected case of child trafficking, call the free, 24-hour national crisis line on 06 80 20 55 20.',
        },
      ],
    },
    hu: {
      title: 'Gyermekkizsákmányolás bejelentése Magyarországon',
      summary: 'Vészhelyzetben hívd a 112-t, egyébként az ingyenes országos krízisvonalat (06 80 20 55 20) vagy a rendőrséget. A nevedet nem kell megadnod.',
      blocks: [
        {
          blockType: 'reportSteps',
          heading: 'Hogyan jelezheted?',
          steps: [
            {
              title: 'Közvetlen veszély? Hívd a 112-t',
              text: 'Ha egy gyerek közvetlen veszélyben van, hívd a 112-t, az egységes európai segélyhívó számot. A hívás ingyenes.',
            },
            {
              title: 'Hívd az országos krízisvonalat: 06 80 20 55 20',
              text: 'Ha nincs közvetlen veszély, hívd az országos krízisvonalat a 06 80 20 55 20-as számon; a hívás ingyenes, a vonal éjjel-nappal elérhető. Nem kell bizonyíték: elég a gyanú.',
            },
            {
              title: 'Vagy fordulj a rendőrséghez',
              text: 'Személyesen is tehetsz bejelentést a rendőrségen. Mondd el, hogy azt gyanítod, egy gyereket kizsákmányolnak.',
            },
            {
              title: 'Mondd el, mit vettél észre',
              text: 'Meséld el, hol és mikor történt, hogyan nézett ki a gyerek és a vele lévő felnőttek, és mi keltette fel a gyanúdat. Ne kockáztasd a biztonságodat azért, hogy részleteket gyűjts.',
            },
          ],
          anonymity: 'Névtelenül is tehetsz bejelentést: a nevedet nem kell megadnod. Ha megadod az elérhetőségedet, az segíthet, ha további kérdések merülnek fel, de ez a te döntésed.',
          whatHappensNext:
            'Minden bejelentést képzett szakemberek mérnek fel. Ha egy gyerek veszélyben lehet, a rendőrség és a szakosodott szolgálatok intézkednek, és a gyerek védelme az elsődleges. A gyerek védelme érdekében lehet, hogy nem kapsz tájékoztatást az ügy kimeneteléről.',
        },
        {
          blockType: 'richText',
          heading: 'Mit ne tegyél?',
          paragraphs: [
            '**Ne szállj szembe** azzal, akiről azt gyanítod, hogy kizsákmányol egy gyereket. Ezzel veszélybe sodorhatod magadat, a gyereket és másokat is, és figyelmeztetheted a felelősöket.',
            'Ne kövess senkit, ne nyomozz a saját szakálladra, és ne fényképezz, ha ezzel veszélybe kerülhetsz. Ezt bízd a rendőrségre.',
            'Ne próbáld magad kimenekíteni a gyereket. Jelezd, amit láttál, és hagyd, hogy képzett szakemberek cselekedjenek.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Bejelentési vonalak Magyarországon',
          text: 'Vészhelyzetben hívd a 112-t. Ha gyermekkereskedelemre gyanakszol, hívd az ingyenes, éjjel-nappal elérhető országos krízisvonalat: 06 80 20 55 20.',
        },
      ],
    },
  },
}

// ---------------------------------------------------------------------------------------------
// Demand reduction: one home page per site
// ---------------------------------------------------------------------------------------------

const homeMessageEn: SeedBlock = {
  blockType: 'richText',
  heading: 'Exploiting a child is a crime',
  paragraphs: [
    'Children who are trafficked may be offered for sex, sent to beg or made to work, often in plain sight: in the street, in cafés and hotels, or online.',
    '**Buying sex from a child is a crime**, and so is profiting from a child’s labour or begging. A child can never consent to being exploited.',
    'If something you see does not feel right, do not look away. Learn the signs and report it: you do not need proof, and you can stay anonymous.',
  ],
}
const homeTitleEn = 'Don’t look away: exploiting a child is a crime'

const homeGreece: SeedPage = {
  slug: 'home',
  role: 'home',
  campaign: 'dont-look-away',
  sites: ['gr-demand-reduction'],
  content: {
    en: {
      title: homeTitleEn,
      summary: 'Children are exploited for sex, labour and begging in plain sight. Learn the signs and report what you see in Greece.',
      blocks: [
        homeMessageEn,
        {
          blockType: 'helplineCallout',
          heading: 'Report what you see',
          text: 'In an emergency, call 112. To report a suspicion, call 1109, the anti-trafficking line.',
        },
      ],
    },
    el: {
      title: 'Μην κάνετε τα στραβά μάτια στην εκμετάλλευση παιδιών',
      summary: 'Παιδιά πέφτουν θύματα εκμετάλλευσης για σεξ, εργασία και επαιτεία μπροστά στα μάτια μας. Μάθετε τα σημάδια και αναφέρετε ό,τι βλέπετε.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Η εκμετάλλευση παιδιού είναι έγκλημα',
          paragraphs: [
            'Τα παιδιά που πέφτουν θύματα εμπορίας μπορεί να προσφέρονται για σεξ, να στέλνονται να ζητιανέψουν ή να αναγκάζονται να δουλεύουν, συχνά μπροστά στα μάτια μας: στον δρόμο, σε καφέ και ξενοδοχεία ή στο διαδίκτυο.',
            '**Η αγορά σεξ από παιδί είναι έγκλημα**, όπως και το κέρδος από την εργασία ή την επαιτεία ενός παιδιού. Ένα παιδί δεν μπορεί ποτέ να συναινέσει στην εκμετάλλευσή του.',
            'Αν κάτι που βλέπετε δεν σας φαίνεται σωστό, μην κάνετε τα στραβά μάτια. Μάθετε τα σημάδια και αναφέρετέ το: δεν χρειάζεστε αποδείξεις και μπορείτε να μείνετε ανώνυμοι.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Αναφέρετε ό,τι βλέπετε',
          text: 'Σε έκτακτη ανάγκη, καλέστε το 112. Για να αναφέρετε μια υποψία, καλέστε το 1109, τη γραμμή κατά της εμπορίας ανθρώπων.',
        },
      ],
    },
  },
}

const homeSlovenia: SeedPage = {
  slug: 'home',
  role: 'home',
  campaign: 'dont-look-away',
  sites: ['si-demand-reduction'],
  content: {
    en: {
      title: homeTitleEn,
      summary: 'Children are exploited for sex, labour and begging in plain sight. Learn the signs and report what you see in Slovenia.',
      blocks: [
        homeMessageEn,
        {
          blockType: 'helplineCallout',
          heading: 'Report what you see',
          text: 'In an emergency, call 112. To report a suspicion, call the police on 113.',
        },
      ],
    },
    sl: {
      title: 'Ne zatiskajte si oči pred izkoriščanjem otrok',
      summary: 'Otroke izkoriščajo za spolne storitve, delo in beračenje pred našimi očmi. Spoznajte znake in prijavite, kar vidite.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Izkoriščanje otroka je kaznivo dejanje',
          paragraphs: [
            'Otroke, žrtve trgovine z ljudmi, lahko ponujajo za spolne storitve, jih pošiljajo beračit ali silijo v delo, pogosto pred našimi očmi: na ulici, v kavarnah in hotelih ali na spletu.',
            '**Nakup spolnih storitev od otroka je kaznivo dejanje**, prav tako okoriščanje z otrokovim delom ali beračenjem. Otrok nikoli ne more privoliti v lastno izkoriščanje.',
            'Če se vam nekaj, kar vidite, ne zdi prav, si ne zatiskajte oči. Spoznajte znake in to prijavite: dokazov ne potrebujete, ostanete pa lahko anonimni.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Prijavite, kar vidite',
          text: 'V nujnih primerih pokličite 112. Sum prijavite policiji na 113.',
        },
      ],
    },
  },
}

const homeHungary: SeedPage = {
  slug: 'home',
  role: 'home',
  campaign: 'dont-look-away',
  sites: ['hu-demand-reduction'],
  content: {
    en: {
      title: homeTitleEn,
      summary: 'Children are exploited for sex, labour and begging in plain sight. Learn the signs and report what you see in Hungary.',
      blocks: [
        homeMessageEn,
        {
          blockType: 'helplineCallout',
          heading: 'Report what you see',
          text: 'In an emergency, call 112. To report a suspicion, call the free national crisis line on 06 80 20 55 20.',
        },
      ],
    },
    hu: {
      title: 'Ne nézz félre: a gyermekkizsákmányolás bűncselekmény',
      summary: 'Gyerekeket zsákmányolnak ki szexuálisan, munkára és koldulásra, a szemünk előtt. Ismerd fel a jeleket, és jelezd, amit látsz.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Gyereket kizsákmányolni bűncselekmény',
          paragraphs: [
            'Az emberkereskedelem áldozatává vált gyerekeket szexuális szolgáltatásra kínálhatják, koldulni küldhetik vagy munkára kényszeríthetik, gyakran a szemünk előtt: az utcán, kávézókban, szállodákban vagy az interneten.',
            '**Gyerektől szexuális szolgáltatást vásárolni bűncselekmény**, ahogy az is, ha valaki egy gyerek munkájából vagy koldulásából húz hasznot. Egy gyerek soha nem egyezhet bele a saját kizsákmányolásába.',
            'Ha valami, amit látsz, nem tűnik rendben lévőnek, ne nézz félre. Ismerd meg a jeleket, és jelezd: nem kell bizonyíték, és névtelen is maradhatsz.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Jelezd, amit látsz!',
          text: 'Vészhelyzetben hívd a 112-t. Ha gyanakszol, hívd az ingyenes országos krízisvonalat: 06 80 20 55 20.',
        },
      ],
    },
  },
}

export const demandReductionPages: SeedPage[] = [homeGreece, homeSlovenia, homeHungary, recogniseTheSigns, howToReportGreece, howToReportSlovenia, howToReportHungary]

// ---------------------------------------------------------------------------------------------
// Hub: home and SEEC
// ---------------------------------------------------------------------------------------------

const hubHome: SeedPage = {
  slug: 'home',
  role: 'home',
  sites: ['hub'],
  content: {
    en: {
      title: 'VICTOR: partners against child trafficking',
      summary: 'A transnational partnership of NGOs, public authorities and international organisations against child trafficking in South-East Europe.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'The VICTOR partnership',
          paragraphs: [
            'VICTOR is a **transnational partnership** against child trafficking in South-East Europe, planned to run for 21 months. It brings together national and international NGOs, public authorities and international organisations.',
            'The partners work in Greece, Bulgaria, Romania, Slovenia, Serbia, Moldova and Ukraine, with a regional office in Hungary. Together they aim for better cooperation between the NGOs and public bodies that work against child trafficking.',
            'VICTOR follows the priorities of the EU strategy on the eradication of trafficking in human beings: identifying, protecting and assisting victims, stepping up prevention, and better coordination and cooperation among key actors.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'What we do',
          paragraphs: [
            'We train professionals who are likely to meet child victims: law enforcement officers, health care workers, the judiciary, labour inspectors and NGO staff.',
            'NGOs run information desks on child trafficking in four countries, as a six-month pilot. Workshops evaluate this work and prepare recommendations for EU guidelines on identifying child victims.',
            'Awareness campaigns reach children at risk in countries of origin and, in countries of destination, the potential “clients” whose demand fuels exploitation.',
            'Through networking, this website and the South-East European Centre for Missing and Exploited Children (SEEC), partners share experience and publicity material across the region.',
          ],
        },
      ],
    },
    el: {
      title: 'VICTOR: σύμπραξη κατά της εμπορίας παιδιών',
      summary: 'Διακρατική σύμπραξη ΜΚΟ, δημόσιων αρχών και διεθνών οργανισμών κατά της εμπορίας παιδιών στη Νοτιοανατολική Ευρώπη.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Η σύμπραξη VICTOR',
          paragraphs: [
            'Το VICTOR είναι μια **διακρατική σύμπραξη** κατά της εμπορίας παιδιών στη Νοτιοανατολική Ευρώπη, με προβλεπόμενη διάρκεια 21 μηνών. Συγκεντρώνει εθνικές και διεθνείς ΜΚΟ, δημόσιες αρχές και διεθνείς οργανισμούς.',
            'Οι εταίροι δραστηριοποιούνται στην Ελλάδα, τη Βουλγαρία, τη Ρουμανία, τη Σλοβενία, τη Σερβία, τη Μολδαβία και την Ουκρανία, με περιφερειακό γραφείο στην Ουγγαρία. Μαζί επιδιώκουν καλύτερη συνεργασία ανάμεσα στις ΜΚΟ και τους δημόσιους φορείς που αντιμετωπίζουν την εμπορία παιδιών.',
            'Το VICTOR ακολουθεί τις προτεραιότητες της στρατηγικής της ΕΕ για την εξάλειψη της εμπορίας ανθρώπων: αναγνώριση, προστασία και υποστήριξη των θυμάτων, ενίσχυση της πρόληψης και καλύτερος συντονισμός και συνεργασία μεταξύ των βασικών φορέων.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Τι κάνουμε',
          paragraphs: [
            'Εκπαιδεύουμε επαγγελματίες που είναι πιθανό να έρθουν σε επαφή με παιδιά-θύματα: στελέχη των αρχών επιβολής του νόμου, επαγγελματίες υγείας, δικαστικούς λειτουργούς, επιθεωρητές εργασίας και στελέχη ΜΚΟ.',
            'ΜΚΟ λειτουργούν γραφεία πληροφόρησης για την εμπορία παιδιών σε τέσσερις χώρες, ως εξάμηνο πιλοτικό πρόγραμμα. Εργαστήρια αξιολογούν αυτό το έργο και διατυπώνουν προτάσεις για κατευθυντήριες γραμμές της ΕΕ σχετικά με την αναγνώριση παιδιών-θυμάτων.',
            'Οι εκστρατείες ευαισθητοποίησης απευθύνονται σε παιδιά που κινδυνεύουν στις χώρες προέλευσης και, στις χώρες προορισμού, στους δυνητικούς «πελάτες», των οποίων η ζήτηση τροφοδοτεί την εκμετάλλευση.',
            'Μέσα από τη δικτύωση, αυτόν τον ιστότοπο και το Κέντρο Νοτιοανατολικής Ευρώπης για τα Εξαφανισμένα και Κακοποιημένα Παιδιά (SEEC), οι εταίροι μοιράζονται εμπειρίες και ενημερωτικό υλικό σε όλη την περιοχή.',
          ],
        },
      ],
    },
    bg: {
      title: 'VICTOR: партньори срещу трафика на деца',
      summary: 'Транснационално партньорство на НПО, публични институции и международни организации срещу трафика на деца в Югоизточна Европа.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Партньорството VICTOR',
          paragraphs: [
            'VICTOR е **транснационално партньорство** срещу трафика на деца в Югоизточна Европа с предвидена продължителност 21 месеца. То обединява национални и международни неправителствени организации, публични институции и международни организации.',
            'Партньорите работят в Гърция, България, Румъния, Словения, Сърбия, Молдова и Украйна, а регионалният офис е в Унгария. Заедно те се стремят към по-добро сътрудничество между неправителствените организации и държавните институции, които се борят с трафика на деца.',
            'VICTOR следва приоритетите на Стратегията на ЕС за премахване на трафика на хора: идентифициране, защита и подкрепа на жертвите, засилване на превенцията и по-добра координация и сътрудничество между ключовите участници.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Какво правим',
          paragraphs: [
            'Обучаваме специалисти, които е вероятно да се срещнат с деца жертви: служители на правоохранителните органи, медицински работници, представители на съдебната власт, трудови инспектори и служители на НПО.',
            'Неправителствени организации поддържат информационни бюра за трафика на деца в четири държави като шестмесечен пилотен модел. На работни срещи тази дейност се оценява и се изготвят препоръки за насоки на ЕС за идентифициране на деца жертви.',
            'Информационните кампании достигат до деца в риск в държавите на произход, а в държавите на местоназначение – до потенциалните „клиенти“, чието търсене подхранва експлоатацията.',
            'Чрез работа в мрежа, този уебсайт и Югоизточноевропейския център за изчезнали и експлоатирани деца (SEEC) партньорите споделят опит и информационни материали в целия регион.',
          ],
        },
      ],
    },
    ro: {
      title: 'VICTOR: parteneri împotriva traficului de copii',
      summary: 'Parteneriat transnațional al ONG-urilor, autorităților publice și organizațiilor internaționale împotriva traficului de copii în Europa de Sud-Est.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Parteneriatul VICTOR',
          paragraphs: [
            'VICTOR este un **parteneriat transnațional** împotriva traficului de copii în Europa de Sud-Est, cu o durată prevăzută de 21 de luni. Reunește ONG-uri naționale și internaționale, autorități publice și organizații internaționale.',
            'Partenerii lucrează în Grecia, Bulgaria, România, Slovenia, Serbia, Republica Moldova și Ucraina, cu un birou regional în Ungaria. Împreună, urmăresc o colaborare mai bună între ONG-urile și instituțiile publice care combat traficul de copii.',
            'VICTOR urmează prioritățile Strategiei UE privind eradicarea traficului de persoane: identificarea, protecția și asistarea victimelor, intensificarea prevenirii și o mai bună coordonare și cooperare între actorii-cheie.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Ce facem',
          paragraphs: [
            'Instruim profesioniștii care pot intra în contact cu copii victime: reprezentanți ai forțelor de ordine, cadre medicale, magistrați, inspectori de muncă și personal al ONG-urilor.',
            'ONG-urile gestionează birouri de informare privind traficul de copii în patru țări, ca proiect-pilot de șase luni. Atelierele de lucru evaluează această activitate și elaborează recomandări pentru ghiduri ale UE privind identificarea copiilor victime.',
            'Campaniile de conștientizare se adresează copiilor expuși riscului din țările de origine și, în țările de destinație, potențialilor „clienți”, a căror cerere alimentează exploatarea.',
            'Prin colaborarea în rețea, prin acest site și prin Centrul Sud-Est European pentru Copii Dispăruți și Exploatați (SEEC), partenerii împărtășesc experiență și materiale de informare în întreaga regiune.',
          ],
        },
      ],
    },
    sl: {
      title: 'VICTOR: partnerji proti trgovini z otroki',
      summary: 'Nadnacionalno partnerstvo nevladnih organizacij, javnih organov in mednarodnih organizacij proti trgovini z otroki v jugovzhodni Evropi.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Partnerstvo VICTOR',
          paragraphs: [
            'VICTOR je **nadnacionalno partnerstvo** proti trgovini z otroki v jugovzhodni Evropi, predvideno za 21 mesecev. Povezuje nacionalne in mednarodne nevladne organizacije, javne organe in mednarodne organizacije.',
            'Partnerji delujejo v Grčiji, Bolgariji, Romuniji, Sloveniji, Srbiji, Moldaviji in Ukrajini, regionalna pisarna pa je na Madžarskem. Skupaj si prizadevajo za boljše sodelovanje med nevladnimi organizacijami in javnimi ustanovami, ki se borijo proti trgovini z otroki.',
            'VICTOR sledi prednostnim nalogam strategije EU za odpravo trgovine z ljudmi: prepoznavanju, zaščiti in pomoči žrtvam, krepitvi preventive ter boljšemu usklajevanju in sodelovanju med ključnimi akterji.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Kaj delamo',
          paragraphs: [
            'Usposabljamo strokovnjake, ki bodo najverjetneje prišli v stik z otroki žrtvami: policiste, zdravstvene delavce, predstavnike pravosodja, inšpektorje za delo in zaposlene v nevladnih organizacijah.',
            'Nevladne organizacije v štirih državah vodijo informacijske točke o trgovini z otroki kot šestmesečni pilotni model. Na delavnicah to delo ovrednotijo in pripravijo priporočila za smernice EU za prepoznavanje otrok žrtev.',
            'Ozaveščevalne kampanje nagovarjajo ogrožene otroke v državah izvora, v ciljnih državah pa morebitne »stranke«, katerih povpraševanje spodbuja izkoriščanje.',
            'Z mreženjem, s to spletno stranjo in z Jugovzhodnoevropskim centrom za pogrešane in izkoriščane otroke (SEEC) si partnerji izmenjujejo izkušnje in informativno gradivo po vsej regiji.',
          ],
        },
      ],
    },
    sr: {
      title: 'VICTOR: партнери против трговине децом',
      summary: 'Транснационално партнерство невладиних организација, јавних институција и међународних организација против трговине децом у Југоисточној Европи.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Партнерство VICTOR',
          paragraphs: [
            'VICTOR је **транснационално партнерство** против трговине децом у Југоисточној Европи, предвиђеног трајања од 21 месец. Окупља националне и међународне невладине организације, јавне институције и међународне организације.',
            'Партнери делују у Грчкој, Бугарској, Румунији, Словенији, Србији, Молдавији и Украјини, а регионална канцеларија је у Мађарској. Заједно настоје да унапреде сарадњу између невладиних организација и јавних институција које се боре против трговине децом.',
            'VICTOR следи приоритете стратегије ЕУ за искорењивање трговине људима: идентификацију, заштиту и помоћ жртвама, јачање превенције и бољу координацију и сарадњу међу кључним актерима.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Шта радимо',
          paragraphs: [
            'Обучавамо стручњаке који ће највероватније доћи у контакт са децом жртвама: припаднике полиције, здравствене раднике, представнике правосуђа, инспекторе рада и запослене у невладиним организацијама.',
            'Невладине организације у четири државе воде информативне пунктове о трговини децом као шестомесечни пилот-модел. На радионицама се тај рад вреднује и припремају се препоруке за смернице ЕУ за идентификацију деце жртава.',
            'Кампање подизања свести обраћају се деци у ризику у земљама порекла, а у земљама одредишта потенцијалним „клијентима“ чија потражња подстиче експлоатацију.',
            'Кроз умрежавање, ову веб-страницу и Југоисточноевропски центар за несталу и експлоатисану децу (SEEC) партнери размењују искуства и информативни материјал широм региона.',
          ],
        },
      ],
    },
    uk: {
      title: 'VICTOR: партнери проти торгівлі дітьми',
      summary: 'Транснаціональне партнерство громадських організацій, державних органів і міжнародних організацій проти торгівлі дітьми в Південно-Східній Європі.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Партнерство VICTOR',
          paragraphs: [
            'VICTOR — це **транснаціональне партнерство** проти торгівлі дітьми в Південно-Східній Європі, розраховане на 21 місяць. Воно об’єднує національні та міжнародні громадські організації, державні органи та міжнародні організації.',
            'Партнери працюють у Греції, Болгарії, Румунії, Словенії, Сербії, Молдові та Україні, а регіональний офіс розташований в Угорщині. Разом вони прагнуть покращити співпрацю між громадськими організаціями та державними установами, які протидіють торгівлі дітьми.',
            'VICTOR дотримується пріоритетів Стратегії ЄС щодо викорінення торгівлі людьми: виявлення, захист і допомога постраждалим, посилення запобігання, а також краща координація та співпраця між ключовими учасниками.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Що ми робимо',
          paragraphs: [
            'Ми навчаємо фахівців, які найімовірніше можуть зустрітися з дітьми, постраждалими від торгівлі людьми: працівників правоохоронних органів, медичних працівників, представників судової системи, інспекторів праці та працівників громадських організацій.',
            'Громадські організації в чотирьох країнах протягом шести місяців у пілотному режимі ведуть інформаційні пункти з питань торгівлі дітьми. На семінарах цю роботу оцінюють і готують рекомендації для настанов ЄС щодо виявлення дітей, постраждалих від торгівлі людьми.',
            'Інформаційні кампанії звертаються до дітей групи ризику в країнах походження, а в країнах призначення — до потенційних «клієнтів», чий попит живить експлуатацію.',
            'Завдяки співпраці в мережі, цьому вебсайту та Центру Південно-Східної Європи у справах зниклих і експлуатованих дітей (SEEC) партнери обмінюються досвідом та інформаційними матеріалами по всьому регіону.',
          ],
        },
      ],
    },
    ru: {
      title: 'VICTOR: партнёры против торговли детьми',
      summary: 'Транснациональное партнёрство НКО, государственных органов и международных организаций против торговли детьми в Юго-Восточной Европе.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Партнёрство VICTOR',
          paragraphs: [
            'VICTOR — это **транснациональное партнёрство** против торговли детьми в Юго-Восточной Европе, рассчитанное на 21 месяц. Оно объединяет национальные и международные некоммерческие организации, государственные органы и международные организации.',
            'Партнёры работают в Греции, Болгарии, Румынии, Словении, Сербии, Молдове и Украине, а региональный офис находится в Венгрии. Вместе они стремятся улучшить сотрудничество между некоммерческими организациями и государственными структурами, противодействующими торговле детьми.',
            'VICTOR следует приоритетам Стратегии ЕС по искоренению торговли людьми: выявление, защита и помощь пострадавшим, усиление профилактики, а также лучшая координация и сотрудничество между ключевыми участниками.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Что мы делаем',
          paragraphs: [
            'Мы обучаем специалистов, которые с наибольшей вероятностью могут встретить детей, пострадавших от торговли людьми: сотрудников правоохранительных органов, медицинских работников, представителей судебной системы, трудовых инспекторов и сотрудников НКО.',
            'Некоммерческие организации в четырёх странах в течение шести месяцев в пилотном режиме ведут информационные пункты по вопросам торговли детьми. На семинарах эту работу оценивают и готовят рекомендации для руководящих принципов ЕС по выявлению детей, пострадавших от торговли людьми.',
            'Информационные кампании обращаются к детям из группы риска в странах происхождения, а в странах назначения — к потенциальным «клиентам», чей спрос питает эксплуатацию.',
            'Благодаря сетевому взаимодействию, этому сайту и Центру Юго-Восточной Европы по делам пропавших и эксплуатируемых детей (SEEC) партнёры обмениваются опытом и информационными материалами по всему региону.',
          ],
        },
      ],
    },
    hu: {
      title: 'VICTOR: partnerség a gyermekkereskedelem ellen',
      summary: 'Civil szervezetek, állami hatóságok és nemzetközi szervezetek transznacionális partnersége a gyermekkereskedelem ellen Délkelet-Európában.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'A VICTOR partnerség',
          paragraphs: [
            'A VICTOR **transznacionális partnerség** a gyermekkereskedelem ellen Délkelet-Európában, 21 hónapos tervezett időtartammal. Hazai és nemzetközi civil szervezeteket, állami hatóságokat és nemzetközi szervezeteket fog össze.',
            'A partnerek Görögországban, Bulgáriában, Romániában, Szlovéniában, Szerbiában, Moldovában és Ukrajnában dolgoznak, regionális irodájuk Magyarországon működik. Céljuk, hogy javuljon az együttműködés a gyermekkereskedelem ellen fellépő civil szervezetek és állami intézmények között.',
            'A VICTOR az emberkereskedelem felszámolására irányuló uniós stratégia prioritásait követi: az áldozatok azonosítását, védelmét és támogatását, a megelőzés erősítését, valamint a kulcsszereplők jobb koordinációját és együttműködését.',
          ],
        },
        {
          blockType: 'richText',
          heading: 'Mit teszünk?',
          paragraphs: [
            'Képzéseket tartunk azoknak a szakembereknek, akik a legnagyobb valószínűséggel kerülnek kapcsolatba gyermekáldozatokkal: rendvédelmi és egészségügyi dolgozóknak, az igazságszolgáltatás munkatársainak, munkaügyi felügyelőknek és civil szervezetek munkatársainak.',
            'Négy országban civil szervezetek hat hónapos kísérleti modellként tájékoztató pontokat működtetnek a gyermekkereskedelemről. Műhelymunkákon értékelik ezt a tevékenységet, és ajánlásokat dolgoznak ki a gyermekáldozatok azonosítására vonatkozó uniós iránymutatásokhoz.',
            'Figyelemfelhívó kampányaink a kibocsátó országokban a veszélyeztetett gyerekeket, a célországokban pedig a lehetséges „ügyfeleket” szólítják meg, akiknek a kereslete táplálja a kizsákmányolást.',
            'A hálózatépítés, ez a honlap és a Délkelet-európai Központ az Eltűnt és Kizsákmányolt Gyermekekért (SEEC) révén a partnerek megosztják tapasztalataikat és tájékoztató anyagaikat az egész régióban.',
          ],
        },
      ],
    },
  },
}

const hubSeec: SeedPage = {
  slug: 'seec',
  role: 'about',
  sites: ['hub'],
  content: {
    en: {
      title: 'SEEC: missing and exploited children',
      summary: 'The South-East European Centre for Missing and Exploited Children helps the VICTOR partners work together and share practice across the region.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'What SEEC is for',
          paragraphs: [
            'The South-East European Centre for Missing and Exploited Children (SEEC) is being developed as part of the VICTOR partnership’s networking activities. It links NGOs, public authorities and international organisations that work with missing and exploited children in the region.',
            'Through SEEC, partners **share practice** on finding missing children and on identifying and protecting child victims of trafficking. What works in one country can then be tried in another.',
            'Children who go missing or are trafficked can be moved across borders, so no country can protect them alone. SEEC helps partners stay in contact and act together.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: the hotline for missing children',
          paragraphs: [
            '**116 000** is the European hotline for missing children. It is free, open 24 hours a day and run by organisations in 32 countries.',
            'Among the VICTOR partners, The Smile of the Child runs 116 000 in Greece, the Nadja Center Foundation in Bulgaria and ASTRA in Serbia.',
            'If a child goes missing, contact the police and call 116 000 where the service is available. In an emergency, call 112.',
          ],
        },
      ],
    },
    el: {
      title: 'SEEC: εξαφανισμένα και κακοποιημένα παιδιά',
      summary: 'Το Κέντρο Νοτιοανατολικής Ευρώπης για τα Εξαφανισμένα και Κακοποιημένα Παιδιά βοηθά τους εταίρους του VICTOR να συνεργάζονται και να ανταλλάσσουν πρακτικές.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Ο ρόλος του SEEC',
          paragraphs: [
            'Το Κέντρο Νοτιοανατολικής Ευρώπης για τα Εξαφανισμένα και Κακοποιημένα Παιδιά (SEEC) αναπτύσσεται στο πλαίσιο των δράσεων δικτύωσης της σύμπραξης VICTOR. Συνδέει ΜΚΟ, δημόσιες αρχές και διεθνείς οργανισμούς που ασχολούνται με εξαφανισμένα και κακοποιημένα παιδιά στην περιοχή.',
            'Μέσα από το SEEC, οι εταίροι **ανταλλάσσουν πρακτικές** για τον εντοπισμό εξαφανισμένων παιδιών και για την αναγνώριση και την προστασία παιδιών-θυμάτων εμπορίας. Ό,τι λειτουργεί σε μια χώρα μπορεί έτσι να δοκιμαστεί και σε άλλη.',
            'Τα παιδιά που εξαφανίζονται ή πέφτουν θύματα εμπορίας μπορεί να μεταφερθούν πέρα από τα σύνορα, γι’ αυτό καμία χώρα δεν μπορεί να τα προστατέψει μόνη της. Το SEEC βοηθά τους εταίρους να μένουν σε επαφή και να δρουν από κοινού.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: η γραμμή για τα εξαφανισμένα παιδιά',
          paragraphs: [
            'Το **116 000** είναι η ευρωπαϊκή γραμμή για τα εξαφανισμένα παιδιά. Είναι δωρεάν, λειτουργεί όλο το 24ωρο και την εξυπηρετούν οργανώσεις σε 32 χώρες.',
            'Από τους εταίρους του VICTOR, τη γραμμή 116 000 λειτουργούν το Χαμόγελο του Παιδιού στην Ελλάδα, το Ίδρυμα Nadja Center στη Βουλγαρία και η ASTRA στη Σερβία.',
            'Αν ένα παιδί εξαφανιστεί, επικοινωνήστε με την αστυνομία και καλέστε το 116 000 όπου λειτουργεί η υπηρεσία. Σε έκτακτη ανάγκη, καλέστε το 112.',
          ],
        },
      ],
    },
    bg: {
      title: 'SEEC: изчезнали и експлоатирани деца',
      summary: 'Югоизточноевропейският център за изчезнали и експлоатирани деца помага на партньорите във VICTOR да работят заедно и да споделят добри практики.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'За какво служи SEEC',
          paragraphs: [
            'Югоизточноевропейският център за изчезнали и експлоатирани деца (SEEC) се развива като част от дейностите за работа в мрежа на партньорството VICTOR. Той свързва неправителствени организации, публични институции и международни организации, които работят с изчезнали и експлоатирани деца в региона.',
            'Чрез SEEC партньорите **споделят практики** за издирване на изчезнали деца и за идентифициране и защита на деца, жертви на трафик. Така онова, което работи в една държава, може да бъде изпробвано в друга.',
            'Изчезналите деца и децата, жертви на трафик, могат да бъдат премествани през граници, затова никоя държава не може да ги защити сама. SEEC помага на партньорите да поддържат връзка и да действат заедно.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: горещата линия за изчезнали деца',
          paragraphs: [
            '**116 000** е европейската гореща линия за изчезнали деца. Тя е безплатна, работи денонощно и се обслужва от организации в 32 държави.',
            'Сред партньорите във VICTOR линията 116 000 се обслужва в Гърция от The Smile of the Child, в България от Фондация „Център Надя“ и в Сърбия от ASTRA.',
            'Ако дете изчезне, свържете се с полицията и се обадете на 116 000, където услугата е налична. При спешност звънете на 112.',
          ],
        },
      ],
    },
    ro: {
      title: 'SEEC: copii dispăruți și exploatați',
      summary: 'Centrul Sud-Est European pentru Copii Dispăruți și Exploatați ajută partenerii VICTOR să colaboreze și să facă schimb de bune practici în regiune.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'La ce servește SEEC',
          paragraphs: [
            'Centrul Sud-Est European pentru Copii Dispăruți și Exploatați (SEEC) este dezvoltat ca parte a activităților de colaborare în rețea ale parteneriatului VICTOR. Acesta reunește ONG-uri, autorități publice și organizații internaționale care lucrează cu copii dispăruți și exploatați din regiune.',
            'Prin SEEC, partenerii **fac schimb de practici** privind găsirea copiilor dispăruți și identificarea și protejarea copiilor victime ale traficului. Ceea ce funcționează într-o țară poate fi apoi încercat în alta.',
            'Copiii dispăruți sau traficați pot fi duși dincolo de granițe, așa că nicio țară nu îi poate proteja singură. SEEC îi ajută pe parteneri să rămână în contact și să acționeze împreună.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: linia pentru copii dispăruți',
          paragraphs: [
            '**116 000** este linia telefonică europeană pentru copii dispăruți. Este gratuită, funcționează 24 de ore din 24 și este operată de organizații din 32 de țări.',
            'Dintre partenerii VICTOR, linia 116 000 este operată în Grecia de The Smile of the Child, în Bulgaria de Nadja Center Foundation și în Serbia de ASTRA.',
            'Dacă un copil dispare, contactați poliția și sunați la 116 000 acolo unde serviciul este disponibil. În caz de urgență, sunați la 112.',
          ],
        },
      ],
    },
    sl: {
      title: 'SEEC: pogrešani in izkoriščani otroci',
      summary: 'Jugovzhodnoevropski center za pogrešane in izkoriščane otroke partnerjem projekta VICTOR pomaga pri sodelovanju in izmenjavi dobrih praks v regiji.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Čemu je namenjen SEEC',
          paragraphs: [
            'Jugovzhodnoevropski center za pogrešane in izkoriščane otroke (SEEC) nastaja v okviru mreženja partnerstva VICTOR. Povezuje nevladne organizacije, javne organe in mednarodne organizacije, ki delajo s pogrešanimi in izkoriščanimi otroki v regiji.',
            'Prek centra SEEC si partnerji **izmenjujejo prakse** pri iskanju pogrešanih otrok ter pri prepoznavanju in zaščiti otrok, žrtev trgovine z ljudmi. Kar deluje v eni državi, lahko tako preizkusijo v drugi.',
            'Pogrešane otroke in otroke, žrtve trgovine z ljudmi, lahko odpeljejo čez mejo, zato jih nobena država ne more zaščititi sama. SEEC partnerjem pomaga ostati v stiku in ukrepati skupaj.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: številka za pogrešane otroke',
          paragraphs: [
            '**116 000** je evropska številka za pogrešane otroke. Klic je brezplačen, številka deluje 24 ur na dan, upravljajo pa jo organizacije v 32 državah.',
            'Med partnerji projekta VICTOR številko 116 000 upravljajo The Smile of the Child v Grčiji, Nadja Center Foundation v Bolgariji in ASTRA v Srbiji.',
            'Če otrok izgine, se obrnite na policijo in pokličite 116 000, kjer je ta storitev na voljo. V nujnih primerih pokličite 112.',
          ],
        },
      ],
    },
    sr: {
      title: 'SEEC: нестала и експлоатисана деца',
      summary: 'Југоисточноевропски центар за несталу и експлоатисану децу помаже партнерима пројекта VICTOR да сарађују и размењују добре праксе у региону.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Чему служи SEEC',
          paragraphs: [
            'Југоисточноевропски центар за несталу и експлоатисану децу (SEEC) развија се у оквиру активности умрежавања партнерства VICTOR. Он повезује невладине организације, јавне институције и међународне организације које раде са несталом и експлоатисаном децом у региону.',
            'Кроз SEEC партнери **размењују праксе** у проналажењу нестале деце и у идентификацији и заштити деце жртава трговине људима. Оно што функционише у једној земљи може се затим испробати у другој.',
            'Нестала деца и деца жртве трговине људима могу бити одведена преко границе, па ниједна држава не може сама да их заштити. SEEC помаже партнерима да остану у контакту и делују заједно.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: линија за несталу децу',
          paragraphs: [
            '**116 000** је европска линија за несталу децу. Позив је бесплатан, линија ради 24 сата дневно, а воде је организације у 32 земље.',
            'Међу партнерима пројекта VICTOR линију 116 000 воде The Smile of the Child у Грчкој, Nadja Center Foundation у Бугарској и АСТРА у Србији.',
            'Ако дете нестане, обратите се полицији и позовите 116 000 тамо где је ова услуга доступна. У хитним случајевима позовите 112.',
          ],
        },
      ],
    },
    uk: {
      title: 'SEEC: зниклі та експлуатовані діти',
      summary: 'Центр Південно-Східної Європи у справах зниклих і експлуатованих дітей допомагає партнерам VICTOR співпрацювати й обмінюватися досвідом у регіоні.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Для чого потрібен SEEC',
          paragraphs: [
            'Центр Південно-Східної Європи у справах зниклих і експлуатованих дітей (SEEC) розвивається в межах мережевої діяльності партнерства VICTOR. Він об’єднує громадські організації, державні органи та міжнародні організації, що працюють зі зниклими та експлуатованими дітьми в регіоні.',
            'Через SEEC партнери **обмінюються практиками** пошуку зниклих дітей, а також виявлення й захисту дітей, постраждалих від торгівлі людьми. Те, що працює в одній країні, можна випробувати в іншій.',
            'Зниклих дітей і дітей, постраждалих від торгівлі людьми, можуть перевозити через кордони, тож жодна країна не може захистити їх сама. SEEC допомагає партнерам підтримувати зв’язок і діяти разом.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: гаряча лінія щодо зниклих дітей',
          paragraphs: [
            '**116 000** — європейська гаряча лінія щодо зниклих дітей. Вона безкоштовна, працює цілодобово, її обслуговують організації у 32 країнах.',
            'Серед партнерів VICTOR лінію 116 000 обслуговують The Smile of the Child у Греції, Nadja Center Foundation у Болгарії та ASTRA в Сербії.',
            'Якщо дитина зникла, зверніться до поліції та зателефонуйте на 116 000 там, де ця послуга доступна. У надзвичайній ситуації телефонуйте 112.',
          ],
        },
      ],
    },
    ru: {
      title: 'SEEC: пропавшие и эксплуатируемые дети',
      summary: 'Центр Юго-Восточной Европы по делам пропавших и эксплуатируемых детей помогает партнёрам VICTOR сотрудничать и обмениваться опытом в регионе.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Для чего нужен SEEC',
          paragraphs: [
            'Центр Юго-Восточной Европы по делам пропавших и эксплуатируемых детей (SEEC) развивается в рамках сетевой деятельности партнёрства VICTOR. Он объединяет НКО, государственные органы и международные организации, работающие с пропавшими и эксплуатируемыми детьми в регионе.',
            'Через SEEC партнёры **обмениваются практиками** поиска пропавших детей, а также выявления и защиты детей, пострадавших от торговли людьми. То, что работает в одной стране, можно затем опробовать в другой.',
            'Пропавших детей и детей, пострадавших от торговли людьми, могут перевозить через границы, поэтому ни одна страна не может защитить их в одиночку. SEEC помогает партнёрам поддерживать связь и действовать сообща.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: горячая линия по пропавшим детям',
          paragraphs: [
            '**116 000** — европейская горячая линия по пропавшим детям. Звонок бесплатный, линия работает круглосуточно, её обслуживают организации в 32 странах.',
            'Среди партнёров VICTOR линию 116 000 обслуживают The Smile of the Child в Греции, Nadja Center Foundation в Болгарии и ASTRA в Сербии.',
            'Если ребёнок пропал, обратитесь в полицию и позвоните на 116 000 там, где эта услуга доступна. В экстренной ситуации звоните 112.',
          ],
        },
      ],
    },
    hu: {
      title: 'SEEC: eltűnt és kizsákmányolt gyermekek',
      summary: 'A Délkelet-európai Központ az Eltűnt és Kizsákmányolt Gyermekekért segíti a VICTOR partnereit az együttműködésben és a jó gyakorlatok megosztásában.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Mire szolgál a SEEC?',
          paragraphs: [
            'A Délkelet-európai Központ az Eltűnt és Kizsákmányolt Gyermekekért (SEEC) a VICTOR partnerség hálózatépítő tevékenységének részeként jön létre. Összeköti a régióban az eltűnt és kizsákmányolt gyermekekkel foglalkozó civil szervezeteket, állami hatóságokat és nemzetközi szervezeteket.',
            'A SEEC-en keresztül a partnerek **megosztják gyakorlataikat** az eltűnt gyermekek felkutatásáról, valamint az emberkereskedelem gyermekáldozatainak azonosításáról és védelméről. Ami az egyik országban beválik, azt így egy másikban is ki lehet próbálni.',
            'Az eltűnt és az emberkereskedelem áldozatává vált gyermekeket határokon át is elvihetik, ezért egyetlen ország sem tudja egyedül megvédeni őket. A SEEC segít a partnereknek kapcsolatban maradni és közösen fellépni.',
          ],
        },
        {
          blockType: 'richText',
          heading: '116 000: az eltűnt gyermekek forródrótja',
          paragraphs: [
            'A **116 000** az eltűnt gyermekek európai forródrótja. Ingyenesen hívható, éjjel-nappal elérhető, és 32 ország szervezetei működtetik.',
            'A VICTOR partnerei közül a 116 000-es vonalat Görögországban a The Smile of the Child, Bulgáriában a Nadja Center Foundation, Szerbiában pedig az ASTRA működteti.',
            'Ha egy gyermek eltűnik, forduljon a rendőrséghez, és hívja a 116 000-es számot ott, ahol a szolgáltatás elérhető. Vészhelyzetben hívja a 112-t.',
          ],
        },
      ],
    },
  },
}

export const hubPages: SeedPage[] = [hubHome, hubSeec]

// ---------------------------------------------------------------------------------------------
// News
// ---------------------------------------------------------------------------------------------

export const hubNews: SeedNews[] = [
  {
    slug: 'partnership-kick-off-meeting',
    date: '2026-01-20',
    content: {
      en: {
        title: 'VICTOR partners hold their kick-off meeting',
        summary: 'NGOs, public authorities and international organisations met to launch VICTOR, a 21-month partnership against child trafficking in South-East Europe.',
        paragraphs: [
          'The partners of VICTOR met for the project’s kick-off meeting, bringing together NGOs, public authorities and international organisations from across South-East Europe.',
          'They went through the work plan for the 21 months ahead: trainings for professionals, pilot information desks on child trafficking in four countries, workshops, and awareness campaigns in countries of origin and destination.',
          'The partners also discussed how the South-East European Centre for Missing and Exploited Children (SEEC) will help them share practice and stay in contact across borders.',
        ],
      },
      el: {
        title: 'Εναρκτήρια συνάντηση των εταίρων του VICTOR',
        summary: 'ΜΚΟ, δημόσιες αρχές και διεθνείς οργανισμοί συναντήθηκαν για να ξεκινήσουν το VICTOR, μια 21μηνη σύμπραξη κατά της εμπορίας παιδιών.',
        paragraphs: [
          'Οι εταίροι του VICTOR συναντήθηκαν στην εναρκτήρια συνάντηση του έργου, που έφερε κοντά ΜΚΟ, δημόσιες αρχές και διεθνείς οργανισμούς από όλη τη Νοτιοανατολική Ευρώπη.',
          'Εξέτασαν το πρόγραμμα εργασιών για τους 21 μήνες που ακολουθούν: εκπαιδεύσεις επαγγελματιών, πιλοτικά γραφεία πληροφόρησης για την εμπορία παιδιών σε τέσσερις χώρες, εργαστήρια και εκστρατείες ευαισθητοποίησης σε χώρες προέλευσης και προορισμού.',
          'Οι εταίροι συζήτησαν επίσης πώς το Κέντρο Νοτιοανατολικής Ευρώπης για τα Εξαφανισμένα και Κακοποιημένα Παιδιά (SEEC) θα τους βοηθήσει να ανταλλάσσουν πρακτικές και να μένουν σε επαφή πέρα από τα σύνορα.',
        ],
      },
    },
  },
  {
    slug: 'first-training-law-enforcement',
    date: '2026-05-12',
    content: {
      en: {
        title: 'First VICTOR training for law-enforcement officers',
        summary: 'The first VICTOR training helped law-enforcement officers recognise possible child victims of trafficking and refer them to protection.',
        paragraphs: [
          'VICTOR held its first training for law-enforcement officers, who are often among the first professionals to come into contact with child victims of trafficking.',
          'The training covered how to recognise possible child victims, how to talk with a child in a way that suits their age, and how to refer children to protection and support services.',
          'Further trainings are planned for health care workers, the judiciary, labour inspectors and NGO staff.',
        ],
      },
      el: {
        title: 'Πρώτη εκπαίδευση του VICTOR για στελέχη επιβολής του νόμου',
        summary: 'Η πρώτη εκπαίδευση του VICTOR βοήθησε στελέχη επιβολής του νόμου να αναγνωρίζουν πιθανά παιδιά-θύματα εμπορίας και να τα παραπέμπουν για προστασία.',
        paragraphs: [
          'Το VICTOR πραγματοποίησε την πρώτη του εκπαίδευση για στελέχη των αρχών επιβολής του νόμου, που συχνά είναι από τους πρώτους επαγγελματίες που έρχονται σε επαφή με παιδιά-θύματα εμπορίας.',
          'Η εκπαίδευση κάλυψε την αναγνώριση πιθανών παιδιών-θυμάτων, την επικοινωνία με ένα παιδί με τρόπο κατάλληλο για την ηλικία του και την παραπομπή των παιδιών σε υπηρεσίες προστασίας και υποστήριξης.',
          'Προγραμματίζονται ακόμη εκπαιδεύσεις για επαγγελματίες υγείας, δικαστικούς λειτουργούς, επιθεωρητές εργασίας και στελέχη ΜΚΟ.',
        ],
      },
    },
  },
]
