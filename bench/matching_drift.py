#!/usr/bin/env python3
"""Matching accuracy as production meets it: several sources per child, over time, through the real
feed API and feed worker of the running benchmark server on PostgreSQL (bench/bench_server.sh).

bench/matching_accuracy.sh scores each corrupted record once against a register of clean truths.
Here nothing is clean: the register starts empty and is filled by the feeds themselves, and every
link applies the record's facts (the newest batch's name and address win), so one source's
misspelling becomes what the next source's record is compared with. That drift is what this
script measures.

Synthetic children (Names, newChild, twinOf of bench/matching-accuracy's MatchingAccuracy.java,
ported: the same name pools, Zipf draws, postcodes, NHS numbers, carers; about 1 % twins sharing
surname, birth date, address and carers). Each child arrives from 2 to 4 of the K sources, each on
a day of its own; a fifth of those sources send the child again on a later day (and some of them a
third time). Each source has its own stable record id per child ("<source>-<n>"), so a source
repeating a child finds it by that id, as in service. Each record is corrupted independently:

  the mix of MatchingAccuracy.corrupt():  typo (15 %: one keying error in the given or family
    name), nickname (10 %, a short form the system knows), dob-swap (3 %, day and month swapped
    when both <= 12), moved (20 %, a new postcode anywhere and a new first line), no-postcode
    (10 %), no-nhs (50 %), no-carers (15 %), carer-typo (5 % of the rest), double-barrelled (2 %);
  and these:  two-typos (3 %, instead of the single typo: two keying errors, in one name or one
    in each); repeat-misspelling (30 % of the records of a child for whom another source already
    sent a misspelt name: that same spelling again); carer-missing (5 %: one of two carers left
    out, the only carer for a child with one); surname-changed (3 % of children change family name
    legally on a day of the run: every later record of every source carries the new name) and
    surname-back (a third of those change back later: every record after that carries the first
    name again, which the register may by then hold as a former name).
  clean: a record with none of these (no-nhs included).
A record is labelled with every kind it has; the per-kind table counts a record under each.

The register is made as an authority would have it, in SQL (a benchmark database has no admin
accounts): two sections, one live source per organisation with its key (digest as SecretHasher
stores it), owned by a section (migration V27) or national, and the organisation that runs it
(organisation.source_code), which decides precedence (FeedApplier.kindOf): a school (EDUCATION),
a GP surgery (HEALTH), the authority's children's services (OTHER), a community health service
(HEALTH); beyond four sources the kinds repeat.

Records are applied in sequence, one batch per source per day: each batch is POSTed and polled
(GET .../batches/{id}) until "done" before the next is sent, sources in a random order each day.
Nobody works the data-quality queue during the run.

Truth comes from the record ids; outcomes from the database afterwards (feed_record's outcome and
child, child_identifier SOURCE_ID rows, match_case reasons). Records are taken in the order they
were applied (batch order, then seq_no). Definitions:

  home(t)        the child record created by the first record of true child t whose outcome was
                 "created" (its first arrival, unless that one was held for review or rejected).
  held(r)        record r's true child had a home when r was applied.
  link           a record whose outcome is "updated" or "matched" (applied to an existing child).
  correct link   a link to home(t) of the record's own true child t.
  precision      correct links / all links. A wrong link is either to another true child's record
                 (wrong-child: the harmful kind) or to a second record of the same child
                 (own-duplicate: linked to a duplicate that an earlier miss created).
  recall         correct links / records r with held(r).
  review share   records held for the data-quality team (outcome "review") / all records.
  new-when-held  records with held(r) that were created as a new child.
  duplicates     true children that ended as more than one live child record (created, not
                 merged away); conflated: child records that hold records of more than one true
                 child.
  records/s      records / seconds spent sending batches and waiting for them to be done (the
                 server restarts of --recount-days left out; sequential by design, so lower than
                 feed_throughput.py's).
The table's last two rows split the records by held(r): "(child held)" and "(child not held)" (a
first arrival, or a later record of a child whose earlier records all went to another child's
record or to the queue); a link in the second row is always wrong.
Blocking recall (was the true child among the candidates at all?) cannot be seen through the API:
it stays with the offline benchmark, bench/matching_accuracy.sh.

Prints ids and counts only: names, dates of birth and postcodes travel in request bodies only.

The run:  drop and create DATABASE, start the benchmark server on it (its Flyway migrations make
the schema), register sections and sources, feed (a VACUUM ANALYZE before each day, as autovacuum
would; a day of a source over 10,000 records goes as several batches), read the outcomes, stop the
server. The whole
must hold the machine's Maven lock:

  flock /tmp/cp-maven.lock python3 bench/matching_drift.py --children 2000 --seed 1 \\
      [--sources 4] [--days 12] [--database contactpoint_drift] [--recount-days none]

--recount-days: restart the server before these days (about 40 s each), which makes
NameFrequencyCache count every name afresh. No longer needed: the cache counts a filling register
(under 200,000 children) every 5 seconds and recounts a name the register has outgrown, as a local
authority's first loads need; kept to compare with runs made before that (which restarted before
days 1, 2, 4 and 8). "none", the default, keeps one server for the whole run.
--keep-server: the server is left running on the database afterwards (for a look at the queue).
"""
import argparse
import base64
import csv
import hashlib
import io
import json
import os
import random
import secrets
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpclient import Session, psql  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.environ.get("CP_BENCH_URL", "https://localhost:8943")
NOT_BENCH = {"contactpoint", "contactpoint_dev", "contactpoint_lead", "contactpoint_golive", "test", "postgres"}
SECTIONS = [("E08000035", "Leeds"), ("E08000025", "Birmingham")]
# (code prefix, organisation type, owned by the first section (else national), what it sends besides the child)
SOURCE_KINDS = [("EDU", "SCHOOL", True, "school"), ("GP", "GP_SURGERY", False, "gp"),
                ("LACS", "LOCAL_AUTHORITY_SERVICE", True, None), ("CHS", "HEALTH_SERVICE", False, None)]
# As MatchingAccuracy (children born up to 18 years before); never after today, which validation would refuse.
BASE_DAY = min(date(2026, 11, 25), date.today())

# ---- MatchingAccuracy.Names, ported ----

GIRLS = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Willow", "Freya",
         "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Sofia", "Daisy", "Phoebe",
         "Sophie", "Alice", "Harper", "Matilda", "Ruby", "Emilia", "Maya", "Millie", "Isabelle", "Eva", "Luna", "Jessica", "Aria",
         "Chloe", "Zara", "Maisie", "Layla", "Eliza", "Esme", "Imogen", "Hannah", "Georgia", "Amber", "Lucy", "Molly", "Aisha",
         "Fatima", "Maryam", "Priya", "Anaya", "Zofia", "Niamh", "Erin", "Elizabeth", "Katherine", "Rebecca", "Abigail",
         "Victoria", "Jennifer", "Margaret", "Samantha", "Alexandra", "Natalie"]
BOYS = ["Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Harry", "Archie", "Jack", "Henry", "Charlie",
        "Freddie", "Theodore", "Thomas", "Finley", "Theo", "Alfie", "Jacob", "William", "Isaac", "Tommy", "Lucas", "Teddy", "Arlo",
        "Albie", "Roman", "Edward", "Joshua", "James", "Ezra", "Max", "Luca", "Reggie", "Alexander", "Adam", "Jaxon", "Mason",
        "Ronnie", "Harrison", "Elijah", "Rory", "Logan", "Ethan", "Louie", "Jude", "Daniel", "Benjamin", "Samuel", "Joseph", "Yusuf",
        "Ibrahim", "Ayaan", "Arjun", "Jakub", "Filip", "Liam", "Conor", "Callum", "Dylan", "Robert", "Michael", "Christopher",
        "Matthew", "Anthony", "Nicholas", "Richard", "Frederick"]
FAMILY = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
          "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips",
          "Mason", "Mitchell", "Rose", "Davis", "Rodriguez", "Cox", "Alexander", "Morgan", "Moore", "Martin", "Price", "Hughes",
          "Turner", "Harris", "Allen", "Ali", "Hussain", "Begum", "Ahmed", "Shah", "Singh", "Kaur", "Nowak", "Kowalski", "Murphy",
          "OBrien", "Kelly", "Walsh", "Cooper", "Ward", "Morris", "King", "Baker", "Harrison", "Young", "Scott", "Bennett", "Lee",
          "Watson", "Carter", "Edwards", "Bailey", "Parker", "Collins", "Stewart", "Chapman", "Hill", "Knight", "Marshall", "Owen",
          "Shaw", "Lloyd", "Holmes", "Fisher", "Gray"]
FRONTS = ["Ash", "Brad", "Brom", "Cal", "Craw", "Dal", "Elm", "Fair", "Gold", "Hal", "Hart", "Hol", "Kings", "Lang", "Lind", "Mar",
          "Mill", "Nor", "Oak", "Pen", "Rad", "Red", "Ros", "Shel", "Stan", "Stock", "Thorn", "Wal", "Wes", "Whit", "Wind", "Wood",
          "Ald", "Bel", "Car", "Dun", "Fen", "Gar", "Har", "Lock"]
BACKS = ["ley", "ton", "worth", "field", "ford", "by", "wick", "more", "ham", "well", "bridge", "dale", "hurst", "ridge", "wood",
         "stone", "croft", "land", "ster", "son", "man", "ington", "combe", "thwaite"]
SYLLABLES = ["a", "ba", "da", "el", "fi", "ka", "la", "li", "ma", "na", "ra", "sa", "ta", "vi", "za", "ri", "mo", "no", "lo", "ja",
             "ye", "ni", "sha", "ro"]
DISTRICTS = ["LS1", "LS6", "LS8", "LS11", "LS12", "LS15", "LS21", "LS27", "B5", "B8", "B10", "B13", "B17", "B23", "W1", "W2", "NW1",
             "SW1", "M1", "M14", "L8", "S2", "NE4", "BS5", "NG7", "LE2", "CV1", "BD3"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
MOTHERS = ["Sarah", "Emma", "Laura", "Rachel", "Claire", "Nicola", "Michelle", "Joanne", "Kirsty", "Amy", "Gemma", "Hayley", "Lisa",
           "Donna", "Stacey", "Leanne", "Natalie", "Kelly", "Zoe", "Charlotte", "Jade", "Amanda", "Victoria", "Samantha", "Rebecca",
           "Katie", "Hannah", "Aisha", "Fatima", "Agnieszka"]
FATHERS = ["David", "Paul", "Mark", "Andrew", "Richard", "Daniel", "James", "Lee", "Craig", "Stephen", "Christopher", "Matthew",
           "Michael", "Adam", "Ryan", "Mohammed", "Imran", "Piotr", "Tomasz", "Gary"]
STREETS = ["Road", "Street", "Lane", "Avenue", "Close", "Grove", "Terrace", "Crescent"]


def short_forms():
    """The short forms the system knows (persistence: child/entity/short-forms.txt), read as MatchingAccuracy reads them."""
    path = os.path.join(ROOT, "persistence", "src", "main", "resources", "uk", "contactpoint", "child", "entity", "short-forms.txt")
    forms = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                full, short = line.split(":", 1)
                forms[full.strip().capitalize()] = [s.strip().capitalize() for s in short.split(",")]
    return forms


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.nicknames = short_forms()

    def zipf(self, pool):
        total = sum(1.0 / k for k in range(1, len(pool) + 1))
        draw = self.rng.random() * total
        for k in range(1, len(pool) + 1):
            draw -= 1.0 / k
            if draw <= 0:
                return pool[k - 1]
        return pool[-1]

    def given(self, gender):
        if self.rng.random() < 0.7:
            return self.zipf(GIRLS if gender == "FEMALE" else BOYS)
        return "".join(self.rng.choice(SYLLABLES) for _ in range(2 + self.rng.randrange(2))).capitalize()

    def family(self):
        if self.rng.random() < 0.35:
            return self.zipf(FAMILY)
        made = self.rng.choice(FRONTS) + self.rng.choice(BACKS)
        return made if self.rng.random() < 0.5 else made + self.rng.choice(SYLLABLES).replace("a", "e")

    def carers(self, family):
        carers = [(self.zipf(MOTHERS) + " " + (family if self.rng.random() < 0.85 else self.family()), "MOTHER")]
        if self.rng.random() < 0.6:
            carers.append((self.zipf(FATHERS) + " " + family, "FATHER"))
        return carers

    def nickname(self, given):
        forms = self.nicknames.get(given)
        return self.rng.choice(forms) if forms else given

    def postcode(self):
        return "%s %d%s%s" % (self.rng.choice(DISTRICTS), self.rng.randrange(10), self.rng.choice(INWARD), self.rng.choice(INWARD))

    def line(self):
        return "%d %s %s" % (1 + self.rng.randrange(200), self.rng.choice(FRONTS) + self.rng.choice(BACKS), self.rng.choice(STREETS))

    def nhs_number(self):
        while True:
            stem = str(400_000_000 + int(self.rng.random() * 500_000_000))
            weighted = sum(int(d) * (10 - i) for i, d in enumerate(stem)) % 11
            check = (11 - weighted) % 11
            if check != 10:
                return stem + str(check)


def typo(rng, name):
    """One keying error: a letter changed, dropped, doubled or two swapped (MatchingAccuracy.typo)."""
    if len(name) < 3:
        return name
    at = 1 + rng.randrange(len(name) - 2)
    kind = rng.randrange(4)
    if kind == 0:
        return name[:at] + chr(ord("a") + rng.randrange(26)) + name[at + 1:]
    if kind == 1:
        return name[:at] + name[at + 1:]
    if kind == 2:
        return name[:at] + name[at] + name[at:]
    return name[:at] + name[at + 1] + name[at] + name[at + 2:]


# ---- the children and their arrivals ----

def new_child(names, rng):
    gender = "FEMALE" if rng.random() < 0.5 else "MALE"
    family = names.family()
    return {"given": names.given(gender), "family": family, "born": BASE_DAY - timedelta(days=rng.randrange(18 * 365)),
            "gender": gender, "postcode": names.postcode(), "line": names.line(), "nhs": names.nhs_number(),
            "carers": names.carers(family), "section": rng.randrange(len(SECTIONS))}


def twin_of(child, names, rng):
    gender = child["gender"] if rng.random() < 0.5 else ("MALE" if child["gender"] == "FEMALE" else "FEMALE")
    while True:
        given = names.given(gender)
        if given != child["given"]:
            break
    return dict(child, given=given, gender=gender, nhs=names.nhs_number())


def make_children(count, names, rng, days):
    children = []
    while len(children) < count:
        child = new_child(names, rng)
        children.append(child)
        if rng.random() < 0.01 and len(children) < count:
            twin = twin_of(child, names, rng)
            twin["twin_of"] = len(children) - 1
            children.append(twin)
    for child in children:
        # A legal change of family name on a day of the run; a third change back later.
        child["changes"] = []
        if rng.random() < 0.03 and days >= 3:
            changed = 1 + rng.randrange(days - 2)
            child["changes"].append((changed, names.family(), "surname-changed"))
            if rng.random() < 1 / 3:
                child["changes"].append((changed + 1 + rng.randrange(days - changed - 1), child["family"], "surname-back"))
    return children


def arrivals(children, sources, days, rng):
    """(day, source, child) for each record: 2-4 sources per child, each on its own day, some again later."""
    out = []
    for n, child in enumerate(children):
        for s in rng.sample(range(sources), 2 + rng.randrange(min(4, sources) - 1)):
            day = rng.randrange(days)
            out.append((day, s, n))
            while day < days - 1 and rng.random() < 0.2:
                day = day + 1 + rng.randrange(days - day - 1)
                out.append((day, s, n))
    return out


def family_on(child, day):
    family, kind = child["family"], None
    for changed, name, label in child["changes"]:
        if day >= changed:
            family, kind = name, label
    return family, kind


def corrupt(child, day, names, rng, others):
    """One arrival of a child as a source sends it on a day: the record's values, its corruption
    kinds, and the misspellings it introduced ((field, spelling, the family name it misspells)).
    others: the misspellings other sources sent of this child before."""
    kinds = []
    given = child["given"]
    family, change = family_on(child, day)
    true_family = family
    if change:
        kinds.append(change)
    born, postcode, line = child["born"], child["postcode"], child["line"]
    own = []

    def misspell(field):
        nonlocal given, family
        if field == "given":
            given = typo(rng, given)
            own.append(("given", given, None))
        else:
            family = typo(rng, family)
            own.append(("family", family, true_family))

    if rng.random() < 0.03:
        kinds.append("two-typos")
        for _ in range(2):
            misspell("given" if rng.random() < 0.5 else "family")
    elif rng.random() < 0.15:
        kinds.append("typo")
        misspell("given" if rng.random() < 0.5 else "family")
    # Another source's misspelling of this child (of the family name it has now), sent again.
    earlier = [m for m in others if m[0] == "given" or m[2] == true_family]
    if earlier and rng.random() < 0.30:
        field, spelling, _ = rng.choice(earlier)
        if field == "given":
            given = spelling
        else:
            family = spelling
        kinds.append("repeat-misspelling")
    if rng.random() < 0.10:
        nick = names.nickname(given)
        if nick != given:
            given = nick
            kinds.append("nickname")
    if rng.random() < 0.03 and born.day <= 12 and born.day != born.month:
        swapped = date(born.year, born.day, born.month)
        if swapped <= BASE_DAY:
            born = swapped
            kinds.append("dob-swap")
    if rng.random() < 0.20:
        postcode, line = names.postcode(), names.line()
        kinds.append("moved")
    if rng.random() < 0.10:
        postcode = None
        kinds.append("no-postcode")
    nhs = child["nhs"]
    if rng.random() < 0.50:
        nhs = None
        kinds.append("no-nhs")
    carers = list(child["carers"])
    if rng.random() < 0.15:
        carers = []
        kinds.append("no-carers")
    else:
        if rng.random() < 0.05:
            carers[0] = (typo(rng, carers[0][0]), carers[0][1])
            kinds.append("carer-typo")
        if rng.random() < 0.05:
            carers.pop(rng.randrange(len(carers)))
            kinds.append("carer-missing")
    if rng.random() < 0.02:
        family = family + "-" + names.family()
        kinds.append("double-barrelled")
    return ({"given": given, "family": family, "born": born, "postcode": postcode, "line": line, "nhs": nhs, "carers": carers},
            kinds or ["clean"], own)


def record_json(record_id, child, sent, source_kind, rng):
    body = {"recordId": record_id, "localAuthority": SECTIONS[child["section"]][0],
            "name": {"given": sent["given"], "family": sent["family"]},
            "dateOfBirth": sent["born"].isoformat(), "gender": child["gender"],
            "address": {"lines": [sent["line"]], "town": "Leeds" if child["section"] == 0 else "Birmingham", "status": "CURRENT"}}
    if sent["postcode"]:
        body["address"]["postcode"] = sent["postcode"]
    if sent["nhs"]:
        body["nhsNumber"] = sent["nhs"]
    if sent["carers"]:
        body["parentsCarers"] = [{"name": name, "relationship": rel} for name, rel in sent["carers"]]
    if source_kind == "school":
        body["school"] = {"urn": "%06d" % (110000 + child["section"] * 1000 + rng.randrange(5)), "name": "Drift Primary School"}
    elif source_kind == "gp":
        body["gp"] = {"odsCode": "B%05d" % (86000 + child["section"] * 100 + rng.randrange(5)), "name": "Drift Medical Practice"}
    return body


# ---- the register: sections and sources ----


def register(database, count):
    """Sections, and per source its organisation (source_code: precedence), its key and its live gate."""
    for code, name in SECTIONS:
        psql(database, f"INSERT INTO la_section (id, code, name) VALUES (nextval('cp_seq'), '{code}', '{name}')")
    first = psql(database, f"SELECT id FROM la_section WHERE code = '{SECTIONS[0][0]}'").strip()
    sources = []
    for s in range(count):
        prefix, org_type, owned, sends = SOURCE_KINDS[s % len(SOURCE_KINDS)]
        code = source_code(s)
        section = first if owned else "NULL"
        key = secrets.token_urlsafe(32)
        digest = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode().rstrip("=")
        psql(database, f"""
          INSERT INTO organisation (id, code, name, org_type, sensitive_category, section_id, source_code)
            VALUES (nextval('cp_seq'), NULL, 'Drift {org_type.lower()} {s + 1}', '{org_type}', 'NONE', {section}, '{code}');
          INSERT INTO source_system_key (id, source_code, key_digest, created_at) VALUES (nextval('cp_seq'), '{code}', '{digest}', now());
          INSERT INTO feed_source (id, source_code, status, approved_by, approved_at, version, section_id)
            VALUES (nextval('cp_seq'), '{code}', 'LIVE', 'bench', now(), 1, {section});""")
        sources.append((code, sends, Session(BASE, bearer=key)))
    return sources


def server(action, database=None):
    command = [os.path.join(ROOT, "bench", "bench_server.sh"), action] + ([database] if database else [])
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench_server.sh {action} failed: {done.stderr.strip() or done.stdout.strip()}")


def fresh_database(database):
    psql("postgres", f"DROP DATABASE IF EXISTS {database}")
    psql("postgres", f"CREATE DATABASE {database} OWNER contactpoint")


# ---- feeding ----

def send(session, code, batch_ref, records, poll):
    session.call("POST", f"/api/v1/feeds/{code}/batches", {"batchId": batch_ref, "records": records})
    wait = poll
    while True:
        report = session.call("GET", f"/api/v1/feeds/{code}/batches/{batch_ref}")
        if report["status"] == "done":
            return report["counts"]
        time.sleep(wait)
        wait = min(wait * 1.5, 1.0)


# ---- reading the outcomes ----

def outcomes(database):
    rows = psql(database, """
      SELECT b.source_code, b.batch_ref, r.seq_no, r.record_ref, r.outcome, coalesce(r.child_id::text, ''),
             coalesce(r.matched_by, ''), coalesce((SELECT string_agg(m.reason, ',') FROM match_case m WHERE m.feed_record_id = r.id), ''),
             coalesce(r.errors, ''), coalesce((SELECT max(m.candidates) FROM match_case m WHERE m.feed_record_id = r.id), '')
        FROM feed_record r JOIN feed_batch b ON b.id = r.batch_id""", csv_out=True)
    result = {}
    for row in csv.reader(io.StringIO(rows)):  # -t: no header row
        result[(row[0], row[1], int(row[2]))] = {"ref": row[3], "outcome": row[4], "child": row[5], "by": row[6], "reasons": row[7],
                                             "errors": row[8], "candidates": row[9]}
    merged = set(psql(database, "SELECT id FROM child WHERE merged_into_id IS NOT NULL").split())
    source_ids = {}
    for row in list(csv.reader(io.StringIO(psql(database, "SELECT issuer, id_value, child_id FROM child_identifier WHERE id_type = 'SOURCE_ID'",
                                                  csv_out=True)))):
        source_ids[(row[0], row[1])] = row[2]
    return result, merged, source_ids


class Tally:
    def __init__(self):
        self.records = self.held = self.links = self.correct = self.wrong_child = self.own_duplicate = 0
        self.reviews = self.created = self.new_when_held = self.rejected = 0

    def add(self, outcome, held, link_kind):
        self.records += 1
        self.held += held
        if outcome in ("UPDATED", "MATCHED"):
            self.links += 1
            self.correct += link_kind == "correct"
            self.wrong_child += link_kind == "wrong-child"
            self.own_duplicate += link_kind == "own-duplicate"
        elif outcome == "REVIEW":
            self.reviews += 1
        elif outcome == "CREATED":
            self.created += 1
            self.new_when_held += held
        else:
            self.rejected += 1

    def precision(self):
        return 100.0 * self.correct / self.links if self.links else float("nan")

    def recall(self):
        return 100.0 * self.correct / self.held if self.held else float("nan")

    def review(self):
        return 100.0 * self.reviews / self.records if self.records else float("nan")


def evaluate(sent, found, merged, source_ids, truth_count, public_ids=None, misses=None):
    """sent: (source, batch_ref, seq_no, truth, record_id, kinds) in the order applied. misses: a
    file to write, for every record of a held child that was not linked to it, its kinds, outcome,
    the case's reason and, from the case's candidates, the weight and fields of the candidate it
    was held against and the weight of the child's home among them (ids and counts only)."""
    home, created_for, holders = {}, defaultdict(set), defaultdict(set)
    overall, by_kind, reasons, by = Tally(), defaultdict(Tally), Counter(), Counter()
    missing = 0
    for source, batch_ref, seq_no, truth, record_id, kinds in sent:
        row = found.get((source, batch_ref, seq_no))
        if row is None or row["ref"] != record_id:
            missing += 1
            continue
        outcome, child = row["outcome"], row["child"]
        held = truth in home
        link_kind = None
        if outcome in ("UPDATED", "MATCHED"):
            by[row["by"]] += 1
            if held and child == home[truth]:
                link_kind = "correct"
            elif child in created_for[truth]:
                link_kind = "own-duplicate"
            else:
                link_kind = "wrong-child"
        if outcome == "CREATED":
            created_for[truth].add(child)
            home.setdefault(truth, child)
        if child and outcome != "REVIEW":
            holders[child].add(truth)
        if outcome == "REJECTED":
            # Validation's messages name fields, not values; a failure in the database names a reference.
            reasons["rejected: " + row["errors"][:120]] += 1
        for reason in filter(None, row["reasons"].split(",")):
            reasons[reason] += 1
        if misses is not None and held and link_kind != "correct":
            cases = json.loads(row["candidates"]) if row["candidates"] else []
            chosen = next((c for c in cases if "fields" in c), None)
            home_public = public_ids.get(home[truth])
            home_weight = next((c["weight"] for c in cases if c["childId"] == home_public), None)
            misses.write(json.dumps({"kinds": sorted(kinds), "outcome": outcome, "reasons": row["reasons"],
                                     "chosen_is_home": chosen is not None and chosen["childId"] == home_public,
                                     "weight": chosen["weight"] if chosen else None, "fields": chosen["fields"] if chosen else None,
                                     "home_weight": home_weight, "candidates": len(cases), "link": link_kind}) + "\n")
        overall.add(outcome, held, link_kind)
        for kind in kinds:
            by_kind[kind].add(outcome, held, link_kind)
        by_kind["(child not held)" if not held else "(child held)"].add(outcome, held, link_kind)
    duplicates = sum(1 for t, made in created_for.items() if len([c for c in made if c not in merged]) > 1)
    conflated = sum(1 for truths in holders.values() if len(truths) > 1)
    never_held = truth_count - len(home)
    # Each source's own id for a child should name that child's home record.
    stray_ids = len({(s, r) for s, _, _, t, r, _ in sent if source_ids.get((s, r)) not in (None, home.get(t))})
    return overall, by_kind, reasons, by, duplicates, conflated, never_held, stray_ids, missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--children", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sources", type=int, default=4)
    parser.add_argument("--days", type=int, default=12)
    parser.add_argument("--database", default="contactpoint_drift")
    parser.add_argument("--recount-days", default="none",
                        help="restart the server before these days (NameFrequencyCache recounts); 'none' for one server")
    parser.add_argument("--poll", type=float, default=0.05)
    parser.add_argument("--keep-server", action="store_true")
    parser.add_argument("--dry-run", action="store_true", help="make the records and count their kinds; no server")
    parser.add_argument("--misses", help="write each missed record of a held child (kinds, outcome, weights, fields) to this file, one JSON a line")
    args = parser.parse_args()
    if args.database in NOT_BENCH or not args.database.replace("_", "").isalnum():
        raise SystemExit(f"not a benchmark database: {args.database}")
    if args.sources < 2:
        raise SystemExit("a child arrives from 2 to 4 sources: --sources 2 or more")
    recount = set() if args.recount_days == "none" else {int(d) for d in args.recount_days.split(",") if d}

    rng = random.Random(args.seed)
    names = Names(rng)
    children = make_children(args.children, names, rng, args.days)
    plan = sorted(arrivals(children, args.sources, args.days, rng))
    twins = sum(1 for c in children if "twin_of" in c)
    changes = Counter(kind for c in children for _, _, kind in c["changes"])

    batches, sent = make_batches(children, plan, args, names, rng)
    kinds = Counter(k for *_, ks in sent for k in ks)
    print(f"{len(children)} children ({twins} twins; surname changes {dict(changes)}), {len(sent)} records in {len(batches)} batches, "
          f"{args.sources} sources, {args.days} days", flush=True)
    print(f"kinds: {dict(kinds.most_common())}", flush=True)
    if args.dry_run:
        return
    if subprocess.run([os.path.join(ROOT, "bench", "bench_server.sh"), "pid"], capture_output=True, text=True).stdout.strip():
        raise SystemExit("a bench server is running already: stop it first (bench/bench_server.sh stop)")
    t0 = time.time()
    fresh_database(args.database)
    server("start", args.database)
    print(f"server up on a fresh {args.database} in {time.time() - t0:.0f} s", flush=True)
    try:
        sources = register(args.database, args.sources)
        feeding, restarts, last_day = 0.0, 0.0, None
        day_counts = Counter()
        for day, s, batch_ref, records in batches:
            if day != last_day:
                if last_day is not None:
                    print(f"  day {last_day:2d}: {sum(day_counts.values()):5d} records {dict(day_counts)}", flush=True)
                day_counts = Counter()
                # What autovacuum would have done overnight, where it is off (this machine's
                # PostgreSQL: conf.d/90-ci.conf): without it the planner keeps the statistics of an
                # empty register, and at 100,000 children PostgreSQL ran at a full core, the feed at
                # a third of its speed.
                psql(args.database, "VACUUM ANALYZE")
                if day in recount:
                    t = time.time()
                    server("stop")
                    server("start", args.database)
                    restarts += time.time() - t
                last_day = day
            code, _, session = sources[s]
            t = time.time()
            day_counts.update(send(session, code, batch_ref, records, args.poll))
            feeding += time.time() - t
        print(f"  day {last_day:2d}: {sum(day_counts.values()):5d} records {dict(day_counts)}", flush=True)
        found, merged, source_ids = outcomes(args.database)
        public_ids = dict(csv.reader(io.StringIO(psql(args.database, "SELECT id, public_id FROM child", csv_out=True)))) if args.misses else None
    finally:
        if not args.keep_server:
            server("stop")
    misses = open(args.misses, "w") if args.misses else None
    overall, by_kind, reasons, by, duplicates, conflated, never_held, stray, missing = evaluate(
        sent, found, merged, source_ids, len(children), public_ids, misses)
    if misses:
        misses.close()
    report(args, overall, by_kind, reasons, by, duplicates, conflated, never_held, stray, missing, feeding, restarts, len(children))


def make_batches(children, plan, args, names, rng):
    """Every batch of the run in the order it is sent (day, then the day's sources in a random
    order), and every record's truth: (source, batch_ref, seq_no, child, record_id, kinds)."""
    by_day = defaultdict(lambda: defaultdict(list))
    for day, s, n in plan:
        by_day[day][s].append(n)
    misspelt = defaultdict(list)  # child -> [(source, field, spelling, family it misspells)]
    batches, sent = [], []
    for day in range(args.days):
        order = sorted(by_day[day])
        rng.shuffle(order)
        for s in order:
            code, sends = source_code(s), SOURCE_KINDS[s % len(SOURCE_KINDS)][3]
            batch = by_day[day][s]
            rng.shuffle(batch)
            batch_ref, records = f"d{day:03d}", []
            for n in batch:
                if len(records) == MAX_BATCH:
                    # The feed API takes at most 10,000 records a batch: a larger day goes as parts.
                    batches.append((day, s, batch_ref, records))
                    batch_ref, records = f"d{day:03d}-{len(batches)}", []
                # Misspellings repeated are other sources' (a source's own are its own typing).
                value, kinds, own = corrupt(children[n], day, names, rng, [m[1:] for m in misspelt[n] if m[0] != s])
                misspelt[n].extend((s,) + m for m in own)
                record_id = f"{code}-{n}"
                records.append(record_json(record_id, children[n], value, sends, rng))
                sent.append((code, batch_ref, len(records) - 1, n, record_id, kinds))
            batches.append((day, s, batch_ref, records))
    return batches, sent


MAX_BATCH = 10_000


def source_code(s):
    return f"DRIFT-{SOURCE_KINDS[s % len(SOURCE_KINDS)][0]}-{s + 1}"


def report(args, overall, by_kind, reasons, by, duplicates, conflated, never_held, stray, missing, feeding, restarts, children):
    print(f"RESULT children={children} records={overall.records} seed={args.seed} sources={args.sources} days={args.days} "
          f"precision={overall.precision():.3f}% recall={overall.recall():.3f}% review={overall.review():.3f}% "
          f"links={overall.links} wrong_child={overall.wrong_child} own_duplicate={overall.own_duplicate} "
          f"new_when_held={overall.new_when_held} duplicates={duplicates} conflated={conflated} rejected={overall.rejected} "
          f"seconds={feeding:.1f} records_per_s={overall.records / feeding:.1f}")
    print(f"links found by: {dict(by)}; review reasons and rejections: {dict(reasons)}; children never held: {never_held}; "
          f"source ids naming another record than the child's home: {stray}; records without an outcome row: {missing}; "
          f"server restarts (name-frequency recounts) took {restarts:.0f} s, not counted in seconds")
    header = f"{'kind':22} {'records':>7} {'held':>6} {'links':>6} {'correct':>7} {'wrong':>5} {'own-dup':>7} {'review':>6} " \
             f"{'new|held':>8} {'precision':>9} {'recall':>7} {'review%':>7}"
    print(header)
    rows = [("ALL", overall)] + sorted(by_kind.items(), key=lambda kv: (kv[0].startswith("("), -kv[1].records))
    for kind, t in rows:
        print(f"{kind:22} {t.records:7d} {t.held:6d} {t.links:6d} {t.correct:7d} {t.wrong_child:5d} {t.own_duplicate:7d} "
              f"{t.reviews:6d} {t.new_when_held:8d} {t.precision():8.2f}% {t.recall():6.2f}% {t.review():6.2f}%")


if __name__ == "__main__":
    main()
