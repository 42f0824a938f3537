import YAML

/// Checks that norm bands tile 0–100 exactly: a score must always fall in one band.
enum BandCoverage {
    static func check(_ bands: [(band: Band, mark: Mark)], log: inout DiagnosticLog) {
        guard let first = bands.first, let last = bands.last else { return }
        if first.band.from != 0 {
            log.error("the first band '\(first.band.code)' starts at \(NumberText.format(first.band.from)); bands must start at 0", at: first.mark)
        }
        if last.band.to != 100 {
            log.error("the last band '\(last.band.code)' ends at \(NumberText.format(last.band.to)); bands must end at 100", at: last.mark)
        }
        for entry in bands where entry.band.from >= entry.band.to {
            log.error("band '\(entry.band.code)' runs from \(NumberText.format(entry.band.from)) to \(NumberText.format(entry.band.to)); 'from' must be below 'to'", at: entry.mark)
        }
        for (previous, next) in zip(bands, bands.dropFirst()) {
            let end = previous.band.to
            let start = next.band.from
            if start > end {
                log.error("bands leave a gap: '\(previous.band.code)' ends at \(NumberText.format(end)) but '\(next.band.code)' starts at \(NumberText.format(start))", at: next.mark,
                          hint: "let '\(next.band.code)' start at \(NumberText.format(end))")
            } else if start < end {
                log.error("bands overlap: '\(previous.band.code)' runs to \(NumberText.format(end)) but '\(next.band.code)' starts at \(NumberText.format(start))", at: next.mark,
                          hint: "bands are half-open [from, to) and written in ascending order; let '\(next.band.code)' start at \(NumberText.format(end))")
            }
        }
    }
}
