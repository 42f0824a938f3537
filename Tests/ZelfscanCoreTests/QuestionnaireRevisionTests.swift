import Foundation
import Testing
import YAML

/// The bundled questionnaire's claims about 2026.1 must be true of the archived 2026.1 file: an item
/// that says it `continues` an earlier one asks the same statement on the same scale, or the trend
/// would join answers to different questions; an id the earlier version used for something else
/// may not come back without saying so.
@Suite("livc-r revision against the archived 2026.1")
struct QuestionnaireRevisionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("questionnaires")

    static func parse(_ path: String) throws -> Node {
        try YAMLParser().parse(Array(try Data(contentsOf: folder.appendingPathComponent(path))))
    }

    /// Every item by id, scored and context, with the dimension it belongs to (nil for context).
    static func items(_ file: Node) -> [String: (node: Node, dimension: String?)] {
        var found: [String: (node: Node, dimension: String?)] = [:]
        for item in file["context"]?["items"]?.sequence ?? [] {
            if let id = item["id"]?.scalar?.text { found[id] = (item, nil) }
        }
        for dimension in file["dimensions"]?.sequence ?? [] {
            for item in dimension["items"]?.sequence ?? [] {
                if let id = item["id"]?.scalar?.text { found[id] = (item, dimension["id"]?.scalar?.text) }
            }
        }
        return found
    }

    static func text(_ node: Node, _ key: String, _ language: String) -> String? {
        node[key]?[language]?.scalar?.text
    }

    /// What makes two answers comparable: the statement in every language, the scale and its
    /// direction; for a context item, the question and its option codes.
    static func statement(_ node: Node) -> [String] {
        let options = (node["options"]?.sequence ?? []).compactMap { $0["code"]?.scalar?.text }
        return [text(node, "text", "nl") ?? "", text(node, "text", "en") ?? "",
                node["scale"]?.scalar?.text ?? node["type"]?.scalar?.text ?? "",
                node["reverse"]?.scalar?.text ?? "false"] + options
    }

    @Test func continuedItemsAskTheSameStatement() throws {
        let current = try Self.parse("livc-r.yaml")
        let archived = Self.items(try Self.parse("archive/livc-r-2026.1.yaml"))
        #expect(current["version"]?.scalar?.text == "2026.2")
        #expect(current["continues"]?["version"]?.scalar?.text == "2026.1")
        var continued = 0
        for (id, item) in Self.items(current) {
            guard let earlier = item.node["continues"]?.scalar?.text else { continue }
            let old = try #require(archived[earlier], "\(id) continues \(earlier), which 2026.1 does not have")
            #expect(Self.statement(item.node) == Self.statement(old.node), "\(id) continues \(earlier) but asks something else")
            #expect(item.dimension == old.dimension, "\(id) continues \(earlier) from another dimension")
            continued += 1
        }
        #expect(continued >= 16, "most unchanged statements say that they continue")
    }

    @Test func aReusedScoredIdSaysItContinues() throws {
        let current = Self.items(try Self.parse("livc-r.yaml"))
        let archived = Self.items(try Self.parse("archive/livc-r-2026.1.yaml"))
        for (id, item) in current where item.dimension != nil && archived[id] != nil {
            #expect(item.node["continues"] != nil, "\(id) was a 2026.1 statement; say 'continues: \(id)' or give the new statement a new id")
        }
    }

    @Test func everyDimensionOf2026_1IsContinuedOrReplaced() throws {
        let current = try Self.parse("livc-r.yaml")
        let archived = try Self.parse("archive/livc-r-2026.1.yaml")
        let continued = Set((current["dimensions"]?.sequence ?? []).compactMap { $0["continues"]?.scalar?.text })
        for dimension in archived["dimensions"]?.sequence ?? [] {
            let id = try #require(dimension["id"]?.scalar?.text)
            #expect(continued.contains(id), "2026.1's dimension \(id) has no successor in 2026.2")
        }
    }

    /// Issue 15: the written agreement is asked once, as the coordinator's fact.
    @Test func theWrittenAgreementIsAskedOnce() throws {
        let items = Self.items(try Self.parse("livc-r.yaml"))
        let agreement = try #require(items["context.agreement"])
        #expect(agreement.node["answered_by"]?.scalar?.text == "coordinator")
        #expect(agreement.node["cell_fact"] != nil)
        #expect(items["information-sharing.written-agreement"] == nil)
        let asking = items.filter { Self.text($0.value.node, "text", "nl")?.contains("schriftelijk lokaal afsprakenkader") == true }
        #expect(asking.isEmpty, "asked again by \(asking.keys.sorted())")
    }
}
