import YAML

/// The audit's own description of a column of export format 3 (docs/export-format.md): what a
/// value must look like. Written here rather than read from the codebook, so that a codebook
/// edited to describe a leaking column cannot make the audit accept it.
enum AuditColumn: Sendable {
    case cell
    case year(optional: Bool)
    case belfiusGroup
    case cellFact(values: Set<String>)
    /// A cell mean or a mean of means, 0–100 with one decimal; empty where there is no score.
    case score(optional: Bool)
    case respondent
    case item
    case itemValue
    case status
    case grouping
    case group
    case dimension
    /// A count rounded to a multiple of 5, at least `minimum`.
    case count(minimum: Int)
    case real(decimals: Int, range: ClosedRange<Double>, optional: Bool)
    case integer(optional: Bool)
    /// A code of the export's vocabulary that the audit cannot enumerate (an option code, a
    /// published figure's id): lowercase letters, digits, `.`, `_`, `-`.
    case code
    /// A scale value or a code.
    case answer
    case oneOf(Set<String>)
    /// Free text written by the tool (descriptions): checked as prose.
    case prose

    var isNumeric: Bool {
        switch self {
        case .year, .score, .respondent, .itemValue, .count, .real, .integer: return true
        default: return false
        }
    }

    /// Why `value` cannot be in this column, or nil. Never repeats the value.
    func problem(_ value: String, context: AuditCodebook) -> Phrase? {
        if value.isEmpty {
            switch self {
            case .year(optional: true), .score(optional: true), .itemValue, .real(_, _, optional: true), .integer(optional: true): return nil
            default: return Phrase(en: "is empty, which this column never is", nl: "leeg is, wat deze kolom nooit is")
            }
        }
        switch self {
        case .cell:
            return Self.isCellID(value) ? nil : Phrase(en: "is not a cell id (C and 12 lowercase hex digits)", nl: "geen celcode is (C en 12 kleine hexadecimale cijfers)")
        case .year:
            guard let year = Self.canonicalInteger(value), (2000...2100).contains(year) else {
                return Phrase(en: "is not a year from 2000 to 2100", nl: "geen jaartal van 2000 tot 2100 is")
            }
            return nil
        case .belfiusGroup:
            return BelfiusCluster.Group(rawValue: value) != nil || value == "unknown" || value == "removed" ? nil : Self.notInVocabulary
        case .cellFact(let values):
            return values.contains(value) ? nil : Self.notInVocabulary
        case .score:
            return Self.realProblem(value, decimals: 1, range: 0...100)
        case .respondent:
            guard let number = Self.canonicalInteger(value), number >= 1 else {
                return Phrase(en: "is not a canonical respondent number (1, 2, 3 … without leading zeros or sign)",
                              nl: "geen canoniek respondentnummer is (1, 2, 3 … zonder voorloopnullen of teken)")
            }
            return nil
        case .item:
            return context.items.contains(value) ? nil : Phrase(en: "is not an item that codebook.yaml lists", nl: "geen item is dat codebook.yaml opsomt")
        case .itemValue:
            return Self.realProblem(value, decimals: 3, range: -1000...1000)
        case .status:
            return ["answered", "skipped", "not-shown", "withheld"].contains(value) || context.missingCodes.contains(value) ? nil : Self.notInVocabulary
        case .grouping:
            return ["all", "belfius_group"].contains(value) ? nil : Self.notInVocabulary
        case .group:
            let known = ["all", "other", "unknown", "removed"].contains(value) || BelfiusCluster.Group(rawValue: value) != nil
            return known ? nil : Self.notInVocabulary
        case .dimension:
            return value == "overall" || context.dimensions.contains(value) ? nil : Self.notInVocabulary
        case .count(let minimum):
            guard let count = Self.canonicalInteger(value) else { return Self.notCanonical }
            if count % 5 != 0 { return Phrase(en: "is a count not rounded to a multiple of 5", nl: "een telling is die niet op een veelvoud van 5 is afgerond") }
            if count < minimum { return Phrase(en: "covers fewer than \(minimum) cells", nl: "minder dan \(minimum) cellen omvat") }
            return nil
        case .real(let decimals, let range, _):
            return Self.realProblem(value, decimals: decimals, range: range)
        case .integer:
            return Self.canonicalInteger(value) == nil ? Self.notCanonical : nil
        case .code:
            return Self.isCode(value) ? nil : Self.notInVocabulary
        case .answer:
            return Self.isCode(value) || Self.realProblem(value, decimals: 3, range: -1000...1000) == nil ? nil : Self.notInVocabulary
        case .oneOf(let values):
            return values.contains(value) ? nil : Self.notInVocabulary
        case .prose:
            return nil
        }
    }

    static let notInVocabulary = Phrase(en: "is not one of the codes this column may hold", nl: "geen van de codes is die deze kolom mag bevatten")
    static let notCanonical = Phrase(en: "is not a canonical integer (no leading zeros, sign or decimals)", nl: "geen canoniek geheel getal is (geen voorloopnullen, teken of decimalen)")

    static let notCanonicalReal = Phrase(en: "is not a canonical decimal number", nl: "geen canoniek decimaal getal is")

    /// `0` or digits without a leading zero; at most 15 digits.
    static func canonicalInteger(_ text: String) -> Int? {
        var text = text
        return text.withUTF8(canonicalInteger)
    }

    /// `canonicalInteger(_:)` of a field's bytes.
    static func canonicalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, bytes.count <= 15, bytes.count == 1 || first != UInt8(ascii: "0") else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A canonical decimal (`-`? integer part, then `.` and at most `decimals` digits, no
    /// trailing dot) within `range`.
    static func realProblem(_ text: String, decimals: Int, range: ClosedRange<Double>) -> Phrase? {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), canonicalInteger(String(parts[0])) != nil,
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCII) && parts[1].allSatisfy(\.isNumber)),
              let number = Double(text) else { return notCanonicalReal }
        if parts.count == 2, parts[1].count > decimals {
            return Phrase(en: "has more than \(decimals) decimal(s)", nl: "meer dan \(decimals) decimale(n) heeft")
        }
        return range.contains(number) ? nil : Phrase(en: "is outside \(Self.format(range))", nl: "buiten \(Self.format(range)) ligt")
    }

    private static func format(_ range: ClosedRange<Double>) -> String { "\(Int(range.lowerBound))–\(Int(range.upperBound))" }

    /// `C` and 12 lowercase hex digits.
    static func isCellID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 13 && bytes[0] == UInt8(ascii: "C")
            && bytes.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    /// Lowercase letters, digits, `.`, `_`, `-`, starting with a letter or digit.
    static func isCode(_ value: String) -> Bool {
        guard let first = value.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
              value.utf8.count <= 64 else { return false }
        return value.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }
}
