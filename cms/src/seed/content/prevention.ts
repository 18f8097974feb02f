/**
 * Prevention content: the "Too good to be true?" campaign for children and young people (about
 * 12 to 18) in countries of origin. Plain, warm, skills-based: how to check a job offer, how
 * "lover boy" grooming looks, how to travel safely, who to call.
 *
 * Rules kept here:
 * - English is written first; every other locale carries the same blocks in the same order.
 * - Shared message pages never name a country's own number (each site shows its helplines next
 *   to the content); they only mention 116 000, 116 111 and 112.
 * - Home pages name only the numbers listed for that country in shared/reference/helplines.md.
 * - In Arabic, the groups of a number are joined by a no-break space (U+00A0) so that right-to-left
 *   text never shows "116 000" as "000 116".
 */
import type { SeedBlock, SeedCampaign, SeedPage, SeedPageLocale, SiteId } from './types'

const preventionSites: SiteId[] = ['gr-prevention', 'bg-prevention', 'ro-prevention', 'md-prevention', 'ua-prevention', 'rs-prevention']

const campaignSlug = 'too-good-to-be-true'

export const preventionCampaign: SeedCampaign = {
  slug: campaignSlug,
  audience: 'prevention',
  sites: preventionSites,
  start: '2026-09-01',
  end: '2027-05-31',
  content: {
    en: {
      title: 'Too good to be true?',
      summary: 'Short, practical tips for young people: how to check a job offer, spot manipulation, travel safely and know who to call.',
    },
    el: {
      title: 'Πολύ καλό για να είναι αληθινό;',
      summary: 'Σύντομες, πρακτικές συμβουλές για νέους: πώς να ελέγχεις μια προσφορά δουλειάς, να ταξιδεύεις με ασφάλεια και να ξέρεις ποιον να καλέσεις.',
    },
    ar: {
      title: 'أجمل من أن يكون حقيقيًا؟',
      summary: 'نصائح قصيرة وعملية للشباب: كيف تتحقق من عرض عمل، وتنتبه للاستغلال، وتسافر بأمان، وتعرف بمن تتصل.',
    },
    bg: {
      title: 'Твърде хубаво, за да е истина?',
      summary: 'Кратки практични съвети за млади хора: как да провериш оферта за работа, да разпознаеш манипулация, да пътуваш безопасно и на кого да се обадиш.',
    },
    ro: {
      title: 'Prea frumos ca să fie adevărat?',
      summary: 'Sfaturi scurte și practice pentru tineri: cum verifici o ofertă de muncă, cum recunoști manipularea, cum călătorești în siguranță și pe cine suni.',
    },
    ru: {
      title: 'Слишком хорошо, чтобы быть правдой?',
      summary: 'Короткие практичные советы для молодёжи: как проверить предложение о работе, распознать манипуляцию, безопасно путешествовать и куда звонить.',
    },
    uk: {
      title: 'Занадто добре, щоб бути правдою?',
      summary: 'Короткі практичні поради для молоді: як перевірити пропозицію роботи, розпізнати маніпуляцію, безпечно подорожувати і куди телефонувати.',
    },
    sr: {
      title: 'Превише добро да би било истинито?',
      summary: 'Кратки практични савети за младе: како да провериш понуду за посао, препознаш манипулацију, путујеш безбедно и знаш кога да позовеш.',
    },
  },
}

/* -------------------------------------------------------------------------------------------- */
/* 1. Fake job offers                                                                            */
/* -------------------------------------------------------------------------------------------- */

const fakeJobOffers: SeedPage = {
  slug: 'fake-job-offers',
  role: 'message',
  sites: preventionSites,
  campaign: campaignSlug,
  content: {
    en: {
      title: 'Job offer abroad? Check it first',
      summary: 'A job, modelling or au-pair offer abroad can sound perfect. Here is how to check it before you say yes.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'When an offer sounds perfect',
          paragraphs: [
            'A message arrives: a job abroad, good pay, travel paid, no experience needed. It may come from a stranger online, an agency or even someone you know.',
            'Many offers are real. Some are a trick to take young people far from home, where they are made to work for nothing or to do things they do not want to do.',
            "You don't have to guess. **You can check any offer** before you say yes, and an adult you trust can check it with you.",
            '**Never give your passport or ID card to anyone**: not to an employer, an agent or a new friend. Your documents belong to you.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Signs that an offer may be fake',
          intro: 'One sign alone proves nothing. If you see two or more, stop and check.',
          signs: [
            'The pay is much higher than usual, and no skills or experience are needed.',
            "There is no written contract, or you can't read it in your own language.",
            'They rush you: “Only today”, “Just one place left”.',
            'They ask you to keep the offer secret from your family.',
            'They pay for your ticket and papers, and you will “pay it back later” from your wages.',
            'They want to keep your passport or ID card “so it stays safe”.',
            "You can't find the company, its address or a real phone number anywhere.",
            'For a modelling or au-pair job, they ask you for revealing photos.',
          ],
        },
        {
          blockType: 'quiz',
          question: "An agency offers you a job abroad. They want to keep your passport “so it doesn't get lost”. What do you do?",
          options: [
            { text: 'Give it to them. They know how these things work.', correct: false },
            {
              text: 'Keep your passport, and first talk to someone you trust or call a helpline.',
              correct: true,
            },
            { text: 'Give it to them, but ask for a photo of it in return.', correct: false },
          ],
          explanation:
            'Nobody has the right to keep your passport or ID card, not even an employer. If someone asks for it, that is a serious warning sign. Keep your documents with you and ask for help.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'Not sure about an offer? Ask before you go',
          text: "You can talk any offer through with a helpline, even if you are only a little unsure. Your country's helplines are on this page. 116 000 and 116 111 are free numbers in many European countries. In an emergency, call 112.",
        },
      ],
    },
    el: {
      title: 'Προσφορά δουλειάς στο εξωτερικό; Έλεγξέ την',
      summary: 'Μια προσφορά για δουλειά, για μοντέλο ή για au pair στο εξωτερικό μπορεί να ακούγεται τέλεια. Δες πώς να την ελέγξεις πριν πεις «ναι».',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Όταν μια προσφορά ακούγεται τέλεια',
          paragraphs: [
            'Σου έρχεται ένα μήνυμα: δουλειά στο εξωτερικό, καλά λεφτά, πληρωμένο ταξίδι, χωρίς εμπειρία. Μπορεί να είναι από έναν άγνωστο στο ίντερνετ, από ένα γραφείο ή ακόμη και από κάποιον που ξέρεις.',
            'Πολλές προσφορές είναι αληθινές. Κάποιες όμως είναι παγίδα για να πάνε νέους ανθρώπους μακριά από το σπίτι τους, όπου τους βάζουν να δουλεύουν χωρίς πληρωμή ή να κάνουν πράγματα που δεν θέλουν.',
            'Δεν χρειάζεται να μαντέψεις. **Μπορείς να ελέγξεις κάθε προσφορά** πριν πεις «ναι», και ένας ενήλικας που εμπιστεύεσαι μπορεί να την ελέγξει μαζί σου.',
            '**Μη δώσεις ποτέ το διαβατήριο ή την ταυτότητά σου σε κανέναν**: ούτε σε εργοδότη, ούτε σε μεσάζοντα, ούτε σε έναν καινούργιο φίλο. Τα έγγραφά σου ανήκουν σε σένα.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Σημάδια ότι μια προσφορά μπορεί να είναι ψεύτικη',
          intro: 'Ένα σημάδι μόνο του δεν αποδεικνύει τίποτα. Αν δεις δύο ή περισσότερα, σταμάτα και έλεγξε.',
          signs: [
            'Ο μισθός είναι πολύ υψηλότερος από το συνηθισμένο και δεν χρειάζονται γνώσεις ή εμπειρία.',
            'Δεν υπάρχει γραπτό συμβόλαιο ή δεν μπορείς να το διαβάσεις στη γλώσσα σου.',
            'Σε πιέζουν να αποφασίσεις γρήγορα: «Μόνο σήμερα», «Έμεινε μόνο μία θέση».',
            'Σου ζητούν να κρατήσεις την προσφορά μυστική από την οικογένειά σου.',
            'Πληρώνουν εκείνοι το εισιτήριο και τα χαρτιά σου και θα τα «ξεπληρώσεις αργότερα» από τον μισθό σου.',
            'Θέλουν να κρατήσουν το διαβατήριο ή την ταυτότητά σου «για να είναι ασφαλή».',
            'Δεν βρίσκεις πουθενά την εταιρεία, τη διεύθυνσή της ή ένα πραγματικό τηλέφωνο.',
            'Για δουλειά μοντέλου ή au pair σού ζητούν αποκαλυπτικές φωτογραφίες.',
          ],
        },
        {
          blockType: 'quiz',
          question: 'Ένα γραφείο σού προτείνει δουλειά στο εξωτερικό. Θέλει να κρατήσει το διαβατήριό σου «για να μη χαθεί». Τι κάνεις;',
          options: [
            { text: 'Το δίνεις. Ξέρουν πώς γίνονται αυτά.', correct: false },
            {
              text: 'Κρατάς το διαβατήριό σου και πρώτα μιλάς με κάποιον που εμπιστεύεσαι ή καλείς μια γραμμή βοήθειας.',
              correct: true,
            },
            { text: 'Το δίνεις, αλλά ζητάς σε αντάλλαγμα μια φωτογραφία του.', correct: false },
          ],
          explanation:
            'Κανείς δεν έχει δικαίωμα να κρατά το διαβατήριο ή την ταυτότητά σου, ούτε καν ο εργοδότης σου. Αν κάποιος σου το ζητήσει, αυτό είναι σοβαρό προειδοποιητικό σημάδι. Κράτα τα έγγραφά σου μαζί σου και ζήτα βοήθεια.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'Έχεις αμφιβολίες για μια προσφορά; Ρώτα πριν φύγεις',
          text: 'Μπορείς να συζητήσεις κάθε προσφορά με μια γραμμή βοήθειας, ακόμη κι αν έχεις μόνο μια μικρή αμφιβολία. Οι γραμμές βοήθειας της χώρας σου είναι σε αυτή τη σελίδα. Τα 116 000 και 116 111 είναι δωρεάν αριθμοί σε πολλές ευρωπαϊκές χώρες. Σε έκτακτη ανάγκη, κάλεσε το 112.',
        },
      ],
    },
    ar: {
      title: 'عرض عمل في الخارج؟ تحقّق منه أولًا',
      summary: 'قد تبدو فرصة عمل في الخارج، في عرض الأزياء أو رعاية الأطفال لدى عائلة، مثاليةً. إليك كيف تتحقق منها قبل أن توافق.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'عندما يبدو العرض مثاليًا',
          paragraphs: [
            'تصلك رسالة: عمل في الخارج، وراتب جيد، وسفر مدفوع، ولا حاجة إلى خبرة. قد تأتي من شخص غريب على الإنترنت، أو من وكالة، أو حتى من شخص تعرفه.',
            'كثير من العروض حقيقية. لكن بعضها خدعة لأخذ الشباب بعيدًا عن بيوتهم، حيث يُجبَرون على العمل بلا أجر أو على فعل أشياء لا يريدونها.',
            'لا داعي لأن تخمّن. **يمكنك التحقق من أي عرض** قبل أن توافق، ويمكن لشخص بالغ تثق به أن يتحقق منه معك.',
            '**لا تعطِ جواز سفرك أو بطاقة هويتك لأي أحد أبدًا**: لا لصاحب عمل ولا لوسيط ولا لصديق جديد. وثائقك ملكٌ لك.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'علامات على أن العرض قد يكون مزيّفًا',
          intro: 'علامة واحدة وحدها لا تثبت شيئًا. إذا رأيت علامتين أو أكثر، توقّف وتحقّق.',
          signs: [
            'الراتب أعلى بكثير من المعتاد، ولا يحتاج العمل إلى مهارات أو خبرة.',
            'لا يوجد عقد مكتوب، أو لا يمكنك قراءته بلغتك.',
            'يستعجلونك: «اليوم فقط»، «بقي مكان واحد فقط».',
            'يطلبون منك أن تُخفي العرض عن عائلتك.',
            'يدفعون ثمن تذكرتك وأوراقك، على أن «تردّ المبلغ لاحقًا» من راتبك.',
            'يريدون الاحتفاظ بجواز سفرك أو بطاقة هويتك «كي تبقى في أمان».',
            'لا تجد الشركة أو عنوانها أو رقم هاتف حقيقيًا لها في أي مكان.',
            'في عمل عرض الأزياء أو رعاية الأطفال، يطلبون منك صورًا كاشفة.',
          ],
        },
        {
          blockType: 'quiz',
          question: 'وكالة تعرض عليك عملًا في الخارج، وتريد الاحتفاظ بجواز سفرك «حتى لا يضيع». ماذا تفعل؟',
          options: [
            { text: 'أعطِهم إياه، فهم يعرفون كيف تجري هذه الأمور.', correct: false },
            {
              text: 'احتفظ بجواز سفرك، وتحدّث أولًا مع شخص تثق به أو اتصل بخط مساعدة.',
              correct: true,
            },
            { text: 'أعطِهم إياه، لكن اطلب صورة منه في المقابل.', correct: false },
          ],
          explanation: 'لا يحق لأحد أن يحتفظ بجواز سفرك أو بطاقة هويتك، ولا حتى صاحب العمل. إذا طلبها أحد منك، فهذه علامة تحذير خطيرة. أبقِ وثائقك معك واطلب المساعدة.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'غير متأكد من عرض ما؟ اسأل قبل أن تسافر',
          text: 'يمكنك أن تناقش أي عرض مع خط مساعدة، حتى لو كان لديك شك بسيط. خطوط المساعدة في بلدك موجودة في هذه الصفحة. الرقمان 116\u00a0000 و116\u00a0111 مجانيان في كثير من الدول الأوروبية. في حالة الطوارئ، اتصل بالرقم 112.',
        },
      ],
    },
    bg: {
      title: 'Оферта за работа в чужбина? Първо я провери',
      summary: 'Оферта за работа, за модел или за au pair в чужбина може да звучи идеално. Ето как да я провериш, преди да кажеш „да“.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Когато една оферта звучи идеално',
          paragraphs: [
            'Получаваш съобщение: работа в чужбина, добро заплащане, платен път, не е нужен опит. Може да е от непознат в интернет, от агенция или дори от човек, когото познаваш.',
            'Много оферти са истински. Някои обаче са капан, за да отведат млади хора далеч от дома, където ги карат да работят без пари или да правят неща, които не искат.',
            'Не е нужно да гадаеш. **Можеш да провериш всяка оферта**, преди да кажеш „да“, а възрастен, на когото имаш доверие, може да я провери заедно с теб.',
            '**Никога не давай паспорта или личната си карта на никого**: нито на работодател, нито на посредник, нито на нов приятел. Документите ти са твои.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Признаци, че офертата може да е фалшива',
          intro: 'Един признак сам по себе си не доказва нищо. Ако видиш два или повече, спри и провери.',
          signs: [
            'Заплащането е много по-високо от обичайното и не се искат умения или опит.',
            'Няма писмен договор или не можеш да го прочетеш на своя език.',
            'Карат те да решиш бързо: „Само днес“, „Остава само едно място“.',
            'Молят те да пазиш офертата в тайна от семейството си.',
            'Те плащат билета и документите ти, а ти ще им ги „върнеш по-късно“ от заплатата си.',
            'Искат да задържат паспорта или личната ти карта, „за да са на сигурно място“.',
            'Никъде не можеш да намериш фирмата, адреса ѝ или истински телефонен номер.',
            'За работа като модел или au pair искат от теб разголени снимки.',
          ],
        },
        {
          blockType: 'quiz',
          question: 'Агенция ти предлага работа в чужбина. Искат да задържат паспорта ти, „за да не се изгуби“. Какво правиш?',
          options: [
            { text: 'Даваш им го. Те знаят как стават тези неща.', correct: false },
            {
              text: 'Задържаш паспорта си и първо говориш с човек, на когото имаш доверие, или се обаждаш на линия за помощ.',
              correct: true,
            },
            { text: 'Даваш им го, но искаш в замяна снимка на паспорта.', correct: false },
          ],
          explanation:
            'Никой няма право да задържа паспорта или личната ти карта, дори работодателят. Ако някой ги поиска, това е сериозен предупредителен знак. Пази документите си у себе си и потърси помощ.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'Имаш съмнения за оферта? Попитай, преди да заминеш',
          text: 'Можеш да обсъдиш всяка оферта с телефонна линия за помощ, дори ако имаш съвсем малко съмнение. Линиите за помощ в твоята страна са на тази страница. 116 000 и 116 111 са безплатни номера в много европейски страни. При спешен случай звънни на 112.',
        },
      ],
    },
    ro: {
      title: 'Ofertă de muncă în străinătate? Verific-o întâi',
      summary: 'O ofertă de muncă, de modeling sau de au pair în străinătate poate suna perfect. Iată cum o verifici înainte să spui „da”.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Când o ofertă sună perfect',
          paragraphs: [
            'Primești un mesaj: un job în străinătate, bani buni, drum plătit, fără experiență. Poate veni de la un necunoscut de pe internet, de la o agenție sau chiar de la cineva pe care îl cunoști.',
            'Multe oferte sunt reale. Unele însă sunt o capcană ca să ducă tinerii departe de casă, unde sunt puși să muncească fără bani sau să facă lucruri pe care nu le vor.',
            'Nu trebuie să ghicești. **Poți verifica orice ofertă** înainte să spui „da”, iar un adult în care ai încredere o poate verifica împreună cu tine.',
            '**Nu da nimănui pașaportul sau actul de identitate**: nici unui angajator, nici unui intermediar, nici unui prieten nou. Actele tale îți aparțin.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Semne că o ofertă poate fi falsă',
          intro: 'Un singur semn nu dovedește nimic. Dacă vezi două sau mai multe, oprește-te și verifică.',
          signs: [
            'Salariul este mult mai mare decât de obicei și nu ți se cer abilități sau experiență.',
            'Nu există un contract scris sau nu îl poți citi în limba ta.',
            'Te grăbesc să te hotărăști: „Doar azi”, „A mai rămas un singur loc”.',
            'Îți cer să ții oferta secretă față de familie.',
            'Îți plătesc ei biletul și actele, iar tu „le dai banii înapoi mai târziu” din salariu.',
            'Vor să îți păstreze pașaportul sau actul de identitate, „ca să fie în siguranță”.',
            'Nu găsești nicăieri firma, adresa ei sau un număr de telefon real.',
            'Pentru un job de model sau de au pair, îți cer fotografii provocatoare.',
          ],
        },
        {
          blockType: 'quiz',
          question: 'O agenție îți oferă un job în străinătate. Vor să îți păstreze pașaportul, „ca să nu se piardă”. Ce faci?',
          options: [
            { text: 'Li-l dai. Ei știu cum merg lucrurile astea.', correct: false },
            {
              text: 'Îți păstrezi pașaportul și mai întâi vorbești cu cineva în care ai încredere sau suni la o linie de ajutor.',
              correct: true,
            },
            { text: 'Li-l dai, dar le ceri în schimb o poză cu el.', correct: false },
          ],
          explanation:
            'Nimeni nu are dreptul să îți păstreze pașaportul sau actul de identitate, nici măcar angajatorul. Dacă cineva ți le cere, acesta e un semn serios de avertizare. Ține-ți actele la tine și cere ajutor.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'Ai îndoieli despre o ofertă? Întreabă înainte să pleci',
          text: 'Poți discuta orice ofertă cu o linie de ajutor, chiar dacă ai doar o mică îndoială. Liniile de ajutor din țara ta sunt pe această pagină. 116 000 și 116 111 sunt numere gratuite în multe țări europene. În caz de urgență, sună la 112.',
        },
      ],
    },
    ru: {
      title: 'Работа за границей? Сначала проверь',
      summary: 'Работа за границей, в том числе моделью или au pair, может звучать идеально. Вот как её проверить, прежде чем сказать «да».',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Когда предложение звучит идеально',
          paragraphs: [
            'Тебе приходит сообщение: работа за границей, хорошая зарплата, дорога оплачена, опыт не нужен. Оно может быть от незнакомца в интернете, от агентства или даже от знакомого человека.',
            'Многие предложения настоящие. Но некоторые — ловушка, чтобы увезти молодых людей далеко от дома, где их заставляют работать бесплатно или делать то, чего они не хотят.',
            'Не нужно гадать. **Любое предложение можно проверить**, прежде чем сказать «да», и взрослый, которому ты доверяешь, может проверить его вместе с тобой.',
            '**Никогда никому не отдавай свой паспорт или удостоверение личности**: ни работодателю, ни посреднику, ни новому другу. Твои документы принадлежат тебе.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Признаки того, что предложение может быть фальшивым',
          intro: 'Один признак сам по себе ничего не доказывает. Если видишь два или больше — остановись и проверь.',
          signs: [
            'Зарплата намного выше обычной, а навыки и опыт не нужны.',
            'Нет письменного договора, или ты не можешь прочитать его на своём языке.',
            'Тебя торопят: «Только сегодня», «Осталось всего одно место».',
            'Тебя просят держать предложение в секрете от семьи.',
            'Они оплачивают билет и документы, а ты «вернёшь потом» из зарплаты.',
            'Они хотят оставить у себя твой паспорт или удостоверение личности, «чтобы были в сохранности».',
            'Ты нигде не можешь найти компанию, её адрес или настоящий номер телефона.',
            'Для работы моделью или au pair у тебя просят откровенные фото.',
          ],
        },
        {
          blockType: 'quiz',
          question: 'Агентство предлагает тебе работу за границей. Там хотят оставить у себя твой паспорт, «чтобы он не потерялся». Что ты сделаешь?',
          options: [
            { text: 'Отдать: они ведь знают, как это делается.', correct: false },
            {
              text: 'Оставить паспорт у себя и сначала поговорить с тем, кому доверяешь, или позвонить на горячую линию.',
              correct: true,
            },
            { text: 'Отдать, но попросить взамен фото паспорта.', correct: false },
          ],
          explanation:
            'Никто не имеет права забирать твой паспорт или удостоверение личности, даже работодатель. Если кто-то об этом просит, это серьёзный тревожный знак. Держи документы при себе и обратись за помощью.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'Сомневаешься в предложении? Спроси, прежде чем ехать',
          text: 'Любое предложение можно обсудить с горячей линией, даже если сомнение совсем небольшое. Горячие линии твоей страны указаны на этой странице. 116 000 и 116 111 — бесплатные номера во многих европейских странах. В экстренной ситуации звони 112.',
        },
      ],
    },
    uk: {
      title: 'Робота за кордоном? Спершу перевір',
      summary: 'Робота за кордоном, зокрема моделлю чи au pair, може звучати ідеально. Ось як її перевірити, перш ніж сказати «так».',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Коли пропозиція звучить ідеально',
          paragraphs: [
            'Тобі приходить повідомлення: робота за кордоном, хороша зарплата, дорогу оплачено, досвід не потрібен. Воно може бути від незнайомця в інтернеті, від агенції або навіть від когось, кого ти знаєш.',
            'Багато пропозицій справжні. Але деякі — пастка, щоб вивезти молодих людей далеко від дому, де їх змушують працювати без оплати або робити те, чого вони не хочуть.',
            'Не треба вгадувати. **Будь-яку пропозицію можна перевірити**, перш ніж сказати «так», і дорослий, якому ти довіряєш, може перевірити її разом із тобою.',
            '**Ніколи нікому не віддавай свій паспорт чи посвідчення особи**: ні роботодавцю, ні посереднику, ні новому другові. Твої документи належать тобі.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Ознаки того, що пропозиція може бути фальшивою',
          intro: 'Одна ознака сама по собі нічого не доводить. Якщо бачиш дві або більше — зупинись і перевір.',
          signs: [
            'Зарплата набагато вища, ніж зазвичай, а навички чи досвід не потрібні.',
            'Немає письмового договору, або ти не можеш прочитати його своєю мовою.',
            'Тебе кваплять: «Тільки сьогодні», «Залишилося лише одне місце».',
            'Тебе просять тримати пропозицію в таємниці від родини.',
            'Вони оплачують квиток і документи, а ти «віддаси потім» із зарплати.',
            'Вони хочуть залишити в себе твій паспорт чи посвідчення особи, «щоб були в безпеці».',
            'Ти ніде не можеш знайти компанію, її адресу чи справжній номер телефону.',
            'Для роботи моделлю чи au pair у тебе просять відверті фото.',
          ],
        },
        {
          blockType: 'quiz',
          question: 'Агенція пропонує тобі роботу за кордоном. Там хочуть залишити в себе твій паспорт, «щоб не загубився». Що ти зробиш?',
          options: [
            { text: 'Віддати: вони ж знають, як це робиться.', correct: false },
            {
              text: 'Залишити паспорт у себе і спершу поговорити з тим, кому довіряєш, або зателефонувати на гарячу лінію.',
              correct: true,
            },
            { text: 'Віддати, але попросити натомість фото паспорта.', correct: false },
          ],
          explanation:
            'Ніхто не має права забирати твій паспорт чи посвідчення особи, навіть роботодавець. Якщо хтось про це просить, це серйозний тривожний знак. Тримай документи при собі та звернися по допомогу.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'Сумніваєшся щодо пропозиції? Запитай, перш ніж їхати',
          text: 'Будь-яку пропозицію можна обговорити з гарячою лінією, навіть якщо сумнів зовсім маленький. Гарячі лінії твоєї країни вказано на цій сторінці. 116 000 і 116 111 — безкоштовні номери в багатьох європейських країнах. У надзвичайній ситуації телефонуй 112.',
        },
      ],
    },
    sr: {
      title: 'Понуда за посао у иностранству? Прво провери',
      summary: 'Посао у иностранству, и као модел или ау-пер, може да звучи савршено. Ево како да га провериш пре него што кажеш „да“.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Када понуда звучи савршено',
          paragraphs: [
            'Стиже ти порука: посао у иностранству, добра плата, плаћен пут, искуство није потребно. Може да стигне од непознате особе на интернету, од агенције или чак од некога кога познајеш.',
            'Многе понуде су праве. Неке су, ипак, замка да се млади одведу далеко од куће, где их терају да раде без плате или да раде ствари које не желе.',
            'Не мораш да погађаш. **Сваку понуду можеш да провериш** пре него што кажеш „да“, а одрасла особа којој верујеш може да је провери са тобом.',
            '**Никада никоме не дај свој пасош или личну карту**: ни послодавцу, ни посреднику, ни новом пријатељу. Твоја документа припадају само теби.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Знаци да понуда може бити лажна',
          intro: 'Један знак сам по себи ништа не доказује. Ако видиш два или више, стани и провери.',
          signs: [
            'Плата је много већа него обично, а не траже се вештине ни искуство.',
            'Нема писаног уговора или не можеш да га прочиташ на свом језику.',
            'Пожурују те да одлучиш: „Само данас“, „Остало је још само једно место“.',
            'Траже да понуду кријеш од породице.',
            'Они плаћају карту и папире, а ти ћеш им то „вратити касније“ од плате.',
            'Желе да задрже твој пасош или личну карту, „да би били на сигурном“.',
            'Нигде не можеш да нађеш фирму, њену адресу или прави број телефона.',
            'За посао модела или ау-пер траже ти провокативне фотографије.',
          ],
        },
        {
          blockType: 'quiz',
          question: 'Агенција ти нуди посао у иностранству. Желе да задрже твој пасош „да се не би изгубио“. Шта радиш?',
          options: [
            { text: 'Даш им га. Они знају како то иде.', correct: false },
            {
              text: 'Задржиш пасош код себе и прво разговараш са неким коме верујеш или позовеш линију за помоћ.',
              correct: true,
            },
            { text: 'Даш им га, али тражиш заузврат фотографију пасоша.', correct: false },
          ],
          explanation: 'Нико нема право да задржи твој пасош или личну карту, чак ни послодавац. Ако неко то тражи, то је озбиљан знак упозорења. Чувај документа код себе и потражи помоћ.',
        },
        {
          blockType: 'helplineCallout',
          heading: 'Сумњаш у неку понуду? Питај пре него што одеш',
          text: 'О свакој понуди можеш да разговараш са линијом за помоћ, чак и ако сумњаш само мало. Линије за помоћ у твојој земљи налазе се на овој страници. 116 000 и 116 111 су бесплатни бројеви у многим европским земљама. У хитном случају позови 112.',
        },
      ],
    },
  },
}

/* -------------------------------------------------------------------------------------------- */
/* 2. "Lover boy" grooming                                                                       */
/* -------------------------------------------------------------------------------------------- */

const loverBoy: SeedPage = {
  slug: 'lover-boy',
  role: 'message',
  sites: preventionSites,
  campaign: campaignSlug,
  content: {
    en: {
      title: 'When love is a trap: the “lover boy” trick',
      summary: 'Gifts and attention, then a “small favour”. How to notice when someone uses love to pull you into danger.',
      blocks: [
        {
          blockType: 'story',
          title: "Ana's story",
          paragraphs: [
            'Ana was 15 when she met Alex online. He was older, funny and kind. He said she was special and that nobody understood her like he did.',
            'Soon the gifts came: a new phone, clothes, trips to the café. Alex said her friends were just jealous and that their love had to stay a secret.',
            'After a few weeks, Alex said he owed money and was in trouble. He asked Ana to go abroad with him for a while, “just to help out”, and first to send photos of herself to “a friend”.',
            'Something felt wrong, so Ana told her older cousin and together they called a helpline. Ana did not go. It hurt, but she was safe, and none of it was her fault.',
          ],
          note: 'This story is made up from real situations. Names are changed.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'Myth or fact?',
          items: [
            {
              statement: 'People who trick young people are always strangers.',
              verdict: 'myth',
              explanation: 'Often it is someone you know and trust: a boyfriend or girlfriend, an online friend, even a relative or a neighbour.',
            },
            {
              statement: 'If someone gives you expensive gifts, you owe them something.',
              verdict: 'myth',
              explanation: 'A gift is a gift. Someone who later says you must “pay it back” is using the gift to control you.',
            },
            {
              statement: 'Someone who really cares about you accepts your “no”.',
              verdict: 'fact',
              explanation: "Real love does not push you to keep secrets, pull away from your family or do things you don't want to do.",
            },
            {
              statement: 'If photos have already been sent or a trip has been agreed, it is too late to ask for help.',
              verdict: 'myth',
              explanation: 'It is never too late, and it is not your fault. Helplines are there to help you, not to judge you.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'Trust the feeling that something is wrong',
          paragraphs: [
            'This kind of manipulation often goes step by step: lots of attention and gifts, then pulling you away from friends and family, then a request that feels impossible to refuse.',
            'Watch out if someone asks you to keep the relationship secret, gets angry when you say no, asks for private photos, or wants you to travel or to “help out” with a debt.',
            '**You have the right to say no**, to change your mind and to talk to someone. A person who loves you will never make you choose between the relationship and your safety.',
            'If a friend tells you about something like this, listen without judging. Help them find an adult they trust or a helpline.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Want to talk to someone?',
          text: "A helpline will listen and help you think it through, even if you are not sure anything is wrong. Your country's helplines are on this page. 116 111 is the child helpline number in many European countries. In an emergency, call 112.",
        },
      ],
    },
    el: {
      title: 'Όταν η αγάπη γίνεται παγίδα: το κόλπο του «lover boy»',
      summary: 'Δώρα και προσοχή, και μετά μια «μικρή χάρη». Πώς να καταλάβεις πότε κάποιος χρησιμοποιεί την αγάπη για να σε βάλει σε κίνδυνο.',
      blocks: [
        {
          blockType: 'story',
          title: 'Η ιστορία της Άννας',
          paragraphs: [
            'Η Άννα ήταν 15 χρονών όταν γνώρισε τον Άλεξ στο ίντερνετ. Ήταν μεγαλύτερος, αστείος και ευγενικός. Της έλεγε ότι είναι ξεχωριστή και ότι κανείς δεν την καταλαβαίνει όπως εκείνος.',
            'Σύντομα ήρθαν τα δώρα: ένα καινούργιο κινητό, ρούχα, έξοδοι για καφέ. Ο Άλεξ έλεγε ότι οι φίλοι της απλώς ζήλευαν και ότι η αγάπη τους έπρεπε να μείνει μυστική.',
            'Μετά από λίγες εβδομάδες, ο Άλεξ είπε ότι χρωστούσε χρήματα και είχε μπλέξει. Ζήτησε από την Άννα να πάει μαζί του στο εξωτερικό για λίγο καιρό, «μόνο για να βοηθήσει», και πρώτα να στείλει φωτογραφίες της σε «έναν φίλο».',
            'Κάτι δεν της φαινόταν σωστό, γι’ αυτό η Άννα το είπε στη μεγαλύτερη ξαδέρφη της και μαζί κάλεσαν μια γραμμή βοήθειας. Η Άννα δεν έφυγε. Πόνεσε, αλλά ήταν ασφαλής, και δεν έφταιγε σε τίποτα.',
          ],
          note: 'Η ιστορία αυτή είναι φτιαγμένη από πραγματικές καταστάσεις. Τα ονόματα έχουν αλλάξει.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'Μύθος ή αλήθεια;',
          items: [
            {
              statement: 'Όσοι ξεγελούν νέους ανθρώπους είναι πάντα άγνωστοι.',
              verdict: 'myth',
              explanation: 'Συχνά είναι κάποιος που γνωρίζεις και εμπιστεύεσαι: το αγόρι ή το κορίτσι σου, ένας φίλος από το ίντερνετ, ακόμη και ένας συγγενής ή ένας γείτονας.',
            },
            {
              statement: 'Αν κάποιος σου κάνει ακριβά δώρα, του χρωστάς κάτι.',
              verdict: 'myth',
              explanation: 'Ένα δώρο είναι δώρο. Όποιος σου λέει αργότερα ότι πρέπει να «το ξεπληρώσεις» χρησιμοποιεί το δώρο για να σε ελέγχει.',
            },
            {
              statement: 'Όποιος νοιάζεται πραγματικά για σένα δέχεται το «όχι» σου.',
              verdict: 'fact',
              explanation: 'Η αληθινή αγάπη δεν σε πιέζει να κρατάς μυστικά, να απομακρυνθείς από την οικογένειά σου ή να κάνεις πράγματα που δεν θέλεις.',
            },
            {
              statement: 'Αν έχουν ήδη σταλεί φωτογραφίες ή έχει κανονιστεί ένα ταξίδι, είναι πια αργά για να ζητήσεις βοήθεια.',
              verdict: 'myth',
              explanation: 'Ποτέ δεν είναι αργά, και δεν φταις εσύ. Οι γραμμές βοήθειας είναι εκεί για να σε βοηθήσουν, όχι για να σε κρίνουν.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'Εμπιστέψου την αίσθηση ότι κάτι δεν πάει καλά',
          paragraphs: [
            'Αυτή η χειραγώγηση συχνά γίνεται βήμα βήμα: πολλή προσοχή και δώρα, μετά απομάκρυνση από τους φίλους και την οικογένειά σου και στο τέλος ένα αίτημα που νιώθεις ότι δεν μπορείς να αρνηθείς.',
            'Πρόσεξε αν κάποιος σου ζητά να κρατήσεις τη σχέση μυστική, θυμώνει όταν λες «όχι», σου ζητά προσωπικές φωτογραφίες ή θέλει να ταξιδέψεις ή να «βοηθήσεις» με ένα χρέος.',
            '**Έχεις δικαίωμα να πεις «όχι»**, να αλλάξεις γνώμη και να μιλήσεις σε κάποιον. Όποιος σε αγαπά δεν θα σε βάλει ποτέ να διαλέξεις ανάμεσα στη σχέση σας και στην ασφάλειά σου.',
            'Αν κάποιος φίλος σού μιλήσει για κάτι τέτοιο, άκουσέ τον χωρίς να τον κρίνεις. Βοήθησέ τον να βρει έναν ενήλικα που εμπιστεύεται ή μια γραμμή βοήθειας.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Θέλεις να μιλήσεις σε κάποιον;',
          text: 'Μια γραμμή βοήθειας θα σε ακούσει και θα σε βοηθήσει να το σκεφτείς, ακόμη κι αν δεν ξέρεις αν κάτι πάει στραβά. Οι γραμμές βοήθειας της χώρας σου είναι σε αυτή τη σελίδα. Το 116 111 είναι ο αριθμός της γραμμής βοήθειας για παιδιά σε πολλές ευρωπαϊκές χώρες. Σε έκτακτη ανάγκη, κάλεσε το 112.',
        },
      ],
    },
    ar: {
      title: 'عندما يصبح الحب فخًّا: حيلة «الحبيب المزيّف»',
      summary: 'هدايا واهتمام، ثم «خدمة صغيرة». كيف تنتبه عندما يستغل أحدٌ الحبَّ ليجرّك إلى الخطر.',
      blocks: [
        {
          blockType: 'story',
          title: 'قصة آنا',
          paragraphs: [
            'كانت آنا في الخامسة عشرة عندما تعرّفت إلى أليكس عبر الإنترنت. كان أكبر منها سنًّا، مرحًا ولطيفًا. كان يقول لها إنها مميزة وإن أحدًا لا يفهمها كما يفهمها هو.',
            'وسرعان ما جاءت الهدايا: هاتف جديد، وملابس، وخروج إلى المقهى. كان أليكس يقول إن أصدقاءها يغارون منها فقط، وإن حبهما يجب أن يبقى سرًّا.',
            'بعد بضعة أسابيع، قال أليكس إنه مدين بالمال وإنه في ورطة. وطلب من آنا أن تسافر معه إلى الخارج لفترة، «فقط لتساعده»، وأن ترسل أولًا صورًا لنفسها إلى «صديق له».',
            'شعرت آنا بأن شيئًا ما ليس على ما يرام، فأخبرت ابنة عمها التي تكبرها سنًّا، واتصلتا معًا بخط مساعدة. لم تسافر آنا. كان الأمر مؤلمًا، لكنها كانت في أمان، ولم يكن أي شيء من ذلك ذنبها.',
          ],
          note: 'هذه القصة مؤلَّفة من مواقف حقيقية. الأسماء مُغيَّرة.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'خرافة أم حقيقة؟',
          items: [
            {
              statement: 'من يخدعون الشباب هم دائمًا غرباء.',
              verdict: 'myth',
              explanation: 'في كثير من الأحيان يكون شخصًا تعرفه وتثق به: حبيبًا أو حبيبة، أو صديقًا على الإنترنت، أو حتى قريبًا أو جارًا.',
            },
            {
              statement: 'إذا قدّم لك أحدٌ هدايا غالية، فأنت مدين له بشيء.',
              verdict: 'myth',
              explanation: 'الهدية هدية. ومن يقول لك لاحقًا إن عليك «أن تردّها» فهو يستخدم الهدية للسيطرة عليك.',
            },
            {
              statement: 'من يهتم بك حقًّا يقبل كلمة «لا» منك.',
              verdict: 'fact',
              explanation: 'الحب الحقيقي لا يدفعك إلى إخفاء الأسرار، أو الابتعاد عن عائلتك، أو فعل أشياء لا تريدها.',
            },
            {
              statement: 'إذا أُرسلت الصور أو تم الاتفاق على السفر، فقد فات الأوان لطلب المساعدة.',
              verdict: 'myth',
              explanation: 'لا يفوت الأوان أبدًا، وليس الذنب ذنبك. خطوط المساعدة موجودة لتساعدك، لا لتحكم عليك.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'ثق بإحساسك عندما تشعر أن شيئًا ما ليس على ما يرام',
          paragraphs: [
            'هذا النوع من التلاعب يحدث غالبًا خطوة بخطوة: اهتمام كبير وهدايا، ثم إبعادك عن أصدقائك وعائلتك، ثم طلب تشعر أنك لا تستطيع رفضه.',
            'انتبه إذا طلب منك أحدٌ أن تُبقي العلاقة سرًّا، أو غضب عندما تقول «لا»، أو طلب صورًا خاصة، أو أرادك أن تسافر أو أن «تساعد» في سداد دَين.',
            '**من حقك أن تقول «لا»**، وأن تغيّر رأيك، وأن تتحدث إلى أحد. من يحبك لن يجعلك تختار أبدًا بين العلاقة وبين سلامتك.',
            'إذا أخبرك صديق بشيء كهذا، استمع إليه من دون أن تحكم عليه. ساعده على إيجاد شخص بالغ يثق به أو خط مساعدة.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'هل تريد أن تتحدث إلى أحد؟',
          text: 'سيستمع إليك خط المساعدة ويساعدك على التفكير في الأمر، حتى لو لم تكن متأكدًا أن هناك مشكلة. خطوط المساعدة في بلدك موجودة في هذه الصفحة. الرقم 116\u00a0111 هو رقم خط مساعدة الأطفال في كثير من الدول الأوروبية. في حالة الطوارئ، اتصل بالرقم 112.',
        },
      ],
    },
    bg: {
      title: 'Когато любовта е капан: методът „лавърбой“',
      summary: 'Подаръци и внимание, а после „малка услуга“. Как да разбереш кога някой използва любовта, за да те въвлече в опасност.',
      blocks: [
        {
          blockType: 'story',
          title: 'Историята на Ана',
          paragraphs: [
            'Ана беше на 15, когато се запозна с Алекс в интернет. Той беше по-голям, забавен и мил. Казваше ѝ, че е специална и че никой не я разбира като него.',
            'Скоро дойдоха подаръците: нов телефон, дрехи, излизания в кафенета. Алекс казваше, че приятелите ѝ просто завиждат и че любовта им трябва да остане тайна.',
            'След няколко седмици Алекс каза, че дължи пари и е загазил. Помоли Ана да замине с него в чужбина за известно време, „само да помогне“, а преди това да изпрати свои снимки на „един приятел“.',
            'Нещо не ѝ се стори наред, затова Ана разказа на по-голямата си братовчедка и двете заедно се обадиха на линия за помощ. Ана не замина. Болеше, но беше в безопасност и вината не беше нейна.',
          ],
          note: 'Тази история е съставена от реални случаи. Имената са променени.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'Мит или факт?',
          items: [
            {
              statement: 'Хората, които подвеждат младежи, винаги са непознати.',
              verdict: 'myth',
              explanation: 'Често това е човек, когото познаваш и на когото имаш доверие: гадже, приятел от интернет, дори роднина или съсед.',
            },
            {
              statement: 'Ако някой ти прави скъпи подаръци, ти му дължиш нещо.',
              verdict: 'myth',
              explanation: 'Подаръкът си е подарък. Който после ти казва, че трябва „да го върнеш“, използва подаръка, за да те контролира.',
            },
            {
              statement: 'Човек, който наистина държи на теб, приема твоето „не“.',
              verdict: 'fact',
              explanation: 'Истинската любов не те кара да пазиш тайни, да се отдалечиш от семейството си или да правиш неща, които не искаш.',
            },
            {
              statement: 'Ако снимките вече са изпратени или вече има уговорка за пътуване, е твърде късно да потърсиш помощ.',
              verdict: 'myth',
              explanation: 'Никога не е твърде късно и вината не е твоя. Линиите за помощ са там, за да ти помогнат, а не да те съдят.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'Вярвай на усещането, че нещо не е наред',
          paragraphs: [
            'Този вид манипулация често върви стъпка по стъпка: много внимание и подаръци, после отделяне от приятели и семейство, накрая молба, на която ти се струва невъзможно да откажеш.',
            'Внимавай, ако някой иска да пазиш връзката в тайна, ядосва се, когато кажеш „не“, иска лични снимки или иска да пътуваш, или да „помогнеш“ с някакъв дълг.',
            '**Имаш право да кажеш „не“**, да промениш решението си и да поговориш с някого. Човек, който те обича, никога няма да те кара да избираш между връзката и твоята безопасност.',
            'Ако приятел или приятелка ти разкаже нещо подобно, изслушай, без да съдиш. Помогни да намерят възрастен, на когото имат доверие, или линия за помощ.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Искаш ли да поговориш с някого?',
          text: 'Линията за помощ ще те изслуша и ще ти помогне да помислиш, дори ако не знаеш дали нещо не е наред. Линиите за помощ в твоята страна са на тази страница. 116 111 е номерът на линията за помощ за деца в много европейски страни. При спешен случай звънни на 112.',
        },
      ],
    },
    ro: {
      title: 'Când iubirea e o capcană: metoda „loverboy”',
      summary: 'Cadouri și atenție, apoi o „mică favoare”. Cum îți dai seama când cineva folosește iubirea ca să te tragă spre pericol.',
      blocks: [
        {
          blockType: 'story',
          title: 'Povestea Anei',
          paragraphs: [
            'Ana avea 15 ani când l-a cunoscut pe Alex pe internet. Era mai mare, amuzant și drăguț. Îi spunea că e specială și că nimeni nu o înțelege ca el.',
            'Curând au venit cadourile: un telefon nou, haine, ieșiri la cafenea. Alex spunea că prietenii ei sunt doar invidioși și că iubirea lor trebuie să rămână un secret.',
            'După câteva săptămâni, Alex a spus că are datorii și că a intrat în bucluc. I-a cerut Anei să plece cu el în străinătate pentru o vreme, „doar ca să-l ajute”, iar mai întâi să trimită niște poze cu ea unui „prieten”.',
            'Ceva nu i se părea în regulă, așa că Ana i-a povestit verișoarei ei mai mari și împreună au sunat la o linie de ajutor. Ana nu a plecat. A durut, dar era în siguranță și nimic din toate acestea nu a fost vina ei.',
          ],
          note: 'Această poveste este alcătuită din situații reale. Numele au fost schimbate.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'Mit sau adevăr?',
          items: [
            {
              statement: 'Cei care păcălesc tinerii sunt mereu necunoscuți.',
              verdict: 'myth',
              explanation: 'Adesea este cineva pe care îl cunoști și în care ai încredere: un iubit sau o iubită, un prieten de pe internet, chiar o rudă sau un vecin.',
            },
            {
              statement: 'Dacă cineva îți face cadouri scumpe, îi datorezi ceva.',
              verdict: 'myth',
              explanation: 'Un cadou e un cadou. Cine îți spune mai târziu că trebuie „să-l plătești” folosește cadoul ca să te controleze.',
            },
            {
              statement: 'Cineva căruia îi pasă cu adevărat de tine acceptă când spui „nu”.',
              verdict: 'fact',
              explanation: 'Iubirea adevărată nu te împinge să ții secrete, să te îndepărtezi de familie sau să faci lucruri pe care nu le vrei.',
            },
            {
              statement: 'Dacă pozele au fost deja trimise sau plecarea e deja stabilită, e prea târziu să ceri ajutor.',
              verdict: 'myth',
              explanation: 'Nu e niciodată prea târziu și nu e vina ta. Liniile de ajutor sunt acolo ca să te ajute, nu ca să te judece.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'Ai încredere în senzația că ceva nu e în regulă',
          paragraphs: [
            'Acest fel de manipulare merge adesea pas cu pas: multă atenție și cadouri, apoi te îndepărtează de prieteni și de familie, apoi vine o cerere pe care simți că nu o poți refuza.',
            'Ai grijă dacă cineva îți cere să ții relația secretă, se enervează când spui „nu”, îți cere poze intime sau vrea să călătorești ori să „ajuți” cu o datorie.',
            '**Ai dreptul să spui „nu”**, să te răzgândești și să vorbești cu cineva. Cine te iubește nu te va pune niciodată să alegi între relația voastră și siguranța ta.',
            'Dacă un prieten îți povestește ceva de genul acesta, ascultă-l fără să-l judeci. Ajută-l să găsească un adult în care are încredere sau o linie de ajutor.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Vrei să vorbești cu cineva?',
          text: 'O linie de ajutor te ascultă și te ajută să te gândești, chiar dacă nu știi încă dacă ceva e în neregulă. Liniile de ajutor din țara ta sunt pe această pagină. 116 111 este numărul liniei de ajutor pentru copii în multe țări europene. În caz de urgență, sună la 112.',
        },
      ],
    },
    ru: {
      title: 'Когда любовь — ловушка: схема «лавербой»',
      summary: 'Подарки и внимание, а потом «маленькая услуга». Как понять, что кто-то использует любовь, чтобы втянуть тебя в опасность.',
      blocks: [
        {
          blockType: 'story',
          title: 'История Анны',
          paragraphs: [
            'Анне было 15, когда она познакомилась с Алексом в интернете. Он был старше, весёлый и добрый. Он говорил, что она особенная и что никто не понимает её так, как он.',
            'Скоро появились подарки: новый телефон, одежда, походы в кафе. Алекс говорил, что её друзья просто завидуют и что их любовь должна оставаться тайной.',
            'Через несколько недель Алекс сказал, что у него долги и неприятности. Он попросил Анну поехать с ним за границу на какое-то время, «просто чтобы помочь», а сначала отправить свои фотографии «одному другу».',
            'Что-то показалось ей неправильным, поэтому Анна всё рассказала старшей двоюродной сестре, и вместе они позвонили на горячую линию. Анна никуда не поехала. Было больно, но она была в безопасности, и её вины в этом не было.',
          ],
          note: 'Эта история составлена из реальных ситуаций. Имена изменены.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'Миф или факт?',
          items: [
            {
              statement: 'Те, кто обманывает молодых людей, — всегда незнакомцы.',
              verdict: 'myth',
              explanation: 'Часто это человек, которого ты знаешь и которому доверяешь: парень или девушка, друг из интернета, даже родственник или сосед.',
            },
            {
              statement: 'За дорогие подарки нужно расплачиваться.',
              verdict: 'myth',
              explanation: 'Подарок — это подарок. Кто потом требует «вернуть долг», использует подарок, чтобы управлять тобой.',
            },
            {
              statement: 'Тот, кто по-настоящему заботится о тебе, принимает твоё «нет».',
              verdict: 'fact',
              explanation: 'Настоящая любовь не заставляет хранить секреты, отдаляться от семьи или делать то, чего ты не хочешь.',
            },
            {
              statement: 'Если фото уже отправлены или поездка уже обещана, просить о помощи поздно.',
              verdict: 'myth',
              explanation: 'Никогда не поздно, и это не твоя вина. Горячие линии существуют, чтобы помогать, а не осуждать.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'Доверяй чувству, что что-то не так',
          paragraphs: [
            'Такая манипуляция часто идёт шаг за шагом: много внимания и подарков, потом тебя отдаляют от друзей и семьи, а потом звучит просьба, в которой, кажется, невозможно отказать.',
            'Насторожись, если кто-то просит держать отношения в тайне, злится на твоё «нет», просит личные фото, зовёт в поездку или просит «помочь» с долгом.',
            '**У тебя есть право сказать «нет»**, передумать и поговорить с кем-то. Тот, кто тебя любит, никогда не заставит выбирать между отношениями и твоей безопасностью.',
            'Если друг или подруга расскажет тебе о чём-то подобном, выслушай, не осуждая. Помоги найти взрослого, которому он или она доверяет, или горячую линию.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Хочешь с кем-то поговорить?',
          text: 'На горячей линии тебя выслушают и помогут во всём разобраться, даже если ты не знаешь, есть ли проблема. Горячие линии твоей страны указаны на этой странице. 116 111 — номер детской линии помощи во многих европейских странах. В экстренной ситуации звони 112.',
        },
      ],
    },
    uk: {
      title: 'Коли кохання — пастка: схема «лавербой»',
      summary: 'Подарунки й увага, а потім «маленька послуга». Як зрозуміти, що хтось використовує кохання, щоб втягнути тебе в небезпеку.',
      blocks: [
        {
          blockType: 'story',
          title: 'Історія Анни',
          paragraphs: [
            'Анні було 15, коли вона познайомилася з Алексом в інтернеті. Він був старший, веселий і добрий. Він казав, що вона особлива і що ніхто не розуміє її так, як він.',
            'Невдовзі з’явилися подарунки: новий телефон, одяг, походи в кафе. Алекс казав, що її друзі просто заздрять і що їхнє кохання має залишатися таємницею.',
            'Через кілька тижнів Алекс сказав, що має борги й потрапив у халепу. Він попросив Анну поїхати з ним за кордон на якийсь час, «просто щоб допомогти», а спершу надіслати свої фото «одному другові».',
            'Щось здалося їй неправильним, тож Анна все розповіла старшій двоюрідній сестрі, і разом вони зателефонували на гарячу лінію. Анна нікуди не поїхала. Було боляче, але вона була в безпеці, і її провини в цьому не було.',
          ],
          note: 'Ця історія складена з реальних ситуацій. Імена змінено.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'Міф чи факт?',
          items: [
            {
              statement: 'Ті, хто обманює молодих людей, — завжди незнайомці.',
              verdict: 'myth',
              explanation: 'Часто це людина, яку ти знаєш і якій довіряєш: хлопець чи дівчина, друг з інтернету, навіть родич або сусід.',
            },
            {
              statement: 'За дорогі подарунки треба розплачуватися.',
              verdict: 'myth',
              explanation: 'Подарунок — це подарунок. Хто потім вимагає «повернути борг», використовує подарунок, щоб тобою керувати.',
            },
            {
              statement: 'Той, хто справді про тебе дбає, приймає твоє «ні».',
              verdict: 'fact',
              explanation: 'Справжнє кохання не змушує тримати таємниці, віддалятися від родини чи робити те, чого ти не хочеш.',
            },
            {
              statement: 'Якщо фото вже надіслано або поїздку вже обіцяно, просити про допомогу пізно.',
              verdict: 'myth',
              explanation: 'Ніколи не пізно, і це не твоя провина. Гарячі лінії існують, щоб допомагати, а не засуджувати.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'Довіряй відчуттю, що щось не так',
          paragraphs: [
            'Така маніпуляція часто відбувається крок за кроком: багато уваги й подарунків, потім тебе віддаляють від друзів і родини, а потім лунає прохання, у якому, здається, неможливо відмовити.',
            'Насторожся, якщо хтось просить тримати стосунки в таємниці, злиться на твоє «ні», просить особисті фото, кличе в поїздку чи просить «допомогти» з боргом.',
            '**Ти маєш право сказати «ні»**, передумати й поговорити з кимось. Той, хто тебе кохає, ніколи не змусить обирати між стосунками і твоєю безпекою.',
            'Якщо друг чи подруга розповість тобі про щось подібне, вислухай, не засуджуючи. Допоможи знайти дорослого, якому він чи вона довіряє, або гарячу лінію.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Хочеш із кимось поговорити?',
          text: 'На гарячій лінії тебе вислухають і допоможуть у всьому розібратися, навіть якщо ти не знаєш, чи є проблема. Гарячі лінії твоєї країни вказано на цій сторінці. 116 111 — номер дитячої лінії допомоги в багатьох європейських країнах. У надзвичайній ситуації телефонуй 112.',
        },
      ],
    },
    sr: {
      title: 'Када је љубав замка: метод „лавербој“',
      summary: 'Поклони и пажња, а онда „мала услуга“. Како да препознаш када неко користи љубав да те увуче у опасност.',
      blocks: [
        {
          blockType: 'story',
          title: 'Анина прича',
          paragraphs: [
            'Ана је имала 15 година када је на интернету упознала Алекса. Био је старији, духовит и љубазан. Говорио јој је да је посебна и да је нико не разуме као он.',
            'Убрзо су стигли поклони: нови телефон, одећа, изласци у кафић. Алекс је говорио да јој другари само завиде и да њихова љубав мора да остане тајна.',
            'После неколико недеља, Алекс је рекао да дугује новац и да је у невољи. Замолио је Ану да на неко време оде са њим у иностранство, „само да помогне“, а пре тога да пошаље своје фотографије „једном пријатељу“.',
            'Нешто јој није деловало у реду, па је Ана испричала старијој рођаки и заједно су позвале линију за помоћ. Ана није отишла. Болело је, али била је безбедна и ништа од тога није била њена кривица.',
          ],
          note: 'Ова прича је састављена од стварних ситуација. Имена су промењена.',
        },
        {
          blockType: 'mythOrFact',
          heading: 'Мит или чињеница?',
          items: [
            {
              statement: 'Они који варају младе увек су непознати људи.',
              verdict: 'myth',
              explanation: 'Често је то неко кога познајеш и коме верујеш: дечко или девојка, пријатељ са интернета, чак и рођак или комшија.',
            },
            {
              statement: 'Скупи поклони морају да се отплате.',
              verdict: 'myth',
              explanation: 'Поклон је поклон. Ко касније тражи да му „вратиш дуг“, користи поклон да би те контролисао.',
            },
            {
              statement: 'Онај коме је стварно стало до тебе прихвата твоје „не“.',
              verdict: 'fact',
              explanation: 'Права љубав те не тера да чуваш тајне, да се удаљиш од породице или да радиш ствари које не желиш.',
            },
            {
              statement: 'Ако су фотографије већ послате или је пут већ договорен, касно је за помоћ.',
              verdict: 'myth',
              explanation: 'Никада није касно и то није твоја кривица. Линије за помоћ постоје да ти помогну, а не да те осуђују.',
            },
          ],
        },
        {
          blockType: 'richText',
          heading: 'Веруј осећају да нешто није у реду',
          paragraphs: [
            'Оваква манипулација често иде корак по корак: много пажње и поклона, затим те удаљавају од пријатеља и породице, а онда стиже молба коју ти се чини немогуће одбити.',
            'Буди на опрезу ако неко тражи да везу држиш у тајности, љути се на твоје „не“, тражи приватне фотографије, зове те на пут или тражи да „помогнеш“ око неког дуга.',
            '**Имаш право да кажеш „не“**, да се предомислиш и да разговараш са неким. Ко те воли, никада те неће терати да бираш између везе и твоје безбедности.',
            'Ако ти другар или другарица исприча нешто слично, саслушај без осуђивања. Помози да пронађе одраслу особу којој верује или линију за помоћ.',
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Желиш да разговараш са неким?',
          text: 'На линији за помоћ ће те саслушати и помоћи ти да размислиш, чак и ако не знаш да ли нешто није у реду. Линије за помоћ у твојој земљи налазе се на овој страници. 116 111 је број линије за помоћ деци у многим европским земљама. У хитном случају позови 112.',
        },
      ],
    },
  },
}

/* -------------------------------------------------------------------------------------------- */
/* 3. Safe travel                                                                                */
/* -------------------------------------------------------------------------------------------- */

const safeTravel: SeedPage = {
  slug: 'safe-travel',
  role: 'message',
  sites: preventionSites,
  campaign: campaignSlug,
  content: {
    en: {
      title: 'Going abroad? Travel safely',
      summary: 'Going abroad to work, study or visit? A few simple steps before you leave make it easier to get help if you need it.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Plan your trip so help is always close',
          paragraphs: [
            'Going abroad can be exciting: a summer job, a school exchange, a visit to relatives. A little planning makes it safer.',
            '**Tell someone you trust** where you are going, who you will be with and when you will be back. Agree on times to check in, and on a code word that means “I need help”.',
            'Your passport and ID card are yours. Keep them with you, keep copies in another place, and never hand them over to an employer, an agent or a host.',
            'If plans suddenly change when you arrive, for example a different job, a different place or someone takes your phone, ask for help straight away.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Before you go: checklist',
          intro: 'Tick these off before you leave.',
          signs: [
            'Tell an adult you trust where you are going, with whom and for how long.',
            'Write down the full address where you will stay and work.',
            'Take photos or copies of your passport, ID card and contract, and leave a copy at home.',
            'Save the helpline numbers and 112 in your phone, and write them on paper too.',
            "Find out the address and phone number of your country's embassy or consulate there.",
            'Keep some money of your own and a charged phone that only you use.',
            'Agree on regular times to call home, and on a code word for “I need help”.',
            'Read your contract before you sign: you understand it, you agree with it and you keep your own copy.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Myth or fact?',
          items: [
            {
              statement: 'If you travel with people you know, nothing can go wrong.',
              verdict: 'myth',
              explanation: 'Most people you know will look out for you. But sometimes danger comes from someone familiar, so always tell someone else your plans too.',
            },
            {
              statement: '112 is the emergency number in every EU country, and the call is free.',
              verdict: 'fact',
              explanation: 'Save it in your phone before you go. If you are in danger, call 112 straight away.',
            },
            {
              statement: "If you don't have the right papers, you can't ask for help.",
              verdict: 'myth',
              explanation: 'You can always ask for help, whatever your papers. If someone tricked or forced you, it is never your fault.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Save these numbers before you go',
          text: "Your country's helplines are on this page: save them in your phone. 116 000 and 116 111 are free numbers in many European countries. In an emergency, call 112.",
        },
      ],
    },
    el: {
      title: 'Φεύγεις για το εξωτερικό; Ταξίδεψε με ασφάλεια',
      summary: 'Φεύγεις για δουλειά, σπουδές ή επίσκεψη; Λίγα απλά βήματα πριν φύγεις κάνουν πιο εύκολο να βρεις βοήθεια αν τη χρειαστείς.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Οργάνωσε το ταξίδι σου ώστε η βοήθεια να είναι πάντα κοντά',
          paragraphs: [
            'Ένα ταξίδι στο εξωτερικό μπορεί να είναι συναρπαστικό: μια καλοκαιρινή δουλειά, ένα σχολικό πρόγραμμα ανταλλαγής, μια επίσκεψη σε συγγενείς. Λίγη προετοιμασία το κάνει πιο ασφαλές.',
            '**Πες σε κάποιον που εμπιστεύεσαι** πού πας, με ποιον θα είσαι και πότε θα γυρίσεις. Συμφωνήστε πότε θα επικοινωνείτε και μια κωδική λέξη που σημαίνει «χρειάζομαι βοήθεια».',
            'Το διαβατήριο και η ταυτότητά σου είναι δικά σου. Να τα έχεις πάντα μαζί σου, κράτα αντίγραφα κάπου αλλού και μην τα δίνεις ποτέ σε εργοδότη, μεσάζοντα ή οικοδεσπότη.',
            'Αν μόλις φτάσεις τα σχέδια αλλάξουν ξαφνικά, για παράδειγμα άλλη δουλειά, άλλο μέρος ή κάποιος σου παίρνει το κινητό, ζήτα βοήθεια αμέσως.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Πριν φύγεις: λίστα ελέγχου',
          intro: 'Τσέκαρε όλα αυτά πριν φύγεις.',
          signs: [
            'Πες σε έναν ενήλικα που εμπιστεύεσαι πού πας, με ποιον και για πόσο καιρό.',
            'Γράψε την πλήρη διεύθυνση όπου θα μένεις και θα δουλεύεις.',
            'Βγάλε φωτογραφίες ή αντίγραφα από το διαβατήριο, την ταυτότητα και το συμβόλαιό σου και άφησε ένα αντίγραφο στο σπίτι.',
            'Αποθήκευσε στο κινητό σου τους αριθμούς των γραμμών βοήθειας και το 112 και σημείωσέ τους και σε ένα χαρτί.',
            'Μάθε τη διεύθυνση και το τηλέφωνο της πρεσβείας ή του προξενείου της χώρας σου εκεί.',
            'Κράτα λίγα δικά σου χρήματα και ένα φορτισμένο κινητό που το χρησιμοποιείς μόνο εσύ.',
            'Συμφωνήστε συγκεκριμένες ώρες που θα παίρνεις τηλέφωνο στο σπίτι και μια κωδική λέξη για το «χρειάζομαι βοήθεια».',
            'Διάβασε το συμβόλαιο πριν υπογράψεις: να το καταλαβαίνεις, να συμφωνείς με αυτό και να κρατάς δικό σου αντίγραφο.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Μύθος ή αλήθεια;',
          items: [
            {
              statement: 'Αν ταξιδεύεις με γνωστούς, τίποτα δεν μπορεί να πάει στραβά.',
              verdict: 'myth',
              explanation: 'Οι περισσότεροι γνωστοί σου θα σε προσέχουν. Όμως μερικές φορές ο κίνδυνος έρχεται από κάποιον γνωστό, γι’ αυτό πες πάντα τα σχέδιά σου και σε κάποιον άλλον.',
            },
            {
              statement: 'Το 112 είναι ο αριθμός έκτακτης ανάγκης σε κάθε χώρα της ΕΕ και η κλήση είναι δωρεάν.',
              verdict: 'fact',
              explanation: 'Αποθήκευσέ το στο κινητό σου πριν φύγεις. Αν κινδυνεύεις, κάλεσε αμέσως το 112.',
            },
            {
              statement: 'Αν δεν έχεις τα σωστά χαρτιά, δεν μπορείς να ζητήσεις βοήθεια.',
              verdict: 'myth',
              explanation: 'Μπορείς πάντα να ζητήσεις βοήθεια, όποια χαρτιά κι αν έχεις. Αν κάποιος σε ξεγέλασε ή σε ανάγκασε, δεν φταις ποτέ εσύ.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Αποθήκευσε αυτούς τους αριθμούς πριν φύγεις',
          text: 'Οι γραμμές βοήθειας της χώρας σου είναι σε αυτή τη σελίδα: αποθήκευσέ τες στο κινητό σου. Τα 116 000 και 116 111 είναι δωρεάν αριθμοί σε πολλές ευρωπαϊκές χώρες. Σε έκτακτη ανάγκη, κάλεσε το 112.',
        },
      ],
    },
    ar: {
      title: 'مسافر إلى الخارج؟ سافر بأمان',
      summary: 'هل ستسافر للعمل أو الدراسة أو الزيارة؟ بعض الخطوات البسيطة قبل السفر تجعل الحصول على المساعدة أسهل إذا احتجت إليها.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'خطّط لرحلتك كي تبقى المساعدة قريبة دائمًا',
          paragraphs: [
            'قد يكون السفر إلى الخارج مثيرًا: عمل صيفي، أو تبادل مدرسي، أو زيارة للأقارب. القليل من التخطيط يجعله أكثر أمانًا.',
            '**أخبر شخصًا تثق به** إلى أين أنت ذاهب، ومع من ستكون، ومتى ستعود. اتفقا على أوقات للتواصل، وعلى كلمة سرّ تعني «أحتاج إلى مساعدة».',
            'جواز سفرك وبطاقة هويتك ملكك. احتفظ بهما معك، وضع نسخًا منهما في مكان آخر، ولا تسلّمهما أبدًا لصاحب عمل أو وسيط أو مضيف.',
            'إذا تغيّرت الخطط فجأة عند وصولك، مثل عمل مختلف أو مكان مختلف أو أخذ أحدهم هاتفك، فاطلب المساعدة فورًا.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'قبل أن تسافر: قائمة تحقق',
          intro: 'تأكّد من هذه الأمور قبل المغادرة.',
          signs: [
            'أخبر شخصًا بالغًا تثق به إلى أين تذهب، ومع من، وإلى متى.',
            'اكتب العنوان الكامل للمكان الذي ستسكن وتعمل فيه.',
            'التقط صورًا أو انسخ جواز سفرك وبطاقة هويتك وعقدك، واترك نسخة في البيت.',
            'احفظ أرقام خطوط المساعدة والرقم 112 في هاتفك، واكتبها على ورقة أيضًا.',
            'اعرف عنوان سفارة بلدك أو قنصليته هناك ورقم هاتفها.',
            'احتفظ ببعض المال الخاص بك وبهاتف مشحون لا يستخدمه أحد غيرك.',
            'اتفق على أوقات منتظمة للاتصال بالبيت، وعلى كلمة سرّ تعني «أحتاج إلى مساعدة».',
            'اقرأ عقدك قبل التوقيع: تأكّد أنك تفهمه وتوافق عليه، واحتفظ بنسختك الخاصة.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'خرافة أم حقيقة؟',
          items: [
            {
              statement: 'إذا سافرت مع أشخاص تعرفهم، فلن يحدث أي مكروه.',
              verdict: 'myth',
              explanation: 'معظم من تعرفهم سيهتمون بك. لكن الخطر يأتي أحيانًا من شخص مألوف، لذلك أخبر دائمًا شخصًا آخر بخططك أيضًا.',
            },
            {
              statement: 'الرقم 112 هو رقم الطوارئ في كل دول الاتحاد الأوروبي، والاتصال به مجاني.',
              verdict: 'fact',
              explanation: 'احفظه في هاتفك قبل السفر. إذا كنت في خطر، اتصل بالرقم 112 فورًا.',
            },
            {
              statement: 'إذا لم تكن معك الأوراق الصحيحة، فلا يمكنك طلب المساعدة.',
              verdict: 'myth',
              explanation: 'يمكنك دائمًا طلب المساعدة، مهما كانت أوراقك. إذا خدعك أحد أو أجبرك على شيء، فالذنب ليس ذنبك أبدًا.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'احفظ هذه الأرقام قبل أن تسافر',
          text: 'خطوط المساعدة في بلدك موجودة في هذه الصفحة: احفظها في هاتفك. الرقمان 116\u00a0000 و116\u00a0111 مجانيان في كثير من الدول الأوروبية. في حالة الطوارئ، اتصل بالرقم 112.',
        },
      ],
    },
    bg: {
      title: 'Заминаваш в чужбина? Пътувай безопасно',
      summary: 'Заминаваш да работиш, да учиш или на гости? Няколко прости стъпки преди тръгване улесняват търсенето на помощ, ако ти потрябва.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Планирай пътуването така, че помощта винаги да е близо',
          paragraphs: [
            'Пътуването в чужбина може да е вълнуващо: лятна работа, ученически обмен, гостуване при роднини. Малко планиране го прави по-безопасно.',
            '**Кажи на човек, на когото имаш доверие**, къде отиваш, с кого ще бъдеш и кога ще се върнеш. Уговорете часове, в които ще се чувате, и кодова дума, която означава „Трябва ми помощ“.',
            'Паспортът и личната ти карта са твои. Дръж ги винаги у себе си, пази копия на друго място и никога не ги давай на работодател, посредник или домакин.',
            'Ако при пристигането плановете внезапно се променят, например друга работа, друго място или някой ти вземе телефона, веднага потърси помощ.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Преди да тръгнеш: списък за проверка',
          intro: 'Отметни всичко това, преди да заминеш.',
          signs: [
            'Кажи на възрастен, на когото имаш доверие, къде отиваш, с кого и за колко време.',
            'Запиши пълния адрес, където ще живееш и работиш.',
            'Снимай или копирай паспорта, личната карта и договора си и остави копие вкъщи.',
            'Запиши линиите за помощ и 112 в телефона си, а също и на лист хартия.',
            'Намери адреса и телефона на посолството или консулството на твоята страна там.',
            'Имай малко свои пари и зареден телефон, който използваш само ти.',
            'Уговорете редовни часове, в които ще се обаждаш вкъщи, и кодова дума за „Трябва ми помощ“.',
            'Прочети договора, преди да подпишеш: трябва да го разбираш, да приемаш условията му и да имаш свое копие.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Мит или факт?',
          items: [
            {
              statement: 'Ако пътуваш с познати, нищо лошо не може да се случи.',
              verdict: 'myth',
              explanation: 'Повечето хора, които познаваш, ще се грижат за теб. Но понякога опасността идва от познат човек, затова винаги казвай плановете си и на още някого.',
            },
            {
              statement: '112 е номерът за спешни случаи във всяка страна от ЕС и обаждането е безплатно.',
              verdict: 'fact',
              explanation: 'Запиши го в телефона си, преди да тръгнеш. Ако си в опасност, веднага звънни на 112.',
            },
            {
              statement: 'Ако нямаш нужните документи, не можеш да потърсиш помощ.',
              verdict: 'myth',
              explanation: 'Винаги можеш да потърсиш помощ, каквито и да са документите ти. Ако някой те е излъгал или принудил, вината никога не е твоя.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Запиши тези номера, преди да тръгнеш',
          text: 'Линиите за помощ в твоята страна са на тази страница: запиши ги в телефона си. 116 000 и 116 111 са безплатни номера в много европейски страни. При спешен случай звънни на 112.',
        },
      ],
    },
    ro: {
      title: 'Pleci în străinătate? Călătorește în siguranță',
      summary: 'Pleci la muncă, la studii sau în vizită? Câțiva pași simpli înainte de plecare te ajută să primești mai ușor ajutor dacă ai nevoie.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Plănuiește-ți drumul așa încât ajutorul să fie mereu aproape',
          paragraphs: [
            'O plecare în străinătate poate fi palpitantă: un job de vară, un schimb de elevi, o vizită la rude. Puțină planificare o face mai sigură.',
            '**Spune-i cuiva în care ai încredere** unde pleci, cu cine vei fi și când te întorci. Stabiliți ore la care vă auziți și un cuvânt-cod care înseamnă „Am nevoie de ajutor”.',
            'Pașaportul și actul de identitate îți aparțin. Ține-le la tine, păstrează copii în alt loc și nu le da niciodată unui angajator, unui intermediar sau unei gazde.',
            'Dacă planurile se schimbă brusc când ajungi, de exemplu alt job, alt loc sau cineva îți ia telefonul, cere ajutor imediat.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Înainte să pleci: listă de verificare',
          intro: 'Bifează toate acestea înainte de plecare.',
          signs: [
            'Spune-i unui adult în care ai încredere unde pleci, cu cine și pentru cât timp.',
            'Notează adresa completă unde vei locui și vei munci.',
            'Fă poze sau copii după pașaport, actul de identitate și contract și lasă o copie acasă.',
            'Salvează în telefon numerele liniilor de ajutor și 112 și scrie-le și pe o hârtie.',
            'Află adresa și numărul de telefon ale ambasadei sau consulatului țării tale de acolo.',
            'Păstrează niște bani ai tăi și un telefon încărcat pe care îl folosești doar tu.',
            'Stabiliți ore fixe la care suni acasă și un cuvânt-cod pentru „Am nevoie de ajutor”.',
            'Citește contractul înainte să semnezi: să-l înțelegi, să fii de acord cu el și să ai propria copie.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Mit sau adevăr?',
          items: [
            {
              statement: 'Dacă pleci cu oameni cunoscuți, nu se poate întâmpla nimic rău.',
              verdict: 'myth',
              explanation: 'Cei mai mulți oameni pe care îi cunoști vor avea grijă de tine. Dar uneori pericolul vine de la cineva cunoscut, așa că spune-i mereu planurile tale și altcuiva.',
            },
            {
              statement: '112 este numărul de urgență în toate țările UE, iar apelul este gratuit.',
              verdict: 'fact',
              explanation: 'Salvează-l în telefon înainte să pleci. Dacă ești în pericol, sună imediat la 112.',
            },
            {
              statement: 'Dacă nu ai actele potrivite, nu poți cere ajutor.',
              verdict: 'myth',
              explanation: 'Poți cere oricând ajutor, indiferent de acte. Dacă cineva te-a păcălit sau te-a forțat, nu e niciodată vina ta.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Salvează aceste numere înainte să pleci',
          text: 'Liniile de ajutor din țara ta sunt pe această pagină: salvează-le în telefon. 116 000 și 116 111 sunt numere gratuite în multe țări europene. În caz de urgență, sună la 112.',
        },
      ],
    },
    ru: {
      title: 'Едешь за границу? Путешествуй безопасно',
      summary: 'Едешь работать, учиться или в гости? Несколько простых шагов перед отъездом помогут быстрее получить помощь, если она понадобится.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Спланируй поездку так, чтобы помощь всегда была рядом',
          paragraphs: [
            'Поездка за границу может быть очень интересной: летняя работа, школьный обмен, визит к родственникам. Немного планирования сделает её безопаснее.',
            '**Расскажи человеку, которому доверяешь**, куда едешь, с кем будешь и когда вернёшься. Договоритесь, когда будете созваниваться, и о кодовом слове, которое значит «Мне нужна помощь».',
            'Паспорт и удостоверение личности принадлежат тебе. Держи их при себе, храни копии в другом месте и никогда не отдавай их работодателю, посреднику или хозяевам жилья.',
            'Если по приезде планы вдруг меняются — например, другая работа, другое место или у тебя забирают телефон, — сразу обращайся за помощью.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Перед отъездом: чек-лист',
          intro: 'Отметь всё это, прежде чем уехать.',
          signs: [
            'Расскажи взрослому, которому доверяешь, куда едешь, с кем и надолго ли.',
            'Запиши полный адрес, где будешь жить и работать.',
            'Сфотографируй или сделай копии паспорта, удостоверения личности и договора, оставь копию дома.',
            'Сохрани номера горячих линий и 112 в телефоне и запиши их ещё и на бумаге.',
            'Узнай адрес и телефон посольства или консульства своей страны там, куда едешь.',
            'Возьми немного собственных денег и заряженный телефон, которым пользуешься только ты.',
            'Договорись о постоянном времени звонков домой и о кодовом слове «Мне нужна помощь».',
            'Прочитай договор до подписания: он должен быть тебе понятен, условия должны тебя устраивать, а копия должна остаться у тебя.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Миф или факт?',
          items: [
            {
              statement: 'Если едешь со знакомыми, ничего плохого случиться не может.',
              verdict: 'myth',
              explanation: 'Большинство знакомых позаботятся о тебе. Но иногда опасность исходит от знакомого человека, поэтому всегда рассказывай о своих планах ещё кому-то.',
            },
            {
              statement: '112 — номер экстренных служб во всех странах ЕС, и звонок бесплатный.',
              verdict: 'fact',
              explanation: 'Сохрани его в телефоне перед поездкой. Если тебе грозит опасность, сразу звони 112.',
            },
            {
              statement: 'Если у тебя нет нужных документов, за помощью обратиться нельзя.',
              verdict: 'myth',
              explanation: 'Обратиться за помощью можно всегда, какие бы у тебя ни были документы. Если тебя обманули или принудили, в этом никогда нет твоей вины.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Сохрани эти номера перед отъездом',
          text: 'Горячие линии твоей страны указаны на этой странице: сохрани их в телефоне. 116 000 и 116 111 — бесплатные номера во многих европейских странах. В экстренной ситуации звони 112.',
        },
      ],
    },
    uk: {
      title: 'Їдеш за кордон? Подорожуй безпечно',
      summary: 'Їдеш працювати, навчатися чи в гості? Кілька простих кроків перед від’їздом допоможуть швидше отримати допомогу, якщо вона знадобиться.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Сплануй поїздку так, щоб допомога завжди була поруч',
          paragraphs: [
            'Поїздка за кордон може бути захопливою: літня робота, шкільний обмін, візит до родичів. Трохи планування зробить її безпечнішою.',
            '**Розкажи людині, якій довіряєш**, куди їдеш, з ким будеш і коли повернешся. Домовтеся, коли будете на зв’язку, і про кодове слово, що означає «Мені потрібна допомога».',
            'Паспорт і посвідчення особи належать тобі. Тримай їх при собі, зберігай копії в іншому місці й ніколи не віддавай їх роботодавцю, посереднику чи господарям житла.',
            'Якщо після приїзду плани раптом змінюються — наприклад, інша робота, інше місце або в тебе забирають телефон, — одразу звертайся по допомогу.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Перед від’їздом: чек-лист',
          intro: 'Познач усе це, перш ніж їхати.',
          signs: [
            'Розкажи дорослому, якому довіряєш, куди їдеш, з ким і надовго.',
            'Запиши повну адресу, де житимеш і працюватимеш.',
            'Сфотографуй або зроби копії паспорта, посвідчення особи й договору, залиш копію вдома.',
            'Збережи номери гарячих ліній і 112 у телефоні та запиши їх ще й на папері.',
            'Дізнайся адресу й телефон посольства чи консульства своєї країни там, куди їдеш.',
            'Май трохи власних грошей і заряджений телефон, яким користуєшся тільки ти.',
            'Домовся про постійний час дзвінків додому і про кодове слово «Мені потрібна допомога».',
            'Прочитай договір до підписання: він має бути тобі зрозумілим, умови мають тебе влаштовувати, а копія має залишитися в тебе.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Міф чи факт?',
          items: [
            {
              statement: 'Якщо їдеш зі знайомими, нічого поганого статися не може.',
              verdict: 'myth',
              explanation: 'Більшість знайомих подбають про тебе. Але іноді небезпека походить від знайомої людини, тож завжди розповідай про свої плани ще комусь.',
            },
            {
              statement: '112 — номер екстрених служб у всіх країнах ЄС, і дзвінок безкоштовний.',
              verdict: 'fact',
              explanation: 'Збережи його в телефоні перед поїздкою. Якщо тобі загрожує небезпека, одразу телефонуй 112.',
            },
            {
              statement: 'Якщо в тебе немає потрібних документів, звернутися по допомогу не можна.',
              verdict: 'myth',
              explanation: 'Звернутися по допомогу можна завжди, хоч би які в тебе були документи. Якщо тебе обманули чи примусили, у цьому ніколи немає твоєї провини.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Збережи ці номери перед від’їздом',
          text: 'Гарячі лінії твоєї країни вказано на цій сторінці: збережи їх у телефоні. 116 000 і 116 111 — безкоштовні номери в багатьох європейських країнах. У надзвичайній ситуації телефонуй 112.',
        },
      ],
    },
    sr: {
      title: 'Идеш у иностранство? Путуј безбедно',
      summary: 'Идеш на посао, студије или у посету? Неколико једноставних корака пре поласка олакшава да добијеш помоћ ако ти затреба.',
      blocks: [
        {
          blockType: 'richText',
          heading: 'Испланирај пут тако да помоћ увек буде близу',
          paragraphs: [
            'Одлазак у иностранство може да буде узбудљив: летњи посао, школска размена, посета рођацима. Мало планирања чини га безбеднијим.',
            '**Реци некоме коме верујеш** где идеш, са ким ћеш бити и када се враћаш. Договорите се када ћете се чути и о шифри која значи „Треба ми помоћ“.',
            'Пасош и лична карта су твоји. Носи их код себе, чувај копије на другом месту и никада их не дај послодавцу, посреднику или домаћину.',
            'Ако се по доласку планови изненада промене, на пример други посао, друго место или ти неко узме телефон, одмах потражи помоћ.',
          ],
        },
        {
          blockType: 'signsChecklist',
          heading: 'Пре поласка: листа за проверу',
          intro: 'Провери све ово пре него што кренеш.',
          signs: [
            'Реци одраслој особи којој верујеш где идеш, са ким и на колико дуго.',
            'Запиши пуну адресу на којој ћеш живети и радити.',
            'Фотографиши или копирај пасош, личну карту и уговор и остави копију код куће.',
            'Сачувај бројеве линија за помоћ и 112 у телефону и запиши их и на папир.',
            'Сазнај адресу и број телефона амбасаде или конзулата своје земље тамо где идеш.',
            'Имај мало свог новца и напуњен телефон који користиш само ти.',
            'Договори редовне термине за позиве кући и шифру за „Треба ми помоћ“.',
            'Прочитај уговор пре потписивања: треба да ти буде јасан, да се слажеш са условима и да имаш свој примерак.',
          ],
        },
        {
          blockType: 'mythOrFact',
          heading: 'Мит или чињеница?',
          items: [
            {
              statement: 'Ако путујеш са познатим људима, ништа лоше не може да се деси.',
              verdict: 'myth',
              explanation: 'Већина људи које познајеш пазиће на тебе. Али понекад опасност долази од неког познатог, зато увек реци своје планове још некоме.',
            },
            {
              statement: '112 је број за хитне случајеве у свим земљама ЕУ, а позив је бесплатан.',
              verdict: 'fact',
              explanation: 'Сачувај га у телефону пре пута. Ако си у опасности, одмах позови 112.',
            },
            {
              statement: 'Ако немаш одговарајућа документа, не можеш да тражиш помоћ.',
              verdict: 'myth',
              explanation: 'Помоћ увек можеш да потражиш, без обзира на документа. Ако те је неко преварио или приморао, то никада није твоја кривица.',
            },
          ],
        },
        {
          blockType: 'helplineCallout',
          heading: 'Сачувај ове бројеве пре поласка',
          text: 'Линије за помоћ у твојој земљи налазе се на овој страници: сачувај их у телефону. 116 000 и 116 111 су бесплатни бројеви у многим европским земљама. У хитном случају позови 112.',
        },
      ],
    },
  },
}

/* -------------------------------------------------------------------------------------------- */
/* 4. Home pages, one per prevention site                                                        */
/* -------------------------------------------------------------------------------------------- */

type HomeLocale = 'en' | 'el' | 'ar' | 'bg' | 'ro' | 'ru' | 'uk' | 'sr'

/** What every home page says in a locale, whatever the country: welcome and quiz. */
interface HomeCommon {
  title: string
  summary: string
  welcome: Extract<SeedBlock, { blockType: 'richText' }>
  quiz: Extract<SeedBlock, { blockType: 'quiz' }>
}

const homeCommon: Record<HomeLocale, HomeCommon> = {
  en: {
    title: 'Too good to be true?',
    summary: 'Short, honest tips for young people: check job offers, spot manipulation, travel safely and know who to call.',
    welcome: {
      blockType: 'richText',
      heading: 'Welcome. This site is for you.',
      paragraphs: [
        'This site is for young people. It helps you stay safe when a job offer, a new friend or a trip abroad seems too good to be true.',
        'Here you will find short tips: how to check a job offer, how to notice when someone is trying to use you, and how to travel safely.',
        '**Your visit here is anonymous.** There is no sign-up, nobody asks your name, and the site uses no cookies.',
        'Need to leave fast? The quick exit button takes you to another site straight away.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question: "A new online friend you have never met offers you a well-paid job abroad and says: “Don't tell your parents, it's a surprise.” What is the safest thing to do?",
      options: [
        { text: 'Say yes quickly, before someone else takes the job.', correct: false },
        { text: 'Keep it secret, as they asked.', correct: false },
        {
          text: 'Talk to an adult you trust or call a helpline before you decide.',
          correct: true,
        },
      ],
      explanation: 'A good offer can wait until you have checked it. When someone asks you to keep a job secret, that is a warning sign. Talking to someone you trust is always the safe choice.',
    },
  },
  el: {
    title: 'Πολύ καλό για να είναι αληθινό;',
    summary: 'Σύντομες, ειλικρινείς συμβουλές για νέους: έλεγξε προσφορές δουλειάς, πρόσεξε τη χειραγώγηση, ταξίδεψε με ασφάλεια, μάθε ποιον να καλέσεις.',
    welcome: {
      blockType: 'richText',
      heading: 'Καλώς ήρθες. Αυτός ο ιστότοπος είναι για σένα.',
      paragraphs: [
        'Αυτός ο ιστότοπος είναι για νέους. Σε βοηθά να μένεις ασφαλής όταν μια προσφορά δουλειάς, ένας καινούργιος φίλος ή ένα ταξίδι στο εξωτερικό μοιάζει πολύ καλό για να είναι αληθινό.',
        'Εδώ θα βρεις σύντομες συμβουλές: πώς να ελέγχεις μια προσφορά δουλειάς, πώς να καταλαβαίνεις πότε κάποιος προσπαθεί να σε εκμεταλλευτεί και πώς να ταξιδεύεις με ασφάλεια.',
        '**Η επίσκεψή σου εδώ είναι ανώνυμη.** Δεν χρειάζεται εγγραφή, κανείς δεν σου ζητά το όνομά σου και ο ιστότοπος δεν χρησιμοποιεί cookies.',
        'Θέλεις να φύγεις γρήγορα; Το κουμπί γρήγορης εξόδου σε πηγαίνει αμέσως σε έναν άλλο ιστότοπο.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question:
        'Ένας καινούργιος φίλος από το ίντερνετ, που δεν έχεις συναντήσει ποτέ, σου προτείνει μια καλοπληρωμένη δουλειά στο εξωτερικό και σου λέει: «Μην το πεις στους γονείς σου, θα είναι έκπληξη». Ποιο είναι το πιο ασφαλές που μπορείς να κάνεις;',
      options: [
        { text: 'Λες γρήγορα «ναι», πριν την πάρει κάποιος άλλος.', correct: false },
        { text: 'Το κρατάς μυστικό, όπως σου ζήτησε.', correct: false },
        {
          text: 'Μιλάς με έναν ενήλικα που εμπιστεύεσαι ή καλείς μια γραμμή βοήθειας πριν αποφασίσεις.',
          correct: true,
        },
      ],
      explanation:
        'Μια καλή προσφορά μπορεί να περιμένει μέχρι να την ελέγξεις. Όταν κάποιος σου ζητά να κρατήσεις μυστική μια δουλειά, αυτό είναι προειδοποιητικό σημάδι. Το να μιλήσεις σε κάποιον που εμπιστεύεσαι είναι πάντα η ασφαλής επιλογή.',
    },
  },
  ar: {
    title: 'أجمل من أن يكون حقيقيًا؟',
    summary: 'نصائح قصيرة وصادقة للشباب: تحقّق من عروض العمل، وانتبه للاستغلال، وسافر بأمان، واعرف بمن تتصل.',
    welcome: {
      blockType: 'richText',
      heading: 'أهلًا بك. هذا الموقع لك.',
      paragraphs: [
        'هذا الموقع للشباب. يساعدك على البقاء في أمان عندما يبدو عرض عمل أو صديق جديد أو سفر إلى الخارج أجمل من أن يكون حقيقيًا.',
        'ستجد هنا نصائح قصيرة: كيف تتحقق من عرض عمل، وكيف تنتبه عندما يحاول أحدٌ استغلالك، وكيف تسافر بأمان.',
        '**زيارتك هنا مجهولة الهوية.** لا حاجة إلى التسجيل، ولا أحد يسألك عن اسمك، ولا يستخدم الموقع ملفات تعريف الارتباط (الكوكيز).',
        'تريد المغادرة بسرعة؟ زر الخروج السريع ينقلك فورًا إلى موقع آخر.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question: 'صديق جديد على الإنترنت لم تلتقِ به قط يعرض عليك عملًا في الخارج براتب جيد، ويقول لك: «لا تخبر والديك، إنها مفاجأة». ما التصرف الأكثر أمانًا؟',
      options: [
        { text: 'وافِق بسرعة قبل أن يأخذ أحد غيرك العمل.', correct: false },
        { text: 'احتفظ بالأمر سرًّا كما طلب منك.', correct: false },
        { text: 'تحدّث مع شخص بالغ تثق به أو اتصل بخط مساعدة قبل أن تقرر.', correct: true },
      ],
      explanation: 'العرض الجيد يمكنه أن ينتظر حتى تتحقق منه. عندما يطلب منك أحدٌ أن تُبقي عملًا سرًّا، فهذه علامة تحذير. التحدث إلى شخص تثق به هو دائمًا الخيار الآمن.',
    },
  },
  bg: {
    title: 'Твърде хубаво, за да е истина?',
    summary: 'Кратки честни съвети за млади хора: провери офертата за работа, разпознай манипулацията, пътувай безопасно и знай на кого да се обадиш.',
    welcome: {
      blockType: 'richText',
      heading: 'Здравей! Този сайт е за теб.',
      paragraphs: [
        'Този сайт е за млади хора. Помага ти да си в безопасност, когато оферта за работа, нов приятел или пътуване в чужбина изглеждат твърде хубави, за да са истина.',
        'Тук ще намериш кратки съвети: как да провериш оферта за работа, как да разбереш, че някой се опитва да те използва, и как да пътуваш безопасно.',
        '**Тук никой не знае кой си.** Няма регистрация, никой не пита за името ти, а сайтът не използва бисквитки.',
        'Трябва да излезеш бързо? Бутонът за бърз изход веднага те отвежда на друг сайт.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question:
        'Нов приятел от интернет, с когото никога не сте се срещали, ти предлага добре платена работа в чужбина и казва: „Не казвай на родителите си, ще е изненада.“ Кое е най-безопасно да направиш?',
      options: [
        { text: 'Казваш бързо „да“, преди някой друг да вземе работата.', correct: false },
        { text: 'Пазиш го в тайна, както те е помолил.', correct: false },
        {
          text: 'Говориш с възрастен, на когото имаш доверие, или се обаждаш на линия за помощ, преди да решиш.',
          correct: true,
        },
      ],
      explanation:
        'Една добра оферта може да почака, докато я провериш. Когато някой те моли да пазиш работа в тайна, това е предупредителен знак. Да поговориш с човек, на когото имаш доверие, винаги е безопасният избор.',
    },
  },
  ro: {
    title: 'Prea frumos ca să fie adevărat?',
    summary: 'Sfaturi scurte și sincere pentru tineri: verifică ofertele de muncă, recunoaște manipularea, călătorește în siguranță și află pe cine suni.',
    welcome: {
      blockType: 'richText',
      heading: 'Bine ai venit! Acest site este pentru tine.',
      paragraphs: [
        'Acest site este pentru tineri. Te ajută să rămâi în siguranță atunci când o ofertă de muncă, un prieten nou sau o călătorie în străinătate pare prea frumos ca să fie adevărat.',
        'Aici găsești sfaturi scurte: cum verifici o ofertă de muncă, cum îți dai seama când cineva încearcă să te folosească și cum călătorești în siguranță.',
        '**Aici nimeni nu știe cine ești.** Nu e nevoie de cont, nimeni nu îți cere numele, iar site-ul nu folosește cookie-uri.',
        'Trebuie să pleci repede? Butonul de ieșire rapidă te duce imediat pe alt site.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question:
        'Un prieten nou de pe internet, pe care nu l-ai întâlnit niciodată, îți oferă un job bine plătit în străinătate și îți spune: „Nu le spune părinților, e o surpriză.” Care e cel mai sigur lucru pe care îl poți face?',
      options: [
        { text: 'Spui repede „da”, înainte să ia altcineva jobul.', correct: false },
        { text: 'Păstrezi secretul, cum ți-a cerut.', correct: false },
        {
          text: 'Vorbești cu un adult în care ai încredere sau suni la o linie de ajutor înainte să decizi.',
          correct: true,
        },
      ],
      explanation:
        'O ofertă bună poate aștepta până o verifici. Când cineva îți cere să ții secret un job, acesta e un semn de avertizare. Să vorbești cu cineva în care ai încredere este mereu alegerea sigură.',
    },
  },
  ru: {
    title: 'Слишком хорошо, чтобы быть правдой?',
    summary: 'Короткие честные советы для молодёжи: проверяй предложения о работе, распознавай манипуляцию, путешествуй безопасно и знай, куда звонить.',
    welcome: {
      blockType: 'richText',
      heading: 'Привет! Этот сайт — для тебя.',
      paragraphs: [
        'Этот сайт — для молодых людей. Он поможет тебе оставаться в безопасности, когда предложение работы, новый друг или поездка за границу кажутся слишком хорошими, чтобы быть правдой.',
        'Здесь ты найдёшь короткие советы: как проверить предложение о работе, как понять, что кто-то пытается тебя использовать, и как безопасно путешествовать.',
        '**Здесь никто не знает, кто ты.** Регистрация не нужна, никто не спрашивает твоё имя, а сайт не использует файлы cookie.',
        'Нужно быстро уйти? Кнопка быстрого выхода сразу перенесёт тебя на другой сайт.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question:
        'Новый друг из интернета, с которым вы ни разу не встречались, предлагает тебе хорошо оплачиваемую работу за границей и говорит: «Не говори родителям, это сюрприз». Как поступить безопаснее всего?',
      options: [
        { text: 'Быстро согласиться, пока работу не забрал кто-то другой.', correct: false },
        { text: 'Сохранить всё в секрете, как он просил.', correct: false },
        {
          text: 'Поговорить со взрослым, которому доверяешь, или позвонить на горячую линию, прежде чем решать.',
          correct: true,
        },
      ],
      explanation: 'Хорошее предложение подождёт, пока ты его проверишь. Если тебя просят держать работу в секрете, это тревожный знак. Поговорить с тем, кому доверяешь, — всегда безопасный выбор.',
    },
  },
  uk: {
    title: 'Занадто добре, щоб бути правдою?',
    summary: 'Короткі чесні поради для молоді: перевіряй пропозиції роботи, розпізнавай маніпуляцію, подорожуй безпечно і знай, куди телефонувати.',
    welcome: {
      blockType: 'richText',
      heading: 'Привіт! Цей сайт — для тебе.',
      paragraphs: [
        'Цей сайт — для молоді. Він допоможе тобі залишатися в безпеці, коли пропозиція роботи, новий друг чи поїздка за кордон здаються занадто добрими, щоб бути правдою.',
        'Тут ти знайдеш короткі поради: як перевірити пропозицію роботи, як зрозуміти, що хтось намагається тебе використати, і як безпечно подорожувати.',
        '**Тут ніхто не знає, хто ти.** Реєстрація не потрібна, ніхто не питає твого імені, а сайт не використовує файли cookie.',
        'Треба швидко піти? Кнопка швидкого виходу одразу перенесе тебе на інший сайт.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question: 'Новий друг з інтернету, з яким ви жодного разу не зустрічалися, пропонує тобі добре оплачувану роботу за кордоном і каже: «Не кажи батькам, це сюрприз». Як учинити найбезпечніше?',
      options: [
        { text: 'Швидко погодитися, поки роботу не забрав хтось інший.', correct: false },
        { text: 'Зберегти все в таємниці, як він просив.', correct: false },
        {
          text: 'Поговорити з дорослим, якому довіряєш, або зателефонувати на гарячу лінію, перш ніж вирішувати.',
          correct: true,
        },
      ],
      explanation: 'Хороша пропозиція зачекає, поки ти її перевіриш. Якщо тебе просять тримати роботу в таємниці, це тривожний знак. Поговорити з тим, кому довіряєш, — завжди безпечний вибір.',
    },
  },
  sr: {
    title: 'Превише добро да би било истинито?',
    summary: 'Кратки и искрени савети за младе: провери понуде за посао, препознај манипулацију, путуј безбедно и знај кога да позовеш.',
    welcome: {
      blockType: 'richText',
      heading: 'Здраво! Овај сајт је за тебе.',
      paragraphs: [
        'Овај сајт је за младе. Помаже ти да се заштитиш када понуда за посао, нови пријатељ или пут у иностранство делују превише добро да би били истинити.',
        'Овде ћеш наћи кратке савете: како да провериш понуду за посао, како да препознаш да неко покушава да те искористи и како да путујеш безбедно.',
        '**Овде нико не зна ко си.** Нема регистрације, нико те не пита за име, а сајт не користи колачиће.',
        'Мораш брзо да изађеш? Дугме за брзи излаз одмах те води на други сајт.',
      ],
    },
    quiz: {
      blockType: 'quiz',
      question:
        'Нови пријатељ са интернета, са којим се никада нисте срели, нуди ти добро плаћен посао у иностранству и каже: „Не говори родитељима, то је изненађење.“ Шта је најбезбедније да урадиш?',
      options: [
        { text: 'Брзо пристанеш, пре него што неко други узме посао.', correct: false },
        { text: 'Чуваш тајну, како је тражио.', correct: false },
        {
          text: 'Разговараш са одраслом особом којој верујеш или позовеш линију за помоћ пре него што одлучиш.',
          correct: true,
        },
      ],
      explanation: 'Добра понуда може да сачека док је не провериш. Када неко тражи да посао држиш у тајности, то је знак упозорења. Разговор са неким коме верујеш увек је безбедан избор.',
    },
  },
}

type Callout = { heading: string; text: string }

/**
 * Builds a home page: welcome, the country's helplines, quiz. The locales of the page are the keys
 * of `callouts`, in order; only numbers from shared/reference/helplines.md are named.
 */
function homePage(site: SiteId, callouts: Partial<Record<HomeLocale, Callout>>): SeedPage {
  const content: SeedPage['content'] = {}
  for (const [locale, callout] of Object.entries(callouts) as [HomeLocale, Callout][]) {
    const common = homeCommon[locale]
    const localeContent: SeedPageLocale = {
      title: common.title,
      summary: common.summary,
      blocks: [common.welcome, { blockType: 'helplineCallout', heading: callout.heading, text: callout.text }, common.quiz],
    }
    content[locale] = localeContent
  }
  return { slug: 'home', role: 'home', sites: [site], campaign: campaignSlug, content }
}

const homeGreece = homePage('gr-prevention', {
  el: {
    heading: 'Ποιον μπορείς να καλέσεις στην Ελλάδα;',
    text: 'Κάλεσε το 1109, τη γραμμή κατά της εμπορίας ανθρώπων. Μπορείς επίσης να καλέσεις το 116 000, τη δωρεάν γραμμή για εξαφανισμένα παιδιά, που λειτουργεί όλο το 24ωρο από «Το Χαμόγελο του Παιδιού». Σε έκτακτη ανάγκη, κάλεσε το 112.',
  },
  ar: {
    heading: 'بمن يمكنك أن تتصل في اليونان؟',
    text: 'اتصل بالرقم 1109، وهو الخط الخاص بمكافحة الاتجار بالبشر. ويمكنك أيضًا الاتصال بالرقم 116\u00a0000، وهو خط مجاني للأطفال المفقودين يعمل على مدار الساعة، تديره منظمة «ابتسامة الطفل». في حالة الطوارئ، اتصل بالرقم 112.',
  },
  en: {
    heading: 'Who can you call in Greece?',
    text: 'Call 1109, the anti-trafficking line. You can also call 116 000, the free 24/7 line for missing children, run by The Smile of the Child. In an emergency, call 112.',
  },
})

const homeBulgaria = homePage('bg-prevention', {
  bg: {
    heading: 'На кого можеш да се обадиш в България?',
    text: 'Обади се на 0800 20 100, националната гореща линия срещу трафика на хора, или на 116 111, линията за помощ за деца на Държавната агенция за закрила на детето. При спешен случай звънни на 112.',
  },
  en: {
    heading: 'Who can you call in Bulgaria?',
    text: 'Call 0800 20 100, the national anti-trafficking hotline, or 116 111, the child helpline of the State Agency for Child Protection. In an emergency, call 112.',
  },
})

const homeRomania = homePage('ro-prevention', {
  ro: {
    heading: 'Pe cine poți suna în România?',
    text: 'Sună la 0800 800 678, linia Agenției Naționale împotriva Traficului de Persoane (ANITP). În caz de urgență, sună la 112.',
  },
  en: {
    heading: 'Who can you call in Romania?',
    text: 'Call 0800 800 678, the line of the National Agency against Trafficking in Persons (ANITP). In an emergency, call 112.',
  },
})

const homeMoldova = homePage('md-prevention', {
  ro: {
    heading: 'Pe cine poți suna în Moldova?',
    text: 'Sună la linia La Strada: 0 800 77777, gratuit în Moldova, sau +373 22 23 33 09 din străinătate. Linia de ajutor pentru copii este 116 111.',
  },
  ru: {
    heading: 'Куда звонить в Молдове?',
    text: 'Звони на линию «Ла Страда»: 0 800 77777 — бесплатно по Молдове, +373 22 23 33 09 — из-за границы. Детская линия помощи — 116 111.',
  },
  en: {
    heading: 'Who can you call in Moldova?',
    text: 'Call the La Strada line: 0 800 77777, free inside Moldova, or +373 22 23 33 09 from abroad. The child helpline is 116 111.',
  },
})

const homeUkraine = homePage('ua-prevention', {
  uk: {
    heading: 'Куди телефонувати в Україні?',
    text: 'Телефонуй 1547 — це урядова гаряча лінія, або 116 111 — лінія для дітей та молоді.',
  },
  ru: {
    heading: 'Куда звонить в Украине?',
    text: 'Звони 1547 — это правительственная горячая линия, или 116 111 — линия для детей и молодёжи.',
  },
  en: {
    heading: 'Who can you call in Ukraine?',
    text: 'Call 1547, the government hotline, or 116 111, the line for children and young people.',
  },
})

const homeSerbia = homePage('rs-prevention', {
  sr: {
    heading: 'Кога можеш да позовеш у Србији?',
    text: 'Позови АСТРА СОС линију: +381 11 785 0000. АСТРА води и 116 000, бесплатну линију за несталу децу.',
  },
  en: {
    heading: 'Who can you call in Serbia?',
    text: 'Call the ASTRA SOS hotline: +381 11 785 0000. ASTRA also runs 116 000, the free line for missing children.',
  },
})

export const preventionPages: SeedPage[] = [fakeJobOffers, loverBoy, safeTravel, homeGreece, homeBulgaria, homeRomania, homeMoldova, homeUkraine, homeSerbia]
