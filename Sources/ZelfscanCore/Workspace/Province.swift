/// The five Flemish provinces (004_5fc34d26207c227d.txt, Bijlage 2).
public enum Province: String, Sendable, Equatable, Hashable, CaseIterable {
    case antwerpen = "Antwerpen"
    case limburg = "Limburg"
    case oostVlaanderen = "Oost-Vlaanderen"
    case vlaamsBrabant = "Vlaams-Brabant"
    case westVlaanderen = "West-Vlaanderen"

    /// Municipalities per province (300 in all), for realistic demo data.
    public var municipalityCount: Int {
        switch self {
        case .antwerpen: return 69
        case .limburg: return 42
        case .oostVlaanderen: return 60
        case .vlaamsBrabant: return 65
        case .westVlaanderen: return 64
        }
    }

    /// Accepts any case, and a space instead of the hyphen.
    public init?(name: String) {
        let key = Self.key(name)
        guard let match = Self.allCases.first(where: { Self.key($0.rawValue) == key }) else { return nil }
        self = match
    }

    private static func key(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter })
    }
}
