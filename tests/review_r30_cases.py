"""Round 30's blind review: 60 invented sentences that open with an owner's organ ("Chad's foreign
ministry", "Peru's defence minister") and a verb, each with the speaker a reviewer expected as written, or
"" where the subject acts rather than speaks. Written by a helper who read none of the code, the
stories or the seeds; kept as written."""

CASES = [
    # ---------------- positives (25): opening possessive subject speaks / takes a stance ----------------
    ("Chad's foreign ministry said on Tuesday that it had summoned the Sudanese ambassador over cross-border raids.", "Chad's foreign ministry", "said: plain speech verb"),
    ("Peru's defence minister told reporters the army would remain in the southern highlands until the strike ended.", "Peru's defence minister", "told reporters: speech"),
    ("Mali's army rejected claims that its soldiers had executed civilians near the town of Douentza.", "Mali's army", "rejected claims: stance"),
    ("Lebanon's health ministry, which does not count fighters separately, said 14 people were killed in the strikes.", "Lebanon's health ministry", "which-clause between subject and said"),
    ("Ukraine's air force says it shot down 31 of 40 drones launched overnight.", "Ukraine's air force", "says: present-tense speech"),
    ("Niger's ruling junta has denied holding the former president in solitary confinement.", "Niger's ruling junta", "has denied: auxiliary before stance verb"),
    ("Colombia's attorney general acknowledged that investigators had lost track of key evidence.", "Colombia's attorney general", "acknowledged that: stance"),
    ("Eritrea's information ministry dismissed the UN report as a fabrication.", "Eritrea's information ministry", "dismissed a report (not a person): stance"),
    ("Armenia's prime minister conceded that talks with Baku had stalled.", "Armenia's prime minister", "conceded that: stance"),
    ("Myanmar's military later admitted that an airstrike had hit a school compound.", "Myanmar's military", "later admitted: adverb before verb"),
    ("Somalia's president vowed to drive al-Shabaab fighters out of the central regions by the end of the year.", "Somalia's president", "vowed to: commitment statement"),
    ("Pakistan's foreign office blamed militants based across the border for the attack on the convoy.", "Pakistan's foreign office", "blamed: stance"),
    ("Israel's military insists that the strike targeted a weapons depot.", "Israel's military", "insists that"),
    ("Venezuela's electoral council maintains that the vote count was accurate.", "Venezuela's electoral council", "maintains that"),
    ("Serbia's president argues that the new sanctions would only harm ordinary citizens.", "Serbia's president", "argues that"),
    ("Sudan's army urged residents of Omdurman to stay indoors as fighting intensified.", "Sudan's army", "urged X to: appeal with content"),
    ("Nigeria's police called on protesters to disperse peacefully before the curfew.", "Nigeria's police", "called on X to"),
    ("Bolivia's interior ministry asked neighbouring countries to help locate the fugitive commander.", "Bolivia's interior ministry", "asked X to"),
    ("Georgia's ruling party pledged to hold a fresh vote if irregularities were confirmed.", "Georgia's ruling party", "pledged to: commitment statement"),
    ("Mexico's security cabinet also said that troops had recovered 200 rifles in Sinaloa.", "Mexico's security cabinet", "also said: adverb before verb"),
    ("Zambia's mining ministry has disputed the casualty figures published by the watchdog group.", "Zambia's mining ministry", "has disputed"),
    ("Iran's judiciary, which has jailed several dual nationals this year, denied that the detainee had been mistreated.", "Iran's judiciary", "which-clause containing an act verb (jailed) before the real verb denied"),
    ("Thailand's army chief promised that soldiers would not interfere in the election.", "Thailand's army chief", "promised that: active commitment statement"),
    ("Libya's rival governments have blamed each other for the collapse of the Derna dam.", "Libya's rival governments", "have blamed: plural subject, auxiliary"),
    ("Tunisia's interior ministry said in a statement that 12 suspects had been arrested.", "Tunisia's interior ministry", "said; reported content is an act (arrest) but subject speaks"),

    # ---------------- negatives (20): opening possessive subject acts ----------------
    ("Senegal's army pushed deeper into the Casamance forest on Tuesday after days of fighting.", "", "pushed: military action"),
    ("Cameroon's army killed at least 12 separatist fighters in a raid in the Northwest region.", "", "killed: action"),
    ("Yemen's coast guard seized a dhow carrying weapons off the coast of Mocha.", "", "seized: action"),
    ("Azerbaijan's artillery shelled positions near the border village of Sotk overnight.", "", "shelled: action"),
    ("Togo's government deployed 2,000 troops to the northern Savanes region.", "", "deployed: action"),
    ("Benin's army withdrew from two outposts near the border with Niger.", "", "withdrew: action"),
    ("Uganda's police arrested 45 opposition supporters ahead of the rally in Kampala.", "", "arrested: action"),
    ("Guinea's transitional leader was accused of stalling the return to civilian rule.", "", "passive: subject is accused, someone else speaks"),
    ("Haiti's police force was promised to be reinforced by 1,000 Kenyan officers.", "", "promised-to-be passive: subject is recipient of promise"),
    ("Liberia's soldiers were promised to be paid their salary arrears by December.", "", "promised-to-be passive: subject is recipient of promise"),
    ("Honduras's president dismissed the army chief on Friday after the deadly crackdown in Tegucigalpa.", "", "dismissed a person = firing, an act; also owner ending in s's"),
    ("Nepal's prime minister dismissed the home minister following the prison break.", "", "dismissed a person = firing, an act"),
    ("Gabon's junta dismissed the head of the national oil company.", "", "dismissed a person = firing, an act"),
    # Judgement call: "urged calm" has no propositional content, but urging is inherently a public verbal appeal
    # that a fact-checker would attribute to the ministry, so it is marked as a speaker here (ambiguous case).
    ("Egypt's foreign ministry urged calm.", "Egypt's foreign ministry", "urged calm: content-free appeal, but still a public statement by the subject (judgement call)"),
    ("Greece's coast guard intercepted a boat carrying 300 migrants south of Crete.", "", "intercepted: action"),
    ("Algeria's army bombed a militant hideout in the Tebessa mountains, killing nine fighters.", "", "bombed: action"),
    ("Mozambique's security forces recaptured the port town of Mocimboa da Praia.", "", "recaptured: action"),
    ("Russia's defence ministry, which oversees the former Wagner units, moved two battalions to the Belarus border.", "", "which-clause then act verb moved"),
    ("Ecuador's army has taken control of the main prison in Guayaquil.", "", "has taken control: auxiliary + action"),
    ("Syria's air force later struck targets in Idlib province.", "", "later struck: adverb + action"),

    # ---------------- hard cases (15) ----------------
    ("South Sudan's army said it had repelled an attack on an oil field in Upper Nile state.", "South Sudan's army", "two-word owner"),
    ("Kenya's interior ministry spokesman told reporters that security had been tightened around parliament.", "Kenya's interior ministry spokesman", "three-word lowercase organ"),
    ("Haftar's spokesman said eastern forces had no role in the clashes near Tripoli.", "Haftar's spokesman", "owner is a person"),
    ("Ethiopia's prime minister's office dismissed the accusations as \"baseless\".", "Ethiopia's prime minister's office", "nested possessive; quote inside; dismissed accusations = stance"),
    ("Sierra Leone's information minister said: \"The situation is fully under control.\"", "Sierra Leone's information minister", "two-word owner; direct quote after colon"),
    ("Bangladesh's election commission rejected on Monday the opposition's demand for a caretaker government.", "Bangladesh's election commission", "time phrase between verb and object; second possessive in object"),
    ("Three soldiers were killed when their patrol hit a roadside bomb near the border with Togo, Ghana's army said.", "Ghana's army", "speaker appears at end of sentence"),
    ("Militants attacked a checkpoint outside Goma overnight, Congo's army spokesman said on Saturday.", "Congo's army spokesman", "trailing speaker with two-word organ and time phrase"),
    ("Sri Lanka's navy arrested 22 Indian fishermen off Delft island.", "", "two-word owner, act verb"),
    ("Burkina Faso's junta leader, who seized power in a 2022 coup, vowed on state television to \"liberate every inch\" of territory.", "Burkina Faso's junta leader", "two-word owner; which-clause contains act verb seized; time/place phrase; quote"),
    ("Papua New Guinea's police commissioner said tribal fighting in Enga province had killed at least 26 men.", "Papua New Guinea's police commissioner", "three-word owner"),
    ("Hemedti's Rapid Support Forces denied targeting civilians in El Fasher.", "Hemedti's Rapid Support Forces", "person owner; capitalised proper-noun organ"),
    ("Zelenskiy's chief of staff said on Wednesday that a prisoner exchange was being prepared.", "Zelenskiy's chief of staff", "person owner; organ contains 'of'"),
    ("Guinea-Bissau's armed forces chief of staff denied that troops had surrounded the presidential palace.", "Guinea-Bissau's armed forces chief of staff", "hyphenated owner; five-word organ with 'of'"),
    ("Haftar's forces seized control of the oil terminal at Ras Lanuf.", "", "person owner, act verb"),
]
