import ZelfscanCore

/// A report section the HTML and Markdown reports render alike: a heading, an introduction and
/// rows of a title with its lines. Built from questionnaire concepts of format 2 (the knowledge
/// check, breaks in the trend; the cell's facts are the report's own fact section), so both
/// outputs say the same.
public struct ReportBlock: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var title: String
        public var lines: [String]
    }

    public var heading: String
    public var introduction: String
    public var rows: [Row]

    /// The blocks of one report, in reading order; a block with nothing to say is left out.
    static func all(_ input: ReportInput, trend: CellTrend?) -> [ReportBlock] {
        [
            TrendBreakBlock.make(trend, questionnaire: input.questionnaire, language: input.language),
            KnowledgeBlock.make(input.round, questionnaire: input.questionnaire, language: input.language),
        ].compactMap { $0 }
    }

    /// A share as a whole percentage, the way the report's other shares read.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }
}
