import YAML

/// What `zelfscan demo` says, in Dutch and English.
struct DemoText {
    let language: String

    private func say(_ nl: String, _ en: String) -> String { language == "en" ? en : nl }

    var progress: String { say("demodata schrijven", "writing demo data") }

    func markerText(seed: UInt64) -> String {
        """
        SYNTHETISCHE DEMODATA: verzonnen cellen ("Demogemeente NNN") en verzonnen antwoorden,
        gemaakt met 'zelfscan demo' (seed \(seed)). Geen echte resultaten: gebruik ze nooit als benchmark.

        SYNTHETIC DEMO DATA: invented cells ("Demogemeente NNN") and invented answers, made with
        'zelfscan demo' (seed \(seed)). Not real results: never use them as a benchmark.

        """
    }

    func done(cells: Int, responses: Int, out: String, first: String) -> String {
        say("""
            SYNTHETISCHE DEMODATA geschreven in \(out)/: \(cells) verzonnen \(cells == 1 ? "cel" : "cellen"), \(responses) antwoordbestanden.
            Probeer bijvoorbeeld:
              zelfscan status --dir \(first)
              zelfscan score --dir \(first) --peers \(out)

            """, """
            SYNTHETIC DEMO DATA written to \(out)/: \(cells) invented \(cells == 1 ? "cell" : "cells"), \(responses) response files.
            Try for example:
              zelfscan status --dir \(first)
              zelfscan score --dir \(first) --peers \(out)

            """)
    }

    func notEmpty(_ out: String) -> Phrase {
        Phrase(en: "\(out) is not empty and is not an earlier demo folder", nl: "\(out) is niet leeg en is geen eerdere demomap")
    }

    var notEmptyHint: Phrase {
        Phrase(en: "choose another folder with --out; zelfscan demo only replaces folders it made itself",
               nl: "kies een andere map met --out; zelfscan demo vervangt alleen mappen die het zelf maakte")
    }
}
