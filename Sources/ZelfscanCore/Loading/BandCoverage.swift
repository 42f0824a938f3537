import YAML

/// Checks that norm bands tile 0–100 exactly: a score must always fall in one band.
enum BandCoverage {
    static func check(_ bands: [(band: Band, mark: Mark)], log: inout DiagnosticLog) {
        guard let first = bands.first, let last = bands.last else { return }
        let f = NumberText.format
        if first.band.from != 0 {
            log.error(Phrase(en: "the first band '\(first.band.code)' starts at \(f(first.band.from)); bands must start at 0",
                             nl: "de eerste band '\(first.band.code)' begint bij \(f(first.band.from)); banden moeten bij 0 beginnen"),
                      at: first.mark)
        }
        if last.band.to != 100 {
            log.error(Phrase(en: "the last band '\(last.band.code)' ends at \(f(last.band.to)); bands must end at 100",
                             nl: "de laatste band '\(last.band.code)' eindigt bij \(f(last.band.to)); banden moeten bij 100 eindigen"),
                      at: last.mark)
        }
        for entry in bands where entry.band.from >= entry.band.to {
            let code = entry.band.code
            log.error(Phrase(en: "band '\(code)' runs from \(f(entry.band.from)) to \(f(entry.band.to)); 'from' must be below 'to'",
                             nl: "band '\(code)' loopt van \(f(entry.band.from)) tot \(f(entry.band.to)); 'from' moet kleiner zijn dan 'to'"),
                      at: entry.mark)
        }
        for (previous, next) in zip(bands, bands.dropFirst()) {
            let end = f(previous.band.to)
            let start = f(next.band.from)
            let (before, after) = (previous.band.code, next.band.code)
            if next.band.from > previous.band.to {
                log.error(Phrase(en: "bands leave a gap: '\(before)' ends at \(end) but '\(after)' starts at \(start)",
                                 nl: "de banden laten een gat: '\(before)' eindigt bij \(end), maar '\(after)' begint pas bij \(start)"),
                          at: next.mark,
                          hint: Phrase(en: "let '\(after)' start at \(end)", nl: "laat '\(after)' beginnen bij \(end)"))
            } else if next.band.from < previous.band.to {
                log.error(Phrase(en: "bands overlap: '\(before)' runs to \(end) but '\(after)' starts at \(start)",
                                 nl: "de banden overlappen: '\(before)' loopt tot \(end), maar '\(after)' begint al bij \(start)"),
                          at: next.mark,
                          hint: Phrase(en: "bands are half-open [from, to) and written in ascending order; let '\(after)' start at \(end)",
                                       nl: "banden zijn halfopen [from, to) en staan in oplopende volgorde; laat '\(after)' beginnen bij \(end)"))
            }
        }
    }
}
