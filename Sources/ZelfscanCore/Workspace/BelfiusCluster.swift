import Foundation

/// A cluster of the Belfius typology of Flemish municipalities (004_5fc34d26207c227d.txt,
/// Bijlage 1): V1–V16 in six groups, used to compare like with like.
public struct BelfiusCluster: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public enum Group: String, Sendable, Equatable, Hashable, CaseIterable {
        case residential = "woongemeenten"
        case rural = "landelijke-gemeenten"
        case economic = "economische-aantrekking"
        case urbanised = "verstedelijkte-gemeenten"
        case cities = "grote-en-regionale-steden"
        case coastal = "kustgemeenten"

        public var label: Phrase {
            switch self {
            case .residential: Phrase(en: "Residential municipalities", nl: "Woongemeenten")
            case .rural: Phrase(en: "Rural municipalities", nl: "Landelijke gemeenten")
            case .economic: Phrase(en: "Municipalities with economic pull", nl: "Gemeenten met economische aantrekking")
            case .urbanised: Phrase(en: "Urbanised municipalities", nl: "Verstedelijkte gemeenten")
            case .cities: Phrase(en: "Large and regional cities", nl: "Grote en regionale steden")
            case .coastal: Phrase(en: "Coastal municipalities", nl: "Kustgemeenten")
            }
        }
    }

    /// 1 to 16.
    public let number: Int

    /// Municipalities per cluster in Flanders (300 in all), for realistic demo data.
    public static let municipalityCounts = [10, 14, 37, 28, 27, 21, 17, 26, 13, 16, 13, 32, 11, 14, 13, 8]

    public static let all = (1...16).map { BelfiusCluster(number: $0)! }

    public init?(number: Int) {
        guard (1...16).contains(number) else { return nil }
        self.number = number
    }

    /// Accepts `V7`, `v7` and `7`.
    public init?(_ text: String) {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces))
        if digits.first == "V" || digits.first == "v" { digits = digits.dropFirst() }
        guard let number = Int(digits) else { return nil }
        self.init(number: number)
    }

    public var group: Group {
        switch number {
        case 1...5: return .residential
        case 6...8: return .rural
        case 9...12: return .economic
        case 13...14: return .urbanised
        case 15: return .cities
        default: return .coastal
        }
    }

    public var description: String { "V\(number)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }
}
