"""Invented claims probing round 28's rule: unnamed sources told apart by the kind of the noun that heads their description (medical, activists, aid, community, combatants, ground, analysts, officials, intelligence, diplomats), beside and without named origins.

Probes: each kind against others and against itself; head-noun reading with qualifiers naming another kind;
conjoined descriptions; unnamed people beside named origins, apart and the named origin's own; descriptions read
from the speech clause or after 'according to'; on-record-labelled described speakers; look-alikes (victims,
subjects of the story, documents, figures, soldiers of the named army); sentences citing several kinds."""

A, AM, O, UN, MON = ["anonymous_source"], ["anonymous_source", "media_report"], ["on_record"], ["un_figure"], ["named_monitor"]
AO = ["anonymous_source", "on_record"]
M, NONE = ["media_report"], []
CASES = []


def C(articles, labels, origins, note):
    CASES.append({"articles": articles, "labels": labels, "origins": origins, "note": note})


# ================================================================ nonamed: kind against kind, and against itself
C([["Residents said drones struck the power station in Atbara on Tuesday."],
   ["Clan elders said drones struck the Atbara power station on Tuesday."]],
  [A, A], 2, "nonamed: residents vs elders")
C([["Residents said gunmen burned the market in Dapchi Kura on Friday night."],
   ["Witnesses said gunmen set fire to the Dapchi Kura market late on Friday."]],
  [A, A], 1, "nonamed: residents vs witnesses, one kind")
C([["Doctors in Mellit said at least 23 people were killed when shells hit the livestock market."],
   ["Residents of Mellit said at least 23 people died when shells struck the livestock market."]],
  [A, A], 2, "nonamed: doctors vs residents")
C([["Activists in Sarmada said a barrel bomb destroyed the only bakery in the village of Kafr Talil."],
   ["Residents said a barrel bomb destroyed the bakery in Kafr Talil."]],
  [A, A], 2, "nonamed: activists vs residents")
C([["Aid workers in Bossembele said armed men looted the grain warehouse on Sunday."],
   ["Residents said armed men looted the Bossembele grain warehouse on Sunday."]],
  [A, A], 2, "nonamed: aid workers (head 'workers') vs residents")
C([["Health workers in Mankai said cholera had killed 41 people in the camp since March."],
   ["Residents of the Mankai camp said cholera had killed 41 people there since March."]],
  [A, A], 2, "nonamed: health workers (head 'workers') vs residents")
C([["Intelligence sources said the militia had received a shipment of anti-aircraft missiles through the port of Ras Kamboni."],
   ["Diplomats in Nairobi said the militia had taken delivery of anti-aircraft missiles through Ras Kamboni."]],
  [A, A], 2, "nonamed: intelligence vs diplomats")
C([["Soldiers at the Wenji checkpoint said rebels had cut the road to the border."],
   ["Residents said rebels had cut the Wenji road to the border."]],
  [A, A], 2, "nonamed: soldiers vs residents")
C([["Analysts said the junta's offensive in the Pekon hills had stalled for lack of fuel."],
   ["Officials in Naypyitaw said the offensive in the Pekon hills had stalled because of fuel shortages."]],
  [A, A], 2, "nonamed: analysts vs officials")
C([["Officials said floodwaters had breached the Garbo dyke, cutting off 12 villages."],
   ["Villagers said the Garbo dyke had burst, cutting off a dozen villages."]],
  [A, A], 2, "nonamed: officials vs villagers")
C([["Clan elders in Biyo Cadde said al-Shabaab fighters had executed four men accused of spying."],
   ["A local sheikh said al-Shabaab had executed four men in Biyo Cadde for spying."]],
  [A, A], 1, "nonamed: clan elders vs a sheikh, one community kind")
C([["Doctors at the Tessma hospital said they had treated 60 people with gunshot wounds since Thursday."],
   ["A surgeon at Tessma hospital said 60 people with gunshot wounds had been treated since Thursday."]],
  [A, A], 1, "nonamed: doctors vs a surgeon at the same hospital")
C([["Activists in Mayadin said militiamen had arrested 30 young men in overnight raids."],
   ["Opposition activists said 30 young men were arrested in night raids on Mayadin."]],
  [A, A], 1, "nonamed: activists vs opposition activists")
C([["Western diplomats said the two sides had agreed a ceasefire line along the Wadi Seel."],
   ["Western diplomats in the capital said a ceasefire line had been agreed along the Wadi Seel."]],
  [A, A], 1, "nonamed: diplomats vs diplomats")
C([["A priest in Bakouma said Christian families had been driven from the Lakara quarter by armed men."],
   ["An imam in Bakouma said armed men had driven Christian families from the Lakara quarter."]],
  [A, A], 2, "nonamed-probe: priest vs imam of different communities, one 'community' kind")
C([["Doctors at the Kassim hospital said dozens of wounded arrived after shelling on the Tora road."],
   ["Medics at a field clinic in Nyala East, 40 km away, said dozens of wounded arrived after the shelling on the Tora road."]],
  [A, A], 2, "nonamed-probe: medical staff at two different facilities, one kind")
C([["Residents of Kura said an explosion destroyed the Wadi Kura dam before dawn."],
   ["Residents of Sibu, 20 km downstream, said the Wadi Kura dam was destroyed by an explosion before dawn."]],
  [A, A], 2, "nonamed-probe: residents of two different towns, one kind")
C([["Army deserters said the garrison at Fort Dambu had fewer than 200 men left."],
   ["Rebel fighters said the Fort Dambu garrison was down to fewer than 200 men."]],
  [A, A], 2, "nonamed-probe: army deserters vs rebel fighters, opposite sides, one combatant kind")
C([["Russian prisoners of war said their brigade had lost most of its armour near Yasnove."],
   ["Ukrainian soldiers said the Russian brigade had lost most of its armour near Yasnove."]],
  [A, A], 2, "nonamed-probe: Russian POWs vs Ukrainian soldiers, opposite sides, one combatant kind")
C([["Russian military bloggers said Ukrainian forces had crossed the Oskil river near Dvorichne."],
   ["Ukrainian military bloggers said their forces had crossed the Oskil near Dvorichne."]],
  [A, A], 2, "nonamed-probe: Russian vs Ukrainian bloggers, opposite sides, one analyst kind")
C([["Farmers in Gwantu said herders had driven cattle through their fields and burned two granaries."],
   ["Herders near Gwantu said cattle had been driven through farms and two granaries burned in the clashes."]],
  [A, A], 2, "nonamed-probe: farmers vs herders, the two parties to the clash, one ground kind")
C([["Fishermen in Kalu said the navy had sunk three boats off the island on Monday."],
   ["Traders in Kalu said three boats were sunk by the navy off the island on Monday."]],
  [A, A], 2, "nonamed-probe: fishermen vs traders, one ground kind")
C([["Local journalists in Beni said ADF fighters killed 17 people in the Mbau area overnight."],
   ["Residents said ADF fighters killed 17 people around Mbau overnight."]],
  [A, A], 2, "nonamed-probe: journalists vs residents, one ground kind")
C([["Rescue workers in Sarakhan said 14 bodies had been pulled from the collapsed building."],
   ["Residents said 14 bodies had been pulled from the collapsed building in Sarakhan."]],
  [A, A], 2, "nonamed-probe: rescue workers vs residents, one ground kind")
C([["A teacher in Ngala said soldiers had occupied the secondary school since January."],
   ["Residents of Ngala said soldiers had been occupying the secondary school since January."]],
  [A, A], 2, "nonamed-probe: teacher vs residents, one ground kind")
C([["Israeli intelligence officials said Hezbollah had moved rocket launchers into the village of Beit Lif."],
   ["Israeli military officials said Hezbollah had moved rocket launchers into Beit Lif."]],
  [A, A], 1, "nonamed-probe: a state's intelligence vs the same state's military officials")
C([["A diplomat at the Egyptian embassy in Khartoum said Cairo had sent two fighter squadrons to Merowe."],
   ["Egyptian officials said two fighter squadrons had been sent to Merowe."]],
  [A, A], 1, "nonamed-probe: Egyptian embassy diplomat vs Egyptian officials, one state")
C([["Western intelligence officials said North Korean troops had been moved to the Kursk front."],
   ["Western diplomats said North Korean troops had been moved to the front in Kursk."]],
  [A, A], 1, "nonamed-probe: Western intelligence vs Western diplomats, one bloc line")
C([["People familiar with the matter said Washington had paused deliveries of artillery shells to the port of Constanta."],
   ["US officials said deliveries of artillery shells to Constanta had been paused."]],
  [A, A], 1, "nonamed-probe: 'people familiar with the matter' are insiders, not ground people")
C([["Local sources said militants had seized the police station in Koubel."],
   ["Residents said militants seized the Koubel police station."]],
  [A, A], 1, "nonamed-probe: local sources vs residents, overlapping descriptions")
C([["Medical sources said 19 people were killed in the strike on the Hazm bus station."],
   ["Doctors at the Hazm hospital said 19 people were killed in the strike on the bus station."]],
  [A, A], 1, "nonamed-probe: medical sources (head 'sources') vs doctors")
C([["Humanitarian sources said the convoy was turned back at the Adre crossing."],
   ["Aid workers said the convoy had been turned back at Adre."]],
  [A, A], 1, "nonamed-probe: humanitarian sources (head 'sources') vs aid workers")
C([["Diplomatic sources said the talks in Jeddah had broken down over the withdrawal timetable."],
   ["A Western diplomat said the Jeddah talks had collapsed over the timetable for withdrawal."]],
  [A, A], 1, "nonamed-probe: diplomatic sources vs a Western diplomat")
C([["Tribal sources said the Bani Harith had handed over the disputed wells to the army."],
   ["Clan elders said the Bani Harith handed the disputed wells over to the army."]],
  [A, A], 1, "nonamed-probe: tribal sources vs clan elders")
C([["Ethiopian officials said federal troops had retaken the town of Adi Geza."],
   ["Tigrayan officials said federal troops had retaken Adi Geza."]],
  [A, A], 2, "nonamed: officials of two sides")
C([["Rebel officials said the government had shelled the Tumba refugee camp."],
   ["Government officials said the Tumba camp had been shelled."]],
  [A, A], 2, "nonamed: rebel vs government officials")
C([["Survivors said the boat capsized 3 km off Sifnou with about 90 people on board."],
   ["Witnesses said the boat overturned off Sifnou with around 90 people aboard."]],
  [A, A], 1, "nonamed: survivors vs witnesses, one kind")
C([["Refugees arriving in Gorom said the militia had burned the village of Talkou."],
   ["Displaced people in Gorom said militiamen had burned Talkou."]],
  [A, A], 1, "nonamed: refugees vs displaced people, one kind")

# ================================================================ head noun: qualifiers naming another kind
C([["Officials at the Adjumani refugee camp said 3,000 new arrivals had crossed in a week."],
   ["Refugees at the Adjumani camp said 3,000 people had crossed in one week."]],
  [A, A], 2, "head: officials at the refugee camp vs refugees")
C([["A nurse who lives in the village of Saba said soldiers had shot two farmers."],
   ["Villagers in Saba said soldiers had shot two farmers."]],
  [A, A], 2, "head: a nurse who lives in the village vs villagers")
C([["A doctor at al-Wahda hospital said 11 children died after the water plant was hit."],
   ["Officials at the health ministry said 11 children died after the water plant was struck."]],
  [A, A], 2, "head: doctor at hospital vs officials at health ministry")
C([["Residents near the Jebel Awlia military base said drones had hit fuel depots inside it."],
   ["Soldiers at the Jebel Awlia base said drones had struck fuel depots there."]],
  [A, A], 2, "head: residents near the base vs soldiers at the base")
C([["Families of soldiers posted at Kambu said the garrison had been without food for a week."],
   ["Soldiers at Kambu said the garrison had gone without food for a week."]],
  [A, A], 2, "head: families of soldiers vs soldiers")
C([["Relatives of detained activists said the men were being held at the Mahala air base."],
   ["Activists said the detained men were being held at the Mahala air base."]],
  [A, A], 2, "head: relatives of activists vs activists")
C([["Hospital officials in Dilla said 35 bodies had been brought to the morgue."],
   ["Doctors at the Dilla hospital said 35 bodies were brought to the morgue."]],
  [A, A], 1, "head-probe: hospital officials vs doctors at the same hospital")
C([["Staff at the Rahima hospital said the generator ran out of fuel and two newborns died."],
   ["Doctors at Rahima hospital said two newborns died when the generator ran out of fuel."]],
  [A, A], 1, "head-probe: hospital staff (head 'staff') vs doctors at the same hospital")
C([["The director of the Rahima hospital, who asked not to be named, said two newborns died when the generator failed."],
   ["Doctors at Rahima hospital said two newborns died when the generator ran out of fuel."]],
  [A, A], 1, "head-probe: the hospital's unnamed director vs its doctors")
C([["A driver for an aid agency said militiamen had stopped the convoy and seized six trucks near Kutum."],
   ["Aid workers said militiamen seized six trucks from the convoy near Kutum."]],
  [A, A], 1, "head-probe: a driver for an aid agency vs aid workers")
C([["Elders of the displaced community at Zamzam said 40 children had died of hunger in a month."],
   ["Displaced people at Zamzam said 40 children had died of hunger in the past month."]],
  [A, A], 2, "head: elders of the displaced vs displaced people")
C([["The mother of a conscript in the 41st brigade said the unit had been sent to the front without training."],
   ["Conscripts in the 41st brigade said they had been sent to the front untrained."]],
  [A, A], 2, "head-probe: the mother of a conscript (head 'mother', unlisted) vs conscripts")
C([["Employees of the health ministry said the vaccine stocks in Kisima had spoiled after power cuts."],
   ["Health ministry officials said vaccine stocks in Kisima spoiled because of power cuts."]],
  [A, A], 1, "head-probe: employees of the ministry vs its officials")
C([["Activists working with doctors in the enclave said chlorine was used in the attack on Tel Manna."],
   ["Doctors in the enclave said chlorine was used in the attack on Tel Manna."]],
  [A, A], 2, "head: activists working with doctors vs doctors")
C([["Firefighters said the blaze at the Dibba fuel market was started by a gas cylinder, not a drone."],
   ["Residents said a gas cylinder, not a drone, started the fire at the Dibba fuel market."]],
  [A, A], 2, "head-probe: firefighters (unlisted?) vs residents")

# ================================================================ conjoined descriptions
C([["Residents and a local official said the bridge at Mabruk was blown up overnight."],
   ["Residents said the Mabruk bridge was blown up during the night."]],
  [A, A], 2, "conj: residents and an official + residents")
C([["Residents and a local official said the bridge at Mabruk was blown up overnight."],
   ["A local official said the Mabruk bridge was blown up during the night."]],
  [A, A], 2, "conj: residents and an official + an official")
C([["Doctors and activists in Hamoura said 12 people showed symptoms of gas poisoning."],
   ["Activists said 12 people in Hamoura showed signs of gas poisoning."]],
  [A, A], 2, "conj: doctors and activists + activists")
C([["Residents, medics and aid workers said the camp at Kilo 9 was shelled on Wednesday."],
   ["Witnesses said the Kilo 9 camp was shelled on Wednesday."]],
  [A, A], 3, "conj: residents, medics, aid workers + witnesses")
C([["A doctor and two residents told the agency that 8 people were killed in the raid on Ndoro."],
   ["A clan elder said 8 people died in the raid on Ndoro."]],
  [A, A], 3, "conj: a doctor and residents + an elder")

# ================================================================ beside named origins: counts apart
C([["The Rapid Support Forces said they had taken the airport in Babanusa."],
   ["Residents said the RSF had taken the Babanusa airport."]],
  [O, A], 2, "named: RSF + residents")
C([["The Rapid Support Forces said they had taken the town of Kutum."],
   ["A doctor in Kutum told Radio Dabanga that RSF fighters had taken the town."]],
  [O, AM], 2, "named: RSF + a doctor told an outlet")
C([["The Tatmadaw said its troops had recaptured the Hpakant road junction."],
   ["Monks in Hpakant said junta troops had recaptured the road junction."]],
  [O, A], 2, "named: Tatmadaw + monks")
C([["The Houthis said a US airstrike hit the fish market in Khokha."],
   ["Aid workers in Khokha said an airstrike hit the town's fish market."]],
  [O, A], 2, "named: Houthis + aid workers")
C([["Hayat Tahrir al-Sham said it had shot down a drone over Ariha."],
   ["Activists in Ariha said a drone was shot down over the town."]],
  [O, A], 2, "named: HTS + activists")
C([["Hamas said about half its fighters in the Maghazi battalion had been killed."],
   ["An analyst in Gaza said the Maghazi battalion had lost about half its fighters."]],
  [O, A], 2, "named: Hamas + an analyst")
C([["The Syrian Democratic Forces said they had withdrawn from the town of Tal Samen."],
   ["Arab tribal elders said the SDF had pulled out of Tal Samen."]],
  [O, A], 2, "named: SDF + tribal elders")
C([["The Wagner Group said its fighters had killed 40 militants near Intahaka."],
   ["Villagers near Intahaka said 40 people were killed there by foreign fighters."]],
  [O, A], 2, "named: Wagner + villagers")
C([["The Syrian Observatory for Human Rights said 22 people were killed in the strike on Maarat Hazm."],
   ["Activists in Idlib said 22 people died in the strike on Maarat Hazm."]],
  [MON, A], 2, "named: SOHR + activists (not shown to be its network)")
C([["Russia's defence ministry said its forces had taken the village of Zolota Balka."],
   ["Ukrainian soldiers in the area said Russian forces had captured Zolota Balka."]],
  [O, A], 2, "named-probe: Russian MoD + the opposing side's soldiers (combatant kind)")
C([["The Kremlin said Russian troops had withdrawn from the Zaporizhzhia nuclear plant."],
   ["Western officials said Russian troops had pulled out of the nuclear plant."]],
  [O, A], 2, "named-probe: Kremlin + plural Western officials of another side")
C([["The Pentagon said a drone strike had killed an ISIS commander near Hawija."],
   ["Iraqi officials said a drone strike killed an ISIS commander near Hawija."]],
  [O, A], 2, "named-probe: Pentagon + plural officials of another state")
C([["Russia's defence ministry said its forces had captured the village of Zolota Balka."],
   ["Russian military bloggers said Zolota Balka had been captured."]],
  [O, A], 2, "named: Russian MoD + Russian milbloggers (analyst kind)")
C([["The United Nations said 200,000 people had fled Wad Sharif in a week."],
   ["Aid workers said 200,000 people had fled Wad Sharif in one week."]],
  [UN, A], 2, "named: UN + aid workers")
C([["The Rapid Support Forces said they had captured the army's base at Babanusa."],
   ["Residents and army officers said the RSF had captured the base at Babanusa."]],
  [O, A], 3, "named-probe: RSF + residents and opposing officers in one sentence")
C([["The Rapid Support Forces said they had captured the army base at Babanusa, a claim confirmed by residents."]],
  [AO], 2, "named-probe: RSF and residents cited in one sentence")
C([["The Rapid Support Forces said they had captured the market town of Abu Zabad."],
   ["Residents and doctors in Abu Zabad said RSF fighters had taken the town."]],
  [O, A], 3, "named-probe: RSF + residents and doctors in one sentence")
C([["The Norwegian Refugee Council said militiamen had burned 300 shelters in the Kibati camp."],
   ["Refugees in Kibati said militiamen had burned about 300 shelters in the camp."]],
  [O, A], 2, "named-probe: NRC + refugees ('Refugee' is a word of its name)")
C([["Human Rights Watch said security forces had killed at least 30 protesters in Bunia."],
   ["Rights activists said security forces killed at least 30 protesters in Bunia."]],
  [O, A], 2, "named-probe: HRW + rights activists ('Rights' is a word of its name)")
C([["Doctors Without Borders said its clinic in Lankien was hit by an airstrike."],
   ["Doctors at the county hospital said the clinic in Lankien was hit by an airstrike."]],
  [O, A], 2, "named-probe: MSF by its English name + unnamed doctors")
C([["The Congolese army, FARDC, said M23 rebels had withdrawn from Kitshanga."],
   ["An M23 commander, speaking on condition of anonymity, said the rebels had pulled out of Kitshanga."]],
  [O, A], 2, "named: FARDC + one commander of the other side")

# ================================================================ beside named origins: the origin's own people
C([["The Syrian Arab Red Crescent said its convoy reached Jasim with food for 10,000 people."],
   ["A Red Crescent volunteer said the convoy had reached Jasim with food for 10,000 people."]],
  [O, A], 1, "own: SARC + a Red Crescent volunteer")
C([["Médecins Sans Frontières said its hospital in Ulang had received 70 wounded."],
   ["An MSF nurse who asked not to be named said the hospital in Ulang had received 70 wounded."]],
  [O, A], 1, "own: MSF + an MSF nurse")
C([["The White Helmets said 18 people were pulled from the rubble in Termanin."],
   ["A civil defence volunteer said 18 people were pulled from the rubble in Termanin."]],
  [O, A], 1, "own-probe: White Helmets + a civil defence volunteer (its other name)")
C([["The International Committee of the Red Cross said it had evacuated 40 wounded from Mekelle Ayder."],
   ["A Red Cross worker said 40 wounded had been evacuated from Ayder."]],
  [O, A], 1, "own: ICRC + a Red Cross worker")
C([["The Rapid Support Forces said they had captured the Jebel Moya pass."],
   ["An RSF commander, speaking on condition of anonymity, said his men had captured the Jebel Moya pass."]],
  [O, A], 1, "own: RSF + an RSF commander")
C([["The Armed Forces of Ukraine said they had pushed Russian troops back from the village of Hlyboke."],
   ["Ukrainian soldiers near Hlyboke said Russian troops had been pushed back from the village."]],
  [O, A], 1, "own: Ukrainian army + Ukrainian soldiers")
C([["UNHCR said 12,000 refugees had crossed into Renk in three days."],
   ["UNHCR staff in Renk said 12,000 refugees crossed in three days."]],
  [UN, A], 1, "own: UNHCR + its staff (head 'staff')")
C([["The Kenya Defence Forces said an airstrike had killed 25 al-Shabaab fighters near Kolbio."],
   ["A Kenyan officer who declined to be named said 25 al-Shabaab fighters were killed near Kolbio."]],
  [O, A], 1, "own: KDF + a Kenyan officer")
C([["Hezbollah said its fighters had destroyed an Israeli tank near Odaisseh."],
   ["A source close to Hezbollah said an Israeli tank had been destroyed near Odaisseh."]],
  [O, A], 1, "own: Hezbollah + a source close to it")
C([["The Houthis said 31 people were killed in the strike on the Bajil market."],
   ["Doctors at a Houthi-run hospital in Hodeidah said 31 people died in the strike on the Bajil market."]],
  [O, A], 1, "own-probe: Houthis + doctors at a Houthi-run hospital")
C([["The Israel Defense Forces said no civilians were hurt in the raid on the Nur Shams camp."],
   ["An Israeli army medic who took part in the raid said no civilians were hurt in Nur Shams."]],
  [O, A], 1, "own-probe: IDF + an Israeli army medic")
C([["Sudan's army said its troops had retaken the Halfaya bridge in Khartoum North."],
   ["A military spokesman said troops had retaken the Halfaya bridge."]],
  [O, O], 1, "own-probe: Sudan's army + an unnamed military spokesman (on record)")

# ================================================================ descriptions the cue words lack
C([["Herders returning to Haa said cattle raiders had burned the village."],
   ["Elders in Haa said raiders had burned the village."]],
  [A, A], 2, "cue: herders in the speech clause + elders")
C([["The militia burned the market at Wura, according to nomads who fled the area."],
   ["Officials in the district said militiamen had burned the Wura market."]],
  [A, A], 2, "cue: 'according to nomads who fled' + officials")
C([["Soldiers had occupied the school in Mandélia for a month, a teacher at the school told the Chadian Press Agency."],
   ["Officials in Mandélia said soldiers had occupied the school for a month."]],
  [AM, A], 2, "cue: a teacher told an outlet + officials")
C([["Twenty-two people died at the Sinja field hospital overnight, according to two nurses who treated the wounded."],
   ["Residents said 22 people died at the field hospital in Sinja overnight."]],
  [A, A], 2, "cue: 'according to two nurses' + residents")
C([["Conscripts who escaped the 12th battalion said it had lost 200 men near Marib."],
   ["Officers in Marib said the 12th battalion had lost 200 men."]],
  [A, A], 2, "cue: escaped conscripts + officers")
C([["A monk at the Sagaing monastery told the Irrawaddy that troops had burned 300 houses in Let Yet Kone."],
   ["Villagers said troops burned 300 houses in Let Yet Kone."]],
  [AM, A], 2, "cue: a monk told an outlet + villagers")
C([["Displaced families arriving in Tawila said RSF fighters had shot men at the Shagra checkpoint."],
   ["Aid workers in Tawila said men were being shot at the Shagra checkpoint."]],
  [A, A], 2, "cue: displaced families arriving + aid workers")

# ================================================================ on-record-labelled described speakers
C([["The nurse said the clinic in Koro had received 14 wounded children on Sunday."],
   ["Residents said 14 wounded children were taken to the Koro clinic on Sunday."]],
  [O, A], 2, "onrec: 'the nurse said' + residents")
C([["The elders said the army had arrested 9 men in Warshiikh on Monday."],
   ["Witnesses said 9 men were arrested by the army in Warshiikh on Monday."]],
  [O, A], 2, "onrec: 'the elders said' + witnesses")
C([["The farmers said herders had destroyed 40 hectares of sorghum near Dogo Kura."],
   ["The herders said 40 hectares of sorghum near Dogo Kura were destroyed in the clash."]],
  [O, O], 2, "onrec-probe: farmers vs herders as speakers, one ground kind")
C([["Lawmakers and families of the detainees said the men were held at the Airport Road base."],
   ["Relatives of the detainees said the men were being held at the Airport Road base."]],
  [O, A], 2, "onrec-probe: lawmakers and families + relatives")

# ================================================================ look-alikes that should not count apart
C([["Clan elders said 30 people were killed in the raid on Biyo."],
   ["Elders in Biyo district said 30 people died in the raid."]],
  [A, A], 1, "alike: 'people' as victims")
C([["Gunmen killed 12 men at the Dar Salam well, elders said."],
   ["Elders said 12 men were killed at the Dar Salam well."]],
  [A, A], 1, "alike: 'men' (and 'gunmen') as victims and actors")
C([["Soldiers looted the clinic in Bambari Nord, a nurse said."],
   ["A nurse at the Bambari Nord clinic said soldiers had looted it."]],
  [A, A], 1, "alike: soldiers as the subject, not the source")
C([["Hospital records show 40 people were admitted with burns after the fuel tanker exploded in Lokoja Road."],
   ["Doctors said 40 people were admitted with burns after the fuel tanker exploded on Lokoja Road."]],
  [NONE, A], 1, "alike: hospital records, a document")
C([["People at the Kasuwa market said the fighters collected a tax from every stall."],
   ["Traders said the fighters collected a tax from every stall at Kasuwa market."]],
  [A, A], 1, "alike: 'people at the market' vs traders")
C([["The Kenya Defence Forces said they had cleared the Boni forest camp."],
   ["Kenyan troops told reporters the camp in the Boni forest had been cleared."]],
  [O, A], 1, "alike: soldiers of the named army")
C([["The Rapid Support Forces said they had captured the Jebel Moya pass."],
   ["RSF fighters at the pass said they had captured Jebel Moya."]],
  [O, A], 1, "alike: fighters of the named force")
C([["About 4,000 people have fled Gurei in a week, according to UN figures."],
   ["Aid workers said 4,000 people had fled Gurei in one week."]],
  [UN, A], 2, "alike: UN figures + aid workers, two origins")
C([["Residents fled as soldiers and militiamen advanced on Tullus, a local official said."],
   ["A local official said militiamen and soldiers advanced on Tullus."]],
  [A, A], 1, "alike: soldiers and militiamen as subjects")
C([["An AFP correspondent saw at least 11 bodies in the streets of Wadi Halfa Sharq."],
   ["Residents said at least 11 bodies lay in the streets of Wadi Halfa Sharq."]],
  [M, A], 2, "alike: an outlet's own correspondent + residents")
