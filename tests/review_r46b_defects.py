"""Round 46 review (b): names read again and names read apart, defects written by a helper before running
either tree (see tests/test_review_r46.py). expect = the independent origins a careful fact-checker counts."""
# Round 46 review (b): one minimal case per distinct defect found in the FOCUS
# (names read again and names read apart). Run: python3 /tmp/r46/review/run_cases.py /tmp/review46b/defects.py
R = ["on_record"]
M = ["media_report"]


def d(expect, status, why, *articles):
    return {"articles": [list(a) for a in articles], "expect": expect, "status": status, "why": why}


CASES = [
    # ---- regressions ----
    d(2, "regression",
      "attribution._AFFILIATE clears the identity of 'The al-Qaeda affiliate' although no affiliate was cited before; "
      "the nameless speaker then counts as no origin, so the group is lost (base: its own origin)",
      [(R, "Burkina Faso's army said 30 soldiers were killed near Djibo.")],
      [(R, "The al-Qaeda affiliate said its fighters killed 30 soldiers near Djibo.")]),
    d(2, "regression",
      "attribution._AFFILIATE's 'branch' takes a society's local branch ('The Somali Red Crescent branch') for an armed "
      "group's affiliate; identity cleared, the Red Crescent is lost",
      [(R, "Somalia's government said 14 civilians were killed in the al-Shabaab attack in Beledweyne."),
       (R, "The Somali Red Crescent branch said 14 civilians were killed in the attack in Beledweyne.")]),
    d(2, "regression",
      "attribution._KIND_PLURAL with len(labels) > 1: the second label is only the outlet the groups spoke to "
      "('told Reuters'), not another source; 'Aid agencies' are cleared and the claim loses its origin",
      [(R + M, "Aid agencies told Reuters that at least 40 people were killed in the shelling of the market in El Fasher.")],
      [(R, "The Rapid Support Forces said 40 people were killed in the shelling of the market in El Fasher.")]),
    d(1, "regression",
      "speaker._OWNED_ROLE_NAME now reads 'Abdel Fattah Burhan' after \"Sudan's army chief\" (a stance verb), but "
      "offices._office gives no state for 'army chief' (nor 'prime minister', 'foreign secretary', 'supreme leader'), "
      "so he counts apart from Sudan's army (base read no speaker and counted one)",
      [(R, "Sudan's army chief Abdel Fattah Burhan condemned the attack on Zamzam camp that killed 400 civilians.")],
      [(R, "Sudan's army said 400 civilians were killed in the attack on Zamzam camp.")]),
    d(2, "regression",
      "names.undotted in _state_of_name: 'U.A.E.-backed forces' now reads as 'UAE-backed forces', which _state_of_name "
      "takes for a UAE organ (no '-backed' exception, old for 'UAE-backed'/'US-backed'); merged with the UAE's ministry",
      [(R, "U.A.E.-backed forces said they killed 30 Houthi fighters in the battle for Hays.")],
      [(R, "The UAE's defence ministry said 30 Houthi fighters were killed in the battle for Hays.")]),
    d(2, "regression",
      "speaker._identity_words undots 'U.S. lawmakers' to identity 'us', the identity of 'The US military'; "
      "lawmakers (no state organ) merge with the military (base: identity 's', kept apart)",
      [(R, "U.S. lawmakers said the strike killed 20 civilians in the village of Tokhar.")],
      [(R, "The US military said the strike killed 20 civilians in the village of Tokhar.")]),
    # ---- old gaps the new rules should have covered ----
    d(3, "old gap",
      "speaker._PORTFOLIOS reads a list of three bodies ('Ministry of Health, Emergency Lawyers and Sudan Doctors "
      "Network') as one ministry's portfolios; base read only the last body",
      [(R, "The Ministry of Health, Emergency Lawyers and Sudan Doctors Network said 120 people were killed in El Fasher.")]),
    d(1, "old gap",
      "undotted is not applied in offices._office's envoy reader (_ENVOY_BEFORE: [A-Z][\\w'’-]* cannot match 'U.S.'), "
      "so 'U.S. envoy X' gets no state while 'US envoy X' is the US's",
      [(R, "U.S. envoy Steve Witkoff said the strikes destroyed three Iranian nuclear sites.")],
      [(R, "The Pentagon said the strikes destroyed three Iranian nuclear sites.")]),
    d(1, "old gap",
      "undotted is not applied to the name offices._office's title reader matches: 'U.S. Vice President J.D. Vance' "
      "gets office '' (no join), 'US Vice President J.D. Vance' gets '?' and joins the one state",
      [(R, "U.S. Vice President J.D. Vance said the strikes destroyed three Iranian nuclear sites.")],
      [(R, "The U.S. military said the strikes destroyed three Iranian nuclear sites.")]),
    d(2, "old gap",
      "speaker._OWNED_ROLE_NAME reads \"Myanmar's shadow government spokesman Kyaw Zaw\"; his office is '?' and joins the "
      "claim's one state, the junta ('shadow', 'exiled' mark a rival; base also merged)",
      [(R, "Myanmar's shadow government spokesman Kyaw Zaw condemned the air strike that killed 40 people in Sagaing.")],
      [(R, "Myanmar's military said the air strike in Sagaing killed 40 people.")]),
    d(3, "old gap",
      "speaker._OWNED_ROLE_NAME's lower-case words take \"army and allied\" for a post: the subject \"Sudan's army\" is "
      "dropped and only 'Joint Forces' speaks",
      [(R, "Sudan's army and allied Joint Forces condemned the RSF attack that killed 400 civilians in Zamzam camp.")],
      [(["un_figure"], "The UN said 400 civilians were killed in the RSF attack on Zamzam camp.")]),
    d(2, "old gap",
      "posts._UNIT_AFTER's 'Team' unit is never superseded ('team' is no head word in article.heads), so 'The team' "
      "after a Fortify Rights team still reads as the Tatmadaw's Information Team (base: same count by back-reference)",
      [(R, "The Tatmadaw True News Information Team said 20 people were killed in the shelling of Kyauktaw."),
       ([], "A team from Fortify Rights visited Kyauktaw on Monday and interviewed survivors."),
       (R, "The team said 20 people were killed in the shelling of Kyauktaw.")]),
    d(1, "old gap",
      "acronyms._added is per article: 'The AA said' in an article without the definition stays an unregistered "
      "speaker apart from the Arakan Army",
      [(R, "The Arakan Army (AA) said it had seized the junta's last base in Maungdaw township.")],
      [(R, "The AA said it had seized the last junta base in Maungdaw township.")]),
]
