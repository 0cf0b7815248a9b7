var e=`{
  "schemaVersion": 2,
  "id": "assad-exile-network",
  "title": "Assad's exiles and the new Syria (December 2025)",
  "summary": "Who is who in the plans of Bashar al-Assad's former inner circle, exiled in Moscow, to pay fighters for an uprising on the Syrian coast, and in the new government's answer. Built from two news reports of December 2025 that both relay the same Reuters investigation, so for most claims there is one independent source.",
  "asOf": "2025-12",
  "language": "en",
  "sources": [
    {
      "id": "src-inner-circle-report",
      "title": "Al-Assad’s inner circle plots Syrian uprisings from Russian exile: report | News from the war in Syria",
      "published": "2025-12",
      "relays": "src-reuters-investigation"
    },
    {
      "id": "src-pro-assad-russians-report",
      "title": "Pro-Assad Russians reportedly plotting uprising in Syria - Reuters",
      "published": "2025-12",
      "relays": "src-reuters-investigation"
    },
    {
      "id": "src-reuters-investigation",
      "title": "Reuters investigation into Assad loyalists funding fighters from Russian exile (original title not given by the relaying reports; not consulted directly)",
      "publisher": "Reuters",
      "published": "2025-12"
    }
  ],
  "actorKinds": [
    { "id": "person", "label": "Person" },
    { "id": "family", "label": "Family", "description": "A family or dynasty taken as a whole." },
    {
      "id": "group",
      "label": "Group of people",
      "description": "An informal group or loose network of people without a formal organisation."
    },
    {
      "id": "organisation",
      "label": "Organisation",
      "description": "A formal organisation: an agency, a service, a company, a news agency."
    },
    { "id": "government", "label": "Government", "description": "A government or regime, past or present." },
    { "id": "court-or-ministry", "label": "Court or ministry" },
    { "id": "state", "label": "State", "description": "A country acting as a whole." },
    { "id": "international-body", "label": "International body" },
    { "id": "armed-group", "label": "Armed group", "description": "Fighters, militias or other armed formations." },
    { "id": "community", "label": "Community", "description": "A religious or ethnic community." },
    { "id": "place", "label": "Place", "description": "A city or region where things happen." },
    {
      "id": "structure",
      "label": "Structure or facility",
      "description": "Buildings, bases, caches and networks of facilities."
    },
    { "id": "event", "label": "Event", "description": "Something that happened, such as a wave of violence." }
  ],
  "relationKinds": [
    { "id": "family-of", "label": "Family of", "directed": false },
    { "id": "associate-of", "label": "Close associate of", "directed": false },
    { "id": "friend-of", "label": "Friend of", "directed": false },
    { "id": "rival-of", "label": "Rival of / fell out with", "directed": false },
    { "id": "associated-with", "label": "Associated with", "directed": false },
    {
      "id": "negotiates-with",
      "label": "Deals with",
      "directed": false,
      "description": "Turns to the other side to negotiate or to protect shared interests."
    },
    { "id": "member-of", "label": "Member of", "directed": true },
    { "id": "part-of", "label": "Part of", "directed": true },
    { "id": "leads", "label": "Leads / led", "directed": true },
    { "id": "governs", "label": "Governs", "directed": true },
    { "id": "works-for", "label": "Works for", "directed": true },
    { "id": "recruits", "label": "Enlists", "directed": true, "description": "Brings a person into its service." },
    {
      "id": "recruits-among",
      "label": "Recruits among",
      "directed": true,
      "description": "Tries to build an armed force from members of a community."
    },
    { "id": "funds", "label": "Funds", "directed": true },
    { "id": "controls", "label": "Controls", "directed": true },
    { "id": "commands", "label": "Commands", "directed": true },
    { "id": "contacts", "label": "Sends messages to", "directed": true },
    { "id": "seeks-control-of", "label": "Seeks control of", "directed": true },
    { "id": "seeks-support-of", "label": "Tries to win over", "directed": true },
    { "id": "opposes", "label": "Opposes", "directed": true },
    { "id": "distrusts", "label": "Distrusts", "directed": true },
    { "id": "withholds-support-from", "label": "Withholds support from", "directed": true },
    { "id": "defected-from", "label": "Changed sides from", "directed": true },
    { "id": "granted-asylum-to", "label": "Granted asylum to", "directed": true },
    { "id": "in-exile-in", "label": "In exile in", "directed": true },
    { "id": "located-in", "label": "Located in", "directed": true },
    { "id": "power-base-in", "label": "Had a power base in", "directed": true },
    { "id": "holds", "label": "Holds / is stocked with", "directed": true },
    { "id": "legal-action-against", "label": "Takes legal action against", "directed": true },
    { "id": "pressures", "label": "Puts pressure on", "directed": true },
    { "id": "visits", "label": "Visits", "directed": true },
    { "id": "investigates", "label": "Investigates", "directed": true },
    {
      "id": "not-reconciled-to-loss-of",
      "label": "Has not accepted the loss of power in",
      "directed": true,
      "description": "A person who, by a report's account, has not come to terms with losing the power he held in a regime. Says nothing about plotting or action."
    },
    {
      "id": "shared-stake-in",
      "label": "Shares a stake in",
      "directed": true,
      "description": "Control of it is named as a reward or advantage for this person together with another one: a shared prospect, not sole control."
    },
    {
      "id": "sought-comment-from",
      "label": "Sought comment from",
      "directed": true,
      "description": "A news organisation asked a person for comment, or tried to. Not answering is recorded as such: it is not a denial."
    },
    {
      "id": "challenge-for",
      "label": "Is a challenge for",
      "directed": true,
      "description": "Something a report lists among the challenges a country faces."
    },
    { "id": "defeated", "label": "Defeated", "directed": true },
    { "id": "interviewed", "label": "Interviewed", "directed": true },
    { "id": "turned-against", "label": "Turned against", "directed": true }
  ],
  "actors": [
    {
      "id": "bashar-al-assad",
      "name": "Bashar al-Assad",
      "kind": "person",
      "aliases": ["Assad", "al-Assad", "Al-Assad", "Bashar Assad", "Bashar al-Asad", "بشار الأسد"],
      "summary": "Syria's former president, who lost power in December 2024 and fled to Russia, where he has asylum. Syria's Ministry of Justice has issued a warrant for his arrest. Reuters could not reach him for comment.",
      "tags": ["assad-family", "exile", "former-regime"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 1, 2, 4, 16" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 2, 11, 12, 13" }
      ]
    },
    {
      "id": "maher-al-assad",
      "name": "Maher al-Assad",
      "kind": "person",
      "aliases": ["Maher Assad", "Maher al-Asad", "ماهر الأسد"],
      "summary": "Bashar al-Assad's brother. The second report counts him among the high-ranking members of the old inner circle who, unlike Bashar, have not accepted the loss of power; neither report links him to the plot. Reuters could not reach him for comment.",
      "tags": ["assad-family", "former-regime"],
      "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraphs 2, 11" }]
    },
    {
      "id": "assad-family",
      "name": "Assad family",
      "kind": "family",
      "aliases": ["al-Assad family", "Al-Assad family", "Assad dynasty", "the Assads", "آل الأسد"],
      "summary": "The family that ruled Syria until its fall in December 2024, long linked with the Alawite sect. Rami Makhlouf, a cousin, later broke with its most powerful members.",
      "tags": ["assad-family", "former-regime"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 4, 9" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 3, 7" }
      ]
    },
    {
      "id": "assad-regime",
      "name": "Assad regime (former government)",
      "kind": "government",
      "aliases": ["Assad government", "the dictatorship", "former Syrian regime"],
      "summary": "The state Bashar al-Assad ran until December 2024, with its armed forces, military intelligence and detention system.",
      "tags": ["former-regime"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 6, 9, 17" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 7, 9, 12" }
      ]
    },
    {
      "id": "kamal-hassan",
      "name": "Kamal Hassan",
      "kind": "person",
      "aliases": ["Kamal Hasan", "Major General Kamal Hassan"],
      "summary": "Major general who headed Assad's military intelligence and ran the regime's military detention system. From exile in Moscow he funds would-be fighters and, according to his relatives, calls and sends voice messages to commanders, in competition with Rami Makhlouf. He did not respond to Reuters' request for comment.",
      "tags": ["exile", "financier", "former-regime"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 4, 6, 7, 8, 12, 15" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 3, 5, 6, 11" }
      ]
    },
    {
      "id": "kamal-hassan-relatives",
      "name": "Relatives of Kamal Hassan",
      "kind": "group",
      "aliases": ["Hassan's relatives"],
      "summary": "Family members of Kamal Hassan interviewed by Reuters, who said he calls and sends voice messages to commanders from his villa in Moscow.",
      "tags": ["witness"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 6" }]
    },
    {
      "id": "rami-makhlouf",
      "name": "Rami Makhlouf",
      "kind": "person",
      "aliases": ["Rami Makhluf", "Makhlouf", "رامي مخلوف"],
      "summary": "Billionaire cousin of Bashar al-Assad whose business empire once helped finance the regime. After falling out with his most powerful relatives and years of house arrest he lives in Moscow, funds fighters and presents himself as a messianic figure. He did not respond to Reuters' request for comment.",
      "tags": ["exile", "financier", "former-regime"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 4, 9, 10, 12, 15" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 3, 5, 7, 11" }
      ]
    },
    {
      "id": "military-intelligence",
      "name": "Military intelligence (Assad era)",
      "kind": "organisation",
      "aliases": ["Assad's military intelligence"],
      "summary": "The intelligence service of Assad's armed forces, once headed by Kamal Hassan.",
      "tags": ["former-regime"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraph 4" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 6" }
      ]
    },
    {
      "id": "military-detention-system",
      "name": "Military detention system (Assad era)",
      "kind": "structure",
      "aliases": ["Assad's military detention system"],
      "summary": "The notorious network of military detention under Assad, which Kamal Hassan ran.",
      "tags": ["former-regime"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 6" }]
    },
    {
      "id": "assad-loyalist-exiles",
      "name": "Assad loyalists in exile and other factions",
      "kind": "group",
      "aliases": [
        "the exiles",
        "the conspirators",
        "former Assad loyalists",
        "Assad's former inner circle",
        "pro-Assad plotters"
      ],
      "summary": "The loose camp of former Assad loyalists who fled to Russia after his fall, among them the rivals Kamal Hassan and Rami Makhlouf, together with other factions vying for power, who fund would-be fighters in Syria hoping for an uprising against the new government.",
      "tags": ["exile"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 1, 5, 14, 15, 16" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 1, 4, 8" }
      ]
    },
    {
      "id": "local-commanders",
      "name": "Commanders on the ground",
      "kind": "group",
      "aliases": ["local commanders", "field commanders"],
      "summary": "Commanders inside Syria. The reports say Hassan calls and sends voice messages to commanders, and that commanders on the ground told Reuters how little the fighters are paid; they do not say these are the same commanders.",
      "tags": ["fighters"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 6, 13" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 6" }
      ]
    },
    {
      "id": "coastal-fighters",
      "name": "Would-be fighters",
      "kind": "armed-group",
      "aliases": ["militias", "potential fighters", "would-be insurgents"],
      "summary": "Tens of thousands of would-be fighters, meant to be drawn from the Alawite minority, paid by the exiles and other factions in the hope of an uprising. Commanders say the fighters are paid a pittance and took money from both sides.",
      "tags": ["fighters"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 1, 4, 5, 8, 12, 13" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 1, 3, 4" }
      ]
    },
    {
      "id": "coastal-command-rooms",
      "name": "Underground command rooms",
      "kind": "structure",
      "aliases": ["network of 14 underground command rooms", "hidden command rooms"],
      "summary": "Fourteen hidden command rooms built underground on the Syrian coast near the end of Assad's rule. Two officers and a regional governor confirmed that they exist. Both reports name control of them as a reward or advantage for Hassan and Makhlouf together.",
      "tags": ["infrastructure"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 10, 11" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
      ]
    },
    {
      "id": "weapons-caches",
      "name": "Weapons caches",
      "kind": "structure",
      "aliases": ["arms caches", "weapons stores"],
      "summary": "Hidden stocks of weapons that go with the command-room network; photos seen by Reuters show rooms full of rifles, ammunition and grenades.",
      "tags": ["infrastructure"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 10, 11" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
      ]
    },
    {
      "id": "alawites",
      "name": "Alawites",
      "kind": "community",
      "aliases": ["Alawite minority", "Alawite sect", "Alawis", "العلويون"],
      "summary": "Religious minority long linked with the Assad family, living mostly on Syria's coast. Both the exiles and the new government want their support, and many of them distrust the exiles.",
      "tags": ["community"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 4, 7, 15, 17" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 3, 8, 9" }
      ]
    },
    {
      "id": "former-soldiers",
      "name": "Former soldiers",
      "kind": "group",
      "aliases": ["ex-soldiers", "former soldiers of Assad's army"],
      "summary": "Men who served under the old regime, whom Khaled al-Ahmad is trying to convince that the new Syria offers them a future.",
      "tags": ["community"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraph 18" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
      ]
    },
    {
      "id": "syrian-government",
      "name": "Syrian government (new)",
      "kind": "government",
      "aliases": ["new Syrian government", "new authorities", "Syrian authorities", "al-Sharaa's government"],
      "summary": "The government that took over after Assad's fall, headed by President Ahmed al-Sharaa. It is working against the exiles' plans and gaining recognition abroad.",
      "tags": ["government"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 1, 2, 16, 17, 19" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 1, 9, 12" }
      ]
    },
    {
      "id": "ahmed-al-sharaa",
      "name": "Ahmed al-Sharaa",
      "kind": "person",
      "aliases": ["Ahmad al-Sharaa", "Ahmed al-Shara", "al-Sharaa", "President al-Sharaa", "أحمد الشرع"],
      "summary": "President of Syria and head of the new government a year after Assad's fall; his standing abroad is growing. Khaled al-Ahmad is his childhood friend.",
      "tags": ["government"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 2, 16, 17, 22" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
      ]
    },
    {
      "id": "khaled-al-ahmad",
      "name": "Khaled al-Ahmad",
      "kind": "person",
      "aliases": ["Khalid al-Ahmad", "Khaled Ahmad", "خالد الأحمد"],
      "summary": "An Alawite and a childhood friend of al-Sharaa. He was a leader of Assad's militarized formations and later changed sides. The new government relies on him to win over former soldiers and Alawite civilians.",
      "tags": ["government"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 17, 18" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
      ]
    },
    {
      "id": "ahmed-al-shami",
      "name": "Ahmed al-Shami",
      "kind": "person",
      "aliases": ["Ahmad al-Shami", "Governor of Tartus", "أحمد الشامي"],
      "summary": "Governor of the coastal Tartus region. He told Reuters the authorities know about the plots and are ready to combat them, and said he is certain the plotters cannot do anything effective because they lack powerful tools on the ground.",
      "tags": ["government"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraphs 19, 20" }]
    },
    {
      "id": "syrian-ministry-of-justice",
      "name": "Syrian Ministry of Justice",
      "kind": "court-or-ministry",
      "aliases": ["Ministry of Justice", "وزارة العدل"],
      "summary": "Ministry of the new Syrian state that issued an arrest warrant for Bashar al-Assad in September 2025.",
      "tags": ["government", "justice"],
      "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraphs 12, 13" }]
    },
    {
      "id": "russia",
      "name": "Russia",
      "kind": "state",
      "aliases": ["روسيا"],
      "summary": "Gave Bashar al-Assad asylum and hosts the exiles, but has not backed their plans; it now deals with al-Sharaa's government to keep its military bases at Tartus.",
      "tags": ["foreign-state"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 4, 15, 16" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 2, 12" }
      ]
    },
    {
      "id": "moscow",
      "name": "Moscow",
      "kind": "place",
      "aliases": ["موسكو"],
      "summary": "Russia's capital, where Assad and the rival exiles Hassan and Makhlouf live.",
      "tags": ["place"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 4, 6" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 2" }
      ]
    },
    {
      "id": "russian-bases-tartus",
      "name": "Russian military bases at Tartus",
      "kind": "structure",
      "aliases": ["Russia's Mediterranean bases"],
      "summary": "Russia's military bases on the Mediterranean coast at Tartus, which Moscow is keen to keep. They lie in the region the plotters want to control.",
      "tags": ["infrastructure", "foreign-state"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 16" }]
    },
    {
      "id": "syria",
      "name": "Syria",
      "kind": "state",
      "aliases": ["سوريا", "سورية"],
      "summary": "The country at the centre of the story, one year into a fragile transition after Assad's fall.",
      "tags": ["place"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 1, 3, 21, 22" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraph 1" }
      ]
    },
    {
      "id": "syrian-coast",
      "name": "Syrian coast",
      "kind": "place",
      "aliases": ["the coast", "coastal region", "الساحل السوري"],
      "summary": "Syria's Mediterranean coast, home to most Alawites and once Assad's power base. The exiles want to control it, and the command rooms are there.",
      "tags": ["place"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 7, 10, 16" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 3, 5" }
      ]
    },
    {
      "id": "tartus",
      "name": "Tartus",
      "kind": "place",
      "aliases": ["Tartous", "طرطوس"],
      "summary": "Coastal region of Syria, governed by Ahmed al-Shami, where Russia has its military bases.",
      "tags": ["place"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraphs 16, 19" }]
    },
    {
      "id": "lebanon",
      "name": "Lebanon",
      "kind": "state",
      "aliases": ["لبنان"],
      "summary": "Syria's neighbour. Only the second report says the rival militias are also being formed there.",
      "tags": ["place", "foreign-state"],
      "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }]
    },
    {
      "id": "israel",
      "name": "Israel",
      "kind": "state",
      "aliases": ["إسرائيل"],
      "summary": "Neighbouring state whose continuing military incursions and demand for a buffer zone are among the challenges Syria faces.",
      "tags": ["foreign-state"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 21" }]
    },
    {
      "id": "un-security-council",
      "name": "UN Security Council",
      "kind": "international-body",
      "aliases": ["UNSC", "مجلس الأمن الدولي"],
      "summary": "Sent a delegation to Syria on its first-ever visit in the week of the first report (about December 2025: the month is inferred from \\"this week\\"), a sign of al-Sharaa's growing standing abroad.",
      "tags": ["international"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 22" }]
    },
    {
      "id": "reuters",
      "name": "Reuters",
      "kind": "organisation",
      "aliases": ["Reuters news agency", "رويترز"],
      "summary": "International news agency whose investigation, based on 48 interviews and financial documents, both reports in this dataset retell.",
      "tags": ["media"],
      "sources": [
        { "source": "src-inner-circle-report", "locator": "paragraphs 1, 2" },
        { "source": "src-pro-assad-russians-report", "locator": "paragraphs 1, 10" }
      ]
    },
    {
      "id": "sectarian-violence-2025",
      "name": "Sectarian violence of March and July 2025",
      "kind": "event",
      "aliases": ["deadly sectarian violence", "sectarian tensions"],
      "summary": "Sectarian tensions in Syria that escalated into deadly violence in March and July 2025 (the year is inferred from the report's date). The report names no parties to it.",
      "tags": ["violence"],
      "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 21" }]
    },
    {
      "id": "kamal-hassan-advisers",
      "name": "Advisers of Kamal Hassan",
      "kind": "group",
      "aliases": ["Hassan's advisers"],
      "summary": "Advisers whom, according to the second report, Hassan constantly calls and sends voice messages to. They are not named.",
      "tags": [],
      "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 6" }]
    },
    {
      "id": "syrian-opposition",
      "name": "Syrian opposition",
      "kind": "group",
      "aliases": ["the opposition"],
      "summary": "The opposition whose victory in December 2024 ended Bashar al-Assad's rule and led him to flee to Russia.",
      "tags": [],
      "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 12" }]
    },
    {
      "id": "assad-militarized-formations",
      "name": "Assad's militarized formations",
      "kind": "armed-group",
      "aliases": ["pro-Assad armed formations"],
      "summary": "Armed formations on Assad's side, of which Khaled al-Ahmad was a leader before he joined the new authorities.",
      "tags": ["former-regime"],
      "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }]
    }
  ],
  "relations": [
    {
      "id": "rel-bashar-maher-family",
      "from": "bashar-al-assad",
      "to": "maher-al-assad",
      "kind": "family-of",
      "claims": [
        {
          "id": "cl-maher-brother-of-bashar",
          "text": "Maher al-Assad is Bashar al-Assad's brother: the second report mentions Bashar's brother and later names him as Maher al-Assad.",
          "status": "reported",
          "sources": [
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 2" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 11" }
          ]
        }
      ]
    },
    {
      "id": "rel-makhlouf-bashar-cousins",
      "from": "rami-makhlouf",
      "to": "bashar-al-assad",
      "kind": "family-of",
      "claims": [
        {
          "id": "cl-makhlouf-cousin-of-bashar",
          "text": "Rami Makhlouf is a cousin of Bashar al-Assad.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 7" }
          ]
        }
      ]
    },
    {
      "id": "rel-bashar-assad-family",
      "from": "bashar-al-assad",
      "to": "assad-family",
      "kind": "member-of",
      "claims": [
        {
          "id": "cl-bashar-of-assad-dynasty",
          "text": "Bashar al-Assad belongs to the Assad family, the dynasty that has now fallen from power.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }
          ]
        }
      ]
    },
    {
      "id": "rel-maher-assad-family",
      "from": "maher-al-assad",
      "to": "assad-family",
      "kind": "member-of",
      "claims": [
        {
          "id": "cl-maher-of-assad-family",
          "text": "As Bashar's brother, Maher al-Assad is part of the Assad family.",
          "status": "reported",
          "sources": [
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 2" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 11" }
          ]
        }
      ]
    },
    {
      "id": "rel-makhlouf-assad-family-rift",
      "from": "rami-makhlouf",
      "to": "assad-family",
      "kind": "rival-of",
      "claims": [
        {
          "id": "cl-makhlouf-fell-out-house-arrest",
          "text": "Makhlouf broke with his more powerful relatives and then spent years under house arrest.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 9" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 7" }
          ]
        }
      ]
    },
    {
      "id": "rel-bashar-led-regime",
      "from": "bashar-al-assad",
      "to": "assad-regime",
      "kind": "leads",
      "claims": [
        {
          "id": "cl-bashar-ruled-until-fall",
          "text": "Bashar al-Assad ruled Syria until he was overthrown; his rule ended when the opposition won in December 2024.",
          "status": "reported",
          "time": { "to": "2024-12" },
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 1" },
            { "source": "src-inner-circle-report", "locator": "paragraph 2" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 12" }
          ]
        }
      ]
    },
    {
      "id": "rel-hassan-close-to-bashar",
      "from": "kamal-hassan",
      "to": "bashar-al-assad",
      "kind": "associate-of",
      "claims": [
        {
          "id": "cl-hassan-once-closest",
          "text": "The first report calls Hassan one of the two men once closest to Assad.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 4" }]
        },
        {
          "id": "cl-hassan-once-closest-associate",
          "text": "The second report calls Hassan one of two of Assad's once-closest associates.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }]
        }
      ]
    },
    {
      "id": "rel-makhlouf-close-to-bashar",
      "from": "rami-makhlouf",
      "to": "bashar-al-assad",
      "kind": "associate-of",
      "claims": [
        {
          "id": "cl-makhlouf-once-closest",
          "text": "The first report calls Makhlouf one of the two men once closest to Assad.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 4" }]
        },
        {
          "id": "cl-makhlouf-once-closest-associate",
          "text": "The second report calls Makhlouf one of two of Assad's once-closest associates.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }]
        }
      ]
    },
    {
      "id": "rel-hassan-led-intelligence",
      "from": "kamal-hassan",
      "to": "military-intelligence",
      "kind": "leads",
      "claims": [
        {
          "id": "cl-hassan-intelligence-chief",
          "text": "Major General Kamal Hassan used to head Assad's military intelligence.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 6" }
          ]
        }
      ]
    },
    {
      "id": "rel-hassan-ran-detention",
      "from": "kamal-hassan",
      "to": "military-detention-system",
      "kind": "leads",
      "claims": [
        {
          "id": "cl-hassan-ran-detention",
          "text": "Hassan was in charge of the regime's notorious military detention system.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 6" }]
        }
      ]
    },
    {
      "id": "rel-intelligence-part-of-regime",
      "from": "military-intelligence",
      "to": "assad-regime",
      "kind": "part-of",
      "claims": [
        {
          "id": "cl-intelligence-served-assad",
          "text": "The military intelligence service Hassan headed was part of Assad's state.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 6" }
          ]
        }
      ]
    },
    {
      "id": "rel-detention-part-of-regime",
      "from": "military-detention-system",
      "to": "assad-regime",
      "kind": "part-of",
      "claims": [
        {
          "id": "cl-detention-of-regime",
          "text": "The military detention system belonged to the Assad regime.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 6" }]
        }
      ]
    },
    {
      "id": "rel-makhlouf-funded-regime",
      "from": "rami-makhlouf",
      "to": "assad-regime",
      "kind": "funds",
      "claims": [
        {
          "id": "cl-makhlouf-bankrolled-war",
          "text": "Makhlouf's business empire once helped finance Assad's rule during the civil war, a war the first report says lasted 14 years.",
          "status": "reported",
          "quantities": [{ "value": 14, "unit": "years", "about": "of the Syrian civil war" }],
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 9" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 7" }
          ]
        }
      ]
    },
    {
      "id": "rel-hassan-makhlouf-rivalry",
      "from": "kamal-hassan",
      "to": "rami-makhlouf",
      "kind": "rival-of",
      "claims": [
        {
          "id": "cl-rivals-build-militias",
          "text": "Since going into exile in Moscow, Hassan and Makhlouf have been competing with each other to raise militias among the Alawites.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }
          ]
        },
        {
          "id": "cl-rivals-sharp-disagreement",
          "text": "The two exiles are deeply at odds with each other, one of the reasons Reuters gives for the plot's weak prospects.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 15" }]
        }
      ]
    },
    {
      "id": "rel-hassan-exile-moscow",
      "from": "kamal-hassan",
      "to": "moscow",
      "kind": "in-exile-in",
      "claims": [
        {
          "id": "cl-hassan-in-moscow",
          "text": "Hassan lives in exile in Moscow.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 4" }]
        }
      ]
    },
    {
      "id": "rel-makhlouf-exile-moscow",
      "from": "rami-makhlouf",
      "to": "moscow",
      "kind": "in-exile-in",
      "claims": [
        {
          "id": "cl-makhlouf-in-moscow",
          "text": "Makhlouf lives in exile in Moscow.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 4" }]
        }
      ]
    },
    {
      "id": "rel-bashar-fled-to-russia",
      "from": "bashar-al-assad",
      "to": "russia",
      "kind": "in-exile-in",
      "claims": [
        {
          "id": "cl-bashar-fled-december-2024",
          "text": "Bashar al-Assad fled to Russia after the opposition won in December 2024.",
          "status": "reported",
          "time": { "from": "2024-12" },
          "sources": [
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 12" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 2" }
          ]
        }
      ]
    },
    {
      "id": "rel-bashar-exile-moscow",
      "from": "bashar-al-assad",
      "to": "moscow",
      "kind": "in-exile-in",
      "claims": [
        {
          "id": "cl-bashar-accepts-exile",
          "text": "About a year after fleeing, Assad has mostly made his peace with living in exile in Moscow, unlike others from his old circle.",
          "status": "reported",
          "time": { "from": "2024-12", "approximate": true },
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 2" }]
        }
      ]
    },
    {
      "id": "rel-russia-asylum-bashar",
      "from": "russia",
      "to": "bashar-al-assad",
      "kind": "granted-asylum-to",
      "claims": [
        {
          "id": "cl-russia-gave-asylum",
          "text": "Russia gave Bashar al-Assad asylum.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 16" }]
        }
      ]
    },
    {
      "id": "rel-moscow-in-russia",
      "from": "moscow",
      "to": "russia",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-moscow-is-russian-exile",
          "text": "Moscow, where the exiles live, is in Russia: the reports use exile in Moscow and exile in Russia for the same thing.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 2" }
          ]
        }
      ]
    },
    {
      "id": "rel-hassan-contacts-commanders",
      "from": "kamal-hassan",
      "to": "local-commanders",
      "kind": "contacts",
      "claims": [
        {
          "id": "cl-hassan-calls-commanders-relatives",
          "text": "According to his relatives interviewed by Reuters, Hassan tirelessly calls and sends voice messages to commanders from his villa in Moscow.",
          "status": "claimed",
          "claimedBy": "kamal-hassan-relatives",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 6" }]
        },
        {
          "id": "cl-hassan-calls-commanders",
          "text": "The second report retells the same account without naming its source: Hassan constantly calls and sends voice messages to commanders (and to advisers). Recorded, as in the first report, as his relatives' account.",
          "status": "claimed",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 6" }],
          "claimedBy": "kamal-hassan-relatives"
        }
      ]
    },
    {
      "id": "rel-hassan-messages-fighters",
      "from": "kamal-hassan",
      "to": "coastal-fighters",
      "kind": "contacts",
      "claims": [
        {
          "id": "cl-hassan-whatsapp-keep-weapons",
          "text": "In a WhatsApp message seen by Reuters, Hassan told \\"my people\\" to be patient and not to give up their weapons, promising to restore their dignity. Inference: the report does not say who received the message; linking it to the paid fighters is our reading.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 8" }]
        }
      ]
    },
    {
      "id": "rel-hassan-wants-coast",
      "from": "kamal-hassan",
      "to": "syrian-coast",
      "kind": "seeks-control-of",
      "claims": [
        {
          "id": "cl-hassan-visions-rule-coast",
          "text": "Hassan is angry about the influence he has lost and sketches grand plans for how he would govern the Syrian coast.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 7" }]
        }
      ]
    },
    {
      "id": "rel-makhlouf-seeks-return",
      "from": "rami-makhlouf",
      "to": "syria",
      "kind": "seeks-control-of",
      "claims": [
        {
          "id": "cl-makhlouf-messianic-return",
          "text": "In conversations and messages Makhlouf presents himself as a messianic figure who will return to power after an apocalyptic final battle.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 9" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 7" }
          ]
        }
      ]
    },
    {
      "id": "rel-hassan-controls-fighters",
      "from": "kamal-hassan",
      "to": "coastal-fighters",
      "kind": "controls",
      "claims": [
        {
          "id": "cl-hassan-claims-12000",
          "text": "Hassan claims control of 12,000 fighters, according to internal documents and financial records reviewed by Reuters. The figure is his own.",
          "status": "claimed",
          "claimedBy": "kamal-hassan",
          "quantities": [{ "value": 12000, "unit": "fighters" }],
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 12" }]
        }
      ]
    },
    {
      "id": "rel-hassan-funds-fighters",
      "from": "kamal-hassan",
      "to": "coastal-fighters",
      "kind": "funds",
      "claims": [
        {
          "id": "cl-hassan-spent-1-5-million",
          "text": "Hassan has spent $1.5 million since March 2025, according to internal documents and financial records reviewed by Reuters.",
          "status": "reported",
          "time": { "from": "2025-03", "to": "2025-12" },
          "quantities": [{ "value": 1500000, "unit": "USD" }],
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 12" }]
        }
      ]
    },
    {
      "id": "rel-makhlouf-controls-fighters",
      "from": "rami-makhlouf",
      "to": "coastal-fighters",
      "kind": "controls",
      "claims": [
        {
          "id": "cl-makhlouf-claims-54000",
          "text": "Makhlouf claims at least 54,000 fighters, according to internal documents and financial records reviewed by Reuters. The figure is his own.",
          "status": "claimed",
          "claimedBy": "rami-makhlouf",
          "quantities": [{ "value": 54000, "unit": "fighters", "qualifier": "at least" }],
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 12" }]
        }
      ]
    },
    {
      "id": "rel-makhlouf-funds-fighters",
      "from": "rami-makhlouf",
      "to": "coastal-fighters",
      "kind": "funds",
      "claims": [
        {
          "id": "cl-makhlouf-spent-6-million",
          "text": "Makhlouf has spent at least $6 million on salaries, according to internal documents and financial records reviewed by Reuters.",
          "status": "reported",
          "quantities": [{ "value": 6000000, "unit": "USD", "qualifier": "at least", "about": "on salaries" }],
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 12" }]
        }
      ]
    },
    {
      "id": "rel-loyalists-fund-fighters",
      "from": "assad-loyalist-exiles",
      "to": "coastal-fighters",
      "kind": "funds",
      "claims": [
        {
          "id": "cl-loyalists-pour-millions",
          "text": "Former Assad loyalists are sending millions of dollars to tens of thousands of potential fighters, hoping to start an uprising.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 1" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 1" }
          ]
        },
        {
          "id": "cl-over-50000-fighters",
          "text": "Hassan, Makhlouf and other factions together pay more than 50,000 fighters to win their loyalty.",
          "status": "reported",
          "quantities": [{ "value": 50000, "unit": "fighters", "qualifier": "more than" }],
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 5" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 4" }
          ]
        },
        {
          "id": "cl-pay-20-30-dollars",
          "text": "Commanders on the ground say the fighters get only $20 to $30 a month.",
          "status": "claimed",
          "claimedBy": "local-commanders",
          "quantities": [{ "value": 20, "max": 30, "unit": "USD", "per": { "unit": "fighter", "period": "month" } }],
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 13" }]
        },
        {
          "id": "cl-fighters-take-both-sides",
          "text": "Commanders on the ground say the fighters took money from both sides.",
          "status": "claimed",
          "claimedBy": "local-commanders",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 13" }]
        }
      ]
    },
    {
      "id": "rel-commanders-lead-fighters",
      "from": "local-commanders",
      "to": "coastal-fighters",
      "kind": "commands",
      "claims": [
        {
          "id": "cl-commanders-on-ground",
          "text": "Inference: the first report calls them commanders on the ground and has them describe the fighters' pay; that they lead these fighters is our reading, not something the report states.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 13" }]
        }
      ]
    },
    {
      "id": "rel-hassan-in-loyalists",
      "from": "kamal-hassan",
      "to": "assad-loyalist-exiles",
      "kind": "member-of",
      "claims": [
        {
          "id": "cl-hassan-leading-exile",
          "text": "Hassan is one of the two exiles the reports name as funding fighters, along with other factions.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }
          ]
        }
      ]
    },
    {
      "id": "rel-makhlouf-in-loyalists",
      "from": "rami-makhlouf",
      "to": "assad-loyalist-exiles",
      "kind": "member-of",
      "claims": [
        {
          "id": "cl-makhlouf-leading-exile",
          "text": "Makhlouf is one of the two exiles the reports name as funding fighters, along with other factions.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }
          ]
        }
      ]
    },
    {
      "id": "rel-hassan-recruits-alawites",
      "from": "kamal-hassan",
      "to": "alawites",
      "kind": "recruits-among",
      "claims": [
        {
          "id": "cl-hassan-alawite-militia",
          "text": "Hassan is trying to build a militia out of Alawite recruits.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }
          ]
        }
      ]
    },
    {
      "id": "rel-makhlouf-recruits-alawites",
      "from": "rami-makhlouf",
      "to": "alawites",
      "kind": "recruits-among",
      "claims": [
        {
          "id": "cl-makhlouf-alawite-militia",
          "text": "Makhlouf is trying to build a militia out of Alawite recruits.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }
          ]
        }
      ]
    },
    {
      "id": "rel-fighters-on-coast",
      "from": "coastal-fighters",
      "to": "syrian-coast",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-militias-along-coast",
          "text": "The second report places the militias being formed along the Syrian coast.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }]
        }
      ]
    },
    {
      "id": "rel-fighters-in-lebanon",
      "from": "coastal-fighters",
      "to": "lebanon",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-militias-in-lebanon",
          "text": "The second report says the militias are also being formed in Lebanon; the first report does not mention Lebanon.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }]
        }
      ]
    },
    {
      "id": "rel-hassan-stake-in-rooms",
      "from": "kamal-hassan",
      "to": "coastal-command-rooms",
      "kind": "shared-stake-in",
      "claims": [
        {
          "id": "cl-hassan-rooms-advantage",
          "text": "Both reports name control of the network of 14 underground command rooms, and of weapons caches, as something Hassan shares with Makhlouf: one of the rewards for the two men (first report), one advantage for them (second report). Neither report says that either man controls the rooms alone.",
          "status": "reported",
          "quantities": [{ "value": 14, "unit": "command rooms" }],
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 10" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
          ]
        }
      ]
    },
    {
      "id": "rel-makhlouf-stake-in-rooms",
      "from": "rami-makhlouf",
      "to": "coastal-command-rooms",
      "kind": "shared-stake-in",
      "claims": [
        {
          "id": "cl-makhlouf-rooms-advantage",
          "text": "Both reports name control of the network of 14 underground command rooms, and of weapons caches, as something Makhlouf shares with Hassan: one of the rewards for the two men (first report), one advantage for them (second report). Neither report says that either man controls the rooms alone.",
          "status": "reported",
          "quantities": [{ "value": 14, "unit": "command rooms" }],
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 10" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
          ]
        }
      ]
    },
    {
      "id": "rel-rooms-on-coast",
      "from": "coastal-command-rooms",
      "to": "syrian-coast",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-rooms-14-confirmed",
          "text": "Fourteen command rooms were built underground on the Syrian coast near the end of Assad's rule; two officers and a regional governor confirmed that the rooms exist.",
          "status": "confirmed",
          "time": { "to": "2024-12", "approximate": true },
          "quantities": [
            { "value": 14, "unit": "command rooms" },
            { "value": 2, "unit": "officers", "about": "confirming the rooms exist" }
          ],
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 10" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
          ]
        }
      ]
    },
    {
      "id": "rel-rooms-hold-weapons",
      "from": "coastal-command-rooms",
      "to": "weapons-caches",
      "kind": "holds",
      "claims": [
        {
          "id": "cl-rooms-come-with-caches",
          "text": "Alongside the command rooms there are hidden weapons caches.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 10" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
          ]
        },
        {
          "id": "cl-rooms-photos-weapons",
          "text": "Photos seen by Reuters show the rooms packed with rifles, ammunition and grenades as well as computers and communications gear.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 11" }]
        }
      ]
    },
    {
      "id": "rel-sharaa-leads-government",
      "from": "ahmed-al-sharaa",
      "to": "syrian-government",
      "kind": "leads",
      "claims": [
        {
          "id": "cl-sharaa-heads-government",
          "text": "President Ahmed al-Sharaa leads Syria's new government.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 2" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
          ]
        },
        {
          "id": "cl-sharaa-gains-legitimacy",
          "text": "A year after Assad's fall, al-Sharaa's government is winning legitimacy and standing abroad.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 2" },
            { "source": "src-inner-circle-report", "locator": "paragraph 22" }
          ]
        }
      ]
    },
    {
      "id": "rel-government-governs-syria",
      "from": "syrian-government",
      "to": "syria",
      "kind": "governs",
      "claims": [
        {
          "id": "cl-new-government-syria",
          "text": "A new government has been running Syria since Assad fell in December 2024.",
          "status": "reported",
          "time": { "from": "2024-12" },
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 1" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 1" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 12" }
          ]
        }
      ]
    },
    {
      "id": "rel-loyalists-against-government",
      "from": "assad-loyalist-exiles",
      "to": "syrian-government",
      "kind": "opposes",
      "claims": [
        {
          "id": "cl-plot-to-spark-uprising",
          "text": "The loyalists want to set off uprisings against Syria's new government and win back the influence they lost.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 1" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 1" }
          ]
        },
        {
          "id": "cl-plot-sectarian-risk",
          "text": "The plans could set off new sectarian violence at a delicate point in Syria's transition.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 3" }]
        },
        {
          "id": "cl-plot-low-chances",
          "text": "The uprising's chances of success look low: the two exiles are sharply at odds, Russia has withheld its support and many Alawites distrust them.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 14" },
            { "source": "src-inner-circle-report", "locator": "paragraph 15" }
          ]
        },
        {
          "id": "cl-plot-no-forces-yet",
          "text": "According to the second report, the exiles do not seem to have mobilised any forces so far.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 8" }]
        }
      ]
    },
    {
      "id": "rel-maher-not-accepted-loss",
      "from": "maher-al-assad",
      "to": "assad-regime",
      "kind": "not-reconciled-to-loss-of",
      "claims": [
        {
          "id": "cl-maher-not-accepted-loss",
          "text": "The second report says that, unlike Bashar, high-ranking members of his close circle, his brother among them, have not accepted the loss of power. Neither report links Maher al-Assad to the plot or to any funding of fighters.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 2" }]
        }
      ]
    },
    {
      "id": "rel-government-counters-loyalists",
      "from": "syrian-government",
      "to": "assad-loyalist-exiles",
      "kind": "opposes",
      "claims": [
        {
          "id": "cl-counter-strategy-khaled",
          "text": "The new government is answering the plots with a counter-strategy carried out through Khaled al-Ahmad.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 17" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
          ]
        },
        {
          "id": "cl-authorities-aware-ready",
          "text": "The governor of Tartus says the authorities know about the plots and are prepared to fight them.",
          "status": "claimed",
          "claimedBy": "ahmed-al-shami",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 19" }]
        }
      ]
    },
    {
      "id": "rel-shami-dismisses-plotters",
      "from": "ahmed-al-shami",
      "to": "assad-loyalist-exiles",
      "kind": "opposes",
      "claims": [
        {
          "id": "cl-shami-plotters-powerless",
          "text": "Al-Shami says he is certain the plotters cannot do anything effective, because they lack powerful tools on the ground.",
          "status": "claimed",
          "claimedBy": "ahmed-al-shami",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 20" }]
        }
      ]
    },
    {
      "id": "rel-shami-governs-tartus",
      "from": "ahmed-al-shami",
      "to": "tartus",
      "kind": "governs",
      "claims": [
        {
          "id": "cl-shami-governor-tartus",
          "text": "Ahmed al-Shami is the governor of the coastal Tartus region.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 19" }]
        }
      ]
    },
    {
      "id": "rel-shami-works-for-government",
      "from": "ahmed-al-shami",
      "to": "syrian-government",
      "kind": "works-for",
      "claims": [
        {
          "id": "cl-shami-speaks-for-authorities",
          "text": "As a regional governor, al-Shami speaks for the Syrian authorities.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 19" }]
        }
      ]
    },
    {
      "id": "rel-government-enlists-khaled",
      "from": "syrian-government",
      "to": "khaled-al-ahmad",
      "kind": "recruits",
      "claims": [
        {
          "id": "cl-khaled-enlisted",
          "text": "The new government has brought in Khaled al-Ahmad to carry out its answer to the plotters.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 17" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
          ]
        }
      ]
    },
    {
      "id": "rel-khaled-sharaa-friends",
      "from": "khaled-al-ahmad",
      "to": "ahmed-al-sharaa",
      "kind": "friend-of",
      "claims": [
        {
          "id": "cl-khaled-childhood-friend",
          "text": "Khaled al-Ahmad and Ahmed al-Sharaa have been friends since childhood.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 17" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
          ]
        }
      ]
    },
    {
      "id": "rel-khaled-alawite",
      "from": "khaled-al-ahmad",
      "to": "alawites",
      "kind": "member-of",
      "claims": [
        {
          "id": "cl-khaled-is-alawite",
          "text": "Khaled al-Ahmad is an Alawite.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 17" }]
        }
      ]
    },
    {
      "id": "rel-khaled-left-regime",
      "from": "khaled-al-ahmad",
      "to": "assad-regime",
      "kind": "defected-from",
      "claims": [
        {
          "id": "cl-khaled-switched-mid-war",
          "text": "The first report says al-Ahmad changed sides in the middle of the war.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 17" }]
        },
        {
          "id": "cl-khaled-joined-after-assad-turned",
          "text": "The second report says al-Ahmad used to lead pro-Assad armed formations and joined the new authorities after Assad turned against him.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }]
        }
      ]
    },
    {
      "id": "rel-khaled-courts-soldiers",
      "from": "khaled-al-ahmad",
      "to": "former-soldiers",
      "kind": "seeks-support-of",
      "claims": [
        {
          "id": "cl-khaled-persuade-soldiers",
          "text": "Al-Ahmad's job is to convince former soldiers that their future is in the new Syria.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 18" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
          ]
        }
      ]
    },
    {
      "id": "rel-khaled-courts-alawites",
      "from": "khaled-al-ahmad",
      "to": "alawites",
      "kind": "seeks-support-of",
      "claims": [
        {
          "id": "cl-khaled-persuade-civilians",
          "text": "Al-Ahmad is also meant to win over civilians; the second report specifies Alawite civilians.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 18" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }
          ]
        }
      ]
    },
    {
      "id": "rel-alawites-distrust-loyalists",
      "from": "alawites",
      "to": "assad-loyalist-exiles",
      "kind": "distrusts",
      "claims": [
        {
          "id": "cl-alawites-distrust",
          "text": "Many Alawites do not trust the exiled former Assad insiders.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 15" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 8" }
          ]
        }
      ]
    },
    {
      "id": "rel-alawites-assad-family",
      "from": "alawites",
      "to": "assad-family",
      "kind": "associated-with",
      "claims": [
        {
          "id": "cl-alawites-linked-assads",
          "text": "The Alawite sect has long been linked with the Assad family.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 4" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 3" }
          ]
        }
      ]
    },
    {
      "id": "rel-alawites-on-coast",
      "from": "alawites",
      "to": "syrian-coast",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-most-alawites-on-coast",
          "text": "Most of Syria's Alawites live on the coast.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 7" }]
        }
      ]
    },
    {
      "id": "rel-bashar-power-base-coast",
      "from": "bashar-al-assad",
      "to": "syrian-coast",
      "kind": "power-base-in",
      "claims": [
        {
          "id": "cl-coast-was-power-base",
          "text": "The coast used to be Assad's power base.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 7" }]
        }
      ]
    },
    {
      "id": "rel-coast-in-syria",
      "from": "syrian-coast",
      "to": "syria",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-coast-part-of-syria",
          "text": "The coast is Syria's Mediterranean region.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 7" },
            { "source": "src-inner-circle-report", "locator": "paragraph 16" }
          ]
        }
      ]
    },
    {
      "id": "rel-tartus-on-coast",
      "from": "tartus",
      "to": "syrian-coast",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-tartus-coastal-region",
          "text": "Tartus is a region on the Syrian coast.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 16" },
            { "source": "src-inner-circle-report", "locator": "paragraph 19" }
          ]
        }
      ]
    },
    {
      "id": "rel-loyalists-want-coast",
      "from": "assad-loyalist-exiles",
      "to": "syrian-coast",
      "kind": "seeks-control-of",
      "claims": [
        {
          "id": "cl-plotters-want-coast",
          "text": "The plotters want to control the coastal region around Tartus.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 16" }]
        }
      ]
    },
    {
      "id": "rel-russia-withholds-support",
      "from": "russia",
      "to": "assad-loyalist-exiles",
      "kind": "withholds-support-from",
      "claims": [
        {
          "id": "cl-russia-no-support",
          "text": "Russia has not given the exiles its backing.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 15" }]
        }
      ]
    },
    {
      "id": "rel-russia-deals-with-government",
      "from": "russia",
      "to": "syrian-government",
      "kind": "negotiates-with",
      "claims": [
        {
          "id": "cl-russia-turns-to-sharaa",
          "text": "Since sheltering Assad, Russia has turned towards al-Sharaa's government so as to hold on to its military bases on the coast.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 16" }]
        }
      ]
    },
    {
      "id": "rel-russia-bases",
      "from": "russia",
      "to": "russian-bases-tartus",
      "kind": "controls",
      "claims": [
        {
          "id": "cl-russia-bases-vital",
          "text": "Russia has military bases on the Mediterranean coast at Tartus that matter a great deal to it.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 16" }]
        }
      ]
    },
    {
      "id": "rel-bases-in-tartus",
      "from": "russian-bases-tartus",
      "to": "tartus",
      "kind": "located-in",
      "claims": [
        {
          "id": "cl-bases-at-tartus",
          "text": "Russia's bases are in Tartus, on the Syrian coast.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 16" }]
        }
      ]
    },
    {
      "id": "rel-ministry-warrant-bashar",
      "from": "syrian-ministry-of-justice",
      "to": "bashar-al-assad",
      "kind": "legal-action-against",
      "claims": [
        {
          "id": "cl-warrant-september-2025",
          "text": "In September 2025 Syria's Ministry of Justice issued a warrant for Bashar al-Assad's arrest.",
          "status": "reported",
          "time": { "from": "2025-09", "to": "2025-09" },
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 12" }]
        },
        {
          "id": "cl-warrant-charges",
          "text": "He is accused of intentional killings, torture and provoking a civil war.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 13" }]
        }
      ]
    },
    {
      "id": "rel-ministry-part-of-government",
      "from": "syrian-ministry-of-justice",
      "to": "syrian-government",
      "kind": "part-of",
      "claims": [
        {
          "id": "cl-ministry-of-new-state",
          "text": "The ministry that issued the warrant, nine months after Assad's fall, belongs to the new Syrian state.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 12" }]
        }
      ]
    },
    {
      "id": "rel-israel-pressures-syria",
      "from": "israel",
      "to": "syria",
      "kind": "pressures",
      "claims": [
        {
          "id": "cl-israel-incursions",
          "text": "Israel keeps carrying out military incursions into Syria.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 21" }]
        },
        {
          "id": "cl-israel-buffer-demand",
          "text": "Israel is demanding a buffer zone between the two countries.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 21" }]
        }
      ]
    },
    {
      "id": "rel-unsc-visits-syria",
      "from": "un-security-council",
      "to": "syria",
      "kind": "visits",
      "claims": [
        {
          "id": "cl-unsc-first-visit",
          "text": "A UN Security Council delegation paid its first-ever visit to Syria in the week the report appeared, a sign of al-Sharaa's growing standing.",
          "status": "reported",
          "time": { "from": "2025-12", "to": "2025-12", "approximate": true },
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 22" }]
        }
      ]
    },
    {
      "id": "rel-reuters-investigates-loyalists",
      "from": "reuters",
      "to": "assad-loyalist-exiles",
      "kind": "investigates",
      "claims": [
        {
          "id": "cl-reuters-48-interviews",
          "text": "Reuters interviewed 48 people for its investigation; the first report adds that it also reviewed financial documents.",
          "status": "reported",
          "quantities": [{ "value": 48, "unit": "people", "about": "interviewed by Reuters" }],
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 2" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 10" }
          ]
        },
        {
          "id": "cl-reuters-anonymous-sources",
          "text": "The people interviewed knew the would-be insurgents' plans first-hand, and all asked not to be named.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 10" }]
        }
      ]
    },
    {
      "id": "rel-relatives-of-hassan",
      "from": "kamal-hassan-relatives",
      "to": "kamal-hassan",
      "kind": "family-of",
      "claims": [
        {
          "id": "cl-hassan-relatives-talked",
          "text": "They are relatives of Kamal Hassan.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 6" }]
        }
      ]
    },
    {
      "id": "rel-hassan-stake-in-caches",
      "from": "kamal-hassan",
      "to": "weapons-caches",
      "kind": "shared-stake-in",
      "claims": [
        {
          "id": "cl-hassan-caches-shared",
          "text": "Control of weapons caches is named, with the command rooms, as a reward or advantage for Hassan and Makhlouf together, not for either man alone.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 10" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
          ]
        }
      ]
    },
    {
      "id": "rel-makhlouf-stake-in-caches",
      "from": "rami-makhlouf",
      "to": "weapons-caches",
      "kind": "shared-stake-in",
      "claims": [
        {
          "id": "cl-makhlouf-caches-shared",
          "text": "Control of weapons caches is named, with the command rooms, as a reward or advantage for Makhlouf and Hassan together, not for either man alone.",
          "status": "reported",
          "sources": [
            { "source": "src-inner-circle-report", "locator": "paragraph 10" },
            { "source": "src-pro-assad-russians-report", "locator": "paragraph 5" }
          ]
        }
      ]
    },
    {
      "id": "rel-reuters-asked-hassan",
      "from": "reuters",
      "to": "kamal-hassan",
      "kind": "sought-comment-from",
      "claims": [
        {
          "id": "cl-reuters-asked-hassan",
          "text": "Reuters asked Kamal Hassan for comment; he did not respond. Not responding is not a denial.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 11" }]
        }
      ]
    },
    {
      "id": "rel-reuters-asked-makhlouf",
      "from": "reuters",
      "to": "rami-makhlouf",
      "kind": "sought-comment-from",
      "claims": [
        {
          "id": "cl-reuters-asked-makhlouf",
          "text": "Reuters asked Rami Makhlouf for comment; he did not respond. Not responding is not a denial.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 11" }]
        }
      ]
    },
    {
      "id": "rel-reuters-tried-bashar",
      "from": "reuters",
      "to": "bashar-al-assad",
      "kind": "sought-comment-from",
      "claims": [
        {
          "id": "cl-reuters-tried-bashar",
          "text": "Reuters was unable to reach Bashar al-Assad for comment.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 11" }]
        }
      ]
    },
    {
      "id": "rel-reuters-tried-maher",
      "from": "reuters",
      "to": "maher-al-assad",
      "kind": "sought-comment-from",
      "claims": [
        {
          "id": "cl-reuters-tried-maher",
          "text": "Reuters was unable to reach Maher al-Assad for comment.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 11" }]
        }
      ]
    },
    {
      "id": "rel-sectarian-violence-syria",
      "from": "sectarian-violence-2025",
      "to": "syria",
      "kind": "challenge-for",
      "claims": [
        {
          "id": "cl-sectarian-violence-march-july",
          "text": "Sectarian tensions escalated into deadly violence in March and July, one of the challenges Syria faces a year after Assad's fall.",
          "status": "reported",
          "time": { "from": "2025-03", "to": "2025-07" },
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 21" }]
        }
      ]
    },
    {
      "id": "rel-hassan-contacts-advisers",
      "from": "kamal-hassan",
      "to": "kamal-hassan-advisers",
      "kind": "contacts",
      "claims": [
        {
          "id": "cl-hassan-calls-advisers",
          "text": "The second report says Hassan constantly calls and sends voice messages to advisers as well as commanders; it gives this without naming its source, so it is recorded as his relatives' account, like the calls to commanders.",
          "status": "claimed",
          "claimedBy": "kamal-hassan-relatives",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 6" }]
        }
      ]
    },
    {
      "id": "rel-opposition-defeated-regime",
      "from": "syrian-opposition",
      "to": "assad-regime",
      "kind": "defeated",
      "claims": [
        {
          "id": "cl-opposition-victory",
          "text": "The opposition won in December 2024; Bashar al-Assad fled to Russia after its victory.",
          "status": "reported",
          "time": { "from": "2024-12", "to": "2024-12" },
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 12" }]
        }
      ]
    },
    {
      "id": "rel-khaled-led-formations",
      "from": "khaled-al-ahmad",
      "to": "assad-militarized-formations",
      "kind": "leads",
      "claims": [
        {
          "id": "cl-khaled-leader-formations",
          "text": "Khaled al-Ahmad was a leader of Assad's militarized formations.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }]
        }
      ]
    },
    {
      "id": "rel-formations-of-regime",
      "from": "assad-militarized-formations",
      "to": "assad-regime",
      "kind": "part-of",
      "claims": [
        {
          "id": "cl-formations-assads",
          "text": "Inference: the second report calls them Assad's militarized formations; counting them as part of his regime's forces is our reading.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }]
        }
      ]
    },
    {
      "id": "rel-loyalists-exile-russia",
      "from": "assad-loyalist-exiles",
      "to": "russia",
      "kind": "in-exile-in",
      "claims": [
        {
          "id": "cl-loyalists-fled-to-russia",
          "text": "The supporters of Assad behind the plans fled to Russia after his fall.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 1" }]
        }
      ]
    },
    {
      "id": "rel-reuters-interviewed-relatives",
      "from": "reuters",
      "to": "kamal-hassan-relatives",
      "kind": "interviewed",
      "claims": [
        {
          "id": "cl-reuters-interviewed-relatives",
          "text": "Reuters interviewed relatives of Kamal Hassan about him.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 6" }]
        }
      ]
    },
    {
      "id": "rel-reuters-interviewed-shami",
      "from": "reuters",
      "to": "ahmed-al-shami",
      "kind": "interviewed",
      "claims": [
        {
          "id": "cl-shami-told-reuters",
          "text": "Ahmed al-Shami spoke to Reuters about the plots.",
          "status": "reported",
          "sources": [{ "source": "src-inner-circle-report", "locator": "paragraph 19" }]
        }
      ]
    },
    {
      "id": "rel-bashar-turned-against-khaled",
      "from": "bashar-al-assad",
      "to": "khaled-al-ahmad",
      "kind": "turned-against",
      "claims": [
        {
          "id": "cl-bashar-turned-against-khaled",
          "text": "The second report says Assad turned against Khaled al-Ahmad, after which al-Ahmad joined the new authorities.",
          "status": "reported",
          "sources": [{ "source": "src-pro-assad-russians-report", "locator": "paragraph 9" }]
        }
      ]
    }
  ],
  "stories": [
    {
      "id": "exiles-and-money",
      "title": "The exiles and their money",
      "audience": "Students aged about 16",
      "steps": [
        {
          "id": "fall-and-flight",
          "title": "A ruler falls and flees",
          "text": "In December 2024 Bashar al-Assad lost power in Syria and fled to Russia, which gave him asylum. A year later he has more or less accepted life in Moscow. The second report says other high-ranking members of his old circle, his brother Maher among them, have not accepted the loss of power; it does not link Maher to the plot.",
          "focus": {
            "actors": ["bashar-al-assad", "russia", "moscow", "maher-al-assad"],
            "relations": [
              "rel-bashar-fled-to-russia",
              "rel-russia-asylum-bashar",
              "rel-bashar-exile-moscow",
              "rel-bashar-maher-family",
              "rel-maher-not-accepted-loss"
            ]
          }
        },
        {
          "id": "two-insiders",
          "title": "Two men who were closest to Assad",
          "text": "Kamal Hassan ran Assad's military intelligence and the regime's military detention system. Rami Makhlouf is Assad's billionaire cousin: his business empire helped pay for the regime during the civil war, until he fell out with his most powerful relatives and spent years under house arrest. Both men now live in Moscow.",
          "focus": {
            "actors": [
              "kamal-hassan",
              "rami-makhlouf",
              "bashar-al-assad",
              "military-intelligence",
              "military-detention-system",
              "assad-family",
              "assad-regime"
            ],
            "relations": [
              "rel-hassan-close-to-bashar",
              "rel-makhlouf-close-to-bashar",
              "rel-makhlouf-bashar-cousins",
              "rel-hassan-led-intelligence",
              "rel-hassan-ran-detention",
              "rel-makhlouf-assad-family-rift",
              "rel-makhlouf-funded-regime"
            ]
          }
        },
        {
          "id": "rivals",
          "title": "Rivals, not partners",
          "text": "Hassan and Makhlouf do not work together. From Moscow, each is trying to build his own militia among Syria's Alawites, the religious minority long linked with the Assad family. Reuters found that the two are sharply at odds.",
          "focus": {
            "actors": ["kamal-hassan", "rami-makhlouf", "alawites", "moscow"],
            "relations": [
              "rel-hassan-makhlouf-rivalry",
              "rel-hassan-recruits-alawites",
              "rel-makhlouf-recruits-alawites",
              "rel-hassan-exile-moscow",
              "rel-makhlouf-exile-moscow"
            ]
          }
        },
        {
          "id": "two-money-networks",
          "title": "Two money networks",
          "text": "According to internal documents and financial records reviewed by Reuters, Hassan has spent $1.5 million since March 2025 and Makhlouf at least $6 million on salaries. Hassan claims 12,000 fighters, Makhlouf at least 54,000. Together that is 66,000, more than the \\"over 50,000\\" fighters the reports say all the factions fund together. How can that be? The two numbers are the men's own figures, not verified, and commanders say the fighters took money from both sides, so the same fighters may be counted by both.",
          "focus": {
            "actors": ["kamal-hassan", "rami-makhlouf", "coastal-fighters"],
            "relations": [
              "rel-hassan-funds-fighters",
              "rel-makhlouf-funds-fighters",
              "rel-hassan-controls-fighters",
              "rel-makhlouf-controls-fighters"
            ]
          }
        },
        {
          "id": "fighters-and-pay",
          "title": "Many fighters, little pay",
          "text": "Together with other factions, the exiles fund more than 50,000 would-be fighters. Commanders on the ground say the fighters are paid only $20 to $30 a month and took money from both sides. Hassan's relatives say he keeps calling and sending voice messages to commanders, and in a WhatsApp message he told \\"my people\\" not to surrender their weapons.",
          "focus": {
            "actors": ["assad-loyalist-exiles", "coastal-fighters", "local-commanders", "kamal-hassan"],
            "relations": [
              "rel-loyalists-fund-fighters",
              "rel-commanders-lead-fighters",
              "rel-hassan-contacts-commanders",
              "rel-hassan-messages-fighters",
              "rel-hassan-in-loyalists",
              "rel-makhlouf-in-loyalists"
            ]
          }
        },
        {
          "id": "command-rooms",
          "title": "Hidden command rooms",
          "text": "Near the end of Assad's rule, 14 underground command rooms were built along the coast, with weapons caches to go with them. Two officers and a regional governor confirmed that the rooms exist, and photos seen by Reuters show rooms full of rifles, ammunition and communications equipment. Both reports call control of this network a reward or an advantage for Hassan and Makhlouf together; neither says that either man controls it alone. This step hides claims by the parties and shows only what the sources found or confirmed.",
          "focus": {
            "actors": ["coastal-command-rooms", "weapons-caches", "syrian-coast"],
            "relations": ["rel-rooms-on-coast", "rel-rooms-hold-weapons"]
          },
          "hideStatuses": ["claimed", "disputed", "denied"]
        },
        {
          "id": "coast-and-alawites",
          "title": "The coast and its people",
          "text": "Most Alawites live on Syria's coast, once Assad's power base. The exiles want to control this region; the second report says militias are being formed in Lebanon too. But many Alawites do not trust the exiles.",
          "focus": {
            "actors": ["syrian-coast", "alawites", "assad-loyalist-exiles", "coastal-fighters", "lebanon"],
            "relations": [
              "rel-alawites-on-coast",
              "rel-bashar-power-base-coast",
              "rel-loyalists-want-coast",
              "rel-fighters-on-coast",
              "rel-fighters-in-lebanon",
              "rel-alawites-distrust-loyalists"
            ]
          }
        },
        {
          "id": "how-strong",
          "title": "How strong is the plot?",
          "text": "Reuters found that the uprising's chances look low: the two exiles are at sharp disagreement, Russia has withheld support and many Alawites distrust them. The second report adds that no forces seem to have been mobilised yet. Remember that both reports retell the same Reuters investigation, based on 48 interviews, so they are not two separate confirmations.",
          "focus": {
            "actors": ["assad-loyalist-exiles", "syrian-government", "reuters"],
            "relations": [
              "rel-loyalists-against-government",
              "rel-reuters-investigates-loyalists",
              "rel-hassan-makhlouf-rivalry"
            ]
          }
        },
        {
          "id": "no-response",
          "title": "Their side of the story",
          "text": "Reuters asked Kamal Hassan and Rami Makhlouf for comment; neither responded. It could not reach Bashar or Maher al-Assad. Not answering is not the same as denying: it means the reports carry no reply from them, so read the claims about them with that in mind.",
          "focus": {
            "actors": ["reuters", "kamal-hassan", "rami-makhlouf", "bashar-al-assad", "maher-al-assad"],
            "relations": [
              "rel-reuters-asked-hassan",
              "rel-reuters-asked-makhlouf",
              "rel-reuters-tried-bashar",
              "rel-reuters-tried-maher"
            ]
          }
        },
        {
          "id": "checked-facts",
          "title": "What the sources checked",
          "text": "With the parties' own claims hidden, what remains is what Reuters found or what two officers and a regional governor confirmed: the rival exiles, their spending and the command rooms. Switch claims back on to hear what each side says about itself.",
          "focus": {
            "actors": [
              "assad-loyalist-exiles",
              "kamal-hassan",
              "rami-makhlouf",
              "coastal-fighters",
              "coastal-command-rooms"
            ],
            "relations": [
              "rel-hassan-makhlouf-rivalry",
              "rel-hassan-funds-fighters",
              "rel-makhlouf-funds-fighters",
              "rel-loyalists-fund-fighters",
              "rel-rooms-on-coast"
            ]
          },
          "hideStatuses": ["claimed", "disputed", "denied"]
        }
      ]
    },
    {
      "id": "government-answer",
      "title": "The new government's answer",
      "audience": "Students aged about 16",
      "steps": [
        {
          "id": "new-government",
          "title": "A new government, one year on",
          "text": "After Assad fell in December 2024, a new government took over Syria, headed by President Ahmed al-Sharaa. A year later it is gaining recognition abroad.",
          "focus": {
            "actors": ["syrian-government", "ahmed-al-sharaa", "syria"],
            "relations": ["rel-sharaa-leads-government", "rel-government-governs-syria"]
          }
        },
        {
          "id": "the-threat",
          "title": "What it is up against",
          "text": "Former Assad loyalists in exile want to spark uprisings against the new government. The first report says these plans threaten to trigger new sectarian violence at a fragile moment in the country's transition.",
          "focus": {
            "actors": ["assad-loyalist-exiles", "syrian-government"],
            "relations": ["rel-loyalists-against-government"]
          }
        },
        {
          "id": "khaled-al-ahmad",
          "title": "A childhood friend as go-between",
          "text": "The government's answer runs through Khaled al-Ahmad. He is an Alawite, a childhood friend of al-Sharaa, and was a leader of Assad's militarized formations before changing camps. The two reports tell his switch a little differently: one says he changed sides in the middle of the war, the other that he joined the new authorities after Assad turned against him.",
          "focus": {
            "actors": [
              "khaled-al-ahmad",
              "ahmed-al-sharaa",
              "syrian-government",
              "assad-regime",
              "assad-militarized-formations"
            ],
            "relations": [
              "rel-government-enlists-khaled",
              "rel-khaled-sharaa-friends",
              "rel-khaled-alawite",
              "rel-khaled-left-regime",
              "rel-government-counters-loyalists",
              "rel-khaled-led-formations",
              "rel-bashar-turned-against-khaled"
            ]
          }
        },
        {
          "id": "winning-people-over",
          "title": "Winning people over",
          "text": "Al-Ahmad has to persuade former soldiers and Alawite civilians to bet on the new Syria instead of the exiles. Many Alawites already distrust the exiles.",
          "focus": {
            "actors": ["khaled-al-ahmad", "former-soldiers", "alawites", "assad-loyalist-exiles"],
            "relations": ["rel-khaled-courts-soldiers", "rel-khaled-courts-alawites", "rel-alawites-distrust-loyalists"]
          }
        },
        {
          "id": "governor-speaks",
          "title": "The governor of Tartus",
          "text": "Ahmed al-Shami, who governs Tartus on the coast, said in an interview with Reuters that the authorities know about the plots and are ready for them. He says the plotters lack real strength on the ground. These are his own statements, so they appear as claims.",
          "focus": {
            "actors": ["ahmed-al-shami", "tartus", "syrian-government", "assad-loyalist-exiles"],
            "relations": [
              "rel-shami-governs-tartus",
              "rel-shami-works-for-government",
              "rel-government-counters-loyalists",
              "rel-shami-dismisses-plotters"
            ]
          }
        },
        {
          "id": "arrest-warrant",
          "title": "An arrest warrant",
          "text": "In September 2025 Syria's Ministry of Justice put out a warrant for Bashar al-Assad's arrest. He is accused of deliberate killings, torture and provoking the civil war. He lives in Russia, which gave him asylum.",
          "focus": {
            "actors": ["syrian-ministry-of-justice", "bashar-al-assad", "syrian-government", "russia"],
            "relations": ["rel-ministry-warrant-bashar", "rel-ministry-part-of-government", "rel-russia-asylum-bashar"]
          }
        },
        {
          "id": "russia-changes-partner",
          "title": "Russia changes partner",
          "text": "Russia, which granted Assad asylum, now deals with al-Sharaa's government to preserve its military bases at Tartus, the same region the plotters want to control. Reuters found that Russia has withheld support from the exiles.",
          "focus": {
            "actors": ["russia", "syrian-government", "russian-bases-tartus", "assad-loyalist-exiles"],
            "relations": ["rel-russia-deals-with-government", "rel-russia-bases", "rel-russia-withholds-support"]
          }
        },
        {
          "id": "the-region",
          "title": "Pressure and recognition",
          "text": "Syria faces other problems too. Israel keeps making military incursions and demands a buffer zone between the two countries, and sectarian tensions escalated into deadly violence in March and July 2025. At the same time a UN Security Council delegation visited Syria for the first time, around December 2025, a sign of al-Sharaa's growing standing.",
          "focus": {
            "actors": [
              "israel",
              "syria",
              "un-security-council",
              "ahmed-al-sharaa",
              "syrian-government",
              "sectarian-violence-2025"
            ],
            "relations": [
              "rel-israel-pressures-syria",
              "rel-unsc-visits-syria",
              "rel-sharaa-leads-government",
              "rel-sectarian-violence-syria"
            ]
          }
        }
      ]
    }
  ]
}
`;export{e as default};