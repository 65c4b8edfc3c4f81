"""Invented sentences probing round 29's reading of a described person who speaks where the cue words
miss it, in three positions: before an aside of anonymity or contact and then a speech verb; as the
subject opening the sentence (possibly after a short fronted phrase) before a speech verb or before
describe/argue/acknowledge/recall/recount/admit; and after an inverted speech verb closing the
sentence. Unusual person nouns, participles, capitalised places and groups, numbers and ages; and traps
(clauses before "said", "said to have", pronoun/There/This openings, named people with appositions,
state and registered bodies, records, prepositional openings that are not the speaker, "said" followed
by a clause, "and" closing a clause).

Span convention: the unnamed source's description as written, without "according to"; a defining
clause ("who fled to Dori") or participle without commas ("interviewed in the camp") is part of the
description and kept; an anonymity or contact aside set off by commas (", who asked not to be named",
", speaking on condition of anonymity", ", reached by telephone", ", who declined to give her name") is
not, nor is a "who asked not to be named" clause without commas. None where the sentence names no
locatable unnamed source (pronouns, named people, registered or state bodies, records with no person).
"""

SENTENCES = []


def S(text, span, note):
    SENTENCES.append({"text": text, "span": span, "note": note})


# ------------------------------------------------------------------ aside: anonymity
S("A porter at the Galkayo bus station, who asked not to be named, said gunmen had stopped two minibuses on the Garowe road.",
  "A porter at the Galkayo bus station", "aside: porter + who-asked-not-to-be-named")
S("An imam in the town of Djibo, speaking on condition of anonymity, said the jihadists had ordered all men to grow their beards.",
  "An imam in the town of Djibo", "aside: imam + speaking on condition of anonymity")
S("The bus driver, who did not want his name published, said the militiamen took the passengers' identity cards.",
  "The bus driver", "aside: bus driver + did-not-want-his-name-published")
S("A security guard at the Al-Thawra hospital in Hodeidah, who spoke on condition of anonymity because he feared reprisals, said shrapnel had hit the maternity ward.",
  "A security guard at the Al-Thawra hospital in Hodeidah", "aside: capitalised hospital + long anonymity clause")
S("A militia member based in the Catatumbo region, who asked that his name be withheld, told this newspaper that the group had lost 11 men in a week.",
  "A militia member based in the Catatumbo region", "aside: militia member + based in + name-withheld, told")
S("Two midwives at the clinic in Cotabato City, speaking on condition of anonymity, said three women had died in childbirth since the road was closed.",
  "Two midwives at the clinic in Cotabato City", "aside: number + midwives + anonymity")
S("Speaking on condition of anonymity because he was not authorised to brief the press, a senior army officer in Kachin State said the airfield had been abandoned.",
  "a senior army officer in Kachin State", "aside: fronted anonymity phrase with because-clause")

# ------------------------------------------------------------------ aside: contact
S("A border guard stationed at the Upper Lars crossing, contacted by this newspaper, said Russian men of conscription age were being turned back.",
  "A border guard stationed at the Upper Lars crossing", "aside: border guard + stationed at + contacted by this newspaper")
S("A schoolteacher in Sagaing, reached by telephone on Saturday, said soldiers had set fire to the market and the monastery.",
  "A schoolteacher in Sagaing", "aside: schoolteacher + reached by telephone")
S("A Kurdish border guard officer, interviewed in the camp at Makhmour, said Turkish drones had struck the hill twice that week.",
  "A Kurdish border guard officer", "aside: capitalised group adjective + interviewed in the camp")
S("A 52-year-old shepherd from the hills above Shusha, interviewed in a shelter in Goris, said he had left 300 sheep behind.",
  "A 52-year-old shepherd from the hills above Shusha", "aside: age + shepherd + interviewed in")
S("A dockworker at the port of Odesa, contacted by telephone, said a missile had struck a grain silo shortly after midnight.",
  "A dockworker at the port of Odesa", "aside: dockworker + contacted by telephone")
S("A nomad whose camels were seized near M\u00e9naka, interviewed in the Mbera camp, said the fighters spoke Hassaniya and Tamasheq.",
  "A nomad whose camels were seized near M\u00e9naka", "aside: nomad + defining whose-clause + interviewed aside")

# ------------------------------------------------------------------ opening: speech verbs
S("Several fishermen from the island of Jinamoc said the coast guard had fired warning shots at their boats.",
  "Several fishermen from the island of Jinamoc", "opening: several + fishermen + island of")
S("A security guard at the Aden refinery warned that fuel stocks would run out within a week.",
  "A security guard at the Aden refinery", "opening: security guard, warned")
S("Shepherds grazing flocks near the Armenian border claimed Azerbaijani soldiers had moved their posts forward overnight.",
  "Shepherds grazing flocks near the Armenian border", "opening: shepherds + participle + capitalised adjectives, claimed")
S("Schoolteachers in the Tigrayan town of Adigrat say they have not received a salary in 18 months.",
  "Schoolteachers in the Tigrayan town of Adigrat", "opening: schoolteachers + capitalised adjective, say")
S("Two porters who carry goods across the river at Kasindi said Ugandan soldiers had closed the footbridge.",
  "Two porters who carry goods across the river at Kasindi", "opening: number + porters + defining who-clause")
S("One of the mine's night-shift workers claimed the company had hired militiamen as guards.",
  "One of the mine's night-shift workers", "opening: one of + possessive")
S("Some Somali elders in the Gedo region insisted the airstrike had hit a wedding party.",
  "Some Somali elders in the Gedo region", "opening: capitalised group + region, insisted")

# ------------------------------------------------------------------ opening: describe/argue/acknowledge/recall/recount/admit
S("In Bukavu, residents reached by telephone described hearing heavy gunfire from the direction of the airport.",
  "residents reached by telephone", "opening: fronted place, participle without commas kept, described")
S("Survivors of the attack on the Barsalogho trench described men on motorbikes firing into the crowd for hours.",
  "Survivors of the attack on the Barsalogho trench", "opening: survivors + of-phrase, described")
S("Bus drivers on the Bamako-S\u00e9gou route acknowledged paying jihadists a toll at each checkpoint.",
  "Bus drivers on the Bamako-S\u00e9gou route", "opening: bus drivers + route, acknowledged")
S("A former militia member from the Ituri forest recounted how he had been recruited at the age of 13.",
  "A former militia member from the Ituri forest", "opening: former militia member, recounted")
S("Older residents of the Al-Salam district recalled a similar siege of Taiz in 2016.",
  "Older residents of the Al-Salam district", "opening: residents + capitalised district, recalled")
S("A Colombian army sergeant stationed in Tib\u00fa admitted that soldiers had not patrolled the road for months.",
  "A Colombian army sergeant stationed in Tib\u00fa", "opening: sergeant + stationed in, admitted")
S("After the ceasefire collapsed, dozens of nomads camped outside Kidal argued that the army had broken the truce first.",
  "dozens of nomads camped outside Kidal", "opening: fronted clause, dozens of + participle, argued")
S("Displaced women sheltering in the Hajjah school complex described walking for three days without food.",
  "Displaced women sheltering in the Hajjah school complex", "opening: women + sheltering in, described")

# ------------------------------------------------------------------ opening: after a short fronted phrase
S("Last week, a 60-year-old imam from the Rakhine town of Mrauk-U told reporters that the mosque had been shelled.",
  "a 60-year-old imam from the Rakhine town of Mrauk-U", "opening: fronted time phrase + age + hyphenated place")
S("On the outskirts of Kherson, a volunteer who evacuates the elderly told this newspaper that drones now target every car on the road.",
  "a volunteer who evacuates the elderly", "opening: fronted place + defining who-clause")
S("Near the Sudanese border, a nomad watering his camels at the Adr\u00e9 wells said armed men had crossed at night.",
  "a nomad watering his camels at the Adr\u00e9 wells", "opening: fronted place + participle with possessive")

# ------------------------------------------------------------------ inverted
S("\u201cWe had no water for nine days,\u201d said a porter at the Bosaso harbour who asked not to be named.",
  "a porter at the Bosaso harbour", "inverted: porter + who-asked-not-to-be-named without comma")
S("The soldiers came at night and took the young men, said a 41-year-old herder from the Tillab\u00e9ri region.",
  "a 41-year-old herder from the Tillab\u00e9ri region", "inverted: age + herder + region; 'and' inside the reported clause")
S("\u201cThe mosque was full when the shell hit,\u201d said an imam in Marib, speaking on condition of anonymity.",
  "an imam in Marib", "inverted: imam + trailing anonymity phrase")
S("The guards let the trucks through only after dark, said a border guard stationed at the Metema crossing, who declined to be identified.",
  "a border guard stationed at the Metema crossing", "inverted: border guard + stationed at + declined-to-be-identified")
S("\u201cNobody from the government has come here,\u201d said a midwife interviewed in the Zamzam camp.",
  "a midwife interviewed in the Zamzam camp", "inverted: midwife + participle without comma kept")
S("Prices doubled overnight, said one trader at the Suq al-Milh, reached by telephone.",
  "one trader at the Suq al-Milh", "inverted: one trader + capitalised market + contact aside")
S("\u201cThe basement was our classroom for a year,\u201d recalled a schoolteacher who stayed in Vuhledar through the winter.",
  "a schoolteacher who stayed in Vuhledar through the winter", "inverted: recalled + defining who-clause")
S("The road to Dessie is closed again, said two bus drivers waiting at the Kombolcha depot.",
  "two bus drivers waiting at the Kombolcha depot", "inverted: number + bus drivers + participle")
S("\u201cWe bury them at night so the drones do not see us,\u201d said a member of a village defence militia in Sagaing.",
  "a member of a village defence militia in Sagaing", "inverted: member of + militia + place")
S("The army has not been seen here since March, says a shepherd who grazes his flock near Ngala.",
  "a shepherd who grazes his flock near Ngala", "inverted: says + defining who-clause")
S("\u201cThe ransom was 50 million pesos,\u201d said the kidnapped engineer's brother, who spoke on condition of anonymity.",
  "the kidnapped engineer's brother", "inverted: possessive + comma anonymity clause")
S("\u201cHalf the wells are dry,\u201d said an aid worker with M\u00e9decins Sans Fronti\u00e8res in Gode, who was not authorised to speak to the press.",
  "an aid worker with M\u00e9decins Sans Fronti\u00e8res in Gode", "inverted: registered NGO inside the description + not-authorised clause")

# ------------------------------------------------------------------ trap-clause: a clause, not a description, before "said"
S("Local officials in Maguindanao dismissed the report and said no civilians had been hurt in the operation.",
  "Local officials in Maguindanao", "trap-clause: subject + dismissed ... and said; span is the subject only")
S("Soldiers were said to have looted the pharmacy before withdrawing from the outskirts of Kupiansk.",
  None, "trap-clause: passive 'were said to have'")
S("Militiamen burned the granaries and ordered the women to leave, a shepherd in Mondoro said.",
  "a shepherd in Mondoro", "trap-clause: 'and' closing a clause, real source closing")
S("The checkpoint was abandoned by Thursday and traders said the road to Mopti was open again.",
  "traders", "trap-and: 'and' closing a clause, bare plural after it")
S("Shops in Mutsamudu reopened after elders said the armed men had left the town.",
  "elders", "trap-clause: source inside an after-clause; careful reader takes 'elders'")

# ------------------------------------------------------------------ trap-pronoun / There / This
S("She told this newspaper that her son had been taken at a checkpoint outside Bhamo.",
  None, "trap-pronoun: she told")
S("There were said to be about 200 families still hiding in the forest near Kalehe.",
  None, "trap-there: there were said to be")
S("This, he said, was why the families had left for Mogadishu before the rains.",
  None, "trap-this: this + pronoun aside")

# ------------------------------------------------------------------ trap-named: named person with apposition
S("Ahmed Ould Sidi, a herder from the Mbera camp, said the soldiers had burned his tent and shot two camels.",
  None, "trap-named: named herder with apposition")
S("\u201cWe have nothing left,\u201d said Olena Kovalenko, a 67-year-old pensioner in Pokrovsk.",
  None, "trap-named: inverted named pensioner with age apposition")
S("Ma Thandar, a schoolteacher from Mandalay who fled to Mae Sot, said the junta had arrested three of her colleagues.",
  None, "trap-named: named teacher + apposition with who-clause")

# ------------------------------------------------------------------ trap-body: state or registered bodies
S("The defence ministry said the strikes near Hodeidah had targeted only military positions.",
  None, "trap-body: state body; a careful reader does not count a ministry as an unnamed person")
S("Colombia's ombudsman's office warned that the ELN was recruiting children in Arauca.",
  None, "trap-body: state body with possessives, warned")
S("Human Rights Watch said the militia had executed at least 19 men in western Oromia.",
  None, "trap-body: registered NGO")
S("A police spokesman in Maroua said the gunmen had crossed from Nigeria on motorbikes.",
  "A police spokesman in Maroua", "trap-body: unnamed spokesman of a state body is an unnamed person; careful reader keeps it")
S("Residents returned to the market after the army said the fighters had left the area.",
  None, "trap-said-clause: 'said the fighters had left' - speaker is the army, a state body")

# ------------------------------------------------------------------ trap-record
S("Hospital records in Mekelle show 73 children died of malnutrition in a single month.",
  None, "trap-record: hospital records")
S("A police report seen by this newspaper said the two men had been shot at close range.",
  None, "trap-record: police report said")
S("A statement from the militia's political wing said its fighters had withdrawn from the town of Tanout.",
  None, "trap-record: statement said")

# ------------------------------------------------------------------ trap-preposition: opening phrase that is not the speaker
S("Of the 120 recruits the army says it trained in Gao, fewer than half are still in service.",
  None, "trap-preposition: of-phrase with embedded 'the army says'; no unnamed person")
S("Among the dead were two nurses and a schoolteacher, a relative of one of the victims said.",
  "a relative of one of the victims", "trap-preposition: fronted among-phrase with person nouns; real source closing")
S("Speaking to reporters in Goma, Governor Peter Cirimwami said the rebels had left Sake overnight.",
  None, "trap-said-clause: fronted speaking-phrase, named official, 'said the rebels had left'")
S("Armed men told a bus driver to turn back at Kilometre 12, passengers said.",
  "passengers", "trap-object: bus driver is an object of told; bare plural closing source")
