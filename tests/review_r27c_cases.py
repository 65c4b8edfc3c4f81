"""Invented claims probing round 27's rule: a state's intelligence assessment reported by the press is an origin of its own (describe).

Probes: the intelligence origin beside other states, sides, the UN and monitors (apart is right) and beside its own
state's ministries, army, officials and leaders (one government line); named intelligence agencies, registered and
not, and the service as its own speaker; 'intelligence' as an ordinary word or as the claim's topic or actor inside
an unnamed source's sentence; one assessment relayed by two outlets; two states' assessments; bloc descriptions
beside member and non-member states; intelligence only inside a quotation."""

A, AM, O, M, UN, MON = ["anonymous_source"], ["anonymous_source", "media_report"], ["on_record"], ["media_report"], ["un_figure"], ["named_monitor"]
OM, AP, OP = ["on_record", "media_report"], ["anonymous_source", "pro_regime_outlet"], ["on_record", "pro_regime_outlet"]
CASES = []


def C(articles, labels, origins, note):
    CASES.append({"articles": articles, "labels": labels, "origins": origins, "note": note})


# ================================================================ apart: same state (one government line)
C([["Colombia's defence minister said ELN fighters crossed from Venezuela."],
   ["Colombian military intelligence has concluded that ELN fighters crossed from Venezuela, according to reports in the weekly Enfoque."]],
  [O, OM], 1, "apart: a state's intelligence beside its minister -- the ministry commands it, one line")
C([["Colombia's defence minister, citing military intelligence, said ELN fighters had crossed from Venezuela into Arauca."],
   ["Colombian military intelligence has concluded that ELN fighters crossed into Arauca from Venezuela, according to the Bogotá weekly Enfoque."]],
  [O, OM], 1, "apart: the minister explicitly cites that intelligence")
C([["Officials in Bogotá said ELN fighters had crossed from Venezuela into Arauca.",
    "The officials said the fighters used river crossings near Saravena."],
   ["Colombian military intelligence has concluded that ELN fighters crossed into Arauca from Venezuela, according to Enfoque."]],
  [A, OM], 1, "apart: same state's officials described by their capital")
C([["The Pentagon said Russian forces had fired a new intermediate-range missile at Dnipro."],
   ["American intelligence officials, quoted by The Washington Post, said Russia had fired a new intermediate-range missile at Dnipro."]],
  [O, AM], 1, "apart: Pentagon + American intelligence officials, one state")
C([["US officials said Russia had fired a new intermediate-range missile at Dnipro."],
   ["American intelligence officials, quoted by newspapers in Washington, said Russia fired a new intermediate-range missile at Dnipro."]],
  [A, AM], 1, "apart: US officials + American intelligence officials")
C([["An Israeli military spokesman said Hezbollah had moved long-range rockets north of the Litani."],
   ["Israeli military intelligence has assessed that Hezbollah moved long-range rockets north of the Litani, Channel 12 reported."]],
  [O, OM], 1, "apart: army spokesman + its own military intelligence")
C([["An Israeli security official said Hezbollah had moved long-range rockets north of the Litani."],
   ["Israeli military intelligence assessments, reported by Kan, said Hezbollah had moved long-range rockets north of the Litani."]],
  [A, OM], 1, "apart: unnamed Israeli security official + Israeli intelligence")
C([["Sudan's foreign ministry said the RSF had received Chinese-made drones through Chad."],
   ["Sudanese military intelligence has concluded that the RSF received Chinese-made drones through Chad, according to the Khartoum daily Al-Sudani."]],
  [O, OM], 1, "apart: foreign ministry + its state's military intelligence")
C([["The Kenya Defence Forces said al-Shabaab fighters had massed near Kolbiyow before the attack."],
   ["Kenyan military intelligence officers, quoted by the Daily Nation, said al-Shabaab fighters had massed near Kolbiyow."]],
  [O, AM], 1, "apart: registered army + its intelligence officers")
C([["Pakistan's army said the militants who attacked the Bannu cantonment had crossed from Afghanistan."],
   ["Pakistani intelligence officials, speaking to the newspaper Dawn, said the Bannu attackers had crossed from Afghanistan."]],
  [O, AM], 1, "apart: army + intelligence officials of one state")
C([["South Korea's Joint Chiefs of Staff said North Korea had fired two short-range ballistic missiles toward the East Sea."],
   ["South Korean military intelligence assessed that the North had fired two short-range ballistic missiles, Yonhap reported."]],
  [O, OM], 1, "apart: JCS + South Korean military intelligence")
C([["Iraq's interior ministry said the drones that hit the Khor Mor gas field were launched from Tuz Khurmatu."],
   ["A senior Iraqi intelligence officer told Rudaw the drones that hit Khor Mor were launched from Tuz Khurmatu."]],
  [O, AM], 1, "apart: interior ministry + Iraqi intelligence officer")
C([["Russia's defence ministry said Ukrainian saboteurs had crossed into the Bryansk region near Klimovo."],
   ["Russian military intelligence has concluded that Ukrainian saboteurs crossed into Bryansk near Klimovo, TASS reported."]],
  [O, OP], 1, "apart: registered ministry + own intelligence via state media")
C([["Turkish security sources told Anadolu Agency that a senior PKK commander had been killed in a drone strike in Qamishli."],
   ["Turkish intelligence sources told Daily Sabah that a senior PKK commander was killed in a drone strike in Qamishli."]],
  [AM, AM], 1, "apart: Turkish security sources + Turkish intelligence sources")

# ================================================================ apart: other states, sides, UN, monitors (2)
C([["Venezuela's defence ministry said ELN fighters had crossed from Venezuelan territory into Arauca."],
   ["Colombian military intelligence has concluded that ELN fighters crossed into Arauca from Venezuela, according to the Bogotá weekly Enfoque."]],
  [O, OM], 2, "apart: another state's ministry")
C([["An ELN commander who gave his name only as Ramiro told the magazine Semana his fighters had crossed into Arauca from Venezuela."],
   ["Colombian military intelligence has concluded that ELN fighters crossed into Arauca from Venezuela, according to Enfoque."]],
  [AM, OM], 2, "apart: the armed group's own commander")
C([["Colombia's defence minister said ELN fighters crossed from Venezuela into Arauca."],
   ["American intelligence officials, quoted by newspapers in Washington, said ELN fighters had crossed from Venezuela into Arauca."]],
  [O, AM], 2, "apart: another state's intelligence beside a minister")
C([["Ukraine's air force said Russia had fired a new intermediate-range missile at Dnipro."],
   ["American intelligence officials, quoted by The New York Times, said Russia had fired a new intermediate-range missile at Dnipro."]],
  [O, AM], 2, "apart: Ukraine's air force + US intelligence")
C([["UNIFIL said it had observed Hezbollah moving rocket launchers north of the Litani."],
   ["Israeli military intelligence has assessed that Hezbollah moved rocket launchers north of the Litani, Channel 12 reported."]],
  [UN, OM], 2, "apart: UN peacekeepers + Israeli intelligence")
C([["ACLED said al-Shabaab fighters had massed near Kolbiyow before the attack."],
   ["Kenyan military intelligence officers, quoted by the Daily Nation, said al-Shabaab fighters had massed near Kolbiyow."]],
  [MON, AM], 2, "apart: monitor + state intelligence")
C([["A UN monitoring team said in a report that the Bannu attackers had crossed from Afghanistan."],
   ["Pakistani intelligence officials, speaking to the newspaper Dawn, said the Bannu attackers had crossed from Afghanistan."]],
  [UN, AM], 2, "apart: UN team + Pakistani intelligence")
C([["South Korea's Joint Chiefs of Staff said North Korea had fired two short-range ballistic missiles toward the East Sea."],
   ["Japanese defence intelligence assessments, reported by NHK, said North Korea had fired two short-range ballistic missiles."]],
  [O, OM], 2, "apart: South Korea's JCS + Japanese intelligence")
C([["Mali's army said it had killed a senior JNIM commander near Boulkessi."],
   ["French military intelligence has concluded that a senior JNIM commander was killed near Boulkessi, Le Monde reported."]],
  [O, OM], 2, "apart: Mali's army + French intelligence")
C([["DeepState said Russian forces had entered the centre of Toretsk."],
   ["British military intelligence has assessed that Russian forces entered the centre of Toretsk, The Telegraph reported."]],
  [MON, OM], 2, "apart: monitor + British intelligence")
C([["Polish military intelligence has concluded that a Belarusian helicopter crossed into Polish airspace near Bialowieza, according to the daily Rzeczpospolita."]],
  [OM], 1, "apart: the intelligence assessment alone, outlet is its channel")
C([["Haaretz reported that Hamas had rebuilt tunnels under the Philadelphi corridor."],
   ["Israeli military intelligence has concluded that Hamas rebuilt tunnels under the Philadelphi corridor, Haaretz reported."]],
  [M, OM], 1, "apart: the same outlet's bare report rests on the assessment it relays")

# ================================================================ twice: one assessment, two outlets
C([["Israeli military intelligence has assessed that Hezbollah moved long-range rockets north of the Litani, Channel 12 reported."],
   ["Israeli military intelligence believes Hezbollah moved long-range rockets north of the Litani, according to Haaretz."]],
  [OM, OM], 1, "twice: same wording, two outlets")
C([["Colombian military intelligence has concluded that ELN fighters crossed from Venezuela, according to Enfoque."],
   ["Colombian intelligence assessments cited by the daily El Tiempo said ELN fighters had crossed from Venezuela."]],
  [OM, OM], 1, "twice: reworded (military intelligence / intelligence assessments)")
C([["American intelligence officials, quoted by The New York Times, said Iran had supplied the Houthis with a new anti-ship missile."],
   ["U.S. intelligence officials told The Washington Post that Iran had supplied the Houthis with a new anti-ship missile."]],
  [AM, AM], 1, "twice: American / U.S. intelligence officials")
C([["Western intelligence assessments described in German media said Russia had moved Iskander launchers to Belarus."],
   ["Western intelligence officials, quoted by the Financial Times, said Russia had moved Iskander launchers to Belarus."]],
  [AM, AM], 1, "twice: Western assessments / Western officials")
C([["Britain's Defence Intelligence said in its daily update that Russia had lost 40 tanks near Avdiivka in a week."],
   ["British military intelligence assessments, cited by The Guardian, said Russia had lost 40 tanks near Avdiivka in a week."]],
  [O, OM], 1, "twice: the named daily update and the press's retelling of it")
C([["Turkish intelligence sources told Anadolu Agency that a senior PKK commander had been killed in a drone strike in Qamishli."],
   ["Turkish intelligence sources told Daily Sabah a senior PKK commander was killed in a drone strike in Qamishli."]],
  [AM, AM], 1, "twice: Turkish intelligence sources via two outlets")
C([["Kenyan intelligence officials, quoted by the Daily Nation, said al-Shabaab had moved fighters to Lamu.",
    "The officials said the fighters crossed near Kiunga."],
   ["Kenyan intelligence has concluded that al-Shabaab moved fighters to Lamu, The Standard reported."]],
  [AM, OM], 1, "twice: a back-reference article + another outlet")

# ================================================================ two: two states' assessments
C([["American intelligence officials, quoted by The New York Times, said Iran had supplied the Houthis with a new anti-ship missile."],
   ["British military intelligence has concluded that Iran supplied the Houthis with a new anti-ship missile, The Times reported."]],
  [AM, OM], 2, "two: US + British")
C([["French military intelligence has concluded that Wagner fighters left Bamako airport, Le Monde reported."],
   ["German intelligence assessments, cited by Der Spiegel, said Wagner fighters had left Bamako airport."]],
  [OM, OM], 2, "two: French + German")
C([["Saudi intelligence officials told Asharq Al-Awsat that the Houthis had moved drones to Hodeidah."],
   ["Emirati intelligence assessments, reported by The National, said the Houthis had moved drones to Hodeidah."]],
  [AM, OM], 2, "two: Saudi + Emirati")
C([["Ukrainian military intelligence has concluded that North Korean troops had reached Kursk, according to Ukrainska Pravda."],
   ["South Korean intelligence officials, quoted by Yonhap, said North Korean troops had reached Kursk."]],
  [OM, AM], 2, "two: Ukrainian + South Korean")
# ================================================================ agency: the intelligence agency is named
C([["The GUR said Russian forces had moved Shahed drones to a base near Kursk."],
   ["Kyiv's military intelligence agency has concluded that Russia moved Shahed drones to a base near Kursk."]],
  [O, O], 1, "agency: GUR + Kyiv's military intelligence agency")
C([["The GUR said Russian forces had moved Shahed drones to a base near Kursk."],
   ["A Western intelligence official said Russia had moved Shahed drones to a base near Kursk."]],
  [O, A], 2, "agency: GUR + a Western intelligence official")
C([["The GUR said Russian forces had moved Shahed drones to a base near Kursk."],
   ["American intelligence officials, quoted by CNN, said Russia had moved Shahed drones to a base near Kursk."]],
  [O, AM], 2, "agency: GUR + American intelligence officials")
C([["Ukraine's Main Intelligence Directorate said Russia had moved Shahed drones to a base near Kursk."],
   ["Ukrainian military intelligence has concluded that Russia moved Shahed drones near Kursk, according to Ukrainska Pravda."]],
  [O, OM], 1, "agency: the directorate by its long name + Ukrainian military intelligence")
C([["Ukraine's military intelligence chief, Lt. Gen. Oleh Marchenko, said Russia had moved Shahed drones to a base near Kursk."],
   ["Ukrainian military intelligence has concluded that Russia moved Shahed drones near Kursk, according to Ukrainska Pravda."]],
  [O, OM], 1, "agency: its named chief + the service")
C([["The SBU said Russian saboteurs had planted explosives on the railway near Kovel."],
   ["Ukrainian intelligence officials, quoted by Ukrainska Pravda, said Russian saboteurs had planted explosives on the railway near Kovel."]],
  [O, AM], 1, "agency: SBU + Ukrainian intelligence officials")
C([["The SBU said Russian saboteurs had planted explosives on the railway near Kovel."],
   ["Western intelligence assessments described in German media said Russian saboteurs had planted explosives on the railway near Kovel."]],
  [O, AM], 2, "agency: SBU + Western assessments")
C([["The FSB said Ukrainian saboteurs had crossed into the Bryansk region near Klimovo."],
   ["Russian military intelligence has concluded that Ukrainian saboteurs crossed into Bryansk near Klimovo, according to Izvestia."]],
  [O, OM], 1, "agency: FSB + Russian military intelligence, one state")
C([["Shin Bet said Hamas had smuggled weapons into the West Bank from Jordan."],
   ["Israeli intelligence assessments reported by Kan said Hamas had smuggled weapons into the West Bank from Jordan."]],
  [O, OM], 1, "agency: Shin Bet + Israeli intelligence assessments")
C([["Turkey's National Intelligence Organization said its drone strike in Qamishli had killed a senior PKK commander."],
   ["Turkish intelligence sources told Anadolu Agency that a senior PKK commander had been killed in Qamishli."]],
  [O, AM], 1, "agency: MIT + Turkish intelligence sources")
C([["Turkey's National Intelligence Organization said its drone strike in Qamishli had killed a senior PKK commander."],
   ["Syrian intelligence officials, quoted by Al-Watan, said a senior PKK commander had been killed in a Turkish strike in Qamishli."]],
  [O, AP], 2, "agency: MIT + Syrian intelligence")
C([["Pakistan's Inter-Services Intelligence said the militants had crossed from Afghanistan before the Bannu attack."],
   ["Pakistani intelligence officials, quoted by Dawn, said the Bannu attackers had crossed from Afghanistan."]],
  [O, AM], 1, "agency: unregistered ISI + Pakistani intelligence officials")
C([["CIA Director Jonathan Reese said Russia had supplied Iran with Su-35 fighter jets."],
   ["American intelligence officials, quoted by The New York Times, said Russia had supplied Iran with Su-35 fighter jets."]],
  [O, AM], 1, "agency: the CIA's director + American intelligence officials")
C([["Mossad said in a rare statement that Iran had plotted attacks on Israeli embassies in Europe."],
   ["Israeli intelligence officials, quoted by Ynet, said Iran had plotted attacks on Israeli embassies in Europe."]],
  [O, AM], 1, "agency: unregistered Mossad + Israeli intelligence officials")
C([["Egypt's General Intelligence Service said Hamas had accepted the truce proposal."],
   ["Egyptian intelligence officials, quoted by Al-Qahera News, said Hamas had accepted the truce proposal."]],
  [O, AM], 1, "agency: Egypt's GIS + Egyptian intelligence officials")
C([["Colombian military intelligence said in a statement that ELN fighters had crossed from Venezuela."],
   ["Colombia's defence minister said ELN fighters crossed from Venezuela."]],
  [O, O], 1, "agency: the service as its own speaker beside its minister")

# ================================================================ word: intelligence as an ordinary word, topic or actor
C([["Militants had tunnelled under the perimeter wall for weeks, a senior police source said, in what local papers called a Pakistani intelligence failure."],
   ["Pakistan's interior ministry said the militants had tunnelled under the perimeter wall for weeks."]],
  [A, O], 1, "word: 'a Pakistani intelligence failure' beside a police source")
C([["RSF fighters detained three Sudanese intelligence officers in Nyala, local sources said."],
   ["Residents of Nyala said RSF fighters had detained three intelligence officers."]],
  [A, A], 1, "word: intelligence officers are the claim's topic, sources on the ground")
C([["A Kenyan military source said the raid on the al-Shabaab camp near Badhadhe was planned using US intelligence."],
   ["The Kenya Defence Forces said the raid on the camp near Badhadhe had been planned using US intelligence."]],
  [A, O], 1, "word: US intelligence as the raid's basis, the source is Kenyan military")
C([["Iranian intelligence agents plotted to kill a dissident journalist in London, a British security source said."],
   ["British counter-terrorism police said Iranian intelligence agents had plotted to kill a dissident journalist in London."]],
  [A, O], 1, "word: the accused intelligence service is the claim's actor")
C([["Hamas intelligence officers executed three alleged collaborators in Khan Younis, residents said."],
   ["Gaza residents told AFP that Hamas gunmen had executed three alleged collaborators in Khan Younis."]],
  [A, AM], 1, "word: Hamas intelligence as actor, residents the source")
C([["Protesters stormed the Sudanese intelligence headquarters in Kassala, witnesses said."],
   ["Residents said protesters had stormed the intelligence headquarters in Kassala."]],
  [A, A], 1, "word: the intelligence building as topic")
C([["Chinese coast guard ships shadowed the resupply mission for six hours, a Philippine navy source said, crediting American intelligence-sharing."],
   ["The Philippine coast guard said Chinese ships had shadowed the resupply mission for six hours."]],
  [A, O], 1, "word: 'American intelligence-sharing' is no source")
C([["Houthi forces captured a man working for Saudi intelligence near Marib, Houthi officials said."],
   ["A Houthi military spokesman said its forces had captured a Saudi intelligence agent near Marib."]],
  [A, O], 1, "word: Saudi intelligence as the captive's employer")
C([["Russian military intelligence officers organised the arson attacks on Warsaw warehouses, a Polish security official said."],
   ["Poland's interior ministry said Russian military intelligence had organised the arson attacks on Warsaw warehouses."]],
  [A, O], 1, "word: the accused intelligence service beside the accuser's state")
C([["A source close to Hezbollah's intelligence unit said the group had captured an Israeli drone near Tyre."],
   ["Hezbollah said it had captured an Israeli drone near Tyre."]],
  [A, O], 1, "word: a group's intelligence unit, not a state's")
C([["A Hamas intelligence officer told AFP that fighters had found an Israeli tracking device in Rafah."],
   ["Hamas said its fighters had found an Israeli tracking device in Rafah."]],
  [AM, O], 1, "word: Hamas's own intelligence officer beside Hamas")
C([["A senior IRGC intelligence officer told Tasnim that Israeli agents had been arrested in Kermanshah."],
   ["The IRGC said Israeli agents had been arrested in Kermanshah."]],
  [AP, O], 1, "word: the IRGC's own intelligence officer")
C([["The group's intelligence chief, Abu Yusuf al-Shami, said its fighters had captured two Russian officers near Saraqeb."],
   ["Hayat Tahrir al-Sham said its fighters had captured two Russian officers near Saraqeb."]],
  [O, O], 1, "word: the group's intelligence chief, a named speaker")
C([["Ethiopia's intelligence chief, Tesfaye Gebru, said TPLF fighters had regrouped near Alamata."],
   ["Ethiopia's government spokesman said TPLF fighters had regrouped near Alamata."]],
  [O, O], 1, "word: a state's named intelligence chief beside its government")
C([["Iran's intelligence ministry said it had arrested 12 people spying for Israel in Kermanshah."],
   ["Iranian officials told IRNA that 12 people spying for Israel had been arrested in Kermanshah."]],
  [O, AP], 1, "word: Iran's intelligence ministry as named speaker + Iranian officials")
C([["The Syrian Observatory for Human Rights said, according to intelligence gathered by its network, that Iranian militias had moved into Albu Kamal."],
   ["Israeli military intelligence has concluded that Iranian militias moved into Albu Kamal, Kan reported."]],
  [MON, OM], 2, "word: intelligence gathered by the monitor + a state's assessment")
C([["Belarus's defence ministry denied British intelligence claims that Iskander launchers had been moved into Belarus."],
   ["British military intelligence officials, quoted by The Times, said Russia had moved Iskander launchers into Belarus."]],
  [O, AM], 1, "word: intelligence only as the topic of a denial")

# ================================================================ bloc
C([["A Western diplomat said Russia had moved Iskander launchers into Belarus."],
   ["Russia's defence ministry said it had moved Iskander launchers into Belarus."]],
  [A, O], 2, "bloc: Western diplomat + Russia")
C([["A Western diplomat said Russia had moved Iskander launchers into Belarus."],
   ["The State Department said Russia had moved Iskander launchers into Belarus."]],
  [A, O], 1, "bloc: a Western diplomat may be American")
C([["European officials said Iran had supplied Russia with Fath-360 missiles."],
   ["France's foreign ministry said Iran had supplied Russia with Fath-360 missiles."]],
  [A, O], 1, "bloc: European officials + France")
C([["Western intelligence assessments described in German media said Russia had moved Iskander launchers to Belarus."],
   ["Germany's defence minister said Russia had moved Iskander launchers to Belarus."]],
  [AM, O], 1, "bloc: Western assessments in German media + Germany's minister")
C([["Arab intelligence officials told Asharq Al-Awsat that Hamas had moved hostages to tunnels in Rafah."],
   ["Egyptian officials said Hamas had moved hostages to tunnels in Rafah."]],
  [AM, A], 1, "bloc: Arab intelligence officials + Egyptian officials")
C([["Gulf intelligence sources told Al-Arabiya that the Houthis had received Iranian drones through Oman."],
   ["Saudi Arabia's defence ministry said the Houthis had received Iranian drones through Oman."]],
  [AM, O], 1, "bloc: Gulf intelligence sources + Saudi ministry")
C([["NATO intelligence assessments, reported by Der Spiegel, said Russia had moved Iskander launchers to Kaliningrad."],
   ["The Kremlin said Russia had moved Iskander launchers to Kaliningrad."]],
  [OM, O], 2, "bloc: NATO assessments + the Kremlin")
C([["NATO intelligence assessments, reported by Der Spiegel, said Russia had moved Iskander launchers to Kaliningrad."],
   ["Lithuania's defence ministry said Russia had moved Iskander launchers to Kaliningrad."]],
  [OM, O], 1, "bloc: NATO assessments + a member's ministry")
C([["A Western intelligence official said Russia had moved Shahed drones to a base near Kursk."],
   ["The Armed Forces of Ukraine said Russia had moved Shahed drones to a base near Kursk."]],
  [A, O], 2, "bloc: Western intelligence + Ukraine's army")
C([["European intelligence officials said Russia had moved Iskander launchers to Kaliningrad."],
   ["NATO intelligence assessments, reported by Der Spiegel, said Russia had moved Iskander launchers to Kaliningrad."]],
  [A, OM], 1, "bloc: European + NATO, overlapping blocs")
C([["A Western diplomat said Wagner fighters had left the base at Tessalit."],
   ["A Western intelligence official said Wagner fighters had left the base at Tessalit."]],
  [A, A], 1, "bloc: two unnamed Westerners, no independence shown")
C([["Western officials said Russia had moved Iskander launchers into Belarus."],
   ["American intelligence officials, quoted by CNN, said Russia had moved Iskander launchers into Belarus."]],
  [A, AM], 1, "bloc: Western officials + American intelligence")

# ================================================================ quote
C([["\"Turkish intelligence confirmed that the strike in Qamishli killed the PKK commander,\" a Syrian National Army commander, who asked not to be named, told Enab Baladi."],
   ["Turkey's National Intelligence Organization said its strike in Qamishli had killed the PKK commander."]],
  [AM, O], 1, "quote: the speaker relays Turkish intelligence, i.e. MIT")
C([["The STC spokesman said STC forces had taken the port of Aden, adding: \"Saudi intelligence will not decide who governs Aden.\""],
   ["Aden residents said STC forces had taken the port."]],
  [O, A], 2, "quote: intelligence only as the quoted topic")
C([["“Jordanian intelligence confirmed the drone came from Iraq,” a Jordanian security official said."],
   ["Jordan's army said the drone that hit the base had come from Iraq."]],
  [A, O], 1, "quote: curly quotes, same state")
C([["'Israeli military intelligence tracked the convoy from Homs,' an Israeli security official told the Guardian."],
   ["The Israeli military said it had tracked the convoy from Homs before striking it."]],
  [AM, O], 1, "quote: single quotes, same state")
C([["A Ukrainian commander said the attack had been \"confirmed by American intelligence\" and that 40 Russian soldiers were killed."],
   ["The Armed Forces of Ukraine said 40 Russian soldiers had been killed in the attack."]],
  [A, O], 1, "quote: partial quote, same state")
C([["\"The convoy came from Homs,\" Israeli military intelligence concluded, according to Kan."],
   ["The Israeli military said the convoy had come from Homs."]],
  [OM, O], 1, "quote: intelligence outside the quote, same state")
