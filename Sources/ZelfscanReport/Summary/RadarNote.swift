import ZelfscanCore

/// What the radar's zones cannot say when every scored dimension falls in one band: they then
/// tell nothing apart, so a sentence names the band and the highest and lowest dimension in it.
enum RadarNote {
    static func sentence(_ report: CellReport) -> String? {
        let language = report.language
        let scored = report.dimensions.compactMap { section in section.result.mean.map { (section: section, mean: $0) } }
        guard scored.count >= 2, let band = scored.first?.section.result.band,
              scored.allSatisfy({ $0.section.result.band == band }),
              let limits = report.bands.first(where: { $0.code == band }) else { return nil }
        let t = ReportText(language: report.language, group: report.group)
        let label = scored[0].section.bandLabel ?? band
        let range = BandRange(language: language).range(limits, in: report.bands)
        let high = scored.max { ($0.mean, $1.section.id) < ($1.mean, $0.section.id) }!
        let low = scored.min { ($0.mean, $0.section.id) < ($1.mean, $1.section.id) }!
        let count = scored.count == report.dimensions.count ? NumberWord.all(scored.count, language) : String(scored.count)
        switch language {
        case .nl:
            return "\(count) dimensies liggen in dezelfde zone, \(label) (\(range)): de zones maken hier geen onderscheid. "
                + "Binnen die zone scoort \(high.section.title) het hoogst (\(t.score(high.mean))) en \(low.section.title) het laagst (\(t.score(low.mean)))."
        case .en:
            return "\(count) dimensions lie in the same band, \(label) (\(range)), so the zones do not tell them apart here. "
                + "Within it, \(high.section.title) scores highest (\(t.score(high.mean))) and \(low.section.title) lowest (\(t.score(low.mean)))."
        }
    }

    /// "Alle vier" / "All four" for small counts, the digits otherwise.
    private enum NumberWord {
        static func all(_ count: Int, _ language: Language) -> String {
            let nl = ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht"]
            let en = ["two", "three", "four", "five", "six", "seven", "eight"]
            guard (2...8).contains(count) else { return language == .nl ? "Alle \(count)" : "All \(count)" }
            return language == .nl ? "Alle \(nl[count - 2])" : "All \(en[count - 2])"
        }
    }
}
