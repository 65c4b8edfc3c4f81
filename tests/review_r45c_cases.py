"""Round 45 review (c): channels, speakers and registered bodies. Written before running either tree.
Labels are the taxonomy's; where a rule exists only for a model's miss, a second case gives the model's
likely labels and says so. expect = independent origins a careful fact-checker would count."""
R, A, M, P, U, N, L = (["on_record"], ["anonymous_source"], ["media_report"], ["pro_regime_outlet"], ["un_figure"],
                       ["named_monitor"], ["leaked_recording"])
RN, RM, LU, LR = R + N, R + M, L + U, L + R


def c(articles, expect, why):
    return {"articles": articles, "expect": expect, "why": why}


CASES = [
    # ---------------- A. a monitor that relayed a statement (_relaying_monitor) ----------------
    # positives: the monitor is the statement's channel
    c([[(RN, "JNIM said in a statement relayed by Wasat Monitor that its fighters had killed 14 soldiers near Boulkessi.")],
       [(R, "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said its fighters killed 14 soldiers near Boulkessi.")]],
      1, "A1+ JNIM via Wasat and JNIM direct: one"),
    c([[(N, "JNIM said in a statement relayed by Wasat Monitor that its fighters had killed 14 soldiers near Boulkessi.")],
       [(R, "JNIM said its fighters killed 14 soldiers near Boulkessi.")]],
      1, "A2+ model labelled only the monitor: the subject JNIM speaks"),
    c([[(RN, "Hayat Tahrir al-Sham said in a statement relayed by the Syrian Observatory for Human Rights that nine of "
             "its fighters were killed in the Russian strikes on Idlib.")],
       [(R, "HTS said nine of its fighters were killed in Russian strikes on Idlib.")]],
      1, "A3+ registered HTS via SOHR and HTS direct"),
    c([[(RN, "Islamic State West Africa Province said in a message circulated by SITE Intelligence Group that it had "
             "killed 20 soldiers in Malam-Fatori.")],
       [(R, "ISWAP said it killed 20 soldiers in Malam-Fatori.")]],
      1, "A4+ ISWAP via SITE (a monitor by its word 'Group')"),
    c([[(RN, "The RSF said in a video statement posted by Sudan War Monitor that its forces had taken the Babanusa "
             "garrison.")],
       [(R, "The Rapid Support Forces said its forces had taken the Babanusa garrison.")]],
      1, "A5+ RSF via Sudan War Monitor and RSF direct"),
    c([[(RN, "JNIM said in a message relayed by Wasat Monitor that it had attacked the army base at Boulkessi, killing "
             "14 soldiers.")],
       [(R, "Mali's army said 14 soldiers were killed when terrorists attacked its base at Boulkessi.")]],
      2, "A6+ JNIM (via Wasat) and Mali's army: two sides, the monitor no third"),
    c([[(RN, "Amadou Koufa, the leader of the Macina Liberation Front, said in an audio message shared by Wasat Monitor "
             "that his fighters had killed 12 Dozo militiamen.")],
       [(R, "Macina Liberation Front leader Amadou Koufa said his fighters killed 12 Dozo militiamen.")]],
      1, "A7+ a person's audio message shared by the monitor"),
    c([[(N, "On Sunday, JNIM said in a statement relayed by Wasat Monitor that its fighters had killed 14 soldiers "
            "near Boulkessi.")],
       [(R, "JNIM said its fighters killed 14 soldiers near Boulkessi.")]],
      1, "A8 model-only-monitor with a leading date: the subject is JNIM, not 'On Sunday'"),
    c([[(RN, "In a statement relayed by Wasat Monitor, JNIM said its fighters had killed 14 soldiers near Boulkessi.")],
       [(R, "JNIM said its fighters killed 14 soldiers near Boulkessi.")]],
      1, "A9 the relay phrase opening the sentence: Wasat still the channel"),
    c([[(N, "In a statement relayed by Wasat Monitor, JNIM said its fighters had killed 14 soldiers near Boulkessi.")],
       [(R, "JNIM said its fighters killed 14 soldiers near Boulkessi.")]],
      1, "A10 same, model labelled only the monitor"),
    c([[(RN, "JNIM said in a statement on its Az-Zallaqa media channel relayed by Wasat Monitor that its fighters had "
             "killed 14 soldiers near Boulkessi.")],
       [(R, "JNIM said its fighters killed 14 soldiers near Boulkessi.")]],
      1, "A11 more than three words between 'statement' and 'relayed by'"),
    c([[(RN, "Soldiers were killed in Boulkessi, JNIM said in a message relayed by Wasat Monitor, putting the toll at 14.")],
       [(R, "JNIM said its fighters killed 14 soldiers near Boulkessi.")]],
      1, "A12 inverted attribution with the relay"),
    c([[(N, "Wagner fighters killed 30 civilians in Moura, JNIM said in a message relayed by Wasat Monitor.")],
       [(R, "JNIM said Wagner fighters killed 30 civilians in Moura.")]],
      1, "A13 inverted, model labelled only the monitor: the subject read must not be the claim's opening clause"),
    # negatives: the monitor is an origin
    c([[(RN, "Syria's army dismissed a claim published by the Syrian Observatory for Human Rights that its shelling "
             "killed 12 civilians in Ariha.")],
       [(N, "The Syrian Observatory for Human Rights said government shelling killed 12 civilians in Ariha.")]],
      1, "A14- 'a claim published by SOHR' is SOHR's own claim; the army only disputes it (not an origin)"),
    c([[(RN, "HTS said in a statement relayed by the Syrian Observatory, which said it had confirmed the deaths through "
             "its own sources, that nine of its fighters were killed in the Russian strikes.")],
       [(R, "HTS said nine of its fighters were killed in the Russian strikes.")]],
      2, "A15- the monitor relayed and also confirmed through its own sources: HTS and SOHR"),
    c([[(N, "The Syrian Observatory said it had verified a video posted by HTS showing nine of its fighters killed in "
            "the Russian strikes.")],
       [(R, "HTS said nine of its fighters were killed in the Russian strikes.")]],
      2, "A16- the monitor verified the group's video: two"),
    c([[(N, "Wasat Monitor, which tracks jihadist communications, said its own tally of 14 soldiers killed at "
            "Boulkessi was based on images from the scene.")],
       [(R, "JNIM said in a message that its fighters had killed 14 soldiers near Boulkessi.")]],
      2, "A17- the monitor's own tally from images, JNIM's statement elsewhere"),
    c([[(RN, "The Syrian Observatory said 12 civilians were killed in the Ariha shelling, citing medical sources, in a "
             "report published by the monitor on Monday.")],
       [(R, "Syria Civil Defence said 12 civilians were killed in the Ariha shelling.")]],
      2, "A18- a monitor's own report (lower-case 'by the monitor'): SOHR and the White Helmets"),
    c([[(N, "DeepState said Russian forces had advanced 2 km west of Pokrovsk, in a post shared by the DeepState "
            "project on Telegram.")],
       [(R, "Ukraine's General Staff said Russian forces had advanced 2 km west of Pokrovsk.")]],
      2, "A19- the monitor's own post 'shared by' itself: DeepState and Ukraine"),
    c([[(RN, "Ukrainian commander Oleksandr Syrskyi said in a message shared by DeepState that Russian forces had "
             "advanced 2 km west of Pokrovsk.")],
       [(N, "DeepState said its own geolocated footage showed Russian forces 2 km west of Pokrovsk.")]],
      2, "A20- Syrskyi via DeepState in one article; DeepState's own footage analysis in another: two"),

    c([[(N + M, "The Syrian Observatory said 12 civilians were killed in Ariha, in a statement carried by Syrian "
                "opposition outlet Orient News.")],
       [(N, "The Syrian Observatory for Human Rights said 12 civilians were killed in Ariha.")]],
      1, "A21- SOHR's own statement carried by an outlet; 'carried by Syrian …' must not make SOHR a relaying channel"),

    # ---------------- B. told a state broadcaster / a daily (_TOLD_OUTLET) ----------------
    c([[(RM, "Mehmet Yildiz, a village guard in Hakkari, told state broadcaster TRT that PKK militants had burned "
             "three houses.")],
       [(R, "Mehmet Yildiz said PKK militants had burned three houses in his village.")]],
      1, "B1+ Yildiz via TRT and Yildiz direct"),
    c([[(M, "Mehmet Yildiz, a village guard in Hakkari, told state broadcaster TRT that PKK militants had burned "
            "three houses.")],
       [(R, "Mehmet Yildiz said PKK militants had burned three houses in his village.")]],
      1, "B2+ model missed on_record: the speaker, not the Turkish state via TRT"),
    c([[(M, "Selim Aksoy, the mayor of Cizre, told the Turkish daily Hurriyet that PKK militants had killed two "
            "police officers.")],
       [(R, "The PKK said its fighters killed two police officers in Cizre.")]],
      2, "B3+ mayor via Hurriyet (model missed on_record) and the PKK"),
    c([[(M, "Mehmet Yildiz, a village guard in Hakkari, told state news agency Anadolu that PKK militants had burned "
            "three houses.")],
       [(R, "Mehmet Yildiz said PKK militants had burned three houses in his village.")]],
      1, "B4 'told state news agency Anadolu' (three words): same as B2"),
    c([[(M, "Mehmet Yildiz, a village guard in Hakkari, told Turkey's state-run Anadolu Agency that PKK militants had "
            "burned three houses.")],
       [(R, "Mehmet Yildiz said PKK militants had burned three houses in his village.")]],
      1, "B5 'told Turkey's state-run Anadolu Agency': same as B2"),
    c([[(RM, "Selim Aksoy, the mayor of Cizre, told the pro-government daily Sabah that PKK militants had killed two "
             "police officers.")],
       [(M, "Daily Sabah reported that PKK militants had killed two police officers in Cizre, citing its own "
            "correspondent in the town.")]],
      2, "B6- the mayor via Sabah, and Sabah's own correspondent: two"),
    c([[(RM, "Volunteer Ahmed Farah told state broadcaster SNTV that al-Shabaab fighters had killed 11 people in "
             "Beledweyne.")],
       [(R, "Somalia's government said al-Shabaab fighters killed 11 people in Beledweyne.")]],
      2, "B7- a named volunteer via state TV and the government: two"),
    c([[(P, "Sergei Lavrov told state news agency RIA Novosti that Ukrainian drones had hit the Zaporizhzhia plant.")],
       [(R, "Russia's foreign ministry said Ukrainian drones had hit the Zaporizhzhia plant.")]],
      1, "B8 model missed on_record: Lavrov is Russia; one either way"),
    c([[(RM, "Farmer Tesfaye Alemu told the Ethiopian News Agency that Fano fighters had looted 40 homes in Debre "
             "Markos.")],
       [(R, "Amhara regional police said Fano fighters had looted 40 homes in Debre Markos.")]],
      2, "B9- a farmer via the state agency, and the regional police: two"),

    # ---------------- C. a registered actor before an inverted 'said' (positions._SAID_THEN_NAME) ----------------
    c([[(R, "Fano militiamen ambushed ENDF troops near Gondar, said Zemene Kassie, a Fano commander.")],
       [(R, "The ENDF said its troops were ambushed near Gondar.")]],
      2, "C1+ Fano's commander and the ENDF: two"),
    c([[(R, "JNIM fighters ambushed a FAMa convoy near Niono, said a local official.")],
       [(R, "FAMa said its convoy was ambushed near Niono.")]],
      2, "C2+ an unnamed local official and FAMa: two"),
    c([[(R, "Israeli jets struck Hezbollah sites in Nabatieh overnight, said Ali Hamdan, a municipal official.")],
       [(R, "Hezbollah said Israeli jets struck its sites in Nabatieh overnight.")]],
      2, "C3+ official and Hezbollah: two"),
    c([[(R, "Wagner fighters executed 30 civilians in Moura, said Human Rights Watch.")],
       [(R, "Amnesty International said Wagner fighters executed 30 civilians in Moura.")]],
      2, "C4+ HRW speaks, Wagner not: HRW and Amnesty"),
    c([[(R, "Al-Shabaab fighters attacked KDF troops in Lamu, said Abdullahi Hussein, a resident.")],
       [(R, "The KDF said al-Shabaab fighters attacked its troops in Lamu.")]],
      2, "C5+ resident (full name) and KDF"),
    c([[(R, "Al-Shabaab fighters attacked KDF troops in Lamu, said Lamu resident Abdullahi Hussein.")],
       [(R, "The KDF said al-Shabaab fighters attacked its troops in Lamu.")]],
      2, "C6 'said Lamu resident X' (lower-case role before the name): still the resident"),
    c([[(R, "Hamas freed two American hostages on Friday, said White House spokesman John Kirby.")],
       [(R, "Hamas said it freed two American hostages on Friday.")]],
      2, "C7 'said White House spokesman X': the US, not Hamas"),
    c([[(R, "The Houthis attacked the Sounion tanker, said the group's military spokesman, Yahya Saree.")],
       [(R, "The Houthis said they attacked the Sounion tanker.")]],
      1, "C8- the registered actor's own spokesman after 'said': one"),
    c([[(R, "Hamas rejected the Israeli proposal, said Osama Hamdan, a senior Hamas official.")],
       [(R, "Hamas said it rejected the Israeli proposal.")]],
      1, "C9- a Hamas official named after 'said': Hamas"),
    c([[(R, "The SDF repelled an attack on the Ghweran prison, said Farhad Shami, head of the SDF media centre.")],
       [(R, "The Syrian Democratic Forces said they repelled an attack on the Ghweran prison.")]],
      1, "C10- the SDF's media chief: the SDF"),
    c([[(R, "Farhad Shami, head of the SDF media centre, said Islamic State cells attacked the Ghweran prison."),
        (R, "The SDF repelled the attack on the Ghweran prison, said Farhad Shami.")],
       [(R, "The Syrian Democratic Forces said they repelled an attack on the Ghweran prison.")]],
      1, "C11- the SDF's media chief, named with his post earlier in the article, after 'said': the SDF"),
    c([[(R, "Arakan Army fighters overran a Tatmadaw base in Ann, said Khine Thu Kha, the Arakan Army's spokesman.")],
       [(R, "The Arakan Army said its fighters overran the Tatmadaw base in Ann.")]],
      1, "C11b- the AA spokesman after 'said', the AA elsewhere: one (not the Tatmadaw)"),
    c([[(R, "Israeli troops killed three Hamas gunmen in Jenin, said the Palestinian health ministry.")],
       [(R, "The Palestinian health ministry said Israeli troops killed three gunmen in Jenin.")]],
      1, "C11c 'said the Palestinian health ministry' (no post word): the ministry, not Hamas"),
    c([[(R, "The M23 took control of Sake, said the group's spokesman, Lawrence Kanyuka.")],
       [(R, "M23 spokesman Lawrence Kanyuka said the rebels had taken control of Sake.")]],
      1, "C12- M23's spokesman in both: one"),
    c([[(R, "The Tatmadaw lost control of Lashio, said the MNDAA in a statement.")],
       [(R, "The Myanmar National Democratic Alliance Army said it had taken Lashio from the Tatmadaw.")]],
      1, "C13 a registered speaker named after 'said': MNDAA only"),
    c([[(R, "Iraq's Kurdistan region, accused by Ankara of sheltering PKK fighters, said Turkish strikes killed four "
            "civilians in Duhok.")],
       [(R, "The PKK said Turkish strikes killed four civilians in Duhok.")]],
      2, "C14+ accused of sheltering PKK: the region speaks, the PKK elsewhere: two"),
    c([[(R, "Greece, accused by Turkey of harbouring PKK members, said the two suspects had been deported.")],
       [(R, "Turkey's interior ministry said the two suspects had been deported from Greece.")]],
      2, "C15+ Greece and Turkey: two"),

    # ---------------- D. "put the toll at …, saying" (_SUBJECT) and civil heads ----------------
    c([[(R, "The Emergency Lawyers put the toll at 63, saying most of the dead were women.")],
       [(R, "Sudan's health ministry said 63 people were killed.")]],
      2, "D1+ the lawyers' group and the ministry"),
    c([[(R, "The Sudan Doctors Network put the toll at 40, saying RSF drones had hit the market.")],
       [(R, "The Sudan Doctors Network said 40 people were killed when RSF drones hit the market.")]],
      1, "D2+ the same network twice"),
    c([[(R, "Mai Kadra's elders put the toll at 80, saying federal troops had done nothing to stop the killing.")],
       [(R, "The Ethiopian Human Rights Commission said at least 80 people were killed in Mai Kadra.")]],
      2, "D3+ the elders and the EHRC"),
    c([[(R, "The Emergency Lawyers said the RSF detained journalists in Nyala."),
        ([], "Three of the journalists were later released and their lawyers filed complaints in Port Sudan."),
        (R, "The lawyers said the RSF detained journalists in Nyala.")]],
      2, "D4- 'The lawyers' are the journalists' lawyers just named, not the Emergency Lawyers"),
    c([[(R, "The El Fasher Resistance Committees said RSF shells hit the Abu Shouk camp."),
        ([], "Neighbourhood committees in Omdurman run communal kitchens."),
        (R, "The committees said RSF shells hit the Abu Shouk camp.")]],
      1, "D5 'The committees' right after other committees named without speaking: still El Fasher's"),

    # ---------------- E. a ministry's adviser or director (_APPOSED_ORGAN) ----------------
    c([[(R, "Turkey's defence ministry said its jets had struck 32 targets in northern Iraq.")],
       [(R, "Rear Admiral Zeki Akturk, the ministry's press and public relations adviser, said the jets had struck "
            "32 targets.")]],
      1, "E1+ the test's case"),
    c([[(R, "Ukraine's army said 40 drones were shot down overnight.")],
       [(R, "Col. Yuriy Ihnat, the air force's public affairs director, said 40 drones were shot down overnight.")]],
      1, "E2+ air force director of a state: Ukraine"),
    c([[(R, "Turkey's defence ministry said its jets had struck 32 targets in northern Iraq.")],
       [(R, "Metin Gurcan, the ministry's former security adviser, said the jets had struck 32 targets.")]],
      2, "E3- a former adviser, now an analyst: independent"),
    c([[(R, "Israel's defence ministry said 30 rockets were fired from Lebanon.")],
       [(R, "Amos Harel, the ministry's former communications director, said 30 rockets were fired from Lebanon.")]],
      2, "E4- a former director: independent"),
    c([[(R, "Azerbaijan's defence ministry said Armenian forces shelled its positions, wounding two soldiers.")],
       [(R, "Hikmet Hajiyev, the president's foreign policy adviser, said Armenian forces wounded two soldiers.")]],
      1, "E5+ the president's adviser: Azerbaijan's state, one"),
    c([[(R, "Nigeria's army said it killed 30 ISWAP fighters near Monguno.")],
       [(R, "Zagazola Makama, the army's independent security adviser, said 30 ISWAP fighters were killed "
            "near Monguno.")]],
      2, "E6- an independent outside adviser to the army: not its voice"),
    c([[(R, "Pakistan's military said 12 militants were killed in North Waziristan.")],
       [(R, "Ejaz Awan, the army's former public affairs director, said 12 militants were killed in North "
            "Waziristan.")]],
      2, "E7- a retired general, the army's former public affairs director: not its voice"),

    # ---------------- F. a document drafted by a UN division (_OWN_DOCUMENT) ----------------
    c([[(LU, "A report drafted by the human rights section of UNMISS, seen by Reuters, says 53 civilians were killed "
             "in the Jonglei attack.")],
       [(U, "UNMISS said 53 civilians were killed in the Jonglei attack.")]],
      1, "F1+ UNMISS's own draft and UNMISS: one"),
    c([[(LU, "A report drafted by investigators of the UN human rights office, obtained by AFP, puts the number of "
             "dead in Moura at 500.")],
       [(U, "OHCHR said at least 500 people were killed in Moura.")]],
      1, "F2+ OHCHR's investigators' draft and OHCHR"),
    c([[(LU, "A leaked memo from the Malian army's chief of staff to the UN mission MINUSMA says 320 people were "
             "killed, a toll MINUSMA has confirmed.")]],
      2, "F3- the army's memo to the UN (not the UN's), and MINUSMA's confirmation: army + UN"),
    c([[(L, "A report drafted by a former MINUSMA human rights officer, seen by Reuters, puts the toll at 320.")],
       [(U, "MINUSMA said at least 320 people were killed.")]],
      2, "F4- a former officer's private report: independent of the mission"),
    c([[(LU, "A report drafted by a former MINUSMA human rights officer, seen by Reuters, puts the toll at 320.")],
       [(U, "MINUSMA said at least 320 people were killed.")]],
      2, "F4b- F4 with the model's un_figure for the named mission"),
    c([[(LR, "A confidential report by researchers at Human Rights Watch on abuses by the UN mission MINUSMA says 40 "
             "civilians were killed.")],
       [(U, "MINUSMA said 40 civilians were killed.")]],
      2, "F5- HRW's report about the UN mission, and MINUSMA"),

    # ---------------- G. registry: PKK/HPG/ANF, YPG/SDF, TPLF, SUNA ----------------
    c([[(M, "The Firat News Agency reported that Turkish drones killed four guerrillas in the Zap region.")],
       [(R, "The HPG said four of its guerrillas were killed by Turkish drones in Zap.")]],
      1, "G1+ ANF is the PKK's channel; the HPG is the PKK's"),
    c([[(R, "The YPG said five of its fighters were killed in Turkish strikes near Kobani.")],
       [(R, "The SDF said five of its fighters were killed in Turkish strikes near Kobani.")]],
      1, "G2+ the YPG is the SDF's"),
    c([[(R, "The YPG said five of its fighters were killed in Turkish strikes near Kobani.")],
       [(R, "Turkey's defence ministry said five YPG militants were neutralised near Kobani.")]],
      2, "G3- the YPG and Turkey: two"),
    c([[(R, "The Kurdistan Democratic Party said PKK fighters killed two peshmerga in Duhok.")],
       [(R, "The PKK said its fighters killed two peshmerga in Duhok.")]],
      2, "G4- Iraq's KDP is not the PKK"),
    c([[(R, "The PKK said Turkish strikes killed four civilians in Makhmour.")],
       [(R, "The SDF said Turkish strikes killed four civilians in Makhmour.")]],
      2, "G5- the PKK and the SDF are separate organisations"),
    c([[(R, "The Tigray People's Liberation Front said federal troops killed 30 civilians in Axum.")],
       [(R, "TPLF spokesman Getachew Reda said federal troops killed 30 civilians in Axum.")]],
      1, "G6+ TPLF by name and its spokesman"),
    c([[(R, "The Tigray People's Liberation Front said federal troops killed 30 civilians in Axum.")],
       [(R, "The Ethiopian Human Rights Commission said federal troops killed 30 civilians in Axum.")]],
      2, "G7- TPLF and EHRC"),
    c([[(M, "The Sudan News Agency reported that army air defences shot down two drones over Port Sudan.")],
       [(R, "The Sudanese government said two drones were shot down over Port Sudan.")]],
      1, "G8+ SUNA and the government"),
    c([[(M, "The South Sudan News Agency reported that 40 people were killed in clashes in Abyei.")],
       [(R, "Sudan's army said 40 people were killed in clashes in Abyei.")]],
      2, "G9- the South Sudan News Agency is not SUNA"),
    c([[(R, "The South Sudanese government said 40 people were killed in clashes in Abyei.")],
       [(R, "Sudan's army said 40 people were killed in clashes in Abyei.")]],
      2, "G10- South Sudan's government is not Sudan's"),
    c([[(R, "The rival Sudanese government set up by the RSF in Nyala said army drones destroyed a cargo plane at "
            "Nyala airport.")],
       [(R, "Sudan's army said its drones destroyed a cargo plane at Nyala airport.")]],
      2, "G11- the RSF's parallel government and the army: two sides"),
    c([[(M, "SUNA reported that RSF drones struck the Merowe dam, cutting power to the city.")],
       [(R, "Sudan's army said RSF drones struck the Merowe dam.")],
       [(R, "The RSF said its drones struck the Merowe dam.")]],
      2, "G12+ SUNA and the army are one state; the RSF the other side: two"),
    c([[(R, "The Syrian Democratic Forces' Manbij Military Council said Turkish drones killed four civilians in Arima."),
        ([], "Elders of the Syrian National Council met in Istanbul on Sunday."),
        (R, "The council said the drone strike killed four civilians in Arima.")]],
      2, "G13- 'The council' after another council named: not the SDF's unit"),
    c([[(R, "The SDF Manbij Military Council said Turkish drones killed four civilians in Arima."),
        ([], "Elders of the Syrian National Council met in Istanbul on Sunday."),
        (R, "The council said the drone strike killed four civilians in Arima.")]],
      2, "G14- same with 'The SDF Manbij Military Council'"),
    c([[(R, "Former Kremlin aide Sergei Markov said 10,000 North Korean troops had been deployed to Kursk.")],
       [(R, "The Kremlin said 10,000 North Korean troops had been deployed to Kursk.")]],
      2, "G15- a former Kremlin aide is no longer its voice: two"),
]
