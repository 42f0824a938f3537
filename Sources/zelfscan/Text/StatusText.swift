import Foundation
import ZelfscanCore

/// What `zelfscan status` says, in Dutch and English.
struct StatusText {
    let language: String

    private func say(_ nl: String, _ en: String) -> String { language == "en" ? en : nl }

    var synthetic: String {
        say("SYNTHETISCHE DEMODATA: geen echte cel, geen echte antwoorden.", "SYNTHETIC DEMO DATA: not a real cell, not real answers.")
    }

    func heading(municipality: String, year: Int, questionnaire: String) -> String {
        say("\(municipality): ronde \(year), vragenlijst \(questionnaire)", "\(municipality): round \(year), questionnaire \(questionnaire)")
    }

    func submittedHeading(_ count: Int) -> String { say("Verzonden (\(count)):", "Submitted (\(count)):") }
    var noneYet: String { say("nog niemand", "nobody yet") }
    func draftsHeading(_ count: Int) -> String { say("Open concepten (\(count)):", "Open drafts (\(count)):") }
    func progress(_ answered: Int, _ shown: Int) -> String { say("\(answered)/\(shown) beantwoord", "\(answered)/\(shown) answered") }
    func lastSaved(_ time: String) -> String { say("laatst bewaard \(time)", "last saved \(time)") }
    var inUse: String { say("[nu in gebruik]", "[in use now]") }
    var resumeHint: String { say("verder invullen: zelfscan take --resume CODE", "to continue: zelfscan take --resume CODE") }

    func rejected(_ count: Int) -> String {
        say("Onbruikbare antwoordbestanden (\(count)), zie de fouten hierboven:", "Unusable response files (\(count)), see the errors above:")
    }

    func groups(_ counts: String) -> String { say("Verzonden per rolgroep: \(counts)", "Submitted per role group: \(counts)") }

    func reportPossible(_ count: Int) -> String {
        say("Celrapport: mogelijk (\(count) verzonden antwoorden). Maak het met: zelfscan report",
            "Cell report: possible (\(count) submitted responses). Make it with: zelfscan report")
    }

    func reportNotYet(_ count: Int, _ minimum: Int) -> String {
        say("Celrapport: nog niet mogelijk: \(count) van minstens \(minimum) verzonden antwoorden (om individuele antwoorden te beschermen).",
            "Cell report: not yet possible: \(count) of at least \(minimum) submitted responses (to protect individual answers).")
    }

    /// A stored UTC time shown in the machine's local time, to the minute.
    func time(_ stored: String?) -> String {
        guard let stored, let date = Timestamp.parse(stored) else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
