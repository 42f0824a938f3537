#!/usr/bin/env python3
"""Worked examples of the analyses a study of LIVC-R cells runs, on a zelfscan export (format 3).

    python3 docs/examples/analysis.py EXPORT_DIR

Needs pandas and numpy (nothing else). Prints one labelled section per analysis, in the order of
docs/export.md: e, f, c, b, a, g. On demo data the numbers are synthetic and say nothing about
real cells.

Reading notes: text columns never hold an empty field (they hold a code such as `removed`), so
the CSVs are read with `keep_default_na=False` (a code like `none` stays text) and only empty
fields become NaN; group with `dropna=False` so `removed` and missing keys are never dropped
silently.
"""

import os
import re
import sys

import numpy as np
import pandas as pd


def read(folder, name):
    return pd.read_csv(os.path.join(folder, name + ".csv"), keep_default_na=False, na_values=[""])


def codebook_sections(folder):
    """The few codebook.yaml facts the examples need, read line by line (no YAML library):
    per item its dimension, scale bounds and reverse key; per cell fact its coarse categories."""
    items, coarse = {}, {}
    section, current, in_coarse, item_indent = None, None, False, None
    with open(os.path.join(folder, "codebook.yaml"), encoding="utf-8") as handle:
        for line in handle:
            if re.match(r"^[a-z_]+:", line):
                section = line.split(":")[0]
                continue
            indent = len(line) - len(line.lstrip(" "))
            text = line.strip()
            if section == "items":
                match = re.match(r"^- id: '?([^']+?)'?$", text)
                if match:
                    current = match.group(1)
                    items[current] = {}
                    item_indent = indent + 2
                    continue
                field = re.match(r"^(dimension|min|max|reverse): '?([^']*?)'?$", text)
                if field and current and indent == item_indent:
                    items[current][field.group(1)] = field.group(2)
            elif section == "cell_facts":
                if re.match(r"^(- )?coarse:", text):
                    in_coarse, coarse_indent = True, indent
                    continue
                if in_coarse:
                    pair = re.match(r"^'?([^':]+)'?: '?([^']+?)'?$", text)
                    if pair and indent > coarse_indent:
                        coarse[pair.group(1)] = pair.group(2)
                    else:
                        in_coarse = False
    return items, coarse


def ols(y, x, clusters):
    """Least squares with standard errors clustered by `clusters` (CR1)."""
    beta, *_ = np.linalg.lstsq(x, y, rcond=None)
    residuals = y - x @ beta
    bread = np.linalg.inv(x.T @ x)
    meat = np.zeros((x.shape[1], x.shape[1]))
    groups = pd.Series(clusters).groupby(clusters).indices
    for rows in groups.values():
        score = x[rows].T @ residuals[rows]
        meat += np.outer(score, score)
    n, p, g = len(y), x.shape[1], len(groups)
    covariance = bread @ meat @ bread * (g / (g - 1)) * ((n - 1) / (n - p))
    return beta, np.sqrt(np.diag(covariance))


def section(letter, title):
    print()
    print("## %s: %s" % (letter, title))


def main(folder):
    cells = read(folder, "cells")
    items = read(folder, "items")
    icc = read(folder, "stats_icc")
    dimensions = read(folder, "stats_dimensions")
    reference = read(folder, "stats_reference")
    item_facts, coarse = codebook_sections(folder)
    score_columns = [c for c in cells.columns if cells[c].dtype.kind == "f"]

    section("e", "local agreement vs trust and information-sharing, with year")
    print(cells.groupby(["context_agreement"], dropna=False)[["trust", "information_sharing"]].agg(["mean", "count"]).round(1).to_string())
    # Formal vs not formal: the fine categories and their coarse step fold together; cells whose
    # fact was removed or undetermined say nothing about it and stay out.
    cells["formal"] = cells["context_agreement"].map(lambda v: coarse.get(v, v))
    model = cells[cells["formal"].isin(set(coarse.values()))].dropna(subset=["trust", "information_sharing"])
    years = sorted(model["year"].unique())
    reference_level = sorted(set(coarse.values()))[-1]
    for outcome in ["trust", "information_sharing"]:
        levels = [level for level in sorted(set(coarse.values())) if level != reference_level]
        x = np.column_stack([np.ones(len(model))] + [(model["formal"] == level).astype(float) for level in levels]
                            + [(model["year"] == year).astype(float) for year in years[1:]])
        beta, se = ols(model[outcome].to_numpy(float), x, model["cell"].to_numpy())
        for index, level in enumerate(levels, start=1):
            print("%s: %s minus %s = %.1f (SE %.1f, clustered by cell), adjusted for year; %d cell rounds, %d cells"
                  % (outcome, level, reference_level, beta[index], se[index], len(model), model["cell"].nunique()))

    section("f", "change within the same cells over the years (the panel)")
    wide = cells.pivot_table(index="cell", columns="year", values="overall", dropna=False)
    first, last = wide.columns.min(), wide.columns.max()
    both = wide[[first, last]].dropna()
    change = both[last] - both[first]
    print("overall %d -> %d: mean change %.2f (SD %.2f) over %d cells present in both years" % (first, last, change.mean(), change.std(), len(both)))
    for earlier, later in zip(wide.columns[:-1], wide.columns[1:]):
        pair = wide[[earlier, later]].dropna()
        print("correlation of the overall score %d with %d: %.3f (%d cells)" % (earlier, later, pair[earlier].corr(pair[later]), len(pair)))
    demeaned = cells.dropna(subset=["overall"]).copy()
    demeaned["within"] = demeaned["overall"] - demeaned.groupby("cell")["overall"].transform("mean")
    print("within-cell mean of the overall score by year (fixed effects):")
    print(demeaned.groupby("year", dropna=False)["within"].mean().round(2).to_string())

    section("c", "share of variance between cells (ICC), from stats_icc.csv")
    print("Computed by the tool from respondent scores nested in cells; it cannot be recomputed from the")
    print("release because items.csv carries no cell id and cells.csv only the cell means.")
    print(icc.sort_values(["dimension", "year"]).to_string(index=False))

    section("b", "reliability per dimension from items.csv (reverse-keyed items reversed)")
    answered = items[items["status"] == "answered"].copy()
    answered["reverse"] = answered["item"].map(lambda i: item_facts.get(i, {}).get("reverse") == "true")
    low = answered["item"].map(lambda i: float(item_facts.get(i, {}).get("min", "nan")))
    high = answered["item"].map(lambda i: float(item_facts.get(i, {}).get("max", "nan")))
    answered["keyed"] = np.where(answered["reverse"], low + high - answered["value"], answered["value"])
    matrix = answered.pivot_table(index="respondent", columns="item", values="keyed")
    by_dimension = {}
    for item, facts in item_facts.items():
        if item in matrix.columns:
            by_dimension.setdefault(facts.get("dimension"), []).append(item)
    for dimension, columns in sorted(by_dimension.items()):
        complete = matrix[columns].dropna()
        k = len(columns)
        total = complete.sum(axis=1)
        alpha = k / (k - 1) * (1 - complete.var(ddof=1).sum() / total.var(ddof=1))
        rest = {c: complete[c].corr(total - complete[c]) for c in columns}
        weakest = min(rest, key=rest.get)
        print("%s: alpha %.3f over %d items, %d complete respondents; item-rest %.2f to %.2f (lowest: %s)"
              % (dimension, alpha, k, len(complete), min(rest.values()), max(rest.values()), weakest))
    shares = items.groupby("status", dropna=False).size() / len(items) * 100
    print("status of all item rows (%):", ", ".join("%s %.1f" % (s, v) for s, v in shares.round(1).items()))

    section("a", "descriptives by one grouping (stats_dimensions.csv)")
    latest = dimensions["year"].max()
    grouping = "belfius_group" if (dimensions["grouping"] == "belfius_group").any() else "all"
    table = dimensions[(dimensions["grouping"] == grouping) & (dimensions["year"] == latest) & (dimensions["dimension"] == "overall")]
    print("overall score by %s in %d (cells rounded to 5; groups under 10 cells merged into 'other'):" % (grouping, latest))
    print(table[["group", "cells", "mean", "sd"]].to_string(index=False))
    trend = dimensions[(dimensions["grouping"] == "all") & (dimensions["dimension"] == "overall")]
    print("overall, all cells, by year:", ", ".join("%d %.1f" % (y, m) for y, m in zip(trend["year"], trend["mean"])))

    section("g", "cells' answers beside the VVSG 2022 figures (stats_reference.csv)")
    linked = reference.dropna(subset=["reference_percent"])
    if linked.empty:
        print("no linked figure has at least 10 cells in this export: 0 rows")
    else:
        linked = linked.assign(difference=(linked["share"] - linked["reference_percent"]).round(1))
        print("share of cells (their members' majority, latest round) vs the published percentage:")
        print(linked[["item", "category", "cells", "share", "reference_percent", "difference"]].to_string(index=False))
    print("%d categories have no published figure to compare with (listed in stats_reference.csv)" % (len(reference) - len(linked)))

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: analysis.py EXPORT_DIR")
    main(sys.argv[1])
