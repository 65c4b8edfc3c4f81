"""Round 44 review (b), third pass: a few variants, expectations set before running."""
R, A, M, U = ["on_record"], ["anonymous_source"], ["media_report"], ["un_figure"]
CASES = [
    {"articles": [[(R, "Human Rights Watch said at least 31 people were killed in the strikes on Tuesday.")],
                  [(U, "The strikes killed at least 31 people on Tuesday, the highest daily toll OCHA has published.")]],
     "expect": 2, "why": "NEG _GAP_VERB 'published.' with a body registered in both trees"},
    {"articles": [[(R, "Five Abu Sayyaf militants were killed in a clash in Patikul, Westmincom said.")],
                  [(R, "AFP spokesperson Col. Francel Padilla said five Abu Sayyaf militants were killed in a clash in Patikul.")]],
     "expect": 1, "why": "POS 'AFP spokesperson' in a Philippine story is the Armed Forces'"},
    {"articles": [[(R, "Azerbaijani forces detained 12 former Karabakh officials, Azerbaijan's State Security Service said.")],
                  [(R, "Twelve former Karabakh officials were detained, Azerbaijan's Karabakh police said.")]],
     "expect": 1, "why": "NEG side word: Azerbaijan's own 'Karabakh police' is Azerbaijan's"},
    {"articles": [[(R, "Gunmen killed four people in Jolo, the police chief said.")],
                  [(R, "Gunmen killed four people in Jolo, police chief Col. Ariel Diaz said.")]],
     "expect": 1, "why": "POS role and named police chief, no state named"},
    {"articles": [[(R, "Hamas said an Israeli strike on a police post in Khan Younis killed four officers.")],
                  [(R, "An Israeli strike on a police post in Khan Younis killed four officers, police chief Mahmoud Salah said.")]],
     "expect": 1, "why": "POS/NEG police chief beside Hamas only: Gaza's police is Hamas-run (one side)"},
]
