import Foundation
import Testing
import YAML
@testable import ZelfscanCore

/// The format 2 key `group`: the questionnaire's own word for the group that evaluates itself.
@Suite("The questionnaire names its group")
struct GroupNounTests {
    static let partnership = """
        group:
          nl: {singular: partnerschap, plural: partnerschappen, article: het}
          en: {singular: partnership, plural: partnerships}

        """

    static func withGroup(_ group: String) -> String {
        FormatTwoFixture.editing("privacy: {nl: \"Geen namen\", en: \"No names\"}\n", "privacy: {nl: \"Geen namen\", en: \"No names\"}\n" + group)
    }

    @Test func withoutTheKeyTheToolSaysGroup() throws {
        let questionnaire = try FormatTwoFixture.questionnaire()
        #expect(questionnaire.group == .neutral)
        #expect(questionnaire.group.definite(.nl) == "de groep")
        #expect(questionnaire.group.yours(.en) == "your group")
    }

    @Test func theFileSaysItsOwnWordWithItsArticle() throws {
        let result = load(Self.withGroup(Self.partnership))
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
        let group = try #require(result.questionnaire).group
        #expect(group.definite(.nl) == "het partnerschap")
        #expect(group.yours(.nl) == "uw partnerschap")
        #expect(group.plural(.nl) == "partnerschappen")
        #expect(group.definite(.en) == "the partnership")
        #expect(GroupNoun.capitalised(group.definite(.nl)) == "Het partnerschap")
    }

    @Test func dutchNeedsItsArticle() throws {
        let text = Self.withGroup(Self.partnership.replacingOccurrences(of: ", article: het", with: ""))
        let error = try load(text).onlyError()
        #expect(error.message == "'nl' of 'group' is missing the required key 'article'")
        #expect(error.mark == (try text.mark(of: "{singular: partnerschap")))
    }

    @Test func anArticleIsDeOrHet() throws {
        let text = Self.withGroup(Self.partnership.replacingOccurrences(of: "article: het", with: "article: den"))
        let error = try load(text).onlyError()
        #expect(error.message == "'den' is not a Dutch article; use 'de' (de cel) or 'het' (het partnerschap)")
        #expect(error.mark == (try text.mark(of: "den}")))
    }

    @Test func englishTakesNoArticle() throws {
        let text = Self.withGroup(Self.partnership.replacingOccurrences(of: "plural: partnerships}", with: "plural: partnerships, article: the}"))
        let error = try load(text).onlyError()
        #expect(error.message == "only the Dutch word needs an article ('de' or 'het'); en takes none")
    }

    @Test func everyDeclaredLanguageGivesItsWord() throws {
        let text = Self.withGroup(Self.partnership.replacingOccurrences(of: "  en: {singular: partnership, plural: partnerships}\n", with: ""))
        let error = try load(text).onlyError()
        #expect(error.message == "'group' is missing the required key 'en'")
    }

    @Test func aFormatOneFileMustSayFormatTwo() throws {
        let text = Fixture.editing(("privacy: {nl: \"Geen namen\", en: \"No names\"}\n", "privacy: {nl: \"Geen namen\", en: \"No names\"}\n" + Self.partnership))
        let error = try load(text).onlyError()
        #expect(error.message == "'group' is a format 2 key, but the file says 'format: 1'")
    }

    @Test func theBundledQuestionnaireSaysCel() throws {
        let current = try #require(BundledQuestionnaire.load().questionnaire)
        #expect(current.group.definite(.nl) == "de cel")
        #expect(current.group.yours(.nl) == "uw cel")
        #expect(current.group.plural(.en) == "cells")
        // The archived 2026.1 is kept byte for byte, so it keeps the neutral word.
        let archived = try #require(BundledQuestionnaire.load(file: "questionnaires/archive/livc-r-2026.1.yaml")?.result.questionnaire)
        #expect(archived.group == .neutral)
    }
}

/// What makes two files of one id and version comparable (coach trial P3).
@Suite("Scoring shape")
struct ScoringShapeTests {
    @Test func wordsDoNotMatterScoringDoes() throws {
        let base = try FormatTwoFixture.questionnaire()
        var retitled = base
        retitled.title = LocalizedText(["nl": "Anders", "en": "Other"])
        #expect(ScoringShape(base).difference(to: ScoringShape(retitled)) == nil)
        var reweighted = base
        reweighted.dimensions[0].items[0].weight += 1
        #expect(ScoringShape(base).difference(to: ScoringShape(reweighted))?.en == "the statements, scales, weights, coverage or place in the overall score of trust differ")
        var outsideOverall = base
        outsideOverall.dimensions[0].inOverall = false
        #expect(ScoringShape(base).difference(to: ScoringShape(outsideOverall)) != nil, "the overall score is made of other dimensions")
        var local = base
        local.dimensions[1].local = false
        #expect(ScoringShape(base).difference(to: ScoringShape(local))?.en == "core dimensions only in it: vision",
                "a coach's own dimension counts once it is not local")
    }
}

/// The library finds an earlier version among a workspace's kept copies, by hash first.
@Suite("Kept questionnaires in the library")
struct KeptLibraryTests {
    @Test func anEarlierVersionIsFoundAmongTheKeptCopies() throws {
        var current = try FormatTwoFixture.questionnaire()
        current.version = "2.0"
        let earlier = try FormatTwoFixture.questionnaire()
        let stamp = QuestionnaireLibrary.Stamp(id: earlier.id, version: earlier.version, sha256: "bb", mark: Mark(line: 1, column: 1))
        let bare = QuestionnaireLibrary.workspace(current: current, sha256: "cc")
        #expect(bare.isOrphan(stamp, current: current))
        let library = QuestionnaireLibrary.workspace(current: current, sha256: "cc", kept: [.init(questionnaire: earlier, sha256: "aa"), .init(questionnaire: earlier, sha256: "bb")])
        #expect(!library.isOrphan(stamp, current: current))
        #expect(library.earlierEntry(for: stamp, current: current)?.sha256 == "bb")
        #expect(library.entries.first?.sha256 == "cc", "the current file comes first")
        let sameVersion = QuestionnaireLibrary.Stamp(id: current.id, version: current.version, sha256: "aa", mark: Mark(line: 1, column: 1))
        #expect(library.earlierEntry(for: sameVersion, current: current) == nil, "the current version is read with the current file")
    }

    @Test func aCopyIsNamedByItsHashAndStaysInsideItsFolder() {
        #expect(KeptQuestionnaire.isHashName(String(repeating: "a", count: 64)))
        #expect(!KeptQuestionnaire.isHashName(String(repeating: "A", count: 64)))
        #expect(!KeptQuestionnaire.isHashName("livc-r-2026.1"))
        #expect(KeptQuestionnaire.insidePath("../benchmarks/./ref.yaml") == "benchmarks/ref.yaml")
        #expect(KeptQuestionnaire.insidePath("/etc/ref.yaml") == "etc/ref.yaml")
        #expect(KeptQuestionnaire.mismatch(file: "q.yaml", expected: "ab", actual: "AB") == nil)
        #expect(KeptQuestionnaire.mismatch(file: "q.yaml", expected: "ab", actual: "cd")?.mark == Mark(line: 1, column: 1))
    }
}
