import Foundation
import ZelfscanCore

/// Turns a typed answer into an `Answer` for one item, or says what would be accepted.
///
/// Line mode and the TTY input field share it, so "2,5", "1, 3" and "dk" mean the same
/// everywhere.
public enum AnswerParser {
    public static func parse(_ typed: String, for item: SessionItem) -> Result<Answer, SessionNotice> {
        let text = ControlCharacters.removed(from: typed).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(.empty) }
        switch item.kind {
        case .scale, .single:
            guard let number = Int(text), let option = item.options[safe: number - 1] else {
                return .failure(.chooseOne(count: item.options.count))
            }
            return .success(option.answer)
        case .multiple:
            return several(text, for: item)
        case .number:
            if let missing = missingOption(text, of: item) { return .success(missing.answer) }
            return number(text, for: item)
        case .text:
            if let missing = missingOption(text, of: item) { return .success(missing.answer) }
            if let limit = item.maxLength, text.count > limit { return .failure(.tooLong(maximum: limit)) }
            return .success(.text(text))
        }
    }

    /// The answer for ticked option numbers of a multiple choice, enforcing exclusive options.
    public static func choices(_ numbers: Set<Int>, for item: SessionItem) -> Result<Answer, SessionNotice> {
        let options = numbers.sorted().compactMap { item.options[safe: $0 - 1] }
        guard !options.isEmpty, options.count == numbers.count else {
            return .failure(.chooseSeveral(count: item.options.count))
        }
        if options.count > 1, let alone = options.first(where: \.exclusive) {
            return .failure(.exclusive(label: alone.label))
        }
        if options.count == 1, case .missing = options[0].answer { return .success(options[0].answer) }
        return .success(.choices(options.compactMap {
            if case .choice(let code) = $0.answer { return code }
            return nil
        }))
    }

    private static func several(_ text: String, for item: SessionItem) -> Result<Answer, SessionNotice> {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " })
        let numbers = parts.map { Int($0) }
        guard !numbers.contains(nil) else { return .failure(.chooseSeveral(count: item.options.count)) }
        return choices(Set(numbers.compactMap { $0 }), for: item)
    }

    /// A number as a Dutch or English speaker writes it: "2,5" and "2.5" are both two and a half.
    private static func number(_ text: String, for item: SessionItem) -> Result<Answer, SessionNotice> {
        let normalised = text.replacingOccurrences(of: ",", with: ".")
        guard let value = NumberText.parse(normalised) else {
            return .failure(.notANumber(missingCodes: item.options.filter(\.isMissing).map(\.code)))
        }
        if item.integer, value != value.rounded() { return .failure(.notWhole) }
        if let minimum = item.minimum, value < minimum {
            return .failure(.outOfRange(minimum: item.minimum, maximum: item.maximum))
        }
        if let maximum = item.maximum, value > maximum {
            return .failure(.outOfRange(minimum: item.minimum, maximum: item.maximum))
        }
        return .success(.number(value))
    }

    private static func missingOption(_ text: String, of item: SessionItem) -> ItemOption? {
        item.options.first { $0.isMissing && $0.code.lowercased() == text.lowercased() }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
