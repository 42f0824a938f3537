#!/usr/bin/env python3
"""A linkage attacker for zelfscan exports (format 3), independent of the Swift code.

It plays the attacker of docs/privacy.md: someone holding one or two export folders and the
public facts of every municipality. The public facts are read from a demo pool (the workspaces):
name, Belfius cluster and group, province, level, the years it took part, the number of members
per year, and the members' majority answers to the context questions. The pool's individual
answers and roles are used only where the brief says so: to match item rows to respondents (the
attacker's best shot at a role proxy) and, as an oracle, to check whether a unique match is
correct.

    linkage_attack.py --pool POOL [--first-pool POOL1] EXPORT [EXPORT2]

Attacks 1-3 (panel linkage, cross-file join, role proxy) run on the last export named; with two,
attack 4 (differencing) links the first to the second. --first-pool names the workspaces the
first export was made of: the attacker then also knows which municipalities each pool held.

Prints a JSON summary on stdout. Exit 1 when anyone is singled out (see `verdict`), 0 otherwise,
2 when the input cannot be read. Python 3 standard library only; PyYAML when installed, else the
small reader below (set ZELFSCAN_ATTACK_NO_PYYAML=1 to force it).
"""

import argparse
import csv
import json
import math
import os
import re
import statistics
import sys
from collections import Counter, defaultdict

# Rounds with fewer submitted responses have no cell result and are never released
# (docs/scoring.md); an attacker who knows member counts knows which years can appear.
MINIMUM_ROUND = 3
# A role proxy "identifies" a role when, among at least this many respondents sharing a status,
# at least this share hold one role, and that is at least twice the role's base rate.
ROLE_MIN_SUPPORT = 3
ROLE_HIT_RATE = 0.5
# Respondents of one round that must share their pattern of shown items (docs/privacy.md, rule 3).
MINIMUM_PATTERN = 3
# An ordering leak: consecutive respondent numbers from one round this many standard deviations
# above chance.
ORDER_Z = 4.0


class Unreadable(Exception):
    pass


# ---------------------------------------------------------------- YAML

def _scalar(text):
    text = text.strip()
    if text == "" or text in ("~", "null"):
        return None
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    if text.startswith('"'):
        return json.loads(text)
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        return [_scalar(part) for part in _split_flow(inner)] if inner else []
    if text.startswith("{") and text.endswith("}"):
        inner = text[1:-1].strip()
        result = {}
        for part in _split_flow(inner) if inner else []:
            key, value = _split_key(part)
            result[key] = _scalar(value)
        return result
    if text in ("true", "false"):
        return text == "true"
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?", text):
        return float(text)
    return text


def _split_flow(text):
    parts, depth, quote, current = [], 0, None, ""
    for ch in text:
        if quote:
            current += ch
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            current += ch
        elif ch in "[{":
            depth += 1
            current += ch
        elif ch in "]}":
            depth -= 1
            current += ch
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def _split_key(text):
    """'key: value' → ('key', 'value'); 'key:' → ('key', ''); None when it is no mapping entry."""
    quote = None
    for index, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"" and index == 0:
            quote = ch
        elif ch == ":" and (index + 1 == len(text) or text[index + 1] == " "):
            key = _scalar(text[:index])
            return ("" if key is None else str(key)), text[index + 1:].strip()
    return None


def _strip_comment(line):
    quote = None
    for index, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (index == 0 or line[index - 1] == " "):
            return line[:index].rstrip()
    return line.rstrip()


def tiny_yaml(text):
    """The block YAML zelfscan writes: mappings, sequences, quoted and flow scalars, | and >."""
    lines = []
    raw = text.splitlines()
    index = 0
    while index < len(raw):
        line = _strip_comment(raw[index])
        index += 1
        if not line.strip() or line.strip() == "---":
            continue
        indent = len(line) - len(line.lstrip(" "))
        content = line.strip()
        entry = _split_key(content[2:] if content.startswith("- ") else content)
        if entry and entry[1] in ("|", ">", "|-", ">-"):
            block = []
            while index < len(raw) and (not raw[index].strip() or len(raw[index]) - len(raw[index].lstrip(" ")) > indent):
                block.append(raw[index].strip())
                index += 1
            joiner = "\n" if entry[1].startswith("|") else " "
            content = content[: len(content) - len(entry[1])] + json.dumps(joiner.join(block))
        lines.append((indent, content))

    def block(position, indent):
        if position >= len(lines):
            return None, position
        if lines[position][1].startswith("- ") or lines[position][1] == "-":
            result = []
            while position < len(lines) and lines[position][0] == indent and (lines[position][1].startswith("- ") or lines[position][1] == "-"):
                rest = lines[position][1][2:].strip()
                if rest == "":
                    value, position = block(position + 1, lines[position + 1][0] if position + 1 < len(lines) else indent + 2)
                    result.append(value)
                    continue
                entry = None if rest.startswith(("[", "{")) else _split_key(rest)
                if entry is None:
                    result.append(_scalar(rest))
                    position += 1
                    continue
                # A mapping that starts on the dash line: its keys sit at indent + 2.
                lines[position] = (indent + 2, rest)
                value, position = block(position, indent + 2)
                result.append(value)
            return result, position
        result = {}
        while position < len(lines) and lines[position][0] == indent and not lines[position][1].startswith("- "):
            entry = _split_key(lines[position][1])
            if entry is None:
                raise Unreadable("not a mapping entry: " + lines[position][1])
            key, value = entry
            position += 1
            if value != "":
                result[key] = _scalar(value)
            elif position < len(lines) and (lines[position][0] > indent or
                                            (lines[position][0] == indent and lines[position][1].startswith("- "))):
                result[key], position = block(position, lines[position][0])
            else:
                result[key] = None
        return result, position

    value, _ = block(0, lines[0][0]) if lines else ({}, 0)
    return value


def read_yaml(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if not os.environ.get("ZELFSCAN_ATTACK_NO_PYYAML"):
        try:
            import yaml
            return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except ImportError:
            pass
    return tiny_yaml(text)


# ---------------------------------------------------------------- the pool: public facts

# The Belfius typology (public): clusters V1–V16 in six groups.
def belfius_group(cluster):
    match = re.fullmatch(r"[Vv]?(\d+)", str(cluster or "").strip())
    if not match:
        return "unknown"
    number = int(match.group(1))
    for top, group in ((5, "woongemeenten"), (8, "landelijke-gemeenten"), (12, "economische-aantrekking"),
                       (14, "verstedelijkte-gemeenten"), (15, "grote-en-regionale-steden"), (16, "kustgemeenten")):
        if number <= top:
            return group
    return "unknown"


def column_name(item_id):
    return re.sub(r"[^0-9a-z]", "_", item_id.lower())


def cases_band(value):
    if value is None:
        return "unknown"
    if value == 0:
        return "0"
    if value <= 5:
        return "1-5"
    if value <= 20:
        return "6-20"
    return "21+"


def workspaces(pool):
    """Folders holding zelfscan.yaml, up to two levels down (as the tool walks them)."""
    found = []
    for depth_one in sorted(os.listdir(pool)):
        first = os.path.join(pool, depth_one)
        if os.path.isfile(os.path.join(first, "zelfscan.yaml")):
            found.append(first)
        elif os.path.isdir(first):
            for depth_two in sorted(os.listdir(first)):
                second = os.path.join(first, depth_two)
                if os.path.isfile(os.path.join(second, "zelfscan.yaml")):
                    found.append(second)
    if os.path.isfile(os.path.join(pool, "zelfscan.yaml")):
        found.append(pool)
    return found


def majority(values):
    """The value named by more than half of those who gave one; else undetermined."""
    values = [v for v in values if v is not None]
    if not values:
        return "undetermined"
    value, count = Counter(values).most_common(1)[0]
    return value if count * 2 > len(values) else "undetermined"


class Pool:
    """Every municipality's rounds: public facts per round, and the respondents behind them."""

    def __init__(self, folder, codebook):
        questionnaire = codebook["export"]["questionnaire"]
        self.municipalities = {}
        missing = {code for item in codebook.get("items", []) for code in (item.get("missing_codes") or [])} | {"dk"}
        facts = {fact["item"]: fact for fact in codebook.get("cell_facts") or []}
        for workspace in workspaces(folder):
            meta = read_yaml(os.path.join(workspace, "zelfscan.yaml"))
            name = meta.get("municipality")
            by_year = defaultdict(list)
            responses = os.path.join(workspace, "responses")
            for year_folder in sorted(os.listdir(responses)) if os.path.isdir(responses) else []:
                for file_name in sorted(os.listdir(os.path.join(responses, year_folder))):
                    if not file_name.endswith(".yaml"):
                        continue
                    response = read_yaml(os.path.join(responses, year_folder, file_name))
                    q = response.get("questionnaire") or {}
                    if response.get("status") != "submitted" or q.get("id") != questionnaire["id"] or str(q.get("version")) != str(questionnaire["version"]):
                        continue
                    by_year[int(response["year"])].append(response)
            rounds = {}
            for year, members in by_year.items():
                if len(members) < MINIMUM_ROUND:
                    continue
                rounds[year] = self.round_facts(meta, year, members, facts, missing)
            if rounds:
                self.municipalities[name] = rounds

    @staticmethod
    def round_facts(meta, year, members, facts, missing):
        answers = [m.get("answers") or {} for m in members]
        public = {
            "year": str(year),
            "belfius_group": belfius_group(meta.get("cluster")),
            "belfius_cluster": "V%s" % str(meta.get("cluster") or "").lstrip("Vv") if meta.get("cluster") else "unknown",
            "province": meta.get("province") or "unknown",
            "level": meta.get("level") or "unknown",
            "respondents": str(len(members)),
        }
        public["members"] = public["n"] = public["respondents"]
        context_ids = sorted({key for a in answers for key in a if key.startswith("context.")})
        for item in context_ids:
            given = [a.get(item) for a in answers]
            given = [g for g in given if g is not None and not (isinstance(g, str) and g in missing)]
            column = column_name(item)
            if item in facts:
                categories = facts[item].get("categories") or {}
                public[column] = majority([categories.get(g) for g in given if isinstance(g, str)])
            elif given and all(isinstance(g, list) for g in given):
                options = sorted({o for g in given for o in g})
                public[column] = " ".join(o for o in options if sum(o in g for g in given) * 2 > len(given)) or "none"
            elif given and all(isinstance(g, (int, float)) and not isinstance(g, bool) for g in given):
                median = statistics.median(given)
                public[column] = cases_band(median)
                public[column + "_median"] = str(median)
            else:
                public[column] = majority([str(g) for g in given])
        return {"public": public, "members": members}


# ---------------------------------------------------------------- export files

def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        raise Unreadable(path + " is empty")
    return rows[0], rows[1:]


class Export:
    def __init__(self, folder):
        self.folder = folder
        self.codebook = read_yaml(os.path.join(folder, "codebook.yaml"))
        export = (self.codebook or {}).get("export") or {}
        self.k = max(5, int(export.get("k") or 5))
        self.header, self.rows = read_csv(os.path.join(folder, "cells.csv"))
        declared = {c["name"]: c.get("class") for c in (self.codebook.get("files") or {}).get("cells.csv") or []}
        # Undeclared columns are treated as quasi-identifiers: the attacker uses whatever it can.
        self.classes = {name: declared.get(name, "quasi-identifier") for name in self.header}
        self.coarse = {}
        for fact in self.codebook.get("cell_facts") or []:
            self.coarse[fact.get("column") or column_name(fact["item"])] = dict(fact.get("coarse") or {})
        self.dimensions = [d.get("column") or column_name(d["id"]) for d in self.codebook.get("dimensions") or []] + ["overall"]
        self.cells = defaultdict(dict)
        cell_index = self.header.index("cell")
        year_index = self.header.index("year")
        for row in self.rows:
            self.cells[row[cell_index]][row[year_index]] = dict(zip(self.header, row))
        self.years = sorted({row[year_index] for row in self.rows})
        items_path = os.path.join(folder, "items.csv")
        self.items_header, self.items_rows = read_csv(items_path) if os.path.exists(items_path) else ([], [])


def consistent(released, truth, coarse):
    return released == truth or released == "removed" or (truth is not None and coarse.get(truth) == released)


def candidates(cell_rounds, export, pool, used):
    """Municipalities whose rounds in the export's years are exactly the cell's years and whose
    public facts fit every released value."""
    years = set(cell_rounds)
    found = []
    for name, rounds in pool.municipalities.items():
        if {str(y) for y in rounds if str(y) in export.years or not export.years} != years:
            continue
        if all(consistent(cell_rounds[y][column], rounds[int(y)]["public"].get(column), export.coarse.get(column, {}))
               for y in years for column in used):
            found.append(name)
    return found


def used_columns(export, pool):
    known = set()
    for rounds in pool.municipalities.values():
        for r in rounds.values():
            known |= set(r["public"])
    qi = [c for c in export.header if export.classes[c] == "quasi-identifier" and c != "year"]
    return [c for c in qi if c in known], [c for c in qi if c not in known]


# ---------------------------------------------------------------- the oracle

def approximate_means(members, codebook):
    """Cell means recomputed from the responses (an oracle only the test holds, to check whether a
    unique match is also correct): answered items rescaled and reversed, weighted, with the
    dimension's coverage rule over the items present in the response."""
    items = {item["id"]: item for item in codebook.get("items") or []}
    means = {}
    overall_parts = []
    for dimension in codebook.get("dimensions") or []:
        scores = []
        for member in members:
            answers = member.get("answers") or {}
            skipped = set(member.get("skipped") or [])
            shown = answered = total = 0.0
            for item_id in dimension.get("items") or []:
                item = items.get(item_id)
                if item is None or (item_id not in answers and item_id not in skipped):
                    continue
                weight = float(item.get("weight") or 1)
                shown += weight
                value = answers.get(item_id)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    low, high = float(item["min"]), float(item["max"])
                    v = low + high - value if item.get("reverse") else value
                    total += weight * (v - low) / (high - low) * 100
                    answered += weight
            if shown and answered >= float(dimension.get("min_coverage") or 0.6) * shown - 1e-9:
                scores.append(total / answered)
        column = dimension.get("column") or column_name(dimension["id"])
        means[column] = statistics.mean(scores) if scores else None
        overall_parts.append(means[column])
    means["overall"] = statistics.mean(overall_parts) if overall_parts and None not in overall_parts else None
    return means


def oracle_match(cell_rounds, export, pool, cache):
    """The municipality whose recomputed means are nearest the cell's released means."""
    best, distance = None, math.inf
    for name, rounds in pool.municipalities.items():
        if {str(y) for y in rounds if str(y) in export.years} != set(cell_rounds):
            continue
        total = 0.0
        for year, row in cell_rounds.items():
            key = (name, year)
            if key not in cache:
                cache[key] = approximate_means(rounds[int(year)]["members"], export.codebook)
            for column in export.dimensions:
                released, known = row.get(column, ""), cache[key].get(column)
                if released != "" and known is not None:
                    total += abs(float(released) - known)
                elif (released == "") != (known is None):
                    total += 50
        if total < distance:
            best, distance = name, total
    return best


# ---------------------------------------------------------------- 1. panel linkage

def panel_attack(export, pool):
    used, ignored = used_columns(export, pool)
    # The oracle needs released means; a panel without them cannot be checked this way.
    checkable = any(column in export.header for column in export.dimensions)
    cache = {}
    sizes, unique, correct = [], {}, 0
    for cell, rounds in export.cells.items():
        found = candidates(rounds, export, pool, used)
        sizes.append(len(found))
        if len(found) == 1:
            unique[cell] = found[0]
            if checkable and oracle_match(rounds, export, pool, cache) == found[0]:
                correct += 1
    smallest = min(sizes) if sizes else 0
    return {
        "cells": len(export.cells),
        "municipalities": len(pool.municipalities),
        "columns_used": used,
        "columns_unknown_to_attacker": ignored,
        "singled_out": len(unique),
        "unique_matches": dict(sorted(unique.items())),
        "below_k": sum(1 for s in sizes if s < export.k),
        "no_candidate": sum(1 for s in sizes if s == 0),
        "smallest_candidate_set": smallest,
        "matched_uniquely_and_correctly": correct if checkable else None,
        "share_matched_uniquely_and_correctly": (round(correct / len(pool.municipalities), 4) if pool.municipalities else 0.0) if checkable else None,
    }


# ---------------------------------------------------------------- respondents: matching to the pool

def item_respondents(export):
    if not export.items_header:
        return {}
    index = {name: i for i, name in enumerate(export.items_header)}
    respondents = defaultdict(dict)
    for row in export.items_rows:
        respondents[row[index["respondent"]]][row[index["item"]]] = (row[index["status"]], row[index["value"]])
    return respondents


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def match_respondents(export, pool):
    """Each items.csv respondent → the pool respondents (municipality, year, role) whose answers to
    the released items agree with every row: answered values equal, missing codes equal, skipped
    and not-shown without an answer, withheld anything."""
    respondents = item_respondents(export)
    if not respondents:
        return respondents, {}
    items = sorted({item for rows in respondents.values() for item in rows})
    plain = [i for i in items if all(rows.get(i, ("", ""))[0] not in ("not-shown", "withheld") for rows in respondents.values())]
    key_items = plain[:10]

    def pool_answer(member, item):
        value = (member.get("answers") or {}).get(item)
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return float(value)
        return value

    index = defaultdict(list)
    for name, rounds in pool.municipalities.items():
        for year, r in rounds.items():
            for member in r["members"]:
                index[tuple(pool_answer(member, i) for i in key_items)].append((name, year, member))

    def released(status, value):
        return _number(value) if status == "answered" else (None if status in ("skipped", "not-shown") else status)

    matches = {}
    for number, rows in respondents.items():
        key = tuple(released(*rows[i]) if i in rows else None for i in key_items)
        found = []
        for name, year, member in index.get(key, []):
            ok = True
            for item, (status, value) in rows.items():
                if status in ("withheld", "not-shown"):
                    continue
                if released(status, value) != pool_answer(member, item):
                    ok = False
                    break
            if ok:
                found.append((name, year, member.get("role")))
        matches[number] = found
    return respondents, matches


# ---------------------------------------------------------------- 2. cross-file join

def cross_file_attack(export, respondents, matches):
    shared = sorted(set(export.header) & set(export.items_header))
    unique = {int(n): m[0] for n, m in matches.items() if len(m) == 1}
    pairs = same_round = same_municipality = 0
    for number, (name, year, _) in unique.items():
        other = unique.get(number + 1)
        if other is None:
            continue
        pairs += 1
        same_municipality += other[0] == name
        same_round += other[0] == name and other[1] == year
    sizes = Counter((name, year) for name, year, _ in unique.values())
    total = sum(sizes.values())
    p_round = sum(s * (s - 1) for s in sizes.values()) / (total * (total - 1)) if total > 1 else 0.0
    by_municipality = Counter(name for name, _, _ in unique.values())
    p_municipality = sum(s * (s - 1) for s in by_municipality.values()) / (total * (total - 1)) if total > 1 else 0.0
    expected = pairs * p_round
    sd = math.sqrt(pairs * p_round * (1 - p_round)) if pairs else 0.0
    z = (same_round - expected) / sd if sd > 0 else 0.0
    leak = bool(shared) or (same_round >= 5 and z > ORDER_Z)
    return {
        "shared_columns": shared,
        "respondents": len(respondents),
        "matched_to_one_pool_respondent": len(unique),
        "consecutive_pairs": pairs,
        "consecutive_same_round": same_round,
        "expected_same_round_by_chance": round(expected, 2),
        "consecutive_same_municipality": same_municipality,
        "expected_same_municipality_by_chance": round(pairs * p_municipality, 2),
        "z": round(z, 2),
        "leak": leak,
    }


# ---------------------------------------------------------------- 3. role proxy

def role_attack(respondents, matches):
    counts = Counter(len(rows) for rows in respondents.values())
    unique = {n: m[0] for n, m in matches.items() if len(m) == 1}
    base = Counter(role for _, _, role in unique.values())
    total = sum(base.values())
    best = {"item": None, "status": None, "role": None, "hit_rate": 0.0, "respondents": 0, "base_rate": 0.0}
    identifying = []
    # Only items that some respondent was not shown can stand in for a role.
    hidden = sorted({item for rows in respondents.values() for item, (status, _) in rows.items() if status == "not-shown"})
    for item in hidden:
        for status_set, label in ((("not-shown",), "not-shown"), (("answered", "skipped", "dk"), "shown")):
            holders = [unique[n][2] for n, rows in respondents.items()
                       if n in unique and rows.get(item, ("",))[0] in status_set]
            if not holders:
                continue
            role, hits = Counter(holders).most_common(1)[0]
            rate = hits / len(holders)
            base_rate = base[role] / total if total else 0.0
            if len(holders) >= ROLE_MIN_SUPPORT and rate > best["hit_rate"] and rate > base_rate:
                best = {"item": item, "status": label, "role": role, "hit_rate": round(rate, 4),
                        "respondents": len(holders), "base_rate": round(base_rate, 4)}
            if len(holders) >= ROLE_MIN_SUPPORT and rate >= ROLE_HIT_RATE and rate >= 2 * base_rate:
                identifying.append({"item": item, "status": label, "role": role, "hit_rate": round(rate, 4), "respondents": len(holders)})
    # Within a round (known here only through the matching), the pattern of shown conditional
    # items must be shared by at least MINIMUM_PATTERN respondents.
    conditional = {item for rows in respondents.values() for item, (status, _) in rows.items() if status == "not-shown"}
    patterns = defaultdict(Counter)
    for number, (name, year, _) in unique.items():
        rows = respondents[number]
        pattern = tuple(sorted(i for i in conditional if rows.get(i, ("not-shown",))[0] != "not-shown"))
        patterns[(name, year)][pattern] += 1
    small = sum(1 for counter in patterns.values() if any(c < MINIMUM_PATTERN for c in counter.values()))
    return {
        "rows_per_respondent": sorted(counts),
        "equal_rows": len(counts) <= 1,
        "matched_to_one_pool_respondent": len(unique),
        "best": best,
        "identifying": identifying[:20],
        "rounds_matched": len(patterns),
        "rounds_with_pattern_below_3": small,
    }


# ---------------------------------------------------------------- 4. differencing

def differencing_attack(first, second, pool, first_members=None):
    """Links the two exports' cells by equal (year, every mean) rows, then asks which
    municipalities each cell of the second export can be, using all that both exports released
    about it. With `first_members` (the municipalities the attacker knows the first export's pool
    held: a public list of participants, say) a cell without a partner must be one of the others,
    and a linked cell one of those."""
    def key(row, export):
        return (row["year"],) + tuple(row.get(c, "") for c in export.dimensions)

    index = defaultdict(set)
    for cell, rounds in first.cells.items():
        for row in rounds.values():
            index[key(row, first)].add(cell)
    links = {}
    unpartnered_rows = 0
    for cell, rounds in second.cells.items():
        partners = set()
        for row in rounds.values():
            found = index.get(key(row, second), set())
            if not found:
                unpartnered_rows += 1
            partners |= found
        links[cell] = partners
    used_first, _ = used_columns(first, pool)
    used_second, _ = used_columns(second, pool)

    sizes_linked, sizes_new, singled = [], [], 0
    # A cell the first export left out of its panel (too rare in that pool) is unpartnered too,
    # yet in the first pool: "singled out" to an outsider wrongly. The oracle tells them apart.
    cache, correctly = {}, []
    for cell, partners in links.items():
        found = set(candidates(second.cells[cell], second, pool, used_second))
        if len(partners) == 1:
            # The same cell in both exports: every value either released must fit.
            found &= set(candidates(first.cells[next(iter(partners))], first, pool, used_first))
            if first_members is not None:
                found &= first_members
            sizes_linked.append(len(found))
        elif not partners:
            if first_members is not None:
                found -= first_members
            sizes_new.append(len(found))
        singled += len(found) == 1
        if len(found) == 1 and oracle_match(second.cells[cell], second, pool, cache) in found:
            correctly.extend(found)
    everything = sizes_linked + sizes_new
    return {
        "cells_first": len(first.cells),
        "cells_second": len(second.cells),
        "linked_cells": len(sizes_linked),
        "ambiguous_cells": sum(1 for p in links.values() if len(p) > 1),
        "unpartnered_cells": len(sizes_new),
        "unpartnered_rows": unpartnered_rows,
        "singled_out": singled,
        "singled_out_correctly": sorted(correctly),
        "smallest_candidate_set_linked": min(sizes_linked) if sizes_linked else None,
        "smallest_candidate_set_unpartnered": min(sizes_new) if sizes_new else None,
        "below_k": sum(1 for s in everything if s < max(first.k, second.k)),
    }


# ---------------------------------------------------------------- main

def verdict(summary, k):
    reasons = []
    panel = summary["panel"]
    if panel["cells"] and panel["smallest_candidate_set"] < k:
        reasons.append("panel: a cell id is consistent with %d municipalities (k = %d)" % (panel["smallest_candidate_set"], k))
    if panel["singled_out"]:
        reasons.append("panel: %d cell ids singled out" % panel["singled_out"])
    if summary["cross_file"]["leak"]:
        reasons.append("cross-file: items can be joined to cells or rounds")
    role = summary["role_proxy"]
    if role["identifying"]:
        reasons.append("role proxy: an item's status identifies a role")
    if role["rounds_with_pattern_below_3"]:
        reasons.append("role proxy: in %d rounds a pattern of shown items is held by fewer than 3" % role["rounds_with_pattern_below_3"])
    if not role["equal_rows"]:
        reasons.append("role proxy: respondents have different numbers of rows")
    diff = summary.get("differencing")
    if diff and (diff["singled_out"] or diff["below_k"]):
        reasons.append("differencing: %d singled out, %d below k" % (diff["singled_out"], diff["below_k"]))
    return reasons


def main(arguments):
    parser = argparse.ArgumentParser(prog="linkage_attack.py", description="A linkage attacker for zelfscan exports (format 3).")
    parser.add_argument("--pool", required=True, help="the workspaces: the attacker's public facts, and the test's oracle")
    parser.add_argument("--first-pool", help="with two exports: the workspaces the first export was made of, as a public list of its participants")
    parser.add_argument("exports", nargs="+", metavar="EXPORT", help="one export folder, or two to difference")
    options = parser.parse_args(arguments)
    if len(options.exports) > 2 or (options.first_pool and len(options.exports) != 2):
        parser.error("give one export, or two (with --first-pool only with two)")
    try:
        exports = [Export(folder) for folder in options.exports]
        pool = Pool(options.pool, exports[0].codebook)
        first_members = set(Pool(options.first_pool, exports[0].codebook).municipalities) if options.first_pool else None
    except (OSError, KeyError, ValueError, TypeError, Unreadable) as error:
        print("linkage_attack.py: cannot read the input: %s" % error, file=sys.stderr)
        return 2
    export = exports[-1]
    respondents, matches = match_respondents(export, pool)
    summary = {
        "k": export.k,
        "pool_municipalities": len(pool.municipalities),
        "panel": panel_attack(export, pool),
        "cross_file": cross_file_attack(export, respondents, matches),
        "role_proxy": role_attack(respondents, matches),
        "differencing": differencing_attack(exports[0], exports[1], pool, first_members) if len(exports) == 2 else None,
    }
    reasons = verdict(summary, export.k)
    summary["singled_out"] = bool(reasons)
    summary["reasons"] = reasons
    print(json.dumps(summary, indent=2, sort_keys=True))
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
