"""Round 45 review (b): back-references. Labels as the taxonomy gives them; ``expect`` is the origin
count a careful fact-checker would give, written before any run. ``kind``: pos (the rule should
apply), neg (a look-alike where it must not), ctl (an older rule near the change, kept as a control)."""

R = ["on_record"]
A = ["anonymous_source"]
U = ["un_figure"]
M = ["named_monitor"]
MR = ["media_report"]
N = []

CASES = [
    # ---------------- A. a speaker named again by his first name ----------------
    {"kind": "pos", "rule": "first name",  # 0
     "articles": [[(R, "Government spokesman Legesse Tulu said 150 aid trucks had entered Tigray through Afar since Monday."),
                   (R, "Legesse said the convoys had crossed at Abala without being stopped."),
                   (U, "The World Food Programme said 150 trucks carrying food had reached Mekelle this week.")]],
     "expect": 2, "why": "Legesse = the government spokesman (Ethiopian style), plus WFP"},
    {"kind": "pos", "rule": "first name",  # 1
     "articles": [[(R, "Eritrea's information minister Yemane Gebremeskel said Eritrean troops had left the border town of Zalambessa."),
                   (R, "Yemane said the withdrawal was completed on Friday."),
                   (R, "Amanuel Assefa, an official of the Tigray Interim Administration, said Eritrean troops had left Zalambessa on Friday.")]],
     "expect": 2, "why": "Yemane = the Eritrean minister; the Tigrayan official is the other side"},
    {"kind": "pos", "rule": "first name",  # 2
     "articles": [[(R, "Prime Minister Abiy Ahmed Ali told parliament that federal troops had retaken Lalibela from Fano fighters."),
                   (R, "Abiy said the town had been cleared of Fano fighters by Sunday."),
                   (R, "The Ethiopian Human Rights Commission said federal troops had entered Lalibela on Sunday.")]],
     "expect": 2, "why": "Abiy = Abiy Ahmed Ali (a three-part Ethiopian name named again by its first part), plus EHRC"},
    {"kind": "neg", "rule": "first name",  # 3
     "articles": [[(R, "Houthi spokesman Mohammed Abdulsalam said U.S. strikes on Ras Isa port killed 12 dock workers."),
                   (R, "Mohammed, a 38-year-old crane operator at the port, said he had helped carry 12 bodies from the docks.")]],
     "expect": 2, "why": "Mohammed the crane operator is not the Houthi spokesman: a witness on the ground"},
    {"kind": "neg", "rule": "first name",  # 4
     "articles": [[(R, "Army spokesman Nabil Abdallah said RSF fighters killed 12 men in the village of Wad al-Nourah."),
                   (N, "Nabil, a 30-year-old teacher from the village, fled to Managil after the attack."),
                   (R, "Nabil said he watched the fighters shoot 12 men outside the mosque.")]],
     "expect": 2, "why": "'Nabil said' is the teacher just introduced, not the army spokesman"},
    {"kind": "neg", "rule": "first name",  # 5
     "articles": [[(R, "Mandera police commander Ali Mohamed said al-Shabaab fighters killed seven quarry workers near the border."),
                   (N, "Fatuma Ali, a nurse at Mandera Referral Hospital, treated the survivors overnight."),
                   (R, "Ali said the seven workers had been shot in the head.")]],
     "expect": 2, "why": "'Ali said' is the nurse Fatuma Ali named by surname, not police commander Ali Mohamed"},
    {"kind": "pos", "rule": "first name",  # 6
     "articles": [[(R, "ENDF spokesman Col. Getnet Adane said troops killed 120 Fano fighters near Debre Markos."),
                   (R, "Getnet said the fighters had attacked an army base on Saturday."),
                   (R, "The Ethiopian Human Rights Commission said at least 120 people were killed in fighting near Debre Markos.")]],
     "expect": 2, "why": "Getnet = the ENDF spokesman; EHRC apart"},
    {"kind": "neg", "rule": "first name",  # 7
     "articles": [[(R, "Somali army commander Ahmed Abdullahi said al-Shabaab fighters killed nine soldiers at the base in El Dher."),
                   (R, "Ahmed, a shopkeeper who lives beside the base, said he counted nine bodies after the attack.")]],
     "expect": 2, "why": "a common first name: the shopkeeper Ahmed is not the army commander"},
    {"kind": "pos", "rule": "first name",  # 8
     "articles": [[(R, "Kindeya Gebrehiwot, spokesman of the Tigray Interim Administration, said drone strikes killed 11 people at a market in Mai Tsebri."),
                   (R, "Kindeya said the strikes hit the market at midday."),
                   (A, "Doctors at the Mai Tsebri health centre said 11 bodies had been brought in.")]],
     "expect": 2, "why": "Kindeya = the administration's spokesman (named before his post); unnamed doctors count apart"},
    {"kind": "neg", "rule": "first name",  # 9
     "articles": [[(R, "Gaza civil defence spokesman Mahmoud Basal said an Israeli strike on a school in Jabalia killed 15 people."),
                   (R, "Mahmoud, a father of three who was sheltering at the school, said 15 people died in the strike.")]],
     "expect": 2, "why": "a second Mahmoud, a survivor at the school, is a witness of his own"},
    {"kind": "neg", "rule": "first name",  # 10
     "articles": [[(R, "Kharkiv regional governor Oleh Syniehubov said a Russian glide bomb killed four people in Kupiansk."),
                   (R, "Oleh, a 62-year-old pensioner whose flat was damaged, said four neighbours died when the bomb hit.")]],
     "expect": 2, "why": "the pensioner Oleh is not the governor"},
    {"kind": "neg", "rule": "first name",  # 11
     "articles": [[(R, "Defence Minister Pedro Sanchez said FARC dissidents killed five soldiers in El Plateado."),
                   (R, "Pedro, 54, a coca grower in El Plateado, said five soldiers were killed when their patrol was ambushed.")]],
     "expect": 2, "why": "a farmer who shares the minister's first name"},
    {"kind": "neg", "rule": "first name",  # 12
     "articles": [[(R, "Houthi spokesman Mohammed Abdulsalam said U.S. strikes on Ras Isa port killed 12 dock workers.")],
                  [(R, "Mohammed, a crane operator at Ras Isa, said he had helped carry 12 bodies from the docks.")]],
     "expect": 2, "why": "across articles, a witness sharing the spokesman's first name"},
    {"kind": "pos", "rule": "first name",  # 13
     "articles": [[(R, "Ethiopia's foreign ministry spokesman Nebiat Getachew said Eritrean troops had massed near Zalambessa."),
                   (R, "Nebiat said the build-up began last week."),
                   (R, "TPLF official Amanuel Assefa said Eritrean troops had massed near Zalambessa.")]],
     "expect": 2, "why": "Nebiat = the ministry spokesman; a TPLF official is the other side"},
    {"kind": "neg", "rule": "first name",  # 14
     "articles": [[(R, "M23 spokesman Lawrence Kanyuka said the group's fighters had taken the airport at Walikale."),
                   (R, "Lawrence, a motorcycle taxi driver in Walikale, said M23 fighters had reached the airport by Tuesday morning.")]],
     "expect": 2, "why": "the taxi driver Lawrence is a witness, not the M23 spokesman"},

    # ---------------- B. "the statement" named again ----------------
    {"kind": "pos", "rule": "statement",  # 15
     "articles": [[(R, "The Nigerian Air Force said its jets killed 40 ISWAP fighters on an island in Lake Chad on Tuesday."),
                   (R, "The fighters were gathering for an attack on Monguno, according to the statement."),
                   (MR, "Zagazola Makama, a counter-insurgency news site, reported that 40 fighters were killed on the island.")]],
     "expect": 2, "why": "the statement is the air force's; the news site apart"},
    {"kind": "pos", "rule": "statement",  # 16
     "articles": [[(R, "Army spokesman Brig. Gen. Nabil Abdallah said in a statement that RSF drones struck the Port Sudan fuel depot on Sunday."),
                   (R, "The depot was set ablaze, the statement said."),
                   (R, "The Sudan Doctors Network said two port workers were killed when drones struck the fuel depot.")]],
     "expect": 2, "why": "the statement is the army spokesman's"},
    {"kind": "neg", "rule": "statement",  # 17
     "articles": [[(R, "Government spokesman Legesse Tulu said a convoy of 150 aid trucks had reached Mekelle on Monday."),
                   (N, "The Tigray Interim Administration issued its own statement on Tuesday."),
                   (R, "A convoy of 150 trucks reached Mekelle on Monday, according to the statement.")]],
     "expect": 2, "why": "the statement just mentioned is the Tigrayan administration's, not the federal spokesman's"},
    {"kind": "neg", "rule": "statement",  # 18
     "articles": [[(R, "Moussa Ag Acharatoumane, a leader of the Movement for the Salvation of Azawad, said soldiers and Russian fighters killed 30 civilians in Hombori."),
                   (N, "On Thursday, a dozen Malian civil society groups issued a joint statement."),
                   (R, "The statement said soldiers and foreign fighters killed 30 civilians in Hombori.")]],
     "expect": 2, "why": "the civil society groups' statement is not the MSA leader's"},
    {"kind": "neg", "rule": "statement",  # 19
     "articles": [[(R, "Army spokesman Nabil Abdallah said RSF fighters killed 15 civilians in an attack on Um Kadada."),
                   (R, "The statement, issued by the Sudan Doctors Network on Monday, said 15 civilians were killed in the attack on Um Kadada.")]],
     "expect": 2, "why": "the sentence names whose statement it is: the doctors' network"},
    {"kind": "pos", "rule": "statement",  # 20
     "articles": [[(R, "The Ugandan army said its troops killed 25 ADF fighters in an operation near Komanda in Ituri province."),
                   (R, "Five of the fighters were commanders, the communique said."),
                   (R, "Ituri provincial spokesman Jules Ngongo said 25 ADF fighters had been killed near Komanda.")]],
     "expect": 2, "why": "the communique is the Ugandan army's; Congo's provincial spokesman apart"},
    {"kind": "pos", "rule": "statement",  # 21
     "articles": [[(R, "The Karen National Union said in a statement that junta airstrikes killed nine villagers in Hpapun district."),
                   (R, "Four of the dead were children, the group's statement said."),
                   (MR, "Myanmar Now reported that nine villagers were killed in the airstrikes in Hpapun.")]],
     "expect": 2, "why": "the group's statement is the KNU's; Myanmar Now apart"},
    {"kind": "pos", "rule": "statement",  # 22
     "articles": [[(R, "Pakistan's Counter Terrorism Department said it killed six militants in a raid in Mastung district."),
                   (R, "The militants were planning attacks on security forces, according to the announcement."),
                   (R, "The Baloch Yakjehti Committee said the six men killed in the Mastung raid had been in custody for months.")]],
     "expect": 2, "why": "the announcement is the CTD's; the BYC is independent"},
    {"kind": "neg", "rule": "statement",  # 23
     "articles": [[(R, "Ituri provincial spokesman Jules Ngongo said CODECO militiamen killed 22 people at a displacement camp in Djugu."),
                   (U, "MONUSCO issued a statement on Sunday condemning the attack."),
                   (U, "At least 22 displaced people were killed at the Plaine Savo site, according to the statement.")]],
     "expect": 2, "why": "the statement is MONUSCO's (a UN back-reference), not the provincial spokesman's"},
    {"kind": "ctl", "rule": "statement",  # 24
     "articles": [[(R, "The RSF said in a statement that its fighters had taken full control of Babanusa."),
                   (R, "The army's 22nd Division had withdrawn from the town, according to the statement."),
                   (R, "Army spokesman Nabil Abdallah said troops in Babanusa had withdrawn to regroup.")]],
     "expect": 2, "why": "the statement after a registered body is the RSF's; the army apart"},
    {"kind": "neg", "rule": "statement",  # 25
     "articles": [[(R, "Kharkiv regional governor Oleh Syniehubov said Russian forces carried out a missile strike on Kupiansk on Thursday."),
                   (N, "Russia's defence ministry also issued a statement on Thursday."),
                   (R, "Russian forces carried out a missile strike on Kupiansk on Thursday, according to the statement.")]],
     "expect": 2, "why": "the statement just mentioned is Russia's defence ministry's, not the Ukrainian governor's"},
    {"kind": "pos", "rule": "statement",  # 26
     "articles": [[(R, "ENDF spokesman Col. Getnet Adane said in a statement that troops killed 60 Fano fighters in Gondar."),
                   (R, "Most of the fighters were killed in Azezo, according to the statement."),
                   (R, "The Ethiopian Human Rights Commission said at least 60 people were killed in fighting in Gondar.")]],
     "expect": 2, "why": "the statement is the ENDF spokesman's (registered body); EHRC apart"},

    # ---------------- C. a unit of a registered body named again ----------------
    {"kind": "pos", "rule": "unit",  # 27
     "articles": [[(R, "The SDF Military Council of Deir ez-Zor said Iranian-backed militias shelled the village of Theban, killing four civilians."),
                   (R, "The Military Council said the shells were fired from across the Euphrates."),
                   (M, "The Syrian Observatory for Human Rights said four civilians were killed in the shelling of Theban.")]],
     "expect": 2, "why": "the Military Council is the SDF's; SOHR apart"},
    {"kind": "pos", "rule": "unit",  # 28
     "articles": [[(R, "The Raqqa Military Council of the SDF said Islamic State cells killed three of its fighters near Maadan."),
                   (R, "The Raqqa Military Council later said the attackers had fled into the desert."),
                   (M, "The Syrian Observatory for Human Rights said three SDF fighters were killed near Maadan.")]],
     "expect": 2, "why": "the unit named before 'of the SDF', then by its whole name"},
    {"kind": "neg", "rule": "unit",  # 29
     "articles": [[(R, "The Houthi Supreme Political Council said a cholera outbreak had killed 40 people in Hodeidah province since March."),
                   (N, "Yemen's Presidential Leadership Council, which heads the internationally recognised government, met in Aden on Sunday."),
                   (R, "The council said a cholera outbreak had killed 40 people in Hodeidah province since March.")]],
     "expect": 2, "why": "'the council' is the Presidential Leadership Council just named, the Houthis' enemy"},
    {"kind": "neg", "rule": "unit",  # 30
     "articles": [[(R, "The SDF General Command said 20 fighters were killed in clashes near the Tishreen Dam on Sunday."),
                   (N, "The factions attacking the dam are led by the Military Operations Command, a Turkish-backed alliance."),
                   (R, "The command said 20 fighters were killed in the clashes near the dam.")]],
     "expect": 2, "why": "'the command' is the Turkish-backed Military Operations Command just named, not the SDF's"},
    {"kind": "pos", "rule": "unit",  # 31
     "articles": [[(R, "The SDF's General Command said Turkish drones killed five civilians in Qamishli."),
                   (R, "The General Command said the drones struck a car on the city's southern ring road."),
                   (M, "The Syrian Observatory for Human Rights said five civilians were killed by Turkish drones in Qamishli.")]],
     "expect": 2, "why": "the unit written with a possessive ('the SDF's General Command') is still the SDF's"},
    {"kind": "pos", "rule": "unit",  # 32
     "articles": [[(R, "The SDF Deir ez-Zor Military Council said Iranian-backed fighters crossed the Euphrates and killed three of its fighters in Dahla."),
                   (R, "The Military Council said the attackers withdrew before dawn."),
                   (M, "The Syrian Observatory for Human Rights said three SDF-affiliated fighters were killed in Dahla.")]],
     "expect": 2, "why": "the Deir ez-Zor Military Council (a place name with a lower-case particle) is the SDF's"},
    {"kind": "ctl", "rule": "unit",  # 33
     "articles": [[(R, "The Health Authority of the AANES said 14 people were killed in Turkish shelling of Amuda."),
                   (R, "The Authority said the shells hit a residential area."),
                   (M, "The Syrian Observatory for Human Rights said 14 people were killed in Turkish shelling of Amuda.")]],
     "expect": 2, "why": "round 42's rule: the Authority is the AANES's"},
    {"kind": "pos", "rule": "unit",  # 34
     "articles": [[(R, "The IDF Home Front Command said a Hezbollah rocket hit a house in Kiryat Shmona, wounding two people."),
                   (R, "The Home Front Command said residents had reached shelters in time."),
                   (R, "Magen David Adom said two people were wounded when a rocket hit a house in Kiryat Shmona.")]],
     "expect": 2, "why": "the Home Front Command is the IDF's; the ambulance service apart"},
    {"kind": "neg", "rule": "unit",  # 35
     "articles": [[(R, "The General Command of the Libyan National Army said its forces repelled an attack on the Tamanhint air base."),
                   (N, "The attack was claimed by fighters loyal to the Tripoli-based Joint Operations Command."),
                   (R, "The command said its fighters had shelled the runway of the Tamanhint air base.")]],
     "expect": 2, "why": "'the command' is the Tripoli Joint Operations Command just named, the LNA's enemy"},
    {"kind": "neg", "rule": "unit",  # 36
     "articles": [[(R, "The PKK Executive Council said four of its members were killed in a Turkish drone strike near Sulaimaniya."),
                   (N, "The Kurdistan Region Security Council, which answers to the regional government in Erbil, met on Monday."),
                   (R, "The council said four PKK members were killed when a drone hit their car near Sulaimaniya airport.")]],
     "expect": 2, "why": "'the council' is the Kurdistan Region Security Council just named, not the PKK's"},
    {"kind": "pos", "rule": "unit",  # 37
     "articles": [[(R, "The SDF Manbij Military Council said Turkish-backed factions shelled the village of Arima, killing three civilians."),
                   (N, "The shells came from positions held by the Sultan Murad Division of the Syrian National Army."),
                   (R, "The Military Council said three civilians were killed in the shelling of Arima."),
                   (M, "The Syrian Observatory for Human Rights said three civilians were killed in Arima.")]],
     "expect": 2, "why": "the Military Council is the SDF's (no other council named); SOHR apart"},

    # ---------------- D. a civil body named again by its head word ----------------
    {"kind": "pos", "rule": "civil head",  # 38
     "articles": [[(R, "The Karari Resistance Committees said RSF shelling of a market in Omdurman killed 17 people."),
                   (R, "The committees said most of the dead were women and children."),
                   (R, "The Sudan Doctors Network said 17 people were killed when shells hit the Sabreen market in Omdurman.")]],
     "expect": 2, "why": "the committees = the Karari Resistance Committees; the doctors' network apart"},
    {"kind": "neg", "rule": "civil head",  # 39
     "articles": [[(R, "The Emergency Lawyers, a Sudanese rights group, said RSF fighters detained the journalist Muammar Ibrahim in El Fasher."),
                   (N, "Ibrahim's family has since hired lawyers in Port Sudan to press for his release."),
                   (R, "The lawyers said Ibrahim was being held by RSF fighters in El Fasher.")]],
     "expect": 2, "why": "'the lawyers' are the family's lawyers just named, not the Emergency Lawyers group"},
    {"kind": "neg", "rule": "civil head",  # 40
     "articles": [[(R, "The Resistance Committees of Wad Madani said army shelling killed 11 civilians in the Daraja neighbourhood."),
                   (N, "Sudan's Sovereign Council formed two fact-finding committees on Monday to investigate the shelling."),
                   (R, "The committees said 11 civilians were killed by shells that hit the Daraja neighbourhood.")]],
     "expect": 2, "why": "'the committees' are the Sovereign Council's fact-finding committees, not the resistance committees"},
    {"kind": "pos", "rule": "civil head",  # 41
     "articles": [[(R, "The Emergency Lawyers said RSF fighters killed at least 63 people in the village of Wad al-Nourah."),
                   (R, "The lawyers said the fighters used heavy weapons against unarmed villagers."),
                   (U, "UNICEF said children were among those killed in the attack on Wad al-Nourah.")]],
     "expect": 2, "why": "the lawyers = the Emergency Lawyers; UNICEF apart"},
    {"kind": "neg", "rule": "civil head",  # 42
     "articles": [[(R, "The Emergency Lawyers said soldiers executed 11 detainees in Khartoum North."),
                   (N, "Six soldiers went on trial on Sunday, and their lawyers asked for a delay."),
                   (R, "The lawyers said the 11 detainees had been killed in crossfire.")]],
     "expect": 2, "why": "'the lawyers' are the soldiers' defence lawyers, an opposing account"},
    {"kind": "pos", "rule": "civil head",  # 43
     "articles": [[(R, "The Darfur Bar Association said RSF fighters killed 23 people in Zamzam camp."),
                   (R, "The lawyers said the fighters went from house to house."),
                   (U, "The UN humanitarian office OCHA said at least 23 people were killed in Zamzam camp.")]],
     "expect": 2, "why": "'the lawyers' after the Bar Association are the association"},
    {"kind": "ctl", "rule": "civil head",  # 44
     "articles": [[(R, "The Sudanese Journalists Syndicate said RSF fighters killed the journalist Hassan Fadlallah in El Fasher."),
                   (R, "The syndicate said Fadlallah was shot at a checkpoint."),
                   (MR, "Radio Dabanga reported that the journalist Hassan Fadlallah was killed in El Fasher.")]],
     "expect": 2, "why": "an older head word (syndicate); Radio Dabanga apart"},

    # ---------------- E. "The spokesman said" ----------------
    {"kind": "pos", "rule": "spokesman",  # 45
     "articles": [[(R, "The official spokesman of the Ethiopian National Defence Force, Col. Getnet Adane, said troops killed 80 Fano fighters near Bahir Dar."),
                   (R, "The spokesman said the fighters had attacked a police station on Friday."),
                   (R, "The Ethiopian Human Rights Commission said at least 80 people were killed in fighting near Bahir Dar.")]],
     "expect": 2, "why": "the spokesman = the ENDF's; EHRC apart"},
    {"kind": "pos", "rule": "spokesman",  # 46
     "articles": [[(R, "The spokesman of the Joint Forces of the Armed Struggle Movements, Ahmed Hussein Mustafa, said RSF drones struck the Abu Shouk camp, killing 14 people."),
                   (R, "The spokesman said the strike hit a water point where women were queuing."),
                   (R, "The El Fasher Resistance Committees said 14 people were killed when drones struck Abu Shouk camp.")]],
     "expect": 2, "why": "the spokesman = the Joint Forces'; the resistance committees apart"},
    {"kind": "neg", "rule": "spokesman",  # 47
     "articles": [[(R, "The official spokesman of the Armed Forces, Brig. Gen. Nabil Abdallah, said the RSF shelled the Abu Shouk camp, killing 14 people."),
                   (N, "Reuters reached a spokesman for the Sudan Liberation Movement, whose fighters guard the camp, by phone."),
                   (R, "The spokesman said 14 people were killed, most of them women.")]],
     "expect": 2, "why": "'the spokesman' is the SLM spokesman just reached, not the army's"},
    {"kind": "pos", "rule": "spokesman",  # 48
     "articles": [[(R, "The spokesman for the March 23 Movement, Lawrence Kanyuka, said its fighters had entered Walikale."),
                   (R, "The spokesman said the fighters met no resistance."),
                   (R, "Congo's army spokesman Sylvain Ekenge said M23 fighters had entered Walikale.")]],
     "expect": 2, "why": "the spokesman = the M23's; Congo's army apart"},
    {"kind": "pos", "rule": "spokesman",  # 49
     "articles": [[(R, "The spokeswoman for the Armed Forces of the Philippines, Col. Francel Padilla, said troops killed five Abu Sayyaf fighters in Sulu."),
                   (R, "The spokeswoman said the clash lasted two hours."),
                   (R, "The Bangsamoro Human Rights Commission said five people were killed in the clash in Sulu.")]],
     "expect": 2, "why": "the spokeswoman = the AFP's; the commission apart"},

    # ---------------- F. adviser / aide after a registered body; acronym in brackets ----------------
    {"kind": "pos", "rule": "adviser",  # 50
     "articles": [[(R, "RSF adviser Mustafa Ibrahim said the group's fighters had taken Babanusa after three days of fighting."),
                   (R, "Ibrahim said the army's 22nd Division had fled the town."),
                   (R, "He said RSF fighters had taken the town's garrison."),
                   (R, "The Sudan Doctors Network said RSF fighters had taken Babanusa.")]],
     "expect": 2, "why": "the adviser, 'Ibrahim' and 'He' are the RSF; the doctors apart"},
    {"kind": "pos", "rule": "adviser",  # 51
     "articles": [[(R, "Senior Houthi aide Mohammed al-Bukhaiti said the group had fired a ballistic missile at Ben Gurion airport."),
                   (R, "Bukhaiti said the missile had hit its target."),
                   (R, "The Israeli military said a missile launched from Yemen at Ben Gurion airport had been intercepted.")]],
     "expect": 2, "why": "the aide = the Houthis; the Israeli military apart"},
    {"kind": "neg", "rule": "adviser",  # 52
     "articles": [[(R, "The RSF said its fighters had taken full control of Babanusa."),
                   (R, "Former RSF adviser Yousef Ezzat, who left the group last year, said the RSF had taken control of Babanusa.")]],
     "expect": 2, "why": "a former adviser who left the group speaks for himself"},
    {"kind": "neg", "rule": "adviser",  # 53
     "articles": [[(R, "The Houthis said they had shot down a U.S. MQ-9 drone over Marib."),
                   (R, "Former Houthi aide Ali al-Bukhaiti, who broke with the group in 2017, said the drone had been downed over Marib.")]],
     "expect": 2, "why": "a former aide who broke with the group speaks for himself"},
    {"kind": "pos", "rule": "acronym",  # 54
     "articles": [[(R, "Syrian Democratic Forces (SDF) spokesman Farhad Shami said Turkish drones killed four fighters near Kobani."),
                   (R, "Shami said the drones struck a checkpoint on the M4 highway."),
                   (M, "The Syrian Observatory for Human Rights said four SDF fighters were killed in drone strikes near Kobani.")]],
     "expect": 2, "why": "spokesman after the bracketed acronym is the SDF; SOHR apart"},
    {"kind": "neg", "rule": "adviser",  # 55
     "articles": [[(R, "Sudan's army said RSF drones struck a displacement camp in El Obeid, killing 12 people."),
                   (R, "Amjad Farid, the prime minister's former adviser, said 12 people were killed in the drone strike on the camp.")]],
     "expect": 2, "why": "a former adviser is no organ of the state (the _APPOSED_ORGAN change lets 'former' through)"},
    {"kind": "neg", "rule": "adviser",  # 56
     "articles": [[(R, "The RSF said its fighters had taken full control of Babanusa."),
                   (R, "Former RSF aide Yousef Ezzat said the RSF had taken control of Babanusa.")]],
     "expect": 2, "why": "'former' before the body with the new post word 'aide'"},

    # ---------------- G. "The Joint Forces" named short ----------------
    {"kind": "pos", "rule": "joint forces",  # 57
     "articles": [[(R, "Ahmed Hussein Mustafa, spokesman for the Joint Forces of the Armed Struggle Movements, said their fighters repelled an RSF assault on El Fasher's southern defences.")],
                  [(R, "The Joint Forces said they had repelled an RSF assault on El Fasher's southern defences.")],
                  [(R, "The El Fasher Resistance Committees said the RSF assault on the city's southern defences had been repelled.")]],
     "expect": 2, "why": "the Joint Forces and their spokesman are one; the resistance committees apart"},
    {"kind": "neg", "rule": "joint forces",  # 58
     "articles": [[(R, "The Joint Forces, which hold Yemen's Red Sea coast south of Hodeidah, said they destroyed two Houthi explosive boats near Mocha.")],
                  [(R, "Col. Turki al-Maliki, spokesman for the Joint Forces of the Coalition, said two Houthi explosive boats were destroyed near Mocha.")]],
     "expect": 2, "why": "Yemen's west-coast Joint Forces are not the Saudi-led coalition's command"},
    {"kind": "neg", "rule": "joint forces",  # 59
     "articles": [[(R, "Somalia's information ministry said Ethiopian troops killed 30 al-Shabaab fighters near Baidoa."),
                   (R, "The federal government said the fighters had been preparing an attack on the city.")],
                  [(R, "Legesse Tulu, spokesman for the Federal Government of Ethiopia, said Ethiopian troops had killed 30 al-Shabaab fighters near Baidoa.")]],
     "expect": 2, "why": "Somalia's federal government is not Ethiopia's"},
    {"kind": "pos", "rule": "joint forces",  # 60
     "articles": [[(R, "The Joint Forces said their fighters had recaptured the town of Um Kadada from the RSF."),
                   (R, "Ahmed Hussein Mustafa, the official spokesman of the Joint Forces of the Armed Struggle Movements, said fighters had recaptured Um Kadada."),
                   (R, "The RSF said its fighters had withdrawn from Um Kadada.")]],
     "expect": 2, "why": "one article: the Joint Forces and their spokesman one; the RSF apart"},

    # ---------------- other changes met on the way ----------------
    {"kind": "ctl", "rule": "post after",  # 61
     "articles": [[(R, "Hamas spokesman Hazem Qassem said an Israeli strike on a school in Gaza City killed 22 displaced people."),
                   (R, "Qassem said the school sheltered families from Shejaiya."),
                   (MR, "Al Jazeera reported that 22 people were killed in the strike on the school in Gaza City.")]],
     "expect": 2, "why": "older rule: Qassem = Hamas; Al Jazeera apart"},
    {"kind": "ctl", "rule": "inverted said",  # 62
     "articles": [[(R, "Turkish drones struck positions near Kobani, killing four fighters, said Farhad Shami, the SDF spokesman."),
                   (R, "The SDF said four of its fighters were killed in Turkish drone strikes near Kobani."),
                   (M, "The Syrian Observatory for Human Rights said four SDF fighters were killed near Kobani.")]],
     "expect": 2, "why": "the SDF and its spokesman named after an inverted said are one; SOHR apart"},
    {"kind": "neg", "rule": "first name",  # 63
     "articles": [[(R, "Tigray interim administration spokesman Hailu Kebede said Eritrean troops killed 9 civilians in Irob."),
                   (R, "Hailu, a farmer from the village of Alitena, said nine civilians were killed.")]],
     "expect": 2, "why": "a farmer who shares the spokesman's first name"},
    # ======== batch 2: written after the first run showed that a wrong back-reference only changes the
    # count where the wrongly named speaker is not otherwise in the claim (a figure keeps his own sentence in
    # another claim); each expectation set before running it ========
    {"kind": "neg", "rule": "statement",  # 64
     "articles": [[(R, "Government spokesman Legesse Tulu said 300 aid trucks had entered Tigray since the start of the month."),
                   (N, "The Tigray Interim Administration issued its own statement on Tuesday."),
                   (R, "Only 40 trucks had reached Mekelle this month, according to the statement.")],
                  [(R, "The Tigray Interim Administration said only 40 aid trucks had reached Mekelle this month.")]],
     "expect": 1, "why": "the 40-truck claim is the administration's alone; the statement is its"},
    {"kind": "neg", "rule": "unit",  # 65
     "articles": [[(R, "The Houthi Supreme Political Council said U.S. strikes had killed 80 people at Ras Isa port."),
                   (N, "Yemen's Presidential Leadership Council, which heads the internationally recognised government, met in Aden on Sunday."),
                   (R, "The council said cholera had killed 40 people in Hodeidah province since March.")],
                  [(R, "Yemen's Presidential Leadership Council said cholera had killed 40 people in Hodeidah province since March.")]],
     "expect": 1, "why": "the cholera claim is the PLC's alone"},
    {"kind": "neg", "rule": "unit",  # 66
     "articles": [[(R, "The SDF General Command said 20 of its fighters were killed in clashes near the Tishreen Dam on Sunday."),
                   (N, "The factions attacking the dam are led by the Military Operations Command, a Turkish-backed alliance."),
                   (R, "The command said its forces had captured 35 SDF fighters near the dam.")],
                  [(R, "The Military Operations Command said its forces had captured 35 SDF fighters near the Tishreen Dam.")]],
     "expect": 1, "why": "the capture claim is the Military Operations Command's alone"},
    {"kind": "neg", "rule": "spokesman",  # 67
     "articles": [[(R, "The official spokesman of the Armed Forces, Brig. Gen. Nabil Abdallah, said the army had repelled an RSF attack on El Fasher, killing 60 attackers."),
                   (N, "Reuters reached a spokesman for the Sudan Liberation Movement, whose fighters guard the Abu Shouk camp, by phone."),
                   (R, "The spokesman said 14 people were killed when shells hit the camp.")],
                  [(R, "The Sudan Liberation Movement said 14 people were killed when shells hit the Abu Shouk camp.")]],
     "expect": 1, "why": "the 14-dead claim is the SLM's alone"},
    {"kind": "neg", "rule": "civil head",  # 68
     "articles": [[(R, "The Emergency Lawyers said soldiers had executed 11 detainees in Khartoum North."),
                   (N, "Six soldiers went on trial on Sunday, and their lawyers asked for a delay."),
                   (R, "The lawyers said 3 of the soldiers had been on leave at the time.")],
                  [(R, "Defence lawyers for the six soldiers said 3 of them had been on leave at the time.")]],
     "expect": 1, "why": "the leave claim is the defence lawyers' alone"},
    {"kind": "neg", "rule": "civil head",  # 69
     "articles": [[(R, "The Karari Resistance Committees said RSF shelling killed 17 people in Omdurman."),
                   (N, "The Khartoum state government formed two fact-finding committees on Monday."),
                   (R, "The committees said 40 homes were destroyed in Karari.")],
                  [(R, "The Khartoum state government said its fact-finding committees had found 40 homes destroyed in Karari.")]],
     "expect": 1, "why": "the 40-homes claim is the state government's (its committees) alone"},
    {"kind": "neg", "rule": "first name",  # 70
     "articles": [[(R, "Houthi spokesman Mohammed Abdulsalam said U.S. strikes had killed 80 people across Hodeidah province."),
                   (R, "Mohammed, a crane operator at Ras Isa port, said he had helped carry 12 bodies from the docks."),
                   (R, "Houthi-run Al-Masirah TV said 12 dock workers were killed at Ras Isa.")]],
     "expect": 2, "why": "the crane operator and the Houthis' channel"},
    {"kind": "neg", "rule": "first name",  # 71
     "articles": [[(R, "Army spokesman Nabil Abdallah said RSF fighters had killed more than 100 people across Gezira state."),
                   (N, "Nabil, a 30-year-old teacher from Wad al-Nourah, fled to Managil after the attack."),
                   (R, "Nabil said he watched the fighters shoot 12 men outside the mosque."),
                   (R, "Sudan's foreign ministry said RSF fighters shot 12 men outside the mosque in Wad al-Nourah.")]],
     "expect": 2, "why": "the teacher and Sudan's foreign ministry"},
    {"kind": "neg", "rule": "adviser",  # 72
     "articles": [[(R, "Turkey's defence ministry said its jets had struck 32 targets in northern Iraq."),
                   (R, "Ahmet Yavuz, the ministry's former press adviser, said the jets had struck 32 targets.")]],
     "expect": 2, "why": "a former adviser of the ministry speaks for himself"},
    {"kind": "pos", "rule": "spokesman",  # 73
     "articles": [[(R, "M23 spokesman Lawrence Kanyuka said its fighters had entered Walikale."),
                   (R, "The spokesman said the fighters met no resistance."),
                   (R, "Congo's army said M23 fighters had entered Walikale.")]],
     "expect": 2, "why": "'the spokesman' is the M23's; Congo's army is its enemy"},
    {"kind": "ctl", "rule": "speaker position",  # 74
     "articles": [[(R, "The Emergency Lawyers, a Sudanese rights group, said RSF fighters detained the journalist Muammar Ibrahim."),
                   (R, "The RSF said its fighters had detained the journalist Muammar Ibrahim.")]],
     "expect": 2, "why": "the rights group and the RSF"},
    {"kind": "ctl", "rule": "speaker position",  # 75
     "articles": [[(R, "Ahmed Hussein Mustafa, spokesman for the Joint Forces, said RSF drones struck the Abu Shouk camp."),
                   (R, "The RSF said its drones struck the Abu Shouk camp.")]],
     "expect": 2, "why": "the Joint Forces' spokesman and the RSF"},
]

