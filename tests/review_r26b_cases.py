"""Invented claims probing round 26b's rules: (1) an organ's remit does not name its state; (2) an
official described before his name as head/chief/director/spokesman of a body speaks for that body
(body words only); (3) an office a place owns, named before its holder, is that holder; (4) a speaker
named by an acronym and role words joins a body whose written name it abbreviates; (5) a reaction
verb before a capitalised qualifier ends the subject ("The ministry rejected Thai claims"); (6) a
spokesman named with no owner joins the claim's one state (or its countryless organs); (7)
"Whatever Belgrade says" names no speaker, "Although X told" does; (8) a source before a long
apposition is still cited. ``origins`` is the count a careful fact-checker would give, written
before the tool was run and kept where the tool disagrees. One label list per article.

Notes open with the rule number; "miss" marks a near miss where the rule should not apply."""

O, A, UN, MON, MR = ["on_record"], ["anonymous_source"], ["un_figure"], ["named_monitor"], ["media_report"]
CASES = []


def C(articles, labels, origins, note):
    CASES.append({"articles": articles, "labels": labels, "origins": origins, "note": note})


# ------------------------------------------------------------------ 1. an organ's remit does not name its state
C([["The Serbian government's office for Kosovo said ethnic Serb officials were detained at the Jarinje crossing on Monday."],
   ["Belgrade said Kosovo police detained ethnic Serb officials at the Jarinje crossing on Monday."]],
  [O, O], 1, "1: Serbia's office for Kosovo is Serbia")
C([["Serbia's office for Kosovo said Kosovo police had shut four Serbian-run post offices in the north."],
   ["Kosovo's government said its police had closed four Serbian-run post offices in the north."]],
  [O, O], 2, "1 miss: office for Kosovo is Serbia's, Kosovo's government is another state")
C([["The UN envoy for Syria, Geir Pedersen, said the constitutional committee would reconvene in Geneva next month."],
   ["Syria's foreign ministry said the constitutional committee would meet again in Geneva next month."]],
  [UN, O], 2, "1 miss: the UN envoy for Syria is no Syrian organ")
C([["The UN envoy for Yemen said the warring parties had agreed to exchange 900 prisoners."],
   ["Yemen's Houthi-run government said it had agreed with the Saudi-backed side to swap 900 prisoners."],
   ["Yemen's internationally recognised government said the sides agreed to exchange some 900 detainees."]],
  [UN, O, O], 3, "1 miss: UN envoy for Yemen apart from both Yemeni sides")
C([["Russia's ministry for emergency situations said rescuers pulled 14 people from the rubble in Belgorod."],
   ["The Kremlin said rescuers had pulled 14 people alive from the rubble in Belgorod."]],
  [O, O], 1, "1: emergencies ministry and Kremlin, one state")
C([["Azerbaijan's presidential envoy for Karabakh said the last Armenian checkpoint on the Lachin road had been removed."],
   ["Baku said the last Armenian checkpoint on the Lachin road had been dismantled."]],
  [O, O], 1, "1: Azerbaijan's envoy for Karabakh is Azerbaijan")
C([["Azerbaijan's presidential envoy for Karabakh said the Lachin road had reopened to civilian traffic."],
   ["Armenia's foreign ministry said the Lachin road had reopened to civilian traffic."]],
  [O, O], 2, "1 miss: remit Karabakh, two states")
C([["The US special envoy for Sudan, Tom Perriello, said both sides had agreed to open the Adre crossing for aid."],
   ["Washington said Sudan's warring parties had agreed to reopen the Adre crossing for aid deliveries."]],
  [O, O], 1, "1: US envoy for Sudan is the US")
C([["The US special envoy for Sudan said the army had agreed to reopen the Adre crossing for aid."],
   ["Sudan's army said it had agreed to reopen the Adre crossing for humanitarian deliveries."]],
  [O, O], 2, "1 miss: US envoy for Sudan is not Sudan")
C([["China's Taiwan Affairs Office said two Taiwanese fishermen had been detained near Kinmen."],
   ["Beijing said two Taiwanese fishermen were detained in waters near Kinmen."]],
  [O, O], 1, "1: Taiwan Affairs Office is China")
C([["China's Taiwan Affairs Office said two Taiwanese fishermen had been detained near Kinmen."],
   ["Taiwan's Mainland Affairs Council said two Taiwanese fishermen were held by Chinese authorities near Kinmen."]],
  [O, O], 2, "1 miss: TAO is China, MAC is Taiwan")
C([["Taiwan's Mainland Affairs Council said a Taiwanese publisher had been sentenced to three years in Shanghai."],
   ["Taipei said a Taiwanese publisher was sentenced to three years in prison in Shanghai."]],
  [O, O], 1, "1: Mainland Affairs Council is Taiwan")
C([["South Korea's unification ministry said North Korea had blown up road links across the border."],
   ["Seoul said North Korea blew up sections of the roads running across the border."]],
  [O, O], 1, "1: unification ministry is Seoul")
C([["Pakistan's ministry for Kashmir affairs said Indian shelling killed three civilians in the Neelum valley."],
   ["India's army said Pakistani shelling killed three civilians in Kupwara."]],
  [O, O], 2, "1 miss: two states (two different claims worded alike kept apart anyway)")
C([["Pakistan's ministry for Kashmir affairs said Indian shelling killed three civilians in the Neelum valley."],
   ["Islamabad said Indian shelling killed three civilians in the Neelum valley."]],
  [O, O], 1, "1: Kashmir affairs ministry is Islamabad")
C([["Australia's Minister for Foreign Affairs, Penny Wong, said two Australian citizens had been evacuated from Beirut."],
   ["Canberra said two Australian citizens were evacuated from Beirut on Sunday."]],
  [O, O], 1, "1: minister for Foreign Affairs is Australia")
C([["Ireland's Minister for Foreign Affairs said Irish peacekeepers in southern Lebanon were unhurt after the shelling."],
   ["The Irish Defence Forces said all Irish peacekeepers in southern Lebanon were unharmed after the shelling."]],
  [O, O], 1, "1: remit 'Foreign Affairs'; Irish organs one state")
C([["Russia's envoy for Syria, Alexander Lavrentiev, said Damascus had agreed to a new round of talks with Ankara."],
   ["Moscow said Damascus had agreed to a new round of talks with Ankara."]],
  [O, O], 1, "1: Russia's envoy for Syria is Moscow")
C([["Russia's envoy for Syria said Damascus had agreed to a new round of talks with Ankara."],
   ["Syria's foreign ministry said it had agreed to a new round of talks with Turkey."]],
  [O, O], 2, "1 miss: Russia's envoy for Syria is not Syria")
C([["Britain's minister for the Middle East, Hamish Falconer, said a British aid worker had been released in Yemen."],
   ["The British government said a British aid worker held in Yemen had been freed."]],
  [O, O], 1, "1: minister for the Middle East is Britain")
C([["The EU special representative for the Sahel said Mali's junta had expelled a European envoy."],
   ["Mali's junta said it had expelled the European Union's envoy."]],
  [O, O], 2, "1 miss: EU representative for the Sahel is no Sahel state")
C([["The UN special rapporteur on Myanmar said junta airstrikes had killed 40 villagers in Sagaing."],
   ["Myanmar's military government said its air force struck rebel positions in Sagaing, killing 40 people."]],
  [UN, O], 2, "1 miss: UN rapporteur on Myanmar is no Myanmar organ")
C([["Israel's coordinator of government activities in the territories said 200 aid trucks entered Gaza on Sunday."],
   ["The Israeli military said 200 aid trucks had entered Gaza on Sunday."]],
  [O, O], 1, "1: COGAT's remit is the territories; Israel's")
C([["The head of Serbia's office for Kosovo, Petar Petkovic, said Kosovo police had arrested three Serbs in Zvecan."],
   ["Kosovo police said they had arrested three Serbs in Zvecan."]],
  [O, O], 2, "1+2 miss: head of Serbia's office for Kosovo vs Kosovo police")
C([["The head of Serbia's office for Kosovo, Petar Petkovic, said Kosovo police had arrested three Serbs in Zvecan."],
   ["Belgrade said Kosovo police had arrested three ethnic Serbs in Zvecan."]],
  [O, O], 1, "1+2: head of Serbia's office for Kosovo is Belgrade")
C([["Turkey's ministry for EU affairs said Ankara had met all benchmarks for visa-free travel."],
   ["The European Commission said Turkey had met all benchmarks for visa-free travel."]],
  [O, O], 2, "1 miss: ministry for EU affairs is Turkey, not the EU")

# ------------------------------------------------------------------ 2. head of a body described before his name
C([["Civil defence teams recovered 64 bodies from the Old City, the head of the civil defence directorate in Anbar province, Col. Jabbar al-Dulaimi, told reporters."],
   ["The Civil Defence Directorate in Anbar said its teams had recovered 64 bodies from the Old City."]],
  [O, O], 1, "2: head of the directorate is the directorate")
C([["The director of the Idlib Health Directorate, Dr. Zaher Hajjo, said 18 people were wounded in the shelling of Ariha."],
   ["The Idlib Health Directorate said 18 people were wounded when shells hit Ariha."]],
  [O, O], 1, "2: director of the directorate")
C([["Eleven people were killed in the strike, the head of the Kherson regional military administration, Oleksandr Prokudin, said."],
   ["The Kherson regional military administration said eleven people were killed in the strike."]],
  [O, O], 1, "2: head of the regional military administration")
C([["Rescuers pulled 30 people from collapsed homes, the director of Gaza's civil defence service, Col. Mahmoud Basal, said."],
   ["Gaza's civil defence service said rescuers pulled 30 people from collapsed homes."]],
  [O, O], 1, "2: director of the civil defence service")
C([["The spokesman of the Central Committee of Sudanese Doctors, Dr. Atiya Abdallah, said 12 hospitals in Omdurman had closed."],
   ["The Central Committee of Sudanese Doctors said 12 hospitals in Omdurman had shut."]],
  [O, O], 1, "2: spokesman of the committee")
C([["The head of the Palestinian Authority's Detainees Commission, Qadura Fares, said 37 prisoners had been freed."],
   ["The Palestinian Detainees Commission said 37 prisoners were released on Thursday."]],
  [O, O], 1, "2: head of the commission")
C([["The chief of the Nineveh provincial council, Ahmed al-Hadidi, said 3,000 families had returned to Sinjar."],
   ["The Nineveh provincial council said some 3,000 families had returned to Sinjar."]],
  [O, O], 1, "2: chief of the council")
C([["The chairman of the Independent High Electoral Commission, Judge Omar Ahmed, said turnout reached 41 percent."],
   ["The Independent High Electoral Commission said turnout was 41 percent."]],
  [O, O], 1, "2 (wider): chairman is no listed lead word but heads the commission")
C([["The deputy head of the Kyiv city military administration, Serhiy Popko, said all drones were shot down over the capital."],
   ["The Kyiv city military administration said all drones were downed over the capital."]],
  [O, O], 1, "2: deputy head of the administration")
C([["The director of AFAD's office in Hatay, Mehmet Gulluoglu, said 140 people had been pulled alive from the rubble."],
   ["Turkey's disaster management agency AFAD said 140 people were rescued alive from the rubble in Hatay."]],
  [O, O], 1, "2: director of AFAD's office is AFAD")
C([["The head of MSF's office in Port Sudan, Dr. Jean Stowell, said cholera cases had tripled in a month."],
   ["Medecins Sans Frontieres said cholera cases in Port Sudan had tripled in a month."]],
  [O, O], 1, "2: head of MSF's office is MSF")
C([["The head of MSF's office in Port Sudan, Dr. Jean Stowell, said cholera cases had tripled in a month."],
   ["Sudan's health ministry said cholera cases in Port Sudan had tripled in a month."]],
  [O, O], 2, "2 miss: head of another body's office, not the ministry")
C([["The head of the UNHCR office in Beirut, Ivo Freijsen, said 400,000 people had crossed into Syria."],
   ["Lebanon's government said some 400,000 people had crossed into Syria."]],
  [UN, O], 2, "2 miss: UNHCR office is not Lebanon")
C([["The head of the surgery department at Nasser hospital, Dr. Ahmed al-Farra, said 23 children were among the dead."],
   ["Gaza's health ministry said 23 children were among those killed."]],
  [O, O], 2, "2 miss: a hospital department is not the ministry")
C([["A former director of the Central Intelligence Agency, Leon Panetta, said Iran had supplied the drones."],
   ["The Central Intelligence Agency said Iran had supplied the drones."]],
  [O, O], 2, "2 miss: a former director no longer speaks for the agency")
C([["The commander of the Southern Operational Command, Maj. Gen. Paul Ignatius, said 14 Ugandan soldiers were killed in Somalia."],
   ["Uganda's army said 14 of its soldiers were killed in Somalia."]],
  [O, O], 1, "2 (wider): a commander of one state's army is that state")
C([["The commander of the eastern region, Maj. Gen. Yusuf Hamad, said militants attacked a checkpoint near Sheikh Zuweid."],
   ["The Egyptian army said militants attacked a checkpoint near Sheikh Zuweid."]],
  [O, O], 2, "2 miss: commander of a region, his state unsaid; kept apart")
C([["Four soldiers were killed near Kidal, the head of the communication department of the Malian army, Col. Souleymane Dembele, said."],
   ["Mali's army said four soldiers were killed near Kidal."]],
  [O, O], 1, "2: head of the army's department is the army")
C([["The head of the Russian emergencies ministry's office in Kursk, Col. Ivan Petrov, said 12 civilians were evacuated from Sudzha."],
   ["Ukraine's State Emergency Service said 12 civilians were evacuated from Sudzha."]],
  [O, O], 2, "2 miss: another state's office")
C([["The director of the World Food Programme in Sudan, Eddie Rowe, said famine had been confirmed in Zamzam camp."],
   ["Sudan's army-backed government said famine conditions had been confirmed in Zamzam camp."]],
  [UN, O], 2, "2 miss: WFP director is not Sudan")
C([["The director of the Idlib Health Directorate, Dr. Zaher Hajjo, said 18 people were wounded in the shelling of Ariha."],
   ["The White Helmets said 18 people were wounded in the shelling of Ariha."]],
  [O, O], 2, "2 miss: head of directorate vs civil defence, two bodies")

# ------------------------------------------------------------------ 3. an office a place owns, named before its holder
C([["Azerbaijani forces shelled Martakert overnight, according to Artsakh's human rights defender, Gegham Stepanyan, who said two civilians were hurt."],
   ["Gegham Stepanyan said Azerbaijani shelling of Martakert overnight wounded two civilians."]],
  [O, O], 1, "3: defender and his name")
C([["Russian forces deported 19,000 children, according to Ukraine's human rights ombudsman, Dmytro Lubinets, who said most were taken to Crimea."],
   ["Lubinets said Russia had deported some 19,000 Ukrainian children."]],
  [O, O], 1, "3: ombudsman and his surname")
C([["According to Georgia's public defender, Levan Ioseliani, who said 300 protesters were detained, police beat many of them."],
   ["Levan Ioseliani said police detained 300 protesters and beat many of them."]],
  [O, O], 1, "3: public defender")
C([["Police used excessive force against Serb protesters, according to Kosovo's ombudsperson, Naim Qelaj, who said 40 people were injured."],
   ["Naim Qelaj said police used excessive force and 40 protesters were injured."]],
  [O, O], 1, "3: ombudsperson")
C([["Azerbaijani forces shelled Martakert overnight, according to Artsakh's human rights defender, Gegham Stepanyan, who said two civilians were hurt."],
   ["Armenia's human rights defender, Anahit Manasyan, said Azerbaijani shelling of Martakert wounded two civilians."]],
  [O, O], 2, "3 miss: another place's defender")
C([["Russia deported thousands of Ukrainian children, according to Ukraine's human rights ombudsman, Dmytro Lubinets, who said few had returned."],
   ["The Council of Europe's human rights commissioner, Michael O'Flaherty, said thousands of Ukrainian children were deported by Russia."]],
  [O, O], 2, "3 miss: ombudsman vs a commissioner of another body")
C([["Two drones hit apartment blocks in the city, according to Kharkiv's mayor, Ihor Terekhov, who said nine people were hurt."],
   ["Terekhov said two drones hit apartment blocks, wounding nine people."]],
  [O, O], 1, "3: mayor (office) and surname")
C([["A Ukrainian missile hit a fuel depot in Feodosia, according to Crimea's Russian-installed leader, Sergei Aksyonov, who said the fire was contained."],
   ["Sergei Aksyonov said a Ukrainian missile struck a fuel depot in Feodosia."]],
  [O, O], 1, "3: office owned by a place (installed leader)")
C([["Kosovo police beat detained Serbs, according to Serbia's protector of citizens, Zoran Pasalic, who said 11 men needed hospital care."],
   ["Kosovo's ombudsperson, Naim Qelaj, said detained Serbs were beaten and 11 men needed hospital treatment."]],
  [O, O], 2, "3 miss: two states' ombudsmen")
C([["Baku freed 15 Armenian detainees, according to Azerbaijan's ombudsman, Sabina Aliyeva, who said they were handed over at the border."],
   ["Sabina Aliyeva said 15 Armenian detainees had been handed over at the border."]],
  [O, O], 1, "3: ombudsman")
C([["Hamas released four Israeli hostages, according to Gaza's civil defence spokesman, Mahmoud Basal, who said the handover took place in Khan Younis."],
   ["Mahmoud Basal said four hostages were handed over in Khan Younis."]],
  [O, O], 1, "3: a spokesman office owned by a place")
C([["Russian glide bombs hit Sumy overnight, according to Sumy's regional governor, Volodymyr Artiukh, who said five people died."],
   ["Volodymyr Artiukh said five people died when glide bombs hit Sumy overnight."]],
  [O, O], 1, "3: governor")

# ------------------------------------------------------------------ 4. an acronym and role words
C([["China's coast guard said it drove away a Philippine vessel near Scarborough Shoal."],
   ["A CCG spokesperson said the Philippine vessel was expelled from waters near Scarborough Shoal."]],
  [O, O], 1, "4: CCG abbreviates China's coast guard")
C([["The Philippine Coast Guard said Chinese ships fired water cannon at its vessel near Sabina Shoal."],
   ["A PCG spokesman said Chinese ships used water cannon on the vessel near Sabina Shoal."]],
  [O, O], 1, "4: PCG")
C([["China's coast guard said its ships used water cannon on a Philippine boat near Sabina Shoal."],
   ["A PCG spokesperson said Chinese ships fired water cannon at a Philippine boat near Sabina Shoal."]],
  [O, O], 2, "4 miss: PCG is not the initials of China's coast guard")
C([["Japan's coast guard said four Chinese ships entered its territorial waters near the Senkaku islands."],
   ["A JCG spokesman said four Chinese ships entered territorial waters around the Senkakus."]],
  [O, O], 1, "4: JCG")
C([["A JCG spokesman said four Chinese coast guard ships entered waters near the Senkaku islands."],
   ["China's coast guard said four of its ships patrolled the waters of the Diaoyu islands."]],
  [O, O], 2, "4 miss: JCG vs China's coast guard")
C([["The Rapid Support Forces said they had captured the town of Sinja."],
   ["An RSF spokesman said its fighters had taken Sinja."]],
  [O, O], 1, "4: RSF")
C([["The Syrian Democratic Forces said Turkish drones killed three fighters near Kobani."],
   ["An SDF spokesperson said three fighters died in a Turkish drone strike near Kobani."]],
  [O, O], 1, "4: SDF")
C([["The International Committee of the Red Cross said it had evacuated 60 wounded from El Fasher."],
   ["An ICRC spokeswoman said 60 wounded people were evacuated from El Fasher."]],
  [O, O], 1, "4: ICRC")
C([["South Africa's national defence force said two of its soldiers were killed in Goma."],
   ["A SANDF spokesperson said two soldiers were killed in fighting around Goma."]],
  [O, O], 1, "4: SANDF abbreviates lowercase name with a possessive")
C([["Myanmar's National Unity Government said junta jets bombed a school in Sagaing."],
   ["An NUG spokesman said a school in Sagaing was bombed by junta aircraft."]],
  [O, O], 1, "4: NUG")
C([["The Ethiopian National Defence Force said it had killed 300 Fano militiamen in Gojjam."],
   ["An ENDF spokesman said troops killed 300 Fano fighters in Gojjam."]],
  [O, O], 1, "4: ENDF")
C([["The Democratic Forces for the Liberation of Rwanda said its fighters were attacked near Rutshuru."],
   ["An RDF spokesman said FDLR fighters were attacked near Rutshuru."]],
  [O, O], 2, "4 miss: RDF letters appear in FDLR's name but it is not its initials")
C([["The Kurdistan Workers' Party said Turkish jets struck its camps in the Qandil mountains."],
   ["A PKK spokesman said Turkish warplanes bombed its bases in Qandil."]],
  [O, O], 1, "4 (wider): PKK is the party's own-language acronym")
C([["Ukraine's state security service said it had detained a Russian agent in Odesa."],
   ["An SBU spokesman said a Russian agent was detained in Odesa."]],
  [O, O], 1, "4 (wider): SBU is the service's Ukrainian acronym")
C([["The Israel Defense Forces said it struck 40 Hezbollah targets in southern Lebanon."],
   ["An IDF spokesman said 40 Hezbollah targets were hit in southern Lebanon."]],
  [O, O], 1, "4: IDF")
C([["The Sudanese Armed Forces said it repelled an RSF attack on El Obeid."],
   ["An RSF spokesman said the Sudanese army's defences at El Obeid had held against its attack."]],
  [O, O], 2, "4 miss: RSF spokesman vs the armed forces")
C([["Sri Lanka's navy said it arrested 22 Indian fishermen off Delft island."],
   ["An SLN spokesman said 22 Indian fishermen were arrested near Delft island."]],
  [O, O], 1, "4: SLN abbreviates Sri Lanka's navy (case-insensitive)")
C([["Sri Lanka's navy said it arrested 22 Indian fishermen off Delft island."],
   ["An ICG spokesman said 22 Indian fishermen were arrested near Delft island."]],
  [O, O], 2, "4 miss: ICG (Indian Coast Guard) is not Sri Lanka's navy")

# ------------------------------------------------------------------ 5. a reaction verb before a capitalised qualifier
C([["Cambodia's defence ministry said Thai troops fired first near the Ta Moan Thom temple.",
    "The ministry rejected Thai claims that Cambodian soldiers started the clash and said Thai troops fired first."],
   ["Phnom Penh said Thai soldiers opened fire first near Ta Moan Thom temple."]],
  [O, O], 1, "5: 'The ministry' is Cambodia's ministry; Phnom Penh same state")
C([["The ministry rejected Thai claims that Cambodian troops laid new landmines along the border."],
   ["Cambodia's defence ministry said its troops had laid no new landmines along the border."]],
  [O, O], 1, "5: bare 'The ministry' must not become 'The ministry rejected Thai'")
C([["Thailand's army denied Cambodian accusations that it used cluster munitions near the border."],
   ["The Thai army said it had not used cluster munitions along the border."]],
  [O, O], 1, "5: reaction verb after a real subject")
C([["Rejecting Azerbaijani claims, Armenia's defence ministry said its troops had not fired on border posts."],
   ["Yerevan said Armenian soldiers did not fire on Azerbaijani border posts."]],
  [O, O], 1, "5: leading 'Rejecting' then the real speaker")
C([["Russia's defence ministry dismissed Ukrainian reports that its troops had withdrawn from Vovchansk."],
   ["Moscow said its troops remained in Vovchansk."]],
  [O, O], 1, "5: dismissed + capitalised qualifier")
C([["The statement rejected Thai claims, Cambodian Defence Ministry spokeswoman Maly Socheata said, insisting Thai troops fired first."],
   ["Cambodia's defence ministry said Thai soldiers fired first."]],
  [O, O], 1, "5: a real capitalised speaker after the rejection")
C([["Islamabad rejected Indian claims that militants crossed from Pakistani territory, the foreign office said."],
   ["Pakistan's foreign office said no militants had crossed from its territory."]],
  [O, O], 1, "5: 'Islamabad rejected Indian' must not be a name")
C([["The army rejected Israeli claims that it had let Hezbollah fighters through its checkpoints, Lebanon's military said in a statement."],
   ["The Lebanese army said it had not allowed Hezbollah fighters through its checkpoints."]],
  [O, O], 1, "5: rejected + Israeli qualifier; Lebanese army")
C([["The ministry rejected Thai claims that Cambodian troops fired first."],
   ["Thailand's army said Cambodian troops had fired first."]],
  [O, O], 2, "5 miss: the speaker rejecting Thai claims is not Thai")
C([["The spokesman rejected Ethiopian claims that Eritrean troops remained in Tigray, Eritrea's information minister Yemane Gebremeskel said."],
   ["Asmara said no Eritrean troops remained in Tigray."]],
  [O, O], 1, "5: rejected + Ethiopian, real speaker Eritrean minister")

# ------------------------------------------------------------------ 6. a spokesman named with no owner
C([["Cambodia's defence ministry said Thai artillery hit a school in Oddar Meanchey province."],
   ["Thai shells struck a school in Oddar Meanchey, spokeswoman Lt. Gen. Maly Socheata told reporters."]],
  [O, O], 1, "6: unowned spokeswoman joins the claim's one state")
C([["The Joint Forces Command said Houthi drones attacked its positions near Marib."],
   ["Col. Abdulbasit al-Baher, the spokesman, said Houthi drones attacked positions near Marib."]],
  [O, O], 1, "6: joins a countryless organ")
C([["Pakistan's military said 11 soldiers were killed in an ambush in North Waziristan."],
   ["Eleven soldiers died in the ambush in North Waziristan, spokesman Lt. Gen. Ahmed Sharif told reporters."]],
  [O, O], 1, "6: one state")
C([["The Thai army said Cambodian troops fired rockets at Surin province.",
    "The fighting killed two villagers, it said."],
   ["Cambodia's defence ministry said Thai troops fired at Cambodian positions first."],
   ["Two villagers died in Surin, spokeswoman Lt. Gen. Maly Socheata told reporters."]],
  [O, O, O], 3, "6 miss: two states named, the unowned spokeswoman stays apart")
C([["Sudan's army said the RSF shelled a market in El Fasher, killing 30 people."],
   ["The RSF said its fighters entered El Fasher's market."],
   ["Thirty people died in the market shelling, Brig. Gen. Nabil Abdallah, the spokesman, said."]],
  [O, O, O], 3, "6 miss?: one state plus an armed group; the spokesman could be either")
C([["Syria's defence ministry said rebel drones killed four soldiers near Hama."],
   ["The Syrian Observatory for Human Rights said four soldiers were killed by rebel drones near Hama."],
   ["Brig. Gen. Ali Mayhoub, the spokesman, said rebel drones killed four soldiers near Hama."]],
  [O, MON, O], 2, "6: joins Syria; the monitor stays apart")
C([["Thai army spokesman Maj. Gen. Winthai Suvaree said Cambodian troops fired first."],
   ["Cambodia's defence ministry said Thai troops fired first."]],
  [O, O], 2, "6 control: owned spokesman of another state")
C([["Rwanda's government said its troops were not in Goma.",
    "Yolande Makolo, the spokeswoman, said no Rwandan soldiers were in the city."],
   ["Congo's government said Rwandan troops were not in Goma."]],
  [O, O], 2, "6 miss: article memory gives the spokeswoman Rwanda; two states")
C([["Myanmar's military government said the Arakan Army seized the town of Thandwe."],
   ["Khine Thu Kha, the spokesman, said the Arakan Army had taken Thandwe."]],
  [O, O], 1, "6: joins the claim's one state (text gives no other owner)")
C([["The Arakan Army said it seized the town of Thandwe.",
    "Khine Thu Kha, the spokesman, said its fighters had taken the town."],
   ["Myanmar's military government said the Arakan Army had seized Thandwe."]],
  [O, O], 2, "6 miss: memory ties the spokesman to the Arakan Army")
C([["Israel's military said it struck a Hezbollah weapons depot in Nabatieh."],
   ["A Hezbollah weapons depot was hit, spokesman Lt. Col. Avichay Adraee told reporters."],
   ["Lebanon's health ministry said the strike on Nabatieh killed three people."]],
  [O, O, O], 3, "6 miss: two states; spokesman apart (one claim about the strike)")
C([["The Colombian army said ELN fighters killed five soldiers in Arauca."],
   ["Five soldiers were killed in Arauca, spokesman Col. Andres Rodriguez said."]],
  [O, O], 1, "6: one state")

# ------------------------------------------------------------------ 7. 'Whatever X says' / 'Although X told'
C([["Whatever Moscow says, Russian drones struck the grain terminal in Izmail overnight, Ukraine's air force said."],
   ["Ukraine's air force said Russian drones hit the grain terminal in Izmail overnight."]],
  [O, O], 1, "7: Moscow is no speaker")
C([["Whatever Beijing says, Chinese vessels rammed the supply boat, the Philippine Coast Guard said."],
   ["The Philippine Coast Guard said Chinese ships rammed a Philippine resupply boat."]],
  [O, O], 1, "7: Beijing is no speaker")
C([["Whatever the junta says, the Arakan Army controls Paletwa, the group's spokesman Khine Thu Kha said."],
   ["The Arakan Army said it controlled Paletwa."]],
  [O, O], 1, "7: the junta is no speaker")
C([["Whatever Addis Ababa claims, Eritrean troops are still in eastern Tigray, the Tigray interim administration said."],
   ["The Tigray interim administration said Eritrean troops remained in eastern Tigray."]],
  [O, O], 1, "7: 'claims' as well as 'says'")
C([["Although Sudan's army spokesman Nabil Abdallah told reporters troops had retaken the presidential palace, fighting continued nearby."],
   ["Sudan's army said its troops recaptured the presidential palace in Khartoum."]],
  [O, O], 1, "7: 'Although X told' names X (army spokesman = army)")
C([["Although John Nott told the Commons that HMS Sheffield had been hit by an Exocet missile, he gave no casualty figures."],
   ["The Ministry of Defence said HMS Sheffield was struck by an Exocet missile."],
   ["Argentina's military said its aircraft had hit HMS Sheffield with an Exocet."]],
  [O, O, O], 2, "7: Nott speaks; Nott and the MoD one state, Argentina apart")
C([["Although Yerevan says the shells came from Azerbaijani positions, Baku denies firing."],
   ["Armenia's defence ministry said the shells were fired from Azerbaijani positions."]],
  [O, O], 1, "7: 'Although Yerevan says' names Yerevan; Armenia one state")
C([["Whatever the outcome of the talks, the strikes on Rafah will continue, Israel's military said."],
   ["The Israeli military said its strikes on Rafah would go on."]],
  [O, O], 1, "7 miss: 'Whatever the outcome' then a real speaker")
C([["Whatever Kyiv says, Ukrainian troops have left Avdiivka, Russia's defence ministry said."],
   ["Ukraine's military said its troops had withdrawn from Avdiivka."]],
  [O, O], 2, "7: Kyiv is no speaker of this sentence; Ukraine's military speaks elsewhere")
C([["Whatever Hamas says, the hostages were moved to Rafah, an Israeli official said."],
   ["The Israeli military said the hostages had been moved to Rafah."]],
  [A, O], 1, "7: Hamas no speaker; an Israeli official is Israel's own")

# ------------------------------------------------------------------ 8. a source before a long apposition
C([["The ICRC, which has a mandate to visit prisoners of war under the Geneva Conventions, says it has not been allowed to see Ukrainian detainees held in Taganrog."],
   ["The International Committee of the Red Cross said it had been denied access to Ukrainian prisoners in Taganrog."]],
  [O, O], 1, "8: the ICRC, not the Geneva Conventions")
C([["Medecins Sans Frontieres, which runs the only working hospital in the district under an agreement with the health ministry, said 90 patients died of cholera."],
   ["MSF said 90 patients died of cholera in the district."]],
  [O, O], 1, "8: MSF, not the health ministry")
C([["The IAEA, which has kept inspectors at the Zaporizhzhia plant since 2022 under arrangements with both Kyiv and Moscow, said a drone hit the turbine hall."],
   ["The International Atomic Energy Agency said a drone struck the turbine hall at Zaporizhzhia."]],
  [UN, UN], 1, "8: the IAEA, not Kyiv or Moscow")
C([["Amnesty International, which documented similar strikes in Mariupol in a report to the UN Human Rights Council last year, said the theatre attack was a war crime."],
   ["Amnesty said the strike on the theatre was a war crime."]],
  [O, O], 1, "8: Amnesty, not the Human Rights Council")
C([["Human Rights Watch, whose researchers interviewed 40 survivors in camps run by the Chadian government near Adre, said RSF fighters carried out mass killings in El Geneina."],
   ["HRW said RSF fighters carried out mass killings in El Geneina."]],
  [O, O], 1, "8: HRW, not the Chadian government")
C([["The Syrian Observatory for Human Rights, a Britain-based monitor that relies on a network of sources inside Syria, said 22 people died in the airstrikes on Idlib."],
   ["The Observatory said 22 people were killed in airstrikes on Idlib."]],
  [MON, MON], 1, "8: the Observatory")
C([["The ICRC, which has a mandate to visit detainees under the Geneva Conventions, says it has been denied access to Palestinian prisoners since October."],
   ["Israel's prison service said the Red Cross had not visited Palestinian prisoners since October."]],
  [O, O], 2, "8 miss: the ICRC and a state's prison service")
C([["Save the Children, which has worked in Yemen's Hodeidah province since the 1960s with funding from the British government, said 30 children died of malnutrition."],
   ["Save the Children said 30 children had died of malnutrition in Hodeidah."]],
  [O, O], 1, "8: the charity, not the British government")
C([["The Norwegian Refugee Council, which runs shelters for displaced families in Lebanon with support from the European Union, says 1.2 million people have fled their homes."],
   ["Lebanon's government said 1.2 million people had fled their homes."]],
  [O, O], 2, "8: NRC and Lebanon, not the EU")
