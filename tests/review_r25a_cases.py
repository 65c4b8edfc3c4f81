"""Invented on_record sentences probing the cited-source change in MentionFinder.find.

expected: (span, registry source name or None); ok_spans: other acceptable spans (same source);
alts: other acceptable (span, source) pairs; cat: change | old_right | hard."""

RSF, HOU, HAM, HEZ = "Rapid Support Forces", "Houthis", "Hamas", "Hezbollah"
ICRC, IDF, KRE, WAG = "International Committee of the Red Cross", "Israel Defense Forces", "Kremlin", "Wagner Group"
HRW, AMN, MSF, NRC = "Human Rights Watch", "Amnesty International", "Médecins Sans Frontières", "Norwegian Refugee Council"
RMOD, PENT, STATE, CENT = "Russian defence ministry", "Pentagon", "State Department", "CENTCOM"
TMOD, SBU, SDF, HTS, IRGC = "Turkish defence ministry", "SBU", "Syrian Democratic Forces", "Hayat Tahrir al-Sham", "IRGC"
ISPR, RDF, KDF, FARDC, UPDF = "ISPR", "Rwanda Defence Force", "Kenya Defence Forces", "FARDC", "UPDF"
ENDF, FAMA, TNI, PLA, AFP_ = "ENDF", "FAMa", "TNI", "Chinese People's Liberation Army", "Armed Forces of the Philippines"
TAT, FSB, SHIN, AFU, GUR, MIT = "Tatmadaw", "FSB", "Shin Bet", "Armed Forces of Ukraine", "GUR", "MIT"
OPCW, ICC, SARC, SAVE, WH, SAMS, OXF = ("OPCW", "International Criminal Court", "Syrian Arab Red Crescent", "Save the Children",
                                        "White Helmets", "Syrian American Medical Society", "Oxfam")

CASES = []


def C(text, span, source=None, note="", ok_spans=(), alts=(), cat="change"):
    CASES.append({"text": text, "expected": None if span is None else (span, source), "note": note,
                  "ok_spans": list(ok_spans), "alts": [list(a) for a in alts], "cat": cat})


# ---------------------------------------------------------------- change should matter (registered actor in content)
C("Sudan's army said RSF fighters shelled a displacement camp near El Fasher on Sunday.", "Sudan's army", None,
  "brief's example")
C("Yemen's government accused the Houthis of diverting aid shipments at the port of Hodeidah.", "Yemen's government")
C("Israeli Prime Minister Benjamin Netanyahu said Hamas had rejected the latest ceasefire proposal.",
  "Israeli Prime Minister Benjamin Netanyahu", None, "content verb 'had rejected' not a cue",
  ok_spans=["Benjamin Netanyahu", "Netanyahu"])
C("Lebanese Prime Minister Najib Mikati said Hezbollah alone could not decide on war and peace.",
  "Lebanese Prime Minister Najib Mikati", ok_spans=["Najib Mikati"])
C("The Sudanese Armed Forces said they had repelled an RSF attack on the city of Omdurman.", "The Sudanese Armed Forces",
  ok_spans=["Sudanese Armed Forces"])
C("Congolese government spokesman Patrick Muyaya said the Rwanda Defence Force had deployed troops inside North Kivu.",
  "Congolese government spokesman Patrick Muyaya", ok_spans=["Patrick Muyaya"])
C("Mali's junta said Wagner mercenaries were not operating in the country, only Russian instructors.", "Mali's junta")
C("Egypt's foreign ministry said Hamas and Israel had agreed to resume indirect talks in Cairo.", "Egypt's foreign ministry")
C("Qatari foreign ministry spokesman Majed al-Ansari said Hamas had received the new proposal.",
  "Qatari foreign ministry spokesman Majed al-Ansari", ok_spans=["Majed al-Ansari"])
C("The Saudi-led coalition said its jets struck Houthi drone facilities near Sanaa.", "The Saudi-led coalition",
  ok_spans=["Saudi-led coalition"])
C("The coalition, which has been fighting the Houthis since 2015, said its warplanes destroyed a missile launcher.",
  "The coalition", None, "relative clause before verb; inverted-said guard", ok_spans=["coalition"])
C("Syria's defence ministry said HTS fighters attacked army positions in southern Idlib.", "Syria's defence ministry")
C("Turkish President Recep Tayyip Erdogan said the SDF was a terrorist organisation that must be eliminated.",
  "Turkish President Recep Tayyip Erdogan", ok_spans=["Recep Tayyip Erdogan", "Erdogan"])
C("Kurdistan Region Prime Minister Masrour Barzani said MIT drones had struck a village near Sulaimaniyah.",
  "Kurdistan Region Prime Minister Masrour Barzani", ok_spans=["Masrour Barzani"])
C("Tigray interim president Getachew Reda said ENDF troops had withdrawn from the town of Shire.",
  "Tigray interim president Getachew Reda", ok_spans=["Getachew Reda"])
C("Philippine coast guard spokesman Jay Tarriela said PLA Navy ships fired water cannon at a supply boat.",
  "Philippine coast guard spokesman Jay Tarriela", ok_spans=["Jay Tarriela"])
C("Taiwan's defence ministry said it had detected 32 aircraft from China's Eastern Theater Command around the island.",
  "Taiwan's defence ministry")
C("Myanmar's National Unity Government said Tatmadaw airstrikes killed 15 villagers in Sagaing region.",
  "Myanmar's National Unity Government")
C("Kenyan police said KDF soldiers had killed ten al-Shabaab militants in Lamu county.", "Kenyan police")
C("Mali's transitional government said FAMa units had retaken the northern town of Kidal.", "Mali's transitional government")
C("Indonesian police said TNI troops clashed with separatist fighters in the highlands of Papua.", "Indonesian police")
C("Russian-installed governor Yevgeny Balitsky said the Ukrainian Armed Forces shelled Enerhodar overnight.",
  "Russian-installed governor Yevgeny Balitsky", ok_spans=["Yevgeny Balitsky"])
C("Iran's foreign minister said the IRGC had seized the tanker for smuggling fuel.", "Iran's foreign minister")
C("Ukrainian President Volodymyr Zelenskiy said the FSB was behind the assassination of a colonel in Kyiv.",
  "Ukrainian President Volodymyr Zelenskiy", ok_spans=["Volodymyr Zelenskiy", "Zelenskiy"])
C("Lebanon's army said Israeli army drones struck a car near the southern city of Tyre.", "Lebanon's army")
C("Israel accused Hamas of using the hospital's basement as a command centre.", "Israel")
C("Russia's foreign ministry said the SBU had staged the attack on the Crimean bridge.", "Russia's foreign ministry")
C("A spokesman for the Somali government said KDF troops would remain in the port city of Kismayo.",
  "A spokesman for the Somali government", ok_spans=["spokesman for the Somali government"])
C("Hungarian Prime Minister Viktor Orban said the ICC warrant against Netanyahu was outrageous and would be ignored.",
  "Hungarian Prime Minister Viktor Orban", ok_spans=["Viktor Orban"])
C("Chad's government said Wagner recruiters had crossed the border from the Central African Republic.",
  "Chad's government")
C("Ethiopia's government said MSF staff had spread misinformation and ordered the group to suspend operations.",
  "Ethiopia's government")
C("Rwandan government spokeswoman Yolande Makolo said FARDC troops were fighting alongside the FDLR militia.",
  "Rwandan government spokeswoman Yolande Makolo", ok_spans=["Yolande Makolo"])
C("Ukraine's ombudsman Dmytro Lubinets said he had asked the ICRC to visit prisoners held in Olenivka.",
  "Ukraine's ombudsman Dmytro Lubinets", ok_spans=["Dmytro Lubinets"])
C("Sudanese officials have accused the RSF of genocide in West Darfur.", "Sudanese officials", None,
  "auxiliary cut from span")
C("Egypt's foreign minister had also warned Hamas against rejecting the deal.", "Egypt's foreign minister", None,
  "'had also warned' cut")
C("Hamas fighters killed three soldiers in an ambush in Jabalia, according to the IDF.", "IDF", IDF,
  "registered speaker after 'according to'")
C("Houthi missiles struck a Greek-owned tanker in the Red Sea, according to US Central Command.", "US Central Command", CENT)
C("RSF fighters looted the main hospital in El Geneina, according to Médecins Sans Frontières.",
  "Médecins Sans Frontières", MSF)
C("“Hamas will be destroyed,” Netanyahu said.", "Netanyahu", None, "registered name only inside quote")
C("“The Houthis must stop attacking shipping,” said Secretary of State Antony Blinken.",
  "Secretary of State Antony Blinken", None, "inverted after quote", ok_spans=["Antony Blinken"])
C("\"There is no role for Wagner in Mali,\" Malian Foreign Minister Abdoulaye Diop told reporters.",
  "Malian Foreign Minister Abdoulaye Diop", None, "straight quotes", ok_spans=["Abdoulaye Diop"])
C("After Israeli military strikes killed 30 people, Hamas said it would suspend negotiations.", "Hamas", HAM,
  "first registered name is in a subordinate clause")
C("Hamas handed the four hostages to the ICRC in Khan Younis, the IDF said.", "IDF", IDF, "speaker at end")
C("The Houthis seized the cargo ship Galaxy Leader in the Red Sea, CENTCOM said.", "CENTCOM", CENT)
C("Wagner fighters executed civilians in the village of Moura, Human Rights Watch said.", "Human Rights Watch", HRW)
C("Iranian Foreign Minister Abbas Araghchi said Hezbollah would decide for itself how to respond.",
  "Iranian Foreign Minister Abbas Araghchi", ok_spans=["Abbas Araghchi"])
C("Polish officials said Wagner mercenaries stationed in Belarus had moved closer to the border.", "Polish officials")
C("The European Union said the IRGC should be listed as a terrorist organisation.", "The European Union",
  ok_spans=["European Union"])
C("Azerbaijan's president Ilham Aliyev accused the Kremlin of meddling in the investigation of the crash.",
  "Azerbaijan's president Ilham Aliyev", ok_spans=["Ilham Aliyev"])
C("US Secretary of Defense Lloyd Austin told reporters the Houthis would face consequences for their attacks.",
  "US Secretary of Defense Lloyd Austin", ok_spans=["Lloyd Austin"])
C("South Africa's government said the SANDF had lost 13 soldiers fighting the M23 near Goma, not FARDC troops.",
  "South Africa's government")
C("Kyiv's mayor Vitali Klitschko said Russian defence ministry claims of hitting only military targets were lies.",
  "Kyiv's mayor Vitali Klitschko", ok_spans=["Vitali Klitschko"])
C("Syrian Foreign Minister Asaad al-Shaibani, 37, said HTS had been dissolved into the new army.",
  "Syrian Foreign Minister Asaad al-Shaibani", None, "age apposition", ok_spans=["Asaad al-Shaibani"])

# ---------------------------------------------------------------- old behaviour right (registered speaker first)
C("The Houthis said they fired ballistic missiles at a US destroyer in the Red Sea.", "Houthis", HOU, cat="old_right")
C("Hezbollah claimed responsibility for a drone attack on an Israeli army base near Nahariya.", "Hezbollah", HEZ,
  cat="old_right")
C("The IDF dismissed the report as Hamas propaganda.", "IDF", IDF, "verb cues lack", cat="old_right")
C("The Pentagon on Tuesday rejected claims that US troops had been wounded in the drone attack.", "Pentagon", PENT,
  cat="old_right")
C("Hamas condemned the killing of its political chief in Tehran as a cowardly act.", "Hamas", HAM, cat="old_right")
C("Wagner Group founder Yevgeny Prigozhin said his fighters had taken full control of Bakhmut.", "Wagner Group", WAG,
  ok_spans=["Wagner Group founder Yevgeny Prigozhin"], cat="old_right")
C("RSF commander Mohamed Hamdan Dagalo said his forces would hand over El Geneina to civilians.", "RSF", RSF,
  ok_spans=["RSF commander Mohamed Hamdan Dagalo"], cat="old_right")
C("Yahya Saree, the Houthi military spokesman, said the group targeted a ship bound for Eilat.", "Houthi", HOU,
  ok_spans=["Yahya Saree", "Yahya Saree, the Houthi military spokesman"], cat="old_right")
C("In a televised address, Hezbollah leader Hassan Nasrallah warned Israel against a wider war.", "Hezbollah", HEZ,
  ok_spans=["Hezbollah leader Hassan Nasrallah"], cat="old_right")
C("The ICRC called on all parties to spare civilians in Khartoum.", "ICRC", ICRC, cat="old_right")
C("Doctors Without Borders said its clinic in Gaza City had been hit twice in a week.", "Doctors Without Borders", MSF,
  cat="old_right")
C("Kremlin spokesman Dmitry Peskov told reporters that talks with Kyiv were not on the agenda.", "Kremlin spokesman", KRE,
  ok_spans=["Kremlin", "Dmitry Peskov", "Kremlin spokesman Dmitry Peskov"], cat="old_right")
C("Russian defence ministry spokesman Igor Konashenkov said air defences shot down 20 Ukrainian drones.",
  "Russian defence ministry", RMOD, ok_spans=["Igor Konashenkov", "Russian defence ministry spokesman Igor Konashenkov"],
  cat="old_right")
C("The SDF said Turkish drones struck a power station in Qamishli.", "SDF", SDF, cat="old_right")
C("HTS leader Abu Mohammed al-Jolani said the group would protect Christians and Alawites in Aleppo.", "HTS", HTS,
  ok_spans=["HTS leader Abu Mohammed al-Jolani"], cat="old_right")
C("The IRGC said it had seized a foreign tanker smuggling fuel in the Gulf.", "IRGC", IRGC, cat="old_right")
C("Pakistan's military, in a statement issued by ISPR, said five soldiers were killed in North Waziristan.", "ISPR", ISPR,
  cat="old_right")
C("The Tatmadaw has denied targeting civilians in the airstrike on the village.", "Tatmadaw", TAT, cat="old_right")
C("Human Rights Watch has documented at least 40 such strikes since October.", "Human Rights Watch", HRW, cat="old_right")
C("Oxfam warned that famine conditions were spreading across Sudan.", "Oxfam", OXF, cat="old_right")
C("Save the Children estimated that 10 children a day were losing limbs in Gaza.", "Save the Children", SAVE,
  cat="old_right")
C("The White Helmets, Syria's civil defence group, said rescuers pulled 12 bodies from the rubble in Idlib.",
  "White Helmets", WH, cat="old_right")
C("Jan Egeland, head of the Norwegian Refugee Council, said the siege had to end.", "Jan Egeland", NRC,
  ok_spans=["Norwegian Refugee Council"], cat="old_right")
C("The OPCW said chlorine was likely used in the attack on Douma.", "OPCW", OPCW, cat="old_right")
C("ICC prosecutor Karim Khan said he was seeking arrest warrants for Hamas and Israeli leaders.", "ICC", ICC,
  ok_spans=["ICC prosecutor Karim Khan"], cat="old_right")
C("US Central Command said its forces destroyed four Houthi drones over the Red Sea.", "US Central Command", CENT,
  cat="old_right")
C("The Shin Bet said it had foiled a Hamas plot to attack a bus in Jerusalem.", "Shin Bet", SHIN, cat="old_right")
C("Ukraine's SBU said it had detained an FSB agent plotting to kill a general.", "Ukraine's SBU", SBU, ok_spans=["SBU"],
  cat="old_right")
C("The GUR claimed its drones had hit an oil refinery in Ryazan.", "GUR", GUR, cat="old_right")
C("Turkey's defence ministry said 12 PKK militants were neutralised in northern Iraq.", "Turkey's defence ministry", TMOD,
  cat="old_right")
C("The KDF said al-Shabaab fighters attacked a base in Lamu county.", "KDF", KDF, cat="old_right")
C("The State Department said it was reviewing reports that the IDF used US weapons in the strike.", "State Department",
  STATE, cat="old_right")
C("The RSF denied its fighters were involved in the killings in Wad Madani.", "RSF", RSF, cat="old_right")
C("Amnesty International said Houthi authorities had detained dozens of aid workers.", "Amnesty International", AMN,
  cat="old_right")
C("Hamas, in a statement, said Israeli forces had stormed the hospital.", "Hamas", HAM, cat="old_right")
C("A Kremlin spokesman said Wagner fighters would be offered contracts with the defence ministry.", "Kremlin spokesman",
  KRE, ok_spans=["A Kremlin spokesman", "Kremlin"], cat="old_right")
C("The ICRC, which has visited detainees on both sides, said it was alarmed by conditions in the camps.", "ICRC", ICRC,
  cat="old_right")
C("Human Rights Watch, in a report released on Thursday, said RSF fighters had committed ethnic cleansing.",
  "Human Rights Watch", HRW, cat="old_right")
C("Hemedti, 49, said the RSF would accept a ceasefire.", "RSF", RSF,
  "speaker is the RSF leader; reader may take RSF or Hemedti", ok_spans=["Hemedti"], alts=[("Hemedti", None)],
  cat="hard")
C("Hamas official Basem Naim, speaking from Istanbul, said the IDF had shelled the convoy.", "Hamas", HAM,
  ok_spans=["Hamas official Basem Naim"], cat="old_right")
C("Brig. Gen. Yahya Saree, the Houthis' military spokesman, said the group shot down a US drone.", "Houthis", HOU,
  "title with periods", ok_spans=["Brig. Gen. Yahya Saree"], cat="old_right")
C("Hamas's armed wing, the Qassam Brigades, said its fighters destroyed an Israeli army tank.", "Hamas", HAM,
  cat="old_right")
C("The attack was claimed by Hezbollah in a statement on Telegram.", "Hezbollah", HEZ, cat="old_right")
C("Hamas: Israeli strike killed 20 people in Rafah", "Hamas", HAM, "headline", cat="old_right")
C("Houthis claim strike on tanker in Gulf of Aden", "Houthis", HOU, "headline", cat="old_right")
C("The Kremlin called the report “a Wagner fabrication” and refused further comment.", "Kremlin", KRE, cat="old_right")
C("\"We have no information about that,\" Peskov told reporters.", "Peskov", KRE, cat="old_right")
C("Hamas dismissed the IDF's claims as lies aimed at justifying the raid.", "Hamas", HAM, "verb cues lack",
  cat="old_right")
C("The IDF rejected Amnesty's report, saying it was based on Hamas figures.", "IDF", IDF, cat="old_right")
C("Hezbollah and Hamas said in a joint statement that the strikes would not go unanswered.", "Hezbollah", HEZ,
  alts=[("Hamas", HAM)], cat="old_right")
C("The Kremlin on Wednesday dismissed Western reports of heavy losses as fiction.", "Kremlin", KRE, cat="old_right")
C("Médecins Sans Frontières suspended its work in Zamzam camp after RSF attacks, the charity said.",
  "Médecins Sans Frontières", MSF, alts=[("the charity", MSF)], cat="old_right")
C("Save the Children urged donors to fund its programmes in Yemen before the lean season.", "Save the Children", SAVE,
  cat="old_right")
C("The Syrian Arab Red Crescent reported 14 dead in the shelling of Aleppo.", "Syrian Arab Red Crescent", SARC,
  cat="old_right")
C("The Israeli military said Hezbollah fired 40 rockets at the Galilee.", "Israeli military", IDF, cat="old_right")
C("The Philippine military said Chinese vessels rammed a resupply boat near Second Thomas Shoal.", "Philippine military",
  AFP_, cat="old_right")
C("FARDC spokesman Sylvain Ekenge said M23 rebels backed by the RDF had attacked Sake.", "FARDC", FARDC,
  ok_spans=["FARDC spokesman Sylvain Ekenge"], cat="old_right")
C("The UPDF said its troops had killed 20 ADF rebels in Ituri.", "UPDF", UPDF, cat="old_right")
C("Wagner posted a video on Telegram showing its fighters in Bakhmut.", "Wagner", WAG, cat="old_right")

# ---------------------------------------------------------------- designed so the change could hurt
C("Troops found a tunnel shaft under the school, said Lt. Col. Peter Lerner, an IDF spokesman.",
  "Lt. Col. Peter Lerner", IDF, "inverted, org in apposition after the name",
  ok_spans=["IDF", "Lt. Col. Peter Lerner, an IDF spokesman"], cat="hard")
C("Russian forces had encircled the town, said Andrei Troshev, a former Wagner commander.", "Andrei Troshev", WAG,
  "inverted; apposition names the org", ok_spans=["Wagner", "Andrei Troshev, a former Wagner commander"],
  alts=[("Andrei Troshev", None)], cat="hard")
C("Three aid workers died when the strike hit their convoy, which was clearly marked, said the Norwegian Refugee Council.",
  "Norwegian Refugee Council", NRC, "inverted after a relative clause that is not the subject's", cat="hard")
C("The shell landed near the clinic, which serves 5,000 people, said MSF.", "MSF", MSF,
  "inverted after an object's relative clause", cat="hard")
C("Two days after Israel announced the operation, Hamas rejected the truce terms.", "Hamas", HAM,
  "speech verb in a leading subordinate clause; main verb uncued", cat="hard")
C("Hours after the US announced new sanctions, the Kremlin dismissed them as illegal.", "Kremlin", KRE, cat="hard")
C("Hamas rejected the proposal on Sunday, a day after Blinken said Israel had accepted it.", "Hamas", HAM,
  alts=[("Blinken", None)], cat="hard")
C("The Kremlin on Thursday ruled out a ceasefire, hours after Zelenskiy said he was ready to talk.", "Kremlin", KRE,
  alts=[("Zelenskiy", None)], cat="hard")
C("The ICRC welcomed the release of 200 detainees, which Yemen's government announced on Sunday.", "ICRC", ICRC,
  cat="hard")
C("The Houthis on Tuesday threatened more attacks after CENTCOM released footage of the strike.", "Houthis", HOU,
  "later registered name with a cue verb", cat="hard")
C("Hamas rejected the Israeli proposal, which the IDF described as final.", "Hamas", HAM,
  alts=[("IDF", IDF)], cat="hard")
C("The IDF rejected the findings, which Amnesty released on Tuesday.", "IDF", IDF, cat="hard")
C("The Kremlin dismissed a report by Human Rights Watch that Russian troops executed prisoners.", "Kremlin", KRE,
  "'report by' before a content name", cat="hard")
C("The Pentagon disputed figures from the Houthis on the number of ships hit.", "Pentagon", PENT, cat="hard")
C("The IDF struck Hezbollah sites in southern Lebanon overnight and said it killed a commander.", "IDF", IDF,
  "speaker's verb >5 words away; content name within 5", cat="hard")
C("The ICRC, the Geneva-based humanitarian organisation that has visited detainees on both sides of the front line, "
  "said Russia's defence ministry had blocked access.", "ICRC", ICRC, "apposition > 80 chars", cat="hard")
C("Hamas, whose leaders are based in Doha, Istanbul, Beirut, Cairo and Tehran, said the IDF had killed 30 people.",
  "Hamas", HAM, "list in relative clause", cat="hard")
C("Hezbollah, the Iran-backed group that controls much of southern Lebanon and whose fighters have clashed with "
  "Israeli forces for months, said its fighters destroyed an Israeli tank.", "Hezbollah", HEZ, cat="hard")
C("The Kremlin dismissed the sanctions the US announced on Monday.", "Kremlin", KRE, ok_spans=["The Kremlin"], cat="hard")
C("Wagner's founder and longtime Putin ally Yevgeny Prigozhin said his men were leaving Bakhmut.", "Wagner", WAG,
  ok_spans=["Wagner's founder and longtime Putin ally Yevgeny Prigozhin", "Yevgeny Prigozhin"], cat="hard")
C("Houthi military spokesman Brig. Gen. Yahya Saree said in a televised statement that two ships were hit.", "Houthi",
  HOU, ok_spans=["Houthi military spokesman Brig. Gen. Yahya Saree"], cat="hard")
C("Hezbollah's deputy secretary-general and longtime political council head Sheikh Naim Qassem said the group was ready.",
  "Hezbollah", HEZ, cat="hard")

# ---------------------------------------------------------------- hard / ambiguous
C("Israel said Hamas had claimed the attack on the checkpoint.", "Israel", None, "content name + speech verb", cat="hard")
C("The Saudi-led coalition said the Houthis had announced a truce but then violated it.", "The Saudi-led coalition", None,
  ok_spans=["Saudi-led coalition"], cat="hard")
C("Israel said it killed a Hamas commander who it said planned the October 7 attack.", "Israel", None, cat="hard")
C("Israel said Hamas put rocket launchers next to the hospital.", "Israel", None, "content verb 'put'", cat="hard")
C("Sudan's government said the RSF released 200 prisoners on Saturday.", "Sudan's government", None,
  "content verb 'released'", cat="hard")
C("Ukraine's military said the Russian defence ministry released a fake video of the strike.", "Ukraine's military", None,
  cat="hard")
C("Egyptian President Abdel Fattah al-Sisi urged Hamas to accept the deal.", "Egyptian President Abdel Fattah al-Sisi",
  None, "verb cues lack, content name", ok_spans=["Abdel Fattah al-Sisi"], cat="hard")
C("Jordan's King Abdullah condemned the IDF's raid on Jenin.", "Jordan's King Abdullah", None, cat="hard")
C("Zelenskiy called the FSB a terrorist organisation.", "Zelenskiy", None, cat="hard")
C("Released detainee Ahmed Salem told the ICRC he had been beaten in custody.", "Released detainee Ahmed Salem", None,
  "'told X': X is the listener", ok_spans=["Ahmed Salem"], cat="hard")
C("Ukraine's human rights commissioner told the ICRC that Russia was blocking visits to prisoners.",
  "Ukraine's human rights commissioner", None, cat="hard")
C("Israeli negotiators told Hamas through Qatari mediators that the offer was final.", "Israeli negotiators", None,
  cat="hard")
C("Maria Zakharova, the foreign ministry spokeswoman, said the SBU organised the blast.", "Maria Zakharova", None,
  "', said the X' after an apposition", cat="hard")
C("Russia's foreign ministry, in a statement, said the SBU had staged the attack.", "Russia's foreign ministry", None,
  cat="hard")
C("In an interview with Hezbollah's Al-Manar TV, Iran's foreign minister said the ceasefire was fragile.",
  "Iran's foreign minister", None, cat="hard")
C("The Gaza health ministry, which is run by Hamas, said 40 people were killed.", "The Gaza health ministry", None,
  "registered name in relative clause; speaker unregistered", ok_spans=["Gaza health ministry"],
  alts=[("The Gaza health ministry", HAM), ("Hamas", HAM)], cat="hard")
C("Relatives of hostages held by Hamas told reporters the government had abandoned them.",
  "Relatives of hostages held by Hamas", None, cat="hard")
C("A Syrian soldier who defected to the SDF told reporters he had been ordered to fire on protesters.",
  "A Syrian soldier who defected to the SDF", None, cat="hard")
C("The RSF was accused by Human Rights Watch of ethnic cleansing in West Darfur.", "Human Rights Watch", HRW, "passive",
  cat="hard")
C("Wagner was described by the State Department as a transnational criminal organisation.", "State Department", STATE,
  "passive", cat="hard")
C("RSF accused of massacre in El Geneina - HRW", "HRW", HRW, "headline with trailing source", cat="hard")
C("Israel said it struck a Hezbollah weapons depot, while Hezbollah said it fired rockets at an army base.", "Israel", None,
  "two speakers", alts=[("Hezbollah", HEZ)], cat="hard")
C("The RSF said it had taken the city, but the Sudanese army said its troops still held the airport.", "RSF", RSF,
  "two speakers, registered first", alts=[("the Sudanese army", None)], cat="hard")
C("Moscow blamed the SBU for the car bomb, while Kyiv denied any involvement.", "Moscow", None,
  alts=[("Kyiv", None)], cat="hard")
C("Israeli officials told the Red Cross that the hostages' bodies would be returned on Thursday.", "Israeli officials",
  None, cat="hard")
C("Houthi leader Abdul-Malik al-Houthi vowed to continue attacks until the war in Gaza ends.", "Houthi", HOU,
  ok_spans=["Houthi leader Abdul-Malik al-Houthi", "Abdul-Malik al-Houthi"], cat="hard")
C("Ukraine's military intelligence chief Kyrylo Budanov said the FSB had recruited the bomber.",
  "Ukraine's military intelligence chief Kyrylo Budanov", None, "GUR chief but not a registered alias",
  ok_spans=["Kyrylo Budanov"], alts=[("Ukraine's military intelligence chief Kyrylo Budanov", GUR)], cat="hard")
C("The IDF, which said it was targeting Hamas militants, struck the school in Nuseirat.", "IDF", IDF, cat="hard")
C("The strike hit a school in Rafah, which Hamas said was sheltering displaced families.", "Hamas", HAM, cat="hard")
C("The strike hit a school in Rafah, which the IDF said was used by Hamas fighters.", "IDF", IDF, cat="hard")
C("Doctors at a hospital run by MSF in Khan Younis said they had treated 50 wounded.",
  "Doctors at a hospital run by MSF in Khan Younis", None, alts=[("MSF", MSF)], cat="hard")
C("Officials in Hamas-run Gaza said 40 people were killed in the strike.", "Officials in Hamas-run Gaza", None,
  alts=[("Hamas", HAM), ("Officials in Hamas-run Gaza", HAM)], cat="hard")
C("Asked about the Kremlin's offer, Zelenskiy said Ukraine would not cede territory.", "Zelenskiy", None, cat="hard")
C("Asked whether Hamas would accept, Qatar's prime minister said talks were at a delicate stage.",
  "Qatar's prime minister", None, cat="hard")
C("Hamas agreed to the truce hours after Qatar said the ICRC would oversee the hostage handover.", "Hamas", HAM,
  alts=[("Qatar", None)], cat="hard")
C("Pro-Kremlin war blogger Yuri Podolyaka said Wagner units had pulled back from Bakhmut.",
  "Pro-Kremlin war blogger Yuri Podolyaka", None, "registered name inside an adjective", ok_spans=["Yuri Podolyaka"],
  cat="hard")
C("A senior Hamas official, Mousa Abu Marzouk, said the movement had not received the text.", "Hamas", HAM,
  ok_spans=["A senior Hamas official", "Mousa Abu Marzouk"], cat="hard")
C("Senior RSF commanders told reporters they would not withdraw from Khartoum.", "Senior RSF commanders", RSF,
  "step 2 example from brief", ok_spans=["RSF"], cat="hard")
C("Former IDF chief of staff Gadi Eisenkot said the war aims could not be met.", "Former IDF chief of staff Gadi Eisenkot",
  None, "former official, not speaking for the IDF", ok_spans=["Gadi Eisenkot"], alts=[("IDF", IDF)], cat="hard")
C("Tehran denied that the IRGC had supplied drones to Russia.", "Tehran", None, cat="hard")
C("Washington warned the Houthis on Friday that further attacks would bring a response.", "Washington", None, cat="hard")
C("Britain's defence secretary said the Red Cross had been denied access to the prisoners.",
  "Britain's defence secretary", None, cat="hard")
C("Hamas official Osama Hamdan said the ICRC had not been allowed to visit the hostages, blaming the IDF.", "Hamas", HAM,
  ok_spans=["Hamas official Osama Hamdan"], cat="old_right")
C("The ICRC said on Monday that Hamas had not allowed it to visit the hostages.", "ICRC", ICRC, cat="old_right")
C("Speaking to reporters in Geneva, the ICRC's regional director said the RSF had blocked convoys.", "ICRC", ICRC,
  ok_spans=["the ICRC's regional director"], cat="old_right")
C("On Tuesday, the Pentagon said Wagner had moved air defence systems into Libya.", "Pentagon", PENT, cat="old_right")
C("But the Kremlin said the Wagner mutiny had been resolved.", "Kremlin", KRE, cat="old_right")
C("Separately, the Syrian Democratic Forces said an HTS drone killed two fighters near Manbij.",
  "Syrian Democratic Forces", SDF, cat="old_right")
C("The United States said Houthi missiles had struck a Greek-owned tanker in the Red Sea.", "The United States", None,
  ok_spans=["United States"])
C("Lebanese army chief Joseph Aoun told the ICRC that his troops would deploy south of the Litani.",
  "Lebanese army chief Joseph Aoun", None, ok_spans=["Joseph Aoun"], cat="hard")
C("The foreign ministry in Kyiv said Wagner had recruited prisoners from Russian jails.", "The foreign ministry in Kyiv",
  None, ok_spans=["foreign ministry in Kyiv"])
C("The RSF's political adviser said Sudan's army had bombed a market in Nyala.", "RSF", RSF,
  ok_spans=["The RSF's political adviser"], cat="old_right")
C("Israeli army spokesman Daniel Hagari said Hamas had used the tunnel to hold hostages.", "Israeli army", IDF,
  ok_spans=["Israeli army spokesman Daniel Hagari"], cat="old_right")
C("Colombian President Gustavo Petro said he would comply with any ICC ruling on Netanyahu.",
  "Colombian President Gustavo Petro", None, ok_spans=["Gustavo Petro"])
C("The Iraqi government condemned the Turkish defence ministry's strikes on Sinjar as a violation of sovereignty.",
  "The Iraqi government", None, "verb cues lack; content name first registered", ok_spans=["Iraqi government"], cat="hard")
C("Niger's junta spokesman Amadou Abdramane said FAMa and Wagner forces had violated its airspace.",
  "Niger's junta spokesman Amadou Abdramane", None, ok_spans=["Amadou Abdramane"])
C("Beijing said the Philippine military had provoked the clash at Second Thomas Shoal.", "Beijing", None)
C("Manila said PLA aircraft had flown dangerously close to a Philippine patrol plane.", "Manila", None)
C("The Houthis, who control Sanaa and much of northern Yemen, said they had downed a US Reaper drone.", "Houthis", HOU,
  cat="old_right")
C("The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, said it would not attend the talks in Jeddah.", "RSF", RSF,
  cat="old_right")

# ---------------------------------------------------------------- second round: probing classes found above
C("Hezbollah fired 30 rockets at Kiryat Shmona in response to the strike, the group said.", "Hezbollah", HEZ,
  "back-reference 'the group' to a registered name", alts=[("the group", HEZ)], cat="old_right")
C("The RSF took full control of the army base in Nyala, the paramilitary said in a statement.", "RSF", RSF,
  alts=[("the paramilitary", RSF)], cat="old_right")
C("Hamas fighters killed five Israeli soldiers in Beit Hanoun, the movement said.", "Hamas", HAM,
  alts=[("the movement", HAM)], cat="old_right")
C("Save the Children has suspended aid deliveries in Darfur after two staff were killed, the charity said.",
  "Save the Children", SAVE, alts=[("the charity", SAVE)], cat="old_right")
C("Houthi drones hit a Liberian-flagged vessel off Hodeidah, said Osama Hamdan, a senior Hamas official.",
  "Osama Hamdan", HAM, "inverted, org in apposition; content names another registered group",
  ok_spans=["Osama Hamdan, a senior Hamas official", "Hamas"], cat="hard")
C("The convoy was hit by drone fire near Kherson, said Pierre Dorbes, the ICRC's head of delegation.",
  "Pierre Dorbes", ICRC, ok_spans=["ICRC", "Pierre Dorbes, the ICRC's head of delegation"], cat="old_right")
C("Fighters crossed into Chad overnight, said Ahmed Kolo, an RSF field commander.", "Ahmed Kolo", RSF,
  ok_spans=["RSF", "Ahmed Kolo, an RSF field commander"], cat="old_right")
C("Three days after Ukraine announced the counteroffensive, the Russian defence ministry rejected its claims of gains.",
  "Russian defence ministry", RMOD, cat="hard")
C("Hamas rejected the plan, hours after the White House said it was final.", "Hamas", HAM,
  alts=[("the White House", None)], cat="hard")
C("The IDF ordered residents to evacuate, a day after Hezbollah said it would widen its attacks.", "IDF", IDF,
  "cue finds the registered name in the subordinate clause", alts=[("Hezbollah", HEZ)], cat="hard")
C("The Israeli military disputed data from the Syrian Arab Red Crescent on civilian casualties.", "Israeli military", IDF,
  cat="hard")
C("The Kremlin rejected a statement by Amnesty International calling the deportations a war crime.", "Kremlin", KRE,
  cat="hard")
C("Hezbollah mourned the commander, whom the IDF said it killed in a strike on Nabatieh.", "Hezbollah", HEZ,
  alts=[("IDF", IDF)], cat="hard")
C("Mohammed Abdulsalam, the Houthis' chief negotiator, 57, said the talks had stalled.", "Houthis", HOU,
  ok_spans=["Mohammed Abdulsalam"], cat="old_right")
C("Kenyan Defence Minister Aden Duale, 50, said KDF troops would leave Somalia by December.",
  "Kenyan Defence Minister Aden Duale", None, "age apposition then registered content",
  ok_spans=["Aden Duale"], cat="change")
C("Ukrainian Foreign Minister Dmytro Kuleba, speaking in Brussels, said Wagner had regrouped in Belarus.",
  "Ukrainian Foreign Minister Dmytro Kuleba", None, "apposition then registered content",
  ok_spans=["Dmytro Kuleba"], cat="change")
C("Burkina Faso's junta, in a statement read on state television, said Wagner was not present in the country.",
  "Burkina Faso's junta", None, cat="change")
C("The Syrian Arab Red Crescent, whose volunteers reached the town on Friday, said HTS had blocked a convoy.",
  "Syrian Arab Red Crescent", SARC, cat="old_right")
