# Worked examples of the analyses a study of LIVC-R cells runs, on a zelfscan export (format 3).
#
#   Rscript docs/examples/analysis.R EXPORT_DIR
#
# Base R only (lme4, when installed, adds a mixed model to f). Prints one labelled section per
# analysis, in the order of docs/export.md: e, f, c, b, a, g. On demo data the numbers are
# synthetic and say nothing about real cells.
#
# Reading note: text columns never hold an empty field (they hold a code such as `removed`), and
# empty numeric fields mean "no value", so every file is read with na.strings = "" (the default
# "NA" would also turn a code into a missing value).

options(width = 160)
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript analysis.R EXPORT_DIR")
folder <- args[1]
read <- function(name) read.csv(file.path(folder, paste0(name, ".csv")), na.strings = "", stringsAsFactors = FALSE)

cells <- read("cells")
items <- read("items")
icc <- read("stats_icc")
dimensions <- read("stats_dimensions")
reference <- read("stats_reference")

# The few codebook.yaml facts needed, read line by line (base R has no YAML reader): per item its
# dimension, scale bounds and reverse key; per cell fact its coarse categories.
codebook <- readLines(file.path(folder, "codebook.yaml"), encoding = "UTF-8")
item_facts <- list(); coarse <- character(0)
section_name <- ""; current <- ""; item_indent <- -1; in_coarse <- FALSE; coarse_indent <- 0
unquote <- function(x) gsub("^'|'$", "", trimws(x))
for (line in codebook) {
  if (grepl("^[a-z_]+:", line)) { section_name <- sub(":.*", "", line); next }
  indent <- nchar(line) - nchar(sub("^ +", "", line))
  text <- trimws(line)
  if (section_name == "items") {
    if (grepl("^- id: ", text)) {
      current <- unquote(sub("^- id: ", "", text)); item_facts[[current]] <- list(); item_indent <- indent + 2; next
    }
    if (indent == item_indent && grepl("^(dimension|min|max|reverse): ", text)) {
      key <- sub(":.*", "", text); item_facts[[current]][[key]] <- unquote(sub("^[a-z]+: ", "", text))
    }
  } else if (section_name == "cell_facts") {
    if (grepl("^(- )?coarse:", text)) { in_coarse <- TRUE; coarse_indent <- indent; next }
    if (in_coarse) {
      if (indent > coarse_indent && grepl(": ", text)) {
        coarse[unquote(sub(":.*", "", text))] <- unquote(sub("^[^:]+: ", "", text))
      } else in_coarse <- FALSE
    }
  }
}

section <- function(letter, title) cat("\n## ", letter, ": ", title, "\n", sep = "")

# Least squares with standard errors clustered by cell (CR1), without the sandwich package.
clustered <- function(fit, cluster) {
  x <- model.matrix(fit); e <- residuals(fit)
  bread <- solve(crossprod(x))
  scores <- rowsum(x * e, cluster)
  g <- nrow(scores); n <- nrow(x); p <- ncol(x)
  covariance <- bread %*% crossprod(scores) %*% bread * (g / (g - 1)) * ((n - 1) / (n - p))
  sqrt(diag(covariance))
}

section("e", "local agreement vs trust and information-sharing, with year")
print(aggregate(cbind(trust, information_sharing) ~ context_agreement, data = cells, FUN = function(v) round(mean(v), 1)))
# Formal vs not formal: fine categories and their coarse step fold together; cells whose fact
# was removed or undetermined say nothing about it and stay out.
cells$formal <- ifelse(cells$context_agreement %in% names(coarse), coarse[cells$context_agreement], cells$context_agreement)
model_data <- subset(cells, formal %in% unique(coarse) & !is.na(trust) & !is.na(information_sharing))
levels_formal <- sort(unique(coarse))
model_data$formal <- relevel(factor(model_data$formal, levels = levels_formal), ref = levels_formal[length(levels_formal)])
for (outcome in c("trust", "information_sharing")) {
  fit <- lm(as.formula(paste(outcome, "~ formal + factor(year)")), data = model_data)
  se <- clustered(fit, model_data$cell)
  for (term in grep("^formal", names(coef(fit)), value = TRUE)) {
    cat(sprintf("%s: %s minus %s = %.1f (SE %.1f, clustered by cell), adjusted for year; %d cell rounds, %d cells\n",
                outcome, sub("^formal", "", term), levels(model_data$formal)[1], coef(fit)[[term]], se[[term]],
                nrow(model_data), length(unique(model_data$cell))))
  }
}

section("f", "change within the same cells over the years (the panel)")
wide <- reshape(cells[, c("cell", "year", "overall")], idvar = "cell", timevar = "year", direction = "wide")
years <- sort(unique(cells$year))
first <- paste0("overall.", min(years)); last <- paste0("overall.", max(years))
both <- wide[!is.na(wide[[first]]) & !is.na(wide[[last]]), ]
change <- both[[last]] - both[[first]]
cat(sprintf("overall %d -> %d: mean change %.2f (SD %.2f) over %d cells present in both years\n",
            min(years), max(years), mean(change), sd(change), nrow(both)))
for (i in seq_len(length(years) - 1)) {
  a <- paste0("overall.", years[i]); b <- paste0("overall.", years[i + 1])
  pair <- wide[!is.na(wide[[a]]) & !is.na(wide[[b]]), ]
  cat(sprintf("correlation of the overall score %d with %d: %.3f (%d cells)\n", years[i], years[i + 1], cor(pair[[a]], pair[[b]]), nrow(pair)))
}
fixed <- lm(overall ~ factor(year) + factor(cell), data = cells)
for (term in grep("^factor\\(year\\)", names(coef(fixed)), value = TRUE)) {
  cat(sprintf("fixed effects: %s minus %d = %.2f\n", sub("factor\\(year\\)", "", term), min(years), coef(fixed)[[term]]))
}
if (requireNamespace("lme4", quietly = TRUE)) {
  mixed <- lme4::lmer(overall ~ factor(year) + (1 | cell), data = cells)
  print(lme4::fixef(mixed))
} else {
  cat("lme4 is not installed: the mixed model is skipped (the fixed-effects model above needs nothing)\n")
}

section("c", "share of variance between cells (ICC), from stats_icc.csv")
cat("Computed by the tool from respondent scores nested in cells; it cannot be recomputed from the\n")
cat("release because items.csv carries no cell id and cells.csv only the cell means.\n")
print(icc[order(icc$dimension, icc$year), ], row.names = FALSE)

section("b", "reliability per dimension from items.csv (reverse-keyed items reversed)")
answered <- subset(items, status == "answered")
fact <- function(item, key) vapply(item, function(i) if (is.null(item_facts[[i]][[key]])) NA_character_ else item_facts[[i]][[key]], "")
reverse <- fact(answered$item, "reverse") == "true"
answered$keyed <- ifelse(reverse, as.numeric(fact(answered$item, "min")) + as.numeric(fact(answered$item, "max")) - answered$value, answered$value)
matrix_wide <- reshape(answered[, c("respondent", "item", "keyed")], idvar = "respondent", timevar = "item", direction = "wide")
names(matrix_wide) <- sub("^keyed\\.", "", names(matrix_wide))
item_dimension <- fact(names(matrix_wide)[-1], "dimension")
for (dimension in sort(unique(item_dimension))) {
  columns <- names(matrix_wide)[-1][item_dimension == dimension]
  complete <- na.omit(matrix_wide[, columns])
  k <- length(columns); total <- rowSums(complete)
  alpha <- k / (k - 1) * (1 - sum(apply(complete, 2, var)) / var(total))
  rest <- sapply(columns, function(column) cor(complete[[column]], total - complete[[column]]))
  cat(sprintf("%s: alpha %.3f over %d items, %d complete respondents; item-rest %.2f to %.2f (lowest: %s)\n",
              dimension, alpha, k, nrow(complete), min(rest), max(rest), names(which.min(rest))))
}
shares <- round(100 * table(items$status, useNA = "ifany") / nrow(items), 1)
cat("status of all item rows (%):", paste(names(shares), shares, collapse = ", "), "\n")

section("a", "descriptives by one grouping (stats_dimensions.csv)")
latest <- max(dimensions$year)
grouping <- if (any(dimensions$grouping == "belfius_group")) "belfius_group" else "all"
table_a <- subset(dimensions, grouping == grouping & year == latest & dimension == "overall")
table_a <- table_a[table_a$grouping == grouping, ]
cat(sprintf("overall score by %s in %d (cells rounded to 5; groups under 10 cells merged into 'other'):\n", grouping, latest))
print(table_a[, c("group", "cells", "mean", "sd")], row.names = FALSE)
trend <- subset(dimensions, grouping == "all" & dimension == "overall")
cat("overall, all cells, by year:", paste(trend$year, sprintf("%.1f", trend$mean), collapse = ", "), "\n")

section("g", "cells' answers beside the VVSG 2022 figures (stats_reference.csv)")
linked <- subset(reference, !is.na(reference_percent))
if (nrow(linked) == 0) {
  cat("no linked figure has at least 10 cells in this export: 0 rows\n")
} else {
  linked$difference <- round(linked$share - linked$reference_percent, 1)
  cat("share of cells (their members' majority, latest round) vs the published percentage:\n")
  print(linked[, c("item", "category", "cells", "share", "reference_percent", "difference")], row.names = FALSE)
}
cat(sprintf("%d categories have no published figure to compare with (listed in stats_reference.csv)\n", nrow(reference) - nrow(linked)))
