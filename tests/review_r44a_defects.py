"""Minimal cases of the round-44 defects found in review (a). `expect` is the right count.
D* = regressions (NEW wrong, BASE right); G* = old gaps (both wrong)."""
R, A, M, U = ["on_record"], ["anonymous_source"], ["media_report"], ["un_figure"]
AM = A + M

CASES = [
    # D1 (false strong, 75): two role-only descriptions of one body split by _same_kind on _unnamed_as
    {"articles": [[(R, "Eight people were killed near Galkayo, the tribal council said.")],
                  [(R, "Eight people were killed near Galkayo, the council's chairman said.")]],
     "expect": 1, "why": "D1 one council and its chairman: community vs official kind"},
    {"articles": [[(R, "Twelve people died of cholera, the health bureau said.")],
                  [(R, "Twelve people died of cholera, the bureau's spokesman said.")]],
     "expect": 1, "why": "D1 one bureau and its spokesman: medical vs official kind"},
    {"articles": [[(R, "Cholera has killed 15 people in the state since June, the state health commissioner said.")],
                  [(R, "Fifteen people have died of cholera in the state since June, the state government said.")]],
     "expect": 1, "why": "D1 a state government and its health commissioner: medical vs official kind"},
    # D2 (60 moderate, single_source lost): the role's own anonymous official set apart (_belongs misses it)
    {"articles": [[(R, "Twenty militants were killed near Djibo, the army said.")],
                  [(A, "Twenty militants were killed near Djibo, a military official said.")]],
     "expect": 1, "why": "D2 organ synonym: military/army"},
    {"articles": [[(R, "Eighteen people were killed in Djugu, the governor said.")],
                  [(A, "Eighteen people were killed in Djugu, an official in the governor's office said.")]],
     "expect": 1, "why": "D2 the role's own office, not an _OWN_ORGANS word"},
    {"articles": [[(R, "Fourteen wounded were admitted after the strike, the hospital director said.")],
                  [(A, "Fourteen wounded were admitted after the strike, a hospital official said.")]],
     "expect": 1, "why": "D2 kind medical, not official: _belongs returns False before any word test"},
    {"articles": [[(R, "The rebels said they had captured Lubero on Sunday.")],
                  [(A, "The rebels captured Lubero on Sunday, a rebel commander said.")]],
     "expect": 1, "why": "D2 a rebel commander beside the rebels"},
    {"articles": [[(R, "The army said it had shot down five drones over Port Sudan.")],
                  [(A, "Five drones were shot down over Port Sudan, a Sudanese military official said.")]],
     "expect": 1, "why": "D2 a state word beside a stateless role: _belongs returns False"},
    {"articles": [[(R, "A drone hit a school in Nikopol on Tuesday, the mayor said.")],
                  [(A, "A drone struck a school in Nikopol on Tuesday, a municipal official said.")]],
     "expect": 1, "why": "D2 span kept as 'official' only, so 'municipal' is lost"},
    # D3 (60 moderate): residents cited with/through the role, not set apart, made an origin of their own
    {"articles": [[(R + A, "The mayor said, citing residents, that 40 homes were destroyed in Korabel.")],
                  [(R, "Forty homes were destroyed in Korabel, the mayor said.")]],
     "expect": 1, "why": "D3 residents relayed by the mayor"},
    # D4 (claim lost): prose opening with the noun "Sign-up" read as page furniture
    {"articles": [[(R, "Sign-up for the return programme closed on Friday with 4,000 names, the camp director said.")]],
     "expect": 1, "why": "D4 'Sign-up' opening prose"},
    # G1 (old gap, undercount): a role alone folded into whatever named origin the claim has
    {"articles": [[(R, "About 40,000 people have fled Goma since Sunday, the mayor said.")],
                  [(R, "About 40,000 people have fled Goma since Sunday, Human Rights Watch said.")]],
     "expect": 2, "why": "G1 the mayor folded into HRW"},
    {"articles": [[(R, "The Rapid Support Forces said it had attacked Zamzam camp.")],
                  [(R, "The joint forces said they had repelled the attack on Zamzam camp.")]],
     "expect": 2, "why": "G1 the army-allied joint forces folded into the RSF"},
    # G2 (old gap, undercount): two sides merged
    {"articles": [[(R, "Eight people were killed near Hpakant, the army said.")],
                  [(R, "Eight people were killed near Hpakant, the rebels said.")]],
     "expect": 2, "why": "G2 the army and the rebels: no kind, no side, so same kind"},
    {"articles": [[(R, "Gunmen killed five people near Mandera, the county commissioner said.")],
                  [(A, "Five people were killed near Mandera, Somali officials said.")]],
     "expect": 2, "why": "G2 foreign plural officials folded into a stateless role"},
    {"articles": [[(R, "About 300 civilians were evacuated from Oleshky, the Russian-installed governor said.")],
                  [(R, "About 300 civilians were evacuated from Oleshky, Ukraine's regional governor said.")]],
     "expect": 2, "why": "G2 'Ukraine's regional governor' read stateless and lent to Russia (and pro_regime_only)"},
    # G3 (old gap, claim lost): prose read as page furniture
    {"articles": [[(A, "The gunmen, who subscribe to a hardline ideology, burned 14 homes in the village, residents said.")]],
     "expect": 1, "why": "G3 'subscribe to' in prose"},
    {"articles": [[(AM, "The militia pays new recruits $200 per month, a former fighter told AFP.")]],
     "expect": 1, "why": "G3 a wage per month"},
    {"articles": [[(A, "\"Join our fight or leave your village,\" the gunmen told farmers near Kajuru, residents said.")]],
     "expect": 1, "why": "G3 a quote opening with a prompt's words"},
    {"articles": [[(AM, "\"The drones follow us on every road out of the village,\" a farmer told AFP.")]],
     "expect": 1, "why": "G3 'follow us on' in a quote"},
    # G4 (old gap, minor): a role with no kind merges with any role
    {"articles": [[(R, "More than 300 refugees reached the transit centre on Sunday, the hospital director said.")],
                  [(R, "More than 300 refugees reached the transit centre on Sunday, the head of the camp committee said.")]],
     "expect": 2, "why": "G4 hospital director and camp committee head"},
]
