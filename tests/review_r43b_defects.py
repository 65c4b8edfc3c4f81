"""Minimal cases for the defects in review.md; expect = the right origin count. Run with probe.py."""
R, M, U, N, L = ["on_record"], ["media_report"], ["un_figure"], ["named_monitor"], ["leaked_recording"]
LR, RM, AM = ["leaked_recording", "on_record"], ["on_record", "media_report"], ["anonymous_source", "media_report"]


def c(articles, expect, why, tag):
    return {"articles": articles, "expect": expect, "why": why, "tag": tag}


CASES = [
    # D1 regression (false strong 75): _names_group reads a province as a named group
    c([[(R, "The Sindh government said 18 people had died in the heatwave.")],
       [(R, "Sindh government spokesman Murtaza Wahab said 18 people had died in the heatwave.")]],
      1, "a provincial government's spokesman is that government", "D1 regression names_group"),
    c([[(R, "Punjab police said three suspects had been arrested in Lahore.")],
       [(R, "Punjab police spokesman Ali Raza said three suspects had been arrested in Lahore.")]],
      1, "the police's spokesman is the police", "D1 regression names_group police"),
    # D2 regression (false strong 75): a leak's 'He said' handed to the article's last speaker, a denier
    c([[(R, "The army's spokesman, Ahmed Sharif, denied that soldiers had fired on the hostages."),
        (L, "In a leaked audio clip, a hostage said soldiers had fired on the carriages."),
        (L, "He said four passengers were hit.")]],
      1, "'He' is the hostage in the clip; the spokesman only denies", "D2 regression speaker_goes_on"),
    # D3 regression (undercount): _apposed_source takes a registered name inside a lead phrase as the subject
    c([[(R, "Unlike Turkey's defence ministry, the Iraqi foreign ministry said two civilians had been killed.")],
       [(R, "Turkey's defence ministry said two civilians had been killed.")]],
      2, "Iraq and Turkey are two states", "D3 regression apposed unlike"),
    c([[(R, "Responding to Amnesty International, the Kenyan police said 14 protesters had been arrested.")],
       [(R, "Amnesty International said 14 protesters had been arrested.")]],
      2, "the police are not the watchdog", "D3 regression apposed responding"),
    c([[(R, "In a letter to the HRCP, the Balochistan home department said 11 suspects had been detained in Turbat.")],
       [(R, "The HRCP said 11 suspects had been detained in Turbat.")]],
      2, "the department wrote to the HRCP", "D3 regression apposed letter-to"),
    c([[(R, "After talks with MINUSCA, the prefect of Ouham said 14 civilians had been killed in Bossangoa.")],
       [(U, "MINUSCA said 14 civilians had been killed in Bossangoa.")]],
      2, "the prefect is not MINUSCA", "D3 regression apposed talks-with"),
    # D4 regression (undercount): HRCP registered, its acronym now folds into a state body whose name holds its words
    c([[(R, "Pakistan's National Commission for Human Rights said at least 37 people had gone missing in Balochistan in March.")],
       [(R, "The HRCP said at least 37 people had gone missing in Balochistan in March.")]],
      2, "statutory NCHR vs the independent HRCP", "D4 regression HRCP/NCHR"),
    # G1 old gap (false strong 75): a speaker's own intercept counted apart from him
    c([[(R, "Army spokesman Lt. Gen. Ahmed Sharif said the attack on the train had been directed from Afghanistan."),
        (LR, "He played what he said was an intercepted call between an attacker and a handler.")]],
      1, "the military's own intercept", "G1 gap played intercept"),
    c([[(L, "In an intercepted call released by the army, a handler tells the attacker to kill the hostages."),
        (R, "The army's spokesman, Lt. Gen. Ahmed Sharif, said the call proved foreign involvement.")]],
      1, "released by the army; its spokesman", "G1 gap released intercept"),
    # G2 old gap (undercount): a countryless organ folded into the armed group / watchdog beside it
    c([[(R, "The BLA said its fighters were holding more than 200 passengers.")],
       [(R, "The military said the attackers were holding more than 200 passengers.")]],
      2, "the group and the state's military", "G2 gap bare organ/BLA"),
    c([[(R, "Amnesty International said 14 protesters had been arrested.")],
       [(R, "The police said 14 protesters had been arrested.")]],
      2, "the watchdog and the police", "G2 gap bare organ/Amnesty"),
    # G3 old gap: "According to PTV, the BLA claimed" counts the state outlet beside what it relays
    c([[(RM, "According to PTV, the BLA claimed the attack on the Jaffar Express.")],
       [(R, "The BLA claimed the attack on the Jaffar Express.")]],
      1, "PTV is the channel", "G3 gap according-to claimed"),
    # G4 old gap: _TOLD_IT's tellers outside _VAGUE_HEAD stay the UN's
    c([[(U, "MINUSCA said survivors had told its investigators that the gunmen spoke Russian.")],
       [(AM, "Survivors told Radio Ndeke Luka that the gunmen spoke Russian.")]],
      1, "survivors relayed twice", "G4 gap told-its survivors"),
    # G5 old gap (strong 75/80): the relayed body named two ways
    c([[(U, "OCHA, citing South Sudan's relief commission, said 60,000 people had crossed into Ethiopia.")],
       [(R, "South Sudan's Relief and Rehabilitation Commission said 60,000 people had crossed into Ethiopia.")]],
      1, "one commission", "G5 gap citing commission names"),
    # G6 old gap: "ISPR:" headline read as a dateline (now explicitly by DATELINE)
    c([[(R, "ISPR: Security forces killed 11 terrorists in an intelligence-based operation in Kech.")],
       [(R, "The BLF said 11 of its fighters had been killed in Kech.")]],
      2, "'ISPR:' names the source", "G6 gap colon acronym"),
    # G7 old gap (false strong 75): a state government's spokesman apart from it
    c([[(R, "The Borno state government said 18 people had been killed.")],
       [(R, "Borno state government spokesman Usman Tar said 18 people had been killed.")]],
      1, "spokesman of the state government", "G7 gap Borno spokesman"),
]
