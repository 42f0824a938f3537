import ZelfscanCore

/// libFuzzer's entry point: any bytes as a questionnaire must give a questionnaire or located
/// diagnostics, never a trap. Referenced benchmark files are never found, as on a disk without
/// them. The diagnostics are rendered in both languages, as `zelfscan validate` would, since the
/// excerpt and caret read the source text at the marks the loader reported.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionnaire(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let result = QuestionnaireLoader().load(file: "fuzz.yaml", bytes: bytes) { path in
        throw FileReadError(path: path, reason: .notFound)
    }
    for language in ["nl", "en"] {
        let renderer = DiagnosticRenderer(sources: result.sources, language: language)
        for diagnostic in result.diagnostics {
            _ = renderer.render(diagnostic)
        }
    }
    return 0
}
