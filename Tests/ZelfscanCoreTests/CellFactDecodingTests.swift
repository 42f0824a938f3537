import Testing
import YAML
@testable import ZelfscanCore

/// `cell_fact:` on a context item: what an export may release per cell round, checked with
/// located messages like every other key.
@Suite("Cell facts in the questionnaire")
struct CellFactDecodingTests {
    static let anchor = "      benchmark: ref-2022.cell-level\n"

    static func with(_ cellFact: String) -> String {
        Fixture.editing((anchor, anchor + cellFact))
    }

    @Test func aCellFactIsDecoded() throws {
        let result = load(Self.with("      cell_fact:\n        categories: {municipal: local, zone: zonal}\n        coarse: {local: any, zonal: any}\n"))
        let item = try #require(result.questionnaire?.context?.items.first)
        let fact = try #require(item.cellFact)
        #expect(fact.category(of: "zone") == "zonal")
        #expect(fact.coarse(of: "local") == "any")
        #expect(fact.categoryCodes == ["local", "zonal"])
    }

    @Test func everyOptionNeedsACategory() throws {
        let text = Self.with("      cell_fact:\n        categories: {municipal: local}\n")
        let error = try load(text).onlyError()
        #expect(error.message == "'categories' of 'cell_fact' of context item 'context.level' must give every option a category; missing: zone")
        #expect(error.mark == (try text.mark(of: "{municipal: local}")))
    }

    @Test func anUnknownOptionIsNamedWithTheNearest() throws {
        let text = Self.with("      cell_fact:\n        categories: {municipl: local, zone: zonal}\n")
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'categories' of 'cell_fact' of context item 'context.level' names 'municipl', which is not a known option here; did you mean 'municipal'?"))
        #expect(error.mark == (try text.mark(of: "municipl")))
    }

    @Test func reservedCategoriesAreRefused() throws {
        let text = Self.with("      cell_fact:\n        categories: {municipal: removed, zone: zonal}\n")
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'removed' in 'categories' of 'cell_fact' of context item 'context.level' is reserved in exports"))
        #expect(error.mark == (try text.mark(of: "removed")))
    }

    @Test func coarseMustCoverEveryCategory() throws {
        let text = Self.with("      cell_fact:\n        categories: {municipal: local, zone: zonal}\n        coarse: {local: any}\n")
        #expect(try load(text).onlyError().message.hasSuffix("must give every category a category; missing: zonal"))
    }

    @Test func onlySingleChoiceItemsAreCellFacts() throws {
        let anchor = "        - {code: school, label: {nl: \"School\", en: \"School\"}}\n"
        let text = Fixture.editing((anchor, anchor + "      cell_fact:\n        categories: {police: p, school: s}\n"))
        #expect(try load(text).onlyError().message.hasPrefix("'cell_fact' does not apply to the 'multiple'"))
    }
}
