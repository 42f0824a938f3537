import ZelfscanCore

/// The bundled LIVC-R questionnaire, loaded once: every input is read as a response to it.
let loader: ResponseLoader = {
    guard let questionnaire = BundledQuestionnaire.load().questionnaire else {
        fatalError("the bundled questionnaire does not load")
    }
    return ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: BundledQuestionnaire.sha256)
}()

/// libFuzzer's entry point: any bytes as a response file must give a response or located
/// diagnostics, never a trap; the diagnostics are rendered in both languages as `zelfscan status`
/// and `score` would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let result = loader.load(file: "responses/2026/R-FUZZ00.yaml", bytes: bytes)
    for language in ["nl", "en"] {
        let renderer = DiagnosticRenderer(sources: result.sources, language: language)
        for diagnostic in result.diagnostics {
            _ = renderer.render(diagnostic)
        }
    }
    return 0
}
