import Foundation
import YAML

/// The keys of one mapping, read with checks: unknown keys are reported with the nearest known
/// key, missing required keys at the mapping itself.
struct Fields {
    let node: Node
    private let values: [String: Node]

    init(node: Node, values: [String: Node]) {
        self.node = node
        self.values = values
    }

    subscript(key: String) -> Node? { values[key] }

    func has(_ key: String) -> Bool { values[key] != nil }

    var keys: [String] { Array(values.keys) }
}

/// Typed reading of nodes for one file. Each method returns nil after logging why, so decoding
/// goes on and every problem of the file is reported in one run.
struct FieldReader {
    var log: DiagnosticLog
    /// Languages every localized text must have; empty when the declaration itself is broken.
    var languages: [String] = []

    init(file: String) {
        log = DiagnosticLog(file: file)
    }

    mutating func fields(_ node: Node, of what: Phrase, required: [String], optional: [String] = []) -> Fields? {
        guard let pairs = node.mapping else {
            let example = required.first ?? optional.first ?? "id"
            log.error(Phrase(en: "\(what.en) must be a mapping of keys (such as '\(example): …'), found \(node.kindDescription.en)",
                             nl: "\(what.nl) moet een mapping van sleutels zijn (zoals '\(example): …'), maar is \(node.kindDescription.nl)"),
                      at: node.mark)
            return nil
        }
        let known = required + optional
        var values: [String: Node] = [:]
        values.reserveCapacity(pairs.count)
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            guard known.contains(key) else {
                let hint = Suggestion.hint(for: key, among: known, plural: Phrase(en: "allowed keys", nl: "toegestane sleutels"))
                log.error(Phrase(en: "unknown key '\(key)' in \(what.en); \(hint.en)", nl: "onbekende sleutel '\(key)' in \(what.nl); \(hint.nl)"),
                          at: pair.key.mark)
                continue
            }
            values[key] = pair.value
        }
        let missing = required.filter { values[$0] == nil }
        if missing.count == 1 {
            log.error(Phrase(en: "\(what.en) is missing the required key '\(missing[0])'", nl: "\(what.nl) mist de verplichte sleutel '\(missing[0])'"),
                      at: node.mark)
        } else if missing.count > 1 {
            // One message for a file that lost most of its keys, rather than a screenful.
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            log.error(Phrase(en: "\(what.en) is missing the required keys \(list)", nl: "\(what.nl) mist de verplichte sleutels \(list)"),
                      at: node.mark)
        }
        return Fields(node: node, values: values)
    }

    mutating func text(_ node: Node?, _ what: Phrase) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            log.error(Phrase(en: "\(what.en) must be a text, found \(node.kindDescription.en)",
                             nl: "\(what.nl) moet een tekst zijn, maar is \(node.kindDescription.nl)"), at: node.mark)
            return nil
        }
        if scalar.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            log.error(Phrase(en: "\(what.en) is empty", nl: "\(what.nl) is leeg"), at: node.mark)
            return nil
        }
        if let (character, position) = ControlCharacters.first(in: scalar.text) {
            let code = ControlCharacters.code(character)
            log.error(Phrase(en: "\(what.en) holds the control character \(code) at character \(position); it could change what a screen or report shows",
                             nl: "\(what.nl) bevat het stuurteken \(code) op teken \(position); dat kan veranderen wat een scherm of rapport toont"),
                      at: node.mark,
                      hint: Phrase(en: "remove it; texts hold letters, digits, punctuation, tabs and line breaks only",
                                   nl: "verwijder het; teksten bevatten alleen letters, cijfers, leestekens, tabs en regeleinden"))
            return nil
        }
        return scalar.text
    }

    mutating func identifier(_ node: Node?, _ what: Phrase) -> String? {
        guard let text = text(node, what), let node else { return nil }
        guard Self.isIdentifier(text) else {
            log.error(Phrase(en: "\(what.en) '\(text)' is not a valid id", nl: "\(what.nl) '\(text)' is geen geldige id"), at: node.mark,
                      hint: Phrase(en: "use lower-case letters, digits, '-', '_' and '.', starting with a letter",
                                   nl: "gebruik kleine letters, cijfers, '-', '_' en '.', te beginnen met een letter"))
            return nil
        }
        return text
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    mutating func number(_ node: Node?, _ what: Phrase) -> Double? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            log.error(Phrase(en: "\(what.en) must be a number, found \(node.kindDescription.en)",
                             nl: "\(what.nl) moet een getal zijn, maar is \(node.kindDescription.nl)"), at: node.mark)
            return nil
        }
        guard let value = NumberText.parse(scalar.text) else {
            log.error(Phrase(en: "\(what.en) must be a number such as 1 or 0.6, found '\(scalar.text)'",
                             nl: "\(what.nl) moet een getal zijn zoals 1 of 0.6, maar is '\(scalar.text)'"), at: node.mark)
            return nil
        }
        if scalar.isQuoted || node.tag == "tag:yaml.org,2002:str" {
            log.error(Phrase(en: "\(what.en) must be a number, found the quoted text '\(scalar.text)'",
                             nl: "\(what.nl) moet een getal zijn, maar is de tekst '\(scalar.text)' tussen aanhalingstekens"), at: node.mark,
                      hint: scalar.isQuoted
                          ? Phrase(en: "remove the quotes", nl: "verwijder de aanhalingstekens")
                          : Phrase(en: "remove the !!str tag", nl: "verwijder de tag !!str"))
            return nil
        }
        return value
    }

    mutating func integer(_ node: Node?, _ what: Phrase) -> Int? {
        guard let node, let value = number(node, what) else { return nil }
        guard value == value.rounded(), abs(value) < 1e12 else {
            log.error(Phrase(en: "\(what.en) must be a whole number, found \(NumberText.format(value))",
                             nl: "\(what.nl) moet een geheel getal zijn, maar is \(NumberText.format(value))"), at: node.mark)
            return nil
        }
        return Int(value)
    }

    mutating func boolean(_ node: Node?, _ what: Phrase) -> Bool? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !scalar.isQuoted, scalar.text == "true" || scalar.text == "false" else {
            let found = node.scalar.map { Phrase(en: "'\($0.text)'", nl: "'\($0.text)'") } ?? node.kindDescription
            let looksLikeWord = node.scalar.map { ["yes", "no", "on", "off", "True", "False", "ja", "nee"].contains($0.text) } == true
            log.error(Phrase(en: "\(what.en) must be true or false, found \(found.en)", nl: "\(what.nl) moet true of false zijn, maar is \(found.nl)"),
                      at: node.mark,
                      hint: looksLikeWord
                          ? Phrase(en: "write true or false; words such as yes and no are read as text",
                                   nl: "schrijf true of false; woorden zoals yes en no worden als tekst gelezen")
                          : nil)
            return nil
        }
        return scalar.text == "true"
    }

    mutating func list(_ node: Node?, _ what: Phrase, allowEmpty: Bool = false) -> [Node]? {
        guard let node else { return nil }
        guard let items = node.sequence else {
            log.error(Phrase(en: "\(what.en) must be a list (lines starting with '- '), found \(node.kindDescription.en)",
                             nl: "\(what.nl) moet een lijst zijn (regels die met '- ' beginnen), maar is \(node.kindDescription.nl)"),
                      at: node.mark)
            return nil
        }
        if items.isEmpty && !allowEmpty {
            log.error(Phrase(en: "\(what.en) is an empty list; it needs at least one entry",
                             nl: "\(what.nl) is een lege lijst; er is minstens één element nodig"), at: node.mark)
            return nil
        }
        return items
    }

    mutating func localized(_ node: Node?, _ what: Phrase) -> LocalizedText? {
        guard let node else { return nil }
        guard let pairs = node.mapping else {
            let example = languages.isEmpty ? "{nl: \"…\", en: \"…\"}" : "{" + languages.map { "\($0): \"…\"" }.joined(separator: ", ") + "}"
            log.error(Phrase(en: "\(what.en) must give a text per language, such as \(example); found \(node.kindDescription.en)",
                             nl: "\(what.nl) moet een tekst per taal geven, zoals \(example), maar is \(node.kindDescription.nl)"),
                      at: node.mark)
            return nil
        }
        var translations: [String: String] = [:]
        var valid = true
        // Languages a misspelled key was taken for: their absence is the same mistake, reported once.
        var suggested: [String] = []
        for pair in pairs {
            let language = pair.key.scalar?.text ?? ""
            if !languages.isEmpty && !languages.contains(language) {
                let hint = Suggestion.hint(for: language, among: languages, plural: Phrase(en: "declared languages", nl: "opgegeven talen"))
                log.error(Phrase(en: "\(what.en) has the language '\(language)', which is not in 'languages'; \(hint.en)",
                                 nl: "\(what.nl) heeft de taal '\(language)', die niet in 'languages' staat; \(hint.nl)"),
                          at: pair.key.mark)
                if let match = Suggestion.closest(to: language, among: languages) { suggested.append(match) }
                valid = false
                continue
            }
            guard let value = text(pair.value, Phrase(en: "the '\(language)' text of \(what.en)", nl: "de '\(language)'-tekst van \(what.nl)")) else {
                valid = false
                continue
            }
            translations[language] = value
        }
        let all = languages.joined(separator: ", ")
        for language in languages where translations[language] == nil && !suggested.contains(language)
            && !pairs.contains(where: { $0.key.scalar?.text == language }) {
            log.error(Phrase(en: "\(what.en) has no '\(language)' text", nl: "\(what.nl) heeft geen '\(language)'-tekst"), at: node.mark,
                      hint: Phrase(en: "every text needs all declared languages: \(all)", nl: "elke tekst heeft alle opgegeven talen nodig: \(all)"))
            valid = false
        }
        return valid ? LocalizedText(translations) : nil
    }

    /// Reports a second use of an id with a note pointing at the first. `what` names the kind of
    /// id, such as "item id" / "item-id".
    mutating func unique(_ id: String, at mark: Mark, in seen: inout [String: Mark], _ what: Phrase) {
        if let first = seen[id] {
            log.error(Phrase(en: "\(what.en) '\(id)' is used twice; it is already defined at line \(first.line)",
                             nl: "\(what.nl) '\(id)' komt twee keer voor; die staat al op regel \(first.line)"), at: mark,
                      notes: [Diagnostic.Note(line: first.line, column: first.column,
                                              Phrase(en: "first definition of '\(id)'", nl: "eerste definitie van '\(id)'"))])
        } else {
            seen[id] = mark
        }
    }
}
