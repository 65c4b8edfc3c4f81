"""Invented articles exercising annotator/acronyms.py (article-defined acronyms).

Each case: "article" (sentences of one article), "expected" (per sentence, the registry canonical
names a careful reader would say the sentence names; compared as sets), "note", and optionally
"folder" (articles sharing a folder are still read one article at a time, as the pipeline does).
All sentences are invented for this review.
"""

AFP_MIL = "Armed Forces of the Philippines"
AFP = "Agence France-Presse"
AP = "Associated Press"

CASES = [
    # ---------------------------------------------------------------- AFP: Philippine military
    {"folder": "ph", "note": "true redefinition: AFP = Philippine military, used in later sentences",
     "article": [
         "Government troops overran a rebel camp in the hills of Lanao del Sur on Tuesday, the Armed Forces of the Philippines (AFP) said in a statement.",
         "An AFP spokesman said 14 fighters of the Dawlah Islamiyah group were killed and two soldiers wounded.",
         "The AFP added that the clashes had displaced more than 3,000 residents from four villages.",
     ],
     "expected": [[AFP_MIL], [AFP_MIL], [AFP_MIL]]},
    {"folder": "ph", "note": "second article in the same folder defines nothing: AFP stays the agency",
     "article": [
         "MANILA (AFP) - Philippine rescuers on Wednesday pulled 11 survivors from the rubble of a collapsed school in Surigao, officials said.",
         "A regional disaster official told AFP the toll was expected to rise as roads reopened.",
     ],
     "expected": [[AFP], [AFP]]},
    {"note": "agency dateline and military definition in one article: the dateline is still the agency",
     "article": [
         "ZAMBOANGA, Philippines (AFP) - Soldiers killed five suspected Abu Sayyaf militants in a firefight on Jolo island, the Armed Forces of the Philippines (AFP) said Saturday.",
         "The AFP's Western Mindanao Command said one marine was killed in the gunfight.",
     ],  # round 44 registered the Western Mindanao Command, the AFP's own
     "expected": [[AFP, AFP_MIL], [AFP_MIL, "Western Mindanao Command"]]},
    {"note": "'Philippine Armed Forces (AFP)': initials PAF in another order than the acronym",
     "article": [
         "The Philippine Armed Forces (AFP) on Monday placed its troops in Negros Oriental on red alert after an ambush that killed three soldiers.",
         "AFP chief General Romeo Bautista said the New People's Army rebels had fled toward the mountains.",
     ],
     "expected": [[AFP_MIL], [AFP_MIL]]},
    {"note": "'..., or AFP,' defines without parentheses",
     "article": [
         "The Armed Forces of the Philippines, or AFP, said it would deploy two more battalions to Basilan.",
         "The AFP said the reinforcements would arrive by the end of the month.",
     ],
     "expected": [[AFP_MIL], [AFP_MIL]]},
    {"note": "military defined, but 'told AFP' is the wire agency being told",
     "article": [
         "Troops of the Armed Forces of the Philippines (AFP) recovered a cache of rifles and explosives near Datu Saudi Ampatuan, the military said.",
         "\"We will not stop until the area is cleared,\" an army brigade commander told AFP by telephone.",
     ],
     "expected": [[AFP_MIL], [AFP]]},
    {"note": "acronym used before its definition and long after it",
     "article": [
         "AFP troops were placed on heightened alert in Sulu on Sunday after a bombing at a market.",
         "The blast wounded 18 people, the Armed Forces of the Philippines (AFP) said.",
         "Police said the device was made from a mortar round and detonated by mobile phone.",
         "The AFP said it would review security at public markets across the province.",
     ],
     "expected": [[AFP_MIL], [AFP_MIL], [], [AFP_MIL]]},
    # ---------------------------------------------------------------- AFP: Australian Federal Police
    {"note": "police redefinition plus the agency's own dateline",
     "article": [
         "SYDNEY (AFP) - The Australian Federal Police (AFP) charged a 19-year-old man on Thursday with preparing a terrorist act in western Sydney.",
         "AFP Deputy Commissioner Lisa Crane said the man had been in contact with Islamic State supporters overseas.",
     ],
     "expected": [[AFP], []]},
    {"note": "police redefinition, registry has no such source: names nothing",
     "article": [
         "Officers from the Australian Federal Police (AFP) and the New South Wales police raided three homes in Sydney's west.",
         "The AFP said no other threat to the community had been identified.",
     ],
     "expected": [[], []]},
    {"note": "invented Congolese militia, French name with 'des'",
     "article": [
         "A militia calling itself the Alliance des Forces Patriotiques (AFP) claimed an attack on a gold mine in Ituri province.",
         "Local officials said AFP fighters had killed seven miners.",
     ],
     "expected": [[], []]},
    {"note": "invented Colombian coalition, Spanish 'del' between the capitalised words",
     "article": [
         "In Colombia, the Alianza Fuerza del Pueblo (AFP), a new left-wing coalition, registered its candidates for the regional elections.",
         "AFP candidates will run in six departments, the coalition said.",
     ],
     "expected": [[], []]},
    {"note": "same source: 'Agence France Presse (AFP)' changes nothing",
     "article": [
         "Agence France Presse (AFP) reported that at least 20 people died in the stampede in Mogadishu.",
         "AFP's correspondent counted dozens of ambulances outside the stadium.",
     ],
     "expected": [[AFP], [AFP]]},
    {"note": "caption credit after a place name; '(right)' is no definition",
     "article": [
         "President Ferdinand Marcos Jr (right) shakes hands with Japanese Prime Minister Fumio Kishida in Manila (AFP).",
     ],
     "expected": [[AFP]]},
    # ---------------------------------------------------------------- AP
    {"note": "AP dateline 'CITY, Country (AP)' whose initials spell AP",
     "article": [
         "ABBOTTABAD, Pakistan (AP) — Gunmen on motorcycles shot dead two polio workers in northwestern Pakistan on Monday, police said.",
         "No group claimed responsibility, a police official told The Associated Press on condition of anonymity.",
         "An AP reporter at the scene saw the workers' bodies being loaded into an ambulance.",
     ],
     "expected": [[AP], [AP], [AP]]},
    {"note": "AP dateline 'ANTIPOLO, Philippines (AP)'",
     "article": [
         "ANTIPOLO, Philippines (AP) — Police said Sunday they had arrested a suspected communist guerrilla commander east of Manila.",
     ],
     "expected": [[AP]]},
    {"note": "AP dateline with a one-word city: no definition",
     "article": [
         "ISLAMABAD (AP) — Pakistan's military said Tuesday its troops killed six militants in a raid near the Afghan border.",
     ],
     "expected": [[AP]]},
    {"note": "AP = Andhra Pradesh (an Indian state)",
     "article": [
         "Security forces killed four Maoist rebels in a gunfight in the forests bordering Andhra Pradesh (AP) and Chhattisgarh on Friday, police said.",
         "AP police chief Harish Kumar said the dead included a regional commander carrying a bounty of 500,000 rupees.",
     ],
     "expected": [[], []]},
    {"note": "same source: 'The Associated Press (AP)'",
     "article": [
         "The Associated Press (AP) obtained documents showing the contractor had been warned about the bridge's structural flaws.",
     ],
     "expected": [[AP]]},
    # ---------------------------------------------------------------- RSF
    {"note": "RSF = Reporters Without Borders (English name: initials RWB)",
     "article": [
         "Reporters Without Borders (RSF) said at least 12 journalists had been killed in Sudan since the war began in April 2023.",
         "RSF urged both the army and the paramilitaries to stop targeting reporters in Khartoum and Darfur.",
     ],
     "expected": [[], []]},
    {"note": "RSF = Reporters Sans Frontieres (French name)",
     "article": [
         "Press freedom group Reporters Sans Frontières (RSF) said the Sahel had become one of the most dangerous regions for journalists.",
         "RSF ranked Burkina Faso 86th in its annual index.",
     ],
     "expected": [[], []]},
    {"note": "same source: Rapid Support Forces (RSF)",
     "article": [
         "The paramilitary Rapid Support Forces (RSF) said it had seized the main army base in El Fasher, a claim the army denied.",
         "RSF commander Mohamed Hamdan Daglo said in a video that his fighters would protect civilians.",
         "The United Nations said the RSF assault had forced thousands of families to flee toward Tawila.",
     ],
     "expected": [["Rapid Support Forces"], ["Rapid Support Forces"], ["United Nations", "Rapid Support Forces"]]},
    # ---------------------------------------------------------------- SDF
    {"note": "SDF = Japan Self-Defense Forces (hyphenated word)",
     "article": [
         "Japan's Self-Defense Forces (SDF) scrambled fighter jets 669 times in the year to March, mostly in response to Chinese aircraft, the defence ministry said.",
         "The SDF also tracked Russian reconnaissance planes near Hokkaido.",
     ],
     "expected": [[], []]},
    {"note": "same source: Syrian Democratic Forces (SDF)",
     "article": [
         "The US-backed Syrian Democratic Forces (SDF) said they had detained 25 Islamic State suspects in raids near Deir ez-Zor.",
         "SDF officials said the operation was carried out with coalition air support.",
     ],
     "expected": [["Syrian Democratic Forces"], ["Syrian Democratic Forces"]]},
    # ---------------------------------------------------------------- PLA
    {"note": "PLA = Palestine Liberation Army (shares 'Liberation', 'Army' with the Chinese PLA)",
     "article": [
         "Fighters of the Palestine Liberation Army (PLA), a Damascus-based force, fought alongside government troops in Yarmouk.",
         "A PLA officer said three of its members were killed by mortar fire.",
     ],
     "expected": [[], []]},
    {"note": "same source: China's People's Liberation Army (PLA)",
     "article": [
         "China's People's Liberation Army (PLA) began live-fire drills around Taiwan on Monday, state media reported.",
         "The PLA's Eastern Theatre Command said the exercises tested joint blockade capabilities.",
     ],
     "expected": [["Chinese People's Liberation Army"], ["Chinese People's Liberation Army"]]},
    # ---------------------------------------------------------------- INA
    {"note": "INA = Iraqi National Accord, a party (shares 'Iraqi' with Iraqi News Agency)",
     "article": [
         "Former prime minister Ayad Allawi's Iraqi National Accord (INA) said it would boycott the provincial vote.",
         "An INA spokesman accused the electoral commission of bias.",
     ],
     "expected": [[], []]},
    {"note": "same source: Iraqi News Agency (INA)",
     "article": [
         "The Iraqi News Agency (INA) reported that a drone struck a militia vehicle near al-Qaim.",
         "INA quoted a security source as saying two people were killed.",
     ],
     "expected": [["Iraqi News Agency"], ["Iraqi News Agency"]]},
    # ---------------------------------------------------------------- ICC
    {"folder": "af", "note": "ICC = International Cricket Council (shares 'International')",
     "article": [
         "The International Cricket Council (ICC) said it was reviewing Afghanistan's full membership after the Taliban barred women from sport.",
         "The ICC board will meet in Dubai next month to decide whether Afghanistan can keep playing Test matches.",
     ],
     "expected": [[], []]},
    {"folder": "af", "note": "same folder, same source: International Criminal Court (ICC)",
     "article": [
         "The International Criminal Court (ICC) issued an arrest warrant for the Taliban's supreme leader on charges of gender persecution.",
         "ICC prosecutors said the restrictions on women and girls amounted to a crime against humanity.",
     ],
     "expected": [["International Criminal Court"], ["International Criminal Court"]]},
    # ---------------------------------------------------------------- MENA
    {"note": "MENA = Middle East and North Africa, a region (shares words with Middle East News Agency)",
     "article": [
         "Amnesty International's Middle East and North Africa (MENA) director said the executions in Iraq were carried out after unfair trials.",
         "The MENA office urged Baghdad to halt further hangings.",
     ],
     "expected": [["Amnesty International"], []]},
    {"note": "same source: Middle East News Agency (MENA)",
     "article": [
         "CAIRO (Reuters) - Egypt's Middle East News Agency (MENA) said on Sunday that the Rafah crossing would reopen for aid trucks.",
     ],
     "expected": [["Reuters", "MENA"]]},
    # ---------------------------------------------------------------- RDF
    {"note": "RDF = Chad's Rapid Deployment Force, invented (shares 'Force' with Rwanda Defence Force)",
     "article": [
         "Chad's army has sent its Rapid Deployment Force (RDF) to the eastern border after clashes spilled over from Darfur.",
         "An RDF column of 40 vehicles reached Adre on Thursday, a local official said.",
     ],
     "expected": [[], []]},
    {"note": "same source: Rwanda Defence Force (RDF)",
     "article": [
         "The Rwanda Defence Force (RDF) denied that its soldiers were fighting alongside M23 rebels in North Kivu.",
         "RDF spokesman Colonel Jean-Paul Habimana said the accusations were baseless.",
     ],
     "expected": [["Rwanda Defence Force", "M23"], ["Rwanda Defence Force"]]},  # M23 registered in round 39
    # ---------------------------------------------------------------- UPDF
    {"note": "UPDF = United People's Democratic Front, Bangladesh (shares \"People's\" with Uganda's UPDF)",
     "article": [
         "The United People's Democratic Front (UPDF) blamed a rival faction for the killing of three of its activists in Khagrachhari.",
         "UPDF leaders called a dawn-to-dusk strike across the Chittagong Hill Tracts.",
     ],
     "expected": [[], []]},
    {"note": "same source: Uganda People's Defence Force (UPDF)",
     "article": [
         "KAMPALA (Reuters) - The Uganda People's Defence Force (UPDF) said its troops had killed 18 ADF rebels in eastern Congo.",
     ],
     "expected": [["Reuters", "UPDF"]]},
    # ---------------------------------------------------------------- non-English names of registered sources
    {"note": "same source, Ukrainian name: Sluzhba Bezpeky Ukrainy (SBU)",
     "article": [
         "The Sluzhba Bezpeky Ukrainy (SBU) said on Friday it had detained a man suspected of guiding Russian missile strikes on Kharkiv.",
         "The SBU said the suspect had been recruited via a messaging app.",
     ],
     "expected": [["SBU"], ["SBU"]]},
    {"note": "same source, Russian name: Federalnaya Sluzhba Bezopasnosti (FSB)",
     "article": [
         "Russia's Federalnaya Sluzhba Bezopasnosti (FSB) said it had foiled a plot to blow up a railway bridge in the Bryansk region.",
         "The FSB published video of two men being detained.",
     ],
     "expected": [["FSB"], ["FSB"]]},
    {"note": "same source, Ukrainian name: Holovne Upravlinnia Rozvidky (HUR)",
     "article": [
         "The Holovne Upravlinnia Rozvidky (HUR), Ukraine's military intelligence agency, said a drone hit an oil depot in Russia's Tambov region.",
         "HUR did not say what type of drone was used.",
     ],
     "expected": [["GUR"], ["GUR"]]},
    {"note": "same source, Turkish name with dotted capital I: Milli Istihbarat Teskilati (MIT)",
     "article": [
         "Turkey's Milli İstihbarat Teşkilatı (MIT) said it had captured a senior Islamic State operative in northern Syria.",
         "MIT said the suspect was brought to Turkey for questioning.",
     ],
     "expected": [["MIT"], ["MIT"]]},
    {"note": "same source: English name whose initials do not spell the acronym (no definition)",
     "article": [
         "Defence Intelligence of Ukraine (HUR) said its agents had sabotaged a Russian airbase in Crimea.",
     ],
     "expected": [["GUR"]]},
    {"note": "MIT = Massachusetts Institute of Technology",
     "article": [
         "Researchers at the Massachusetts Institute of Technology (MIT) used satellite imagery to estimate that 60 percent of Gaza's buildings had been damaged.",
         "The MIT team said its figures matched those of UN agencies.",
     ],
     "expected": [[], ["United Nations"]]},
    # ---------------------------------------------------------------- lower-case letters: FAMa; FARDC
    {"note": "same source: Forces Armees Maliennes (FAMa)",
     "article": [
         "BAMAKO (Reuters) - The Forces Armées Maliennes (FAMa) said they had repelled an attack on a military post near Ségou.",
         "The FAMa said 12 assailants were killed and weapons recovered.",
     ],
     "expected": [["Reuters", "FAMa"], ["FAMa"]]},
    {"note": "same source: Forces Armees du Mali (FAMa), with Wagner",
     "article": [
         "The Forces Armées du Mali (FAMa) and their Russian allies from Wagner retook the town of Anéfis, the army said.",
         "Separatists accused the FAMa of killing civilians in drone strikes.",
     ],
     "expected": [["FAMa", "Wagner Group"], ["FAMa"]]},
    {"note": "same source, French name with de/la/du: FARDC",
     "article": [
         "The Forces Armées de la République Démocratique du Congo (FARDC) said M23 rebels had shelled positions around Sake.",
         "FARDC spokesman Lieutenant Colonel Patrick Mwamba said civilians were among the dead.",
     ],
     "expected": [["FARDC", "M23"], ["FARDC"]]},  # M23 registered in round 39
    # ---------------------------------------------------------------- ANF, TNI, VDC, NRC, ISNA
    {"note": "ANF = al-Nusra Front (Arabic 'al-' word), not Firat News Agency",
     "article": [
         "The jihadist al-Nusra Front (ANF) seized two villages in Idlib province from rival rebels, the Syrian Observatory for Human Rights said.",
         "ANF fighters also detained several local council members.",
     ],
     "expected": [["Syrian Observatory for Human Rights"], []]},
    {"note": "TNI = Transnational Institute (one word gives T; initials only partly fit)",
     "article": [
         "A report by the Transnational Institute (TNI) found that opium cultivation in Myanmar's Shan State had risen sharply since the 2021 coup.",
         "TNI researchers said armed groups were taxing poppy farmers.",
     ],
     "expected": [[], []]},
    {"note": "VDC = Nepal's Village Development Committee",
     "article": [
         "Floodwaters swept away 30 homes in the Village Development Committee (VDC) of Ramgadh in western Nepal, local officials said.",
         "The VDC secretary said relief had not reached the area.",
     ],
     "expected": [[], []]},
    {"folder": "ss", "note": "NRC = National Reconciliation Commission",
     "article": [
         "South Sudan's National Reconciliation Commission (NRC) began hearings in Juba on Monday.",
         "The NRC will also take testimony from victims of the 2016 fighting, its chairman said.",
     ],
     "expected": [[], []]},
    {"folder": "ss", "note": "same folder, same source: Norwegian Refugee Council (NRC)",
     "article": [
         "JUBA (Reuters) - The Norwegian Refugee Council (NRC) said on Tuesday that 40,000 people had fled fighting in Upper Nile state.",
         "NRC said its warehouses in Nasir had been looted.",
     ],
     "expected": [["Reuters", "Norwegian Refugee Council"], ["Norwegian Refugee Council"]]},
    {"note": "ISNA = Islamic Society of North America",
     "article": [
         "The Islamic Society of North America (ISNA) called for a ceasefire in Gaza at its annual convention in Chicago.",
         "ISNA president Fatima Hasan said member mosques had raised $2 million for relief.",
     ],
     "expected": [[], []]},
    {"note": "same source: Iranian Students' News Agency (ISNA)",
     "article": [
         "The Iranian Students' News Agency (ISNA) reported on Monday that two people were killed in a blast at a port in Bandar Abbas.",
         "ISNA did not say what caused the explosion.",
     ],
     "expected": [["ISNA"], ["ISNA"]]},
    # ---------------------------------------------------------------- same registered source, English
    {"note": "same source: HRW",
     "article": [
         "Human Rights Watch (HRW) said Ethiopian troops had executed dozens of civilians in the Amhara region.",
         "HRW called for an independent investigation.",
     ],
     "expected": [["Human Rights Watch"], ["Human Rights Watch"]]},
    {"note": "same source: MSF (French name with accents)",
     "article": [
         "Médecins Sans Frontières (MSF) said its hospital in Khan Younis had received 50 wounded in an hour.",
         "An MSF surgeon described the situation as catastrophic.",
     ],
     "expected": [["Médecins Sans Frontières"], ["Médecins Sans Frontières"]]},
    {"note": "same source: ISW",
     "article": [
         "The Institute for the Study of War (ISW) said Russian forces had made marginal gains near Pokrovsk.",
         "ISW analysts said the advance was unlikely to change the front line significantly.",
     ],
     "expected": [["Institute for the Study of War"], ["Institute for the Study of War"]]},
    {"note": "same source: SANA, with an AFP dateline",
     "article": [
         "DAMASCUS (AFP) - The Syrian Arab News Agency (SANA) said Israeli strikes hit military positions south of Damascus.",
         "SANA quoted a military source as saying air defences had intercepted some of the missiles.",
     ],
     "expected": [[AFP, "SANA"], ["SANA"]]},
    {"note": "same source: IDF",
     "article": [
         "The Israel Defense Forces (IDF) said it struck a Hamas command centre in Gaza City.",
         "The IDF said it had taken steps to reduce harm to civilians.",
     ],
     "expected": [["Israel Defense Forces", "Hamas"], ["Israel Defense Forces"]]},
    {"note": "same source: Kenyan Defence Forces (KDF)",
     "article": [
         "The Kenyan Defence Forces (KDF) said its troops killed 10 al-Shabaab fighters in Lamu county.",
     ],
     "expected": [["Kenya Defence Forces"]]},
    {"note": "same source: OCHA, UN-prefixed name",
     "article": [
         "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 1.2 million people in Haiti needed food aid.",
     ],
     "expected": [["OCHA"]]},
    {"note": "same source: SOHR",
     "article": [
         "The Syrian Observatory for Human Rights (SOHR) said 17 pro-government fighters were killed in the Badia desert.",
     ],
     "expected": [["Syrian Observatory for Human Rights"]]},
    # ---------------------------------------------------------------- parentheses that are not definitions
    {"note": "'(pictured)', '(in French)'",
     "article": [
         "An M23 fighter (pictured) stands guard in Goma, according to a video published by the group (in French).",
     ],
     "expected": [["M23"]]},  # registered in round 39
    {"note": "'(in Arabic)' and a plain Reuters credit",
     "article": [
         "The statement (in Arabic) was posted on the group's Telegram channel late on Sunday, Reuters reported.",
     ],
     "expected": [["Reuters"]]},
    {"note": "'(2019)'",
     "article": [
         "The Security Council's resolution 2467 (2019) requires parties to prevent sexual violence in conflict, the UN said.",
     ],
     "expected": [["United Nations"]]},
    # ---------------------------------------------------------------- new acronym for a registered source (no clash)
    {"note": "SSU = Security Service of Ukraine (registered, but SSU is not its alias)",
     "article": [
         "The Security Service of Ukraine (SSU) said it had uncovered a network of Russian agents in Odesa.",
         "The SSU said five suspects were detained.",
     ],
     "expected": [["SBU"], ["SBU"]]},
    {"note": "ISA = Israel Security Agency (registered as Shin Bet)",
     "article": [
         "The Israel Security Agency (ISA) said it had arrested a West Bank man planning a shooting attack.",
         "According to the ISA, the suspect had received funding from Iran.",
     ],
     "expected": [["Shin Bet"], ["Shin Bet"]]},
]
