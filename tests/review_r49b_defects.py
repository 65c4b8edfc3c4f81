# Round-49 review (reviewer B): minimal reproductions of the regressions and main old gaps in cases.py.
R, A, M, P = ["on_record"], ["anonymous_source"], ["media_report"], ["pro_regime_outlet"]


def d(status, expect, why, *articles, publishers=None):
    case = {"articles": [list(a) for a in articles], "expect": expect, "why": why, "status": status}
    if publishers:
        case["publishers"] = publishers
    return case


CASES = [
    # ---------------- regressions ----------------
    d("regression", 1, "D1 cues._set_apart + origins._belongs read states per token (_state_word): 'North Ossetian' -> "
      "'Ossetian' -> SOUTH_OSSETIA, not _COMPOUND's RUSSIA; the officials are set apart and not Russia's",
      [(R, "Russia's Emergencies Ministry said 12 people died in the floods.")],
      [(A, "North Ossetian officials said 12 people died in the floods.")]),
    d("regression", 1, "D2 origins._belongs: per-token state SOUTH_OSSETIA != RUSSIA returns False before the organ-word "
      "test that used to join 'a ... government official' to 'The Russian government'",
      [(R, "The Russian government said 12 people died in the floods.")],
      [(A, "A North Ossetian government official said 12 people died in the floods.")]),
    d("regression", 2, "D3 names._ORGAN gained 'kgb': origins._bare_organ('The KGB') is now true, so _offices_joined lends "
      "a bare KGB (Belarus's, South Ossetia's) to the claim's one other state",
      [(R, "The KGB said two Polish citizens were detained near Grodno.")],
      [(R, "Poland's foreign ministry said two Polish citizens were detained near Grodno.")]),
    d("regression", 1, "D4 origins._STATE_SEAT branch: 'The presidency' beside an unregistered named origin of no known "
      "state (Somaliland's government) is set apart; _offices_joined does not rejoin it (named office '')",
      [(R, "Somaliland's government said the port deal would go ahead."),
       (R, "The presidency said the port deal would go ahead.")]),
    d("regression", 1, "D5 origins._STATE_SEAT branch: 'The presidency' beside a president named by surname only",
      [(R, "Petro said the government had suspended talks with the ELN.")],
      [(R, "The presidency said the government had suspended talks with the ELN.")]),
    d("regression", 1, "D6 attribution home rule (_state_agency of the carrier, now Khovar = state_media TJ) runs before "
      "the claim can lend 'President X' (office '?') to the state it names: Japarov becomes Tajik",
      [(R, "President Sadyr Japarov said the border map would be signed in Bishkek."),
       (R, "Kyrgyzstan's foreign ministry said the border map would be signed in Bishkek.")],
      publishers=["Khovar"]),
    d("regression", 2, "D7 origins._publishes: an outlet's own finding ('A Reuters investigation found') in another article "
      "becomes the channel of the source Reuters quoted in its own article",
      [(R, "Four protesters were killed in Tibu, a police commander said.")],
      [(M, "A Reuters investigation found that four protesters were killed in Tibu.")],
      publishers=["Reuters", "Agence France-Presse"]),
    d("regression", 1, "D8 sources.toml: Kabar registered as state_media with parent '' -> _source_state None, not owned: "
      "'Kabar news agency reported' is an origin of its own (unregistered, it folded); _publishes needs the exact name",
      [(R, "The Kyrgyz border service said Tajik troops had moved armoured vehicles to the border.")],
      [(M, "Kabar news agency reported that Tajik troops had moved armoured vehicles to the border.")],
      publishers=["Kabar", "Reuters"]),
    d("regression", 1, "D9 sources.toml: Khovar (state_media TJ, parent '') relaying its state counts as its own origin",
      [(R, "The Tajik Border Troops said two servicemen were killed near Vorukh.")],
      [(M, "Khovar reported that two servicemen were killed near Vorukh.")]),
    d("regression", 2, "D10 exposed old gap: 'The South Ossetian foreign ministry' no longer folds into Russia's by "
      "_organs_joined (right), but 'Spokeswoman Maria Zakharova' (office '') is still not lent to Russia: 3",
      [(R, "The South Ossetian foreign ministry said the fence had not been moved.")],
      [(R, "Russia's foreign ministry said the fence had not been moved."),
       (R, "Spokeswoman Maria Zakharova said the fence had not been moved.")]),
    # ---------------- old gaps ----------------
    d("old gap", 2, "G1 origins._STATE_SEAT guard: any named origin with a state blocks it, a side too (Hamas -> GAZA): "
      "the president's office folds into Hamas",
      [(R, "The president's office said 40 people were killed in the strike.")],
      [(R, "Hamas said 40 people were killed in the strike.")]),
    d("old gap", 2, "G2 origins unnamed branch: a bare 'The government' (not a _STATE_SEAT, _no_organ false for an armed "
      "group) folds into the ELN",
      [(R, "The government said it had suspended talks with the ELN.")],
      [(R, "The ELN said the talks had been suspended by the government.")]),
    d("old gap", 1, "G3 origins._publishes: publisher 'TASS Russian News Agency' is not 'TASS' (no equality, no "
      "parentheses, initials TRNA)",
      [(R, "Russia's defence ministry said 30 drones were downed over Belgorod.")],
      [(P, "TASS reported that 30 drones were downed over Belgorod.")],
      publishers=["TASS Russian News Agency", "Reuters"]),
    d("old gap", 1, "G4 speaker._TITLE_OF / offices._MINISTER_OF_STATE allow a one-word portfolio only: 'Minister of "
      "Foreign Affairs of Georgia X' is read as the person 'Georgia Maka Botchorishvili' of no state",
      [(R, "Minister of Foreign Affairs of Georgia Maka Botchorishvili said the fence was moved.")],
      [(R, "Georgia's foreign ministry said the fence was moved.")]),
    d("old gap", 1, "G5 names._SIDE_NAMES lacks 'pridnestrovian' (and 'sukhum'): Transnistria's own ministry is no side's",
      [(R, "The Pridnestrovian foreign ministry said gas supplies had been cut.")],
      [(R, "Transnistria's de facto foreign ministry said gas supplies had been cut.")]),
    d("old gap", 1, "G6 'Spokeswoman X' (title of no organ) gets office '' and is never lent to the claim's one state",
      [(R, "Russia's foreign ministry said the fence had not been moved."),
       (R, "Spokeswoman Maria Zakharova said the fence had not been moved.")]),
    d("old gap", 1, "G7 a state agency cited by a descriptive name ('Kyrgyz state news agency Kabar') is not found in the "
      "registry and is neither its article's publisher nor its state's voice",
      [(R, "The Kyrgyz border service said Tajik troops had moved armoured vehicles to the border.")],
      [(M, "Kyrgyz state news agency Kabar reported that Tajik troops had moved armoured vehicles to the border.")],
      publishers=["Kabar National News Agency", "Reuters"]),
]
