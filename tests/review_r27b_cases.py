"""Invented sentences and claims probing round 27's later rules: a person named then described before a
speech verb (opening and closing), organisations in the same frame, look-alikes that must not be read
(passive 'said to be', 'told to', 'accused of', a quoted third party, lists, capitalised adverbs, datelines,
non-ASCII names, descriptions with commas/quotes/ages/possessives, outlets); bare organs (General Staff,
portfolio ministries) beside one named state, two states, the other side's organ, and non-state groups;
and the effect of the named-then-described speaker on origin counts."""

O, A, AM, UN, MON = ["on_record"], ["anonymous_source"], ["anonymous_source", "media_report"], ["un_figure"], ["named_monitor"]
SENTENCES = []
CLAIMS = []


def S(text, span, speaker, note):
    SENTENCES.append({"text": text, "span": span, "speaker": speaker, "note": note})


def C(articles, labels, origins, note):
    CLAIMS.append({"articles": articles, "labels": labels, "origins": origins, "note": note})


# ============================================================== sentences: opening
S("Oleksandr Prokudin, the Ukrainian governor of the Kherson region, said 1,894 people had been evacuated.",
  "Oleksandr Prokudin", "Oleksandr Prokudin", "opening: person, description, said")
S("Abdirahman Hassan Omar, a spokesman for the Somali army, said 27 al-Shabaab fighters were killed near Jilib.",
  "Abdirahman Hassan Omar", "Abdirahman Hassan Omar", "opening: three-word name, a spokesman for")
S("Ngozi Adeyemi, who heads the Borno state emergency agency, told reporters that 4,300 families had reached Maiduguri.",
  "Ngozi Adeyemi", "Ngozi Adeyemi", "opening: who-clause, told reporters")
S("Lt. Col. Mykhailo Bondar, commander of an artillery battalion near Kupiansk, said Russian assaults had doubled in a week.",
  "Lt. Col. Mykhailo Bondar", "Lt. Col. Mykhailo Bondar", "opening: abbreviated titles")
S("Maj. Gen. Ahmed Khalifa, the army's regional commander in Darfur, warned that the road to El Fasher was mined.",
  "Maj. Gen. Ahmed Khalifa", "Maj. Gen. Ahmed Khalifa", "opening: titles, warned")
S("Abu Hamza al-Ansari, a commander of the group in eastern Idlib, claimed his fighters had downed a drone.",
  "Abu Hamza al-Ansari", "Abu Hamza al-Ansari", "opening: al- particle, claimed")
S("Hamid bin Rashid, an adviser to the presidential council, announced that talks would resume in Muscat.",
  "Hamid bin Rashid", "Hamid bin Rashid", "opening: bin particle, announced")
S("Pieter van der Merwe, the head of the demining team, said 140 devices had been removed from the fields near Kupiansk.",
  "Pieter van der Merwe", "Pieter van der Merwe", "opening: van der particles")
S("Jean-Baptiste Habyalimana, a local official in Rubavu, said shells fired from Goma had hit two houses.",
  "Jean-Baptiste Habyalimana", "Jean-Baptiste Habyalimana", "opening: hyphenated first name")
S("Kim Sung-hoon, a defence ministry spokesman, told reporters the North had fired two ballistic missiles.",
  "Kim Sung-hoon", "Kim Sung-hoon", "opening: Korean hyphenated name, told reporters")
S("Maria Fernanda Ospina, a nurse at the San Vicente hospital, said 12 soldiers were brought in after the ambush.",
  "Maria Fernanda Ospina", "Maria Fernanda Ospina", "opening: named nurse")
S("Nawaf al-Mousa, whose brother was killed in the strike, said the missile hit the bakery at dawn.",
  "Nawaf al-Mousa", "Nawaf al-Mousa", "opening: whose-clause")
S("Ibrahim Kamara, meanwhile, said 60 homes in Kailahun had been burned.",
  "Ibrahim Kamara", "Ibrahim Kamara", "opening: adverb as description")
S("Sheikh Ahmed Warsame, the president of Jubaland, added that Kenyan troops would stay in Kismayo.",
  "Sheikh Ahmed Warsame", "Sheikh Ahmed Warsame", "opening: Sheikh, added")
S("Dr. Nasser Barakat, director of the surgical ward at the European Hospital, said 40 wounded arrived within an hour.",
  "Dr. Nasser Barakat", "Dr. Nasser Barakat", "opening: Dr.")
S("Brig. Gen. Ricardo Villanueva, the commander of the army's 3rd Infantry Division, said the rebels had fled into the mountains of Negros.",
  "Brig. Gen. Ricardo Villanueva", "Brig. Gen. Ricardo Villanueva", "opening: Brig. Gen.")
S("Serhiy Bratchenko, the Odesa military spokesman, quoted by Ukrinform, said three drones hit the port.",
  "Serhiy Bratchenko", "Serhiy Bratchenko", "opening: person, description, 'quoted by' outlet then said")
S("Viktor Shevchuk, the man prosecutors said had ordered the strike, told the court he was innocent.",
  "Viktor Shevchuk", "Viktor Shevchuk", "opening: lower-case 'said' inside the description")
S("Oksana Melnyk, a volunteer in Izium, said her neighbour, Petro Hordiienko, a retired teacher, had been taken away by soldiers.",
  "Oksana Melnyk", "Oksana Melnyk", "opening: second described person inside what was said")
S("Yaroslav Melnyk, whose commander Col. Petro Savchuk said the unit was surrounded, told reporters he escaped on foot.",
  "Yaroslav Melnyk", "Yaroslav Melnyk", "opening: another speaker inside the description")
S("Samuel Okello, a health official in Gulu, told AFP that nine people had died of cholera.",
  "Samuel Okello", "Samuel Okello", "opening: told an outlet")
S("Abu Khalid al-Tamimi, the spokesman of the \"Saraya al-Quds\" brigades, said two fighters were killed in Jenin.",
  "Abu Khalid al-Tamimi", "Abu Khalid al-Tamimi", "opening: quotes without a comma in the description")
S("The Arakan Army, which controls most of northern Rakhine, said it had captured the last junta base in Maungdaw.",
  "Arakan Army", "Arakan Army", "org: which-clause")
S("The Karen National Union, an ethnic armed group fighting the junta, said its fighters seized the Thay Baw Boe camp.",
  "Karen National Union", "Karen National Union", "org: three-word organisation")
S("The Kherson Regional Military Administration, in a Telegram post, said 14 people were wounded in shelling.",
  "Kherson Regional Military Administration", "Kherson Regional Military Administration", "org: five words with The")
S("The Sudanese Red Crescent, in a statement, said 1,200 bodies had been buried in El Geneina.",
  "Sudanese Red Crescent", "Sudanese Red Crescent", "org: in a statement, figure after said")
S("The Kremlin, in a statement, said the talks in Istanbul had produced no agreement.",
  "Kremlin", "Kremlin", "org: The + one word")
S("The Norwegian Refugee Council, in a statement on Monday, warned that 300,000 people in Tawila had no clean water.",
  "Norwegian Refugee Council", "Norwegian Refugee Council", "org: registered NGO, warned")
S("The Assistance Association for Political Prisoners, a rights group tracking arrests since the coup, said 27,000 people had been detained.",
  "Assistance Association for Political Prisoners", "Assistance Association for Political Prisoners", "org: registered monitor labelled on_record (rule 3)")
S("Rami Haddad, director of the Syrian Network for Human Rights, said 211 civilians were killed in May.",
  "Rami Haddad", "Rami Haddad", "opening: person described by a registered monitor")

# ============================================================== sentences: closing
S("Almost 2,000 people had crossed into Chad by Sunday, Adoum Mahamat, the prefect of Adre, said.",
  "Adoum Mahamat", "Adoum Mahamat", "closing: person, description, said")
S("Two drones were shot down over the Belgorod region overnight, Vyacheslav Gorbatenko, the regional governor, said.",
  "Vyacheslav Gorbatenko", "Vyacheslav Gorbatenko", "closing: the regional governor")
S("The convoy was hit 15 km west of Gao, Col. Souleymane Dembele, spokesman for the Malian army, said.",
  "Col. Souleymane Dembele", "Col. Souleymane Dembele", "closing: Col., spokesman for a body")
S("Forty-one bodies had been recovered from the rubble, Olena Kravets, head of the Dnipro City Military Administration, said.",
  "Olena Kravets", "Olena Kravets", "closing: head of a capitalised body")
S("Food stocks in Gaza City would run out within days, Carla Mendes, a spokeswoman for World Central Kitchen, warned.",
  "Carla Mendes", "Carla Mendes", "closing: warned")
S("Talks on the prisoner list would resume next week, Hendrik de Vries, the Dutch envoy to the talks, added.",
  "Hendrik de Vries", "Hendrik de Vries", "closing: de particle, added")
S("The town had been without power for nine days, Mohamed Ould Sidi Ahmed, the mayor of Bassikounou, said.",
  "Mohamed Ould Sidi Ahmed", "Mohamed Ould Sidi Ahmed", "closing: four-word name")
S("\"We have no water and no medicine,\" Fatima Abdallah, a mother of five in Zamzam camp, said.",
  "Fatima Abdallah", "Fatima Abdallah", "closing: after a quote")
S("Three settlers were wounded in the attack near Huwara, Magen David Adom, the Israeli emergency service, said.",
  "Magen David Adom", "Magen David Adom", "org: closing organisation")
S("The strike killed two of its commanders near Al-Qaim, Kata'ib Sayyid al-Shuhada, which is backed by Iran, said.",
  "Kata'ib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada", "org: closing, apostrophe and al-")
S("Water had run out in the cellar shelters, Ivan Klymenko, the deputy mayor who stayed behind in Siversk, said.",
  "Ivan Klymenko", "Ivan Klymenko", "closing: long description with a relative clause")
S("The ceasefire was holding in Khartoum North, Gen. Mubarak Abdelkarim, an army spokesman, told reporters.",
  "Gen. Mubarak Abdelkarim", "Gen. Mubarak Abdelkarim", "closing: told reporters")
S("At least 23 miners were killed when the tunnel collapsed, Jean-Claude Mukendi, the provincial mines minister, said on Monday.",
  "Jean-Claude Mukendi", "Jean-Claude Mukendi", "closing: said on Monday")
S("The district police chief was among the dead, Ahmad Shah Waziri, the Taliban-appointed governor of Kunar, said in a statement.",
  "Ahmad Shah Waziri", "Ahmad Shah Waziri", "closing: said in a statement")
S("Almost 1,900 people had been taken out of the flooded villages, Oleh Tkachenko, head of the Kherson Regional Military Administration, said.",
  "Oleh Tkachenko", "Oleh Tkachenko", "closing: the body inside the description is not the speaker")

# ============================================================== sentences: must not (mis)read
S("Meanwhile President Felix Ngoy, in a televised address, said Rwanda had 4,000 troops in North Kivu.",
  "President Felix Ngoy", "President Felix Ngoy", "not: capitalised adverb is not part of the name")
S("Earlier Governor Serhiy Lysenko, speaking on local television, said six people were killed in Pavlohrad.",
  "Governor Serhiy Lysenko", "Governor Serhiy Lysenko", "not: 'Earlier' is not part of the name")
S("Abu Mohammed al-Shami, the group's leader, said to be hiding near Sarmada, has not appeared in public since March.",
  None, None, "not: passive 'said to be'")
S("Ibrahim Musa, a farmer from Bama, told to leave by soldiers, walked for three days to reach Maiduguri.",
  None, None, "not: passive 'told to leave'")
S("Maxim Orlov, a Russian captain, accused of ordering the executions in Bucha, was sentenced in absentia.",
  None, None, "not: passive 'accused of'")
S("Juan Pablo Rincon, a Colombian aid worker, reported missing on Sunday, was found alive near Tibu.",
  None, None, "not: passive 'reported missing'")
S("Viktor Shevchuk, the man prosecutors said had ordered the strike, was sentenced to life.",
  None, None, "not: lower-case said in reported speech, no speaker")
S("Ahmed Saleh, a 29-year-old reporter, told guards he had been beaten, his lawyer Mona Farouk said.",
  "Mona Farouk", "Mona Farouk", "not: the described person is quoted by his lawyer")
S("Gunmen kidnapped Chinedu Okafor, a lecturer at the university, his brother Ifeanyi Okafor told reporters.",
  "Ifeanyi Okafor", "Ifeanyi Okafor", "not: the described person is the object")
S("The shells landed near the market in Gisenyi, Olivier Nshimiye and his neighbour, Claudine Uwera, a teacher, said.",
  "Olivier Nshimiye", "Olivier Nshimiye", "not: a list; the last described name is not the only speaker")
S("Gen. Osman Hamid al-Tahir, the army chief and, since 2023, head of the transitional council, said the war would end only with the RSF's surrender.",
  "Gen. Osman Hamid al-Tahir", "Gen. Osman Hamid al-Tahir", "not: description with commas (fallback)")
S("Rim Haddad, who called the siege \"slow, deliberate starvation\", said aid trucks had waited at the crossing for 40 days.",
  "Rim Haddad", "Rim Haddad", "not: description with a quote holding a comma")
S("GOMA, Democratic Republic of Congo - Corneille Bahati, a spokesman for the M23 rebels, said the group controlled the airport.",
  "Corneille Bahati", "Corneille Bahati", "not: dateline before the described person")
S("KHARKIV, Ukraine, March 3 (Reuters) - Ihor Tereshchuk, the city's mayor, said two missiles hit an apartment block.",
  "Ihor Tereshchuk", "Ihor Tereshchuk", "not: dateline with date and agency")
S("According to Anna Bilyk, the head of the Sloviansk hospital, 14 wounded were brought in overnight.",
  "Anna Bilyk", "Anna Bilyk", "not: according to, no speech verb")
S("Fourteen wounded were brought in overnight, according to Anna Bilyk, the head of the Sloviansk hospital.",
  "Anna Bilyk", "Anna Bilyk", "not: according to at the end")
S("Officials in Chasiv Yar, the town where the fighting has been heaviest, said 300 civilians remained.",
  None, None, "not: unnamed officials, the place is not the speaker")
S("The market burned for six hours, said 34-year-old Amina Bello, a trader in Maiduguri.",
  "Amina Bello", "Amina Bello", "not: figure (age) after an inverted verb, name follows")
S("Edouard Nsengimana, the Rwandan government spokesman, said the drones had come from Goma.",
  "Edouard Nsengimana", "Edouard Nsengimana", "opening: plain ASCII control for the accented case")
S("\u00c9douard Nsengimana, the Rwandan government spokesman, said the drones had come from Goma.",
  "\u00c9douard Nsengimana", "\u00c9douard Nsengimana", "not: accented capital opening the name")
S("\u00d6mer \u00c7elikkaya, a spokesman for the Turkish defence ministry, said 13 PKK militants were killed near Metina.",
  "\u00d6mer \u00c7elikkaya", "\u00d6mer \u00c7elikkaya", "not: Turkish capitals")
S("Mohamed A. Hassan, the mayor of Baidoa, said the siege had been lifted.",
  "Mohamed A. Hassan", "Mohamed A. Hassan", "not: middle initial")
S("Alghabass ag Intalla, a leader of the Tuareg rebels, said drones struck a wedding near Tinzaouaten.",
  "Alghabass ag Intalla", "Alghabass ag Intalla", "not: lower-case particle 'ag' not in the list")
S("Nadia Karimova, Ukraine's deputy energy minister, said 40 percent of generating capacity had been lost.",
  "Nadia Karimova", "Nadia Karimova", "not: description opening with a possessive country")
S("Halima Yusuf, 34, a mother of four, said the soldiers took her husband from their home in Konduga.",
  "Halima Yusuf", "Halima Yusuf", "not: age before the description")
S("Russian Deputy Foreign Minister Andrei Rudakov, speaking in Doha, said Moscow was ready to exchange more prisoners.",
  "Andrei Rudakov", "Andrei Rudakov", "not: five-word title and name")
S("Al Jazeera, the Qatar-based broadcaster, reported that 18 people were killed in Deir al-Balah.",
  None, None, "not: an outlet is a channel, not an on-record speaker")
S("Alghabass Intalla, the head of the rebel coordination, accused Malian troops of killing 20 herders.",
  "Alghabass Intalla", "Alghabass Intalla", "opening: accused as an active speech verb")
S("Anna Kovalenko, the head of the village council, said police chief Yuriy Lozovy, a veteran of Bakhmut, had warned residents to leave.",
  "Anna Kovalenko", "Anna Kovalenko", "opening: second described person warned inside what was said")
S("But Lt. Col. Andriy Sadovy, the brigade's spokesman, said the unit had not withdrawn from Toretsk.",
  "Lt. Col. Andriy Sadovy", "Lt. Col. Andriy Sadovy", "not: conjunction before titles")
S("Hamas, the group that ran Gaza before the war, said it had handed over the bodies of four hostages.",
  "Hamas", "Hamas", "org: one-word organisation")

# ============================================================== claims: organs (rule 2)
C([["Pyongyang said the South fired first across the border."],
   ["The General Staff said South Korean units fired first across the border."]],
  [O, O], 1, "organ: bare General Staff beside the one named state")
C([["Ukraine's defence ministry said 43 clashes took place near Pokrovsk on Tuesday."],
   ["The General Staff said 43 combat clashes took place near Pokrovsk on Tuesday."]],
  [O, O], 1, "organ: Ukraine's defence ministry + General Staff")
C([["Russia said a Ukrainian missile hit an apartment block in Belgorod, killing five people."],
   ["The Emergencies Ministry said five people were killed when a missile hit the apartment block in Belgorod."]],
  [O, O], 1, "organ: Emergencies Ministry beside Russia")
C([["Sudan's army said its jets struck RSF positions in Nyala on Thursday."],
   ["The Ministry of Information said army jets struck RSF positions in Nyala on Thursday."]],
  [O, O], 1, "organ: Ministry of Information beside Sudan's army")
C([["Azerbaijan's defence ministry said Armenian troops fired on its positions in the Kalbajar district."],
   ["The Ministry of Defence said Armenian units opened fire on Azerbaijani army positions in the Kalbajar district."]],
  [O, O], 1, "organ: Ministry of Defence of the named state (content says so)")
C([["Ukraine's air force said it shot down 40 of 52 Russian drones overnight."],
   ["The General Staff said 40 drones had been downed overnight."]],
  [O, O], 1, "organ: air force + General Staff")
C([["The General Staff said 40 of 52 drones were shot down overnight."],
   ["The Air Force said 40 of the 52 drones were downed overnight."]],
  [O, O], 1, "organ: two bare organs, no state named")
C([["Kyiv said the Ministry of Justice had filed the case against the Russian officers."],
   ["Ukraine's prosecutor general said the case against the Russian officers had been filed."],
   ["The Ministry of Justice said it filed the case against the Russian officers on Friday."]],
  [O, O, O], 1, "organ: Ministry of Justice + prosecutor of the one state")
C([["Ukraine's defence ministry said 12 new armoured vehicles were delivered to the front."],
   ["The Ministry of Strategic Industries said 12 armoured vehicles were delivered to the front this week."]],
  [O, O], 1, "organ: a portfolio outside the list (strategic industries) is still the one state's")
C([["Iran said its missiles struck the Nevatim air base."],
   ["The General Staff said the missiles hit Nevatim air base and two radar sites."]],
  [O, O], 1, "organ: Iran + General Staff (Iran's Armed Forces General Staff)")
C([["Sudan's army said 31 fighters were killed in the battle for Bara."],
   ["Thirty-one fighters were killed in the battle for Bara, Maj. Gen. Ahmed Khalifa, the army's regional commander, said."],
   ["The Ministry of Information said 31 fighters were killed at Bara."]],
  [O, O, O], 1, "organ: named-then-described army commander + bare ministry + Sudan's army")
C([["Two Sudanese army officers said the bridge at Shambat was destroyed."],
   ["Sudan's army said the Shambat bridge was destroyed."],
   ["The Ministry of Defence said the Shambat bridge was blown up."]],
  [A, O, O], 1, "organ: anonymous officers of the state, the state, its bare ministry")

# ---------------------------------------------------------------- the other side's bare organ
C([["Russia's defence ministry said Ukrainian drones hit the Druzhba pumping station in Bryansk overnight."],
   ["The General Staff said its long-range drones hit the Druzhba pumping station in Bryansk overnight, the latest Ukrainian strike on Russian energy sites."]],
  [O, O], 2, "otherside: Ukraine's General Staff (its drones) beside Russia")
C([["Moscow said its forces captured the village of Kurakhivka."],
   ["The General Staff said Ukrainian units had withdrawn from Kurakhivka to avoid encirclement."]],
  [O, O], 2, "otherside: the General Staff reporting its own withdrawal is Ukraine's")
C([["Russia's defence ministry said 84 Russian servicemen were returned from Ukrainian captivity on Friday."],
   ["The Defence Ministry said 84 Russian prisoners were handed over in exchange for 84 Ukrainian defenders who returned home."]],
  [O, O], 2, "otherside: Ukraine's Defence Ministry (defenders returned home) beside Russia")
C([["Israel's military said it struck a Hamas command post inside the al-Falah school in Gaza City."],
   ["The Health Ministry said 17 people sheltering in the al-Falah school were killed in an Israeli strike."]],
  [O, O], 2, "otherside: Gaza's Health Ministry is not Israel's")
C([["Israel's army said it struck Hezbollah sites in Nabatieh on Wednesday."],
   ["The Health Ministry said Israeli strikes on Nabatieh killed 11 people on Wednesday."]],
  [O, O], 2, "otherside: Lebanon's Health Ministry is not Israel's")
C([["The US military said it struck Houthi radar sites near Hodeidah overnight."],
   ["The Health Ministry said US strikes on radar sites near Hodeidah killed six people overnight."]],
  [O, O], 2, "otherside: the Houthi-run Health Ministry is not the US's")
C([["Pakistan's military said its jets struck militant hideouts in Khost province."],
   ["The Ministry of Defence said Pakistani jets bombed homes in Khost province, killing nine civilians."]],
  [O, O], 2, "otherside: the Taliban's Ministry of Defence accuses Pakistan")
C([["Egypt said 200 wounded people were evacuated through the Rafah crossing on Sunday."],
   ["The Health Ministry said 200 wounded Palestinians were evacuated to Egypt through Rafah for treatment on Sunday."]],
  [O, O], 2, "otherside: Gaza's Health Ministry beside Egypt (a third state)")
C([["Ukraine's foreign ministry said a Russian drone hit the Chernobyl shelter."],
   ["The Emergencies Ministry said the fire at the Chernobyl shelter, hit by a Russian drone, had been put out."]],
  [O, O], 1, "organ: Ukraine's State Emergency Service (bare) beside Ukraine (named)")

# ---------------------------------------------------------------- two named states + a bare organ
C([["Ukraine said a drone struck the training centre at the Zaporizhzhia nuclear plant."],
   ["Russia said a drone struck the plant's training centre on Sunday."],
   ["The General Staff said a Russian drone hit the training centre at the Zaporizhzhia plant."]],
  [O, O, O], 2, "twostates: the General Staff is Ukraine's (blames a Russian drone)")
C([["Armenia said four prisoners were handed over at the border on Tuesday."],
   ["Azerbaijan said it released four Armenian prisoners on Tuesday."],
   ["The Ministry of Justice said the four men were handed over at the border crossing on Tuesday."]],
  [O, O, O], 2, "twostates: the ministry is one of the two states'")
C([["Thailand's army said Cambodian troops fired rockets at the Chong Chom checkpoint."],
   ["Cambodia's defence ministry said its troops fired rockets near Chong Chom in response to Thai shelling."],
   ["The Ministry of National Defence said Thai troops shelled first before the rockets were fired at Chong Chom."]],
  [O, O, O], 2, "twostates: ministry is Cambodia's")
C([["Pyongyang said it fired two ballistic missiles into the East Sea."],
   ["South Korea's Joint Chiefs of Staff said the North fired two ballistic missiles into the East Sea."],
   ["The General Staff said the two missiles were launched from Sunan."]],
  [O, O, O], 2, "twostates: the General Staff is North Korea's (the South has a JCS)")
C([["Israel's military said it killed a Hezbollah commander in a strike on a car in Tyre."],
   ["Hezbollah said its commander was killed in Tyre on Monday."],
   ["The Health Ministry said one person was killed in a strike on a car in Tyre."]],
  [O, O, O], 3, "otherside: Israel, Hezbollah, Lebanon's Health Ministry")

# ---------------------------------------------------------------- bare organ + a non-state group
C([["The RSF said its fighters shot down an army drone over Nyala."],
   ["The Ministry of Defence said one of its drones was shot down over Nyala."]],
  [O, O], 2, "group: RSF + Sudan's bare ministry")
C([["Al-Shabaab said its fighters overran the army base at El Baraf."],
   ["The Ministry of Defence said al-Shabaab fighters briefly overran the El Baraf base before troops retook it."]],
  [O, O], 2, "group: al-Shabaab + Somalia's bare ministry")
C([["The Houthis said they fired a ballistic missile at the port of Eilat."],
   ["The Ministry of Information said the group's ballistic missile hit the port of Eilat."]],
  [O, O], 1, "group: the Houthis' own Ministry of Information (the group's missile)")
C([["Hamas said Israeli strikes killed 40 people in Khan Younis overnight."],
   ["The Health Ministry said 40 people were killed in Israeli strikes on Khan Younis overnight."]],
  [O, O], 1, "group: Hamas + the Hamas-run Health Ministry (debatable)")
C([["The M23 said its fighters took the town of Nyabibwe."],
   ["Rwanda said M23 fighters had taken Nyabibwe."],
   ["The Ministry of Communication said the M23 and Rwandan troops had taken Nyabibwe."]],
  [O, O, O], 3, "otherside: Congo's ministry beside M23 and Rwanda (one named state)")

# ============================================================== claims: rule 1's effect on origins
C([["Roman Tkachuk, the head of the Kherson city military administration, said 14 people were wounded in shelling."],
   ["Ukraine's emergency service said 14 people were wounded in the shelling of Kherson."]],
  [O, O], 1, "opening: Ukrainian city official + Ukraine's emergency service")
C([["Andriy Zinchenko, the Russian-installed head of the Nova Kakhovka district, said the upper part of the dam was destroyed."],
   ["Oleksandr Yarmak, the Ukrainian governor of the Kherson region, said the dam at Nova Kakhovka had been destroyed."]],
  [O, O], 2, "opening: two described officials on opposite sides")
C([["Almost 1,900 people had been evacuated, Oleh Tkachenko, head of the Kherson Regional Military Administration, said."],
   ["The Kherson Regional Military Administration said almost 1,900 people had been evacuated."]],
  [O, O], 1, "closing: person + the body in his description")
C([["Food stocks in the camp would run out within days, Hanna Petrenko, a spokeswoman for the International Committee of the Red Cross, said."],
   ["The International Committee of the Red Cross said food stocks in the camp would run out within days."]],
  [O, O], 1, "closing: spokeswoman + her organisation")
C([["Col. Moussa Diarra, the army's spokesman, said 15 jihadists were killed near Djibo."],
   ["Fifteen jihadists were killed near Djibo, Col. Moussa Diarra, the army's spokesman, said."]],
  [O, O], 1, "opening: same person opening and closing")
C([["Seven soldiers were killed in the ambush near Boni, Col. Souleymane Dembele, spokesman for the Malian army, said."],
   ["Mali's army said seven soldiers were killed in an ambush near Boni."]],
  [O, O], 1, "closing: army spokesman + the army")
C([["Seven Malian soldiers were killed in the ambush near Boni, Maj. Jean-Paul Moreau, a spokesman for the French military in the Sahel, said."],
   ["Mali's army said seven soldiers were killed in an ambush near Boni."]],
  [O, O], 2, "closing: a French spokesman + Mali's army")
C([["Ahmed Saleh, a 29-year-old reporter, told guards he had been beaten, his lawyer Mona Farouk said."],
   ["Mona Farouk, Saleh's lawyer, said guards had beaten him in custody."]],
  [O, O], 1, "not: the lawyer twice, not the quoted reporter")
C([["Meanwhile President Felix Ngoy, in a televised address, said Rwandan troops had entered Goma."],
   ["President Felix Ngoy said Rwandan troops had entered Goma."]],
  [O, O], 1, "not: 'Meanwhile' must not make a second president")
C([["The shells landed near the market in Gisenyi, Olivier Nshimiye and his neighbour, Claudine Uwera, a teacher, said."],
   ["Rwanda's army said shells fired from Goma landed near the Gisenyi market."]],
  [O, O], 2, "not: residents (a list) + the army")
C([["The Arakan Army, which controls most of northern Rakhine, said it captured the junta base at Maungdaw."],
   ["Myanmar's junta said its troops had withdrawn from the base at Maungdaw after heavy fighting."]],
  [O, O], 2, "org: Arakan Army + junta")
C([["The Karen National Union, an ethnic armed group fighting the junta, said its fighters seized the Thay Baw Boe camp."],
   ["Padoh Saw Kler Htoo, a spokesman for the Karen National Union, said fighters had seized the Thay Baw Boe camp."]],
  [O, O], 1, "org: the union + its spokesman")
C([["Oleksandr Yarmak, the Ukrainian governor of the Kherson region, said 90 settlements were flooded."],
   ["The General Staff said 90 settlements were flooded after the dam burst."]],
  [O, O], 1, "organ: a described Ukrainian governor names Ukraine; the General Staff joins")
C([["Four border guards were wounded near Sumy, Yevhen Hrytsenko, head of Ukraine's border guard service, said."],
   ["The General Staff said four border guards were wounded near Sumy."]],
  [O, O], 1, "organ: closing person whose description names Ukraine + General Staff")
C([["Rami Haddad, director of the Syrian Network for Human Rights, said 211 civilians were killed in May."],
   ["The Syrian Network for Human Rights said 211 civilians were killed in May."]],
  [MON, MON], 1, "opening: monitor's director + the monitor")
C([["A drone hit the cooling tower of the Kursk nuclear plant, Yuri Kolesnikov, a spokesman for the plant's operator, said."],
   ["The IAEA said a drone hit a cooling tower at the Kursk nuclear plant."]],
  [O, UN], 2, "closing: plant operator + the IAEA")
C([["Nadia Karimova, Ukraine's deputy energy minister, said 40 percent of generating capacity had been lost."],
   ["The Ministry of Energy said 40 percent of generating capacity had been lost."]],
  [O, O], 1, "organ: deputy minister of Ukraine + bare energy ministry")
C([["Vyacheslav Gorbatenko, the Russian governor of the Belgorod region, said Ukrainian drones set fire to an oil depot in Belgorod overnight."],
   ["The General Staff said its drones set fire to an oil depot in Belgorod overnight."]],
  [O, O], 2, "otherside: Ukrainian General Staff (its drones) beside a Russian governor")
