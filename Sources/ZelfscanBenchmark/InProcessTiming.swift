import CYAML
import Foundation
import YAML
import ZelfscanCore

/// Measurements inside the runner's own process: no process start in the figure, only the work.
enum InProcessTiming {
    /// Median seconds of `repetitions` calls after one warm-up call.
    static func median(repetitions: Int, _ work: () throws -> Void) rethrows -> (median: Double, runs: [Double]) {
        try work()
        var runs: [Double] = []
        for _ in 0..<repetitions {
            let start = ChildProcess.monotonicSeconds()
            try work()
            runs.append(ChildProcess.monotonicSeconds() - start)
        }
        return (Format.median(runs), runs)
    }

    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// The questionnaire compiled into the binary, parsed and validated: what
    /// `BundledQuestionnaire.load()` does once per process (it keeps the result), and `take`
    /// before its first screen.
    static func bundledQuestionnaire(repetitions: Int) throws -> Double {
        let file = BundledQuestionnaire.file
        let read: QuestionnaireLoader.ReadFile = { path in
            guard let bytes = BundledQuestionnaire.bytes(path) else { throw Invalid(description: "\(path) is not bundled") }
            return bytes
        }
        return try median(repetitions: repetitions) {
            guard QuestionnaireLoader().load(file: file, bytes: try read(file), readFile: read).questionnaire != nil else {
                throw Invalid(description: "the bundled questionnaire is invalid")
            }
        }.median
    }

    /// `questionnaires/livc-r.yaml` and its reference figures read from disk, parsed and validated,
    /// as `zelfscan validate` does.
    static func questionnaireFile(_ path: String, repetitions: Int) throws -> Double {
        let read: QuestionnaireLoader.ReadFile = { file in
            guard let data = FileManager.default.contents(atPath: file) else { throw Invalid(description: "cannot read \(file)") }
            return [UInt8](data)
        }
        return try median(repetitions: repetitions) {
            let result = QuestionnaireLoader().load(file: path, bytes: try read(path), readFile: read)
            guard result.questionnaire != nil else { throw Invalid(description: "\(path) is invalid") }
        }.median
    }
}

/// YAML throughput on the same bytes: libyaml's own event loop (the ceiling), the project's YAML
/// layer building its node tree, and the full response loader (decode and validate).
struct YAMLThroughput {
    var files: [(path: String, bytes: [UInt8])]
    var totalBytes: Int

    init(paths: [String]) throws {
        files = try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else { throw InProcessTiming.Invalid(description: "cannot read \(path)") }
            return (path, [UInt8](data))
        }
        totalBytes = files.reduce(0) { $0 + $1.bytes.count }
    }

    struct Result {
        var megabytesPerSecond: Double
        var runs: [Double]
    }

    /// MB/s of `parse` over every file, median of `repetitions` passes after one warm-up pass.
    private func measure(repetitions: Int, _ parse: (_ path: String, _ bytes: [UInt8]) throws -> Int) throws -> Result {
        var checksum = 0
        let timing = try InProcessTiming.median(repetitions: repetitions) {
            for file in files { checksum &+= try parse(file.path, file.bytes) }
        }
        guard checksum != 0 else { throw InProcessTiming.Invalid(description: "nothing was parsed") }
        let rate = { (seconds: Double) in Double(totalBytes) / 1e6 / seconds }
        return Result(megabytesPerSecond: rate(timing.median), runs: timing.runs.map(rate))
    }

    /// libyaml pulling events and dropping them: what any layer on top of it cannot beat.
    func rawLibyaml(repetitions: Int) throws -> Result {
        try measure(repetitions: repetitions) { _, bytes in
            bytes.withUnsafeBufferPointer { buffer -> Int in
                var parser = yaml_parser_t()
                guard yaml_parser_initialize(&parser) == 1 else { return 0 }
                defer { yaml_parser_delete(&parser) }
                yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
                yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
                var event = yaml_event_t()
                var events = 0
                while yaml_parser_parse(&parser, &event) == 1 {
                    let end = event.type == YAML_STREAM_END_EVENT
                    yaml_event_delete(&event)
                    events += 1
                    if end { break }
                }
                return events
            }
        }
    }

    /// `YAMLParser().parse(bytes)`: UTF-8 check, events, node tree with marks, duplicate keys.
    func yamlLayer(repetitions: Int) throws -> Result {
        let parser = YAMLParser()
        return try measure(repetitions: repetitions) { _, bytes in
            if case .mapping(let pairs) = try parser.parse(bytes).content { return pairs.count }
            return 0
        }
    }

    /// `YAMLEventReader` pulling every event, as `ResponseLoader` does for a well-formed file:
    /// the YAML layer's own cost on the path responses now take, without decoding.
    func eventReader(repetitions: Int) throws -> Result {
        try measure(repetitions: repetitions) { _, bytes in
            bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let reader = YAMLEventReader(buffer) else { return 0 }
                var events = 0
                while true {
                    switch reader.next() {
                    case .end, .unsupported: return events
                    case .scalar(let value, _): events += value.count > 0 ? 1 : 0
                    default: events += 1
                    }
                }
            }
        }
    }

    /// `ResponseLoader.load`: the YAML layer plus decoding and checking every answer.
    func responseLoader(repetitions: Int) throws -> Result {
        guard let questionnaire = BundledQuestionnaire.load().questionnaire else {
            throw InProcessTiming.Invalid(description: "the bundled questionnaire is invalid")
        }
        let loader = ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: BundledQuestionnaire.sha256)
        return try measure(repetitions: repetitions) { path, bytes in
            guard let response = loader.load(file: path, bytes: bytes).response else {
                throw InProcessTiming.Invalid(description: "\(path) did not load")
            }
            return response.answers.count
        }
    }
}
