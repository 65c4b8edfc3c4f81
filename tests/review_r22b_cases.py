"""Round 22's second review: 150 more invented sentences, written by another helper against the
narrowed rules (never the stories, checks, seeds or the first review's sentences). Same format as
review_r22_cases.py. "# MISFIRE" comments are the reviewer's notes on the first narrowing.
"""


A = [
    # ---------------- 1. continuation list: a new clause starting with a listed word ----------------
    dict(id="r22b-times-police", pub="x", sents=[
        # MISFIRE (regression): R1 continuation list: 'Police' starts the reported clause; capital 'The' mid-sentence after 'told' is the paper (regression).
        ("A senior police officer told The Times Police in Maiduguri had detained 14 suspects after the bombing.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The Times")]),
        ("The Times said the officer spoke on condition of anonymity because he was not authorised to brief reporters.",
         ["media_report"], [("media_report", "The Times")]),
    ]),
    dict(id="r22b-guardian-clause", pub="x", sents=[
        # MISFIRE (regression): R1: 'Security' (listed) starts the clause (regression).
        ("A European diplomat told The Guardian Security Council members were split over the draft resolution on Sudan.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The Guardian")]),
        # MISFIRE (regression): R1: 'Human' (listed) starts the clause (regression).
        ("Another diplomat told The Guardian Human rights groups had not been consulted on the text.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The Guardian")]),
        ("A Sudanese official told The Guardian Russian diplomats had lobbied against the draft.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The Guardian")]),
        ("The Guardian said the vote had been postponed to Thursday.",
         ["media_report"], [("media_report", "The Guardian")]),
    ]),
    dict(id="r22b-times-army", pub="x", sents=[
        # MISFIRE (regression): R1: 'Army' starts the clause (regression).
        ("A Ukrainian commander told The Times Army units near Pokrovsk were rationing artillery shells.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The Times")]),
        ("The Times said the brigade had received fewer than 30 shells a day for a week.",
         ["media_report"], [("media_report", "The Times")]),
        ("Ukraine's general staff said Russian forces had launched 52 assaults in the sector.",
         ["on_record"], [("on_record", "*general staff*")]),
    ]),
    dict(id="r22b-national-clause", pub="x", sents=[
        # MISFIRE (regression): R1: 'Security' starts the clause (regression).
        ("A Yemeni government official told The National Security forces had foiled a plot to bomb the port in Aden.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The National")]),
        # MISFIRE (regression): R1: 'Emergency' starts the clause (regression).
        ("Emirati officials told The National Emergency teams had reached Derna by Thursday morning.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The National")]),
        ("The National, an Abu Dhabi daily, said the teams included 40 search-and-rescue specialists.",
         ["media_report"], [("media_report", "The National")]),
    ]),
    dict(id="r22b-holidays", pub="x", sents=[
        # MISFIRE (regression): R1: 'on' + capitalised holiday is not in _WHEN, so the title is blocked and the relay lost (regression).
        ("Ukraine's top general, Oleksandr Syrskyi, told The Times on Independence Day that the offensive in Kursk would continue.",
         ["on_record", "media_report"], [("on_record", "Oleksandr Syrskyi"), ("via", "The Times")]),
        ("A military source told The Telegraph on Christmas Eve that two British-made tanks had been lost.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The Daily Telegraph")]),
        # MISFIRE (regression): R1: 'on Easter' blocks the title; the span 'The Guardian' then refers back to article.last = The Daily Telegraph (regression).
        ("The Guardian on Easter Sunday published photographs of the damaged cathedral in Odesa.",
         ["media_report"], [("media_report", "The Guardian")]),
        ("The Independent on Sunday reported that two British volunteers were missing near Bakhmut.",
         ["media_report"], [("media_report", "The Independent")]),
    ]),
    # ---------------- 2. continuation list: institutions it does not know ----------------
    dict(id="r22b-iraq-ihec", pub="x", sents=[
        ("Rudaw reported that ballot boxes had been burned in two districts of Kirkuk.",
         ["media_report"], [("media_report", "Rudaw")]),
        # MISFIRE (not fixed): R1: 'High' not in _NAME_WORDS: The Independent matched (pre-existing, not narrowed).
        ("The Independent High Electoral Commission said turnout in Kirkuk was 41 percent.",
         ["on_record"], [("on_record", "*Independent High Electoral Commission")]),
        # MISFIRE (not fixed): Knock-on of the IHEC match: article.last[media_report] = The Independent, so 'the broadcaster' is no longer Rudaw.
        ("The broadcaster said observers had been barred from three polling stations.",
         ["media_report"], [("media_report", "Rudaw")]),
    ]),
    dict(id="r22b-afghan-iec", pub="x", sents=[
        # MISFIRE (not fixed): R1: 'Election' not listed (only 'Electoral').
        ("The Independent Election Commission said preliminary results would be announced on October 19.",
         ["on_record"], [("on_record", "*Independent Election Commission")]),
    ]),
    dict(id="r22b-libya-noc", pub="x", sents=[
        # MISFIRE (not fixed): R1: 'Oil' not listed.
        ("The National Oil Corporation said output at the Sharara field had fallen to 120,000 barrels a day.",
         ["on_record"], [("on_record", "*National Oil Corporation")]),
        ("The Libya Observer reported that protesters had shut the pipeline valve at the field.",
         ["media_report"], [("media_report", "Libya Observer")]),
        ("Ahmed al-Mismari, a spokesman for the National Army, said its units had not been deployed to the field.",
         ["on_record"], [("on_record", "Ahmed al-Mismari")]),
        ("The website said the protesters were demanding unpaid salaries.",
         ["media_report"], [("media_report", "Libya Observer")]),
    ]),
    dict(id="r22b-kenya-bodies", pub="x", sents=[
        ("The BBC reported that police had fired live rounds at protesters in Nairobi.",
         ["media_report"], [("media_report", "BBC")]),
        # MISFIRE (not fixed): R1: 'Policing' is not 'Police\b'.
        ("The Independent Policing Oversight Authority said it was investigating the deaths of six protesters in Nairobi.",
         ["on_record"], [("on_record", "*Independent Policing Oversight Authority")]),
        ("The Independent Electoral and Boundaries Commission said the by-election would go ahead.",
         ["on_record"], [("on_record", "*Boundaries Commission")]),
        ("The National Cohesion and Integration Commission said it had summoned two MPs over hate speech.",
         ["on_record"], [("on_record", "*Integration Commission")]),
        ("The National Police Service said 41 officers had been injured.",
         ["on_record"], [("on_record", "*National Police Service")]),
        # MISFIRE (not fixed): Knock-on: NCIC sentence put The National into article.last; 'the broadcaster' should be the BBC.
        ("The broadcaster said at least six people were killed.",
         ["media_report"], [("media_report", "BBC")]),
    ]),
    dict(id="r22b-pakistan-bodies", pub="x", sents=[
        # MISFIRE (not fixed): R1: 'Disaster' not listed.
        ("The National Disaster Management Authority said 1,200 people had died in the floods since June.",
         ["on_record"], [("on_record", "*National Disaster Management Authority")]),
        # MISFIRE (not fixed): R1: 'Accountability' not listed.
        ("The National Accountability Bureau said it had opened an inquiry into the relief funds.",
         ["on_record"], [("on_record", "*National Accountability Bureau")]),
    ]),
    dict(id="r22b-ukraine-nabu", pub="x", sents=[
        ("The Kyiv Independent reported that a missile had struck a hotel in Kharkiv used by journalists.",
         ["media_report"], [("media_report", "Kyiv Independent")]),
        ("The Independent said the hotel had been hit twice before.",
         ["media_report"], [("media_report", "Kyiv Independent")]),
        # MISFIRE (not fixed): R1: 'Anti-Corruption' not listed.
        ("The National Anti-Corruption Bureau said it had charged a deputy defence minister over the purchase of rations.",
         ["on_record"], [("on_record", "*National Anti-Corruption Bureau")]),
    ]),
    dict(id="r22b-sudan-umma", pub="x", sents=[
        # MISFIRE (not fixed): R1: 'Umma' not listed.
        ("The National Umma Party said it would boycott the talks in Jeddah.",
         ["on_record"], [("on_record", "*National Umma Party")]),
        ("Sudan Tribune reported that the party's leader had met RSF envoys in Kampala.",
         ["media_report"], [("media_report", "Sudan Tribune")]),
    ]),
    dict(id="r22b-uk-iopc", pub="x", sents=[
        ("The BBC reported that armed officers had shot a man in Croydon.",
         ["media_report"], [("media_report", "BBC")]),
        ("The Independent Office for Police Conduct said it had opened an investigation into the shooting in Croydon.",
         ["on_record"], [("on_record", "*Police Conduct")]),
        # MISFIRE (not fixed): Knock-on: the IOPC sentence put The Independent into article.last; 'the broadcaster' should be the BBC.
        ("The broadcaster said the officer had been suspended.",
         ["media_report"], [("media_report", "BBC")]),
    ]),
    dict(id="r22b-independent-arabia", pub="x", sents=[
        # MISFIRE (not fixed): R1: 'Arabia' not listed (a separate licensed outlet).
        ("The Independent Arabia website reported that the Saudi-led coalition had intercepted a drone over Jazan.",
         ["media_report"], [("media_report", None)]),
    ]),
    dict(id="r22b-telegraph-agency", pub="x", sents=[
        # MISFIRE (not fixed): Bare alias 'Telegraph' is case-insensitive and outside the one-word-title guard.
        # (Round 45: the unregistered agency is named, as "Blue Nile Voice reported" is; not The Telegraph.)
        ("The Bulgarian Telegraph Agency reported that the grain ship had left Varna with 40,000 tonnes of wheat.",
         ["media_report"], [("media_report", "The Bulgarian Telegraph Agency")]),
    ]),
    dict(id="r22b-guardian-council", pub="x", sents=[
        ("The Guardian Council said it had approved six candidates for the presidential election.",
         ["on_record"], [("on_record", "*Guardian Council")]),
        ("The Guardian reported that two reformist candidates had been disqualified.",
         ["media_report"], [("media_report", "The Guardian")]),
    ]),
    dict(id="r22b-publisher-national", pub="The National", sents=[
        ("A senior Emirati official told The National that talks on a truce were under way in Jeddah.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The National")]),
    ]),
    # ---------------- 3. qualified titles ----------------
    dict(id="r22b-nigeria-guardian", pub="x", sents=[
        # MISFIRE (not fixed): Qualified by another country: the qualification is taken to confirm the registered (UK) paper.
        ("Nigeria's The Guardian reported that 23 farmers were killed by gunmen in Benue state.",
         ["media_report"], [("media_report", None)]),
        ("The Lagos-based daily said the attackers arrived on motorcycles.",
         ["media_report"], [("media_report", None)]),
        ("Amnesty International said security forces had ignored warnings of the attack.",
         ["on_record"], [("on_record", "Amnesty International")]),
    ]),
    dict(id="r22b-scotland-national", pub="x", sents=[
        # MISFIRE (not fixed): Qualified by another country: Scotland's The National is not the UAE daily.
        ("Scotland's The National reported that 300 Ukrainian refugees had been housed on a cruise ship in Leith.",
         ["media_report"], [("media_report", None)]),
        # MISFIRE (not fixed): Knock-on of the Scotland qualification.
        ("The Glasgow-based paper said the ship's contract would end in March.",
         ["media_report"], [("media_report", None)]),
    ]),
    dict(id="r22b-kolkata-telegraph", pub="x", sents=[
        # MISFIRE (not fixed): Qualified by an Indian city: not the Daily Telegraph.
        ("The Kolkata daily The Telegraph reported that three soldiers were killed in an ambush in Manipur.",
         ["media_report"], [("media_report", None)]),
    ]),
    dict(id="r22b-qualified-ok", pub="x", sents=[
        ("The New York Times reported that Hezbollah had moved rockets north of the Litani.",
         ["media_report"], [("media_report", "The New York Times")]),
        ("Britain's The Times said British officials had seen the same intelligence.",
         ["media_report"], [("media_report", "The Times")]),
        ("UAE daily The National reported that Gulf states had been briefed.",
         ["media_report"], [("media_report", "The National")]),
        # MISFIRE (regression): R2: learn() ignores the qualified 'Britain's The Times' (2-word match), so the next bare 'The Times' goes back to the NYT (regression).
        ("The Times, citing a defence source, said RAF jets were on standby in Cyprus.",
         ["media_report", "anonymous_source"], [("anonymous_source", None), ("via", "The Times")]),
    ]),
    dict(id="r22b-qualified-before-false", pub="x", sents=[
        ("The New York Times reported that Israeli drones had struck a weapons depot near Baalbek.",
         ["media_report"], [("media_report", "The New York Times")]),
        # MISFIRE (not fixed): R2 _QUALIFIED_BEFORE: any capitalised word before 'The' ('Monday') counts as a qualifier.
        ("On Monday The Times said a second depot had been hit near Hermel.",
         ["media_report"], [("media_report", "The New York Times")]),
        ("Al-Manar said the strikes killed two people.",
         ["pro_regime_outlet"], [("pro_regime_outlet", "Al-Manar")]),
        # MISFIRE (not fixed): R2 _QUALIFIED_BEFORE: sentence adverb 'Earlier' counts as a qualifier.
        ("Earlier The Times reported that the depots held Iranian-made missiles.",
         ["media_report"], [("media_report", "The New York Times")]),
        ("The Times said the Israeli military had declined to comment.",
         ["media_report"], [("media_report", "The New York Times")]),
    ]),
    dict(id="r22b-qualified-after-false", pub="x", sents=[
        ("The New York Times first reported the talks on the hostages in Doha.",
         ["media_report"], [("media_report", "The New York Times")]),
        # MISFIRE (not fixed): R2 _QUALIFIED_AFTER: the main clause ', the group holding ...' after the comma is read as an apposition.
        ("According to The Times, the group holding the hostages had moved them twice in a week.",
         ["media_report"], [("media_report", "The New York Times")]),
        # MISFIRE (not fixed): R2 _QUALIFIED_AFTER: a non-identifying apposition ('the first outlet to report the talks') counts as a qualifier.
        ("The Times, the first outlet to report the talks, said Qatar had proposed a new timetable.",
         ["media_report"], [("media_report", "The New York Times")]),
        ("Qatar's foreign ministry spokesman, Majed al-Ansari, said the talks were continuing.",
         ["on_record"], [("on_record", "Majed al-Ansari")]),
    ]),
    # ---------------- 4. head words, unregistered papers, publisher ----------------
    dict(id="r22b-moscow-times", pub="x", sents=[
        ("The Moscow Times reported that conscripts from Belgorod had been sent to the Kursk front.",
         ["media_report"], [("media_report", "The Moscow Times")]),
        ("The Times said at least 40 families had received notices.",
         ["media_report"], [("media_report", "The Moscow Times")]),
        ("Meduza reported similar figures from the Bryansk region.",
         ["media_report"], [("media_report", "Meduza")]),
        ("The Times said the notices were later withdrawn.",
         ["media_report"], [("media_report", "The Moscow Times")]),
    ]),
    dict(id="r22b-times-of-malta", pub="x", sents=[
        ("Reuters reported that a migrant boat had capsized south of Lampedusa.",
         ["media_report"], [("media_report", "Reuters")]),
        ("The Times of Malta said 41 people were missing.",
         ["media_report"], [("media_report", "The Times of Malta")]),
        ("The Times said the Armed Forces of Malta had not been alerted until the next morning.",
         ["media_report"], [("media_report", "The Times of Malta")]),
        # MISFIRE (not fixed): Pseudo-source 'The Times of Malta' enters article.last; 'the agency' is Reuters (descriptor mismatch; old gave The Times).
        ("The agency said Italian coastguards had rescued four survivors.",
         ["media_report"], [("media_report", "Reuters")]),
    ]),
    dict(id="r22b-post-collision", pub="x", sents=[
        ("The Washington Post reported that US officials had warned Israel against a ground operation in Rafah.",
         ["media_report"], [("media_report", "The Washington Post")]),
        ("Haaretz said the security cabinet had approved the plan on Thursday night.",
         ["media_report"], [("media_report", "Haaretz")]),
        # MISFIRE (not fixed): Unregistered bare title: TitleMemory not consulted, falls to article.last = Haaretz (pre-existing).
        ("The Post said the warning was delivered by phone to the defence minister.",
         ["media_report"], [("media_report", "The Washington Post")]),
    ]),
    dict(id="r22b-jpost-post", pub="x", sents=[
        ("Reuters reported that the ceasefire talks in Cairo had stalled.",
         ["media_report"], [("media_report", "Reuters")]),
        ("The Jerusalem Post said Israeli negotiators had left the talks.",
         ["media_report"], [("media_report", "Jerusalem Post")]),
        ("The Post said the delegation would return on Sunday.",
         ["media_report"], [("media_report", "Jerusalem Post")]),
    ]),
    dict(id="r22b-herald", pub="x", sents=[
        ("Reuters reported that an Israeli strike had hit an aid convoy in Deir al-Balah.",
         ["media_report"], [("media_report", "Reuters")]),
        ("The Sydney Morning Herald reported that an Australian aid worker was among the dead.",
         ["media_report"], [("media_report", "The Sydney Morning Herald")]),
        # MISFIRE (not fixed): Same: 'The Herald' goes to Reuters, not the Sydney Morning Herald (pre-existing).
        ("The Herald said the foreign ministry had summoned the Israeli ambassador.",
         ["media_report"], [("media_report", "*Herald")]),
    ]),
    dict(id="r22b-kyiv-independent-ok", pub="x", sents=[
        ("The Kyiv Independent reported that Russian glide bombs had hit Zaporizhzhia overnight.",
         ["media_report"], [("media_report", "Kyiv Independent")]),
        ("The Independent said two people were killed and 18 injured.",
         ["media_report"], [("media_report", "Kyiv Independent")]),
        ("Regional governor Ivan Fedorov said rescuers were still searching the rubble.",
         ["on_record"], [("on_record", "*Ivan Fedorov")]),
    ]),
    dict(id="r22b-nyt-ok", pub="x", sents=[
        ("The New York Times reported that Sudan's army had used barrel bombs in Omdurman.",
         ["media_report"], [("media_report", "The New York Times")]),
        ("The Times said satellite images showed at least 40 craters.",
         ["media_report"], [("media_report", "The New York Times")]),
        ("An army spokesman, Brig. Nabil Abdallah, denied the report.",
         ["on_record"], [("on_record", "*Nabil Abdallah")]),
        ("The Times said it had verified the images with two independent analysts.",
         ["media_report"], [("media_report", "The New York Times")]),
    ]),
    dict(id="r22b-publisher-lat", pub="Los Angeles Times", sents=[
        ("A Pentagon official told The Times that the carrier would remain in the eastern Mediterranean.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "Los Angeles Times")]),
        ("The Times of London reported that British special forces were on standby in Cyprus.",
         ["media_report"], [("media_report", "The Times")]),
        # MISFIRE (regression): R2 first-reading: settled 'times' = publisher from s1, a later full 'The Times of London' does not reset it (regression).
        ("The Times also said two RAF transport planes had landed at Akrotiri.",
         ["media_report"], [("media_report", "The Times")]),
    ]),
    dict(id="r22b-publisher-first-reading", pub="Khaleej Times", sents=[
        ("A hospital official told The Times that three Emirati nationals were among the injured in the blast.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "Khaleej Times")]),
        ("The Sunday Times reported that British intelligence had tracked the cell for months.",
         ["media_report"], [("media_report", "The Times")]),
        # MISFIRE (regression): R2 first-reading, as above (publisher settled before 'The Sunday Times' was named); likely London, somewhat ambiguous.
        ("The Times said the cell had been run from abroad.",
         ["media_report"], [("media_report", "The Times")]),
    ]),
    dict(id="r22b-publisher-guardian-ng", pub="The Guardian Nigeria", sents=[
        # MISFIRE (not fixed): Publisher head word: head_word('The Guardian Nigeria') = 'nigeria', so self-reference is missed (depends on publisher strings).
        ("A police source told The Guardian that the abducted pupils had been moved to a forest in Zamfara.",
         ["anonymous_source", "media_report"], [("anonymous_source", None), ("via", "The Guardian Nigeria")]),
        ("Police spokesman Yazid Abubakar said a rescue operation was under way.",
         ["on_record"], [("on_record", "*Yazid Abubakar")]),
    ]),
    dict(id="r22b-tehran-times", pub="x", sents=[
        ("The Times of London reported that Iran had moved ballistic missiles to western bases.",
         ["media_report"], [("media_report", "The Times")]),
        ("The Tehran Times said the report was psychological warfare.",
         ["pro_regime_outlet"], [("pro_regime_outlet", "Tehran Times")]),
        ("The Times said its sources included two Western intelligence officials.",
         ["media_report"], [("media_report", "The Times")]),
    ]),
    # ---------------- 5. "The ... Star/Post/Review/Gazette" that are not papers ----------------
    dict(id="r22b-kalma-police-post", pub="x", sents=[
        ("Radio Dabanga reported that gunmen had attacked Kalma camp in South Darfur.",
         ["media_report"], [("media_report", "Radio Dabanga")]),
        # MISFIRE (regression): R2 unregistered_paper: 'the Kalma Police Post' (4 words ending in Post) suppresses the back-reference (regression).
        ("The station said the attackers overran the Kalma Police Post overnight.",
         ["media_report"], [("media_report", "Radio Dabanga")]),
        ("It said 11 displaced people were killed.",
         ["media_report"], [("media_report", "Radio Dabanga")]),
    ]),
    dict(id="r22b-official-gazette", pub="x", sents=[
        ("IRNA reported that the president had signed the decree on Sunday.",
         ["pro_regime_outlet"], [("pro_regime_outlet", "IRNA")]),
        # MISFIRE (regression): R2 unregistered_paper: 'the Official Gazette' (regression).
        ("The agency said the decree would take effect once it appeared in the Official Gazette.",
         ["pro_regime_outlet"], [("pro_regime_outlet", "IRNA")]),
    ]),
    dict(id="r22b-grand-star-hotel", pub="x", sents=[
        ("Al Jazeera reported that an air strike had hit a building in Khan Younis.",
         ["media_report"], [("media_report", "Al Jazeera")]),
        # MISFIRE (regression): R2 unregistered_paper: 'the Grand Star' (regression).
        ("The channel said journalists had been sheltering at the Grand Star Hotel next door.",
         ["media_report"], [("media_report", "Al Jazeera")]),
    ]),
    dict(id="r22b-upr", pub="x", sents=[
        ("Xinhua reported that Beijing had rejected criticism of its policies in Xinjiang.",
         ["media_report"], [("media_report", "Xinhua")]),
        # MISFIRE (regression): R2 unregistered_paper: 'the Universal Periodic Review' (regression).
        ("The agency said China had accepted 70 percent of the recommendations made at the Universal Periodic Review.",
         ["media_report"], [("media_report", "Xinhua")]),
    ]),
    dict(id="r22b-baghdad-post", pub="x", sents=[
        ("Press TV reported that Israeli jets had struck a site near Damascus airport.",
         ["pro_regime_outlet"], [("pro_regime_outlet", "Press TV")]),
        # MISFIRE (regression): R2 unregistered_paper: a paper named as the topic, not the cited outlet (regression).
        ("The channel said the account in The Baghdad Post of 40 dead had been fabricated.",
         ["pro_regime_outlet"], [("pro_regime_outlet", "Press TV")]),
    ]),
    dict(id="r22b-post-office", pub="x", sents=[
        ("Suspilne reported that a drone had hit the Post Office depot in Odesa.",
         ["media_report"], [("media_report", "Suspilne")]),
        ("The broadcaster said The Star Hotel across the road was also damaged.",
         ["media_report"], [("media_report", "Suspilne")]),
        ("The Morning Star, a British daily, said the depot held humanitarian parcels.",
         ["media_report"], [("media_report", "The Morning Star")]),
    ]),
    # ---------------- 6. observatories ----------------
    dict(id="r22b-ituri-observatory", pub="x", sents=[
        ("The Ituri Peace Observatory said 22 civilians were killed in an attack on a displacement camp near Djugu.",
         ["named_monitor"], [("named_monitor", "Ituri Peace Observatory")]),
        ("The Observatory blamed CODECO militiamen for the attack.",
         ["named_monitor"], [("named_monitor", "Ituri Peace Observatory")]),
        ("MONUSCO said its peacekeepers had reached the camp on Saturday.",
         ["un_figure"], [("un_figure", "MONUSCO")]),
        ("The observatory said the toll could rise.",
         ["named_monitor"], [("named_monitor", "Ituri Peace Observatory")]),
    ]),
    dict(id="r22b-sudan-observatory", pub="x", sents=[
        ("The Sudan Conflict Observatory said satellite images showed 30 villages burned in West Darfur.",
         ["named_monitor"], [("named_monitor", "Sudan Conflict Observatory")]),
        ("The observatory said the fires began after RSF fighters entered the area.",
         ["named_monitor"], [("named_monitor", "Sudan Conflict Observatory")]),
        ("A spokesman for the Rapid Support Forces denied the group had burned any villages.",
         ["on_record"], [("on_record", "Rapid Support Forces")]),
    ]),
    dict(id="r22b-observatory-first", pub="x", sents=[
        ("The Observatory said nine members of government forces were killed in an ambush in the Badia desert.",
         ["named_monitor"], [("named_monitor", "Syrian Observatory for Human Rights")]),
        ("The Badia Documentation Network said the ambush took place near al-Sukhnah.",
         ["named_monitor"], [("named_monitor", "Badia Documentation Network")]),
        ("The Observatory said the death toll had risen to 12.",
         ["named_monitor"], [("named_monitor", "Syrian Observatory for Human Rights")]),
    ]),
    dict(id="r22b-kharkiv-observatory", pub="x", sents=[
        ("Truth Hounds, a Ukrainian monitor, said it had documented 40 strikes on the city's university district.",
         ["named_monitor"], [("named_monitor", "Truth Hounds")]),
        ("Staff at the observatory in Kharkiv said the dome was destroyed by a glide bomb.",
         ["anonymous_source"], [("anonymous_source", None)]),
        # MISFIRE (not fixed): Lower-case 'the observatory' (kind title) in 'Staff at the observatory in Kharkiv said' is cited as SOHR; pollutes the monitor back-reference.
        ("The monitor said the strike was the fifth on the campus.",
         ["named_monitor"], [("named_monitor", "Truth Hounds")]),
    ]),
    dict(id="r22b-wagner-group", pub="x", sents=[
        ("ACLED recorded 112 attacks on civilians in central Mali in March.",
         ["named_monitor"], [("named_monitor", "ACLED")]),
        # MISFIRE (regression): R2 monitor deletion: _monitor() picks the registered on_record 'Wagner Group' (has 'Group'), the finder's ACLED is deleted (regression).
        ("The monitor said Wagner Group fighters took part in at least 30 of them.",
         ["named_monitor"], [("named_monitor", "ACLED")]),
        # MISFIRE (regression): Knock-on: article.monitor is now Wagner Group (regression).
        ("The project said most of the rest were carried out by Islamic State Sahel Province.",
         ["named_monitor"], [("named_monitor", "ACLED")]),
    ]),
    dict(id="r22b-haqqani-network", pub="x", sents=[
        ("The Institute for the Study of War said the Haqqani Network had taken over security in Kabul.",
         ["named_monitor"], [("named_monitor", "Institute for the Study of War")]),
        # MISFIRE (not fixed): _monitor() reads the actor 'Haqqani Network' as a monitor (pre-existing; the new deletion rule would do the same with the finder's ISW).
        ("The think tank said the Haqqani Network now controlled the interior ministry.",
         ["named_monitor"], [("named_monitor", "Institute for the Study of War")]),
        ("UNAMA said it had documented 1,200 civilian casualties in the first half of the year.",
         ["un_figure"], [("un_figure", "UNAMA")]),
    ]),
    dict(id="r22b-eurasia-group", pub="x", sents=[
        ("Airwars said it had recorded 64 civilian deaths from coalition strikes in Mosul in one week.",
         ["named_monitor"], [("named_monitor", "Airwars")]),
        # MISFIRE (not fixed): _monitor() reads 'Carter Center' (object of 'shared with') as the monitor (pre-existing).
        ("The group said its figures were drawn from local reports and shared with the Carter Center.",
         ["named_monitor"], [("named_monitor", "Airwars")]),
    ]),
    # ---------------- 7. apposed names ----------------
    dict(id="r22b-apposed-ok", pub="x", sents=[
        ("Four people were killed in the strike, according to the governor of Kharkiv region, Oleh Syniehubov.",
         ["on_record"], [("on_record", "Oleh Syniehubov")]),
        ("Two of the dead were children, said the head of the regional police, Volodymyr Tymoshko.",
         ["on_record"], [("on_record", "Volodymyr Tymoshko")]),
        ("The attack was repelled, according to the Indian army's spokesman, Col. Sudhir Chamoli.",
         # round 44 registered the Indian Army: its spokesman is the army, India's
         ["on_record"], [("on_record", "Indian Army")]),
        ("The drills would continue until Sunday, said the spokesman, Senior Colonel Shi Yi.",
         ["on_record"], [("on_record", "*Shi Yi", "?")]),
        ("The hospital had no fuel left, said the director of the hospital, Dr. Marwan al-Sultan.",
         ["on_record"], [("on_record", "Dr. Marwan al-Sultan")]),
        ("Nine displaced people were killed, according to the head of the local council, Yusuf Adam, who fled the town.",
         ["on_record"], [("on_record", "Yusuf Adam")]),
    ]),
    dict(id="r22b-apposed-place", pub="x", sents=[
        # MISFIRE (not fixed): R3: place after 'a resident of the ... city' ( _PLACE_END only covers 'in ...').
        ("Gunfire was heard through the night, said a resident of the region's largest city, El Fasher.",
         ["on_record"], [("on_record", "*resident*")]),
        # MISFIRE (not fixed): R3: an institution (the hospital's name) read as the speaker.
        ("The hospital had run out of oxygen, said a nurse at the only functioning hospital, Al-Nao Hospital.",
         ["on_record"], [("on_record", "*nurse*")]),
        # MISFIRE (not fixed): R3: a ship's name read as the speaker.
        ("The ship was hit twice, said the captain of the bulk carrier, True Confidence.",
         ["on_record"], [("on_record", "*captain*")]),
    ]),
    dict(id="r22b-apposed-other-person", pub="x", sents=[
        # MISFIRE (not fixed): R3: the name apposes the reporter, not the mother.
        ("The shelling was the heaviest in weeks, said the mother of the detained reporter, Iryna Danylenko.",
         ["on_record"], [("on_record", "*mother*")]),
        # MISFIRE (regression): R3: the name apposes the commander (regression: old kept the description).
        ("The rebels had been pushed back, said the wife of the jailed army commander, Gen. Hamid Rahimi.",
         ["on_record"], [("on_record", "*wife*")]),
        # MISFIRE (not fixed): R3: the name apposes the activist.
        ("He had been tortured in custody, according to a lawyer for the jailed activist, Alaa Abd el-Fattah.",
         ["on_record"], [("on_record", "*lawyer*")]),
        # MISFIRE (regression): R3: the name apposes the marine (regression).
        ("He was captured near Vuhledar, said a relative of the Ukrainian marine, Serhiy Kovalenko.",
         ["on_record"], [("on_record", "*relative*")]),
    ]),
    dict(id="r22b-apposed-org", pub="x", sents=[
        # MISFIRE (regression): R3: an organisation (the affiliation) read as the speaker (regression).
        ("The attack was repelled, said a spokesman for the rebel alliance, Alliance Fleuve Congo.",
         ["on_record"], [("on_record", "*spokesman*")]),
        # MISFIRE (regression): R3: an organisation read as the speaker (regression).
        ("The town was taken without a fight, said a spokesman for the ethnic armed group, Arakan Army.",
         ["on_record"], [("on_record", "*spokesman*")]),
        ("The aid was blocked at the border, according to the operator of the crossing, Egypt Land Ports.",
         ["on_record"], [("on_record", "*")]),
    ]),
]
