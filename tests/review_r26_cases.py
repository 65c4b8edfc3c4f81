"""Invented claims probing round 26's rule: an unnamed anonymous source counts as one extra origin
beside named ones when its sentence cites only anonymous_source (+ media_report) and its span is
people on the ground or ONE official / officer / diplomat(s) / source(s) (not plural officials,
officers, commanders). ``origins`` is the count a careful fact-checker would give, written before
the tool was run and kept where the tool disagrees. One label list per article (all its sentences).

Notes open with a tag: apart (should count apart), own (the unnamed source is the named body's
own), relay (the unnamed account comes through / from the named origin), span (what the source
words sit next to), nonamed (no named origin), pool (several unnamed kinds)."""

A, AM, O, UN, MON = ["anonymous_source"], ["anonymous_source", "media_report"], ["on_record"], ["un_figure"], ["named_monitor"]
CASES = []


def C(articles, labels, origins, note):
    CASES.append({"articles": articles, "labels": labels, "origins": origins, "note": note})


# ------------------------------------------------------------------ people on the ground beside a named origin
C([["The Sudanese army said RSF drones struck the power station in Atbara on Tuesday, cutting electricity to the city."],
   ["Residents said drones struck the power station in Atbara on Tuesday and the city lost electricity."]],
  [O, A], 2, "apart: residents vs army")
C([["Myanmar's military government said the Arakan Army had seized the town of Paletwa after weeks of fighting."],
   ["Residents told Reuters the Arakan Army had taken control of Paletwa after weeks of fighting."]],
  [O, AM], 2, "apart: residents told an outlet")
C([["M23 spokesman Lawrence Kanyuka said the group had captured the mining town of Rubaya."],
   ["Witnesses told AFP that M23 fighters were in control of Rubaya on Thursday."]],
  [O, AM], 2, "apart: witnesses via AFP vs rebel spokesman")
C([["Mali's army said its troops killed 30 militants in an operation near the village of Dioura."],
   ["Villagers said soldiers killed about 30 men near Dioura during the operation."]],
  [O, A], 2, "apart: villagers")
C([["Ethiopia's government said federal troops had retaken the town of Lalibela from Amhara militia fighters."],
   ["Survivors said federal troops had entered Lalibela and driven out the Fano militia fighters."]],
  [O, A], 2, "apart: survivors")
C([["Haiti's national police said gang members killed at least 70 people in an attack on the town of Pont-Sonde."],
   ["Eyewitnesses said gang members killed at least 70 people in the attack on Pont-Sonde."]],
  [O, A], 2, "apart: eyewitnesses")
C([["Burkina Faso's government said jihadists killed dozens of civilians in the town of Barsalogho."],
   ["A witness said jihadists killed dozens of civilians digging trenches outside Barsalogho."]],
  [O, A], 2, "apart: a witness (singular)")
C([["Nigeria's army said troops had rescued 25 hostages from a bandit camp in Zamfara state."],
   ["Relatives of the abducted said 25 hostages had been freed from a bandit camp in Zamfara."]],
  [O, A], 2, "apart: relatives")
C([["Pakistan's military said 12 soldiers were killed in an attack on a checkpoint in South Waziristan."],
   ["Families of the dead said 12 soldiers were killed when the checkpoint in South Waziristan was attacked."]],
  [O, A], 2, "apart: families")
C([["The Israeli military said its forces had raided the Kamal Adwan hospital in northern Gaza."],
   ["Displaced people sheltering in the Kamal Adwan hospital said Israeli troops stormed the building overnight."]],
  [O, A], 2, "apart: displaced people")
C([["The RSF said its fighters had taken control of the town of Geneina in West Darfur."],
   ["Refugees arriving in Adre in Chad said RSF fighters had taken full control of Geneina."]],
  [O, A], 2, "apart: refugees")
C([["Nigeria's police said gunmen abducted 287 pupils from a school in Kuriga, Kaduna state."],
   ["Parents of the abducted pupils said 287 children were taken from the school in Kuriga."]],
  [O, A], 2, "apart: parents")
C([["Burkina Faso's army said a drone strike destroyed a militant convoy near the town of Djibo."],
   ["Farmers near Djibo said a drone strike hit a convoy of vehicles on the road outside the town."]],
  [O, A], 2, "apart: farmers")
C([["Somalia's government said al-Shabaab fighters had been driven from the market town of Mahaas."],
   ["Traders in Mahaas said al-Shabaab fighters had left the town and the market had reopened."]],
  [O, A], 2, "apart: traders")
C([["Bangladesh's border guard said a Myanmar navy vessel fired on fishing boats near St Martin's Island."],
   ["Fishermen in Teknaf said a Myanmar navy ship opened fire on their boats near St Martin's Island."]],
  [O, A], 2, "apart: fishermen")
C([["Kenya's interior ministry said looters had ransacked shops in central Nairobi during the protests."],
   ["Shopkeepers said looters ransacked their shops in central Nairobi during the protests."]],
  [O, A], 2, "apart: shopkeepers")
C([["Azerbaijan's defence ministry said its forces had entered the town of Lachin."],
   ["Inhabitants of Lachin said Azerbaijani forces had entered the town on Friday morning."]],
  [O, A], 2, "apart: inhabitants")
C([["Mozambique's defence ministry said insurgents burned the district headquarters in Macomia."],
   ["Locals said insurgents set fire to the district headquarters in Macomia on Friday."]],
  [O, A], 2, "apart: locals")
C([["Colombia's army said dissidents of the FARC attacked a police station in Jamundi with explosives."],
   ["A resident, who asked not to be named for fear of reprisals, said dissidents attacked the police station in "
    "Jamundi with explosives."]],
  [O, A], 2, "apart: a resident (singular)")
C([["The Syrian Observatory for Human Rights said Turkish drones struck a grain silo near Qamishli."],
   ["Local residents said a drone strike hit the grain silo near Qamishli on Monday."]],
  [MON, A], 2, "apart: residents beside a named monitor")
C([["OCHA said an airstrike hit a market in the town of Tawila, killing at least 15 people."],
   ["Residents said an airstrike hit the market in Tawila, killing at least 15 people."]],
  [UN, A], 2, "apart: residents beside the UN")
C([["Leaked recordings show Wagner fighters ordering the execution of prisoners near the village of Moura."],
   ["Villagers in Moura said Wagner fighters executed prisoners they had rounded up in the market."]],
  [["leaked_recording"], A], 2, "apart: villagers beside a leak")
C([["The Guardian reported that Houthi forces had detained 11 UN staff members in Sanaa."],
   ["Relatives said Houthi forces detained 11 UN staff members in raids on their homes in Sanaa."]],
  [["media_report"], A], 2, "apart: relatives beside a named outlet's own report")
C([["Borno state governor Babagana Zulum said Boko Haram fighters burned 40 houses in the village of Mafa."],
   ["Residents said Boko Haram fighters burned about 40 houses in Mafa overnight.",
    "One resident said the fighters arrived on motorcycles after dark and burned about 40 houses."]],
  [O, A], 2, "apart: two resident sentences, one article")
C([["The Lebanese army said an Israeli drone struck a car on the coastal road near Tyre, killing two people."],
   ["Residents reportedly said an Israeli drone struck a car on the coastal road near Tyre, killing two."]],
  [O, A], 2, "apart: hedged residents still one more origin")
C([["The Ukrainian air force said a Russian missile hit an apartment block in Dnipro, killing nine people."],
   ["Residents told the BBC a missile hit the apartment block in Dnipro, killing nine people."]],
  [O, AM], 2, "apart: residents via BBC")
C([["The Sudanese army said RSF shelling killed 12 people at the Abu Shouk camp near El Fasher."],
   ["Residents and local media said RSF shelling killed 12 people at the Abu Shouk camp."]],
  [O, AM], 2, "apart: residents + unnamed local media in one sentence")
C([["Kenya's police said officers fired tear gas at protesters outside parliament in Nairobi."],
   ["Residents and local officials said police fired tear gas at protesters outside parliament."]],
  [O, A], 2, "apart: 'residents and local officials' (residents first)")

# ------------------------------------------------------------------ one official / officer / diplomat / source
C([["The Tamil Tigers said government shells hit the hospital in Puthukudiyiruppu, killing nine patients."],
   ["A security official in Colombo said shells hit the hospital in Puthukudiyiruppu, killing nine people."]],
  [O, A], 2, "apart: other side's official (brief's example)")
C([["Russia's defence ministry said its forces had captured the village of Urozhaine."],
   ["A Ukrainian officer in the area said troops had pulled back from Urozhaine."]],
  [O, A], 2, "apart: other side's officer")
C([["Iran's foreign ministry said talks with the IAEA on inspections would resume in Vienna next week."],
   ["A diplomatic source in Vienna said talks between Iran and the IAEA would resume next week."]],
  [O, A], 2, "apart: a diplomatic source")
C([["Russia's foreign ministry said Moscow had blocked a Security Council statement on the Kursk offensive."],
   ["Two diplomats said Russia had blocked the Security Council statement on the offensive."]],
  [O, A], 2, "apart: two diplomats")
C([["The Kremlin said it had not agreed to a partial ceasefire on energy infrastructure."],
   ["Western diplomats said Moscow had not agreed to the partial ceasefire on energy infrastructure."]],
  [O, A], 2, "apart: Western diplomats (plural allowed)")
C([["The Kremlin said Russia had offered to host the next round of talks in Istanbul."],
   ["A Western diplomat said Russia had offered to host the next round of talks in Istanbul."]],
  [O, A], 2, "apart: a Western diplomat")
C([["Hamas said it had received the new ceasefire proposal from Egyptian mediators."],
   ["An Egyptian official said Hamas had received the new ceasefire proposal."]],
  [O, A], 2, "apart: mediator's official, not Hamas's")
C([["Hamas said it had received the new ceasefire proposal from Qatari mediators."],
   ["A Qatari official with knowledge of the talks said Hamas had received the proposal."]],
  [O, A], 2, "apart: Qatari official with knowledge of")
C([["The Israeli military said a strike in Tyre killed a senior Hezbollah commander."],
   ["A source close to Hezbollah said a commander of the group was killed in the strike in Tyre."]],
  [O, A], 2, "apart: source close to the other side")
C([["The Israeli military said its jets struck a weapons depot near Homs."],
   ["A US intelligence official said Israeli jets had struck a weapons depot near Homs."]],
  [O, A], 2, "apart: third state's official")
C([["Islamic State said its fighters killed 11 soldiers in an ambush near Rutba."],
   ["A security source in Anbar said 11 soldiers were killed in an ambush near Rutba."]],
  [O, A], 2, "apart: security source vs the attackers")
C([["The Saudi-led coalition said its jets destroyed a drone launch site near Sanaa airport."],
   ["A Houthi official said coalition jets hit a site near Sanaa airport."]],
  [O, A], 2, "apart: other side's official")
C([["The Kremlin said Russia would not attend the peace conference in Switzerland."],
   ["A Western official said Russia would not attend the conference in Switzerland."]],
  [O, A], 2, "apart: a Western official")
C([["Nigeria's army said troops had repelled an attack on a base in Malam Fatori."],
   ["A local official said troops had repelled the attack on the base in Malam Fatori."]],
  [O, A], 2, "apart: local civil official vs army")
C([["The Sudanese army said the RSF shelled the Saudi hospital in El Fasher."],
   ["Medical sources said the Saudi hospital in El Fasher was shelled by the RSF."]],
  [O, A], 2, "apart: medical sources")
C([["The Sudanese army said RSF drones hit the port of Port Sudan on Sunday."],
   ["Local sources told Al Jazeera that drones struck the port of Port Sudan on Sunday."]],
  [O, AM], 2, "apart: local sources via outlet")
C([["The Syrian army said it had pushed rebels out of the town of Khan Sheikhoun."],
   ["A humanitarian source said rebels had withdrawn from Khan Sheikhoun."]],
  [O, A], 2, "apart: humanitarian source")
C([["Iran's foreign ministry said talks with Washington would resume in Muscat next week."],
   ["A diplomatic source said Iran and the United States would resume talks in Muscat next week.",
    "The source added that the talks would resume in Muscat next week."]],
  [O, A], 2, "apart: diplomatic source + back-reference sentence")
C([["Russia's defence ministry said its forces had repelled a Ukrainian incursion in the Belgorod region."],
   ["A senior Ukrainian official said Ukrainian forces were pushed back in Belgorod."],
   ["Residents of Shebekino said the Ukrainian incursion had been pushed back."]],
  [O, A, A], 3, "pool: official of the other side + residents, two independent unnamed kinds")
C([["The Sudanese army said RSF shelling killed 20 people in Omdurman market."],
   ["Residents told Reuters RSF shelling killed 20 people in the market in Omdurman."],
   ["Witnesses told the Associated Press that RSF shells killed 20 people in Omdurman market."]],
  [O, AM, AM], 2, "pool: residents and witnesses via two outlets, may be the same people")
C([["RSF commander Abdelrahim Dagalo said his forces had captured the Jebel Moya area."],
   ["A senior Sudanese official said the RSF had taken Jebel Moya."],
   ["A Sudanese official said the RSF had seized Jebel Moya."]],
  [O, A, A], 2, "pool: one government official in two outlets")

# ------------------------------------------------------------------ the named body's own unnamed people
C([["The Sri Lankan military said troops had captured the rebel stronghold of Kilinochchi."],
   ["A security official in Colombo, who declined to be named, said troops had entered Kilinochchi."]],
  [O, A], 1, "own: Colombo security official beside the Sri Lankan military")
C([["Ukraine's air force said it shot down 40 of 52 drones launched overnight."],
   ["A Ukrainian air force officer, speaking on condition of anonymity, said 40 of the 52 drones were shot down."]],
  [O, A], 1, "own: air force officer beside the air force")
C([["Hamas said it had received the new ceasefire proposal from Egyptian mediators."],
   ["A senior Hamas official, who asked not to be named, said the group had received the new proposal."]],
  [O, A], 1, "own: Hamas official beside Hamas")
C([["The Pentagon said a US drone strike in Somalia killed a senior al-Shabaab commander near Jilib."],
   ["A US official said the strike killed a senior al-Shabaab commander near Jilib."]],
  [O, A], 1, "own: US official beside the Pentagon")
C([["The Pentagon said a US drone strike in Somalia killed a senior al-Shabaab commander near Jilib."],
   ["A Somali intelligence official said the US strike killed a senior al-Shabaab commander near Jilib."]],
  [O, A], 2, "apart: host state's official beside the Pentagon")
C([["Iraq's interior ministry said 14 people were killed in a car bombing in Baghdad's Sadr City."],
   ["An interior ministry official said 14 people were killed in the car bombing in Sadr City."]],
  [O, A], 1, "own: ministry official beside the ministry")
C([["Lebanon's health ministry said an Israeli strike on the village of Aitaroun killed five people."],
   ["An official at the health ministry said five people were killed in the strike on Aitaroun."]],
  [O, A], 1, "own: 'an official at the health ministry'")
C([["The Israeli military said it had killed a Hamas commander in a strike in Khan Younis."],
   ["A senior Israeli official said a Hamas commander was killed in the strike in Khan Younis."]],
  [O, A], 1, "own: Israeli official beside Israel's military")
C([["The Syrian army said it had pushed rebels out of the town of Khan Sheikhoun."],
   ["A military source said rebels had been pushed out of Khan Sheikhoun."]],
  [O, A], 1, "own: 'a military source' beside the army")
C([["The Syrian army said it had pushed rebels out of the town of Khan Sheikhoun."],
   ["A military source told SANA that the army had pushed rebels out of Khan Sheikhoun."]],
  [O, ["anonymous_source", "pro_regime_outlet"]], 1, "own: military source via SANA (condition 1 fails)")
C([["Iraq's Joint Operations Command said security forces killed six Islamic State militants in the Hamrin mountains."],
   ["A security source said six Islamic State militants were killed in the Hamrin mountains."]],
  [O, A], 1, "own: security source beside the security command")
C([["Niger's presidency said President Mohamed Bazoum had been moved to a military base outside Niamey."],
   ["Sources close to the presidency said Bazoum had been moved to a military base outside Niamey."]],
  [O, A], 1, "own: sources close to the presidency")
C([["Hezbollah said its commander Fuad Shukr was killed in the Israeli strike on Beirut's southern suburbs."],
   ["A source close to Hezbollah said Shukr was killed in the strike on the southern suburbs."]],
  [O, A], 1, "own: source close to Hezbollah beside Hezbollah")
C([["Kenya's police said officers had arrested 40 people over the attack on the police station in Mandera."],
   ["A police source said 40 people had been arrested over the attack in Mandera."]],
  [O, A], 1, "own: police source beside the police")
C([["Uganda's police said two people were killed when a bomb exploded at a bar in Kampala."],
   ["A police officer at the scene said two people were killed when the bomb went off in the bar."]],
  [O, A], 1, "own: police officer at the scene beside the police")
C([["Iraqi army spokesman Yahya Rasool said troops had killed the Islamic State governor of Kirkuk."],
   ["An army officer, who was not authorised to speak to the media, said troops killed the Islamic State governor of Kirkuk."]],
  [O, A], 1, "own: army officer beside army spokesman")
C([["Myanmar's junta said the Tatmadaw had retaken the town of Lashio."],
   ["A Tatmadaw officer said troops had retaken Lashio."]],
  [O, A], 1, "own: Tatmadaw officer beside the junta")
C([["The Houthis said their forces had shot down a US MQ-9 Reaper drone over Marib."],
   ["A source in the Houthi movement said its forces shot down a US drone over Marib."]],
  [O, A], 1, "own: source in the Houthi movement")
C([["The Houthis said their forces had shot down a US MQ-9 Reaper drone over Marib."],
   ["A Houthi official said the group's forces shot down a US drone over Marib."]],
  [O, A], 1, "own: Houthi official beside the Houthis")
C([["The Saudi-led coalition said its jets destroyed a drone launch site near Sanaa airport."],
   ["A Saudi official said coalition jets destroyed a drone launch site near the airport in Sanaa."]],
  [O, A], 1, "own: Saudi official beside the Saudi-led coalition")
C([["Taliban spokesman Zabihullah Mujahid said the group had taken control of Kunduz city."],
   ["A senior Taliban official said the group had taken control of Kunduz city."]],
  [O, A], 1, "own: Taliban official beside its spokesman")
C([["Ukraine's military intelligence said a drone had hit a Russian ammunition depot in Toropets."],
   ["A Ukrainian intelligence source said a drone struck the Russian ammunition depot in Toropets."]],
  [O, A], 1, "own: intelligence source beside military intelligence")
C([["Borno state governor Babagana Zulum said gunmen killed 37 farmers near the village of Zabarmari."],
   ["An official in the governor's office said gunmen killed 37 farmers near Zabarmari."]],
  [O, A], 1, "own: official in the governor's office")
C([["The Turkish defence ministry said its jets destroyed 22 PKK targets in northern Iraq."],
   ["A Turkish security source said jets had destroyed 22 PKK targets in northern Iraq."]],
  [O, A], 1, "own: Turkish security source beside its defence ministry")
C([["Ethiopia's government said federal troops had retaken the town of Lalibela."],
   ["A government official said federal troops had retaken Lalibela."]],
  [O, A], 1, "own: a government official beside the government")
C([["The Syrian Observatory for Human Rights said the commander of the brigade was killed near Deir ez-Zor."],
   ["Sources said the commander of the brigade was killed near Deir ez-Zor."]],
  [MON, A], 1, "own?: bare 'sources' say nothing of who they are")

# ------------------------------------------------------------------ plural officials / officers / commanders
C([["Nigeria's army said troops freed 20 hostages in the Sambisa forest."],
   ["Officials said troops had freed 20 hostages in the Sambisa forest."]],
  [O, A], 1, "own: bare officials")
C([["The Kachin Independence Army said its fighters had captured a junta base near Bhamo."],
   ["Senior commanders said their fighters had overrun the base near Bhamo."]],
  [O, A], 1, "own: commanders beside their group")
C([["Israel's military said troops had found the tunnel shaft under the clinic in Rafah."],
   ["Senior officers said troops found a tunnel shaft under the clinic in Rafah."]],
  [O, A], 1, "own: officers beside the military")
C([["Russia's defence ministry said its forces had repelled a Ukrainian assault near Robotyne."],
   ["Ukrainian officers at the front said their assault near Robotyne had been beaten back."]],
  [O, A], 2, "apart: other side's officers (plural)")
C([["Al-Shabaab said its fighters had overrun a military base in Lower Shabelle."],
   ["Kenyan officials said militants had overrun a base in Lower Shabelle."]],
  [O, A], 2, "apart: other side's officials (plural)")
C([["Nigeria's army said troops had repelled an attack on a base in Malam Fatori."],
   ["Local officials in Borno said troops had repelled the attack on the base in Malam Fatori."]],
  [O, A], 2, "apart: local civilian officials (plural) beside the army")
C([["Colombia's army said troops clashed with ELN guerrillas near the Venezuelan border in Arauca."],
   ["A rebel commander who asked not to be named said his fighters had clashed with troops in Arauca."]],
  [O, A], 2, "apart: enemy commander (singular commander not in rule)")
C([["Afghanistan's defence ministry said troops had recaptured the district centre of Dand-e-Ghori."],
   ["A Taliban commander said government troops had recaptured Dand-e-Ghori."]],
  [O, A], 2, "apart: Taliban commander vs government")
C([["Pakistan's government said the opposition leader had been moved to a prison in Attock."],
   ["An aide to the opposition leader said he had been moved to the prison in Attock."]],
  [O, A], 2, "apart: opposition aide vs government")
C([["The Syrian army said it had retaken the village of Kafr Nabudah."],
   ["Opposition activists said government forces had retaken Kafr Nabudah."]],
  [O, A], 2, "apart: opposition activists vs the army")

# ------------------------------------------------------------------ people on the ground the cues may not read
C([["The Sudanese army said RSF shelling hit the maternity hospital in El Obeid."],
   ["A doctor at the hospital, who asked not to be named, said RSF shells hit the maternity ward in El Obeid."]],
  [O, A], 2, "apart: anonymous doctor")
C([["South Sudan's army said troops had taken control of the town of Nasir."],
   ["An aid worker who asked not to be named said troops had taken control of Nasir."]],
  [O, A], 2, "apart: anonymous aid worker")
C([["Ethiopia's government said federal troops had taken the airport in Bahir Dar."],
   ["A shopkeeper who spoke on condition of anonymity said federal troops had taken the airport in Bahir Dar."]],
  [O, A], 2, "apart: a shopkeeper (singular)")
C([["Cameroon's army said separatists burned a school in the village of Kumbo."],
   ["A local journalist, who asked not to be named, said separatists set fire to the school in Kumbo."]],
  [O, A], 2, "apart: anonymous local journalist")

# ------------------------------------------------------------------ span: source words in the content
C([["Amnesty International Kenya said police opened fire on protesters outside parliament in Nairobi."],
   ["Police officers opened fire on protesters outside parliament in Nairobi, witnesses said."]],
  [O, A], 2, "span: 'Police officers' in the content, witnesses the source")
C([["Islamic State said its fighters killed three police officers in an ambush near Kirkuk."],
   ["Three police officers were killed in an ambush near Kirkuk, security sources said."]],
  [O, A], 2, "span: 'police officers' in content, security sources vs attackers")
C([["Kharkiv governor Oleh Syniehubov said hundreds of residents were evacuated from Kupiansk overnight."],
   ["Hundreds of residents were evacuated from Kupiansk overnight, local officials said."]],
  [O, A], 1, "span: residents in content, officials the source")
C([["Somalia's government said al-Shabaab fighters had poisoned water sources in the town of Bulo Burte."],
   ["Al-Shabaab fighters poisoned water sources in Bulo Burte, officials said."]],
  [O, A], 1, "span: 'water sources' in content, officials the source")
C([["The Syrian army said it had pushed rebels out of the town of Khan Sheikhoun."],
   ["Villagers fled as the army pushed rebels out of Khan Sheikhoun, officials said."]],
  [O, A], 1, "span: villagers in content, officials the source")
C([["The Sudanese army said RSF shelling killed 12 people at the Abu Shouk camp near El Fasher."],
   ["Officials and residents said RSF shelling killed 12 people at the Abu Shouk camp."]],
  [O, A], 2, "span: 'officials and residents' (officials first)")
C([["The Afghan government said a Taliban attack killed 18 soldiers in Ghazni."],
   ["A government official was among 18 people killed in the Taliban attack in Ghazni, residents said."]],
  [O, A], 2, "span: official in content, residents the source")

# ------------------------------------------------------------------ the unnamed cited in a sentence with another kind of source
C([["South Sudan's army said at least 30 people were killed in an attack on a camp near Bentiu."],
   ["At least 30 people were killed in the attack on the camp near Bentiu, according to residents and the United Nations."]],
  [O, ["anonymous_source", "un_figure"]], 3, "parallel: residents and the UN cited side by side")
C([["Human Rights Watch said soldiers burned dozens of homes in the village of Tula."],
   ["Residents told UN investigators that soldiers burned dozens of homes in Tula."]],
  [O, ["anonymous_source", "un_figure"]], 2, "relay: residents told the UN (one chain), HRW apart")
C([["Sudan's army said RSF shelling killed 12 people at the Abu Shouk camp near El Fasher."],
   ["RSF shelling killed 12 people at Abu Shouk, the army said, and residents said the dead included children."]],
  [O, ["anonymous_source", "on_record"]], 2, "parallel: army and residents in one sentence")
C([["The Rapid Support Forces said the army shelled the market in Kadugli on Sunday, killing twelve people."],
   ["A senior official said the army shelled the market in Kadugli, killing twelve, the Rapid Support Forces said."]],
  [O, ["anonymous_source", "on_record"]], 1, "relay: official inside the RSF's sentence (unit test's case)")
C([["The Colombian army, citing a field commander, said troops had killed 12 dissidents in Cauca."]],
  [["on_record", "anonymous_source"]], 1, "relay: unnamed commander relayed by the named army")
C([["Eleven civilians were killed in the airstrike on Maarat Misrin, according to residents and the Syrian Observatory "
    "for Human Rights."]],
  [["anonymous_source", "named_monitor"]], 2, "parallel: residents and the monitor side by side, one sentence")
C([["The Syrian Observatory for Human Rights, citing residents, said eleven civilians were killed in the airstrike on "
    "Maarat Misrin."]],
  [["named_monitor", "anonymous_source"]], 1, "relay: the monitor citing residents")
C([["The Syrian army said it had retaken the village of Kafr Nabudah."],
   ["Residents told Syrian state television that the army had retaken Kafr Nabudah."]],
  [O, ["anonymous_source", "pro_regime_outlet"]], 1, "relay: residents on state TV are the regime's channel")
C([["The World Food Programme said its warehouse in Khartoum North had been looted."],
   ["A UN official said the WFP warehouse in Khartoum North had been looted."]],
  [UN, ["anonymous_source", "un_figure"]], 1, "own: a UN official beside the WFP")

# ------------------------------------------------------------------ hearsay: witnesses who repeat the named source
C([["The army said it had killed the rebel leader Abu Musab in a raid near Ouallam."],
   ["Residents said soldiers at the checkpoint had told them the rebel leader Abu Musab was killed in the raid near Ouallam."]],
  [O, A], 1, "relay: residents repeat what soldiers told them")
C([["Governor Abdullahi Sule said he had imposed a 24-hour curfew on the town of Keana."],
   ["Residents said they had heard on the radio that the governor imposed a 24-hour curfew on Keana."]],
  [O, A], 1, "relay: residents heard the governor's announcement")
C([["Israel's military said it had ordered residents of eastern Khan Younis to move to al-Mawasi."],
   ["Residents said they received Israeli military text messages ordering them to leave eastern Khan Younis for al-Mawasi."]],
  [O, A], 1, "relay: residents describe the named body's own order")

# ------------------------------------------------------------------ outlets relaying the residents / their own reports
C([["Residents told Al Jazeera that RSF fighters looted the hospital in Wad Madani."],
   ["Al Jazeera reported that RSF fighters had looted the hospital in Wad Madani."]],
  [AM, ["media_report"]], 1, "nonamed: outlet's report is the residents' relay")
C([["The Sudanese army said RSF fighters looted the hospital in Wad Madani."],
   ["Residents told Al Jazeera that RSF fighters looted the hospital in Wad Madani."],
   ["Al Jazeera reported that RSF fighters had looted the hospital in Wad Madani."]],
  [O, AM, ["media_report"]], 2, "apart: residents via Al Jazeera + its bare report, beside the army")
C([["SANA reported that rebel shelling killed four people in Aleppo's Hamdaniyeh district."],
   ["Residents said rebel shells killed four people in Hamdaniyeh."]],
  [["pro_regime_outlet"], A], 2, "apart: residents beside a pro-regime outlet")
C([["Syrian activist Hadi al-Abdallah said a barrel bomb hit the bakery in Kafranbel."],
   ["Residents said a barrel bomb hit the bakery in Kafranbel."]],
  [O, A], 2, "apart: residents beside a named activist")

# ------------------------------------------------------------------ disputes and hedges
C([["Amnesty International said soldiers burned the market in Kombolcha, a charge the army rejected."],
   ["Residents said soldiers burned the market in Kombolcha."]],
  [O, A], 2, "apart: Amnesty + residents; the army only disputes")
C([["Residents said soldiers burned the market in Kombolcha, though the army denied it."]],
  [["anonymous_source", "on_record"]], 1, "nonamed: the only named source disputes")
C([["The Lebanese army said the bridge over the Litani river near Qasmiyeh was destroyed."],
   ["It is believed that the bridge over the Litani near Qasmiyeh was destroyed."]],
  [O, []], 1, "hedge: no source, adds nothing")
C([["OCHA said 40,000 people had fled the fighting around Sake in North Kivu."],
   ["Displaced families said, in accounts that could not be independently verified, that 40,000 people had fled Sake."]],
  [UN, A], 2, "apart: unverifiable displaced families still an origin")

# ------------------------------------------------------------------ no named origin (unchanged part of the rule)
C([["Residents said rebels had withdrawn from the town of Bria."],
   ["Officials said rebels had withdrawn from Bria."]],
  [A, A], 2, "nonamed: residents and officials, two kinds")
C([["Security sources said militants attacked a checkpoint near Arish."],
   ["Sources said militants attacked the checkpoint near Arish."]],
  [A, A], 1, "nonamed: security sources and sources")
C([["A Western diplomat said Russia had offered to host talks in Istanbul."],
   ["Two diplomats said Russia had offered to host the talks in Istanbul."]],
  [A, A], 1, "nonamed: diplomats, likely one circle")
C([["Residents told Reuters that soldiers burned the village of Tula."],
   ["Witnesses told AFP that soldiers set fire to Tula."]],
  [AM, AM], 1, "nonamed: residents via two outlets")

# ------------------------------------------------------------------ added after the first run (expectations written before rerunning)
C([["The army said it had shelled rebel positions around the town of Kalehe on Sunday."],
   ["Residents said the army shelled rebel positions around Kalehe on Sunday."]],
  [O, A], 2, "apart: the brief's own 'the army said' (no country) + residents")
C([["Al Jazeera reported that the army had retaken the town of Sennar."],
   ["Officials said the army had retaken Sennar."]],
  [["media_report"], A], 1, "own: officials beside a named outlet's bare report add no origin")
