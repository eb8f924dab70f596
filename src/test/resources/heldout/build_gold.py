#!/usr/bin/env python3
"""Builds and checks the held-out gold file (schema gold/1) for the articles in ./articles/.

Every span is computed here from its exact evidence string (str.find on the UTF-8 decoded file
text, so offsets are Unicode code points, half-open) and asserted: text[b:e] == evidence.
Nothing is typed by hand.

usage:
  python3 build_gold.py              # (re)write heldout-gold.json, after all checks
  python3 build_gold.py --selftest   # also convert the gold to an extraction/1 export and score
                                     # it against the gold with the reference scorer (expects 1.0)
  options: --scorer=PATH (default /work/shared/gold/score.py)

Locating an evidence string: `n` is either an int (the n-th occurrence, 0-based) or a string
(a longer context that occurs first in the text and contains the evidence: the evidence is then
looked up inside the first occurrence of that context).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
GOLD_OUT = os.path.join(HERE, "heldout-gold.json")
QIDS_TSV = "/work/shared/wikidata/verified-qids.tsv"
SEED_GOLD = "/work/shared/gold/seed-gold.json"

# ---------------------------------------------------------------------------------------------
# Registry: gold ids shared with the seed gold keep the seed's id, name, QID and aliases.
# wikidata: only QIDs listed in shared/wikidata/verified-qids.tsv, or (for Israel and Iran) the QID the
# seed gold already gives the same entity; else None. Shared ids must equal the seed's entries.
# ---------------------------------------------------------------------------------------------
P, O, C, PL, W, EV = "Person", "Organization", "Country", "Place", "WeaponSystem", "Event"


def ent(typ, name, qid=None, aliases=()):
    return {"type": typ, "name": name, "wikidata": qid, "aliases": list(aliases)}


ENTITIES = {
    # --- shared with the seed gold
    "donald-trump": ent(P, "Donald Trump", "Q22686", ["Trump", "President-elect Donald Trump"]),
    "vladimir-putin": ent(P, "Vladimir Putin", "Q7747", ["Putin", "Russian President Vladimir Putin"]),
    "dmitry-peskov": ent(P, "Dmitry Peskov", None, ["Peskov", "Putin's spokesperson", "Kremlin spokesperson"]),
    "volodymyr-zelenskyy": ent(P, "Volodymyr Zelenskyy", "Q3874799", ["Zelenskiy", "Zelensky", "Volodymyr Zelensky", "Volodymyr Zelenskiy"]),
    "kremlin": ent(O, "Kremlin", "Q133274", ["Moscow Kremlin"]),
    "nato": ent(O, "NATO", "Q7184", ["North Atlantic Treaty Organization"]),
    "white-house": ent(O, "White House", "Q35525", []),
    "us-state-department": ent(O, "United States Department of State", "Q789915", ["State Department", "U.S. State Department"]),
    "republican-party": ent(O, "Republican Party", "Q29468", ["Republican", "Republicans"]),
    "x-platform": ent(O, "X", "Q918", ["Twitter"]),
    "reuters": ent(O, "Reuters", "Q130879", []),
    "united-states": ent(C, "United States", "Q30", ["U.S.", "US", "USA", "America", "United States of America"]),
    "russia": ent(C, "Russia", "Q159", ["Russian Federation"]),
    "ukraine": ent(C, "Ukraine", "Q212", []),
    "united-kingdom": ent(C, "United Kingdom", "Q145", ["U.K.", "UK", "Britain", "Great Britain"]),
    "poland": ent(C, "Poland", "Q36", []),
    "moscow": ent(PL, "Moscow", "Q649", []),
    "washington": ent(PL, "Washington, D.C.", "Q61", ["Washington"]),
    "kyiv": ent(PL, "Kyiv", "Q1899", ["Kiev"]),
    "london": ent(PL, "London", "Q84", []),
    "russian-invasion-2022": ent(EV, "Russian invasion of Ukraine", "Q110999040", ["Russia's invasion"]),
    "himars": ent(W, "M142 HIMARS", "Q2495802", ["HIMARS"]),
    # --- 100 Germany / Taurus
    "germany": ent(C, "Germany", None, ["Federal Republic of Germany"]),
    "friedrich-merz": ent(P, "Friedrich Merz", None, ["Merz", "Chancellor Friedrich Merz", "Chancellor Merz"]),
    "boris-pistorius": ent(P, "Boris Pistorius", None, ["Pistorius"]),
    "ralf-stegner": ent(P, "Ralf Stegner", None, ["Stegner"]),
    "rolf-mutzenich": ent(P, "Rolf Mützenich", None, ["Mützenich", "Rolf Muetzenich"]),
    "anton-hofreiter": ent(P, "Anton Hofreiter", None, ["Hofreiter"]),
    "alice-weidel": ent(P, "Alice Weidel", None, ["Weidel"]),
    "spd": ent(O, "Social Democratic Party of Germany", None, ["SPD", "Social Democrats"]),
    "greens-germany": ent(O, "Alliance 90/The Greens", None, ["Greens", "The Greens", "German Greens"]),
    "afd": ent(O, "Alternative for Germany", None, ["AfD"]),
    "bundestag": ent(O, "Bundestag", None, ["German parliament"]),
    "german-defence-ministry": ent(O, "Federal Ministry of Defence", None, ["Defence Ministry", "German Defence Ministry", "German defence ministry"]),
    "russian-foreign-ministry": ent(O, "Ministry of Foreign Affairs of Russia", None, ["Russian foreign ministry", "Russian Foreign Ministry"]),
    "mbda-deutschland": ent(O, "MBDA Deutschland", None, []),
    "saab": ent(O, "Saab", None, ["Saab AB"]),
    "rheinische-post": ent(O, "Rheinische Post", None, []),
    "sweden": ent(C, "Sweden", None, []),
    "france": ent(C, "France", None, []),
    "berlin": ent(PL, "Berlin", None, []),
    "taurus": ent(W, "Taurus KEPD 350", None, ["Taurus", "Taurus cruise missile", "Taurus cruise missiles", "KEPD 350"]),
    "storm-shadow": ent(W, "Storm Shadow", None, ["SCALP EG"]),
    "klara-heinemann": ent(P, "Klara Heinemann", None, []),
    "tobias-reuter": ent(P, "Tobias Reuter", None, []),
    "yuri-sedov": ent(P, "Yuri Sedov", None, []),
    "gareth-collins": ent(P, "Gareth Collins", None, []),
    # --- 101 Gaza ceasefire proposal
    "israel": ent(C, "Israel", "Q801", []),  # QID as in the seed gold
    "egypt": ent(C, "Egypt", None, []),
    "qatar": ent(C, "Qatar", None, []),
    "iran": ent(C, "Iran", "Q794", []),  # QID as in the seed gold
    "lebanon": ent(C, "Lebanon", None, []),
    "gaza": ent(PL, "Gaza Strip", None, ["Gaza"]),
    "philadelphi-corridor": ent(PL, "Philadelphi corridor", None, ["Philadelphi Route"]),
    "cairo": ent(PL, "Cairo", None, []),
    "doha": ent(PL, "Doha", None, []),
    "beirut": ent(PL, "Beirut", None, []),
    "jerusalem": ent(PL, "Jerusalem", None, []),
    "hamas": ent(O, "Hamas", None, []),
    "hezbollah": ent(O, "Hezbollah", None, []),
    "jewish-power": ent(O, "Otzma Yehudit", None, ["Jewish Power"]),
    "yesh-atid": ent(O, "Yesh Atid", None, []),
    "al-jazeera": ent(O, "Al Jazeera", None, ["Al Jazeera television"]),
    "united-nations": ent(O, "United Nations", None, ["U.N.", "UN"]),
    "iran-foreign-ministry": ent(O, "Ministry of Foreign Affairs of Iran", None, ["Iranian foreign ministry", "Iran's foreign ministry"]),
    "gaza-health-ministry": ent(O, "Gaza Health Ministry", None, ["Gaza health ministry"]),
    "antony-blinken": ent(P, "Antony Blinken", None, ["Blinken"]),
    "abdel-fattah-al-sisi": ent(P, "Abdel Fattah al-Sisi", None, ["al-Sisi", "Sisi", "Abdel Fattah el-Sisi"]),
    "benjamin-netanyahu": ent(P, "Benjamin Netanyahu", None, ["Netanyahu"]),
    "itamar-ben-gvir": ent(P, "Itamar Ben-Gvir", None, ["Ben-Gvir"]),
    "bezalel-smotrich": ent(P, "Bezalel Smotrich", None, ["Smotrich"]),
    "yair-lapid": ent(P, "Yair Lapid", None, ["Lapid"]),
    "osama-hamdan": ent(P, "Osama Hamdan", None, ["Hamdan"]),
    "mohammed-al-thani": ent(P, "Mohammed bin Abdulrahman Al Thani", None, ["Sheikh Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed", "Mohammed bin Abdulrahman bin Jassim Al Thani"]),
    "badr-abdelatty": ent(P, "Badr Abdelatty", None, ["Abdelatty"]),
    "antonio-guterres": ent(P, "António Guterres", None, ["Antonio Guterres", "Guterres"]),
    "esmaeil-baghaei": ent(P, "Esmaeil Baghaei", None, ["Baghaei", "Esmail Baghaei"]),
    "samir-haddad": ent(P, "Samir Haddad", None, []),
    "noa-levinson": ent(P, "Noa Levinson", None, []),
    "karim-fares": ent(P, "Karim Fares", None, []),
    "helen-marsh": ent(P, "Helen Marsh", None, []),
    "paul-grant": ent(P, "Paul Grant", None, []),
    # --- 102 Sudan sanctions
    "sudan": ent(C, "Sudan", None, []),
    "uae": ent(C, "United Arab Emirates", None, ["UAE", "Emirates"]),
    "hungary": ent(C, "Hungary", None, []),
    "darfur": ent(PL, "Darfur", None, []),
    "port-sudan": ent(PL, "Port Sudan", None, []),
    "brussels": ent(PL, "Brussels", None, []),
    "geneva": ent(PL, "Geneva", None, []),
    "rsf": ent(O, "Rapid Support Forces", None, ["RSF"]),
    "sudanese-armed-forces": ent(O, "Sudanese Armed Forces", None, ["SAF", "Sudanese army"]),
    "european-union": ent(O, "European Union", None, ["EU"]),
    "us-treasury": ent(O, "United States Department of the Treasury", None, ["Treasury Department", "U.S. Treasury", "Treasury"]),
    "sudan-foreign-ministry": ent(O, "Ministry of Foreign Affairs of Sudan", None, ["Foreign Ministry", "Sudanese Foreign Ministry", "Sudan's foreign ministry"]),
    "un-security-council": ent(O, "United Nations Security Council", None, ["U.N. Security Council", "UN Security Council", "Security Council"]),
    "telegram": ent(O, "Telegram", None, []),
    "mohamed-hamdan-dagalo": ent(P, "Mohamed Hamdan Dagalo", None, ["Dagalo", "Hemedti"]),
    "abdel-fattah-al-burhan": ent(P, "Abdel Fattah al-Burhan", None, ["al-Burhan", "Burhan", "General Abdel Fattah al-Burhan"]),
    "wally-adeyemo": ent(P, "Wally Adeyemo", None, ["Adeyemo"]),
    "kaja-kallas": ent(P, "Kaja Kallas", None, ["Kallas"]),
    "volker-turk": ent(P, "Volker Türk", None, ["Türk", "Volker Turk"]),
    "tom-fletcher": ent(P, "Tom Fletcher", None, ["Fletcher"]),
    "amira-osman": ent(P, "Amira Osman", None, []),
    "daniel-brooks": ent(P, "Daniel Brooks", None, []),
    "lena-vogt": ent(P, "Lena Vogt", None, []),
    "mark-hollis": ent(P, "Mark Hollis", None, []),
    # --- 103 Taiwan arms sale
    "china": ent(C, "China", None, ["People's Republic of China", "PRC"]),
    "taiwan": ent(C, "Taiwan", None, ["Republic of China"]),
    "norway": ent(C, "Norway", None, []),
    "beijing": ent(PL, "Beijing", None, []),
    "taipei": ent(PL, "Taipei", None, []),
    "taiwan-strait": ent(PL, "Taiwan Strait", None, []),
    "pentagon": ent(O, "United States Department of Defense", None, ["Pentagon", "The Pentagon", "Department of Defense"]),
    "dsca": ent(O, "Defense Security Cooperation Agency", None, ["DSCA"]),
    "us-congress": ent(O, "United States Congress", None, ["Congress", "U.S. Congress"]),
    "raytheon": ent(O, "Raytheon", None, ["RTX", "Raytheon Technologies"]),
    "kongsberg": ent(O, "Kongsberg Defence & Aerospace", None, ["Kongsberg"]),
    "china-foreign-ministry": ent(O, "Ministry of Foreign Affairs of the People's Republic of China", None, ["Chinese foreign ministry", "China's foreign ministry"]),
    "china-commerce-ministry": ent(O, "Ministry of Commerce of the People's Republic of China", None, ["Commerce Ministry", "China's Commerce Ministry", "Chinese commerce ministry"]),
    "taiwan-affairs-office": ent(O, "Taiwan Affairs Office", None, []),
    "taiwan-presidential-office": ent(O, "Office of the President of Taiwan", None, ["Presidential Office", "Taiwan's Presidential Office"]),
    "taiwan-defence-ministry": ent(O, "Ministry of National Defense of Taiwan", None, ["Taiwan's defence ministry", "Ministry of National Defense"]),
    "dpp": ent(O, "Democratic Progressive Party", None, ["DPP"]),
    "kuomintang": ent(O, "Kuomintang", None, ["KMT", "Chinese Nationalist Party"]),
    "nasams": ent(W, "NASAMS", None, ["National Advanced Surface-to-Air Missile System"]),
    "mao-ning": ent(P, "Mao Ning", None, ["Mao"]),
    "karen-kuo": ent(P, "Karen Kuo", None, ["Kuo"]),
    "lai-ching-te": ent(P, "Lai Ching-te", None, ["Lai", "William Lai"]),
    "zhu-fenglian": ent(P, "Zhu Fenglian", None, ["Zhu"]),
    "chen-wei-ling": ent(P, "Chen Wei-ling", None, []),
    "liu-hao": ent(P, "Liu Hao", None, []),
    "brian-farrow": ent(P, "Brian Farrow", None, []),
    "susan-kemp": ent(P, "Susan Kemp", None, []),
    # --- 104 Senate Russia sanctions bill
    "india": ent(C, "India", None, []),
    "south-carolina": ent(PL, "South Carolina", None, []),
    "connecticut": ent(PL, "Connecticut", None, []),
    "kentucky": ent(PL, "Kentucky", None, []),
    "us-senate": ent(O, "United States Senate", None, ["Senate", "U.S. Senate"]),
    "us-house": ent(O, "United States House of Representatives", None, ["House of Representatives", "House", "U.S. House"]),
    "democratic-party": ent(O, "Democratic Party", None, ["Democratic", "Democrats"]),
    "lindsey-graham": ent(P, "Lindsey Graham", None, ["Graham"]),
    "richard-blumenthal": ent(P, "Richard Blumenthal", None, ["Blumenthal"]),
    "john-thune": ent(P, "John Thune", None, ["Thune"]),
    "chuck-schumer": ent(P, "Chuck Schumer", None, ["Schumer"]),
    "rand-paul": ent(P, "Rand Paul", None, ["Paul"]),
    "mike-johnson": ent(P, "Mike Johnson", None, ["Johnson", "Speaker Johnson", "House Speaker Mike Johnson"]),
    "marjorie-taylor-greene": ent(P, "Marjorie Taylor Greene", None, ["Greene"]),
    "jordan-ellis": ent(P, "Jordan Ellis", None, []),
    "rachel-kim": ent(P, "Rachel Kim", None, []),
    "olena-harmash": ent(P, "Olena Harmash", None, []),
    "don-mercer": ent(P, "Don Mercer", None, []),
    # --- 105 Yemen strikes
    "yemen": ent(C, "Yemen", None, []),
    "red-sea": ent(PL, "Red Sea", None, []),
    "arabian-sea": ent(PL, "Arabian Sea", None, []),
    "sanaa": ent(PL, "Sanaa", None, ["Sana'a"]),
    "hodeidah": ent(PL, "Hodeidah", None, ["Hudaydah"]),
    "saada": ent(PL, "Saada Governorate", None, ["Saada", "Saada province"]),
    "bab-al-mandab": ent(PL, "Bab-el-Mandeb", None, ["Bab al-Mandab", "Bab al-Mandab strait"]),
    "suez-canal": ent(PL, "Suez Canal", None, []),
    "africa": ent(PL, "Africa", None, []),
    "aden": ent(PL, "Aden", None, []),
    "houthis": ent(O, "Houthis", None, ["Houthi", "Ansar Allah", "Houthi movement"]),
    "houthi-political-bureau": ent(O, "Houthi political bureau", None, ["political bureau"]),
    "us-central-command": ent(O, "United States Central Command", None, ["U.S. Central Command", "CENTCOM", "Central Command"]),
    "royal-air-force": ent(O, "Royal Air Force", None, ["RAF"]),
    "uss-harry-s-truman": ent(W, "USS Harry S. Truman", None, ["Harry S. Truman", "Truman"]),
    "eurofighter-typhoon": ent(W, "Eurofighter Typhoon", None, ["Typhoon"]),
    "pete-hegseth": ent(P, "Pete Hegseth", None, ["Hegseth"]),
    "john-healey": ent(P, "John Healey", None, ["Healey"]),
    "yahya-saree": ent(P, "Yahya Saree", None, ["Saree", "Yahya Sarea"]),
    "mohammed-al-bukhaiti": ent(P, "Mohammed al-Bukhaiti", None, ["al-Bukhaiti", "Bukhaiti"]),
    "abdul-malik-al-houthi": ent(P, "Abdul-Malik al-Houthi", None, ["Abdul Malik al-Houthi", "al-Houthi"]),
    "hans-grundberg": ent(P, "Hans Grundberg", None, ["Grundberg"]),
    "tariq-nasser": ent(P, "Tariq Nasser", None, []),
    "evan-cole": ent(P, "Evan Cole", None, []),
    "mariam-saleh": ent(P, "Mariam Saleh", None, []),
    "ros-baines": ent(P, "Ros Baines", None, []),
}

POLICIES = {
    "P1": {"description": "Germany decides to deliver Taurus KEPD 350 cruise missiles to Ukraine "
                          "(initial batch of 150, Merz government)",
           "authorizer": "germany", "beneficiary": "ukraine", "weapons": ["taurus"], "territory": None},
    "P2": {"description": "Three-phase Gaza ceasefire and hostage-release proposal presented by the United States, "
                          "Egypt and Qatar (42-day first phase, 33 hostages)",
           "authorizer": "united-states", "beneficiary": None, "weapons": [], "territory": "gaza"},
    "P3": {"description": "United States sanctions RSF commander Mohamed Hamdan Dagalo and seven UAE-based companies "
                          "supplying the RSF, with a determination that the RSF committed genocide in Darfur",
           "authorizer": "united-states", "beneficiary": None, "weapons": [], "territory": "sudan"},
    "P4": {"description": "European Union asset freezes and travel bans on four individuals from both sides of "
                          "Sudan's war (RSF commanders and an SAF officer)",
           "authorizer": "european-union", "beneficiary": None, "weapons": [], "territory": "sudan"},
    "P5": {"description": "United States approves the possible sale to Taiwan of three NASAMS units and radar systems "
                          "(about $2 billion)",
           "authorizer": "united-states", "beneficiary": "taiwan", "weapons": ["nasams"], "territory": None},
    "P6": {"description": "China's Commerce Ministry puts three U.S. defence companies, including a Raytheon unit, on "
                          "its unreliable entity list in retaliation for the Taiwan sale",
           "authorizer": "china", "beneficiary": None, "weapons": [], "territory": None},
    "P7": {"description": "U.S. Senate passes the Sanctioning Russia Act: new sanctions on Russia and tariffs of up to "
                          "500% on goods from countries buying Russian oil, gas and uranium (82-15 vote)",
           "authorizer": "us-senate", "beneficiary": None, "weapons": [], "territory": None},
    "P8": {"description": "April 2024: U.S. Congress passes a $61 billion aid package for Ukraine",
           "authorizer": "us-congress", "beneficiary": "ukraine", "weapons": [], "territory": None},
    "P9": {"description": "United States and Britain strike more than 30 Houthi targets across Yemen (joint air strikes)",
           "authorizer": "united-states", "beneficiary": None, "weapons": ["uss-harry-s-truman", "eurofighter-typhoon"],
           "territory": "yemen"},
    "P10": {"description": "Houthis resume attacks on all Israel-linked vessels passing through the Bab al-Mandab strait",
            "authorizer": "houthis", "beneficiary": None, "weapons": [], "territory": "bab-al-mandab"},
}

# ---------------------------------------------------------------------------------------------
# Per-article annotations.
#   entities:   (gold id, mention, optional[, n])
#   policies:   (policy id, evidence[, n])
#   roles:      (holder, title, organization, evidence[, n])
#   positions:  (holder, stance, target, evidence, optional[, n])
#   quotes:     (speaker, quoted words without the marks[, n[, optional]])
#   quantities: (value, unit, about, evidence[, n])
# ---------------------------------------------------------------------------------------------
DOCS = {}

DOCS["100_germany_taurus.txt"] = {
    "entities": [
        ("germany", "Germany", False),
        ("taurus", "Taurus", False),
        ("ukraine", "Ukraine", False),
        ("friedrich-merz", "Chancellor Merz", False),
        ("spd", "Social Democrats", False),
        ("kremlin", "Kremlin", False),
        ("berlin", "Berlin", True),
        ("kyiv", "Kyiv", True),
        ("mbda-deutschland", "MBDA Deutschland", False),
        ("sweden", "Sweden", False),
        ("saab", "Saab", False),
        ("russia", "Russia", False),
        ("boris-pistorius", "Boris Pistorius", False),
        ("ralf-stegner", "Ralf Stegner", False),
        ("rheinische-post", "Rheinische Post", False),
        ("rolf-mutzenich", "Rolf Mützenich", False),
        ("bundestag", "Bundestag", False),
        ("greens-germany", "Greens", False),
        ("anton-hofreiter", "Anton Hofreiter", False),
        ("afd", "AfD", False),
        ("alice-weidel", "Alice Weidel", False),
        ("volodymyr-zelenskyy", "Volodymyr Zelenskiy", False),
        ("x-platform", "X", True, "a post on X"),
        ("dmitry-peskov", "Dmitry Peskov", False),
        ("moscow", "Moscow", True),
        ("russian-foreign-ministry", "Russian foreign ministry", False),
        ("united-states", "United States", False),
        ("russian-invasion-2022", "Russia’s full-scale invasion", True),
        ("german-defence-ministry", "Defence Ministry", False),
        ("france", "France", True),
        ("united-kingdom", "Britain", True),
        ("storm-shadow", "Storm Shadow", True),
        ("klara-heinemann", "Klara Heinemann", True),
        ("tobias-reuter", "Tobias Reuter", True),
        ("yuri-sedov", "Yuri Sedov", True),
        ("gareth-collins", "Gareth Collins", True),
    ],
    "policies": [
        ("P1", "Germany will deliver Taurus cruise missiles to Ukraine"),
        ("P1", "The decision to supply the missiles"),
        ("P1", "the Taurus delivery"),
        ("P1", "Berlin’s move to send the long-range weapons"),
    ],
    "roles": [
        ("friedrich-merz", "Chancellor", "germany", "Chancellor Friedrich Merz"),
        ("boris-pistorius", "Defence Minister", "germany", "Defence Minister Boris Pistorius"),
        ("ralf-stegner", "lawmaker", "spd", "Ralf Stegner, a senior SPD lawmaker"),
        ("rolf-mutzenich", "former parliamentary leader", "spd", "Rolf Mützenich, the party’s former parliamentary leader"),
        ("anton-hofreiter", "lawmaker", "greens-germany", "Green lawmaker Anton Hofreiter"),
        ("alice-weidel", "co-leader", "afd", "AfD co-leader Alice Weidel"),
        ("volodymyr-zelenskyy", "President", "ukraine", "Ukrainian President Volodymyr Zelenskiy"),
        ("dmitry-peskov", "spokesman", "kremlin", "Kremlin spokesman Dmitry Peskov"),
    ],
    "positions": [
        ("germany", "supports", "P1", "Germany will deliver Taurus cruise missiles to Ukraine", True),
        ("friedrich-merz", "supports", "P1", "we have concluded that Ukraine must be able to hit the bases from which Russia attacks its cities", False),
        ("ukraine", "supports", "P1", "the long-range weapon that Kyiv has requested for more than two years", True),
        ("boris-pistorius", "neutral", "P1", "did not oppose the move at the cabinet meeting, a government spokesperson said, but he has stopped short of endorsing it in public", False),
        ("spd", "opposes", "P1", "whose leadership had for months argued that Taurus deliveries would require German personnel on the ground in Ukraine", True),
        ("ralf-stegner", "opposes", "P1", "Ralf Stegner, a senior SPD lawmaker, said the Taurus delivery risked dragging Germany into the war", False),
        ("rolf-mutzenich", "opposes", "P1", "called the step “a mistake we will come to regret”", False),
        ("greens-germany", "supports", "P1", "The Greens, now in opposition, welcomed the announcement", True),
        ("anton-hofreiter", "supports", "P1", "said he backed the decision", False),
        ("alice-weidel", "opposes", "P1", "AfD co-leader Alice Weidel rejected Berlin’s move to send the long-range weapons", False),
        ("volodymyr-zelenskyy", "supports", "P1", "Ukrainian President Volodymyr Zelenskiy thanked Merz", False),
        ("dmitry-peskov", "opposes", "P1", "German missiles striking Russian territory with the help of German specialists would mean Germany’s direct participation in the conflict", False),
        ("russia", "opposes", "P1", "Russian officials have repeatedly warned Berlin against the step", True),
    ],
    "quotes": [
        ("friedrich-merz", "We have weighed this carefully, and we have concluded that Ukraine must be able to hit the bases from which Russia attacks its cities,"),
        ("friedrich-merz", "This is not an escalation. It is the answer to one."),
        ("ralf-stegner", "Whoever sends Taurus must also be ready to answer for where it lands,"),
        ("rolf-mutzenich", "a mistake we will come to regret"),
        ("anton-hofreiter", "at least a year too late"),
        ("alice-weidel", "a declaration of hostility toward Russia"),
        ("volodymyr-zelenskyy", "Taurus will save the lives of our people. Thank you, Germany,"),
        ("dmitry-peskov", "not change the course"),
        ("dmitry-peskov", "German missiles striking Russian territory with the help of German specialists would mean Germany’s direct participation in the conflict, with all the consequences that follow,"),
    ],
    "quantities": [
        (2, "years", "ukraine", "requested for more than two years"),
        (150, "missiles", "P1", "an initial batch of 150 missiles"),
        (500, "km", "taurus", "a range of more than 500 km"),
        (310, "miles", "taurus", "310 miles"),
        (4, "months", "P1", "about four months"),
        (28000000000, "EUR", "germany", "about 28 billion euros in military aid"),
    ],
}

DOCS["101_gaza_ceasefire.txt"] = {
    "entities": [
        ("israel", "Israel", False),
        ("united-states", "U.S.", False),
        ("gaza", "Gaza", False),
        ("hamas", "Hamas", False),
        ("egypt", "Egypt", False),
        ("qatar", "Qatar", False),
        ("reuters", "Reuters", False),
        ("antony-blinken", "Antony Blinken", False),
        ("cairo", "Cairo", True),
        ("abdel-fattah-al-sisi", "Abdel Fattah al-Sisi", False),
        ("benjamin-netanyahu", "Benjamin Netanyahu", False),
        ("doha", "Doha", True),
        ("itamar-ben-gvir", "Itamar Ben-Gvir", False),
        ("jewish-power", "Jewish Power", False),
        ("bezalel-smotrich", "Bezalel Smotrich", False),
        ("yair-lapid", "Yair Lapid", False),
        ("yesh-atid", "Yesh Atid", False),
        ("osama-hamdan", "Osama Hamdan", False),
        ("al-jazeera", "Al Jazeera", False),
        ("beirut", "Beirut", True),
        ("philadelphi-corridor", "Philadelphi corridor", False),
        ("mohammed-al-thani", "Sheikh Mohammed bin Abdulrahman Al Thani", False),
        ("badr-abdelatty", "Badr Abdelatty", False),
        ("united-nations", "U.N.", False),
        ("antonio-guterres", "Antonio Guterres", False),
        ("france", "France", False),
        ("germany", "Germany", False),
        ("united-kingdom", "Britain", False),
        ("iran", "Iranian", True),
        ("iran-foreign-ministry", "Iranian foreign ministry", False),
        ("esmaeil-baghaei", "Esmaeil Baghaei", False),
        ("washington", "Washington", True),
        ("gaza-health-ministry", "Gaza health ministry", False),
        ("lebanon", "Lebanon", True),
        ("hezbollah", "Hezbollah", True),
        ("jerusalem", "Jerusalem", True),
        ("samir-haddad", "Samir Haddad", True),
        ("noa-levinson", "Noa Levinson", True),
        ("karim-fares", "Karim Fares", True),
        ("helen-marsh", "Helen Marsh", True),
        ("paul-grant", "Paul Grant", True),
    ],
    "policies": [
        ("P2", "a three-phase ceasefire proposal for Gaza presented by the United States, Egypt and Qatar"),
        ("P2", "The proposal, according to a draft seen by Reuters, would begin with a six-week truce"),
        ("P2", "the truce plan"),
        ("P2", "the ceasefire framework"),
        ("P2", "the U.S.-backed deal"),
    ],
    "roles": [
        ("antony-blinken", "Secretary of State", "united-states", "U.S. Secretary of State Antony Blinken"),
        ("abdel-fattah-al-sisi", "President", "egypt", "Egyptian President Abdel Fattah al-Sisi"),
        ("benjamin-netanyahu", "Prime Minister", "israel", "Prime Minister Benjamin Netanyahu"),
        ("itamar-ben-gvir", "National Security Minister", "israel", "National Security Minister Itamar Ben-Gvir"),
        ("bezalel-smotrich", "Finance Minister", "israel", "Finance Minister Bezalel Smotrich"),
        ("yair-lapid", "Opposition leader", "israel", "Opposition leader Yair Lapid"),
        ("osama-hamdan", "official", "hamas", "Senior Hamas official Osama Hamdan"),
        ("mohammed-al-thani", "Prime Minister", "qatar", "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani"),
        ("mohammed-al-thani", "Foreign Minister", "qatar", "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani"),
        ("badr-abdelatty", "Foreign Minister", "egypt", "Egyptian Foreign Minister Badr Abdelatty"),
        ("antonio-guterres", "Secretary-General", "united-nations", "U.N. Secretary-General Antonio Guterres"),
        ("esmaeil-baghaei", "spokesman", "iran-foreign-ministry", "Iranian foreign ministry spokesman Esmaeil Baghaei"),
    ],
    "positions": [
        ("united-states", "supports", "P2", "presented by the United States, Egypt and Qatar", True),
        ("egypt", "supports", "P2", "presented by the United States, Egypt and Qatar", True),
        ("qatar", "supports", "P2", "presented by the United States, Egypt and Qatar", True),
        ("antony-blinken", "supports", "P2", 'said the plan was "the best, and maybe the last, opportunity" to bring the hostages home', False),
        ("benjamin-netanyahu", "neutral", "P2", "he did not reject the framework outright", False),
        ("itamar-ben-gvir", "opposes", "P2", 'said his Jewish Power party would not support what he called "a reckless deal"', False),
        ("jewish-power", "opposes", "P2", 'his Jewish Power party would not support what he called "a reckless deal"', True),
        ("bezalel-smotrich", "opposes", "P2", 'Finance Minister Bezalel Smotrich said the truce plan amounted to "a surrender to Hamas"', False),
        ("yair-lapid", "supports", "P2", "Opposition leader Yair Lapid urged Netanyahu to accept", False),
        ("yesh-atid", "supports", "P2", 'his Yesh Atid party would give the government a "safety net" in parliament to pass it', True),
        ("osama-hamdan", "neutral", "P2", 'said the group was studying the proposal "positively" but wanted guarantees', False),
        ("hamas", "neutral", "P2", 'the group was studying the proposal "positively" but wanted guarantees', True),
        ("mohammed-al-thani", "supports", "P2", 'said Doha was "cautiously optimistic"', False),
        ("badr-abdelatty", "supports", "P2", 'called on both parties to "seize this moment"', False),
        ("antonio-guterres", "supports", "P2", "welcomed the ceasefire framework", False),
        ("france", "supports", "P2", "France, Germany and Britain issued a joint statement backing the U.S.-backed deal", False),
        ("germany", "supports", "P2", "France, Germany and Britain issued a joint statement backing the U.S.-backed deal", False),
        ("united-kingdom", "supports", "P2", "France, Germany and Britain issued a joint statement backing the U.S.-backed deal", False),
        ("esmaeil-baghaei", "opposes", "united-states", 'said Washington shared responsibility for the war and could not act as "an honest broker"', True),
    ],
    "quotes": [
        ("hamas", "positively", 0, True),
        ("antony-blinken", "the best, and maybe the last, opportunity"),
        ("antony-blinken", "The deal is on the table. It's time for both sides to take it,"),
        ("antony-blinken", "Every day that passes without it costs lives."),
        ("benjamin-netanyahu", "not end the war before all of its goals are achieved"),
        ("itamar-ben-gvir", "a reckless deal"),
        ("bezalel-smotrich", "a surrender to Hamas"),
        ("yair-lapid", "safety net"),
        ("osama-hamdan", "positively", 1),
        ("osama-hamdan", "We will not accept any agreement that does not lead to a permanent ceasefire and a complete withdrawal,"),
        ("mohammed-al-thani", "cautiously optimistic"),
        ("badr-abdelatty", "seize this moment"),
        ("antonio-guterres", "spare no effort"),
        ("esmaeil-baghaei", "an honest broker"),
    ],
    "quantities": [
        (42, "days", "P2", "halt the fighting for 42 days"),
        (33, "hostages", "P2", "free 33 hostages"),
        (6, "weeks", "P2", "a six-week truce"),
        (14, "km", "philadelphi-corridor", "a 14-km (9-mile) strip of land"),
        (9, "miles", "philadelphi-corridor", "9-mile"),
        (600, "trucks", "P2", "at least 600 aid trucks"),
        (1200, "people", "hamas", "killing about 1,200 people"),
        (251, "hostages", "hamas", "taking 251 hostages"),
        (46000, "people", "israel", "killed more than 46,000 Palestinians"),
    ],
}

DOCS["102_sudan_sanctions.txt"] = {
    "entities": [
        ("united-states", "U.S.", False),
        ("sudan", "Sudan", False),
        ("rsf", "RSF", False),
        ("mohamed-hamdan-dagalo", "Dagalo", False),
        ("european-union", "EU", False),
        ("united-nations", "U.N.", False),
        ("darfur", "Darfur", False),
        ("us-state-department", "State Department", False),
        ("us-treasury", "Treasury Department", False),
        ("uae", "United Arab Emirates", False),
        ("antony-blinken", "Antony Blinken", False),
        ("wally-adeyemo", "Wally Adeyemo", False),
        ("washington", "Washington", True),
        ("telegram", "Telegram", True),
        ("sudan-foreign-ministry", "Foreign Ministry", False),
        ("port-sudan", "Port Sudan", True),
        ("brussels", "Brussels", True),
        ("sudanese-armed-forces", "Sudanese Armed Forces", False),
        ("kaja-kallas", "Kaja Kallas", False),
        ("hungary", "Hungary", False),
        ("volker-turk", "Volker Türk", False),
        ("un-security-council", "U.N. Security Council", False),
        ("tom-fletcher", "Tom Fletcher", False),
        ("geneva", "Geneva", True),
        ("abdel-fattah-al-burhan", "Abdel Fattah al-Burhan", False),
        ("amira-osman", "Amira Osman", True),
        ("daniel-brooks", "Daniel Brooks", True),
        ("lena-vogt", "Lena Vogt", True),
        ("mark-hollis", "Mark Hollis", True),
    ],
    "policies": [
        ("P3", "The United States on Tuesday imposed sanctions on Mohamed Hamdan Dagalo"),
        ("P3", "The Treasury Department also blacklisted seven companies based in the United Arab Emirates"),
        ("P3", "Washington’s blacklisting of Dagalo"),
        ("P3", "the U.S. move"),
        ("P3", "welcomed the sanctions"),
        ("P4", "agreed to impose asset freezes and travel bans on four individuals from both warring sides"),
        ("P4", "the bloc’s new listings"),
    ],
    "roles": [
        ("mohamed-hamdan-dagalo", "leader", "rsf", "RSF leader Dagalo"),
        ("mohamed-hamdan-dagalo", "commander", "rsf", "Mohamed Hamdan Dagalo, the commander of Sudan’s paramilitary Rapid Support Forces"),
        ("antony-blinken", "Secretary of State", "united-states", "Secretary of State Antony Blinken"),
        ("wally-adeyemo", "Deputy Treasury Secretary", "united-states", "Deputy Treasury Secretary Wally Adeyemo"),
        ("kaja-kallas", "foreign policy chief", "european-union", "EU foreign policy chief Kaja Kallas"),
        ("volker-turk", "High Commissioner for Human Rights", "united-nations", "U.N. High Commissioner for Human Rights Volker Türk"),
        ("tom-fletcher", "humanitarian chief", "united-nations", "The U.N.’s humanitarian chief, Tom Fletcher"),
        ("abdel-fattah-al-burhan", "General", "sudanese-armed-forces", "the army, led by General Abdel Fattah al-Burhan"),
    ],
    "positions": [
        ("united-states", "supports", "P3", "The United States on Tuesday imposed sanctions on Mohamed Hamdan Dagalo", True),
        ("antony-blinken", "supports", "P3", "We will continue to hold accountable those responsible for these atrocities.", False),
        ("wally-adeyemo", "supports", "P3", "said Washington’s blacklisting of Dagalo, widely known as Hemedti, was meant to cut off “the money and guns that keep this war going”", False),
        ("rsf", "opposes", "P3", "The RSF rejected the decision.", False),
        ("sudan", "supports", "P3", "Sudan’s army-aligned government welcomed the sanctions.", True),
        ("sudan-foreign-ministry", "supports", "P3", "This is a long-overdue step, and we call on every country that cares about Sudanese lives to follow it", False),
        ("european-union", "supports", "P4", "European Union foreign ministers meeting in Brussels agreed to impose asset freezes and travel bans", True),
        ("kaja-kallas", "supports", "P4", "said the bloc’s new listings sent “a clear signal that there will be no impunity in Sudan, whichever side you are on”", False),
        ("hungary", "neutral", "P4", "Hungary, which dropped its objection on Monday", True),
        ("volker-turk", "supports", "P3", "welcomed the U.S. and EU steps", False),
        ("volker-turk", "supports", "P4", "welcomed the U.S. and EU steps", False),
        ("tom-fletcher", "neutral", "P3", "The U.N.’s humanitarian chief, Tom Fletcher, was more cautious.", True),
    ],
    "quotes": [
        ("antony-blinken", "The RSF has systematically murdered men and boys, on an ethnic basis, and deliberately targeted women and girls for rape,"),
        ("antony-blinken", "We will continue to hold accountable those responsible for these atrocities."),
        ("wally-adeyemo", "the money and guns that keep this war going"),
        ("rsf", "politically motivated"),
        ("rsf", "the crimes of the army and its Islamist allies"),
        ("sudan-foreign-ministry", "This is a long-overdue step, and we call on every country that cares about Sudanese lives to follow it,"),
        ("kaja-kallas", "a clear signal that there will be no impunity in Sudan, whichever side you are on"),
        ("tom-fletcher", "Sanctions are a tool, not a solution,"),
        ("tom-fletcher", "What Sudan needs is a ceasefire, and it needs one now."),
    ],
    "quantities": [
        (7, "companies", "P3", "seven companies based in the United Arab Emirates"),
        (50000000, "USD", "rsf", "weapons and cash worth more than $50 million"),
        (4, "individuals", "P4", "four individuals from both warring sides"),
        (2, "commanders", "P4", "two RSF field commanders"),
        (12000000, "people", "sudan", "more than 12 million people from their homes"),
        (25000000, "people", "sudan", "Nearly 25 million people"),
        (21, "months", "sudan", "21 months of fighting"),
    ],
}

DOCS["103_taiwan_arms_sale.txt"] = {
    "entities": [
        ("united-states", "U.S.", False),
        ("taiwan", "Taiwan", False),
        ("beijing", "Beijing", True),
        ("us-state-department", "State Department", False),
        ("pentagon", "Pentagon", False),
        ("china", "China", False),
        ("nasams", "National Advanced Surface-to-Air Missile System", False),
        ("dsca", "Defense Security Cooperation Agency", False),
        ("us-congress", "Congress", False),
        ("raytheon", "Raytheon", False),
        ("norway", "Norway", False),
        ("kongsberg", "Kongsberg", False),
        ("ukraine", "Ukraine", False),
        ("russia", "Russian", True),
        ("washington", "Washington", True),
        ("china-foreign-ministry", "Chinese foreign ministry", False),
        ("mao-ning", "Mao Ning", False),
        ("china-commerce-ministry", "Commerce Ministry", False),
        ("taiwan-presidential-office", "Presidential Office", False),
        ("karen-kuo", "Karen Kuo", False),
        ("taiwan-strait", "Taiwan Strait", False),
        ("taiwan-defence-ministry", "Taiwan's defence ministry", False),
        ("taipei", "Taipei", True),
        ("zhu-fenglian", "Zhu Fenglian", False),
        ("taiwan-affairs-office", "Taiwan Affairs Office", False),
        ("lai-ching-te", "Lai Ching-te", False),
        ("dpp", "Democratic Progressive Party", False),
        ("kuomintang", "Kuomintang", False),
        ("chen-wei-ling", "Chen Wei-ling", True),
        ("liu-hao", "Liu Hao", True),
        ("brian-farrow", "Brian Farrow", True),
        ("susan-kemp", "Susan Kemp", True),
        ("reuters", "Reuters", True),
    ],
    "policies": [
        ("P5", "The U.S. State Department has approved the possible sale to Taiwan of an advanced surface-to-air missile system and radar equipment"),
        ("P5", "The proposed sale"),
        ("P5", "the arms sale"),
        ("P5", "the approval"),
        ("P5", "the sale would"),
        ("P5", "the purchase"),
        ("P6", "China's Commerce Ministry said it had added three U.S. defence companies, including a Raytheon unit, to its \"unreliable entity list\""),
    ],
    "roles": [
        ("mao-ning", "spokesperson", "china-foreign-ministry", "Chinese foreign ministry spokesperson Mao Ning"),
        ("karen-kuo", "spokesperson", "taiwan-presidential-office", "Taiwan's Presidential Office spokesperson Karen Kuo"),
        ("zhu-fenglian", "spokeswoman", "taiwan-affairs-office", "Zhu Fenglian, a spokeswoman for China's Taiwan Affairs Office"),
        ("lai-ching-te", "President", "taiwan", "President Lai Ching-te"),
    ],
    "positions": [
        ("united-states", "supports", "P5", "The U.S. State Department has approved the possible sale", True),
        ("us-state-department", "supports", "P5", "The U.S. State Department has approved the possible sale", True),
        ("dsca", "supports", "P5", "The proposed sale serves U.S. national, economic, and security interests", False),
        ("china", "opposes", "P5", 'Beijing warned that Washington was "playing with fire"', True),
        ("mao-ning", "opposes", "P5", 'the arms sale "seriously violates the one-China principle"', False),
        ("china-commerce-ministry", "supports", "P6", "China's Commerce Ministry said it had added three U.S. defence companies", True),
        ("china", "supports", "P6", "China's Commerce Ministry said it had added three U.S. defence companies", True),
        ("karen-kuo", "supports", "P5", "Taiwan's Presidential Office spokesperson Karen Kuo thanked the United States for the approval", False),
        ("taiwan-presidential-office", "supports", "P5", "Taiwan's Presidential Office spokesperson Karen Kuo thanked the United States for the approval", True),
        ("zhu-fenglian", "opposes", "P5", 'said the sale would "only push Taiwan into the abyss of war"', False),
        ("kuomintang", "neutral", "P5", "did not oppose the purchase but said parliament would scrutinise its cost", False),
        ("lai-ching-te", "opposes", "china", "has rejected China's sovereignty claims", True),
    ],
    "quotes": [
        ("dsca", "The proposed sale serves U.S. national, economic, and security interests by supporting the recipient's continuing efforts to modernize its armed forces and to maintain a credible defensive capability,"),
        ("china", "playing with fire"),
        ("mao-ning", "seriously violates the one-China principle"),
        ("mao-ning", "a wrong signal to Taiwan independence separatist forces"),
        ("mao-ning", "China will take resolute and forceful countermeasures to firmly defend its sovereignty, security and territorial integrity,"),
        ("china-commerce-ministry", "unreliable entity list", 0, True),
        ("karen-kuo", "maintain peace and stability across the Taiwan Strait"),
        ("zhu-fenglian", "only push Taiwan into the abyss of war"),
        ("zhu-fenglian", "begging for weapons"),
        ("china", "separatist", 'denounces as a "separatist"', True),
    ],
    "quantities": [
        (2000000000, "USD", "P5", "worth an estimated $2 billion"),
        (3, "units", "P5", "three National Advanced Surface-to-Air Missile System (NASAMS) units"),
        (1160000000, "USD", "P5", "worth $1.16 billion"),
        (828000000, "USD", "P5", "radar systems valued at $828 million"),
        (40, "km", "nasams", "ranges of up to 40 km"),
        (25, "miles", "nasams", "25 miles"),
        (3, "companies", "P6", "three U.S. defence companies"),
        (2, "years", "P5", "within two years"),
        (180, "km", "taiwan-strait", "180-km-wide"),
        (110, "miles", "taiwan-strait", "110-mile"),
        (153, "aircraft", "china", "a record 153 Chinese military aircraft"),
    ],
}

DOCS["104_senate_russia_sanctions.txt"] = {
    "entities": [
        ("us-senate", "Senate", False),
        ("russia", "Russia", False),
        ("us-house", "House", False),
        ("mike-johnson", "Speaker Johnson", False),
        ("united-states", "U.S.", False),
        ("moscow", "Moscow", True),
        ("ukraine", "Ukraine", False),
        ("vladimir-putin", "Vladimir Putin", False),
        ("republican-party", "Republican", True),
        ("lindsey-graham", "Lindsey Graham", False),
        ("south-carolina", "South Carolina", True),
        ("democratic-party", "Democratic", True),
        ("richard-blumenthal", "Richard Blumenthal", False),
        ("connecticut", "Connecticut", True),
        ("china", "China", False),
        ("india", "India", False),
        ("john-thune", "John Thune", False),
        ("chuck-schumer", "Chuck Schumer", False),
        ("rand-paul", "Rand Paul", False),
        ("kentucky", "Kentucky", True),
        ("donald-trump", "Donald Trump", False),
        ("white-house", "White House", False),
        ("marjorie-taylor-greene", "Marjorie Taylor Greene", False),
        ("us-congress", "Congress", False),
        ("volodymyr-zelenskyy", "Volodymyr Zelenskiy", False),
        ("telegram", "Telegram", True),
        ("dmitry-peskov", "Dmitry Peskov", False),
        ("kremlin", "Kremlin", False),
        ("germany", "Germany", False),
        ("taurus", "Taurus", False),
        ("kyiv", "Kyiv", True),
        ("washington", "Washington", True),
        ("jordan-ellis", "Jordan Ellis", True),
        ("rachel-kim", "Rachel Kim", True),
        ("olena-harmash", "Olena Harmash", True),
        ("don-mercer", "Don Mercer", True),
    ],
    "policies": [
        ("P7", "approved legislation that would impose new sanctions on Russia and tariffs of up to 500% on goods from countries that keep buying Russian oil, gas and uranium"),
        ("P7", "The Sanctioning Russia Act"),
        ("P7", "the sanctions package"),
        ("P8", "lawmakers passed a $61 billion package"),
        ("P1", "Germany said it would send Taurus cruise missiles to Ukraine"),
    ],
    "roles": [
        ("lindsey-graham", "Senator", "republican-party", "Republican Senator Lindsey Graham"),
        ("richard-blumenthal", "Senator", "democratic-party", "Democratic Senator Richard Blumenthal"),
        ("john-thune", "Majority Leader", "us-senate", "Senate Majority Leader John Thune"),
        ("chuck-schumer", "leader", "democratic-party", "Democratic leader Chuck Schumer"),
        ("rand-paul", "Senator", "republican-party", "Republican Senator Rand Paul"),
        ("donald-trump", "President", "united-states", "President Donald Trump"),
        ("mike-johnson", "Speaker", "us-house", "House Speaker Mike Johnson"),
        ("marjorie-taylor-greene", "Representative", "republican-party", "Republican Representative Marjorie Taylor Greene"),
        ("volodymyr-zelenskyy", "President", "ukraine", "Ukrainian President Volodymyr Zelenskiy"),
        ("dmitry-peskov", "spokesman", "kremlin", "Kremlin spokesman Dmitry Peskov"),
    ],
    "positions": [
        ("us-senate", "supports", "P7", "The U.S. Senate on Thursday overwhelmingly approved legislation", True),
        ("lindsey-graham", "supports", "P7", "Today the Senate sent a message to Vladimir Putin that he cannot outlast us", False),
        ("richard-blumenthal", "supports", "P7", "Blumenthal called the vote “a turning point”", False),
        ("john-thune", "supports", "P7", "said the chamber had acted “in the national interest”", False),
        ("chuck-schumer", "supports", "P7", "Democratic leader Chuck Schumer said the bill was “long overdue”", False),
        ("rand-paul", "opposes", "P7", "Opponents included Republican Senator Rand Paul of Kentucky", False),
        ("donald-trump", "neutral", "P7", "President Donald Trump did not oppose the bill, a White House official said on condition of anonymity, but he has not said whether he would sign it", False),
        ("mike-johnson", "neutral", "P7", "House Speaker Mike Johnson said he would bring it to the floor", True),
        ("marjorie-taylor-greene", "opposes", "P7", "Republican Representative Marjorie Taylor Greene said she would vote against “another bill that drags America into a foreign war”", False),
        ("volodymyr-zelenskyy", "supports", "P7", "Ukrainian President Volodymyr Zelenskiy thanked the senators", False),
        ("dmitry-peskov", "opposes", "P7", "Such decisions only complicate the search for a settlement.", False),
        ("us-congress", "supports", "P8", "Congress last approved large-scale aid for Ukraine in April 2024", True),
        ("germany", "supports", "P1", "Germany said it would send Taurus cruise missiles to Ukraine", True),
        ("ukraine", "supports", "P1", "a step Kyiv had long sought", True),
    ],
    "quotes": [
        ("lindsey-graham", "Today the Senate sent a message to Vladimir Putin that he cannot outlast us,"),
        ("lindsey-graham", "This is a bone-crushing package, and it is aimed at the people who pay for his war machine."),
        ("richard-blumenthal", "a turning point"),
        ("richard-blumenthal", "where it hurts"),
        ("john-thune", "in the national interest"),
        ("chuck-schumer", "long overdue"),
        ("rand-paul", "a tax on our own people"),
        ("marjorie-taylor-greene", "another bill that drags America into a foreign war"),
        ("volodymyr-zelenskyy", "Pressure on Russia is the path to peace,"),
        ("dmitry-peskov", "long ago learned to live under sanctions"),
        ("dmitry-peskov", "Such decisions only complicate the search for a settlement."),
    ],
    "quantities": [
        (500, "percent", "P7", "tariffs of up to 500%"),
        (82, "votes", "P7", "82 votes in favour"),
        (15, "votes", "P7", "15 against"),
        (60, "votes", "P7", "the 60 votes needed"),
        (84, "co-sponsors", "P7", "84 co-sponsors"),
        (100, "members", "us-senate", "the 100-member chamber"),
        (180, "days", "P7", "for up to 180 days"),
        (61000000000, "USD", "P8", "a $61 billion package"),
        (1, "weeks", "P1", "a week after Germany said"),
    ],
}

DOCS["105_yemen_strikes.txt"] = {
    "entities": [
        ("united-states", "U.S.", False),
        ("houthis", "Houthi", False),
        ("yemen", "Yemen", False),
        ("red-sea", "Red Sea", False),
        ("iran", "Iran", False),
        ("pentagon", "Pentagon", False),
        ("us-central-command", "U.S. Central Command", False),
        ("uss-harry-s-truman", "USS Harry S. Truman", False),
        ("royal-air-force", "Royal Air Force", False),
        ("eurofighter-typhoon", "Typhoon", False),
        ("sanaa", "Sanaa", False),
        ("hodeidah", "Hodeidah", False),
        ("saada", "Saada province", False),
        ("pete-hegseth", "Pete Hegseth", False),
        ("john-healey", "John Healey", False),
        ("united-kingdom", "Britain", False),
        ("yahya-saree", "Yahya Saree", False),
        ("arabian-sea", "Arabian Sea", False),
        ("mohammed-al-bukhaiti", "Mohammed al-Bukhaiti", False),
        ("houthi-political-bureau", "Houthi political bureau", False),
        ("x-platform", "X", True, "said on X"),
        ("abdul-malik-al-houthi", "Abdul-Malik al-Houthi", False),
        ("israel", "Israel", False),
        ("bab-al-mandab", "Bab al-Mandab", False),
        ("africa", "Africa", True),
        ("suez-canal", "Suez Canal", False),
        ("iran-foreign-ministry", "Iran's foreign ministry", False),
        ("esmaeil-baghaei", "Esmaeil Baghaei", False),
        ("washington", "Washington", True),
        ("london", "London", True),
        ("united-nations", "U.N.", False),
        ("hans-grundberg", "Hans Grundberg", False),
        ("aden", "Aden", True),
        ("tariq-nasser", "Tariq Nasser", True),
        ("evan-cole", "Evan Cole", True),
        ("mariam-saleh", "Mariam Saleh", True),
        ("ros-baines", "Ros Baines", True),
    ],
    "policies": [
        ("P9", "U.S. and British forces struck more than 30 Houthi targets across Yemen overnight"),
        ("P9", "the action, the third joint operation this year"),
        ("P9", "the strikes", 'said on X that the strikes would'),
        ("P9", "Iran condemned the strikes"),
        ("P10", "Houthi leader Abdul-Malik al-Houthi announced that the group would resume attacks on all Israel-linked vessels passing through the Bab al-Mandab strait"),
        ("P10", "The group's decision to restart the shipping campaign"),
    ],
    "roles": [
        ("pete-hegseth", "Defense Secretary", "united-states", "Defense Secretary Pete Hegseth"),
        ("john-healey", "Defence Secretary", "united-kingdom", "British Defence Secretary John Healey"),
        ("yahya-saree", "military spokesman", "houthis", "Houthi military spokesman Yahya Saree"),
        ("mohammed-al-bukhaiti", "member", "houthi-political-bureau", "Mohammed al-Bukhaiti, a member of the Houthi political bureau"),
        ("abdul-malik-al-houthi", "leader", "houthis", "Houthi leader Abdul-Malik al-Houthi"),
        ("esmaeil-baghaei", "spokesman", "iran-foreign-ministry", "Iran's foreign ministry spokesman Esmaeil Baghaei"),
        ("hans-grundberg", "special envoy for Yemen", "united-nations", "The U.N. special envoy for Yemen, Hans Grundberg"),
    ],
    "positions": [
        ("united-states", "supports", "P9", "U.S. and British forces struck more than 30 Houthi targets across Yemen overnight", True),
        ("united-kingdom", "supports", "P9", "U.S. and British forces struck more than 30 Houthi targets across Yemen overnight", True),
        ("pete-hegseth", "supports", "P9", "These strikes were necessary and proportionate", False),
        ("john-healey", "supports", "P9", 'British Defence Secretary John Healey said the action, the third joint operation this year, was "limited and targeted" and taken in self-defence', False),
        ("yahya-saree", "opposes", "P9", "The American-British aggression will not pass without punishment.", False),
        ("houthis", "opposes", "P9", "Houthis vow to widen campaign", True),
        ("mohammed-al-bukhaiti", "opposes", "P9", 'said on X that the strikes would "only increase our determination"', False),
        ("iran", "opposes", "P9", "Iran condemned the strikes.", False),
        ("esmaeil-baghaei", "opposes", "P9", 'called them "a blatant violation of Yemen\'s sovereignty"', False),
        ("hans-grundberg", "neutral", "P9", "urged all sides to show restraint", True),
        ("abdul-malik-al-houthi", "supports", "P10", "Houthi leader Abdul-Malik al-Houthi announced that the group would resume attacks", True),
        ("houthis", "supports", "P10", "The group's decision to restart the shipping campaign", True),
    ],
    "quotes": [
        ("iran", "blatant violation", 0, True),
        ("pete-hegseth", "These strikes were necessary and proportionate,"),
        ("pete-hegseth", "We will not allow a terrorist group to hold the world's most important shipping lanes hostage."),
        ("john-healey", "limited and targeted"),
        ("john-healey", "The Houthis have left us no choice. Their attacks put the lives of seafarers at risk and drive up prices for families in Britain and around the world."),
        ("yahya-saree", "The American-British aggression will not pass without punishment. Our operations will continue and expand until the aggression stops and the siege on our people is lifted."),
        ("yahya-saree", "Every American and British ship in the Red Sea and the Arabian Sea is now a legitimate target,"),
        ("mohammed-al-bukhaiti", "only increase our determination"),
        ("mohammed-al-bukhaiti", "Yemen will not back down."),
        ("esmaeil-baghaei", "a blatant violation of Yemen's sovereignty"),
        ("hans-grundberg", "Military escalation will not end this crisis,"),
        ("hans-grundberg", "It will only deepen the suffering of Yemenis."),
    ],
    "quantities": [
        (30, "targets", "P9", "more than 30 Houthi targets"),
        (2, "vessels", "houthis", "two commercial vessels"),
        (100, "ships", "houthis", "more than 100 merchant ships"),
        (2000, "km", "houthis", "a range of more than 2,000 km"),
        (50, "percent", "suez-canal", "fallen by about 50%"),
        (12, "percent", "red-sea", "about 12% of global trade"),
    ],
}

# ---------------------------------------------------------------------------------------------
STANCES = {"supports", "opposes", "neutral"}
TYPES = {P, O, C, PL, W, EV}


def locate(text, s, n=0, what=""):
    if isinstance(n, str):
        c = text.find(n)
        assert c >= 0, f"{what}: context not found: {n!r}"
        i = text.find(s, c, c + len(n))
        assert i >= 0, f"{what}: {s!r} not inside context {n!r}"
    else:
        i = -1
        for _ in range(n + 1):
            i = text.find(s, i + 1)
            assert i >= 0, f"{what}: occurrence {n} of {s!r} not found"
    b, e = i, i + len(s)
    assert text[b:e] == s
    return [b, e]


def verified_qids():
    q = set()
    with open(QIDS_TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1:
                q.add(cols[1])
    return q


def build():
    vq = verified_qids()
    seed = {}
    if os.path.exists(SEED_GOLD):
        seed = json.load(open(SEED_GOLD, encoding="utf-8"))["entities"]
    for gid, e in ENTITIES.items():
        assert e["type"] in TYPES, gid
        if gid in seed:
            assert seed[gid] == e, f"{gid}: differs from the seed gold's entry {seed[gid]}"
        ok = e["wikidata"] is None or e["wikidata"] in vq or (gid in seed and seed[gid]["wikidata"] == e["wikidata"])
        assert ok, f"{gid}: QID {e['wikidata']} neither verified nor the seed's"
    qids = [e["wikidata"] for e in ENTITIES.values() if e["wikidata"]]
    assert len(qids) == len(set(qids)), "a QID used twice"
    for pid, p in POLICIES.items():
        for k in ("authorizer", "beneficiary", "territory"):
            assert p[k] is None or p[k] in ENTITIES, (pid, k)
        for w in p["weapons"]:
            assert w in ENTITIES, (pid, w)
    docs = {}
    used_ents, used_pols = set(), set()
    for fname, spec in DOCS.items():
        path = os.path.join(ARTICLES, fname)
        raw = open(path, "rb").read()
        text = raw.decode("utf-8")
        assert not text.endswith("\n"), f"{fname}: trailing newline"
        assert "\r" not in text, f"{fname}: CR in text"
        d = {"chars": len(text), "entities": [], "policies": [], "roles": [], "positions": [],
             "quotes": [], "quantities": []}
        seen = set()
        for it in spec["entities"]:
            gid, mention, opt = it[:3]
            n = it[3] if len(it) > 3 else 0
            assert gid in ENTITIES, f"{fname}: unknown entity {gid}"
            assert gid not in seen, f"{fname}: entity listed twice {gid}"
            seen.add(gid)
            d["entities"].append({"entity": gid, "mention": mention,
                                  "span": locate(text, mention, n, f"{fname} entity {gid}"),
                                  "optional": opt})
        doc_ents = seen
        used_ents |= seen
        for it in spec["policies"]:
            pid, ev = it[:2]
            n = it[2] if len(it) > 2 else 0
            assert pid in POLICIES, f"{fname}: unknown policy {pid}"
            d["policies"].append({"policy": pid, "evidence": ev, "span": locate(text, ev, n, f"{fname} policy {pid}")})
        doc_pols = {p["policy"] for p in d["policies"]}
        used_pols |= doc_pols
        for it in spec["roles"]:
            h, title, org, ev = it[:4]
            n = it[4] if len(it) > 4 else 0
            assert h in doc_ents, f"{fname}: role holder {h} not in the article's entities"
            assert org is None or org in doc_ents, f"{fname}: role organization {org} not in the article"
            d["roles"].append({"holder": h, "title": title, "organization": org, "evidence": ev,
                               "span": locate(text, ev, n, f"{fname} role {h}")})
        for it in spec["positions"]:
            h, st, tg, ev, opt = it[:5]
            n = it[5] if len(it) > 5 else 0
            assert st in STANCES, (fname, h, st)
            assert h in doc_ents, f"{fname}: position holder {h} not in the article"
            assert tg in doc_pols or tg in doc_ents, f"{fname}: position target {tg} not in the article"
            d["positions"].append({"holder": h, "stance": st, "target": tg, "evidence": ev,
                                   "span": locate(text, ev, n, f"{fname} position {h}"), "optional": opt})
        for it in spec["quotes"]:
            sp, q = it[:2]
            n = it[2] if len(it) > 2 else 0
            qopt = it[3] if len(it) > 3 else False
            assert sp in doc_ents, f"{fname}: speaker {sp} not in the article"
            span = locate(text, q, n, f"{fname} quote {sp}")
            d["quotes"].append({"speaker": sp, "text": q, "span": span, "optional": qopt})
        for it in spec["quantities"]:
            v, unit, about, ev = it[:4]
            n = it[4] if len(it) > 4 else 0
            assert isinstance(v, (int, float)), (fname, ev)
            assert about in doc_ents or about in doc_pols, f"{fname}: quantity about {about} not in the article"
            d["quantities"].append({"value": v, "unit": unit, "about": about, "evidence": ev,
                                    "span": locate(text, ev, n, f"{fname} quantity {ev}")})
        # every span really holds its evidence
        for cat, key in (("entities", "mention"), ("policies", "evidence"), ("roles", "evidence"),
                         ("positions", "evidence"), ("quotes", "text"), ("quantities", "evidence")):
            for x in d[cat]:
                b, e = x["span"]
                assert 0 <= b < e <= len(text) and text[b:e] == x[key], (fname, cat, x)
        docs[fname] = d
    # the written registry holds only the entities some article mentions
    registry = {gid: e for gid, e in ENTITIES.items() if gid in used_ents}
    assert not (set(POLICIES) - used_pols), f"policies anchored in no article: {set(POLICIES) - used_pols}"
    listed = sorted(f for f in os.listdir(ARTICLES) if f.endswith(".txt"))
    assert listed == sorted(DOCS), f"articles without annotation or vice versa: {listed} vs {sorted(DOCS)}"
    return {"schema": "gold/1", "offsets": "unicode code points, end exclusive",
            "entities": registry, "policies": POLICIES, "documents": docs}


def to_export(gold):
    """gold/1 -> extraction/1, as a perfect system would export it (ids are IRIs)."""
    E = lambda gid: "urn:heldout:entity:" + gid
    Pi = lambda pid: "urn:heldout:policy:" + pid
    out = {"schema": "extraction/1", "documents": {}}
    for fname, d in gold["documents"].items():
        ents = []
        for x in d["entities"]:
            g = gold["entities"][x["entity"]]
            ents.append({"id": E(x["entity"]), "label": g["name"], "type": g["type"],
                         "wikidata": g["wikidata"], "aliases": g["aliases"], "mentions": [x["span"]]})
        pols = {}
        for a in d["policies"]:
            pols.setdefault(a["policy"], []).append(a["span"])
        tgt = lambda t: Pi(t) if t in gold["policies"] else E(t)
        out["documents"][fname] = {
            "entities": ents,
            "policies": [{"id": Pi(p), "label": gold["policies"][p]["description"], "spans": s} for p, s in pols.items()],
            "roles": [{"holder": E(r["holder"]), "title": r["title"],
                       "organization": E(r["organization"]) if r["organization"] else None, "span": r["span"]}
                      for r in d["roles"]],
            "positions": [{"holder": E(p["holder"]), "stance": p["stance"], "target": tgt(p["target"]), "span": p["span"]}
                          for p in d["positions"]],
            "quotes": [{"speaker": E(q["speaker"]), "span": q["span"]} for q in d["quotes"]],
            "quantities": [{"value": q["value"], "unit": q["unit"], "span": q["span"]} for q in d["quantities"]],
        }
    return out


def counts(gold):
    cats = ("entities", "policies", "roles", "positions", "quotes", "quantities")
    rows = []
    tot = {c: [0, 0] for c in cats}
    for fname, d in gold["documents"].items():
        row = [fname, d["chars"]]
        for c in cats:
            req = sum(1 for x in d[c] if not x.get("optional"))
            opt = len(d[c]) - req
            tot[c][0] += req
            tot[c][1] += opt
            row.append(f"{req}+{opt}" if opt else str(req))
        rows.append(row)
    print("file".ljust(34), "chars", *[c[:9].rjust(10) for c in cats])
    for r in rows:
        print(r[0].ljust(34), str(r[1]).rjust(5), *[x.rjust(10) for x in r[2:]])
    print("TOTAL (required+optional)".ljust(40), *[f"{tot[c][0]}+{tot[c][1]}".rjust(10) for c in cats])


def main():
    gold = build()
    with open(GOLD_OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    counts(gold)
    if "--selftest" in sys.argv:
        scorer = "/work/shared/gold/score.py"
        for a in sys.argv:
            if a.startswith("--scorer="):
                scorer = a.split("=", 1)[1]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(to_export(gold), f, ensure_ascii=False)
            exp = f.name
        r = subprocess.run([sys.executable, scorer, GOLD_OUT, exp, f"--corpus={ARTICLES}", "--json"],
                           capture_output=True, text=True, check=True)
        os.unlink(exp)
        res = json.loads(r.stdout)
        sc = res["scores"]
        for k, v in sc.items():
            print(f"  {k:28s} {v}")
        bad = [k for k, v in sc.items() if isinstance(v, dict) and v["f1"] != 1.0]
        bad += [k for k in ("entity_link_accuracy", "entity_type_accuracy", "quote_attribution_accuracy")
                if sc[k] not in (1.0, None)]
        if sc["duplicate_entities"] or sc["missing_documents"]:
            bad.append("duplicates/missing")
        assert not bad, f"self-score below 1.0: {bad}; details: {res['details']}"
        print("selftest OK: the gold scored against itself is 1.0 everywhere")


if __name__ == "__main__":
    main()
