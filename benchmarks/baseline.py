#!/usr/bin/env python3
"""The Python baseline of issue 7: what `zelfscan score --dir CELL --peers POOL` and
`zelfscan compare POOL` compute, written the obvious way in Python with PyYAML's C loader
(`yaml.CSafeLoader`, libyaml underneath), so the speed of zelfscan can be measured beside it in
one run (`swift run -c release zelfscan-benchmark`).

It applies the rules of docs/scoring.md as Sources/ZelfscanCore implements them: conditions
(`show_if`) evaluated in the order asked, facts (`answered_by`) asked of their role only,
reverse keying, "don't know", "not applicable" and skipped items not answered, the coverage rule
per dimension, only submitted responses, cell-round means of the respondents' dimension scores,
overall = mean of the core dimension means (local modules stay out of it and of the peers, and
dimensions asked of part of the cell, `overall: false`, stay out of it only), a
cell shown only with at least 3 responses, peer medians and quartiles (type 7) over at least 5
municipalities, and the comparison rows of `compare` with their change and group medians, where
a dimension mean from fewer than 3 scores is withheld, and with it the overall score. It reads the rounds that
the two commands read (the compared round of every workspace, earlier rounds back to the one
change is measured against, and the scored cell's history), each file once, and computes both
outputs from that one pass. It does not validate the files beyond the questionnaire id and
version, which makes it faster than a fair equivalent would be.

Usage:
  benchmarks/baseline.py POOL [--cell DIR] [--jobs N] [--quiet]
  benchmarks/baseline.py POOL --check COMPARE.json [COMPARE.json ...]

--cell is the workspace scored against its peers (default: the first workspace in POOL, the one
the benchmark runner scores). --jobs N spreads the files over N processes (multiprocessing);
the honest baseline is the default, one process. --check compares the cell-round scores with the
output of `zelfscan compare POOL --format json [--year Y] [--by group|province|level]` to two
decimals and exits 1 on any difference.
"""
import argparse
import json
import os
import sys

import yaml

LOADER = yaml.CSafeLoader
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MINIMUM_CELL_RESPONDENTS = 3
MINIMUM_PEER_MUNICIPALITIES = 5
DISAGREEMENT_THRESHOLD = 20
COVERAGE_TOLERANCE = 1e-9
# Sorts rows without a group after the others, as CellComparison does.
UNKNOWN_GROUP_KEY = "\U0010FFFF"


def plain_sum(values):
    """Left-to-right addition, as Swift's reduce(0, +): the last bits agree with zelfscan."""
    total = 0.0
    for value in values:
        total += value
    return total


def mean(values):
    return plain_sum(values) / len(values) if values else None


def sample_variance(values):
    if len(values) < 2:
        return None
    average = mean(values)
    return plain_sum((v - average) * (v - average) for v in values) / (len(values) - 1)


def quantile7(values, p):
    """Hyndman & Fan type 7, as Quantile.type7."""
    if not values:
        return None
    ordered = sorted(values)
    h = (len(ordered) - 1) * min(max(p, 0.0), 1.0)
    lower = int(h)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (h - lower) * (ordered[upper] - ordered[lower])


def percentile_rank(value, values):
    below = sum(1 for v in values if v < value)
    equal = sum(1 for v in values if v == value)
    return 100 * (below + 0.5 * equal) / len(values)


def belfius_group(cluster):
    """The Belfius group of a cluster such as V15 (BelfiusCluster.group)."""
    if cluster is None:
        return None
    text = str(cluster).strip()
    number = int(text[1:] if text[:1] in ("V", "v") else text)
    if number <= 5:
        return "woongemeenten"
    if number <= 8:
        return "landelijke-gemeenten"
    if number <= 12:
        return "economische-aantrekking"
    if number <= 14:
        return "verstedelijkte-gemeenten"
    if number == 15:
        return "grote-en-regionale-steden"
    return "kustgemeenten"


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Questionnaire:
    """The parts of a questionnaire that scoring needs."""

    def __init__(self, path):
        with open(path, "rb") as handle:
            document = yaml.load(handle, Loader=LOADER)
        self.id = str(document["id"])
        self.version = str(document["version"])
        self.scales = {}
        for scale_id, scale in document["scales"].items():
            values = [float(option["value"]) for option in scale["options"]]
            self.scales[scale_id] = {
                "values": set(values), "minimum": min(values), "maximum": max(values),
                "missing": {str(m["code"]) for m in scale.get("missing", [])},
                "null_variance": self._null_variance(values),
            }
        self.bands = [(float(b["from"]), float(b["to"]), b["code"]) for b in document["bands"]]
        self.role_groups = {role["id"]: role.get("group") for role in document["roles"]}
        self.kinds = {}
        self.missing = {}
        # (id, condition) in the order asked: context first, then the dimensions.
        self.asked = []
        # Facts (answered_by) asked of one role only, by item id; with `others: knowledge` every
        # member is asked (docs/questionnaire-format.md, "Facts answered once, by one role").
        self.asked_role = {}
        context = document.get("context") or {}
        for item in context.get("items", []):
            self.kinds[item["id"]] = item["type"]
            self.missing[item["id"]] = {str(m["code"]) for m in item.get("missing", [])}
            self.asked.append((item["id"], item.get("show_if")))
            role = item.get("answered_by", context.get("answered_by"))
            if role is not None and item.get("others") is None:
                self.asked_role[item["id"]] = str(role)
        self.dimensions = []
        for dimension in document["dimensions"]:
            items = []
            for item in dimension["items"]:
                scale = self.scales[item["scale"]]
                self.kinds[item["id"]] = "scale"
                self.missing[item["id"]] = scale["missing"]
                self.asked.append((item["id"], item.get("show_if")))
                items.append((item["id"], scale, bool(item.get("reverse", False)), float(item.get("weight", 1))))
            self.dimensions.append((dimension["id"], float(dimension.get("min_coverage", 0.6)), items))
        self.dimension_ids = [d[0] for d in self.dimensions]
        # Local modules (format 2, `local: true`) are scored but stay out of the overall score
        # and the peer comparison (docs/scoring.md, section 2 and "Peer benchmarks").
        self.core = [index for index, dimension in enumerate(document["dimensions"]) if not dimension.get("local", False)]
        # A dimension asked of part of the cell (`overall: false`) is compared with peers but stays
        # out of the overall score, and so does not withhold it.
        self.in_overall = [index for index in self.core if document["dimensions"][index].get("overall", True)]
        self.asked = [(item_id, self._condition(condition)) for item_id, condition in self.asked]

    @staticmethod
    def _null_variance(values):
        """Population variance of the options as 0–100 item scores (AgreementIndex.nullVariance)."""
        low, high = min(values), max(values)
        if high <= low:
            return None
        scores = [(v - low) / (high - low) * 100 for v in values]
        average = mean(scores)
        return plain_sum((s - average) * (s - average) for s in scores) / len(scores)

    def _value(self, item_id, value):
        """A condition value as ConditionDecoder reads it: a missing code, a number for scale and
        number items, an option code otherwise."""
        text = str(value)
        if text in self.missing.get(item_id, ()):
            return ("code", text)
        if self.kinds.get(item_id) in ("scale", "number"):
            return ("number", float(value))
        return ("code", text)

    def _condition(self, node):
        """A show_if mapping as a nested tuple, decided once instead of for every respondent."""
        if node is None:
            return None
        if "all" in node:
            return ("all", [self._condition(part) for part in node["all"]])
        if "any" in node:
            return ("any", [self._condition(part) for part in node["any"]])
        if "not" in node:
            return ("not", self._condition(node["not"]))
        if "role" in node or "role_group" in node:
            key = "role" if "role" in node else "role_group"
            names = node[key] if isinstance(node[key], list) else [node[key]]
            return (key, {str(name) for name in names})
        item = node["item"]
        if "answered" in node:
            return ("answered", item, bool(node["answered"]))
        if "equals" in node:
            return ("in", item, [self._value(item, node["equals"])])
        if "in" in node:
            return ("in", item, [self._value(item, v) for v in node["in"]])
        if "not_in" in node:
            return ("not_in", item, [self._value(item, v) for v in node["not_in"]])
        low = node.get("at_least")
        high = node.get("at_most")
        return ("range", item, None if low is None else float(low), None if high is None else float(high))

    def band(self, score):
        if score is None or not self.bands:
            return None
        if score == self.bands[-1][1]:
            return self.bands[-1][2]
        for low, high, code in self.bands:
            if low <= score < high:
                return code
        return None


def matches(answer, value):
    kind, expected = value
    if kind == "number":
        return is_number(answer) and float(answer) == expected
    if isinstance(answer, list):
        return expected in answer
    return isinstance(answer, str) and answer == expected


def holds(questionnaire, condition, answers, role, group):
    kind = condition[0]
    if kind == "all":
        return all(holds(questionnaire, c, answers, role, group) for c in condition[1])
    if kind == "any":
        return any(holds(questionnaire, c, answers, role, group) for c in condition[1])
    if kind == "not":
        return not holds(questionnaire, condition[1], answers, role, group)
    if kind == "role":
        return role in condition[1]
    if kind == "role_group":
        return group in condition[1]
    item = condition[1]
    answer = answers.get(item)
    if kind == "answered":
        answered = answer is not None and not (isinstance(answer, str) and answer in questionnaire.missing.get(item, ()))
        return answered == condition[2]
    if answer is None:
        return False
    if kind == "in":
        return any(matches(answer, v) for v in condition[2])
    if kind == "not_in":
        if isinstance(answer, str) and answer in questionnaire.missing.get(item, ()):
            return False
        return not any(matches(answer, v) for v in condition[2])
    if not is_number(answer):
        return False
    low, high = condition[2], condition[3]
    return (low is None or answer >= low) and (high is None or answer <= high)


def visible_answers(questionnaire, role, answers):
    """Shown item ids and the answers to them, walked in the order asked (Visibility)."""
    group = questionnaire.role_groups.get(role)
    shown = set()
    kept = {}
    for item_id, condition in questionnaire.asked:
        if questionnaire.asked_role.get(item_id, role) != role:
            continue
        if condition is not None and not holds(questionnaire, condition, kept, role, group):
            continue
        shown.add(item_id)
        if item_id in answers:
            kept[item_id] = answers[item_id]
    return shown, kept


def score_respondent(questionnaire, role, answers):
    """Per dimension the score or None, and the item scores (for rwg of the scored cell)."""
    shown, kept = visible_answers(questionnaire, role, answers)
    scores = []
    items = {}
    for _, minimum_coverage, dimension_items in questionnaire.dimensions:
        shown_weight = 0.0
        answered = []
        for item_id, scale, reverse, weight in dimension_items:
            if item_id not in shown:
                continue
            shown_weight += weight
            value = kept.get(item_id)
            if is_number(value) and float(value) in scale["values"]:
                low, high = scale["minimum"], scale["maximum"]
                keyed = low + high - value if reverse else value
                score = (keyed - low) / (high - low) * 100 if high > low else 0.0
                answered.append((score, weight))
                items[item_id] = score
        answered_weight = plain_sum(w for _, w in answered)
        if shown_weight <= 0 or answered_weight <= 0 \
                or answered_weight < minimum_coverage * shown_weight - COVERAGE_TOLERANCE:
            scores.append(None)
        else:
            scores.append(plain_sum(s * w for s, w in answered) / answered_weight)
    return scores, items


def round_years(root):
    """The years that have a responses folder, oldest first (WorkspaceFolder.years)."""
    responses = os.path.join(root, "responses")
    return sorted(int(name) for name in os.listdir(responses) if name.isdigit()) if os.path.isdir(responses) else []


def read_workspace(root, questionnaire, keep_items, needs):
    """One workspace: its descriptors and the scores of the submitted respondents of the rounds
    in `needs`, read as zelfscan reads them (WorkspacePool.RoundChoice), so both read the same
    files: ("all",) every round; ("only", Y) round Y; ("through", Y) every round up to Y (a
    cell's own history); ("up_to", Y) round Y, then earlier rounds newest first until one has
    at least 3 submitted responses (what compare shows and measures change against)."""
    with open(os.path.join(root, "zelfscan.yaml"), "rb") as handle:
        workspace = yaml.load(handle, Loader=LOADER)
    rounds = {}
    submitted = {}
    years = round_years(root)

    def read(year):
        if year in submitted:
            return submitted[year]
        count = 0
        folder = os.path.join(root, "responses", str(year))
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".yaml") or name.startswith("."):
                continue
            with open(os.path.join(folder, name), "rb") as handle:
                response = yaml.load(handle, Loader=LOADER)
            stamp = response["questionnaire"]
            if str(stamp["id"]) != questionnaire.id or str(stamp["version"]) != questionnaire.version:
                raise SystemExit(f"{folder}/{name}: answers of another questionnaire version")
            if response["status"] != "submitted":
                continue
            count += 1
            key = (str(response["municipality"]), int(response["year"]))
            scores, items = score_respondent(questionnaire, response["role"], response.get("answers") or {})
            rounds.setdefault(key, []).append((str(response["respondent"]), scores, items if keep_items else None))
        submitted[year] = count
        return count

    for need in needs:
        if need[0] == "all":
            for year in years:
                read(year)
        elif need[0] == "through":
            for year in years:
                if year <= need[1]:
                    read(year)
        elif need[1] in years:
            read(need[1])
            if need[0] == "up_to":
                for earlier in reversed([y for y in years if y < need[1]]):
                    if read(earlier) >= MINIMUM_CELL_RESPONDENTS:
                        break
    return {
        "municipality": str(workspace["municipality"]),
        "year": int(workspace["year"]),
        "group": belfius_group(workspace.get("cluster")),
        "province": workspace.get("province"),
        "level": workspace.get("level"),
        "rounds": {key: cell_round(questionnaire, members) for key, members in rounds.items()},
    }


def cell_round(questionnaire, members):
    """A cell round as CellAggregator builds it: respondents by code, per dimension the
    respondents with a score; overall = mean of the means of the dimensions counted in it (not
    local, not `overall: false`), only when every one of them has a mean."""
    members.sort(key=lambda member: member[0])
    dimensions = []
    for index, (dimension_id, _, dimension_items) in enumerate(questionnaire.dimensions):
        scores = sorted(m[1][index] for m in members if m[1][index] is not None)
        result = {"id": dimension_id, "n": len(scores), "mean": mean(scores)}
        if members[0][2] is not None:
            variance = sample_variance(scores)
            result["sd"] = None if variance is None else variance ** 0.5
            result["min"] = scores[0] if scores else None
            result["max"] = scores[-1] if scores else None
            result["rwg"] = rwg(members, dimension_items)
        dimensions.append(result)
    means = [dimensions[index]["mean"] for index in questionnaire.in_overall]
    overall = mean(means) if means and all(m is not None for m in means) else None
    return {"n": len(members), "dimensions": dimensions, "overall": overall, "in_overall": questionnaire.in_overall}


def rwg(members, dimension_items):
    """rwg(J) against the uniform null (AgreementIndex.rwg)."""
    ratios = []
    for item_id, scale, _, _ in dimension_items:
        variance = sample_variance(sorted(m[2][item_id] for m in members if item_id in m[2]))
        if variance is not None and scale["null_variance"]:
            ratios.append(variance / scale["null_variance"])
    if not ratios:
        return None
    r = mean(ratios)
    if r >= 1:
        return 0.0
    j = len(ratios)
    return j * (1 - r) / (j * (1 - r) + r)


def workspace_roots(pool):
    """Workspaces in POOL up to two levels down, in name order (WorkspaceCollection)."""
    found = []

    def visit(path, depth):
        if os.path.isfile(os.path.join(path, "zelfscan.yaml")):
            found.append(path)
            return
        if depth >= 2:
            return
        for name in sorted(os.listdir(path)):
            child = os.path.join(path, name)
            if not name.startswith(".") and os.path.isdir(child):
                visit(child, depth + 1)

    visit(pool, 0)
    return found


def measure(round_, index):
    """A dimension mean by index, or the overall score for None."""
    return round_["overall"] if index is None else round_["dimensions"][index]["mean"]


def compared_measure(round_, index):
    """What compare shows of a round (CellComparison.score): a dimension mean only from at least
    3 scores, as every report (docs/privacy.md: a dimension scored for fewer than 3 gets no mean),
    and the overall score only when every dimension counted in it has at least 3, since it would
    give a withheld mean away."""
    if index is None:
        if any(round_["dimensions"][i]["n"] < MINIMUM_CELL_RESPONDENTS for i in round_["in_overall"]):
            return None
        return round_["overall"]
    dimension = round_["dimensions"][index]
    return dimension["mean"] if dimension["n"] >= MINIMUM_CELL_RESPONDENTS else None


def peer_rows(questionnaire, cells, cell):
    """PeerBenchmark: per scope (all, the cell's group) and measure, the distribution over the
    other municipalities of the same year, or their number when below the minimum."""
    year = cell["year"]
    own = cell["rounds"].get((cell["municipality"], year))
    if own is None:
        raise SystemExit(f"round {year} of {cell['municipality']} has no submitted responses")
    # The cell itself is never one of its peers (docs/scoring.md, "Peer benchmarks").
    peers = []
    for other in cells:
        for (municipality, round_year), round_ in other["rounds"].items():
            if round_year == year and municipality != cell["municipality"]:
                peers.append((municipality, other["group"], round_))
    scopes = [("all", peers)]
    if cell["group"] is not None:
        scopes.append((cell["group"], [p for p in peers if p[1] == cell["group"]]))
    rows = []
    for scope, members in scopes:
        for index in questionnaire.core + [None]:
            by_municipality = {}
            for municipality, _, round_ in members:
                value = measure(round_, index)
                if value is not None:
                    by_municipality.setdefault(municipality, []).append(value)
            values = [mean(sorted(by_municipality[m])) for m in sorted(by_municipality)]
            name = "overall" if index is None else questionnaire.dimension_ids[index]
            if len(values) < MINIMUM_PEER_MUNICIPALITIES:
                rows.append((scope, name, len(values), None))
                continue
            value = measure(own, index)
            rows.append((scope, name, len(values), {
                "median": quantile7(values, 0.5), "q1": quantile7(values, 0.25), "q3": quantile7(values, 0.75),
                "percentile": None if value is None else percentile_rank(value, values)}))
    return own, rows


def comparison(questionnaire, cells, year=None, grouping="group"):
    """CellComparison: one row per workspace with a round in `year` (default: the latest),
    ordered by group and name, and the median per group over the cells shown."""
    if year is None:
        year = max((y for cell in cells for (_, y) in cell["rounds"]), default=None)
    measures = list(range(len(questionnaire.dimensions))) + [None]
    rows = []
    for cell in cells:
        rounds = {y: r for (m, y), r in cell["rounds"].items()}
        current = rounds.get(year)
        if current is None:
            continue
        earlier = [y for y, r in rounds.items() if y < year and r["n"] >= MINIMUM_CELL_RESPONDENTS]
        previous = max(earlier) if earlier else None
        shown = current["n"] >= MINIMUM_CELL_RESPONDENTS
        values = []
        for index in measures:
            score = compared_measure(current, index) if shown else None
            before = compared_measure(rounds[previous], index) if previous is not None else None
            change = score - before if score is not None and before is not None else None
            values.append((score, questionnaire.band(score), change))
        rows.append({"municipality": cell["municipality"], "group": cell[grouping], "respondents": current["n"],
                     "shown": shown, "previous_year": previous, "values": values})
    rows.sort(key=lambda row: (row["group"] or UNKNOWN_GROUP_KEY, row["municipality"]))
    groups = []
    for key in dict.fromkeys(row["group"] for row in rows):
        members = [row for row in rows if row["group"] == key and row["shown"]]
        medians = []
        for position in range(len(measures)):
            median = quantile7([row["values"][position][0] for row in members if row["values"][position][0] is not None], 0.5)
            medians.append((median, questionnaire.band(median)))
        groups.append({"group": key, "municipalities": len(members), "medians": medians})
    return year, rows, groups


def number(value):
    return "-" if value is None else f"{value:.1f}"


def render(questionnaire, cell, own, peers, year, rows, groups):
    """Plain text of what score --peers and compare print, so the work is not optimised away."""
    lines = [f"{cell['municipality']} {cell['year']}: {own['n']} responses"]
    for dimension in own["dimensions"]:
        lines.append(f"  {dimension['id']}: n {dimension['n']} mean {number(dimension['mean'])} "
                     f"sd {number(dimension.get('sd'))} band {questionnaire.band(dimension['mean'])} "
                     f"disagreement {dimension.get('sd') is not None and dimension['sd'] > DISAGREEMENT_THRESHOLD} "
                     f"rwg {number(dimension.get('rwg'))}")
    lines.append(f"  overall: {number(own['overall'])} {questionnaire.band(own['overall'])}")
    history = sorted((y, r) for (m, y), r in cell["rounds"].items() if m == cell["municipality"] and y <= cell["year"])
    for (before_year, before), (after_year, after) in zip(history, history[1:]):
        changes = []
        for index in list(range(len(questionnaire.dimensions))) + [None]:
            old, new = measure(before, index), measure(after, index)
            changes.append(number(None if old is None or new is None else new - old))
        lines.append(f"  change {before_year} -> {after_year}: {' '.join(changes)}")
    for scope, name, count, distribution in peers:
        if distribution is None:
            lines.append(f"  peers {scope} {name}: only {count} municipalities")
        else:
            lines.append(f"  peers {scope} {name}: median {number(distribution['median'])} "
                         f"middle half {number(distribution['q1'])}-{number(distribution['q3'])} "
                         f"percentile {number(distribution['percentile'])} ({count} municipalities)")
    lines.append(f"compare {year}")
    names = questionnaire.dimension_ids + ["overall"]
    for row in rows:
        cells = " ".join(f"{name}={number(score)}/{band}/{number(change)}" for name, (score, band, change) in zip(names, row["values"]))
        lines.append(f"  {row['group']} | {row['municipality']} | n {row['respondents']} | {cells}")
    for group in groups:
        cells = " ".join(f"{name}={number(median)}" for name, (median, _) in zip(names, group["medians"]))
        lines.append(f"  median {group['group']} ({group['municipalities']}): {cells}")
    return "\n".join(lines) + "\n"


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005


def check(questionnaire, cells, path):
    """Compares with `zelfscan compare --format json` output; returns the number of differences."""
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    grouping = document.get("grouping", "group")
    year, rows, groups = comparison(questionnaire, cells, document["year"], grouping)
    names = questionnaire.dimension_ids + ["overall"]
    differences = []
    compared = 0
    largest = 0.0
    theirs = {row["municipality"]: row for row in document["municipalities"]}
    ours = {row["municipality"]: row for row in rows}
    for name in sorted(set(theirs) ^ set(ours)):
        differences.append(f"{name}: in only one of the two")
    for name in sorted(set(theirs) & set(ours)):
        their, our = theirs[name], ours[name]
        for key in ("group", "respondents", "shown", "previous_year"):
            if their.get(key) != our[key]:
                differences.append(f"{name} {key}: zelfscan {their.get(key)}, baseline {our[key]}")
        values = {value["measure"]: value for value in their["values"]}
        for measure_name, (score, band, change) in zip(names, our["values"]):
            value = values.get(measure_name, {})
            for label, theirs_value, ours_value in (("score", value.get("score"), score), ("change", value.get("change"), change)):
                compared += 1
                if not close(theirs_value, ours_value):
                    differences.append(f"{name} {measure_name} {label}: zelfscan {theirs_value}, baseline {ours_value}")
                elif theirs_value is not None:
                    largest = max(largest, abs(theirs_value - ours_value))
            if value.get("band") != band:
                differences.append(f"{name} {measure_name} band: zelfscan {value.get('band')}, baseline {band}")
    their_groups = {group["group"]: group for group in document["groups"]}
    for group in groups:
        their = their_groups.get(group["group"])
        if their is None or their["municipalities"] != group["municipalities"]:
            differences.append(f"group {group['group']}: municipalities differ")
            continue
        medians = {value["measure"]: value.get("score") for value in their["medians"]}
        for measure_name, (median, _) in zip(names, group["medians"]):
            compared += 1
            if not close(medians.get(measure_name), median):
                differences.append(f"group {group['group']} {measure_name} median: zelfscan {medians.get(measure_name)}, baseline {median}")
            elif median is not None:
                largest = max(largest, abs(medians[measure_name] - median))
    for line in differences[:20]:
        print(f"  {line}")
    print(f"check {path}: year {year}, {len(rows)} municipalities, {compared} numbers compared to 2 decimals, "
          f"{len(differences)} differences (largest difference among the equal ones: {largest:.1e})")
    return len(differences)


QUESTIONNAIRE = None


def read_job(job):
    """One workspace read in a worker process (the questionnaire is inherited when forked)."""
    root, keep_items, needs = job
    return read_workspace(root, QUESTIONNAIRE, keep_items, needs)


def read_all(jobs, processes):
    if processes > 1:
        import multiprocessing
        with multiprocessing.Pool(processes) as workers:
            return workers.map(read_job, jobs, chunksize=4)
    return [read_job(job) for job in jobs]


def main():
    global QUESTIONNAIRE
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pool")
    parser.add_argument("--cell", help="the workspace scored against its peers (default: the first in POOL)")
    parser.add_argument("--questionnaire", default=os.path.join(ROOT, "questionnaires", "livc-r.yaml"))
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1: the honest baseline)")
    parser.add_argument("--check", nargs="+", metavar="COMPARE.json")
    parser.add_argument("--quiet", action="store_true", help="compute everything, print nothing")
    arguments = parser.parse_args()
    QUESTIONNAIRE = questionnaire = Questionnaire(arguments.questionnaire)
    roots = workspace_roots(arguments.pool)
    if not roots:
        raise SystemExit(f"no workspaces in {arguments.pool}")
    if arguments.check:
        years = []
        for path in arguments.check:
            with open(path, encoding="utf-8") as handle:
                years.append(json.load(handle)["year"])
        cells = read_all([(root, False, [("up_to", year) for year in years]) for root in roots], arguments.jobs)
        failures = sum(check(questionnaire, cells, path) for path in arguments.check)
        sys.exit(1 if failures else 0)
    cell_root = os.path.normpath(arguments.cell or roots[0])
    with open(os.path.join(cell_root, "zelfscan.yaml"), "rb") as handle:
        cell_year = int(yaml.load(handle, Loader=LOADER)["year"])
    # compare's default round: the newest year folder of any workspace (WorkspacePool.latestYear).
    latest = max((max(years) for years in map(round_years, roots) if years), default=cell_year)

    def needs(root, compare_needs):
        own = os.path.normpath(root) == cell_root
        return (root, own, ([("through", cell_year)] if own else [("only", cell_year)]) + compare_needs)

    cells = read_all([needs(root, [("up_to", latest)]) for root in roots], arguments.jobs)
    year, rows, groups = comparison(questionnaire, cells)
    if not rows:
        # As compare: when the newest year holds only drafts, every round is read.
        cells = read_all([needs(root, [("all",)]) for root in roots], arguments.jobs)
        year, rows, groups = comparison(questionnaire, cells)
    cell = next((c for c, root in zip(cells, roots) if os.path.normpath(root) == cell_root), None) \
        or read_job((cell_root, True, [("through", cell_year)]))
    own, peers = peer_rows(questionnaire, cells, cell)
    text = render(questionnaire, cell, own, peers, year, rows, groups)
    if not arguments.quiet:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
