import ZelfscanText

/// What `zelfscan demo` says, in Dutch and English.
public struct DemoText: PhraseBook {
    public let language: Language

    public init(language: Language) { self.language = language }

    public var progress: String { say(en: "writing demo data", nl: "demodata schrijven") }

    /// The marker also lists the cell folders this run made: the next run removes those only.
    public func markerText(seed: UInt64, cells: [String]) -> String {
        """
        SYNTHETISCHE DEMODATA: verzonnen cellen ("Demogemeente NNN") en verzonnen antwoorden,
        gemaakt met 'zelfscan demo' (seed \(seed)). Geen echte resultaten: gebruik ze nooit als benchmark.

        SYNTHETIC DEMO DATA: invented cells ("Demogemeente NNN") and invented answers, made with
        'zelfscan demo' (seed \(seed)). Not real results: never use them as a benchmark.

        \(Self.cellsHeading)
        """ + cells.map { "- \($0)\n" }.joined()
    }

    private static let cellsHeading = "Gemaakte cellen / cells made:"

    /// The cell folders a marker lists; none for a marker of an earlier version.
    public static func cells(inMarker text: String) -> [String] {
        guard let heading = text.range(of: cellsHeading + "\n") else { return [] }
        return text[heading.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("- ") else { return nil }
            let name = String(line.dropFirst(2))
            return name.isEmpty || name.contains("/") || name.hasPrefix(".") ? nil : name
        }
    }

    public func done(cells: Int, responses: Int, out: String, first: String) -> String {
        say(en: """
            SYNTHETIC DEMO DATA written to \(out)/: \(cells) invented \(cells == 1 ? "cell" : "cells"), \(responses) response files.
            Try for example:
              zelfscan status --dir \(first)
              zelfscan score --dir \(first) --peers \(out)

            """, nl: """
            SYNTHETISCHE DEMODATA geschreven in \(out)/: \(cells) verzonnen \(cells == 1 ? "cel" : "cellen"), \(responses) antwoordbestanden.
            Probeer bijvoorbeeld:
              zelfscan status --dir \(first)
              zelfscan score --dir \(first) --peers \(out)

            """)
    }

    public func notEmpty(_ out: String) -> Phrase {
        Phrase(en: "\(out) is not empty and is not an earlier demo folder", nl: "\(out) is niet leeg en is geen eerdere demomap")
    }

    public var notEmptyHint: Phrase {
        Phrase(en: "choose another folder with --out; zelfscan demo only replaces folders it made itself",
               nl: "kies een andere map met --out; zelfscan demo vervangt alleen mappen die het zelf maakte")
    }
}
