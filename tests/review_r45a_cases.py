# End-to-end checks of the pair findings (written before running). "expect": origins of the largest claim.
R = ["on_record"]
CASES = [
    # regressions? one claim, two independent origins, worded with different counted nouns/demonyms
    {"articles": [[(R, "Twelve Palestinians were killed in Israeli strikes on Khan Younis, the Gaza health ministry said.")],
                  [(R, "Israeli strikes on Khan Younis killed 12 Gaza residents, the Palestinian Red Crescent said.")]],
     "expect": 2, "why": "ministry and PRCS, same 12; GAZA vs PALESTINE must not split them"},
    {"articles": [[(["named_monitor"], "Turkish drone strikes killed seven Syrian Democratic Forces fighters near Kobani, "
                                      "the Syrian Observatory for Human Rights said.")],
                  [(R, "Seven Kurdish fighters were killed in Turkish drone strikes near Kobani, SDF spokesman Farhad Shami said.")]],
     "expect": 2, "why": "monitor and the SDF itself, same seven"},
    {"articles": [[(R, "Gunmen attacked two police stations in Zamfara state overnight, police spokesman Yazid Abubakar said.")],
                  [(["anonymous_source", "media_report"], "Gunmen stormed two police posts in Zamfara overnight, residents told Reuters.")]],
     "expect": 2, "why": "police and residents; 'police stations' vs 'police posts'"},
    {"articles": [[(R, "Russian shelling wounded 12 when shells struck a bus stop in Kherson, regional governor Oleksandr Prokudin said.")],
                  [(R, "Twelve people were wounded by Russian shelling at a bus stop in Kherson, Ukraine's prosecutor general's office said.")]],
     "expect": 2, "why": "governor and prosecutors; '12 when shells' is no count of shells"},
    {"articles": [[(R, "The army said it had opened an inquiry and dismissed 12 officers over the killings.")],
                  [(["anonymous_source", "media_report"], "Twelve officers were dismissed over the killings, a military source told AFP.")]],
     "expect": 2, "why": "'dismissed 12 officers' is no rejected figure"},
    # old gaps? two claims that share only a figure, two sources: grouping them makes a false two-origin claim
    {"articles": [[(R, "Police confirmed the attack on the camp was carried out by three terrorists, Inspector General Vijay Kumar said.")],
                  [(R, "Pakistani troops destroyed three Indian posts along the Line of Control, the ISPR said.")]],
     "expect": 1, "why": "round 44 Kashmir audit reworded: attackers vs posts"},
    {"articles": [[(R, "Militants killed three soldiers in the ambush, said army spokesman Souleymane Dembele.")],
                  [(R, "Militants torched three army trucks in the ambush, JNIM said in a statement.")]],
     "expect": 1, "why": "soldiers vs trucks; inverted attribution drops the soldiers"},
    {"articles": [[(R, "A military court sentenced 12 activists to five years in prison, defence lawyer Ahmed Ali said.")],
                  [(R, "A military court sentenced five activists to 12 years in prison, Amnesty International said.")]],
     "expect": 1, "why": "different sentences; spans of time are left out"},
    {"articles": [[(R, "Five South Sudanese civilians were killed in an attack in Abyei, the UNISFA mission said.")],
                  [(R, "Five Sudanese civilians were killed in an attack in Abyei, Abyei administrator Kuol Alor said.")]],
     "expect": 1, "why": "two nationalities folded to SUDAN"},
    {"articles": [[(R, "Hamas released 10 Thai hostages on Friday, Thai Prime Minister Srettha Thavisin said.")],
                  [(R, "Hamas released 10 Israeli hostages on Friday, the Israeli prime minister's office said.")]],
     "expect": 1, "why": "'Thai' missing"},
    # control
    {"articles": [[(R, "Six Armenian soldiers were killed in the border shelling, Armenia's defence ministry said.")],
                  [(R, "Six Azerbaijani soldiers were killed in the border shelling, Azerbaijan's defence ministry said.")]],
     "expect": 1, "why": "two countries' dead: the rule's own case"},
]
