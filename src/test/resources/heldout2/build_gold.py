#!/usr/bin/env python3
"""Builds and checks the second held-out gold file (schema gold/1) for the articles in ./articles/.

Adapted from ../heldout/build_gold.py. Every span is computed here from its exact evidence string
(str.find on the UTF-8 decoded file text, so offsets are Unicode code points, half-open) and
asserted: text[b:e] == evidence. Nothing is typed by hand.

usage:
  python3 build_gold.py              # (re)write heldout2-gold.json, after all checks
  python3 build_gold.py --selftest   # also convert the gold to an extraction/1 export and score
                                     # it against the gold with the reference scorer (expects 1.0)
  options: --scorer=PATH (default /work/shared/gold/score.py)

Locating an evidence string: `n` is either an int (the n-th occurrence, 0-based) or a string
(a longer context that occurs first in the text and contains the evidence: the evidence is then
looked up inside the first occurrence of that context).

Entity registry: ids that already exist in the seed gold or in the first held-out gold
(../heldout/heldout-gold.json) are listed in SHARED and their records are copied from those files
verbatim (same id, name, aliases, type, QID); the new ones are in NEW. A new id may not collide
with an existing one.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
GOLD_OUT = os.path.join(HERE, "heldout2-gold.json")
QIDS_TSV = "/work/shared/wikidata/verified-qids.tsv"
SEED_GOLD = "/work/shared/gold/seed-gold.json"
HELDOUT1_GOLD = os.path.join(HERE, "..", "heldout", "heldout-gold.json")

P, O, C, PL, W, EV = "Person", "Organization", "Country", "Place", "WeaponSystem", "Event"


def ent(typ, name, qid=None, aliases=()):
    return {"type": typ, "name": name, "wikidata": qid, "aliases": list(aliases)}


def load_registry(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["entities"]


SEED_REG = load_registry(SEED_GOLD)
HELDOUT1_REG = load_registry(HELDOUT1_GOLD)

# ids reused from the seed gold (first) or the first held-out gold, records copied verbatim
SHARED = [
    # seed
    "donald-trump", "vladimir-putin", "dmitry-peskov", "volodymyr-zelenskyy", "kremlin", "nato",
    "white-house", "us-national-security-council", "republican-party", "x-platform", "telegram",
    "reuters", "united-states", "russia", "ukraine", "north-korea", "united-kingdom", "israel", "iran",
    "kursk", "moscow", "washington", "kyiv", "london", "atacms",
    # first held-out set
    "germany", "friedrich-merz", "russian-foreign-ministry", "france", "berlin", "storm-shadow",
    "norway", "hungary", "nasams", "brussels", "rand-paul", "us-congress", "european-union",
    "kaja-kallas", "united-nations", "antonio-guterres", "hezbollah", "lebanon", "gaza", "china",
    "beijing", "china-foreign-ministry", "un-security-council", "pete-hegseth", "democratic-party", "pentagon",
]

NEW = {
    # --- 200 NATO air defence
    "mark-rutte": ent(P, "Mark Rutte", None, ["Rutte"]),
    "dick-schoof": ent(P, "Dick Schoof", None, ["Schoof"]),
    "viktor-orban": ent(P, "Viktor Orbán", None, ["Viktor Orban", "Orban", "Orbán"]),
    "netherlands": ent(C, "Netherlands", None, ["The Netherlands", "Holland"]),
    "the-hague": ent(PL, "The Hague", None, []),
    "kharkiv": ent(PL, "Kharkiv", None, ["Kharkov"]),
    "odesa": ent(PL, "Odesa", None, ["Odessa"]),
    "patriot": ent(W, "MIM-104 Patriot", None, ["Patriot", "Patriot missile system", "Patriot air defence system"]),
    "iris-t": ent(W, "IRIS-T SLM", None, ["IRIS-T", "IRIS-T SL"]),
    "pac-3": ent(W, "PAC-3", None, ["PAC-3 MSE", "PAC-3 missile"]),
    "sander-veld": ent(P, "Sander Veld", None, []),
    "lena-kowalczyk": ent(P, "Lena Kowalczyk", None, []),
    "hugh-lawson": ent(P, "Hugh Lawson", None, []),
    # --- 201 U.S. ATACMS limits
    "marco-rubio": ent(P, "Marco Rubio", None, ["Rubio"]),
    "james-hewitt": ent(P, "James Hewitt", None, ["Hewitt"]),
    "maria-zakharova": ent(P, "Maria Zakharova", None, ["Zakharova"]),
    "andrii-sybiha": ent(P, "Andrii Sybiha", None, ["Sybiha", "Andriy Sybiha"]),
    "wall-street-journal": ent(O, "The Wall Street Journal", None, ["Wall Street Journal", "WSJ"]),
    "ukrainian-air-force": ent(O, "Ukrainian Air Force", None, ["Ukraine's air force", "Ukrainian air force"]),
    "ottawa": ent(PL, "Ottawa", None, []),
    "paris": ent(PL, "Paris", None, []),
    "jonathan-landry": ent(P, "Jonathan Landry", None, []),
    "irina-petrova": ent(P, "Irina Petrova", None, []),
    "alison-wade": ent(P, "Alison Wade", None, []),
    "andrei-kartapolov": ent(P, "Andrei Kartapolov", None, ["Kartapolov", "Andrey Kartapolov"]),
    "jeanne-shaheen": ent(P, "Jeanne Shaheen", None, ["Shaheen"]),
    "state-duma": ent(O, "State Duma", None, ["Duma", "Russian State Duma"]),
    "engels-air-base": ent(PL, "Engels air base", None, ["Engels-2", "Engels airbase", "Engels"]),
    # --- 202 Armenia-Azerbaijan peace treaty
    "armenia": ent(C, "Armenia", None, []),
    "azerbaijan": ent(C, "Azerbaijan", None, []),
    "turkey": ent(C, "Turkey", None, ["Türkiye", "Turkiye"]),
    "nikol-pashinyan": ent(P, "Nikol Pashinyan", None, ["Pashinyan"]),
    "ilham-aliyev": ent(P, "Ilham Aliyev", None, ["Aliyev"]),
    "tayyip-erdogan": ent(P, "Recep Tayyip Erdoğan", None, ["Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan", "Erdoğan"]),
    "ali-akbar-velayati": ent(P, "Ali Akbar Velayati", None, ["Velayati"]),
    "ali-khamenei": ent(P, "Ali Khamenei", None, ["Khamenei", "Ayatollah Ali Khamenei"]),
    "armenia-constitutional-court": ent(O, "Constitutional Court of Armenia", None, ["constitutional court", "Armenia's constitutional court"]),
    "nakhchivan": ent(PL, "Nakhchivan", None, ["Nakhchivan Autonomous Republic", "Nakhichevan"]),
    "south-caucasus": ent(PL, "South Caucasus", None, ["Caucasus"]),
    "nagorno-karabakh": ent(PL, "Nagorno-Karabakh", None, ["Karabakh"]),
    "tehran": ent(PL, "Tehran", None, []),
    "baku": ent(PL, "Baku", None, []),
    "yerevan": ent(PL, "Yerevan", None, []),
    "anna-melikyan": ent(P, "Anna Melikyan", None, []),
    "tom-birch": ent(P, "Tom Birch", None, []),
    "rosalind-hale": ent(P, "Rosalind Hale", None, []),
    # --- 203 Niger junta: EU mission expelled, BBC suspended
    "niger": ent(C, "Niger", None, []),
    "mali": ent(C, "Mali", None, []),
    "burkina-faso": ent(C, "Burkina Faso", None, []),
    "benin": ent(C, "Benin", None, []),
    "eumpm-niger": ent(O, "EU Military Partnership Mission in Niger", None,
                       ["EUMPM Niger", "EU military mission", "EU military partnership mission", "EU mission"]),
    "bbc": ent(O, "BBC", None, ["British Broadcasting Corporation"]),
    "ecowas": ent(O, "ECOWAS", None, ["Economic Community of West African States"]),
    "tele-sahel": ent(O, "Tele Sahel", None, ["Télé Sahel"]),
    "alliance-of-sahel-states": ent(O, "Alliance of Sahel States", None, ["AES", "Confederation of Sahel States"]),
    "africa-corps": ent(O, "Africa Corps", None, ["Russia's Africa Corps"]),
    "amadou-abdramane": ent(P, "Amadou Abdramane", None, ["Abdramane"]),
    "abdourahamane-tiani": ent(P, "Abdourahamane Tiani", None, ["Tiani", "General Abdourahamane Tiani"]),
    "stephane-dujarric": ent(P, "Stéphane Dujarric", None, ["Stephane Dujarric", "Dujarric"]),
    "omar-alieu-touray": ent(P, "Omar Alieu Touray", None, ["Touray"]),
    "tillaberi": ent(PL, "Tillabéri", None, ["Tillaberi"]),
    "niamey": ent(PL, "Niamey", None, []),
    "new-york": ent(PL, "New York City", None, ["New York"]),
    "sahel": ent(PL, "Sahel", None, []),
    "dakar": ent(PL, "Dakar", None, []),
    "moussa-issoufou": ent(P, "Moussa Issoufou", None, []),
    "elise-martin": ent(P, "Elise Martin", None, []),
    "peter-graff": ent(P, "Peter Graff", None, []),
    "bakary-yaou-sangare": ent(P, "Bakary Yaou Sangaré", None, ["Bakary Yaou Sangare", "Sangare", "Sangaré"]),
    # --- 204 Italy arms exports to Israel
    "italy": ent(C, "Italy", None, []),
    "guido-crosetto": ent(P, "Guido Crosetto", None, ["Crosetto"]),
    "giorgia-meloni": ent(P, "Giorgia Meloni", None, ["Meloni"]),
    "elly-schlein": ent(P, "Elly Schlein", None, ["Schlein"]),
    "giuseppe-conte": ent(P, "Giuseppe Conte", None, ["Conte"]),
    "antonio-tajani": ent(P, "Antonio Tajani", None, ["Tajani"]),
    "gideon-saar": ent(P, "Gideon Sa'ar", None, ["Gideon Saar", "Saar", "Sa'ar"]),
    "leonardo": ent(O, "Leonardo", None, ["Leonardo S.p.A."]),
    "italian-chamber-of-deputies": ent(O, "Chamber of Deputies", None, ["Italian Chamber of Deputies"]),
    "democratic-party-italy": ent(O, "Democratic Party (Italy)", None, ["Democratic Party", "PD", "Partito Democratico"]),
    "five-star-movement": ent(O, "Five Star Movement", None, ["5-Star Movement", "M5S", "Movimento 5 Stelle"]),
    "istat": ent(O, "ISTAT", None, ["Istat", "Italian National Institute of Statistics"]),
    "aw119": ent(W, "AgustaWestland AW119 Koala", None, ["AW119", "AW119 Koala"]),
    "october-7-attack": ent(EV, "October 7 attacks", None, ["Oct. 7 attack", "October 7 attack"]),
    "rome": ent(PL, "Rome", None, []),
    "giulia-ferri": ent(P, "Giulia Ferri", None, []),
    "angelo-amante": ent(P, "Angelo Amante", None, []),
    "keith-weir": ent(P, "Keith Weir", None, []),
    # --- 205 North Korea ICBM, Japanese sanctions
    "japan": ent(C, "Japan", None, []),
    "south-korea": ent(C, "South Korea", None, ["Republic of Korea", "ROK"]),
    "kim-jong-un": ent(P, "Kim Jong Un", "Q56226", ["Kim", "Kim Jong-un"]),
    "kim-yo-jong": ent(P, "Kim Yo Jong", None, ["Kim Yo-jong"]),
    "gen-nakatani": ent(P, "Gen Nakatani", None, ["Nakatani"]),
    "yoshimasa-hayashi": ent(P, "Yoshimasa Hayashi", None, ["Hayashi"]),
    "lee-jae-myung": ent(P, "Lee Jae-myung", None, ["Lee", "Lee Jae Myung"]),
    "lin-jian": ent(P, "Lin Jian", None, ["Lin"]),
    "kcna": ent(O, "Korean Central News Agency", None, ["KCNA"]),
    "south-korea-jcs": ent(O, "Joint Chiefs of Staff (South Korea)", None, ["Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff", "JCS"]),
    "japan-defence-ministry": ent(O, "Ministry of Defense (Japan)", None, ["Defence Ministry", "Japan's Defence Ministry", "Japanese Defence Ministry", "Japan's Defense Ministry"]),
    "us-indo-pacific-command": ent(O, "United States Indo-Pacific Command", None, ["U.S. Indo-Pacific Command", "Indo-Pacific Command", "INDOPACOM"]),
    "workers-party-of-korea": ent(O, "Workers' Party of Korea", None, ["Workers' Party", "WPK"]),
    "hwasong-20": ent(W, "Hwasong-20", None, []),
    "hokkaido": ent(PL, "Hokkaido", None, []),
    "okushiri": ent(PL, "Okushiri", None, ["Okushiri island"]),
    "tokyo": ent(PL, "Tokyo", None, []),
    "seoul": ent(PL, "Seoul", None, []),
    "shigeru-ishiba": ent(P, "Shigeru Ishiba", None, ["Ishiba"]),
    "sean-parnell": ent(P, "Sean Parnell", None, ["Parnell"]),
    "cheong-seong-chang": ent(P, "Cheong Seong-chang", None, ["Cheong"]),
    "sejong-institute": ent(O, "Sejong Institute", None, []),
    "sipri": ent(O, "Stockholm International Peace Research Institute", None, ["SIPRI"]),
    "pyongyang": ent(PL, "Pyongyang", None, []),
    "ju-min-park": ent(P, "Ju-min Park", None, []),
    "kaori-tanaka": ent(P, "Kaori Tanaka", None, []),
    "michael-perry": ent(P, "Michael Perry", None, []),
}
NEW = {k: v for k, v in NEW.items() if v is not None}

ENTITIES = {}
for gid in SHARED:
    assert gid in SEED_REG or gid in HELDOUT1_REG, f"{gid}: not in the seed or first held-out gold"
    ENTITIES[gid] = SEED_REG.get(gid) or HELDOUT1_REG[gid]
for gid, e in NEW.items():
    assert gid not in SEED_REG and gid not in HELDOUT1_REG, f"{gid}: already exists, list it in SHARED"
    ENTITIES[gid] = e

# ---------------------------------------------------------------------------------------------
# Policies. P1 is the decision of 201 and is anchored again in 200.
# ---------------------------------------------------------------------------------------------
POLICIES = {
    "P1": {"description": "United States removes the remaining restrictions on Ukraine's use of U.S.-supplied ATACMS "
                          "missiles against military targets inside Russia, beyond the Kursk region (June, reported by "
                          "The Wall Street Journal)",
           "authorizer": "united-states", "beneficiary": "ukraine", "weapons": ["atacms"], "territory": "russia"},
    "P2": {"description": "NATO leaders agree at a summit in The Hague to send Ukraine at least seven more air-defence "
                          "systems before winter (a Patriot battery, four IRIS-T SLM, two NASAMS)",
           "authorizer": "nato", "beneficiary": "ukraine", "weapons": ["patriot", "iris-t", "nasams"], "territory": None},
    "P3": {"description": "Armenia and Azerbaijan sign a peace treaty at the White House (17 articles, mutual recognition "
                          "of borders, a 43 km transit route across southern Armenia to Nakhchivan)",
           "authorizer": None, "beneficiary": None, "weapons": [], "territory": "armenia"},
    "P4": {"description": "Niger's military government orders the EU Military Partnership Mission to leave the country "
                          "within 72 hours",
           "authorizer": "niger", "beneficiary": None, "weapons": [], "territory": "niger"},
    "P5": {"description": "Niger's military government suspends the BBC's broadcasts (Hausa and French radio) for three months",
           "authorizer": "niger", "beneficiary": None, "weapons": [], "territory": "niger"},
    "P6": {"description": "Italy approves arms export licences worth 120 million euros to Israel (76 mm naval guns, "
                          "AW119 helicopter parts, ammunition)",
           "authorizer": "italy", "beneficiary": "israel", "weapons": ["aw119"], "territory": None},
    "P7": {"description": "Japan freezes the assets of nine North Korean organisations and six individuals linked to the "
                          "missile programme, after the ICBM launch",
           "authorizer": "japan", "beneficiary": None, "weapons": [], "territory": None},
    "P8": {"description": "North Korea test-fires a new Hwasong-20 intercontinental ballistic missile into the sea west "
                          "of Hokkaido (86-minute flight)",
           "authorizer": "north-korea", "beneficiary": None, "weapons": ["hwasong-20"], "territory": None},
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

DOCS["200_nato_air_defence.txt"] = {
    "entities": [
        ("nato", "NATO", False),
        ("patriot", "Patriot", False),
        ("iris-t", "IRIS-T", False),
        ("nasams", "NASAMS", False),
        ("ukraine", "Ukraine", False),
        ("netherlands", "Netherlands", False),
        ("germany", "Germany", False),
        ("norway", "Norway", False),
        ("hungary", "Hungary", False),
        ("the-hague", "THE HAGUE", True),
        ("reuters", "Reuters", True),
        ("russia", "Russia", False),
        ("united-states", "United States", False),
        ("kharkiv", "Kharkiv", False),
        ("odesa", "Odesa", False),
        ("kyiv", "Kyiv", True),
        ("mark-rutte", "Mark Rutte", False),
        ("friedrich-merz", "Friedrich Merz", False),
        ("berlin", "Berlin", True),
        ("dick-schoof", "Dick Schoof", False),
        ("volodymyr-zelenskyy", "Volodymyr Zelenskiy", False),
        ("washington", "Washington", True),
        ("atacms", "ATACMS", False),
        ("pac-3", "PAC-3", False),
        ("viktor-orban", "Viktor Orban", False),
        ("kremlin", "Kremlin", False),
        ("dmitry-peskov", "Dmitry Peskov", False),
        ("moscow", "Moscow", True),
        ("sander-veld", "Sander Veld", True),
        ("lena-kowalczyk", "Lena Kowalczyk", True),
        ("brussels", "Brussels", True),
        ("hugh-lawson", "Hugh Lawson", True),
    ],
    "policies": [
        ("P2", "NATO leaders agreed on Wednesday to send Ukraine at least seven additional air-defence systems before winter"),
        ("P2", "the air-defence pledge"),
        ("P2", "the commitment on air defence"),
        ("P2", "the new deliveries"),
        ("P1", "Washington lifted the remaining restrictions on Kyiv's use of ATACMS missiles against targets inside Russia"),
    ],
    "roles": [
        ("mark-rutte", "Secretary General", "nato", "NATO Secretary General Mark Rutte"),
        ("friedrich-merz", "Chancellor", "germany", "German Chancellor Friedrich Merz"),
        ("dick-schoof", "Prime Minister", "netherlands", "Dutch Prime Minister Dick Schoof"),
        ("volodymyr-zelenskyy", "President", "ukraine", "Ukrainian President Volodymyr Zelenskiy"),
        ("viktor-orban", "Prime Minister", "hungary", "Prime Minister Viktor Orban"),
        ("dmitry-peskov", "spokesman", "kremlin", "Kremlin spokesman Dmitry Peskov"),
    ],
    "positions": [
        ("nato", "supports", "P2", "NATO leaders agreed on Wednesday to send Ukraine at least seven additional air-defence systems before winter", True),
        ("germany", "supports", "P2", "Germany will supply four more IRIS-T SLM systems", True),
        ("norway", "supports", "P2", "Norway and the United States will jointly pay for two NASAMS units", True),
        ("united-states", "supports", "P2", "Norway and the United States will jointly pay for two NASAMS units", True),
        ("mark-rutte", "supports", "P2", "Every battery we send saves lives in Kharkiv, in Odesa, in Kyiv", False),
        ("friedrich-merz", "supports", "P2", "said Berlin would hand over the first of the new IRIS-T systems within three months", False),
        ("dick-schoof", "supports", "P2", 'The Dutch leader called the air-defence pledge "the most urgent thing we can do this year"', False),
        ("netherlands", "supports", "P2", "the Netherlands would put 150 million euros ($162 million) toward the Patriot battery", True),
        ("volodymyr-zelenskyy", "supports", "P2", 'called the commitment on air defence "a serious step, but only a step"', False),
        ("viktor-orban", "neutral", "P2", "Hungary did not block the decision but will not take part in it, Prime Minister Viktor Orban told state radio", False),
        ("hungary", "neutral", "P2", "Hungary did not block the decision but will not take part in it", True),
        ("dmitry-peskov", "opposes", "P2", 'said the new deliveries would "change nothing" on the front line and would only prolong the fighting', False),
        ("united-states", "supports", "P1", "Washington lifted the remaining restrictions on Kyiv's use of ATACMS missiles against targets inside Russia", True),
    ],
    "quotes": [
        ("mark-rutte", "Every battery we send saves lives in Kharkiv, in Odesa, in Kyiv,"),
        ("mark-rutte", "This is not charity. It is an investment in our own security."),
        ("friedrich-merz", "We are not going to wait for the next wave of attacks,"),
        ("dick-schoof", "the most urgent thing we can do this year"),
        ("volodymyr-zelenskyy", "a serious step, but only a step"),
        ("viktor-orban", "We will not stand in anyone's way, and we will not send weapons either,"),
        ("dmitry-peskov", "change nothing"),
    ],
    "quantities": [
        (7, "systems", "P2", "at least seven additional air-defence systems"),
        (4, "systems", "P2", "four more IRIS-T SLM systems"),
        (2, "units", "P2", "two NASAMS units"),
        (1100000000, "USD", "P2", "about $1.1 billion"),
        (2, "days", "nato", "the two-day summit"),
        (3, "months", "P2", "within three months"),
        (150000000, "EUR", "P2", "150 million euros"),
        (162000000, "USD", "P2", "$162 million"),
        (25, "systems", "ukraine", "at least 25 Patriot systems"),
        (12, "days", "P1", "twelve days"),
        (60, "missiles", "pac-3", "about 60 PAC-3 missiles a month"),
    ],
}

DOCS["201_us_atacms_limits.txt"] = {
    "entities": [
        ("united-states", "U.S.", False),
        ("ukraine", "Ukraine", False),
        ("atacms", "ATACMS", False),
        ("russia", "Russia", False),
        ("wall-street-journal", "WSJ", False),
        ("kremlin", "Kremlin", False),
        ("republican-party", "Republican", True),
        ("washington", "WASHINGTON", True),
        ("reuters", "Reuters", False),  # required here: also "told Reuters" in the body
        ("kursk", "Kursk region", False),
        ("white-house", "White House", False),
        ("us-national-security-council", "National Security Council", False),
        ("james-hewitt", "James Hewitt", False),
        ("kyiv", "Kyiv", True),
        ("marco-rubio", "Marco Rubio", False),
        ("ottawa", "Ottawa", True),
        ("moscow", "Moscow", True),
        ("donald-trump", "Donald Trump", False),
        ("pete-hegseth", "Pete Hegseth", False),
        ("dmitry-peskov", "Dmitry Peskov", False),
        ("russian-foreign-ministry", "Russian Foreign Ministry", False),
        ("maria-zakharova", "Maria Zakharova", False),
        ("telegram", "Telegram", True),
        ("andrei-kartapolov", "Andrei Kartapolov", False),
        ("state-duma", "State Duma", False),
        ("andrii-sybiha", "Andrii Sybiha", False),
        ("ukrainian-air-force", "Ukraine's air force", True),
        ("engels-air-base", "Engels air base", False),
        ("volodymyr-zelenskyy", "Volodymyr Zelenskiy", False),
        ("rand-paul", "Rand Paul", False),
        ("us-congress", "Congress", False),
        ("democratic-party", "Democratic", True),
        ("jeanne-shaheen", "Jeanne Shaheen", False),
        ("nato", "NATO", False),
        ("mark-rutte", "Mark Rutte", False),
        ("united-kingdom", "Britain", False),
        ("france", "France", False),
        ("london", "London", True),
        ("paris", "Paris", True),
        ("storm-shadow", "Storm Shadow", False),
        ("jonathan-landry", "Jonathan Landry", True),
        ("irina-petrova", "Irina Petrova", True),
        ("alison-wade", "Alison Wade", True),
    ],
    "policies": [
        ("P1", "The United States has removed the remaining restrictions on Ukraine's use of American-supplied ATACMS missiles against military targets inside Russia"),
        ("P1", "Washington's decision to loosen the rules on ATACMS"),
        ("P1", "President Donald Trump approved the change"),
        ("P1", "the lifting of the limits"),
        ("P1", "the U.S. decision"),
    ],
    "roles": [
        ("james-hewitt", "spokesman", "us-national-security-council", "A spokesman for the National Security Council, James Hewitt"),
        ("marco-rubio", "Secretary of State", "united-states", "Secretary of State Marco Rubio"),
        ("donald-trump", "President", "united-states", "President Donald Trump"),
        ("pete-hegseth", "Defense Secretary", "united-states", "Defense Secretary Pete Hegseth"),
        ("dmitry-peskov", "spokesman", "kremlin", "Kremlin spokesman Dmitry Peskov"),
        ("andrei-kartapolov", "head of the defence committee", "state-duma", "Andrei Kartapolov, head of the State Duma's defence committee"),
        ("maria-zakharova", "spokeswoman", "russian-foreign-ministry", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
        ("andrii-sybiha", "Foreign Minister", "ukraine", "Ukrainian Foreign Minister Andrii Sybiha"),
        ("volodymyr-zelenskyy", "President", "ukraine", "President Volodymyr Zelenskiy"),
        ("rand-paul", "Senator", "republican-party", "Republican Senator Rand Paul"),
        ("mark-rutte", "Secretary General", "nato", "NATO Secretary General Mark Rutte"),
        ("jeanne-shaheen", "Senator", "democratic-party", "Democratic Senator Jeanne Shaheen"),
    ],
    "positions": [
        ("united-states", "supports", "P1", "The United States has removed the remaining restrictions on Ukraine's use of American-supplied ATACMS missiles against military targets inside Russia", True),
        ("marco-rubio", "supports", "P1", "Nobody should be surprised that the Ukrainians use what they have to defend themselves.", False),
        ("donald-trump", "supports", "P1", "President Donald Trump approved the change", True),
        ("pete-hegseth", "supports", "P1", "at the request of Defense Secretary Pete Hegseth, who had argued that Russia was moving aircraft and ammunition stores just beyond the old limit", False),
        ("andrei-kartapolov", "opposes", "P1", 'called the move "an act of war in all but name"', False),
        ("jeanne-shaheen", "supports", "P1", 'said the administration "should have done this two years ago"', False),
        ("kremlin", "opposes", "P1", "The Kremlin said Washington's decision to loosen the rules on ATACMS would drag the United States deeper into the war", False),
        ("dmitry-peskov", "opposes", "P1", "This is a very dangerous step", False),
        ("maria-zakharova", "opposes", "P1", 'the lifting of the limits showed that U.S. talk of peace was "pure hypocrisy"', False),
        ("russian-foreign-ministry", "opposes", "P1", 'the lifting of the limits showed that U.S. talk of peace was "pure hypocrisy"', True),
        ("andrii-sybiha", "supports", "P1", 'welcomed what he called "a long overdue decision"', False),
        ("ukraine", "supports", "P1", "Kyiv had asked for more than a year for the freedom to hit the sites from which Russia launches its glide bombs", True),
        ("volodymyr-zelenskyy", "supports", "P1", 'did not comment on the report directly, but said in his nightly video address that "the range of our answer is growing."', True),
        ("rand-paul", "opposes", "P1", 'he would not support "another step toward a direct war with a nuclear power."', False),
        ("mark-rutte", "neutral", "P1", "declined to endorse or criticise the step, saying such choices were for each ally to make", False),
    ],
    "quotes": [
        ("dmitry-peskov", "a very dangerous step", 0, True),
        ("james-hewitt", "does not discuss operational details"),
        ("marco-rubio", "We want this war to end, and the fastest way to end it is for Moscow to understand that it cannot simply outlast Ukraine,"),
        ("marco-rubio", "Nobody should be surprised that the Ukrainians use what they have to defend themselves."),
        ("dmitry-peskov", "This is a very dangerous step,"),
        ("dmitry-peskov", "It means that American specialists will, in effect, be choosing the targets on our territory."),
        ("maria-zakharova", "pure hypocrisy"),
        ("maria-zakharova", "Any strike with American missiles deep into Russian territory will receive an appropriate and tangible response"),
        ("andrei-kartapolov", "an act of war in all but name"),
        ("andrei-kartapolov", "those who have scores to settle with America"),
        ("andrii-sybiha", "a long overdue decision"),
        (None, "We have been asking for this since last summer,"),
        (None, "But 300 kilometres is not enough to reach the airfields where the bombers sit."),
        ("volodymyr-zelenskyy", "the range of our answer is growing."),
        ("rand-paul", "another step toward a direct war with a nuclear power."),
        ("rand-paul", "The administration,"),
        ("rand-paul", "has never explained to Congress what the end state is."),
        ("jeanne-shaheen", "should have done this two years ago"),
    ],
    "quantities": [
        (300, "km", "atacms", "about 300 km"),
        (190, "miles", "atacms", "190 miles"),
        (50, "missiles", "atacms", "about 50 ATACMS missiles"),
        (1, "years", "ukraine", "more than a year"),
        (120, "drones", "russia", "about 120 drones a night"),
        (300, "km", "atacms", "300 kilometres"),
        (600, "km", "engels-air-base", "some 600 km"),
        (250, "km", "storm-shadow", "a range of about 250 km"),
    ],
}

DOCS["202_armenia_azerbaijan_peace.txt"] = {
    "entities": [
        ("armenia", "Armenia", False),
        ("azerbaijan", "Azerbaijan", False),
        ("white-house", "White House", False),
        ("moscow", "Moscow", True),
        ("tehran", "Tehran", True),
        ("washington", "WASHINGTON", True),
        ("reuters", "Reuters", True),
        ("nikol-pashinyan", "Nikol Pashinyan", False),
        ("ilham-aliyev", "Ilham Aliyev", False),
        ("nakhchivan", "Nakhchivan", False),
        ("donald-trump", "Donald Trump", False),
        ("south-caucasus", "Caucasus", False),
        ("united-states", "U.S.", False),
        ("baku", "Baku", True),
        ("marco-rubio", "Marco Rubio", False),
        ("european-union", "European Union", False),
        ("kaja-kallas", "Kaja Kallas", False),
        ("turkey", "Turkish", True),
        ("tayyip-erdogan", "Tayyip Erdogan", False),
        ("x-platform", "X", True, "said on X"),
        ("russia", "Russia", False),
        ("russian-foreign-ministry", "Russian Foreign Ministry", False),
        ("maria-zakharova", "Maria Zakharova", False),
        ("iran", "Iran", False),
        ("ali-akbar-velayati", "Ali Akbar Velayati", False),
        ("ali-khamenei", "Ayatollah Ali Khamenei", False),
        ("nagorno-karabakh", "Karabakh", False),
        ("yerevan", "Yerevan", True),
        ("armenia-constitutional-court", "constitutional court", False),
        ("anna-melikyan", "Anna Melikyan", True),
        ("tom-birch", "Tom Birch", True),
        ("rosalind-hale", "Rosalind Hale", True),
    ],
    "policies": [
        ("P3", "Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace agreement"),
        ("P3", "The 17-article treaty"),
        ("P3", "welcomed the accord"),
        ("P3", "the deal"),
        ("P3", "the agreement itself"),
        ("P3", "calling the treaty a capitulation"),
    ],
    "roles": [
        ("nikol-pashinyan", "Prime Minister", "armenia", "Armenian Prime Minister Nikol Pashinyan"),
        ("ilham-aliyev", "President", "azerbaijan", "Azerbaijani President Ilham Aliyev"),
        ("donald-trump", "President", "united-states", "President Donald Trump"),
        ("marco-rubio", "Secretary of State", "united-states", "Secretary of State Marco Rubio"),
        ("kaja-kallas", "foreign policy chief", "european-union", "European Union foreign policy chief Kaja Kallas"),
        ("tayyip-erdogan", "President", "turkey", "Turkish President Tayyip Erdogan"),
        ("maria-zakharova", "spokeswoman", "russian-foreign-ministry", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
        ("ali-akbar-velayati", "adviser", None, "Ali Akbar Velayati, an adviser to Supreme Leader Ayatollah Ali Khamenei"),
        ("ali-khamenei", "Supreme Leader", "iran", "Supreme Leader Ayatollah Ali Khamenei"),
    ],
    "positions": [
        ("armenia", "supports", "P3", "Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace agreement", True),
        ("azerbaijan", "supports", "P3", "Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace agreement", True),
        ("donald-trump", "supports", "P3", 'called it "a historic day for the Caucasus"', False),
        ("nikol-pashinyan", "supports", "P3", "We are closing a page of war", False),
        ("ilham-aliyev", "supports", "P3", 'thanked Trump and Secretary of State Marco Rubio, who led months of shuttle talks, for what he called "honest mediation"', False),
        ("kaja-kallas", "supports", "P3", "Kaja Kallas welcomed the accord", False),
        ("european-union", "supports", "P3", "the EU was ready to fund border monitoring", True),
        ("tayyip-erdogan", "supports", "P3", 'said on X that the deal was "a gain for the whole region"', False),
        ("russia", "neutral", "P3", "was more guarded", True),
        ("maria-zakharova", "neutral", "P3", "said Moscow did not object to the agreement itself but was concerned about", False),
        ("ali-akbar-velayati", "opposes", "P3", "said Tehran would not accept the corridor", False),
        ("iran", "opposes", "P3", "Iran, which borders the planned route, was openly hostile", True),
    ],
    "quotes": [
        ("donald-trump", "a historic day for the Caucasus"),
        ("nikol-pashinyan", "We are closing a page of war,"),
        ("nikol-pashinyan", "and opening a page of peace that our children deserve."),
        ("ilham-aliyev", "no territorial claims"),
        ("ilham-aliyev", "honest mediation"),
        ("tayyip-erdogan", "a gain for the whole region"),
        ("maria-zakharova", "non-regional players"),
        ("ali-akbar-velayati", "a graveyard"),
    ],
    "quantities": [
        (17, "articles", "P3", "17-article"),
        (43, "km", "P3", "about 43 km"),
        (27, "miles", "P3", "27 miles"),
        (99, "years", "P3", "for 99 years"),
        (100000, "people", "nagorno-karabakh", "More than 100,000 ethnic Armenians"),
        (6, "months", "armenia-constitutional-court", "up to six months"),
    ],
}

DOCS["203_niger_junta_expulsions.txt"] = {
    "entities": [
        ("niger", "Niger", False),
        ("european-union", "EU", False),
        ("eumpm-niger", "EU military mission", False),
        ("bbc", "BBC", False),
        ("ecowas", "ECOWAS", False),
        ("united-nations", "U.N.", False),
        ("niamey", "NIAMEY", True),
        ("reuters", "Reuters", True),
        ("tele-sahel", "Tele Sahel", False),
        ("amadou-abdramane", "Amadou Abdramane", False),
        ("tillaberi", "Tillaberi", False),
        ("abdourahamane-tiani", "Abdourahamane Tiani", False),
        ("kaja-kallas", "Kaja Kallas", False),
        ("bakary-yaou-sangare", "Bakary Yaou Sangare", False),
        ("stephane-dujarric", "Stephane Dujarric", False),
        ("new-york", "New York", True),
        ("antonio-guterres", "Antonio Guterres", False),
        ("mali", "Mali", False),
        ("burkina-faso", "Burkina Faso", False),
        ("omar-alieu-touray", "Omar Alieu Touray", False),
        ("benin", "Benin", False),
        ("alliance-of-sahel-states", "Alliance of Sahel States", False),
        ("russia", "Russia", True),
        ("africa-corps", "Africa Corps", True),
        ("sahel", "Sahel", True, "in the Sahel"),
        ("france", "France", False),
        ("germany", "Germany", False),
        ("berlin", "Berlin", True),
        ("russian-foreign-ministry", "Russian foreign ministry", False),
        ("moussa-issoufou", "Moussa Issoufou", True),
        ("elise-martin", "Elise Martin", True),
        ("dakar", "Dakar", True),
        ("peter-graff", "Peter Graff", True),
    ],
    "policies": [
        ("P4", "ordered the European Union's military partnership mission to leave the country within 72 hours"),
        ("P4", "The expulsion of the EU mission"),
        ("P4", "the order to expel its mission"),
        ("P4", "the decision on the mission"),
        ("P5", "suspended the BBC's broadcasts for three months"),
        ("P5", "the broadcasting ban"),
        ("P5", "the suspension of the BBC"),
    ],
    "roles": [
        ("amadou-abdramane", "spokesman", "niger", "government spokesman Colonel-Major Amadou Abdramane"),
        ("abdourahamane-tiani", "General", None, "General Abdourahamane Tiani"),
        ("kaja-kallas", "foreign policy chief", "european-union", "The EU's foreign policy chief Kaja Kallas"),
        ("bakary-yaou-sangare", "Foreign Minister", "niger", "Foreign Minister Bakary Yaou Sangare"),
        ("stephane-dujarric", "spokesman", "united-nations", "U.N. spokesman Stephane Dujarric"),
        ("antonio-guterres", "Secretary-General", "united-nations", "Secretary-General Antonio Guterres"),
        ("omar-alieu-touray", "President", "ecowas", "ECOWAS Commission President Omar Alieu Touray"),
    ],
    "positions": [
        ("niger", "supports", "P4", "ordered the European Union's military partnership mission to leave the country within 72 hours", True),
        ("niger", "supports", "P5", "suspended the BBC's broadcasts for three months", True),
        ("amadou-abdramane", "supports", "P4", 'accused the EU mission of "activities contrary to the interests of the nation"', False),
        ("amadou-abdramane", "supports", "P5", 'said the BBC had broadcast "false information"', False),
        ("abdourahamane-tiani", "supports", "P4", 'Niger would "no longer accept foreign soldiers who come to lecture us"', False),
        ("bakary-yaou-sangare", "supports", "P5", 'the BBC could resume broadcasting once it "corrects its editorial line"', False),
        ("germany", "neutral", "P4", 'did not criticise the expulsion but said it regretted the loss of "a channel of dialogue"', False),
        ("kaja-kallas", "opposes", "P4", 'said the bloc "deeply regrets" the order to expel its mission', False),
        ("european-union", "opposes", "P4", 'The EU would "review all remaining cooperation" with Niamey', True),
        ("bbc", "opposes", "P5", 'The BBC said it was "deeply concerned" by the broadcasting ban and called on the authorities to reverse it', False),
        ("stephane-dujarric", "opposes", "P5", "We call on the authorities to allow the media to work freely", False),
        ("united-nations", "opposes", "P5", "U.N. calls for press freedom to be respected", True),
        ("ecowas", "opposes", "P4", "urged the junta to reconsider both decisions", False),
        ("ecowas", "opposes", "P5", "urged the junta to reconsider both decisions", False),
        ("omar-alieu-touray", "opposes", "P5", 'said the suspension of the BBC "deprives Nigeriens of information they need"', False),
        ("russian-foreign-ministry", "supports", "P4", 'said it respected "the sovereign choice" of Niger\'s authorities', True),
    ],
    "quotes": [
        ("amadou-abdramane", "activities contrary to the interests of the nation"),
        ("amadou-abdramane", "false information"),
        ("abdourahamane-tiani", "no longer accept foreign soldiers who come to lecture us"),
        ("abdourahamane-tiani", "Our army has shown that it can defend our territory alone. We thank those who helped us, but the time of tutelage is over."),
        ("abdourahamane-tiani", "Niger will choose its partners freely, and no one will choose them for us,"),
        ("bakary-yaou-sangare", "corrects its editorial line"),
        ("germany", "a channel of dialogue", 0, True),
        ("kaja-kallas", "deeply regrets"),
        ("kaja-kallas", "review all remaining cooperation"),
        ("bbc", "deeply concerned"),
        ("stephane-dujarric", "We call on the authorities to allow the media to work freely,"),
        ("omar-alieu-touray", "deprives Nigeriens of information they need"),
        ("russian-foreign-ministry", "the sovereign choice"),
    ],
    "quantities": [
        (72, "hours", "P4", "within 72 hours"),
        (3, "months", "P5", "for three months", "broadcasts for three months"),
        (2000, "soldiers", "eumpm-niger", "more than 2,000 Nigerien soldiers"),
        (7000000, "listeners", "bbc", "about 7 million listeners"),
        (50, "staff", "eumpm-niger", "about 50 EU staff"),
        (1500, "troops", "france", "its 1,500 troops"),
    ],
}

DOCS["204_italy_israel_arms.txt"] = {
    "entities": [
        ("italy", "Italy", False),
        ("israel", "Israel", False),
        ("rome", "ROME", True),
        ("reuters", "Reuters", True),
        ("guido-crosetto", "Guido Crosetto", False),
        ("leonardo", "Leonardo", False),
        ("aw119", "AW119", False),
        ("gaza", "Gaza", False),
        ("hezbollah", "Hezbollah", False),
        ("iran", "Iran", False),
        ("italian-chamber-of-deputies", "Chamber of Deputies", False),
        ("giorgia-meloni", "Giorgia Meloni", False),
        ("elly-schlein", "Elly Schlein", False),
        ("democratic-party-italy", "Democratic Party", False),
        ("giuseppe-conte", "Giuseppe Conte", False),
        ("five-star-movement", "5-Star Movement", False),
        ("antonio-tajani", "Antonio Tajani", False),
        ("gideon-saar", "Gideon Saar", False),
        ("x-platform", "X", True, "Rome on X"),
        ("lebanon", "Lebanon", False),
        ("october-7-attack", "Oct. 7, 2023 attack", True),
        ("istat", "ISTAT", False),
        ("giulia-ferri", "Giulia Ferri", True),
        ("angelo-amante", "Angelo Amante", True),
        ("keith-weir", "Keith Weir", True),
    ],
    "policies": [
        ("P6", "Italy’s government has approved export licences worth 120 million euros ($128 million) for naval guns, helicopter parts and ammunition to Israel"),
        ("P6", "the licences had been granted"),
        ("P6", "the package", "did not oppose the package"),
        ("P6", "the Italian approval"),
    ],
    "roles": [
        ("guido-crosetto", "Defence Minister", "italy", "Defence Minister Guido Crosetto"),
        ("giorgia-meloni", "Prime Minister", "italy", "Prime Minister Giorgia Meloni"),
        ("elly-schlein", "leader", "democratic-party-italy", "Elly Schlein, leader of the centre-left Democratic Party"),
        ("giuseppe-conte", "Former prime minister", "italy", "Former prime minister Giuseppe Conte"),
        ("antonio-tajani", "Foreign Minister", "italy", "Foreign Minister Antonio Tajani"),
        ("gideon-saar", "Foreign Minister", "israel", "Israeli Foreign Minister Gideon Saar"),
    ],
    "positions": [
        ("italy", "supports", "P6", "Italy’s government has approved export licences worth 120 million euros ($128 million) for naval guns, helicopter parts and ammunition to Israel", True),
        ("guido-crosetto", "supports", "P6", "and Italy will not leave it without the means to do so.", False),
        ("giorgia-meloni", "supports", "P6", "Prime Minister Giorgia Meloni’s office said in a statement that the licences had been granted “in full respect of the law and of our international obligations”", False),
        ("elly-schlein", "opposes", "P6", "called it “a shameful choice that makes Italy complicit”", False),
        ("democratic-party-italy", "opposes", "P6", "called it “a shameful choice that makes Italy complicit”", True),
        ("giuseppe-conte", "opposes", "P6", "said his party would table a motion to revoke the licences", False),
        ("five-star-movement", "opposes", "P6", "his party would table a motion to revoke the licences", True),
        ("antonio-tajani", "neutral", "P6", "did not oppose the package, but said Rome would ask Israel for written guarantees on how the equipment is used", False),
        ("gideon-saar", "supports", "P6", "Israeli Foreign Minister Gideon Saar thanked Rome on X", False),
        ("hezbollah", "opposes", "P6", "Hezbollah condemned the Italian approval", False),
    ],
    "quotes": [
        ("guido-crosetto", "Israel has the right to defend itself from Hezbollah and from Iran,"),
        ("guido-crosetto", "and Italy will not leave it without the means to do so."),
        ("giorgia-meloni", "in full respect of the law and of our international obligations"),
        ("elly-schlein", "a shameful choice that makes Italy complicit"),
        ("gideon-saar", "what real friendship looks like"),
        ("hezbollah", "a partner in aggression against Lebanon"),
    ],
    "quantities": [
        (120000000, "EUR", "P6", "120 million euros"),
        (128000000, "USD", "P6", "$128 million"),
        (6, "guns", "P6", "six 76 mm naval guns"),
        (76, "mm", "P6", "76 mm"),
        (240, "seats", "italian-chamber-of-deputies", "about 240 of the chamber’s 400 seats"),
        (400, "seats", "italian-chamber-of-deputies", "400 seats"),
        (17000000, "EUR", "italy", "about 17 million euros"),
    ],
}

DOCS["205_north_korea_icbm.txt"] = {
    "entities": [
        ("north-korea", "North Korea", False),
        ("japan", "Japan", False),
        ("tokyo", "Tokyo", True),
        ("seoul", "SEOUL", True),
        ("reuters", "Reuters", True),
        ("hokkaido", "Hokkaido", False),
        ("south-korea", "South Korea", False),
        ("south-korea-jcs", "Joint Chiefs of Staff", False),
        ("japan-defence-ministry", "Defence Ministry", False),
        ("okushiri", "Okushiri island", False),
        ("gen-nakatani", "Gen Nakatani", False),
        ("shigeru-ishiba", "Shigeru Ishiba", False),
        ("kcna", "KCNA", False),
        ("kim-jong-un", "Kim Jong Un", False),
        ("hwasong-20", "Hwasong-20", False),
        ("yoshimasa-hayashi", "Yoshimasa Hayashi", False),
        ("beijing", "Beijing", True),
        ("lee-jae-myung", "Lee Jae-myung", False),
        ("us-indo-pacific-command", "U.S. Indo-Pacific Command", False),
        ("united-states", "U.S.", False),
        ("marco-rubio", "Marco Rubio", False),
        ("washington", "Washington", True),
        ("pentagon", "Pentagon", False),
        ("sean-parnell", "Sean Parnell", False),
        ("kim-yo-jong", "Kim Yo Jong", False),
        ("workers-party-of-korea", "Workers' Party", False),
        ("pyongyang", "Pyongyang", True),
        ("cheong-seong-chang", "Cheong Seong-chang", False),
        ("sejong-institute", "Sejong Institute", False),
        ("china", "China", True),
        ("china-foreign-ministry", "China's foreign ministry", False),
        ("lin-jian", "Lin Jian", False),
        ("un-security-council", "U.N. Security Council", False),
        ("sipri", "Stockholm International Peace Research Institute", False),
        ("ju-min-park", "Ju-min Park", True),
        ("kaori-tanaka", "Kaori Tanaka", True),
        ("michael-perry", "Michael Perry", True),
    ],
    "policies": [
        ("P8", "North Korea fired an intercontinental ballistic missile on Tuesday"),
        ("P8", "the launch of a new Hwasong-20 missile"),
        ("P8", "The test"),
        ("P7", "Japan's government decided to freeze the assets of nine North Korean organisations and six individuals"),
        ("P7", "the new sanctions"),
        ("P7", "Japan's asset freeze"),
        ("P7", "the Japanese sanctions"),
        ("P7", "Tokyo's measures"),
    ],
    "roles": [
        ("gen-nakatani", "Defence Minister", "japan", "Japanese Defence Minister Gen Nakatani"),
        ("shigeru-ishiba", "Prime Minister", "japan", "Prime Minister Shigeru Ishiba"),
        ("sean-parnell", "spokesman", "pentagon", "Pentagon spokesman Sean Parnell"),
        ("cheong-seong-chang", "senior fellow", "sejong-institute", "Cheong Seong-chang, a senior fellow at the Sejong Institute"),
        ("kim-jong-un", "leader", "north-korea", "leader Kim Jong Un"),
        ("yoshimasa-hayashi", "Chief Cabinet Secretary", "japan", "Chief Cabinet Secretary Yoshimasa Hayashi"),
        ("lee-jae-myung", "President", "south-korea", "South Korean President Lee Jae-myung"),
        ("marco-rubio", "Secretary of State", "united-states", "Secretary of State Marco Rubio"),
        ("kim-yo-jong", "official", "workers-party-of-korea", "Kim Yo Jong, the leader's sister and a senior official of the ruling Workers' Party"),
        ("lin-jian", "spokesman", "china-foreign-ministry", "China's foreign ministry spokesman Lin Jian"),
    ],
    "positions": [
        ("north-korea", "supports", "P8", "North Korea fired an intercontinental ballistic missile on Tuesday", True),
        ("kim-jong-un", "supports", "P8", "clearly demonstrates the will of our state to respond to the enemies' dangerous military moves", True),
        ("lee-jae-myung", "opposes", "P8", 'called the launch "a grave provocation"', False),
        ("shigeru-ishiba", "opposes", "P8", "it is absolutely unacceptable", False),
        ("japan", "opposes", "P8", "Japan had lodged a strong protest", True),
        ("lin-jian", "neutral", "P8", "He did not criticise the launch.", False),
        ("japan", "supports", "P7", "Japan's government decided to freeze the assets of nine North Korean organisations and six individuals", True),
        ("yoshimasa-hayashi", "supports", "P7", 'said the new sanctions were "a clear message that this behaviour carries a cost"', False),
        ("lee-jae-myung", "supports", "P7", "His office said Seoul supported Japan's asset freeze and would consider similar measures", False),
        ("south-korea", "supports", "P7", "Seoul supported Japan's asset freeze", True),
        ("marco-rubio", "supports", "P7", "backed the Japanese sanctions", False),
        ("kim-yo-jong", "opposes", "P7", 'dismissed Tokyo\'s measures as "a laughable act"', False),
        ("lin-jian", "opposes", "P7", "Beijing did not support sanctions outside the U.N. Security Council", False),
        ("china", "opposes", "P7", "Beijing did not support sanctions outside the U.N. Security Council", True),
    ],
    "quotes": [
        ("kim-jong-un", "clearly demonstrates the will of our state to respond to the enemies' dangerous military moves,"),
        ("shigeru-ishiba", "This launch threatens the peace and safety of Japan, the region and the international community, and it is absolutely unacceptable"),
        ("yoshimasa-hayashi", "a clear message that this behaviour carries a cost"),
        ("lee-jae-myung", "a grave provocation"),
        ("marco-rubio", "stands with Japan and the Republic of Korea"),
        ("sean-parnell", "with the full range of our capabilities"),
        ("kim-yo-jong", "a laughable act"),
        ("cheong-seong-chang", "Pyongyang is betting that the world is too distracted to respond,"),
        ("cheong-seong-chang", "It is testing how far it can go."),
        ("lin-jian", "exercise restraint"),
    ],
    "quantities": [
        (86, "minutes", "P8", "86 minutes"),
        (7600, "km", "P8", "more than 7,600 km"),
        (1000, "km", "P8", "about 1,000 km"),
        (620, "miles", "P8", "620 miles"),
        (200, "km", "P8", "about 200 km west of Okushiri"),
        (11, "months", "north-korea", "in 11 months"),
        (28500, "troops", "united-states", "About 28,500 U.S. troops"),
        (54000, "troops", "united-states", "some 54,000"),
        (9, "organisations", "P7", "nine North Korean organisations"),
        (6, "individuals", "P7", "six individuals"),
        (30, "missiles", "north-korea", "more than 30 ballistic missiles"),
        (2, "missiles", "north-korea", "two short-range missiles"),
        (15000, "km", "hwasong-20", "more than 15,000 km"),
        (50, "warheads", "north-korea", "about 50 nuclear warheads"),
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
            assert sp is None or sp in doc_ents, f"{fname}: speaker {sp} not in the article"  # None: anonymous source
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
    E = lambda gid: "urn:heldout2:entity:" + gid
    Pi = lambda pid: "urn:heldout2:policy:" + pid
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
            "quotes": [{"speaker": E(q["speaker"]) if q["speaker"] else None, "span": q["span"]} for q in d["quotes"]],
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
