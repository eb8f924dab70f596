#!/usr/bin/env python3
"""Builds and checks the third held-out gold file (schema gold/1) for the articles in ./articles/.

Adapted from ../heldout2/build_gold.py. Every span is computed here from its exact evidence string
(str.find on the UTF-8 decoded file text, so offsets are Unicode code points, half-open) and
asserted: text[b:e] == evidence. Nothing is typed by hand.

usage:
  python3 build_gold.py              # (re)write heldout3-gold.json, after all checks
  python3 build_gold.py --selftest   # also convert the gold to an extraction/1 export and score
                                     # it against the gold with the reference scorer (expects 1.0)
  options: --scorer=PATH (default /work/shared/gold/score.py)

Locating an evidence string: `n` is either an int (the n-th occurrence, 0-based) or a string
(a longer context that occurs first in the text and contains the evidence: the evidence is then
looked up inside the first occurrence of that context).

Entity registry: ids that already exist in the seed gold, the first held-out gold
(../heldout/heldout-gold.json) or the second (../heldout2/heldout2-gold.json) are listed in SHARED
and their records are copied from those files verbatim (same id, name, aliases, type, QID); the new
ones are in NEW. A new id may not collide with an existing one.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import gold_builder  # noqa: E402  (the shared checks, export and self-test)
ARTICLES = os.path.join(HERE, "articles")
GOLD_OUT = os.path.join(HERE, "heldout3-gold.json")
QIDS_TSV = "/work/shared/wikidata/verified-qids.tsv"
SEED_GOLD = "/work/shared/gold/seed-gold.json"
HELDOUT1_GOLD = os.path.join(HERE, "..", "heldout", "heldout-gold.json")
HELDOUT2_GOLD = os.path.join(HERE, "..", "heldout2", "heldout2-gold.json")

from gold_builder import P, O, C, PL, W, EV, ent, load_registry  # noqa: E402


REGISTRIES = [load_registry(SEED_GOLD), load_registry(HELDOUT1_GOLD), load_registry(HELDOUT2_GOLD)]

# the same id has the same record in every earlier gold file
for _reg in REGISTRIES[1:]:
    for _gid, _e in _reg.items():
        for _other in REGISTRIES:
            if _gid in _other:
                assert _other[_gid] == _e, f"{_gid}: differs between earlier gold files"

# ids reused from the seed gold or the first two held-out golds, records copied verbatim
SHARED = [
    # seed
    "donald-trump", "dmitry-peskov", "volodymyr-zelenskyy", "kremlin", "white-house", "us-state-department",
    "x-platform", "telegram", "republican-party", "united-states", "russia", "ukraine", "united-kingdom",
    "israel", "iran", "saudi-arabia", "moscow", "washington", "kyiv", "atacms", "russian-invasion-2022",
    # first held-out set
    "reuters", "russian-foreign-ministry", "france", "hungary", "brussels", "european-union", "kaja-kallas",
    "united-nations", "hezbollah", "lebanon", "gaza", "china", "beijing", "china-foreign-ministry",
    "un-security-council", "democratic-party", "hamas", "gaza-health-ministry", "benjamin-netanyahu",
    "beirut", "jerusalem", "yemen", "houthis", "raytheon", "us-senate", "us-congress", "dsca", "pentagon",
    "connecticut", "kentucky", "rand-paul", "esmaeil-baghaei", "iran-foreign-ministry",
    # second held-out set
    "andrii-sybiha", "maria-zakharova", "japan", "paris",
]
SHARED = list(dict.fromkeys(SHARED))

NEW = {
    # --- 300 EU sanctions package
    "slovakia": ent(C, "Slovakia", None, ["Slovak Republic"]),
    "denmark": ent(C, "Denmark", None, []),
    "estonia": ent(C, "Estonia", None, []),
    "european-commission": ent(O, "European Commission", None, ["Commission", "EU Commission"]),
    "eu-court-of-justice": ent(O, "Court of Justice of the European Union", None,
                               ["Court of Justice", "EU Court of Justice", "European Court of Justice"]),
    "robert-fico": ent(P, "Robert Fico", None, ["Fico"]),
    "peter-szijjarto": ent(P, "Péter Szijjártó", None, ["Peter Szijjarto", "Szijjarto", "Szijjártó"]),
    "ursula-von-der-leyen": ent(P, "Ursula von der Leyen", None, ["von der Leyen"]),
    "lars-lokke-rasmussen": ent(P, "Lars Løkke Rasmussen", None, ["Lars Lokke Rasmussen", "Rasmussen", "Lokke Rasmussen"]),
    "central-asia": ent(PL, "Central Asia", None, []),
    "europe": ent(PL, "Europe", None, []),
    "bratislava": ent(PL, "Bratislava", None, []),
    "budapest": ent(PL, "Budapest", None, []),
    "prague": ent(PL, "Prague", None, []),
    "marta-lindqvist": ent(P, "Marta Lindqvist", None, []),
    "paul-delmas": ent(P, "Paul Delmas", None, []),
    "tomas-horak": ent(P, "Tomas Horak", None, []),
    "gareth-jones": ent(P, "Gareth Jones", None, []),
    # --- 301 Ukrainian drone strikes on Russian refineries
    "associated-press": ent(O, "Associated Press", None, ["AP", "The Associated Press"]),
    "ukraine-general-staff": ent(O, "General Staff of the Armed Forces of Ukraine", None,
                                 ["General Staff", "Ukraine's General Staff", "Ukrainian General Staff"]),
    "russian-defence-ministry": ent(O, "Ministry of Defence of the Russian Federation", None,
                                    ["Russian Defence Ministry", "Russian Defense Ministry", "Russia's Defence Ministry",
                                     "Russia's Defense Ministry"]),
    "unmanned-systems-forces": ent(O, "Unmanned Systems Forces", None, ["Unmanned Systems Forces of Ukraine"]),
    "facebook": ent(O, "Facebook", None, []),
    "ryazan-refinery": ent(PL, "Ryazan oil refinery", None, ["Ryazan refinery"]),
    "novokuibyshevsk-refinery": ent(PL, "Novokuibyshevsk refinery", None, ["Novokuibyshevsk oil refinery"]),
    "samara-region": ent(PL, "Samara Oblast", None, ["Samara region"]),
    "ryazan-region": ent(PL, "Ryazan Oblast", None, ["Ryazan region"]),
    "druzhba-pipeline": ent(PL, "Druzhba pipeline", None, ["Druzhba", "Druzhba oil pipeline"]),
    "zakarpattia": ent(PL, "Zakarpattia", None, ["Zakarpattia Oblast", "Transcarpathia"]),
    "pavel-malkov": ent(P, "Pavel Malkov", None, ["Malkov"]),
    "robert-brovdi": ent(P, "Robert Brovdi", None, ["Brovdi", "Madyar"]),
    "denisa-sakova": ent(P, "Denisa Saková", None, ["Denisa Sakova", "Saková", "Sakova"]),
    "tammy-bruce": ent(P, "Tammy Bruce", None, ["Bruce"]),
    "olena-vasylenko": ent(P, "Olena Vasylenko", None, []),
    "david-kerr": ent(P, "David Kerr", None, []),
    "anna-morozova": ent(P, "Anna Morozova", None, []),
    "gabor-nemeth": ent(P, "Gabor Nemeth", None, []),
    # --- 302 U.N. Security Council Gaza vote
    "algeria": ent(C, "Algeria", None, []),
    "palestine": ent(C, "State of Palestine", None, ["Palestine"]),
    "un-general-assembly": ent(O, "United Nations General Assembly", None,
                               ["U.N. General Assembly", "UN General Assembly", "General Assembly"]),
    "dorothy-shea": ent(P, "Dorothy Shea", None, ["Shea"]),
    "amar-bendjama": ent(P, "Amar Bendjama", None, ["Bendjama"]),
    "fu-cong": ent(P, "Fu Cong", None, []),
    "dmitry-polyanskiy": ent(P, "Dmitry Polyanskiy", None, ["Polyanskiy", "Dmitry Polyansky"]),
    "barbara-woodward": ent(P, "Barbara Woodward", None, ["Woodward"]),
    "danny-danon": ent(P, "Danny Danon", None, ["Danon"]),
    "riyad-mansour": ent(P, "Riyad Mansour", None, ["Mansour"]),
    "rafah-crossing": ent(PL, "Rafah Border Crossing", None, ["Rafah crossing"]),
    "michelle-adeyemi": ent(P, "Michelle Adeyemi", None, []),
    "nora-whitfield": ent(P, "Nora Whitfield", None, []),
    # --- 303 Lebanon-Israel ceasefire extension
    "lebanese-army": ent(O, "Lebanese Armed Forces", None, ["Lebanese army", "Lebanese Army", "LAF"]),
    "israeli-military": ent(O, "Israel Defense Forces", None, ["Israeli military", "IDF", "Israeli army"]),
    "lebanon-health-ministry": ent(O, "Ministry of Public Health (Lebanon)", None,
                                   ["Lebanon's health ministry", "Lebanese health ministry", "health ministry"]),
    "unifil": ent(O, "United Nations Interim Force in Lebanon", None, ["UNIFIL"]),
    "litani-river": ent(PL, "Litani River", None, ["Litani", "Litani river"]),
    "najib-mikati": ent(P, "Najib Mikati", None, ["Mikati"]),
    "joseph-aoun": ent(P, "Joseph Aoun", None, ["Aoun"]),
    "israel-katz": ent(P, "Israel Katz", None, ["Katz"]),
    "naim-qassem": ent(P, "Naim Qassem", None, ["Qassem", "Naim Kassem"]),
    "jeanine-hennis-plasschaert": ent(P, "Jeanine Hennis-Plasschaert", None, ["Hennis-Plasschaert"]),
    "jean-noel-barrot": ent(P, "Jean-Noël Barrot", None, ["Jean-Noel Barrot", "Barrot"]),
    "nawaf-salam": ent(P, "Nawaf Salam", None, ["Salam"]),
    "rana-haddad": ent(P, "Rana Haddad", None, []),
    "tom-perrin": ent(P, "Tom Perrin", None, []),
    "yael-cohen": ent(P, "Yael Cohen", None, []),
    "miles-carter": ent(P, "Miles Carter", None, []),
    # --- 304 Scarborough Shoal nature reserve
    "philippines": ent(C, "Philippines", None, ["The Philippines", "Republic of the Philippines"]),
    "scarborough-shoal": ent(PL, "Scarborough Shoal", None, ["Huangyan Island", "Huangyan Dao", "Bajo de Masinloc"]),
    "luzon": ent(PL, "Luzon", None, []),
    "south-china-sea": ent(PL, "South China Sea", None, []),
    "manila": ent(PL, "Manila", None, []),
    "china-state-council": ent(O, "State Council of the People's Republic of China", None,
                               ["State Council", "China's State Council"]),
    "national-forestry-administration": ent(O, "National Forestry and Grassland Administration", None, []),
    "china-coast-guard": ent(O, "China Coast Guard", None, ["Chinese coast guard", "CCG"]),
    "philippine-coast-guard": ent(O, "Philippine Coast Guard", None, ["PCG"]),
    "us-philippines-mutual-defense-treaty": ent(EV, "Mutual Defense Treaty (United States-Philippines)", None,
                                                ["Mutual Defense Treaty", "U.S.-Philippines Mutual Defense Treaty"]),
    "guo-jiakun": ent(P, "Guo Jiakun", None, ["Guo"]),
    "theresa-lazaro": ent(P, "Theresa Lazaro", None, ["Lazaro", "Ma. Theresa Lazaro"]),
    "jay-tarriela": ent(P, "Jay Tarriela", None, ["Tarriela"]),
    "gilberto-teodoro": ent(P, "Gilberto Teodoro", None, ["Teodoro", "Gilberto Teodoro Jr."]),
    "ferdinand-marcos-jr": ent(P, "Ferdinand Marcos Jr.", None, ["Marcos", "Ferdinand Marcos", "Bongbong Marcos"]),
    "marykay-carlson": ent(P, "MaryKay Carlson", None, ["Carlson"]),
    "liza-ramos": ent(P, "Liza Ramos", None, []),
    "chen-jing": ent(P, "Chen Jing", None, []),
    "simon-hale": ent(P, "Simon Hale", None, []),
    # --- 305 missile sale to Saudi Arabia
    "aim-120": ent(W, "AIM-120 AMRAAM", None, ["AIM-120C-8", "AMRAAM", "AIM-120"]),
    "senate-foreign-relations-committee": ent(O, "United States Senate Committee on Foreign Relations", None,
                                              ["Senate Foreign Relations Committee", "Foreign Relations Committee"]),
    "house-foreign-affairs-committee": ent(O, "House Committee on Foreign Affairs", None,
                                           ["House Foreign Affairs Committee", "Foreign Affairs Committee"]),
    "khalid-bin-salman": ent(P, "Khalid bin Salman", None, ["Prince Khalid bin Salman", "Khalid bin Salman Al Saud"]),
    "chris-murphy": ent(P, "Chris Murphy", None, ["Murphy"]),
    "bernie-sanders": ent(P, "Bernie Sanders", None, ["Sanders"]),
    "jim-risch": ent(P, "Jim Risch", None, ["Risch", "James Risch"]),
    "gregory-meeks": ent(P, "Gregory Meeks", None, ["Meeks", "Greg Meeks"]),
    "riyadh": ent(PL, "Riyadh", None, []),
    "vermont": ent(PL, "Vermont", None, []),
    "daniel-okafor": ent(P, "Daniel Okafor", None, []),
    "priya-natarajan": ent(P, "Priya Natarajan", None, []),
    "colin-marsh": ent(P, "Colin Marsh", None, []),
}

ENTITIES = {}
for gid in SHARED:
    rec = next((r[gid] for r in REGISTRIES if gid in r), None)
    assert rec is not None, f"{gid}: not in the seed or an earlier held-out gold"
    ENTITIES[gid] = rec
for gid, e in NEW.items():
    assert all(gid not in r for r in REGISTRIES), f"{gid}: already exists, list it in SHARED"
    ENTITIES[gid] = e

# ---------------------------------------------------------------------------------------------
# Policies (ids restart at P1 in this file). P1 is anchored in 300 and 301.
# ---------------------------------------------------------------------------------------------
POLICIES = {
    "P1": {"description": "United States allows Ukraine to fire U.S.-supplied ATACMS missiles at targets deep inside "
                          "Russia (the long-range strike authorisation)",
           "authorizer": "united-states", "beneficiary": "ukraine", "weapons": ["atacms"], "territory": "russia"},
    "P2": {"description": "European Union adopts its 19th package of sanctions against Russia (LNG import ban from "
                          "January 2027, 117 more shadow-fleet tankers listed, five banks, crude price cap of $47.60)",
           "authorizer": "european-union", "beneficiary": None, "weapons": [], "territory": None},
    "P3": {"description": "Ukraine's long-range drone campaign against Russian oil refineries and fuel infrastructure "
                          "(Ryazan, Novokuibyshevsk, a Druzhba pipeline pumping station)",
           "authorizer": "ukraine", "beneficiary": None, "weapons": [], "territory": "russia"},
    "P4": {"description": "Draft U.N. Security Council resolution demanding an immediate, unconditional and permanent "
                          "ceasefire in Gaza and the lifting of aid restrictions, put forward by the 10 elected members "
                          "and blocked by a U.S. veto (14 votes in favour)",
           "authorizer": "un-security-council", "beneficiary": None, "weapons": [], "territory": "gaza"},
    "P5": {"description": "Extension of the Israel-Lebanon ceasefire arrangement, and of the deadline for the Israeli "
                          "withdrawal from southern Lebanon, to Feb. 18 (announced by the White House)",
           "authorizer": "united-states", "beneficiary": None, "weapons": [], "territory": "lebanon"},
    "P6": {"description": "China's State Council approves a 3,524-hectare national nature reserve at Scarborough Shoal "
                          "(Huangyan Island), inside the Philippines' exclusive economic zone",
           "authorizer": "china", "beneficiary": None, "weapons": [], "territory": "scarborough-shoal"},
    "P7": {"description": "U.S. State Department approves the possible sale of 1,000 AIM-120C-8 air-to-air missiles to "
                          "Saudi Arabia (about $3.5 billion); the Senate sets aside a resolution of disapproval 56-42",
           "authorizer": "united-states", "beneficiary": "saudi-arabia", "weapons": ["aim-120"], "territory": None},
    "P8": {"description": "U.S.-Saudi arms agreements worth $142 billion announced by Trump during his visit to Riyadh",
           "authorizer": "united-states", "beneficiary": "saudi-arabia", "weapons": [], "territory": None},
}

# ---------------------------------------------------------------------------------------------
# Per-article annotations.
#   entities:   (gold id, mention, optional[, n])
#   policies:   (policy id, evidence[, n])
#   roles:      (holder, title, organization, evidence[, n])
#   positions:  (holder, stance, target, evidence, optional[, n])
#   quotes:     (speaker or None for an anonymous source, quoted words without the marks[, n[, optional]])
#   quantities: (value, unit, about, evidence[, n])
# ---------------------------------------------------------------------------------------------
DOCS = {}

DOCS["300_eu_sanctions_package.txt"] = {
    "entities": [
        ("european-union", "EU", False),
        ("russia", "Russia", False),
        ("slovakia", "Slovakia", False),
        ("hungary", "Hungary", False),
        ("brussels", "BRUSSELS", True),
        ("reuters", "Reuters", True),
        ("moscow", "Moscow", True),
        ("central-asia", "Central Asia", False),
        ("robert-fico", "Robert Fico", False),
        ("european-commission", "European Commission", False),
        ("bratislava", "Bratislava", True),
        ("russian-invasion-2022", "Russia’s full-scale invasion", True),
        ("ukraine", "Ukraine", False),
        ("peter-szijjarto", "Peter Szijjarto", False),
        ("europe", "Europe", True, "mistake Europe will"),
        ("budapest", "Budapest", True),
        ("eu-court-of-justice", "Court of Justice", False),
        ("kaja-kallas", "Kaja Kallas", False),
        ("ursula-von-der-leyen", "Ursula von der Leyen", False),
        ("x-platform", "X", True, "said on X"),
        ("estonia", "Estonia", True),
        ("andrii-sybiha", "Andrii Sybiha", False),
        ("united-states", "United States", False),
        ("atacms", "ATACMS", False),
        ("kremlin", "Kremlin", False),
        ("dmitry-peskov", "Dmitry Peskov", False),
        ("russian-foreign-ministry", "Russian Foreign Ministry", False),
        ("maria-zakharova", "Maria Zakharova", False),
        ("washington", "Washington", True),
        ("denmark", "Danish", True),
        ("lars-lokke-rasmussen", "Lars Lokke Rasmussen", False),
        ("marta-lindqvist", "Marta Lindqvist", True),
        ("paul-delmas", "Paul Delmas", True),
        ("tomas-horak", "Tomas Horak", True),
        ("prague", "Prague", True),
        ("gareth-jones", "Gareth Jones", True),
    ],
    "policies": [
        ("P2", "formally adopted a 19th package of sanctions against Russia"),
        ("P2", "The package", "The package, signed off"),
        ("P2", "the adoption", "welcomed the adoption"),
        ("P2", "the measures", "said on X the measures"),
        ("P2", "the decision", "praised the decision"),
        ("P2", "the sanctions", "brushed the sanctions aside"),
        ("P2", "the agreement", "called the agreement"),
        ("P1", "last week’s decision to allow Ukrainian forces to fire U.S.-made ATACMS missiles at targets deep inside Russia"),
        ("P1", "Washington’s green light for deeper ATACMS strikes"),
    ],
    "roles": [
        ("robert-fico", "Prime Minister", "slovakia", "Slovak Prime Minister Robert Fico"),
        ("peter-szijjarto", "Foreign Minister", "hungary", "Foreign Minister Peter Szijjarto"),
        ("kaja-kallas", "foreign policy chief", "european-union", "The EU’s foreign policy chief Kaja Kallas"),
        ("ursula-von-der-leyen", "President", "european-commission", "European Commission President Ursula von der Leyen"),
        ("andrii-sybiha", "Foreign Minister", "ukraine", "Ukrainian Foreign Minister Andrii Sybiha"),
        ("dmitry-peskov", "spokesman", "kremlin", "Kremlin spokesman Dmitry Peskov"),
        ("maria-zakharova", "spokeswoman", "russian-foreign-ministry", "Russian Foreign Ministry spokeswoman Maria Zakharova"),
        ("lars-lokke-rasmussen", "Foreign Minister", "denmark", "Danish Foreign Minister Lars Lokke Rasmussen"),
    ],
    "positions": [
        ("european-union", "supports", "P2", "formally adopted a 19th package of sanctions against Russia", True),
        ("slovakia", "neutral", "P2", "Slovakia dropped a veto that had held up the measures", True),
        ("robert-fico", "neutral", "P2", "Slovakia is not going to block it", False),
        ("hungary", "neutral", "P2", "did not veto the package either", True),
        ("hungary", "opposes", "P2", "Budapest would challenge it at the EU’s Court of Justice", True),
        ("peter-szijjarto", "opposes", "P2", "said the gas ban was “a mistake Europe will pay for”", False),
        ("kaja-kallas", "supports", "P2", "welcomed the adoption", False),
        ("ursula-von-der-leyen", "supports", "P2", "the measures hit Russia “where it hurts”", False),
        ("andrii-sybiha", "supports", "P2", "praised the decision as “a clear signal”", False),
        ("andrii-sybiha", "supports", "P1", "thanked the United States for last week’s decision", False),
        ("united-states", "supports", "P1", "last week’s decision to allow Ukrainian forces to fire U.S.-made ATACMS missiles at targets deep inside Russia", True),
        ("russia", "opposes", "P2", "Moscow brushed the sanctions aside", True),
        ("dmitry-peskov", "opposes", "P2", "said Russia had “long since adapted” to Western restrictions", False),
        ("maria-zakharova", "opposes", "P2", "called the package “economic suicide” for Europe", False),
        ("russian-foreign-ministry", "opposes", "P2", "called the package “economic suicide” for Europe", True),
        ("dmitry-peskov", "opposes", "P1", "criticised Washington’s green light for deeper ATACMS strikes", False),
        ("lars-lokke-rasmussen", "supports", "P2", "called the agreement “a strong answer to Russia’s aggression”", False),
    ],
    "quotes": [
        ("robert-fico", "We are not happy with it,"),
        ("robert-fico", "but Slovakia is not going to block it."),
        ("peter-szijjarto", "a mistake Europe will pay for"),
        ("andrii-sybiha", "A CLEAR SIGNAL", 0, True),
        ("kaja-kallas", "Every package makes it harder for Russia to finance its war,"),
        ("kaja-kallas", "This will not be the last one."),
        ("ursula-von-der-leyen", "where it hurts"),
        ("andrii-sybiha", "a clear signal"),
        ("andrii-sybiha", "bring peace closer"),
        ("dmitry-peskov", "long since adapted"),
        ("maria-zakharova", "economic suicide"),
        ("dmitry-peskov", "not interested in a settlement"),
        ("lars-lokke-rasmussen", "a strong answer to Russia’s aggression"),
        ("lars-lokke-rasmussen", "within weeks"),
        (None, "Every time, it is the same theatre,"),
    ],
    "quantities": [
        (27, "member states", "european-union", "the 27 member states"),
        (117, "tankers", "P2", "117 tankers"),
        (557, "vessels", "P2", "bringing the total to 557"),
        (5, "banks", "P2", "five banks"),
        (47.6, "USD", "P2", "$47.60 a barrel"),
    ],
}

DOCS["301_refinery_drone_strikes.txt"] = {
    "entities": [
        ("hungary", "Hungary", False),
        ("olena-vasylenko", "OLENA VASYLENKO", True),
        ("david-kerr", "DAVID KERR", True),
        ("associated-press", "Associated Press", True),
        ("kyiv", "KYIV", True),
        ("ukraine", "Ukraine", False),
        ("russia", "Russia", False, "inside Russia overnight"),
        ("moscow", "Moscow", True),
        ("ukraine-general-staff", "General Staff", False),
        ("ryazan-refinery", "Ryazan oil refinery", False),
        ("novokuibyshevsk-refinery", "Novokuibyshevsk refinery", False),
        ("samara-region", "Samara region", False),
        ("pavel-malkov", "Pavel Malkov", False),
        ("ryazan-region", "Ryazan region", False),
        ("telegram", "Telegram", True),
        ("russian-defence-ministry", "Russia's Defense Ministry", False),
        ("robert-brovdi", "Robert Brovdi", False),
        ("unmanned-systems-forces", "Unmanned Systems Forces", False),
        ("volodymyr-zelenskyy", "Volodymyr Zelenskyy", False),
        ("budapest", "Budapest", True),
        ("druzhba-pipeline", "Druzhba pipeline", False),
        ("slovakia", "Slovakia", False),
        ("peter-szijjarto", "Péter Szijjártó", False),
        ("european-commission", "European Commission", False),
        ("denisa-sakova", "Denisa Saková", False),
        ("zakarpattia", "Zakarpattia", False),
        ("facebook", "Facebook", True),
        ("washington", "Washington", True),
        ("us-state-department", "State Department", False),
        ("tammy-bruce", "Tammy Bruce", False),
        ("united-states", "United States", False),
        ("atacms", "ATACMS", False),
        ("kremlin", "Kremlin", False),
        ("dmitry-peskov", "Dmitry Peskov", False),
        ("anna-morozova", "Anna Morozova", True),
        ("gabor-nemeth", "Gabor Nemeth", True),
    ],
    "policies": [
        ("P3", "its drones had struck two more oil refineries deep inside Russia overnight"),
        ("P3", "a campaign against Moscow's fuel industry"),
        ("P3", "the strikes", "say the strikes, which began"),
        ("P3", "the attacks", "called the attacks"),
        ("P3", "The campaign", "The campaign drew"),
        ("P1", "the United States gave Kyiv permission to use U.S.-supplied ATACMS missiles against targets far inside Russia"),
    ],
    "roles": [
        ("pavel-malkov", "governor", "ryazan-region", "Pavel Malkov, the governor of the Ryazan region"),
        ("robert-brovdi", "commander", "unmanned-systems-forces", "Robert Brovdi, commander of Ukraine's Unmanned Systems Forces"),
        ("volodymyr-zelenskyy", "President", "ukraine", "President Volodymyr Zelenskyy"),
        ("peter-szijjarto", "Foreign Minister", "hungary", "Hungarian Foreign Minister Péter Szijjártó"),
        ("denisa-sakova", "Economy Minister", "slovakia", "Slovak Economy Minister Denisa Saková"),
        ("tammy-bruce", "spokeswoman", "us-state-department", "State Department spokeswoman Tammy Bruce"),
        ("dmitry-peskov", "spokesman", "kremlin", "Kremlin spokesman Dmitry Peskov"),
    ],
    "positions": [
        ("ukraine", "supports", "P3", "Ukraine said Sunday its drones had struck two more oil refineries deep inside Russia overnight", True),
        ("robert-brovdi", "supports", "P3", "Every refinery that stops is a tank that does not get fuel", False),
        ("volodymyr-zelenskyy", "supports", "P3", 'has called the attacks "our long-range sanctions."', False),
        ("hungary", "opposes", "P3", "angered neighboring Hungary", True),
        ("peter-szijjarto", "opposes", "P3", 'said the strike was "an attack on Hungary\'s sovereignty"', False),
        ("denisa-sakova", "opposes", "P3", 'said attacks on the pipeline were "unacceptable."', False),
        ("tammy-bruce", "neutral", "P3", "said the United States did not object to Ukraine hitting targets that feed Russia's war machine, but she urged Kyiv", False),
        ("united-states", "neutral", "P3", "the United States did not object to Ukraine hitting targets that feed Russia's war machine", True),
        ("us-state-department", "neutral", "P3", "the United States did not object to Ukraine hitting targets that feed Russia's war machine", True),
        ("united-states", "supports", "P1", "the United States gave Kyiv permission to use U.S.-supplied ATACMS missiles against targets far inside Russia", True),
        ("dmitry-peskov", "opposes", "P3", 'accused Kyiv of "energy terrorism"', False),
        ("kremlin", "opposes", "P3", 'accused Kyiv of "energy terrorism"', True),
    ],
    "quotes": [
        ("pavel-malkov", "an industrial enterprise,"),
        ("robert-brovdi", "Every refinery that stops is a tank that does not get fuel,"),
        ("volodymyr-zelenskyy", "our long-range sanctions."),
        ("volodymyr-zelenskyy", "Russia wanted a war against our energy. Now it has a war against its own."),
        ("volodymyr-zelenskyy", "We will continue as long as Russian strikes on our cities continue,"),
        ("peter-szijjarto", "an attack on Hungary's sovereignty"),
        ("denisa-sakova", "unacceptable."),
        ("robert-brovdi", "Druzhba is a Russian pipeline, and the war will end when Russia's money ends"),
        ("tammy-bruce", "the energy security of our allies."),
        (None, "The drones are theirs, the targets are theirs,"),
        ("dmitry-peskov", "energy terrorism"),
    ],
    "quantities": [
        (2, "refineries", "P3", "two more oil refineries"),
        (500, "km", "P3", "500 to 1,000 kilometers"),
        (1000, "km", "P3", "1,000 kilometers"),
        (310, "miles", "P3", "310 to 620 miles"),
        (620, "miles", "P3", "620 miles"),
        (121, "drones", "P3", "121 Ukrainian drones"),
        (13, "regions", "P3", "13 regions"),
        (340000, "barrels per day", "ryazan-refinery", "about 340,000 barrels of crude a day"),
        (17, "percent", "P3", "17% of Russia's refining capacity"),
        (5, "days", "druzhba-pipeline", "at least five days"),
        (2, "weeks", "P1", "two weeks after"),
    ],
}

DOCS["302_un_gaza_veto.txt"] = {
    "entities": [
        ("united-states", "U.S.", False),
        ("un-security-council", "U.N. Security Council", False),
        ("gaza", "Gaza", False),
        ("washington", "Washington", True),
        ("reuters", "Reuters", True),
        ("hamas", "Hamas", False),
        ("dorothy-shea", "Dorothy Shea", False),
        ("israel", "Israel", False),
        ("united-nations", "U.N.", False, "according to U.N. agencies"),
        ("gaza-health-ministry", "Gaza health ministry", False),
        ("algeria", "Algeria", False),
        ("amar-bendjama", "Amar Bendjama", False),
        ("un-general-assembly", "U.N. General Assembly", False),
        ("china", "China", False),
        ("fu-cong", "Fu Cong", False),
        ("beijing", "Beijing", True),
        ("russia", "Russia", False),
        ("dmitry-polyanskiy", "Dmitry Polyanskiy", False),
        ("united-kingdom", "Britain", False),
        ("barbara-woodward", "Barbara Woodward", False),
        ("danny-danon", "Danny Danon", False),
        ("rafah-crossing", "Rafah crossing", True),
        ("palestine", "Palestinian", True, "Palestinian Ambassador"),
        ("riyad-mansour", "Riyad Mansour", False),
        ("michelle-adeyemi", "Michelle Adeyemi", True),
        ("nora-whitfield", "Nora Whitfield", True),
    ],
    "policies": [
        ("P4", "vetoed a draft U.N. Security Council resolution that demanded an immediate, unconditional and permanent ceasefire in Gaza"),
        ("P4", "the text", "saying the text would"),
        ("P4", "the draft", "in favor of the draft"),
        ("P4", "The resolution", "The resolution would also"),
        ("P4", "the veto", "said the veto left"),
    ],
    "roles": [
        ("dorothy-shea", "Acting Ambassador", "united-states", "Acting U.S. Ambassador Dorothy Shea"),
        ("amar-bendjama", "Ambassador", "algeria", "Algeria's U.N. Ambassador Amar Bendjama"),
        ("fu-cong", "Ambassador", "china", "China's U.N. Ambassador Fu Cong"),
        ("dmitry-polyanskiy", "deputy envoy", "russia", "Russia's deputy envoy Dmitry Polyanskiy"),
        ("barbara-woodward", "Ambassador", "united-kingdom", "British Ambassador Barbara Woodward"),
        ("danny-danon", "Ambassador", "israel", "Israel's U.N. Ambassador Danny Danon"),
        ("riyad-mansour", "Ambassador", "palestine", "Palestinian Ambassador Riyad Mansour"),
    ],
    "positions": [
        ("united-states", "opposes", "P4", "The United States on Wednesday vetoed", False),
        ("dorothy-shea", "opposes", "P4", "we would not support any measure that fails to condemn Hamas", False),
        ("amar-bendjama", "supports", "P4", "said the veto left the council paralysed", False),
        ("algeria", "supports", "P4", "the elected members would take the text to the U.N. General Assembly", True),
        ("fu-cong", "supports", "P4", 'said Beijing was "deeply disappointed" by the U.S. vote', False),
        ("china", "supports", "P4", 'Beijing was "deeply disappointed" by the U.S. vote', True),
        ("dmitry-polyanskiy", "supports", "P4", 'said Washington bore responsibility for "every death that could have been prevented."', False),
        ("russia", "supports", "P4", 'said Washington bore responsibility for "every death that could have been prevented."', True),
        ("united-kingdom", "supports", "P4", "Britain, which voted for the text", False),
        ("barbara-woodward", "supports", "P4", 'the resolution had set out "the minimum the people of Gaza need."', False),
        ("danny-danon", "opposes", "P4", 'thanked Washington for blocking what he called "a resolution of surrender"', False),
        ("israel", "opposes", "P4", 'thanked Washington for blocking what he called "a resolution of surrender"', True),
        ("hamas", "supports", "P4", 'the veto made the United States "a partner in the killing"', False),
        ("riyad-mansour", "supports", "P4", 'the decision sent a message that "Palestinian lives do not count"', False),
    ],
    "quotes": [
        ("dorothy-shea", "The United States has been clear: we would not support any measure that fails to condemn Hamas and does not call for Hamas to disarm and leave Gaza,"),
        ("dorothy-shea", "embolden Hamas"),
        ("dorothy-shea", "a false equivalence between Israel and Hamas."),
        ("amar-bendjama", "THEIR LIVES CAN WAIT", 0, True),
        ("amar-bendjama", "This veto,"),
        ("amar-bendjama", "tells the people of Gaza that their lives can wait."),
        ("fu-cong", "deeply disappointed"),
        ("dmitry-polyanskiy", "every death that could have been prevented."),
        ("barbara-woodward", "unjustifiable"),
        ("barbara-woodward", "the minimum the people of Gaza need."),
        ("danny-danon", "a resolution of surrender"),
        ("danny-danon", "chosen appeasement."),
        ("hamas", "a partner in the killing"),
        ("riyad-mansour", "Palestinian lives do not count"),
    ],
    "quantities": [
        (14, "votes", "P4", "The other 14 members"),
        (15, "members", "un-security-council", "15-nation council"),
        (10, "members", "P4", "10 elected members"),
        (2000000, "people", "gaza", "More than 2 million people"),
        (54000, "people", "gaza", "more than 54,000 Palestinians"),
        (193, "members", "un-general-assembly", "193-member assembly"),
        (10, "days", "un-general-assembly", "within 10 working days"),
    ],
}

DOCS["303_lebanon_ceasefire_extension.txt"] = {
    "entities": [
        ("lebanon", "Lebanon", False),
        ("israel", "Israel", False),
        ("hezbollah", "Hezbollah", False),
        ("beirut", "BEIRUT", True),
        ("reuters", "Reuters", True),
        ("white-house", "White House", False),
        ("iran", "Iran", True),
        ("lebanese-army", "Lebanese army", False),
        ("litani-river", "Litani river", False),
        ("united-states", "United States", False),
        ("washington", "Washington", True),
        ("najib-mikati", "Najib Mikati", False),
        ("joseph-aoun", "Joseph Aoun", False),
        ("benjamin-netanyahu", "Benjamin Netanyahu", False),
        ("israel-katz", "Israel Katz", False),
        ("naim-qassem", "Naim Qassem", False),
        ("lebanon-health-ministry", "Lebanon’s health ministry", False),
        ("israeli-military", "Israeli military", False),
        ("united-nations", "U.N.", False),
        ("jeanine-hennis-plasschaert", "Jeanine Hennis-Plasschaert", False),
        ("unifil", "UNIFIL", False),
        ("france", "France", False),
        ("jean-noel-barrot", "Jean-Noel Barrot", False),
        ("paris", "Paris", True),
        ("nawaf-salam", "Nawaf Salam", True),
        ("rana-haddad", "Rana Haddad", True),
        ("tom-perrin", "Tom Perrin", True),
        ("yael-cohen", "Yael Cohen", True),
        ("jerusalem", "Jerusalem", True),
        ("miles-carter", "Miles Carter", True),
    ],
    "policies": [
        ("P5", "The ceasefire between Israel and Lebanon will remain in force until Feb. 18"),
        ("P5", "extending by about three weeks a deadline for Israeli troops to leave southern Lebanon"),
        ("P5", "the extension", "agreed to the extension"),
        ("P5", "the new deadline", "said the new deadline"),
        ("P5", "the delay", "called the delay"),
        ("P5", "the agreement", "welcomed the agreement"),
    ],
    "roles": [
        ("najib-mikati", "caretaker Prime Minister", "lebanon", "Lebanon’s caretaker Prime Minister Najib Mikati"),
        ("joseph-aoun", "President", "lebanon", "President Joseph Aoun"),
        ("benjamin-netanyahu", "Prime Minister", "israel", "Israeli Prime Minister Benjamin Netanyahu"),
        ("israel-katz", "Defence Minister", "israel", "Defence Minister Israel Katz"),
        ("naim-qassem", "leader", "hezbollah", "Hezbollah leader Naim Qassem"),
        ("jeanine-hennis-plasschaert", "special coordinator", "united-nations",
         "The U.N. special coordinator for Lebanon, Jeanine Hennis-Plasschaert"),
        ("jean-noel-barrot", "Foreign Minister", "france", "French Foreign Minister Jean-Noel Barrot"),
    ],
    "positions": [
        ("white-house", "supports", "P5", "The ceasefire between Israel and Lebanon will remain in force until Feb. 18, the White House said", True),
        ("united-states", "supports", "P5", "The ceasefire between Israel and Lebanon will remain in force until Feb. 18, the White House said", True),
        ("najib-mikati", "supports", "P5", "confirmed that Beirut had agreed to the extension", False),
        ("lebanon", "supports", "P5", "Beirut had agreed to the extension", True),
        ("joseph-aoun", "neutral", "P5", "said the new deadline was acceptable “provided that Israel respects it this time”", False),
        ("benjamin-netanyahu", "supports", "P5", "office said the withdrawal would continue “in full coordination with the United States”", False),
        ("israel", "supports", "P5", "office said the withdrawal would continue “in full coordination with the United States”", True),
        ("israel-katz", "supports", "P5", "troops would stay in place for as long as needed to protect residents of the north", True),
        ("naim-qassem", "opposes", "P5", "called the delay “a violation of the agreement”", False),
        ("hezbollah", "opposes", "P5", "Hezbollah says any further delay in Israeli pullout is “unacceptable”", True),
        ("jeanine-hennis-plasschaert", "neutral", "P5", "did not criticise the extension but said it must not become “an open-ended delay”", False),
        ("france", "supports", "P5", "welcomed the agreement", False),
        ("jean-noel-barrot", "supports", "P5", "Paris would “do everything to make sure this new date is the last one”", False),
    ],
    "quotes": [
        ("hezbollah", "unacceptable", 0, True),
        ("white-house", "The arrangement between Lebanon and Israel, monitored by the United States, will continue to be in effect until February 18, 2025"),
        ("joseph-aoun", "provided that Israel respects it this time"),
        ("benjamin-netanyahu", "in full coordination with the United States"),
        ("naim-qassem", "a violation of the agreement"),
        ("naim-qassem", "Any extension of the occupation is unacceptable,"),
        ("naim-qassem", "Israel must leave, and the state must carry out its responsibility."),
        ("israeli-military", "remove threats"),
        ("jeanine-hennis-plasschaert", "an open-ended delay"),
        ("jean-noel-barrot", "do everything to make sure this new date is the last one"),
    ],
    "quantities": [
        (3, "weeks", "P5", "about three weeks"),
        (22, "people", "lebanon", "killed 22 people"),
        (60, "days", "P5", "within 60 days"),
        (30, "km", "litani-river", "about 30 km"),
        (20, "miles", "litani-river", "20 miles"),
        (22, "people", "lebanon-health-ministry", "22 people", "ministry said 22 people"),
        (6, "people", "lebanon-health-ministry", "six women"),
        (124, "people", "lebanon-health-ministry", "124 wounded"),
        (10000, "troops", "unifil", "about 10,000 troops"),
        (4000, "people", "lebanon", "More than 4,000 people"),
        (1200000, "people", "lebanon", "about 1.2 million"),
    ],
}

DOCS["304_scarborough_nature_reserve.txt"] = {
    "entities": [
        ("china", "China", False),
        ("scarborough-shoal", "Scarborough Shoal", False),
        ("manila", "Manila", True),
        ("united-states", "U.S.", False),
        ("philippines", "Philippines", False),
        ("beijing", "BEIJING", True),
        ("reuters", "Reuters", True),
        ("china-state-council", "State Council", False),
        ("national-forestry-administration", "National Forestry and Grassland Administration", False),
        ("china-foreign-ministry", "Chinese foreign ministry", False),
        ("guo-jiakun", "Guo Jiakun", False),
        ("theresa-lazaro", "Theresa Lazaro", False),
        ("luzon", "Luzon", False),
        ("china-coast-guard", "China Coast Guard", False),
        ("philippine-coast-guard", "Philippine Coast Guard", False),
        ("jay-tarriela", "Jay Tarriela", False),
        ("x-platform", "X", True, "said on X"),
        ("gilberto-teodoro", "Gilberto Teodoro", False),
        ("ferdinand-marcos-jr", "Ferdinand Marcos Jr.", False),
        ("washington", "Washington", True),
        ("us-state-department", "State Department", False),
        ("marykay-carlson", "MaryKay Carlson", False),
        ("us-philippines-mutual-defense-treaty", "U.S.-Philippines Mutual Defense Treaty", True),
        ("south-china-sea", "South China Sea", False),
        ("japan", "Japan", True),
        ("liza-ramos", "Liza Ramos", True),
        ("chen-jing", "Chen Jing", True),
        ("simon-hale", "Simon Hale", True),
    ],
    "policies": [
        ("P6", "China's State Council has approved the creation of a national nature reserve at Scarborough Shoal"),
        ("P6", "a move", "a move the Philippines denounced"),
        ("P6", "The reserve", "The reserve will cover"),
        ("P6", "the decision", "said the decision was"),
        ("P6", "the plan", "adding that the plan"),
        ("P6", "The announcement", "The announcement came"),
    ],
    "roles": [
        ("guo-jiakun", "spokesman", "china-foreign-ministry", "Chinese foreign ministry spokesman Guo Jiakun"),
        ("theresa-lazaro", "Foreign Secretary", "philippines", "Philippine Foreign Secretary Theresa Lazaro"),
        ("jay-tarriela", "spokesman", "philippine-coast-guard", "Its spokesman, Commodore Jay Tarriela"),
        ("gilberto-teodoro", "Defence Secretary", "philippines", "Defence Secretary Gilberto Teodoro"),
        ("ferdinand-marcos-jr", "President", "philippines", "President Ferdinand Marcos Jr."),
        ("marykay-carlson", "Ambassador", "united-states", "U.S. Ambassador to the Philippines MaryKay Carlson"),
    ],
    "positions": [
        ("china", "supports", "P6", "China's State Council has approved the creation of a national nature reserve at Scarborough Shoal", True),
        ("china-state-council", "supports", "P6", "China's State Council has approved the creation of a national nature reserve at Scarborough Shoal", True),
        ("guo-jiakun", "supports", "P6", 'said the decision was "a normal exercise of sovereignty"', False),
        ("china-foreign-ministry", "supports", "P6", 'said the decision was "a normal exercise of sovereignty"', True),
        ("philippines", "opposes", "P6", "a move the Philippines denounced as cover for the permanent occupation", False),
        ("theresa-lazaro", "opposes", "P6", "This is illegitimate and unlawful", False),
        ("jay-tarriela", "opposes", "P6", "They want to turn a crime scene into a park", False),
        ("gilberto-teodoro", "opposes", "P6", 'said the reserve was "a smokescreen"', False),
        ("ferdinand-marcos-jr", "opposes", "P6", 'said Manila rejected the reserve "in its entirety"', False),
        ("us-state-department", "opposes", "P6", 'the United States "stands with our ally the Philippines in rejecting" the plan', False),
        ("united-states", "opposes", "P6", 'the United States "stands with our ally the Philippines in rejecting" the plan', True),
        ("marykay-carlson", "opposes", "P6", 'called it "another coercive step"', False),
    ],
    "quotes": [
        ("guo-jiakun", "a normal exercise of sovereignty"),
        ("guo-jiakun", "diverse and fragile ecosystem"),
        ("guo-jiakun", "Huangyan Dao is China's inherent territory,"),
        ("theresa-lazaro", "This is illegitimate and unlawful,"),
        ("theresa-lazaro", "clearly aims at eventual occupation"),
        ("jay-tarriela", "They want to turn a crime scene into a park,"),
        ("china-coast-guard", "expelled"),
        ("gilberto-teodoro", "a smokescreen"),
        ("gilberto-teodoro", "Protecting the environment,"),
        ("gilberto-teodoro", "does not require 50 ships and a water cannon."),
        ("ferdinand-marcos-jr", "in its entirety"),
        ("us-state-department", "stands with our ally the Philippines in rejecting"),
        ("marykay-carlson", "another coercive step"),
        ("us-state-department", "The United States reaffirms that Article IV of the 1951 U.S.-Philippines Mutual Defense Treaty extends to armed attacks on Philippine armed forces, public vessels or aircraft - including those of its Coast Guard - anywhere in the South China Sea,"),
    ],
    "quantities": [
        (3524, "hectares", "P6", "3,524 hectares"),
        (8708, "acres", "P6", "8,708 acres"),
        (120, "nautical miles", "scarborough-shoal", "about 120 nautical miles"),
        (220, "km", "scarborough-shoal", "220 km"),
        (3, "days", "P6", "three days after"),
        (50, "vessels", "china", "about 50 Chinese vessels"),
        (2, "ships", "china", "two navy ships"),
        (50, "ships", "china", "50 ships"),
        (3000000000000, "USD", "south-china-sea", "$3 trillion"),
    ],
}

DOCS["305_saudi_missile_sale.txt"] = {
    "entities": [
        ("united-states", "U.S.", False),
        ("saudi-arabia", "Saudi Arabia", False),
        ("democratic-party", "Democrats", False),
        ("us-senate", "Senate", False),
        ("washington", "WASHINGTON", True),
        ("reuters", "Reuters", True),
        ("us-state-department", "State Department", False),
        ("aim-120", "AIM-120C-8", False),
        ("pentagon", "Pentagon", False),
        ("donald-trump", "Donald Trump", False),
        ("riyadh", "Riyadh", True),
        ("dsca", "Defense Security Cooperation Agency", False),
        ("raytheon", "RTX", False),
        ("us-congress", "Congress", False),
        ("khalid-bin-salman", "Khalid bin Salman", False),
        ("x-platform", "X", True, "on X for"),
        ("yemen", "Yemen", False),
        ("iran", "Iran", False),
        ("houthis", "Houthis", False),
        ("chris-murphy", "Chris Murphy", False),
        ("connecticut", "Connecticut", True),
        ("bernie-sanders", "Bernie Sanders", False),
        ("vermont", "Vermont", True),
        ("republican-party", "Republican", True),
        ("senate-foreign-relations-committee", "Senate Foreign Relations Committee", False),
        ("jim-risch", "Jim Risch", False),
        ("rand-paul", "Rand Paul", False),
        ("kentucky", "Kentucky", True),
        ("gregory-meeks", "Gregory Meeks", False),
        ("house-foreign-affairs-committee", "House Foreign Affairs Committee", False),
        ("iran-foreign-ministry", "Iran’s foreign ministry", False),
        ("esmaeil-baghaei", "Esmaeil Baghaei", False),
        ("white-house", "White House", False),
        ("daniel-okafor", "Daniel Okafor", True),
        ("priya-natarajan", "Priya Natarajan", True),
        ("colin-marsh", "Colin Marsh", True),
    ],
    "policies": [
        ("P7", "The U.S. State Department has approved the possible sale of 1,000 AIM-120C-8 advanced medium-range air-to-air missiles and related equipment to Saudi Arabia"),
        ("P7", "the package", "said the package would"),
        ("P7", "The approval", "The approval drew fire"),
        ("P7", "the deal", "to block the deal"),
        ("P7", "the sale", "backed the sale"),
        ("P8", "a $142 billion package of arms agreements that Trump announced during his visit"),
    ],
    "roles": [
        ("donald-trump", "President", "united-states", "President Donald Trump"),
        ("khalid-bin-salman", "Defence Minister", "saudi-arabia", "Saudi Arabia’s Defence Minister Prince Khalid bin Salman"),
        ("chris-murphy", "Senator", "democratic-party", "Democratic Senator Chris Murphy"),
        ("bernie-sanders", "Senator", None, "Senator Bernie Sanders"),
        ("jim-risch", "Chairman", "senate-foreign-relations-committee", "Senate Foreign Relations Committee Chairman Jim Risch"),
        ("rand-paul", "Senator", "republican-party", "Republican Senator Rand Paul"),
        ("gregory-meeks", "Representative", "democratic-party", "Representative Gregory Meeks"),
        ("esmaeil-baghaei", "spokesman", "iran-foreign-ministry", "Iran’s foreign ministry spokesman Esmaeil Baghaei"),
    ],
    "positions": [
        ("us-state-department", "supports", "P7", "The U.S. State Department has approved the possible sale", True),
        ("united-states", "supports", "P7", "The U.S. State Department has approved the possible sale", True),
        ("dsca", "supports", "P7", "This proposed sale will support the foreign policy goals and national security objectives of the United States", True),
        ("khalid-bin-salman", "supports", "P7", "thanked Washington on X for what he called a “testament to our strategic partnership”", False),
        ("saudi-arabia", "supports", "P7", "thanked Washington on X for what he called a “testament to our strategic partnership”", True),
        ("democratic-party", "opposes", "P7", "The approval drew fire from Democrats", True),
        ("chris-murphy", "opposes", "P7", "This is not foreign policy. It is a business arrangement.", False),
        ("chris-murphy", "opposes", "P7", "filed a joint resolution of disapproval to block the deal", False),
        ("bernie-sanders", "opposes", "P7", "filed a joint resolution of disapproval to block the deal", False),
        ("bernie-sanders", "opposes", "P7", "said the United States should not be “rewarding a regime that murdered a journalist and starved Yemen”", False),
        ("us-senate", "supports", "P7", "voted 56-42 on Thursday to set aside the resolution", True),
        ("jim-risch", "supports", "P7", "backed the sale", False),
        ("rand-paul", "opposes", "P7", "voted for the resolution", False),
        ("gregory-meeks", "neutral", "P7", "said he had not placed a hold on the sale but wanted “clear assurances”", False),
        ("esmaeil-baghaei", "opposes", "P7", "said the sale would “fuel instability” in the region", False),
        ("iran-foreign-ministry", "opposes", "P7", "said the sale would “fuel instability” in the region", True),
        ("donald-trump", "supports", "P8", "a $142 billion package of arms agreements that Trump announced during his visit", True),
        ("white-house", "supports", "P8", "which the White House called “the largest defense sales agreement in history”", True),
    ],
    "quotes": [
        ("dsca", "This proposed sale will support the foreign policy goals and national security objectives of the United States by improving the security of a strategic partner,"),
        ("dsca", "the basic military balance in the region."),
        ("khalid-bin-salman", "testament to our strategic partnership"),
        ("chris-murphy", "We are selling the Saudis missiles at the same moment the president is cashing in on deals with the Saudi royal family,"),
        ("chris-murphy", "This is not foreign policy. It is a business arrangement."),
        ("bernie-sanders", "rewarding a regime that murdered a journalist and starved Yemen"),
        ("jim-risch", "an indispensable partner"),
        ("gregory-meeks", "clear assurances"),
        ("esmaeil-baghaei", "fuel instability"),
        ("white-house", "the largest defense sales agreement in history"),
    ],
    "quantities": [
        (1000, "missiles", "P7", "1,000 AIM-120C-8"),
        (3500000000, "USD", "P7", "$3.5 billion", "an estimated $3.5 billion"),
        (50, "guidance sections", "P7", "50 guidance sections"),
        (56, "votes", "P7", "56-42", "voted 56-42"),
        (42, "votes", "P7", "56-42", "voted 56-42"),
        (160, "km", "aim-120", "more than 160 km"),
        (100, "miles", "aim-120", "100 miles"),
        (142000000000, "USD", "P8", "$142 billion"),
    ],
}


def check_word_boundaries(gold):
    """A mention, anchor, role or quantity span must not cut a word ("Russia" inside "Russian")."""
    for fname, d in gold["documents"].items():
        text = open(os.path.join(ARTICLES, fname), encoding="utf-8").read()
        for cat in ("entities", "policies", "roles", "positions", "quantities"):
            for x in d[cat]:
                b, e = x["span"]
                assert not (b > 0 and text[b - 1].isalnum() and text[b].isalnum()), (fname, cat, x)
                assert not (e < len(text) and text[e - 1].isalnum() and text[e].isalnum()), (fname, cat, x)


if __name__ == "__main__":
    GOLD = gold_builder.build(ENTITIES, POLICIES, DOCS, ARTICLES, QIDS_TSV, SEED_GOLD, anonymous_speakers=True)
    check_word_boundaries(GOLD)
    gold_builder.main(GOLD, GOLD_OUT, ARTICLES, "heldout3")
