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

    mutating func fields(_ node: Node, of what: String, required: [String], optional: [String] = []) -> Fields? {
        guard let pairs = node.mapping else {
            log.error("\(what) must be a mapping of keys (such as '\(required.first ?? optional.first ?? "id"): …'), found \(node.kindDescription)", at: node.mark)
            return nil
        }
        let known = required + optional
        var values: [String: Node] = [:]
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            guard known.contains(key) else {
                let hint = Suggestion.hint(for: key, among: known, noun: "allowed key")
                log.error("unknown key '\(key)' in \(what); \(hint)", at: pair.key.mark)
                continue
            }
            values[key] = pair.value
        }
        for key in required where values[key] == nil {
            log.error("\(what) is missing the required key '\(key)'", at: node.mark)
        }
        return Fields(node: node, values: values)
    }

    mutating func text(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            log.error("\(what) must be a text, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        if scalar.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            log.error("\(what) is empty", at: node.mark)
            return nil
        }
        return scalar.text
    }

    mutating func identifier(_ node: Node?, _ what: String) -> String? {
        guard let text = text(node, what), let node else { return nil }
        guard Self.isIdentifier(text) else {
            log.error("\(what) '\(text)' is not a valid id", at: node.mark,
                      hint: "use lower-case letters, digits, '-', '_' and '.', starting with a letter")
            return nil
        }
        return text
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    mutating func number(_ node: Node?, _ what: String) -> Double? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            log.error("\(what) must be a number, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        guard let value = NumberText.parse(scalar.text) else {
            log.error("\(what) must be a number such as 1 or 0.6, found '\(scalar.text)'", at: node.mark)
            return nil
        }
        if scalar.isQuoted || node.tag == "tag:yaml.org,2002:str" {
            log.error("\(what) must be a number, found the quoted text '\(scalar.text)'", at: node.mark, hint: scalar.isQuoted ? "remove the quotes" : "remove the !!str tag")
            return nil
        }
        return value
    }

    mutating func integer(_ node: Node?, _ what: String) -> Int? {
        guard let node, let value = number(node, what) else { return nil }
        guard value == value.rounded(), abs(value) < 1e12 else {
            log.error("\(what) must be a whole number, found \(NumberText.format(value))", at: node.mark)
            return nil
        }
        return Int(value)
    }

    mutating func boolean(_ node: Node?, _ what: String) -> Bool? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !scalar.isQuoted, scalar.text == "true" || scalar.text == "false" else {
            let found = node.scalar.map { "'\($0.text)'" } ?? node.kindDescription
            log.error("\(what) must be true or false, found \(found)", at: node.mark,
                      hint: node.scalar.map { ["yes", "no", "on", "off", "True", "False"].contains($0.text) } == true
                          ? "write true or false; words such as yes and no are read as text" : nil)
            return nil
        }
        return scalar.text == "true"
    }

    mutating func list(_ node: Node?, _ what: String, allowEmpty: Bool = false) -> [Node]? {
        guard let node else { return nil }
        guard let items = node.sequence else {
            log.error("\(what) must be a list (lines starting with '- '), found \(node.kindDescription)", at: node.mark)
            return nil
        }
        if items.isEmpty && !allowEmpty {
            log.error("\(what) is an empty list; it needs at least one entry", at: node.mark)
            return nil
        }
        return items
    }

    mutating func localized(_ node: Node?, _ what: String) -> LocalizedText? {
        guard let node else { return nil }
        guard let pairs = node.mapping else {
            let example = languages.isEmpty ? "{nl: \"…\", en: \"…\"}" : "{" + languages.map { "\($0): \"…\"" }.joined(separator: ", ") + "}"
            log.error("\(what) must give a text per language, such as \(example); found \(node.kindDescription)", at: node.mark)
            return nil
        }
        var translations: [String: String] = [:]
        var valid = true
        // Languages a misspelled key was taken for: their absence is the same mistake, reported once.
        var suggested: [String] = []
        for pair in pairs {
            let language = pair.key.scalar?.text ?? ""
            if !languages.isEmpty && !languages.contains(language) {
                let hint = Suggestion.hint(for: language, among: languages, noun: "declared language")
                log.error("\(what) has the language '\(language)', which is not in 'languages'; \(hint)", at: pair.key.mark)
                if let match = Suggestion.closest(to: language, among: languages) { suggested.append(match) }
                valid = false
                continue
            }
            guard let value = text(pair.value, "the '\(language)' text of \(what)") else {
                valid = false
                continue
            }
            translations[language] = value
        }
        for language in languages where translations[language] == nil && !suggested.contains(language)
            && !pairs.contains(where: { $0.key.scalar?.text == language }) {
            log.error("\(what) has no '\(language)' text", at: node.mark, hint: "every text needs all declared languages: \(languages.joined(separator: ", "))")
            valid = false
        }
        return valid ? LocalizedText(translations) : nil
    }

    /// Reports a second use of an id with a note pointing at the first.
    mutating func unique(_ id: String, at mark: Mark, in seen: inout [String: Mark], _ what: String) {
        if let first = seen[id] {
            log.error("\(what) '\(id)' is used twice; it is already defined at line \(first.line)", at: mark,
                      notes: [Diagnostic.Note(line: first.line, column: first.column, message: "first definition of '\(id)'")])
        } else {
            seen[id] = mark
        }
    }
}
