import YAML

/// Finds the known name a typo was probably meant to be.
public enum Suggestion {
    /// The closest candidate within a few edits, or nil when none is close enough to be a typo.
    /// Rewriting every letter of a short word ("fr" → "nl") is a different word, not a typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = min(max(2, word.count / 3), word.count - 1)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// "did you mean 'x'?" or the list of valid names, whichever helps more. `plural` names the
    /// candidates, such as "allowed keys" / "toegestane sleutels".
    static func hint(for word: String, among candidates: [String], plural: Phrase) -> Phrase {
        if let match = closest(to: word, among: candidates) {
            return Phrase(en: "did you mean '\(match)'?", nl: "bedoelt u '\(match)'?")
        }
        if candidates.isEmpty {
            return Phrase(en: "there are no \(plural.en)", nl: "er zijn geen \(plural.nl)")
        }
        let shown = candidates.prefix(12).map { "'\($0)'" }.joined(separator: ", ") + (candidates.count > 12 ? ", …" : "")
        return Phrase(en: "the \(plural.en) are: \(shown)", nl: "de \(plural.nl) zijn: \(shown)")
    }

    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
