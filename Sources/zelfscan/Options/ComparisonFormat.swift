import ArgumentParser

/// What `zelfscan compare` writes.
enum ComparisonFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, html
}
