import Foundation
import Testing
import TestSupport
@testable import ZelfscanCore

/// The event path (`ResponseEventDecoder`) against the tree path (`ResponseDecoder`): on every
/// valid file both give the same response, and on a damaged file `load` gives exactly what the
/// tree path gives: the same response or none, the same diagnostics and quoted sources.
@Suite("Response event decoder")
struct ResponseEventDecoderTests {
    static let hash = String(repeating: "cd", count: 32)

    static func files(seed: UInt64) throws -> (Questionnaire, [[UInt8]]) {
        let questionnaire = try ReleaseStatisticsFixture.questionnaire()
        let cells = DemoDataGenerator(questionnaire: questionnaire, seed: seed, municipalities: 6, years: 2, firstYear: 2025,
                                      questionnaireSHA256: hash).generate()
        let files = try cells.flatMap(\.responses).map { Array(try ResponseEncoder().encode($0, questionnaire: questionnaire).utf8) }
        return (questionnaire, files)
    }

    static func expectSame(_ loader: ResponseLoader, _ bytes: [UInt8], _ note: @autoclosure () -> String) {
        let viaEvents = loader.load(file: "r.yaml", bytes: bytes)
        let viaTree = loader.loadThroughTree(file: "r.yaml", bytes: bytes)
        #expect(viaEvents.response == viaTree.response, "\(note())")
        #expect(viaEvents.diagnostics == viaTree.diagnostics, "\(note())")
        #expect(viaEvents.sources == viaTree.sources, "\(note())")
    }

    @Test(arguments: [UInt64(3), 17])
    func validFilesGiveTheSameResponseOnBothPaths(seed: UInt64) throws {
        let (questionnaire, files) = try Self.files(seed: seed)
        let loader = ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: Self.hash)
        let decoder = ResponseEventDecoder(tables: .init(questionnaire), questionnaire: questionnaire, questionnaireSHA256: Self.hash)
        #expect(files.count > 50)
        for bytes in files {
            let viaTree = loader.loadThroughTree(file: "r.yaml", bytes: bytes)
            #expect(viaTree.diagnostics.isEmpty)
            let viaEvents = decoder.decode(bytes)
            #expect(viaEvents != nil, "the event path reads every file zelfscan writes")
            #expect(viaEvents == viaTree.response)
        }
    }

    @Test func aChangedQuestionnaireHashStillWarnsThroughTheTree() throws {
        let (questionnaire, files) = try Self.files(seed: 5)
        let loader = ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: String(repeating: "ef", count: 32))
        let result = loader.load(file: "r.yaml", bytes: files[0])
        #expect(result.response != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    /// Damaged copies of valid files: a byte replaced by one that means something to YAML or to
    /// the format, a line dropped or doubled, a value quoted, an anchor or tag added.
    @Test func damagedFilesGetTheTreePathsDiagnostics() throws {
        let (questionnaire, files) = try Self.files(seed: 11)
        let loader = ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: Self.hash)
        var random = SplitMix(seed: 2026)
        let replacements = Array("'\"&*!:~-#{}[], \n\t0159xyz.".utf8) + [0x00, 0x7F, 0xC3, 0xFF]
        for round in 0..<1_500 {
            var bytes = files[Int(random.next() % UInt64(files.count))]
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            let line = Int(random.next() % UInt64(lines.count))
            switch random.next() % 6 {
            case 0:
                bytes[Int(random.next() % UInt64(bytes.count))] = replacements[Int(random.next() % UInt64(replacements.count))]
            case 1:
                lines.remove(at: line)
                bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            case 2:
                lines.insert(lines[line], at: line)
                bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            default:
                guard let colon = lines[line].firstIndex(of: UInt8(ascii: ":")), colon + 2 < lines[line].count else { continue }
                let value = Array(lines[line][(colon + 2)...])
                let changed: [UInt8]
                switch random.next() % 4 {
                case 0: changed = Array("'".utf8) + value + Array("'".utf8)
                case 1: changed = Array("&a ".utf8) + value
                case 2: changed = Array("!!str ".utf8) + value
                default: changed = value + Array(" # note".utf8)
                }
                lines[line] = Array(lines[line][...(colon + 1)]) + changed
                bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            }
            Self.expectSame(loader, bytes, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
        }
    }
}
