"""Countries by name, demonym and capital: the words that fold "Iranian", "Iran-backed" and
"Tehran" into one actor, for grouping's anchors and for what a figure counts."""

from __future__ import annotations

import re
from functools import lru_cache

# Countries with their demonyms and unambiguous capitals: "Iranian", "Iran-backed" and "Tehran"
# name one actor. General conflict-reporting vocabulary, not tied to any event.
_COUNTRIES = {
    "AFGHANISTAN": "afghanistan afghan afghans kabul", "ALGERIA": "algeria algerian algerians algiers",
    "ARMENIA": "armenia armenian armenians yerevan", "AZERBAIJAN": "azerbaijan azerbaijani azerbaijanis azeri baku",
    "BAHRAIN": "bahrain bahraini", "BELARUS": "belarus belarusian minsk", "BRITAIN": "britain british uk",
    "BURKINA": "burkinabe ouagadougou", "CHAD": "chad chadian chadians n'djamena", "CHINA": "china chinese beijing",
    "CONGO": "congo congolese kinshasa", "EGYPT": "egypt egyptian egyptians cairo", "ERITREA": "eritrea eritrean eritreans asmara",
    "ETHIOPIA": "ethiopia ethiopian ethiopians addis ababa", "FRANCE": "france french", "GAZA": "gaza gazan gazans",
    "GERMANY": "germany german germans berlin", "INDIA": "india indian indians delhi", "IRAN": "iran iranian iranians tehran",
    "IRAQ": "iraq iraqi iraqis baghdad", "ISRAEL": "israel israeli israelis", "JORDAN": "jordanian jordanians amman",
    "KURD": "kurd kurds kurdish", "LEBANON": "lebanon lebanese beirut", "LIBYA": "libya libyan libyans",
    "MALI": "mali malian malians bamako", "MYANMAR": "myanmar burmese naypyidaw", "NIGERIA": "nigeria nigerian nigerians abuja",
    "PAKISTAN": "pakistan pakistani pakistanis islamabad", "PALESTINE": "palestine palestinian palestinians",
    "QATAR": "qatar qatari qataris doha", "RUSSIA": "russia russian russians moscow kremlin",
    "SAUDI": "saudi saudis riyadh", "SOMALIA": "somalia somali somalis mogadishu", "SUDAN": "sudan sudanese khartoum",
    "SYRIA": "syria syrian syrians damascus", "TURKEY": "turkey turkish turks ankara turkiye",
    "UAE": "uae emirati emiratis emirates", "UKRAINE": "ukraine ukrainian ukrainians kyiv kiev",
    "USA": "us u.s. usa american americans washington pentagon", "YEMEN": "yemen yemeni yemenis sanaa",
    "BURUNDI": "burundi burundian burundians bujumbura gitega", "CAMEROON": "cameroon cameroonian cameroonians yaounde",
    "COLOMBIA": "colombia colombian colombians bogota", "HAITI": "haiti haitian haitians port-au-prince",
    "INDONESIA": "indonesia indonesian indonesians jakarta", "KENYA": "kenya kenyan kenyans nairobi",
    "KOSOVO": "kosovo kosovar pristina", "MALAYSIA": "malaysia malaysian malaysians",
    "MOZAMBIQUE": "mozambique mozambican mozambicans maputo", "NIGER": "niger nigerien nigeriens niamey",
    "PHILIPPINES": "philippines philippine filipino filipinos manila", "RWANDA": "rwanda rwandan rwandans kigali",
    "SERBIA": "serbia serbian belgrade", "UGANDA": "uganda ugandan ugandans kampala",
    "TAJIKISTAN": "tajikistan tajik tajiks dushanbe", "KYRGYZSTAN": "kyrgyzstan kyrgyz bishkek",
}
_FOLD = {w: country for country, words in _COUNTRIES.items() for w in words.split()}
_AFFIX = re.compile(r"-(?:backed|led|linked|run|based|held|controlled|allied|supported|aligned|sponsored)$")


@lru_cache(maxsize=1 << 16)  # news text repeats its words: most lookups are hits
def _word(token: str) -> str:
    return _AFFIX.sub("", re.sub(r"['’]s$", "", token).lower())


def _country(token: str) -> str | None:
    """The country a token names by name, demonym or capital (``_COUNTRIES``), else None; the
    pronoun "us" is not the US."""
    return _FOLD.get(_word(token)) if token != "us" else None
