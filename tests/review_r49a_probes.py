"""Probes written after the first run, expects decided before running them."""
R = ["on_record"]
GEO_MIA = (R, "Georgia's Interior Ministry said police detained 30 protesters outside parliament in Tbilisi on Sunday night.")
ARM_MOD = (R, "Armenia's defence ministry said Azerbaijani forces shelled Jermuk overnight.")
RU_MOD = (R, "Russia's defence ministry said Ukrainian drones struck an oil depot in Novorossiysk.")
KG_BS = (R, "Kyrgyzstan's border service said Tajik troops shelled the village of Ak-Tereke.")
CASES = [
    {"articles": [[(R, "President of the Russian Football Union Alexander Dyukov said Ukrainian drones struck an oil depot in Novorossiysk.")], [RU_MOD]], "expect": 2, "why": "P0 football union president"},
    {"articles": [[(R, "President of the Armenian Red Cross Society Anna Yeganyan said Azerbaijani forces shelled Jermuk overnight.")], [ARM_MOD]], "expect": 2, "why": "P1 Red Cross president"},
    {"articles": [[(R, "President of Georgian Railway Davit Peradze said police detained 30 protesters outside parliament in Tbilisi on Sunday night.")], [GEO_MIA]], "expect": 2, "why": "P2 railway company president"},
    {"articles": [[(R, "Sabrina Singh of the Pentagon said US forces struck three Houthi radar sites.")],
                  [(R, "The US Defense Department said US forces struck three Houthi radar sites.")]], "expect": 1, "why": "P3 X of the Pentagon"},
    {"articles": [[(R, "Yuri Ushakov of the Kremlin said Ukrainian drones struck an oil depot in Novorossiysk.")], [RU_MOD]], "expect": 1, "why": "P4 X of the Kremlin"},
    {"articles": [[(R, "Dmytro Lykhovii of the General Staff said Russian troops attacked Ukrainian positions near Pokrovsk 40 times.")],
                  [(R, "Ukraine's General Staff said Russian troops attacked Ukrainian positions near Pokrovsk 40 times.")]], "expect": 1, "why": "P5 X of the General Staff"},
    {"articles": [[(R, "Aram Torosyan of the Defence Ministry said Azerbaijani forces shelled Jermuk overnight.")], [ARM_MOD]], "expect": 1, "why": "P6 X of the Defence Ministry"},
    {"articles": [[(R, "Lt. Col. Ruslan Mukambetov of the Border Service said Tajik troops shelled the village of Ak-Tereke.")], [KG_BS]], "expect": 1, "why": "P7 Lt. Col. X of the Border Service"},
    {"articles": [[(R, "The Patriarchate of Georgia said police detained 30 protesters outside parliament in Tbilisi on Sunday night.")], [GEO_MIA]], "expect": 2, "why": "P8 The Patriarchate of Georgia"},
    {"articles": [[(R, "Chairman of the Kyrgyz GKNB Kamchybek Tashiev said Tajik troops shelled the village of Ak-Tereke.")], [KG_BS]], "expect": 1, "why": "P9 Chairman of the Kyrgyz GKNB X"},
    {"articles": [[(R, "Police detained 30 protesters outside parliament in Tbilisi on Sunday night, said the former Prime Minister of Georgia Giorgi Gakharia.")], [GEO_MIA]], "expect": 2, "why": "P10 inverted former PM"},
    {"articles": [[(R, "Azerbaijani forces shelled Jermuk overnight, opposition lawmaker and former Minister of Defence of Armenia Seyran Ohanyan said.")], [ARM_MOD]], "expect": 2, "why": "P11 former Minister of Defence of Armenia"},
    {"articles": [[(R, "Russia's defence ministry said Ukrainian drones struck an oil depot in Novorossiysk, but ousted President of Ukraine Viktor Yanukovych said the drones struck a school.")]], "expect": 1, "why": "P12 filler"},
    {"articles": [[(R, "Maria Zakharova of the Foreign Ministry said Ukrainian drones struck an oil depot in Novorossiysk.")], [RU_MOD]], "expect": 1, "why": "P13 X of the Foreign Ministry (registered person?)"},
    {"articles": [[(R, "Ukrainian drones struck an oil depot in Novorossiysk, Alexander Dyukov, 64, president of the Russian Football Union, said.")], [RU_MOD]], "expect": 2, "why": "P14 age + union president"},
]
