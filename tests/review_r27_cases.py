"""Invented claims probing round 27's rule: unnamed sources told apart by kind (ground, medical,
diplomats, analysts, officials split by state), apart-counting beside named origins, plural
state officials (rule 3), back-references (rule 4); splits and non-splits, mixed descriptions."""

A, AM, O, UN, MON = ["anonymous_source"], ["anonymous_source", "media_report"], ["on_record"], ["un_figure"], ["named_monitor"]
AO = ["anonymous_source", "on_record"]
CASES = []


def C(articles, labels, origins, note):
    CASES.append({"articles": articles, "labels": labels, "origins": origins, "note": note})


# ----------------------------------------------------------------- nonamed
C([["Residents said drones struck the power station in Atbara on Tuesday."],
   ["Two Western diplomats said drones struck the Atbara power station on Tuesday."]],
  [A, A], 2, "nonamed: residents vs diplomats")
C([["Officials said the ferry capsized on Lake Albert with 60 people aboard."],
   ["Sources said the ferry capsized on Lake Albert carrying 60 people."]],
  [A, A], 1, "nonamed: officials + sources are one kind")
C([["Egyptian officials said a fuel convoy crossed into Sudan at Argeen on Monday."],
   ["Two Sudanese officers said the fuel convoy crossed at Argeen on Monday."]],
  [A, A], 2, "nonamed: Egyptian officials vs Sudanese officers")
C([["Residents said gunmen burned the market in Bunia's Lumumba district overnight."],
   ["Witnesses said gunmen set fire to the Lumumba market in Bunia overnight."]],
  [A, A], 1, "same: residents / witnesses")
C([["Doctors at Al-Nao hospital said 31 people were killed by shelling at the Omdurman market."],
   ["Residents said 31 people were killed when shells hit the Omdurman market."]],
  [A, A], 2, "nonamed: doctors vs residents")
C([["Medics said 14 wounded people were brought to the Ayder referral hospital in Mekelle."],
   ["Hospital sources said 14 wounded people arrived at Ayder hospital in Mekelle."]],
  [A, A], 1, "same: medics / hospital sources")
C([["Analysts said the militia has moved heavy artillery to the outskirts of Sirte."],
   ["Officials said the militia had moved heavy artillery close to Sirte."]],
  [A, A], 2, "nonamed: analysts vs officials")
C([["A security source said a suicide bomber blew himself up at the checkpoint in Mogadishu's Hodan district."],
   ["Two police officers said a suicide bomber detonated his vest at the Hodan checkpoint."]],
  [A, A], 1, "same: security source / police officers, no state")
C([["Ethiopian officials said Fano militiamen seized the town of Lalibela on Sunday."],
   ["Officials said Fano fighters had seized Lalibela on Sunday."]],
  [A, A], 1, "same: stated-state officials + stateless officials")
C([["A Western diplomat said Wagner fighters left the base at Tessalit."],
   ["Diplomatic sources said the Wagner contingent had withdrawn from Tessalit."]],
  [A, A], 1, "same: a Western diplomat / diplomatic sources")
C([["Fishermen said pirates hijacked a dhow off Eyl on Sunday."],
   ["Somali coast guard officers said pirates seized a dhow near Eyl on Sunday."]],
  [A, A], 2, "nonamed: fishermen vs Somali officers")
C([["Relatives of the dead said nine people were killed in the raid on Kasindi."],
   ["Hospital officials said nine bodies from the Kasindi raid were brought to the morgue."]],
  [A, A], 2, "nonamed: relatives vs hospital officials")
C([["Local journalists said militiamen looted the radio station in Bangassou."],
   ["Residents said militiamen looted the Bangassou radio station."]],
  [A, A], 1, "same: journalists / residents (both on the ground)")
C([["Israeli officials said the drone that hit Eilat was launched from Iraq."],
   ["Lebanese security sources said the drone that struck Eilat had been launched from Iraq."]],
  [A, A], 2, "nonamed: Israeli officials vs Lebanese security sources")
C([["US officials said an Iranian drone struck the tanker in the Gulf of Oman."],
   ["American officials said the tanker was hit by an Iranian drone in the Gulf of Oman."]],
  [A, A], 1, "same: US / American officials")
C([["Iranian officials said the tanker was seized for smuggling fuel."],
   ["Officials in Tehran said the tanker had been seized for fuel smuggling."]],
  [A, A], 1, "same: Iranian officials / officials in Tehran")
C([["Russian officials said an ammunition depot near Dzhankoi exploded after a Ukrainian strike."],
   ["Ukrainian officials said their forces struck an ammunition depot near Dzhankoi."]],
  [A, A], 2, "nonamed: Russian vs Ukrainian officials")
C([["Local sources said regime helicopters dropped barrel bombs on Kafranbel."],
   ["Residents said helicopters dropped barrel bombs on Kafranbel."]],
  [A, A], 1, "same: 'local sources' are people on the ground (debatable)")
C([["Opposition activists said government forces shelled Douma with rockets."],
   ["A Western diplomat said government forces had shelled Douma."]],
  [A, A], 2, "nonamed: activists vs diplomat")
C([["Rebel sources said the army lost control of the outpost on Mount Hermon."],
   ["Army sources said troops withdrew from the Mount Hermon outpost."]],
  [A, A], 2, "nonamed: rebel vs army sources (opposing sides, no state named)")
C([["RSF sources said the paramilitary captured the Jebel Aulia dam."],
   ["Sudanese army sources said the RSF had captured the Jebel Aulia dam."]],
  [A, A], 2, "nonamed: RSF sources vs Sudanese army sources (opposing sides, same state)")
C([["Yemeni government officials said rebel forces shelled Taiz overnight."],
   ["Houthi officials said their forces struck government positions in Taiz overnight."]],
  [A, A], 2, "nonamed: Yemeni government vs Houthi officials (opposing sides, same state)")
C([["An African Union diplomat said the ceasefire talks in Addis Ababa collapsed."],
   ["Western diplomats said the Addis Ababa ceasefire talks had collapsed."]],
  [A, A], 2, "nonamed: AU diplomat vs Western diplomats (debatable)")
C([["Israeli officials said the tunnel ran under the Rafah crossing."],
   ["An Israeli military source said the tunnel ran beneath the Rafah crossing."]],
  [A, A], 1, "same: Israeli officials / Israeli military source")
C([["Egyptian officials said the aid convoy reached Port Sudan on Monday."],
   ["Two Sudanese officers said the aid convoy arrived in Port Sudan on Monday."],
   ["Sources said the aid convoy reached Port Sudan on Monday."]],
  [A, A, A], 2, "nonamed: stateless 'sources' must not bridge Egyptian and Sudanese")
C([["Egyptian officials said Hamas negotiators arrived in Cairo on Friday."],
   ["Egyptian security sources said a Hamas delegation arrived in Cairo on Friday."],
   ["An Egyptian officer said the Hamas negotiators had arrived in Cairo."]],
  [A, A, A], 1, "same: Egyptian officials / security sources / officer")
C([["Analysts said satellite images show new trenches around Pokrovsk."],
   ["Military experts said satellite images show fresh trenches near Pokrovsk."]],
  [A, A], 1, "same: analysts / experts")
C([["People familiar with the matter said the mayor of Kherson had been detained."],
   ["Residents said the mayor of Kherson was detained."]],
  [A, A], 2, "nonamed: insiders ('people familiar') vs residents (debatable)")
C([["Security sources said 12 soldiers were killed in the ambush near Djibo."],
   ["Medical sources said the bodies of 12 soldiers were brought to Djibo hospital."]],
  [A, A], 2, "nonamed: security vs medical sources")
C([["A nurse at Nasser hospital said 20 bodies arrived after the strike."],
   ["A doctor at Nasser hospital said 20 bodies were brought in after the strike."]],
  [A, A], 1, "same: nurse / doctor at the same hospital")
C([["Aid workers and local officials said floodwaters cut off the camp at Bentiu."]],
  [A], 2, "mixed: aid workers and local officials in one sentence")
C([["Security and medical sources said a car bomb killed seven people in Kismayo."]],
  [A], 2, "mixed: security and medical sources")
C([["Residents and a local official said M23 rebels entered Minova on Tuesday."],
   ["A Western diplomat said M23 rebels had entered Minova on Tuesday."]],
  [A, A], 3, "mixed: residents + local official, plus a diplomat")
C([["Medical and security sources said gunmen killed 11 worshippers at the mosque in Tillaberi."],
   ["Doctors said 11 worshippers were killed at the Tillaberi mosque."]],
  [A, A], 2, "mixed: medical+security, restated medical")
C([["A source close to the family said the French aid worker was detained in Niamey."],
   ["Nigerien officials said the French aid worker had been detained in Niamey."]],
  [A, A], 2, "mixed: 'a source close to the family' vs officials")
C([["Two residents and a doctor said the shelling killed four children in Kostiantynivka."]],
  [A], 2, "mixed: residents and a doctor")
C([["Health officials said 200 cholera cases were recorded in Sanaa last week."],
   ["Officials said 200 cases of cholera were recorded in Sanaa last week."]],
  [A, A], 1, "same: health officials / officials (likely the same)")
C([["A US official said Iran supplied the drones used in the attack on the base in Jordan."],
   ["A Western diplomat said Iran supplied the drones used against the Jordan base."]],
  [A, A], 1, "same: a US official may be the Western diplomat (debatable)")
C([["Villagers said herders killed 12 people in Mangu on Saturday."],
   ["Farmers in the area said herders killed 12 people in Mangu."]],
  [A, A], 1, "same: villagers / farmers")
# ----------------------------------------------------------------- backref, no named origin
C([["A Western diplomat said the junta expelled the French deputy ambassador.",
    "The diplomat added that the deputy ambassador was expelled with 48 hours' notice."],
   ["Burkinabe officials said the French deputy ambassador had been expelled."]],
  [A, A], 2, "backref: the diplomat -> Western diplomat, vs officials")
C([["An Egyptian official said the Rafah crossing would reopen on Sunday.",
    "The official said the crossing would reopen for aid trucks on Sunday."],
   ["Israeli officials said the Rafah crossing would reopen on Sunday."]],
  [A, A], 2, "backref: the official -> Egyptian, vs Israeli officials")
C([["Egyptian security sources said the convoy was attacked near El Arish.",
    "The sources said the convoy was attacked near El Arish by men on motorbikes."],
   ["Israeli officials said a convoy was attacked near El Arish."]],
  [A, A], 2, "backref: the sources -> Egyptian, vs Israeli")
C([["An Ethiopian official said the Tekeze bridge was blown up.",
    "Residents said they heard explosions as the Tekeze bridge was blown up.",
    "The official added that the bridge was blown up by retreating fighters."],
   ["Eritrean officials said the Tekeze bridge was blown up."]],
  [A, A], 3, "backref: 'the official' after residents; Ethiopian, residents, Eritrean")
C([["A Malian military source said jihadists overran the Boulkessi base.",
    "Residents of the area said the Boulkessi base was overrun at dawn.",
    "The source said the base was overrun after a four-hour assault."],
   ["Burkinabe officials said jihadists overran the Boulkessi base."]],
  [A, A], 3, "backref: 'the source' after residents; Malian, residents, Burkinabe")
C([["Western diplomats said the RSF received drones through Chad.",
    "The diplomats said the drones arrived through the airstrip at Amdjarass."],
   ["Sudanese officers said the RSF had received drones through Chad."]],
  [A, A], 2, "backref: the diplomats, vs Sudanese officers")
C([["A Kenyan official said the hostages were freed near Mandera.",
    "The official said the hostages were freed in an overnight raid near Mandera."],
   ["Somali officials said the hostages were freed near Mandera."],
   ["The source said the hostages were freed near Mandera."]],
  [A, A, A], 2, "backref: Kenyan official restated vs Somali; dangling 'the source' adds nothing")
# ----------------------------------------------------------------- beside named origins
C([["Hamas said two hostages were killed in an Israeli air strike."],
   ["A senior Hamas official said two hostages were killed in an Israeli air strike."]],
  [O, A], 1, "own: senior Hamas official beside Hamas")
C([["The Pentagon said a US drone was shot down off Yemen."],
   ["A US official said a US drone was shot down off the coast of Yemen."]],
  [O, A], 1, "own: US official beside the Pentagon")
C([["The army said troops killed 15 militants near Mopti."],
   ["An army source said troops killed 15 militants near Mopti."]],
  [O, A], 1, "own: army source beside the army")
C([["The Israeli military said it struck a building in Jabalia used by militants."],
   ["Palestinian residents said an Israeli strike hit a building in Jabalia."]],
  [O, A], 2, "apart: Palestinian residents beside the Israeli military")
C([["The Israeli military said it struck a weapons depot near Nabatieh."],
   ["An Israeli official said the strike hit a weapons depot near Nabatieh."]],
  [O, A], 1, "own: Israeli official beside the Israeli military")
C([["The Israeli military said it struck a weapons depot outside Tyre."],
   ["Western diplomats said Israel struck a weapons depot outside Tyre."]],
  [O, A], 2, "apart: Western diplomats beside the Israeli military")
C([["The KDF said its troops killed 30 al-Shabaab fighters near Kolbio."],
   ["Somali officials said Kenyan troops killed 30 al-Shabaab fighters near Kolbio."]],
  [O, A], 2, "apart: Somali officials beside KDF (rule 3)")
C([["The KDF said its troops killed 25 al-Shabaab fighters near Hosingow."],
   ["Kenyan officials said troops killed 25 al-Shabaab fighters near Hosingow."]],
  [O, A], 1, "own: Kenyan officials beside KDF")
C([["The RSF said its fighters shot down an army Antonov over Nyala."],
   ["Two Sudanese army officers said the RSF shot down an Antonov over Nyala."]],
  [O, A], 2, "apart: Sudanese army officers beside the RSF (enemies, same state)")
C([["The RSF said it captured the bridge at Wad Madani."],
   ["A Sudanese army officer said the RSF had captured the Wad Madani bridge."]],
  [O, A], 2, "apart: one Sudanese army officer beside the RSF (enemies, same state)")
C([["The Ministry of Health said three workers died in the gas leak at the Ahmadi refinery."],
   ["Kuwaiti officials said three workers died in the Ahmadi refinery gas leak."]],
  [O, A], 1, "own: Kuwaiti officials beside a ministry of unknown state (rule's own example)")
C([["The health ministry in Gaza said 40 wounded people were evacuated through Rafah."],
   ["Egyptian officials said 40 wounded Palestinians crossed at Rafah."]],
  [O, A], 2, "apart: Egyptian officials beside Gaza's health ministry")
C([["Governor Abdulrahman Bello said bandits abducted 50 pupils in Kuriga."],
   ["Residents said bandits abducted about 50 pupils in Kuriga."]],
  [O, A], 2, "apart: residents beside a named governor")
C([["Interior Minister Amina Yusuf said police arrested 40 people in Kano."],
   ["An official said police had arrested 40 people in Kano."]],
  [O, A], 1, "own: a bare official beside the minister (debatable; rule 2 says apart)")
C([["The Nigerian army said troops repelled an attack on Malam Fatori."],
   ["Residents and a local official said troops repelled an attack on Malam Fatori."]],
  [O, A], 2, "mixed: residents and a local official beside the army")
C([["The ICRC said the bridge over the Ruzizi was destroyed by shelling."],
   ["Residents said the Ruzizi bridge was destroyed by shelling, as did the governor of South Kivu."]],
  [O, AO], 3, "apart: residents in a sentence that also cites the governor")
C([["The Pentagon said rebels in Yemen fired two missiles at a US destroyer."],
   ["A diplomat told Reuters that rebels in Yemen fired two missiles at a US destroyer."]],
  [O, AM], 2, "apart: one diplomat told Reuters, beside the Pentagon")
C([["The Ethiopian government said it had closed the border crossing at Metema."],
   ["Officials told the BBC that the Metema border crossing had been closed."]],
  [O, AM], 1, "own: stateless plural officials fold")
C([["The ENDF said its troops retook the town of Kobo."],
   ["Ethiopian officials said government troops retook Kobo."]],
  [O, A], 1, "own: Ethiopian officials beside ENDF")
C([["The ENDF said Eritrean troops had left the town of Shire."],
   ["Eritrean officials said their troops had left Shire."]],
  [O, A], 2, "apart: Eritrean officials beside ENDF")
C([["Hamas said it had received a new ceasefire proposal."],
   ["US officials said Hamas had received a new ceasefire proposal."]],
  [O, A], 2, "apart: US officials beside Hamas")
C([["The Pentagon said two US soldiers were wounded in a rocket attack on Ain al-Asad."],
   ["US officials said two American troops were wounded in a rocket attack on Ain al-Asad."]],
  [O, A], 1, "own: US officials beside the Pentagon")
C([["Qatar's foreign ministry said hostage talks resumed in Doha."],
   ["A Qatari diplomat said hostage talks had resumed in Doha."]],
  [O, A], 1, "own: Qatari diplomat beside Qatar's foreign ministry")
C([["The Syrian Observatory for Human Rights said a Turkish drone struck a car near Qamishli."],
   ["Residents said a drone struck a car near Qamishli."]],
  [MON, A], 2, "apart: residents beside the Observatory")
C([["The White Helmets said 20 people were pulled from the rubble in Sarmada."],
   ["A rescue worker said 20 people were pulled from the rubble in Sarmada."]],
  [O, A], 1, "own: rescue worker is likely a White Helmets volunteer (debatable)")
C([["The Syrian Arab Red Crescent said its convoy reached Rastan."],
   ["A Red Crescent volunteer said the convoy had reached Rastan."]],
  [O, A], 1, "own: Red Crescent volunteer beside SARC")
C([["Kenyan police said gunmen killed six people in Lamu."],
   ["A police officer said gunmen killed six people in Lamu."]],
  [O, A], 1, "own: police officer beside Kenyan police")
C([["The Somali police said al-Shabaab fighters crossed the border near Mandera."],
   ["A Kenyan police officer said al-Shabaab fighters crossed the border near Mandera."]],
  [O, A], 2, "apart: Kenyan police officer beside Somali police")
C([["The Nigerian army said troops freed 30 hostages in Sambisa forest."],
   ["A soldier who asked not to be named said troops freed 30 hostages in Sambisa."]],
  [O, A], 1, "own: a soldier beside the army")
C([["The Nigerian army said troops killed 20 bandits in Zamfara."],
   ["A vigilante commander said troops killed about 20 bandits in Zamfara."]],
  [O, A], 2, "apart: vigilante commander beside the army")
C([["The Sudanese army said it retook the radio station in Omdurman."],
   ["An RSF commander who asked not to be named said the army retook the Omdurman radio station."]],
  [O, A], 2, "apart: RSF commander beside the Sudanese army")
C([["The RSF said it withdrew from the Khartoum refinery."],
   ["An RSF commander who asked not to be named said his fighters withdrew from the Khartoum refinery."]],
  [O, A], 1, "own: RSF commander beside the RSF")
C([["The RSF said its fighters took control of El Fasher airport."],
   ["RSF sources said the paramilitary took El Fasher airport."],
   ["Sudanese army sources said the RSF had taken El Fasher airport."]],
  [O, A, A], 2, "apart: RSF + RSF sources; Sudanese army sources are the enemy")
C([["Hezbollah said it fired rockets at an Israeli base in Meron."],
   ["Lebanese security sources said rockets were fired at the Israeli base in Meron."]],
  [O, A], 2, "apart: Lebanese security sources beside Hezbollah (same state, not the group)")
C([["The Houthis said they shot down a US drone over Marib."],
   ["Yemeni government officials said rebels shot down a US drone over Marib."]],
  [O, A], 2, "apart: Yemeni government officials beside the Houthis (enemies, same state)")
C([["Hamas said an Israeli strike destroyed a school in Nuseirat."],
   ["Palestinian residents said an Israeli strike destroyed a school in Nuseirat."]],
  [O, A], 2, "apart: Palestinian residents beside Hamas")
C([["The Israeli military said a rocket hit a home in Kiryat Shmona."],
   ["Israeli residents said a rocket hit a house in Kiryat Shmona."]],
  [O, A], 2, "apart: Israeli residents beside the Israeli military")
C([["The Kremlin said Russia and Ukraine exchanged 95 prisoners on Friday."],
   ["Ukrainian officials said Ukraine and Russia exchanged 95 prisoners on Friday."]],
  [O, A], 2, "apart: Ukrainian officials beside the Kremlin")
C([["The Russian defence ministry said air defences downed 40 drones over Bryansk."],
   ["A source in Russia's defence ministry said 40 drones were downed over Bryansk."]],
  [O, A], 1, "own: source in the defence ministry")
C([["The SBU said its drones hit the refinery in Ryazan."],
   ["A Ukrainian security source said SBU drones hit the Ryazan refinery."]],
  [O, A], 1, "own: Ukrainian security source beside the SBU")
C([["The SBU said its drones hit the airfield at Engels."],
   ["A Western intelligence official said Ukrainian drones hit the Engels airfield."]],
  [O, A], 2, "apart: Western intelligence official beside the SBU")
C([["The Tatmadaw said its jets struck a rebel camp near Lashio."],
   ["Residents said jets struck a camp near Lashio."],
   ["A local rescue worker said jets struck the camp near Lashio."]],
  [O, A, A], 2, "apart: residents + rescue worker are one ground kind beside the Tatmadaw")
C([["The Tatmadaw said 200 soldiers crossed into Thailand at Mae Sot."],
   ["Thai border officials said 200 Myanmar soldiers crossed at Mae Sot."],
   ["Thai security sources said 200 Myanmar soldiers crossed into Thailand at Mae Sot."]],
  [O, A, A], 2, "apart: Thai officials + Thai sources are one origin beside the Tatmadaw")
C([["The Malian Armed Forces said a drone strike killed eight militants near Tinzaouaten."],
   ["A local official in Tinzaouaten said a drone strike killed eight people."]],
  [O, A], 2, "apart: a local official beside FAMa")
C([["OCHA said Zamzam camp had been cut off from supplies for a month."],
   ["Aid workers said Zamzam camp had been cut off from supplies for a month."]],
  [UN, A], 1, "own: aid workers feed OCHA's reports (debatable)")
C([["The Sudanese army said RSF shelling killed 20 people in Omdurman."],
   ["Doctors at Al-Nao hospital said shelling killed 20 people in Omdurman."]],
  [O, A], 2, "apart: doctors beside the army (medical kind)")
C([["The Pentagon said Iran sent the drones to Russia by ship across the Caspian."],
   ["Officials and diplomats said Iran shipped the drones to Russia across the Caspian."]],
  [O, A], 2, "mixed: officials fold into the Pentagon, diplomats apart")
# ----------------------------------------------------------------- backref beside named
C([["Hamas said the talks in Cairo ended without a deal."],
   ["A senior Hamas official said the Cairo talks ended without agreement.",
    "The official said the talks ended without a deal over the withdrawal map."]],
  [O, A], 1, "backref: the official -> Hamas official, own")
C([["The Pentagon said the carrier left the Red Sea on Thursday."],
   ["A Western diplomat said the US carrier had left the Red Sea.",
    "The diplomat said the carrier left the Red Sea on Thursday."]],
  [O, A], 2, "backref: the diplomat beside the Pentagon")
C([["The ENDF said Eritrean troops withdrew from Irob."],
   ["Eritrean officials said their troops withdrew from Irob.",
    "The officials said the troops withdrew from Irob last week."]],
  [O, A], 2, "backref: the officials -> Eritrean, beside ENDF")
C([["The KDF said al-Shabaab fighters attacked its base at Manda Bay."],
   ["A Kenyan army officer said al-Shabaab fighters attacked the Manda Bay base.",
    "The officer said fighters attacked the base at Manda Bay before dawn."]],
  [O, A], 1, "backref: the officer -> Kenyan officer, own to KDF")
C([["The KDF said its troops killed 12 fighters near Badhadhe."],
   ["A Somali intelligence source said Kenyan troops killed 12 fighters near Badhadhe.",
    "The source said the 12 fighters were killed near Badhadhe in an air strike."]],
  [O, A], 2, "backref: the source -> Somali intelligence source, apart")
C([["The Israeli military said a tunnel collapsed in Khan Younis."],
   ["An Israeli security source said the tunnel in Khan Younis collapsed.",
    "Palestinian residents said a tunnel collapsed in Khan Younis.",
    "The source added that the Khan Younis tunnel collapsed during an operation."]],
  [O, A], 2, "backref: 'the source' after residents; IDF+source, residents")
C([["The governor of North Darfur said the RSF shelled the Saudi hospital in El Fasher."],
   ["Officials said the RSF shelled the Saudi hospital in El Fasher."]],
  [O, A], 1, "own: stateless officials fold beside the governor")
