"""Shared machinery of the held-out gold builders (heldout/build_gold.py, heldout2/build_gold.py):
span location from exact evidence strings, the checks every annotation must pass, the gold/1
document, the perfect extraction/1 export used by the self-test, and the self-test itself.
Each builder holds only its registry and annotations and calls build() and main().
"""
import json
import os
import subprocess
import sys
import tempfile

STANCES = {"supports", "opposes", "neutral"}
TYPES = {"Person", "Organization", "Country", "Place", "WeaponSystem", "Event"}
# short names for the entity types in the builders' registries
P, O, C, PL, W, EV = "Person", "Organization", "Country", "Place", "WeaponSystem", "Event"


def ent(typ, name, qid=None, aliases=()):
    """One registry record: type, name, Wikidata id (or None), aliases."""
    return {"type": typ, "name": name, "wikidata": qid, "aliases": list(aliases)}


def load_registry(path):
    """The entity registry of an earlier gold file, to copy shared records from verbatim."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)["entities"]


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


def verified_qids(QIDS_TSV):
    q = set()
    with open(QIDS_TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1:
                q.add(cols[1])
    return q


def build(ENTITIES, POLICIES, DOCS, ARTICLES, QIDS_TSV, SEED_GOLD, anonymous_speakers=False):
    """Checks every annotation and computes every span; returns the gold/1 document."""
    vq = verified_qids(QIDS_TSV)
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
            # None: an anonymous source, allowed only where the set says so
            assert (sp is None and anonymous_speakers) or sp in doc_ents, f"{fname}: speaker {sp} not in the article"
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


def to_export(gold, urn):
    """gold/1 -> extraction/1, as a perfect system would export it (ids are IRIs)."""
    E = lambda gid: f"urn:{urn}:entity:" + gid
    Pi = lambda pid: f"urn:{urn}:policy:" + pid
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


def main(gold, GOLD_OUT, ARTICLES, urn):
    """Writes the gold file, prints its counts and, with --selftest, scores it against itself."""
    with open(GOLD_OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    counts(gold)
    if "--selftest" in sys.argv:
        scorer = "/work/shared/gold/score.py"
        for a in sys.argv:
            if a.startswith("--scorer="):
                scorer = a.split("=", 1)[1]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(to_export(gold, urn), f, ensure_ascii=False)
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
