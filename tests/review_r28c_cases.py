"""Invented claims probing round 28's later origin rules: "it" refers back to a body, "the X side" is state X, "the group's president" speaks for the group named before."""

A, O, M, MON = ["anonymous_source"], ["on_record"], ["media_report"], ["named_monitor"]
UN, P = ["un_figure"], ["pro_regime_outlet"]
OA, OM, OMON = ["on_record", "anonymous_source"], ["on_record", "media_report"], ["on_record", "named_monitor"]
CASES = []


def C(articles, labels, origins, note):
    CASES.append({"articles": articles, "labels": labels, "origins": origins, "note": note})


# ================================================================ it: "it" refers back to a body
C([["Tajikistan's Committee for Emergency Situations said a mudslide buried 11 houses in the village of Darband on Sunday.",
    "Rescuers had recovered six bodies by nightfall, it added."]],
  [O], 1, "control: it after a body (committee)")
C([["The State Committee for National Security said a drone struck the mosque in Isfara on Friday evening.",
    "\"I saw the drone come in low over the river and hit the minaret,\" said Sayfullo Rahimov, who runs a shop across the street.",
    "The drone had been launched from Kyrgyz territory, it added."]],
  [O], 2, "it: committee, then a named witness, then it (committee + witness)")
C([["The Interior Ministry said a bomb exploded at the main bus station in Dushanbe on Tuesday, wounding nine people.",
    "\"The blast blew out every window in the ticket hall,\" said Farrukh Aliev, a taxi driver who was parked outside.",
    "He said he had driven three of the wounded to hospital."]],
  [O], 2, "control: person before 'he said' keeps the person")
C([["Oxfam said its warehouse in Kulob was looted on Saturday night.",
    "About 40 tonnes of wheat flour had been taken, it said."],
   ["Oxfam said 40 tonnes of flour were stolen from its Kulob warehouse at the weekend."]],
  [O, O], 1, "it: registered body without a body word (Oxfam) folds into Oxfam")
C([["\"The drone hit the minaret just after evening prayers,\" said Sayfullo Rahimov, the imam's son.",
    "The drone had come from across the border, it added."],
   ["Tajikistan's State Committee for National Security said a drone launched from Kyrgyzstan struck the Isfara mosque on Friday."]],
  [O, O], 2, "it: person-only article, committee in another article (it must not reach across)")
C([["\"We heard two explosions and then the roof fell in,\" said Gulnora Saidova, a teacher at the school in Vorukh.",
    "The Tajik border forces said a Kyrgyz drone had struck the school shortly after 9 a.m.",
    "Two children were among the wounded, it added."]],
  [O], 2, "it: after a person and then a body (forces + teacher)")
C([["Kyrgyzstan's border service said its guards fired warning shots at Tajik soldiers near the Golovnoi water intake on Thursday.",
    "The Tajik State Committee for National Security published video of the clash on Friday.",
    "Kyrgyz guards had fired first and wounded two Tajik soldiers, it said."]],
  [O], 2, "trap: it refers to the non-speaking body just named, not the last speaker (two states)")
C([["Four Afghan nationals were detained near Panj carrying 40 kilograms of heroin, Tajikistan's Interior Ministry told the Interfax news agency.",
    "The men had crossed the river at night in a rubber boat, it added."]],
  [OM], 1, "trap: 'news agency' is the channel, it = the ministry")
C([["Police in Khorog said gunmen fired on a checkpoint on the Pamir highway overnight, wounding two officers.",
    "\"We heard shooting for almost an hour,\" said a resident of the nearby village of Tem, who asked not to be named.",
    "The gunmen had fled toward the river, it added."]],
  [OA], 2, "trap: it after an anonymous person, only unnamed origins to fold into (police + resident)")
C([["The Tajik border forces said they had detained four smugglers near Panj on Monday.",
    "\"They were carrying 40 kilograms of heroin,\" said Colonel Rustam Nazarov, a border forces spokesman.",
    "The men had crossed the river in a rubber boat, it added."]],
  [O], 1, "it: person whose apposition holds a body word; forces and their spokesman are one")
C([["\"The minaret came down about ten minutes after the strike,\" said Bahrom Qodirov, a spokesman for the Isfara district council.",
    "Repairs would cost about $40,000, it said."]],
  [O], 1, "it: council spokesman then it (folds into the spokesman)")

# ================================================================ side: "the X side" is state X; Yugoslav = Belgrade
C([["The Russian side said Ukrainian drones had struck the oil refinery in Novoshakhtinsk overnight."],
   ["Russia's defence ministry said Ukrainian drones hit the Novoshakhtinsk refinery overnight."]],
  [O, O], 1, "side: Russian side + Russian defence ministry")
C([["The Tajik side said three of its border guards were killed in the shootout near Vorukh on Wednesday."],
   ["The Kyrgyz side said three Tajik border guards died in Wednesday's shootout near Vorukh."]],
  [O, O], 2, "control: two different sides")
C([["The Tajik side said the new power line to Afghanistan would start carrying electricity in May."],
   ["Dushanbe said the power line to Afghanistan would begin operating in May."]],
  [O, O], 1, "side: Tajik side + Dushanbe")
C([["The Yugoslav army said NATO aircraft destroyed a bridge over the Danube at Novi Sad on Monday."],
   ["Belgrade said NATO planes had knocked down a Danube bridge in Novi Sad on Monday."]],
  [O, O], 1, "side: Yugoslav army + Belgrade")
C([["The Yugoslav army said ethnic Albanian gunmen had attacked a police post near Podujevo."],
   ["Serbia's interior ministry said ethnic Albanian gunmen attacked a police post near Podujevo."]],
  [O, O], 1, "side: Yugoslav army + Serbian interior ministry")
C([["The Yugoslav army said its troops had clashed with rebels near Podujevo on Friday."],
   ["The Kosovo Liberation Army said its fighters fought Yugoslav troops near Podujevo on Friday."]],
  [O, O], 2, "control: Yugoslav army vs KLA (KLA sentence names Yugoslav troops as the enemy)")
C([["Residents on the Russian side of the border said shelling hit the village of Tyotkino on Tuesday morning."],
   ["Russia's defence ministry said Ukrainian artillery shelled Tyotkino on Tuesday morning."]],
  [A, O], 2, "trap: 'the Russian side of the border' is a place; residents are not the state")
C([["Farmers on the Tajik side of the river said Kyrgyz workers had blocked the canal at the Golovnoi intake."],
   ["Tajikistan's water ministry said Kyrgyz workers blocked the canal at Golovnoi."]],
  [A, O], 2, "trap: 'the Tajik side of the river' is a place; farmers are not the state")
C([["The Bosnian Serb side said it would pull its heavy guns back from Gorazde by Sunday."],
   ["Belgrade said the Bosnian Serbs would withdraw their heavy weapons from around Gorazde by Sunday."]],
  [O, O], 2, "trap: the Bosnian Serb side (Pale) is not Serbia")
C([["Police in the former Yugoslav republic of Macedonia said ethnic Albanian gunmen crossed from Kosovo near Tanusevci."],
   ["The Yugoslav army said ethnic Albanian gunmen had crossed from Kosovo into Macedonia near Tanusevci."]],
  [O, O], 2, "trap: 'former Yugoslav republic of Macedonia' is not Belgrade")
C([["Ukraine's foreign ministry said the Russian side had refused to discuss a prisoner exchange in Istanbul."],
   ["Kyiv said Russia had refused to talk about a prisoner swap at the Istanbul meeting."]],
  [O, O], 1, "trap: the Russian side is the subject, not the speaker (Ukraine twice)")
C([["The Afghan side said Pakistani forces fired mortars at the Torkham crossing on Sunday."],
   ["The Taliban's defence ministry said Pakistani forces fired mortar rounds at Torkham on Sunday."]],
  [O, O], 1, "trap: Afghan side + Taliban defence ministry, one de facto state")
C([["The Chinese side said Indian troops had crossed the line of actual control near Yangtse."],
   ["China's Western Theatre Command said Indian soldiers crossed the line of actual control near Yangtse."]],
  [O, O], 1, "side: Chinese side + registered PLA command")
C([["The Russian side said the next round of talks would be held in Istanbul on June 2."],
   ["The Kremlin said the next round of talks would take place in Istanbul on June 2."]],
  [O, O], 1, "side: Russian side + Kremlin")
C([["The Russian side said the next round of talks would be held in Istanbul on June 2."],
   ["The Ukrainian side said the next round would take place in Istanbul on June 2."]],
  [O, O], 2, "control: Russian side vs Ukrainian side")
C([["The government side said rebels had violated the truce in eastern Ghouta by shelling Damascus."],
   ["Damascus said rebels had broken the eastern Ghouta truce by firing shells at the capital."]],
  [O, O], 1, "trap: 'the government side' names no nationality but is Damascus")
C([["The Armenian side said an exchange of fire near Sotk overnight left two soldiers dead."],
   ["Azerbaijan's defence ministry said two Armenian soldiers were killed in an exchange of fire near Sotk overnight."]],
  [O, O], 2, "control: Armenian side vs Azerbaijani ministry")
C([["The Yugoslav side said it would allow OSCE monitors to return to Kosovo next week."],
   ["Serbia's government said OSCE monitors would be allowed back into Kosovo next week."]],
  [O, O], 1, "side: Yugoslav side + Serbian government")

# ================================================================ group: "X, the group's <role>" speaks for the group named before
C([["The Syrian American Medical Society said three of its hospitals in southern Idlib were hit by air strikes on Wednesday.",
    "\"All three were struck within an hour,\" said Dr. Hussam Nasser, the group's president."],
   ["SAMS said air strikes hit three of its hospitals in southern Idlib on Wednesday."]],
  [O, O], 1, "group: SAMS + the group's president, SAMS again elsewhere")
C([["Médecins Sans Frontières said its clinic in Ad Dali was shelled on Thursday, killing a nurse.",
    "\"The shells landed in the courtyard where patients were waiting,\" said Claire Morel, the charity's head of mission in Yemen."]],
  [O], 1, "group: MSF + the charity's head of mission")
C([["The Syrian Observatory for Human Rights said 17 fighters were killed in clashes near Tal Rifaat on Wednesday.",
    "\"Most of the dead were from the Turkish-backed factions,\" said Rami Abdel Rahman, the monitor's director."]],
  [OMON], 1, "group: SOHR + the monitor's director")
C([["Hayat Tahrir al-Sham said its fighters shot down a government drone over Darat Izza on Sunday.",
    "\"We brought the drone down with heavy machine-gun fire,\" said Abu Hamza al-Idlibi, the group's spokesman."]],
  [O], 1, "group: HTS + the group's spokesman")
C([["The Houthis said they had fired a ballistic missile at a tanker in the Red Sea on Monday.",
    "\"The ship was hit off Mocha,\" said Yahya Hamid, the movement's military spokesman."]],
  [O], 1, "group: Houthis + the movement's spokesman")
C([["The Rapid Support Forces said its fighters had shot down a Sudanese army drone over Nyala on Saturday.",
    "\"The drone fell near the airport,\" said Hamid Adam Jibril, the militia's commander in South Darfur."]],
  [O], 1, "group: RSF + the militia's commander")
C([["The OPCW said its inspectors had found traces of sarin at a site near Douma.",
    "\"The samples were collected in April,\" said Hendrik Visser, the organisation's director-general."]],
  [O], 1, "group: OPCW + the organisation's director-general")
C([["UNHCR said about 3,000 Afghans had crossed into Tajikistan near Ishkashim since Friday.",
    "\"Most are women and children,\" said Marta Lindqvist, the agency's representative in Dushanbe."]],
  [["un_figure", "on_record"]], 1, "group: UNHCR + the agency's representative")
C([["\"We have counted 31 bodies in the Tadamon district,\" said Omar Haddad, the group's coordinator."],
   ["The Syrian Observatory for Human Rights said 31 bodies were found in Tadamon."]],
  [O, MON], 2, "control: no group named before in the article (monitor only in another article)")
C([["Human Rights Watch said at least 12 men detained in Khorog in May had been beaten in custody.",
    "Relatives of the men took their complaints to a Dushanbe group, the Tajik Bureau for Human Rights.",
    "\"Every one of the 12 showed us marks of beatings,\" said Nodira Karimova, the group's director."]],
  [O], 2, "trap: the group named just before is unregistered; HRW is two sentences back")
C([["Human Rights Watch said at least 40 civilians were killed in air strikes on Maarat al-Numan in March.",
    "\"We documented 43 deaths,\" said Khaled Idris, director of the Syrian Network for Human Rights."]],
  [OMON], 2, "control: apposition names a different organisation")
C([["The Syrian Observatory for Human Rights said 2,000 families had fled to camps near Atmeh since Friday.",
    "A local charity, Bunyan, has handed out tents to about half of them.",
    "\"Families are sleeping in the olive groves,\" said Layla Hamdan, the charity's director."]],
  [OMON], 2, "control: 'the charity's' after a monitor; the charity is unregistered Bunyan")
C([["Oxfam said its warehouse in Saada was looted by Houthi fighters on Sunday.",
    "\"They took 300 tonnes of food meant for children,\" said Fatima Ali, the group's country director."]],
  [O], 1, "trap: last registered 'group' mentioned is the Houthis (subject), the speaker is Oxfam's")
C([["The Houthis said a coalition air strike hit a market in Saada on Tuesday, killing 12 people.",
    "\"Our aircraft struck a target in Saada on Tuesday,\" said Turki Hamad, the coalition's spokesman."]],
  [O], 2, "trap: 'the coalition's' is the Saudi-led coalition, not the Houthis")
C([["Hayat Tahrir al-Sham said its fighters had executed two men accused of spying in Sarmada.",
    "\"They were shot in front of the mosque,\" said Abu Omar al-Halabi, the group's former commander in Sarmada, who defected in March."]],
  [O], 2, "trap: a defector (former commander) no longer speaks for the group")
C([["A group of seven journalists was detained at a checkpoint near Khorog on Saturday, Human Rights Watch said.",
    "\"Soldiers took our phones and held us for nine hours,\" said Aziz Nazarov, the group's driver, who was released on Sunday."]],
  [O], 2, "trap: 'the group' is the group of journalists, not HRW")
C([["UNHCR said about 2,000 people had fled across the Panj river into Tajikistan since Friday.",
    "Tajikistan's migration agency has set up tents for them near Shahritus.",
    "\"We have registered 2,100 people so far,\" said Jamshed Karimov, the agency's head in Khatlon."]],
  [["un_figure", "on_record"]], 2, "trap: 'the agency' is the unregistered Tajik migration agency, not UNHCR")
C([["The Syrian Network for Human Rights said a cameraman for Al Jazeera was killed by a drone strike in Sarmin on Sunday.",
    "\"Our colleague was wearing a vest clearly marked PRESS,\" said Karim Saleh, the network's head of newsgathering."]],
  [OMON], 2, "trap: 'the network' is Al Jazeera (outlet), not SNHR")
C([["Médecins Sans Frontières said its hospital in Kafr Nabl was hit by two air strikes on Monday.",
    "Russia's defence ministry denied that its aircraft had struck any hospital in Idlib.",
    "\"The second strike hit the emergency room while we were treating the wounded from the first,\" said Dr. Ahmad Shaker, the charity's head of mission."]],
  [O], 1, "group: charity two sentences back past a registered ministry (a denier)")
C([["The Rapid Support Forces said its fighters took Babanusa on Monday after a rival armed movement, the Sudan Liberation Front, pulled out of the town.",
    "\"We withdrew from Babanusa on Sunday night to spare civilians,\" said Adam Yahya, the front's spokesman."]],
  [O], 2, "trap: 'the front's' is the unregistered Sudan Liberation Front, not the RSF")
