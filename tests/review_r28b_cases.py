"""Invented sentences probing round 28's reading of unnamed sources the cue words lack: the described
speaker of a speech clause (opening subject, inverted "said X", "according to X"), with unusual nouns,
qualifiers, time/place phrases, capitalised places or groups inside, numbers, possessives and conjoined
sources; and traps (pronouns, first-name-only people, named people, records, quotes, objects that look
like subjects, the story's subject, registered sources).

Span convention: the unnamed source's description as written, without "according to"; a defining
clause ("who fled to Dori") is part of the description and kept; an anonymity clause ("who asked not to
be named", "speaking on condition of anonymity", ", who declined to give her name") is not. A person
identified only by a first name has that first name as the span. None where the sentence names no
locatable unnamed source (pronouns, named people, registered bodies, records with no unnamed person).
"""

SENTENCES = []


def S(text, span, note):
    SENTENCES.append({"text": text, "span": span, "note": note})


# ------------------------------------------------------------------ opening: unusual nouns
S("Herders returning from the summer pastures above Naryn said Chinese machines were still cutting the road.",
  "Herders returning from the summer pastures above Naryn", "opening: herders + participle + place")
S("Elders in the village of Bulo Marer said al-Shabaab fighters had collected a levy on every camel.",
  "Elders in the village of Bulo Marer", "opening: elders + in-phrase")
S("Passengers on the last ferry out of Kismayo said soldiers had searched every bag.",
  "Passengers on the last ferry out of Kismayo", "opening: passengers + on-phrase")
S("Monks at the Sittwe monastery told CPA that about 300 people were sheltering in the prayer hall.",
  "Monks at the Sittwe monastery", "opening: monks + at-phrase, told CPA")
S("Two bloggers who had been detained in Tashkent said they were questioned for nine hours about their posts.",
  "Two bloggers who had been detained in Tashkent", "opening: number + defining who-clause")
S("A consultant advising the port authority said the cranes had been idle since the strike began.",
  "A consultant advising the port authority", "opening: consultant + participle")
S("Lecturers at the University of Juba say they have not been paid since January.",
  "Lecturers at the University of Juba", "opening: lecturers + capitalised institution, say")
S("Dockworkers in Port Sudan said three ships carrying grain had been turned away overnight.",
  "Dockworkers in Port Sudan", "opening: dockworkers + place")
S("A taxi driver who ferried wounded people to the hospital said he had counted at least a dozen bodies on the road.",
  "A taxi driver who ferried wounded people to the hospital", "opening: taxi driver + defining who-clause")
S("A midwife at the clinic in Kalehe told CPA that four women had given birth in the church since the floods.",
  "A midwife at the clinic in Kalehe", "opening: midwife + at/in phrases")

# ------------------------------------------------------------------ qualifiers: anonymity clauses
S("A customs clerk at the Torkham crossing, who asked not to be named for fear of reprisals, said trucks had been waiting for six days.",
  "A customs clerk at the Torkham crossing", "anonymity: comma who-asked-not-to-be-named between subject and verb")
S("A nurse who asked not to be named said the hospital had run out of oxygen by Thursday.",
  "A nurse", "anonymity: who-asked-not-to-be-named without commas")
S("A second-year medical student, speaking on condition of anonymity, said militiamen had taken over the dormitories.",
  "A second-year medical student", "anonymity: speaking on condition of anonymity between commas")
S("Speaking on condition of anonymity, a consultant to the mining ministry said the licences had been signed in secret.",
  "a consultant to the mining ministry", "anonymity: fronted speaking-on-condition phrase")

# ------------------------------------------------------------------ closing
S("The militia had set up a checkpoint at the bridge on Sunday night, a fisherman in Mopti said.",
  "a fisherman in Mopti", "closing: fisherman + place")
S("Water in the camp had been cut for three days, a mother of five told CPA.",
  "a mother of five", "closing: mother of five, told CPA")
S("The convoy was ambushed about 20 km north of Beni, two truckers who survived the attack said.",
  "two truckers who survived the attack", "closing: number + defining who-clause")
S("Prices of maize flour have tripled since the border closed, traders in the Bakara market say.",
  "traders in the Bakara market", "closing: traders + capitalised market, say")
S("The shelling stopped shortly before dawn, a priest at the parish in Kramatorsk told CPA by telephone.",
  "a priest at the parish in Kramatorsk", "closing: priest, told CPA by telephone")

# ------------------------------------------------------------------ inverted
S("\u201cThey took every man over the age of 15,\u201d said a woman from the village of Kumba.",
  "a woman from the village of Kumba", "inverted: quote, said a woman from")
S("The soldiers left before the rains, said one of the passengers.",
  "one of the passengers", "inverted: one of the passengers")
S("Nobody has come to collect the bodies, said a gravedigger at the Hamdallaye cemetery.",
  "a gravedigger at the Hamdallaye cemetery", "inverted: gravedigger + capitalised cemetery")
S("The strike will continue until the wages are paid, said a dockworker who asked not to be named.",
  "a dockworker", "inverted: dockworker + anonymity who-clause")
S("Food had not reached the camp in weeks, said an aid worker with a Christian charity, who declined to give her name.",
  "an aid worker with a Christian charity", "inverted: aid worker + comma anonymity clause")

# ------------------------------------------------------------------ according to
S("At least 40 houses were burned in the raid, according to farmers who fled to Dori.",
  "farmers who fled to Dori", "according: farmers + defining who-clause")
S("The militia now controls the road to Bunia, according to a trader who travels it every week.",
  "a trader who travels it every week", "according: trader + who-clause with pronoun inside")
S("According to a lawyer for the detained students, none of them has been charged.",
  "a lawyer for the detained students", "according: fronted, lawyer for")
S("According to teachers at the school, only 60 of the 400 pupils returned after the attack.",
  "teachers at the school", "according: fronted, teachers at")
S("The fighters arrived on motorbikes at about 3 a.m., according to two survivors interviewed by CPA in Maiduguri.",
  "two survivors interviewed by CPA in Maiduguri", "according: number + participle with CPA inside")

# ------------------------------------------------------------------ time/place phrases between subject and verb
S("A fisherman on Tuesday said the army had sunk two boats near the island.",
  "A fisherman", "timephrase: on Tuesday between subject and said")
S("Monks at the monastery on Sunday told reporters that soldiers had searched the library.",
  "Monks at the monastery", "timephrase: on Sunday after at-phrase")
S("A tea seller in Kassala, speaking by telephone late on Friday, said gunfire could be heard from the east of the town.",
  "A tea seller in Kassala", "timephrase: comma speaking-by-telephone phrase")
S("Villagers in Kuje last week told CPA that the gunmen demanded 2 million naira for each captive.",
  "Villagers in Kuje", "timephrase: last week between subject and told")
S("Shopkeepers near the central mosque later said the curfew had been lifted.",
  "Shopkeepers near the central mosque", "timephrase: adverb later before said")
S("A truck driver also said the road from Gao was closed to civilian traffic.",
  "A truck driver", "timephrase: adverb also before said")
S("Health workers still say cholera cases are rising in the camps.",
  "Health workers", "timephrase: adverb still before say")

# ------------------------------------------------------------------ capitalised place or group inside
S("Kuriga residents said the kidnappers had taken the pupils toward the forest.",
  "Kuriga residents", "capital: place + residents")
S("Two former FACT fighters told CPA they had been trained in southern Libya.",
  "Two former FACT fighters", "capital: acronym group inside")
S("A Garissa businessman said he had paid al-Shabaab to let his trucks pass.",
  "A Garissa businessman", "capital: place adjective")
S("Rohingya refugees arriving in Teknaf said the Arakan Army had ordered them to leave.",
  "Rohingya refugees arriving in Teknaf", "capital: ethnic group + participle")
S("A Wagner recruiter's former driver said the men were paid in cash.",
  "A Wagner recruiter's former driver", "capital: group possessive")
S("Several M23 deserters interviewed in Goma said they had been forcibly recruited.",
  "Several M23 deserters interviewed in Goma", "capital: alphanumeric group + participle")

# ------------------------------------------------------------------ numbers
S("Three dockworkers at the Berbera port said the crane operators had been replaced by foreigners.",
  "Three dockworkers at the Berbera port", "number: three + at-phrase")
S("Some 20 relatives gathered outside the prison said they had not been allowed visits since March.",
  "Some 20 relatives gathered outside the prison", "number: some 20 + participle")
S("A 34-year-old mother of three who fled Khartoum said she walked for nine days to reach the border.",
  "A 34-year-old mother of three who fled Khartoum", "number: age + who-clause")
S("Two men in their twenties who were released on Monday told CPA that they had been beaten with cables.",
  "Two men in their twenties who were released on Monday", "number: in their twenties + who-clause")

# ------------------------------------------------------------------ possessives
S("The teacher's family said he had been taken from his home by men in uniform.",
  "The teacher's family", "possessive: the teacher's family")
S("The missing journalist's brother told CPA he had received no word from the authorities.",
  "The missing journalist's brother", "possessive: journalist's brother")
S("His widow said the family had never been told where he was buried.",
  "His widow", "possessive: pronoun determiner his")

# ------------------------------------------------------------------ conjoined
S("A driver and two passengers said the bus was stopped by armed men at Kilometre 40.",
  "A driver and two passengers", "conjoined: driver and passengers")
S("Farmers and herders in the area say the fighting began over a well.",
  "Farmers and herders in the area", "conjoined: farmers and herders")
S("The bridge was blown up on Wednesday, according to a priest and a teacher from the town.",
  "a priest and a teacher from the town", "conjoined: according to a priest and a teacher")

# ------------------------------------------------------------------ traps: pronouns
S("He said the soldiers had arrived on Tuesday and left the following morning.",
  None, "trap-pronoun: he said")
S("They told CPA that the camp had received no food since the start of the month.",
  None, "trap-pronoun: they told")
S("\u201cWe are counting the dead every day,\u201d she said.",
  None, "trap-pronoun: quote, she said")
S("It was not possible to reach the area, he added, because the bridge had been destroyed.",
  None, "trap-pronoun: he added mid-sentence")

# ------------------------------------------------------------------ traps: first name only
S("\u201cWe slept under the trees for a week,\u201d said Fatima, a 15-year-old student from Kutum.",
  "Fatima", "trap-firstname: said Fatima, a student")
S("Abdullahi, a herder who gave only his first name, said the raiders took 200 head of cattle.",
  "Abdullahi", "trap-firstname: opening first name + apposition")

# ------------------------------------------------------------------ traps: named people
S("\u201cThe town is empty,\u201d said Moussa Diarra, the mayor of T\u00e9nenkou.",
  None, "trap-named: said named mayor")
S("Grace Atim, a nurse in Gulu, said the clinic had treated 14 people for burns.",
  None, "trap-named: named nurse with apposition")
S("Father Tomasz Nowak, who runs the parish shelter, told CPA that 80 people were sleeping in the church.",
  None, "trap-named: titled priest + who-clause")

# ------------------------------------------------------------------ traps: records and figures
S("Figures compiled by the army show 312 militants were killed in the offensive.",
  None, "trap-record: figures compiled by the army")
S("Data from the port authority showed imports fell by a third in March, a shipping agent said.",
  "a shipping agent", "trap-record: record opening, real source closing")
S("Hospital records seen by CPA show 61 people were treated for gunshot wounds.",
  None, "trap-record: hospital records")
S("According to reports from the area, the militia withdrew overnight.",
  None, "trap-record: according to reports")
S("According to figures compiled by aid workers, 1,200 families have arrived in the camp.",
  None, "trap-record: according to figures compiled by")

# ------------------------------------------------------------------ traps: quoted speech
S("\u201cThe commander said we would be paid at the end of the month, but nobody was paid,\u201d a former recruit said.",
  "a former recruit", "trap-quote: said inside the quote")
S("\u201cEveryone told us the road was safe,\u201d a driver from Bamako told CPA.",
  "a driver from Bamako", "trap-quote: told inside the quote")
S("\u201cThey say the army is coming, but we have heard that before,\u201d said an old man sitting outside the mosque.",
  "an old man sitting outside the mosque", "trap-quote: say inside the quote, inverted")

# ------------------------------------------------------------------ traps: object looks like subject
S("Soldiers told the herders to leave their grazing land by Friday, one herder said.",
  "one herder", "trap-object: soldiers told the herders")
S("Police ordered traders to close their stalls before noon, a trader in the Kariakoo market said.",
  "a trader in the Kariakoo market", "trap-object: police ordered traders")
S("The gunmen told passengers to hand over their phones, according to a woman who was on the bus.",
  "a woman who was on the bus", "trap-object: gunmen told passengers, according to")
S("The commander told villagers that anyone who helped the army would be killed, an elder in the village said.",
  "an elder in the village", "trap-object: commander told villagers")

# ------------------------------------------------------------------ traps: story's subject rather than source
S("Villagers fled as the gunmen approached Kuriga, a teacher at the school said.",
  "a teacher at the school", "trap-subject: villagers fled")
S("Families who said they had lost relatives gathered outside the morgue, a hospital porter said.",
  "a hospital porter", "trap-subject: families who said")
S("Hundreds of students said to be from the northern provinces were detained, a lecturer at the university told CPA.",
  "a lecturer at the university", "trap-subject: passive said to be")
S("Young men in the district have joined the militia in large numbers, a school principal in Bunia said.",
  "a school principal in Bunia", "trap-subject: young men joined")

# ------------------------------------------------------------------ traps: registered or named bodies
S("The attack killed at least 23 people, the Syrian Observatory for Human Rights said.",
  None, "trap-registered: monitor")
S("More than 8,000 people have fled to Chad since Monday, according to UNHCR.",
  None, "trap-registered: UN agency")
S("The fighting displaced about 4,000 people, the Norwegian Refugee Council said.",
  None, "trap-registered: NGO")

# ------------------------------------------------------------------ traps: what/which openings
S("What the soldiers said next terrified everyone, a passenger recalled.",
  "a passenger", "trap-what: what-clause, recalled")
S("Which of the armed groups carried out the attack was unclear, a security analyst in Niamey said.",
  "a security analyst in Niamey", "trap-what: which-clause, analyst")

# ------------------------------------------------------------------ prepositional openings
S("In the camp, a volunteer said food rations had been halved.",
  "a volunteer", "preposition: fronted in-phrase")
S("At the border crossing, a money changer told CPA that the pound had lost half its value in a week.",
  "a money changer", "preposition: fronted at-phrase")

# ------------------------------------------------------------------ vague people
S("Someone close to the family said the ransom had been paid.",
  "Someone close to the family", "vague: someone close to")
S("People familiar with the negotiations said a deal could be announced next week.",
  "People familiar with the negotiations", "vague: people familiar with")
S("A person with knowledge of the talks told CPA that the ceasefire draft ran to 12 pages.",
  "A person with knowledge of the talks", "vague: person with knowledge of")
S("Some who stayed behind said the militia had looted every shop.",
  "Some who stayed behind", "vague: some who")
S("Those who managed to flee described seeing bodies in the streets.",
  "Those who managed to flee", "vague: those who, described")
S("The driver of the ambulance, reached by phone, said the road was blocked by burning tyres.",
  "The driver of the ambulance", "vague: comma reached-by-phone between subject and said")
