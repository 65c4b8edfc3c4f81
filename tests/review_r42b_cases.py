"""Round 42 review B (registry entries, state inference, notes): minimal cases, each with the origin count
a careful reader counts, written by a helper before running them; kept as written."""

OR, MR, AN, UN, LK = "on_record", "media_report", "anonymous_source", "un_figure", "leaked_recording"

CASES = [
    # D1 (regression, false strong): at_home lends a countryless official the one state his article names,
    # which is often a wire bureau's dateline, the attacker or a place-name look-alike, not his own state.
    {"articles": [[([OR], "NAIROBI (Reuters) - Army spokesman Lul Ruai Koang said 31 fighters were killed.")],
                  [([OR], "South Sudan's army said 31 fighters were killed.")]],
     "expect": 1, "why": "D1a Nairobi dateline makes South Sudan's army spokesman Kenyan"},
    {"articles": [[([OR], "Russian missiles killed five people in Kharkiv, Governor Oleh Syniehubov said.")],
                  [([OR], "Ukraine's emergency service said five people were killed in Kharkiv.")]],
     "expect": 1, "why": "D1b the attacker is the only state named, so Ukraine's governor is read as Russia's"},
    {"articles": [[([OR], "Bandits killed 20 villagers in Niger State, Governor Mohammed Umaru Bago said.")],
                  [([OR], "Nigeria's police said bandits killed 20 villagers.")]],
     "expect": 1, "why": "D1c 'Niger State' (Nigeria) read as the state of Niger"},
    # D2 (regression, false strong): the new bare "Haftar" alias makes Haftar's rival speak for the LNA
    {"articles": [[([OR], "Prime Minister Abdul Hamid Dbeibah, Haftar's rival, said drones hit Mitiga airport.")],
                  [([OR], "Libya's interior ministry said drones hit Mitiga airport.")]],
     "expect": 1, "why": "D2 Dbeibah read as the LNA, apart from his own government's ministry"},
    # D3 (regression in outcome, old cause): a newly registered group named after "told reporters that" is the speaker
    {"articles": [[([OR], "Army spokesman Lul Ruai Koang told reporters that 31 SPLA-IO fighters were killed.")],
                  [([OR], "South Sudan's army said 31 SPLA-IO fighters were killed.")]],
     "expect": 1, "why": "D3 the SPLA-IO, what the spokesman spoke about, replaces him as the source"},
    # D4 (regression, false strong): South Sudan's alias "Transitional Government of National Unity" catches Libya's
    {"articles": [[([OR], "Libya's transitional Government of National Unity said clashes killed nine people.")],
                  [([OR], "The GNU said clashes killed nine people.")]],
     "expect": 1, "why": "D4 Libya's GNU read as the Government of South Sudan"},
    # D5 (regression, extra origin on a strong claim): a foreign state's leaked memo (_voice) makes the claim name
    # two states, so the one state's countryless spokesman is no longer joined to it
    {"articles": [[([OR], "Somalia's army said the strike killed 11 fighters.")],
                  [([OR], "Army spokesman Abdullahi Ali Anod said the strike killed 11 fighters.")],
                  [([LK], "A leaked Kenyan military memo says the strike killed 11 fighters.")]],
     "expect": 2, "why": "D5 Somalia (army + its spokesman) and the Kenyan memo: 2, not 3"},
    # D6 (regression, merge of rivals): SPLA-IO's hyphenated long alias spells "SPLM", so the ruling SPLM (and the
    # SPLA, the SPLM-N) are read as the SPLA-IO
    {"articles": [[([OR], "The ruling SPLM said troops retook Nasir.")],
                  [([OR], "The SPLA-IO said troops retook Nasir.")]],
     "expect": 2, "why": "D6 Kiir's party and the armed opposition are two sides"},
    # D7 (regression, merge): a letter signed by dissident officers is read as the army's own document
    {"articles": [[([LK], "A letter signed by dissident SSPDF officers says two battalions were moved to Nasir.")],
                  [([OR], "The SSPDF said two battalions were moved to Nasir.")]],
     "expect": 2, "why": "D7 dissidents' letter is not the command's voice"},
    # D8 (regression, merge): at_home lends the eastern government's minister to the Tripoli government
    {"articles": [[([OR], "Floods killed 400 people in Derna, eastern Libya, Health Minister Othman Abduljalil said.")],
                  [([OR], "Libya's Government of National Unity said floods killed 400 people in Derna.")]],
     "expect": 2, "why": "D8 rival governments of one country merged"},
    # D9 (regression, merge): the AANES alias "Kurdish-run administration" catches Iraqi Kurdistan's government
    {"articles": [[([OR], "A Turkish drone strike near Sulaimaniyah killed three people, the Kurdish-run administration in Erbil said.")],
                  [([OR], "The SDF said a Turkish drone strike near Sulaimaniyah killed three people.")]],
     "expect": 2, "why": "D9 the KRG in Erbil is not the SDF's administration"},
    # D10 (regression, claim read as a note): "…, and the army declined to comment but X said …" is now a note
    {"articles": [[([OR], "Al-Shabaab said its fighters killed 17 soldiers."),
                   ([OR], "Reuters could not verify the claim, and the army declined to comment but commissioner Abdi Nuur said 17 soldiers died.")]],
     "expect": 2, "why": "D10 the commissioner's account is dropped and al-Shabaab's hedged"},
    # D11 (regression, hedges the wrong claim; count unchanged): right score is Nuur hedged (70 here), new hedges UNMISS (65)
    {"articles": [[([OR], "Commissioner Gatluak Nuur said 23 civilians were killed."),
                   ([UN], "UNMISS said 23 civilians were killed."),
                   ([], "Reuters could not independently verify Nuur's figure.")]],
     "expect": 2, "why": "D11a a possessive figure note not at the opening hedges the last claim (UNMISS), not Nuur's"},
    {"articles": [[([OR], "Abdi Ali, a local elder, said 17 civilians died."),
                   ([OR], "Somalia's army said 17 civilians died."),
                   ([], "Ali's figure could not be independently verified.")]],
     "expect": 2, "why": "D11b owner 'ali' matched inside 'Somalia': the army's claim is hedged, not the elder's"},
    # ---- old gaps (BASE also wrong)
    {"articles": [[([LK], "An internal SSPDF memo says two battalions were moved to Nasir.")],
                  [([OR], "South Sudan's government said two battalions were moved to Nasir.")]],
     "expect": 1, "why": "G1 a state organ's own memo and that state's government: _states_joined ignores _voice"},
    {"articles": [[([OR], "The GNU said 14 soldiers were killed near Goma.")],
                  [([OR], "South Africa's defence ministry said 14 soldiers were killed near Goma.")]],
     "expect": 1, "why": "G2 South Africa's GNU, now named as Libya's"},
    {"articles": [[([OR], "An Israeli strike killed two men near Nabatieh, the health ministry said.")],
                  [([OR], "The Israeli military said it struck a car near Nabatieh, killing two men.")]],
     "expect": 2, "why": "G3 Lebanon's bare health ministry joined to the Israeli military"},
    {"articles": [[([OR], "Foreign Secretary David Lammy said 40 civilians were killed in El Obeid.")],
                  [([OR], "Sudan's foreign ministry said 40 civilians were killed in El Obeid.")]],
     "expect": 2, "why": "G4 a foreign minister quoted bare lent to the claim's one state"},
    {"articles": [[([LK], "A leaked Rwandan army memo says 40 M23 fighters died near Sake.")],
                  [([OR], "The army said 40 M23 fighters died near Sake.")]],
     "expect": 2, "why": "G5 Congo's bare army joined to Rwanda's memo"},
    {"articles": [[([OR], "The RSF said it shot down an army drone over Nyala."),
                   ([], "Reuters could not immediately verify the claim.")]],
     "expect": 1, "why": "G6 'could not immediately verify' is no note (the claim is not flagged unverified; score should halve)"},
    {"articles": [[([MR], "Sudan's army took the Bara market, Al Jazeera reported."),
                   ([MR], "Reuters could not independently verify the report, which was also carried by state news agency SUNA.")]],
     "expect": 2, "why": "G7 the which-clause's second source (SUNA, Sudan's state voice) is not counted"},
    {"articles": [[([MR], "Insurgents killed nine people, Portugal's Diário de Notícias reported.")],
                  [([OR], "The Mozambican government said insurgents killed nine people.")]],
     "expect": 2, "why": "G8 an unregistered foreign paper named with its country finds no source and is absorbed"},
]
