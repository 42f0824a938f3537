import ZelfscanCore

/// A band's limits in words that leave no doubt where a score on a limit belongs: a band runs
/// from its lower limit up to, not including, the next one ("50 tot 75"), as `[Band].band(for:)`
/// places them; only the top band includes its upper limit.
struct BandRange: PhraseBook {
    let language: Language

    /// `bands` lowest first, as the questionnaire lists them.
    func range(_ band: Band, in bands: [Band]) -> String {
        let from = language.number(band.from), to = language.number(band.to)
        if band == bands.first, band.from == 0 { return say(en: "below \(to)", nl: "onder \(to)") }
        if band == bands.last { return say(en: "\(from) and above", nl: "\(from) en hoger") }
        return say(en: "\(from) to below \(to)", nl: "\(from) tot \(to)")
    }

    /// "Aandachtspunt: onder 50".
    func label(_ band: Band, in bands: [Band]) -> String {
        "\(band.label.text(language)): \(range(band, in: bands))"
    }
}
