"""Round 22's review: 150 invented news sentences, in short articles, written by a helper to find
misfires of the title, back-reference and apposed-name rules (never the stories, checks or seeds).
Each is (text, labels, expected); expected is a list of (type, who[, office]) where who is a
registry name, a speaker as written, a glob, or None for no source; ("via", outlet) asks for a relay.
"""
M, O, N = "media_report", "on_record", "named_monitor"
SOHR = "Syrian Observatory for Human Rights"
A = []
def art(aid, rule, sents, pub="x", note=""):
    A.append(dict(id=aid, rule=rule, pub=pub, sents=sents, note=note))

# ---------------- Rule 1: registry title matching ----------------
art("R1a", 1, [("A senior Ukrainian official told The Guardian Russia had moved two brigades toward Pokrovsk.", [M], [(M, "The Guardian")])])
art("R1b", 1, [("A Western diplomat told The Times Iran had supplied the drones used in the attack.", [M], [(M, "The Times")])])
art("R1c", 1, [("An Emirati official told The National Sudan's army had rejected the Jeddah proposal.", [M], [(M, "The National")])])
art("R1d", 1, [("Villagers told The Irrawaddy Myanmar's air force had bombed the monastery at dawn.", [M], [(M, "The Irrawaddy")])])
art("R1e", 1, [("A doctor at the hospital told The Telegraph Israeli tanks had surrounded the compound.", [M], [(M, "The Daily Telegraph")])])
art("R1f", 1, [("A police source told The Independent Hamas had not been consulted about the exchange.", [M], [(M, "The Independent")])])
art("R1g", 1, [("Speaking to The Guardian Mr Karimi said the militia had taken his farm.", [M], [(M, "The Guardian")])])
art("R1h", 1, [("The Guardian reported on Tuesday that the Wagner convoy had crossed into Mali.", [M], [(M, "The Guardian")])])
art("R1i", 1, [("The Times said the documents showed the Kremlin had approved the operation.", [M], [(M, "The Times")])])
art("R1j", 1, [("According to The Telegraph, British special forces had trained the unit in Kenya.", [M], [(M, "The Daily Telegraph")])])
art("R1k", 1, [("Officials told The National that the port of Hodeidah had reopened to fuel tankers.", [M], [(M, "The National")])])
art("R1l", 1, [("The Irrawaddy reported that junta troops torched 200 houses in Sagaing region.", [M], [(M, "The Irrawaddy")])])
art("R1m", 1, [("The national army said the town of Kidal had been retaken from the rebels.", [O], [(O, "The national army")])])
art("R1n", 1, [("The National Guard said two of its soldiers were wounded near the border post.", [O], [(O, "The National Guard")])])
art("R1o", 1, [("The Independent International Commission of Inquiry said both sides had committed abuses.", [O], [(O, "*")])], note="must not be The Independent")
art("R1p", 1, [("The Times of India reported that the militants crossed the Line of Control at night.", [M], [(M, "The Times of India")])], note="not London's Times")
art("R1q", 1, [("Britain's The Times reported that the tanker had been seized by Iranian commandos.", [M], [(M, "The Times")])])
art("R1r", 1, [("The Guardian Australia reported that two Australian aid workers were among the dead.", [M], [(M, "The Guardian")])], note="Guardian's own edition; arguable")
# Judged again by the second review: a lower-case "the observatory" that no observatory named
# before explains is no known monitor (the reviewer had SOHR; a Kharkiv observatory is as likely).
art("R1t", 1, [("Shelling killed six people in the Deir ez-Zor countryside, the observatory said.", [N], [(N, None)])])
art("R1u", 1, [("The Observatory, which relies on a network of sources inside Syria, said 11 fighters died.", [N], [(N, SOHR)])])
art("R1v", 1, [("The Observatory for Human Rights said the dead included four children in Deraa.", [N], [(N, SOHR)])], note="truncated SOHR name")
art("R1w", 1, [("The Observatory on Security Contracting said the men were former soldiers.", [N], [(N, "*")])], note="must not be SOHR")
art("R1x", 1, [("A spokesman told The Times, London's oldest daily, that the army would not withdraw.", [M], [(M, "The Times")])])
art("R1y", 1, [("In an interview with The Guardian, Sudan's army chief said he would not negotiate.", [M], [(M, "The Guardian")])])
art("R1z", 1, [("A Syrian Kurdish commander told The Independent ISIS cells had regrouped in the desert.", [M], [(M, "The Independent")])])
art("R1ab", 1, [("A ministry adviser told The National Egypt would not open the Rafah crossing.", [M], [(M, "The National")])])
art("R1ac", 1, [("The Times Literary Supplement published a review of the war diaries.", [M], [(M, None)])], note="other publication")
art("R1ad", 1, [("The National Unity Government said resistance forces had captured the town.", [O], [(O, "*")])], note="must not be The National")

# ---------------- Rule 2: bare titles refer back ----------------
art("T1", 2, [
  ("Israeli drones struck a car near Tyre, Lebanon's National News Agency reported.", [M], [(M, "National News Agency")]),
  ("A Lebanese security official told The National that two Hezbollah members were in the car.", [M], [(M, "The National")]),
])
art("T2", 2, [
  ("The Financial Times reported that the EU would extend sanctions on Russian shipping.", [M], [(M, "Financial Times")]),
  ("The Times reported that British officials had been briefed on the plan.", [M], [(M, "The Times")]),
])
art("T3", 2, [
  ("The New York Times reported last week that the drones were assembled in Iran.", [M], [(M, "The New York Times")]),
  ("A Ukrainian intelligence officer told The Times the drones carried Iranian parts.", [M], [(M, "The Times")]),
], pub="The Times", note="published by The Times of London")
art("T4", 2, [
  ("The Times of Israel reported that the hostages were moved twice in October.", [M], [(M, "Times of Israel")]),
  ("The Times, the London daily, reported that Mossad had tracked the courier for months.", [M], [(M, "The Times")]),
])
art("T5", 2, [
  ("Britain's The Times reported that the tanker was seized by Iranian commandos.", [M], [(M, "The Times")]),
], pub="Gulf Times")
art("T6", 2, [
  ("The Times, London, reported that Pakistani intelligence had warned of the attack.", [M], [(M, "The Times")]),
], pub="Hindustan Times")
art("T7", 2, [
  ("The Independent, a British newspaper, reported that Hamas had rejected the offer.", [M], [(M, "The Independent")]),
], pub="Irish Independent")
art("T8", 2, [
  ("The National, an Abu Dhabi daily, reported that Houthi drones targeted a tanker.", [M], [(M, "The National")]),
], pub="National Post")
art("T9", 2, [
  ("Federal forces took the town of Shire overnight, the zone administrator told the Times.", [M], [(M, "Ethio Federal Times")]),
], pub="Ethio Federal Times", note="positive: own publisher")
art("T10", 2, [
  ("The New York Times obtained satellite images showing trenches near the border.", [M], [(M, "The New York Times")]),
  ("Those images, the Times found, show fresh earthworks at three sites.", [M], [(M, "The New York Times")]),
], note="positive")
art("T11", 2, [
  ("The Times reported that Wagner fighters had left Bangui in small groups.", [M], [(M, "The Times")]),
  ("The New York Times later reported that some had returned.", [M], [(M, "The New York Times")]),
  # ambiguous once two Times are named; the rules take the one named last (the second review's reading)
  ("The Times added that the Kremlin had paid their salaries until August.", [M], [(M, "The Times|The New York Times")]),
], note="first bare 'The Times' was London's")
art("T12", 2, [
  ("The Moscow Times reported that recruitment offices in Buryatia had doubled bonuses.", [M], [(M, "The Moscow Times")]),
  ("The Times said the bonuses were paid from regional budgets.", [M], [(M, "The Moscow Times")]),
], note="unregistered Moscow Times: 'the Times' is not London's")
art("T14", 2, [
  ("The Syrian Observatory for Human Rights said 14 Syrian soldiers were killed near Palmyra.", [N], [(N, SOHR)]),
  ("The Observatory said Islamic State cells carried out the ambush.", [N], [(N, SOHR)]),
], note="SOHR story, 2023 Homs desert")
art("T15", 2, [
  ("The Syrian Observatory said Turkish drones struck a car near Qamishli.", [N], [(N, SOHR)]),
  ("Two SDF fighters were killed, the observatory said.", [N], [(N, SOHR)]),
])
art("T16", 2, [
  ("The strikes on Deir ez-Zor killed nine people, according to SOHR.", [N], [(N, SOHR)]),
  ("The Observatory said Iranian-backed militias had reinforced positions near Albu Kamal.", [N], [(N, SOHR)]),
])
art("T17", 2, [
  ("The Iraqi Observatory for Human Rights said 12 returnees from al-Hol camp were detained.", [N], [(N, "Iraqi Observatory for Human Rights")]),
  ("The Observatory said the men were held without charge in Nineveh.", [N], [(N, "Iraqi Observatory for Human Rights")]),
], note="positive: unregistered monitor")
art("T18", 2, [
  ("The Iraqi Observatory for Human Rights said 12 returnees were detained.", [N], [(N, "Iraqi Observatory for Human Rights")]),
  ("The Syrian Observatory for Human Rights said the men had left al-Hol in March.", [N], [(N, SOHR)]),
  ("The Observatory said the men had paid smugglers to leave the camp.", [N], [(N, SOHR)]),
], note="last named")
art("T19", 2, [
  ("Ahmed Suleiman of the Sinai Rights Observatory said the army had demolished 40 homes.", [O], [(O, "*")]),
  ("According to the Observatory, the demolitions continued into June.", [N], [(N, "Sinai Rights Observatory")]),
], note="positive")
art("T20", 2, [
  ("The Border Conflict Observatory counted 12 clashes on the Kyrgyz-Tajik frontier.", [N], [(N, "Border Conflict Observatory")]),
  ("Aida Ismailova, the observatory's director, said the clashes would recur.", [O, N], [(O, "Aida Ismailova"), (N, "Border Conflict Observatory")]),
], note="positive")
art("T21", 2, [
  ("The Syrian Observatory for Human Rights said the blast killed seven people in Jableh.", [N], [(N, SOHR)]),
  ("Rami Abdel Rahman, the head of the Observatory, said the car bomb targeted a checkpoint.", [O, N], [(O, "Rami Abdel Rahman"), (N, SOHR)]),
])
art("T22", 2, [
  ("The Crisis Observatory at the American University of Beirut said food prices rose 30 percent.", [N], [(N, "*Crisis Observatory*")]),
  ("The Observatory said the price of bread had tripled since the strikes began.", [N], [(N, "*Crisis Observatory*")]),
])
art("T23", 2, [
  ("Turkey's Kandilli Observatory measured the quake at magnitude 7.7.", [], []),
  ("The Syrian Observatory for Human Rights said 45 people were killed in Jindires.", [N], [(N, SOHR)]),
  ("The Observatory said rescue teams had pulled 12 survivors from the rubble.", [N], [(N, SOHR)]),
])
art("T24", 2, [
  ("Turkey's Kandilli Observatory measured the earthquake at magnitude 7.7.", [], []),
  ("At least 30 people were killed in Jableh and Latakia, the Observatory said.", [N], [(N, SOHR)]),
], note="Observatory = SOHR; Kandilli is a seismology institute")
art("T25", 2, [
  ("Officials told The National that the convoy was stopped near Ras Jdir.", [M], [(M, "The National")]),
], pub="The National", note="positive: own publisher is the registered one")
art("T26", 2, [
  ("The Kyiv Independent reported that the village of Robotyne had been retaken.", [M], [(M, "Kyiv Independent")]),
  ("A British volunteer told The Independent, the London paper, that his unit lost four men.", [M], [(M, "The Independent")]),
])
art("T27", 2, [
  ("Recordings leaked to the Telegraph show officers ordering the shelling.", ["leaked_recording", M], [("leaked_recording", "*"), (M, "The Daily Telegraph")]),
], pub="Belfast Telegraph", note="ambiguous: publisher word; here the London paper (plausibly own). recorded only")
art("T28", 2, [
  ("The Kosovo Conflict Observatory recorded 31 incidents in the north in June.", [N], [(N, "Kosovo Conflict Observatory")]),
  ("Most incidents were near Zvecan, the observatory said.", [N], [(N, "Kosovo Conflict Observatory")]),
], note="positive")
art("T29", 2, [
  ("The Guardian reported that the refugees were held for three days at sea.", [M], [(M, "The Guardian")]),
  ("The Times of Malta said the boat had been intercepted by the Libyan coastguard.", [M], [(M, "The Times of Malta")]),
  ("The Times said the coastguard denied using force.", [M], [(M, "The Times of Malta")]),
], note="'the Times' = Times of Malta (unregistered)")
art("T30", 2, [
  ("The New York Times reported that the Israeli army had used the system in Gaza.", [M], [(M, "The New York Times")]),
  ("Britain's Guardian newspaper reported the same system was used in Lebanon.", [M], [(M, "The Guardian")]),
  ("The Guardian said the army had not commented.", [M], [(M, "The Guardian")]),
], note="positive")
art("T31", 2, [
  ("The Syrian Network for Human Rights documented 23 deaths in Daraa in May.", [N], [(N, "Syrian Network for Human Rights")]),
  ("The Observatory put the toll at 27.", [N], [(N, SOHR)]),
])
art("T33", 2, [
  ("Ukraine's Zaporizhzhia Nuclear Observatory project said radiation levels were normal.", [N], [(N, "*")]),
  ("Separately, the Syrian Observatory said six soldiers were killed in Homs desert.", [N], [(N, SOHR)]),
  ("The Observatory said the soldiers were killed by a landmine.", [N], [(N, SOHR)]),
])

# ---------------- Rule 3: a person named after a described speaker ----------------
P = [
 ("P1",  "The strike hit a school, according to the governor of Sumy region, Volodymyr Artiukh.", "Volodymyr Artiukh", None),
 ("P2",  "Twelve drones were downed over Bryansk, according to the regional governor, Alexander Bogomaz.", "Alexander Bogomaz", None),
 ("P3",  "Three civilians were wounded, according to the mayor, Ivan Petrov, and local residents.", "Ivan Petrov", None),
 ("P4",  "The convoy came under fire, said a spokesman for the UN mission, Olivier Salgado.", "Olivier Salgado", None),
 ("P5",  "Troops crossed the river at dawn, said the army spokesman, Colonel Abdullah Jaafar.", "Colonel Abdullah Jaafar", "?"),
 ("P6",  "Gunmen killed four traders, according to the police in Amhara's regional capital, Bahir Dar.", "the police in Amhara's regional capital", None),
 ("P7",  "Shelling hit the market, according to officials in Congo's eastern province, North Kivu.", "officials in Congo's eastern province", None),
 ("P8",  "The power station was hit twice, according to officials in Rivers State's capital, Port Harcourt.", "officials in Rivers State's capital", None),
 ("P9",  "Tank fire struck the hospital gate, said a doctor in Gaza's second city, Khan Younis.", "a doctor in Gaza's second city", None),
 ("P10", "Two boats sank, said the police chief in Bangladesh's border district, Cox's Bazar.", "the police chief in Bangladesh's border district", None),
 ("P11", "The camp ran out of water, according to the charity, Islamic Relief.", "*", None),
 ("P12", "The gunmen were wearing army uniforms, according to the rebel coalition, Alliance Fleuve Congo.", "*", None),
 ("P13", "Four people were shot dead, according to the witnesses, Ahmed Ali, Musa Adam and Idris Omar.", "the witnesses", None),
 ("P14", "Eight people died in the fire, citing the interior ministry, Ukrainska Pravda reported.", "the interior ministry", None),
 ("P15", "Roads to the city were cut, according to the militant group, Islamic State.", "*", None),
 ("P16", "Six soldiers were killed, according to the army's spokesman, Brig. Gen. Yahya Rasool.", "Brig. Gen. Yahya Rasool", "?"),
 ("P17", "At least 40 people were killed, according to the health ministry spokesman, Ashraf al-Qudra.", "Ashraf al-Qudra", None),
 ("P19", "The fighters withdrew, said the group's spokesman, Abu Obeida.", "Abu Obeida", ""),
 ("P20", "The rebels captured Rubaya, said the rebels' spokesman, Lawrence Kanyuka.", "Lawrence Kanyuka", ""),
 ("P21", "The aid trucks were turned back, said the head of the local council, Mohammed Hussein.", "Mohammed Hussein", ""),
 ("P22", "Two protesters were killed, according to the opposition's spokesman, Nelson Chamisa.", "Nelson Chamisa", ""),
 ("P24", "The town fell, according to the junta's spokesman, Major General Zaw Min Tun.", "Major General Zaw Min Tun", None),
 ("P25", "Criticising the government, Kizza Besigye said the vote had been rigged.", "Kizza Besigye", ""),
 ("P26", "Speaking to the police, Maria Lopez said she had seen two gunmen.", "Maria Lopez", ""),
 ("P27", "Fleeing the army, Halima Adam said she had walked for four days to reach Adre.", "Halima Adam", ""),
 ("P28", "Outside the ministry, Amina Yusuf said she had waited three days for news of her son.", "Amina Yusuf", ""),
 ("P29", "In a letter to the president, Ahmed Kamal wrote that his brother had been tortured.", "Ahmed Kamal", ""),
 ("P30", "After the soldiers left, Grace Akello said the village was empty.", "Grace Akello", ""),
 ("P31", "Power was cut in three districts, according to the city's military administration, Serhiy Popko said.", "Serhiy Popko", None),
 ("P32", "The shelling continued overnight, according to the region's governor, Oleh Syniehubov, who said two people died.", "Oleh Syniehubov", None),
 ("P35", "According to the ministry, Russian Forces shelled Kherson twice.", "the ministry", None),
 ("P38", "The ferry capsized near the shore, according to a local official, Mr Ibrahim Sesay.", "Mr Ibrahim Sesay", None),
 ("P39", "The curfew was lifted, according to the governor, Haidai.", "the governor", None),
 ("P40", "Six died in the blast, according to the police, Kabul Police Spokesman Khalid Zadran said.", "*Khalid Zadran", None),
 ("P42", "The drone hit a bus, according to the head of the regional administration, Ivan Fedorov.", "Ivan Fedorov", None),
 ("P45", "According to the UN refugee agency, South Sudan, Chad and Egypt have received most refugees.", "the UN refugee agency", None),
]
for pid, text, who, office in P:
    exp = [(O, who) if office is None else (O, who, office)]
    art(pid, 3, [(text, [O], exp)])

# multi-sentence rule 3 (identity carried)
art("P46", 3, [
  ("The strike hit the town hall, according to the governor of the province, Oleksandr Prokudin.", [O], [(O, "Oleksandr Prokudin")]),
  ("Prokudin said the building was empty at the time.", [O], [(O, "Prokudin")]),
])
art("P47", 3, [
  ("Two boats were seized, said the navy spokesman, Captain Ayman Khalil.", [O], [(O, "Captain Ayman Khalil", "?")]),
  ("Khalil said the crews were detained in Benghazi.", [O], [(O, "Khalil", "?")]),
])
art("P48", 3, [
  ("Fighters overran the post, said the militia's commander, Abu Jaafar al-Tamimi.", [O], [(O, "Abu Jaafar al-Tamimi", "")]),
])
art("P49", 3, [
  ("Armed men kidnapped 20 pupils, according to the school's headmaster, Ibrahim Musa.", [O], [(O, "Ibrahim Musa", "")]),
  ("Musa told reporters the gunmen came on motorbikes.", [O], [(O, "Musa", "")]),
])
art("P50", 3, [
  ("Three shells hit the village, the interior ministry said.", [O], [(O, "the interior ministry")]),
  ("Another two landed near the school, said the ministry's spokesman, Colonel Nasser Abdallah.", [O], [(O, "Colonel Nasser Abdallah")]),
])

art("P51", 3, [("Blaming the police, Samuel Otieno said his son had been shot at the protest.", [O], [(O, "Samuel Otieno", "")])])
art("P52", 3, [("Eight soldiers were killed, according to the defence ministry, The Sunday Times reported.", [O, M], [(O, "the defence ministry"), ("via", "The Times")])])
art("P53", 3, [("Citing the health ministry, Sudan Tribune reported that 30 people died in El Obeid.", [O, M], [(O, "the health ministry"), ("via", "Sudan Tribune")])])
art("P54", 3, [("Thirty people were killed, according to the health ministry, Radio Dabanga reported.", [O, M], [(O, "the health ministry"), ("via", "Radio Dabanga")])])
art("X1", 1, [
  ("Al Jazeera reported that the Rafah crossing had been closed since dawn.", [M], [(M, "Al Jazeera")]),
  ("A Western diplomat told The Times Iran had supplied the drones used in the attack.", [M], [(M, "The Times")]),
], note="rule 1 miss then back-reference to the last outlet")
art("X2", 1, [
  ("The Syrian Observatory for Human Rights said 20 fighters died near Mayadin.", [N], [(N, SOHR)]),
  ("The Observatory on Security Contracting said the dead included two Russian contractors.", [N], [(N, "Observatory on Security Contracting")]),
], note="finder falls back to the last monitor")
art("T34", 2, [
  ("The Times of London reported that the Wagner commander had been seen in Minsk.", [M], [(M, "The Times")]),
  ("The Times said he had travelled with two bodyguards.", [M], [(M, "The Times")]),
], note="positive")
art("T35", 2, [
  ("Irrawaddy news reported that the Arakan Army had seized the port.", [M], [(M, "The Irrawaddy")]),
  ("The Irrawaddy said 40 junta soldiers had surrendered.", [M], [(M, "The Irrawaddy")]),
], note="positive")

art("R1ae", 1, [("A senior Hamas official told The Times on Monday that the talks had stalled.", [M], [(M, "The Times")])])
art("R1af", 1, [("The Observatory on Saturday said 17 pro-government fighters were killed near Sukhnah.", [N], [(N, SOHR)])])
art("R1ag", 1, [("The Guardian on Wednesday published photographs of the detention site near Kherson.", [M], [(M, "The Guardian")])])
art("R1ah", 1, [("Two RSF commanders told The National on Friday that the offensive on El Fasher would resume.", [M], [(M, "The National")])])
