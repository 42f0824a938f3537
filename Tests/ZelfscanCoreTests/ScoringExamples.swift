import Foundation
import Testing
@testable import ZelfscanCore

/// The small questionnaires and respondents of the worked examples in `docs/scoring.md`; the
/// tests assert every number the document prints.
enum ScoringExamples {
    /// A questionnaire with the given `dimensions:` block and everything else fixed.
    static func questionnaireText(dimensions: String, id: String = "example") -> String {
        """
        format: 1
        id: \(id)
        version: "1"
        languages: [nl, en]
        title: {nl: "Voorbeeld", en: "Example"}
        introduction: {nl: "Inleiding", en: "Introduction"}
        privacy: {nl: "Privacy", en: "Privacy"}
        scales:
          agree5:
            options:
              - {value: 1, label: {nl: "Helemaal oneens", en: "Strongly disagree"}}
              - {value: 2, label: {nl: "Eerder oneens", en: "Tend to disagree"}}
              - {value: 3, label: {nl: "Neutraal", en: "Neutral"}}
              - {value: 4, label: {nl: "Eerder eens", en: "Tend to agree"}}
              - {value: 5, label: {nl: "Helemaal eens", en: "Strongly agree"}}
            missing:
              - {code: dk, label: {nl: "Weet ik niet", en: "Don't know"}}
          maturity4:
            options:
              - {value: 1, label: {nl: "Bestaat niet", en: "Does not exist"}}
              - {value: 2, label: {nl: "Wordt opgesteld", en: "Being drawn up"}}
              - {value: 3, label: {nl: "Bestaat", en: "In place"}}
              - {value: 4, label: {nl: "Geëvalueerd", en: "Reviewed"}}
            missing:
              - {code: dk, label: {nl: "Weet ik niet", en: "Don't know"}}
        bands:
          - {from: 0, to: 50, code: attention, label: {nl: "Aandachtspunt", en: "Needs attention"}}
          - {from: 50, to: 75, code: developing, label: {nl: "In ontwikkeling", en: "Developing"}}
          - {from: 75, to: 100, code: strength, label: {nl: "Sterkte", en: "Strength"}}
        role_groups:
          - {id: security, label: {nl: "Veiligheid", en: "Security"}}
          - {id: social-preventive, label: {nl: "Sociaal-preventief", en: "Social-preventive"}}
          - {id: administration, label: {nl: "Bestuur", en: "Administration"}}
        roles:
          - {id: police, group: security, label: {nl: "Politie", en: "Police"}}
          - {id: social-services, group: social-preventive, label: {nl: "OCMW", en: "Social services"}}
          - {id: prevention, group: social-preventive, label: {nl: "Preventie", en: "Prevention"}}
          - {id: mayor, group: administration, label: {nl: "Burgemeester", en: "Mayor"}}
          - {id: coordinator, group: administration, label: {nl: "Coördinator", en: "Coordinator"}}
        dimensions:
        \(dimensions)
        """
    }

    /// Example 1: trust with a reverse-keyed, a weighted and a "don't know" item; structure with a
    /// maturity item, a conditional item and a skipped one.
    static let respondentDimensions = """
          - id: trust
            title: {nl: "Vertrouwen", en: "Trust"}
            min_coverage: 0.6
            items:
              - {id: trust.share, text: {nl: "a", en: "a"}, scale: agree5}
              - {id: trust.withholding, text: {nl: "b", en: "b"}, scale: agree5, reverse: true}
              - {id: trust.agreements-kept, text: {nl: "c", en: "c"}, scale: agree5, weight: 2}
              - {id: trust.new-members, text: {nl: "d", en: "d"}, scale: agree5}
          - id: structure
            title: {nl: "Structuur", en: "Structure"}
            min_coverage: 0.6
            items:
              - {id: structure.agreement, text: {nl: "e", en: "e"}, scale: maturity4}
              - {id: structure.input, text: {nl: "f", en: "f"}, scale: agree5, show_if: {item: structure.agreement, at_least: 2}}
              - {id: structure.referral, text: {nl: "g", en: "g"}, scale: agree5}
        """

    /// Example 2 and the cell edge cases: one dimension of two items, the second reverse-keyed.
    static let cellDimensions = """
          - id: trust
            title: {nl: "Vertrouwen", en: "Trust"}
            items:
              - {id: trust.share, text: {nl: "a", en: "a"}, scale: agree5}
              - {id: trust.withholding, text: {nl: "b", en: "b"}, scale: agree5, reverse: true}
        """

    /// The "reverse-keyed only" edge case.
    static let reverseOnlyDimensions = """
          - id: trust
            title: {nl: "Vertrouwen", en: "Trust"}
            items:
              - {id: trust.withholding, text: {nl: "a", en: "a"}, scale: agree5, reverse: true}
              - {id: trust.betrayal, text: {nl: "b", en: "b"}, scale: agree5, reverse: true}
        """

    static func questionnaire(_ dimensions: String, id: String = "example",
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> Questionnaire {
        let result = load(questionnaireText(dimensions: dimensions, id: id), benchmark: nil)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))", sourceLocation: sourceLocation)
        return try #require(result.questionnaire, sourceLocation: sourceLocation)
    }

    static func response(_ code: String, role: String, _ answers: [String: Answer], questionnaire: Questionnaire,
                         municipality: String = "Voorbeeldgemeente", year: Int = 2026,
                         status: Response.Status = .submitted, skipped: [String] = [],
                         synthetic: Bool = false) -> Response {
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        return Response(
            respondent: code,
            questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: "0"),
            municipality: municipality, year: year, role: role, language: .nl, status: status, started: date,
            submitted: status == .submitted ? date : nil, synthetic: synthetic, answers: answers, skipped: skipped)
    }
}
