/// Finds Flemish municipality names in a text the way a reader would recognise them: in any case,
/// with or without accents, hyphens or spaces (`Sint-Niklaas`, `sint niklaas`, `SINTNIKLAAS`,
/// `St.-Niklaas`), and only as whole words, so that `Gentse` or `Boomgaard` are not names.
struct MunicipalityNames: Sendable {
    static let shared = MunicipalityNames()

    /// Each name as its words, indexed by its first word; a name of several words is also
    /// indexed as one word written together.
    private let byFirstWord: [String: [[String]]]

    init() {
        var index: [String: [[String]]] = [:]
        let names = FlemishMunicipalities.before2025 + FlemishMunicipalities.merged2025 + FlemishMunicipalities.otherSpellings
        for name in names {
            let words = Self.words(name)
            guard let first = words.first else { continue }
            index[first, default: []].append(words)
            if words.count > 1 { index[words.joined(), default: []].append([words.joined()]) }
        }
        byFirstWord = index.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Whether `text` holds a name. In prose the names that are also common words do not count.
    func contains(_ text: String, prose: Bool) -> Bool {
        let words = Self.words(text)
        for start in words.indices {
            guard let candidates = byFirstWord[words[start]] else { continue }
            for candidate in candidates where start + candidate.count <= words.count {
                guard words[start..<(start + candidate.count)].elementsEqual(candidate) else { continue }
                if prose, FlemishMunicipalities.commonWords.contains(candidate.joined(separator: " ")) { continue }
                return true
            }
        }
        return false
    }

    /// Lowercase ASCII words, accents folded, `st` read as `sint`; everything that is not a
    /// letter separates words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            words.append(current == "st" ? "sint" : current)
            current = ""
        }
        for scalar in text.unicodeScalars {
            if let letter = folded(scalar) {
                current.append(letter)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    private static func folded(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x41...0x5A: return Character(Unicode.Scalar(scalar.value + 0x20)!)
        case 0x61...0x7A: return Character(scalar)
        default: break
        }
        guard scalar.value >= 0xC0 else { return nil }
        let lower = String(scalar).lowercased()
        for (letter, variants) in accentFolding where variants.contains(lower) { return letter }
        return nil
    }

    private static let accentFolding: [(Character, Set<String>)] = [
        ("a", ["à", "á", "â", "ã", "ä", "å"]), ("c", ["ç"]), ("e", ["è", "é", "ê", "ë"]), ("i", ["ì", "í", "î", "ï"]),
        ("n", ["ñ"]), ("o", ["ò", "ó", "ô", "õ", "ö"]), ("u", ["ù", "ú", "û", "ü"]), ("y", ["ý", "ÿ"]),
    ]
}
