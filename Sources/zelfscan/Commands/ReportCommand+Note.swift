import ZelfscanCore
import ZelfscanFiles
import ZelfscanReport
import ZelfscanServices

extension ReportCommand {
    /// `report --note`: the one-page note in the formats asked, with the plan agreed after this
    /// round and the one agreed after the round before (docs/reports.md, "The one-page note").
    func noteFiles(_ report: CellReport, folder: WorkspaceFolder, year: Int, target: String) throws(CommandFailure) -> [AtomicFile.Item] {
        let previous = folder.planYears().last { $0 < year }
        let note = CouncilNote(report: report, plan: try folder.loadPlan(year: year),
                               previousPlan: try previous.flatMap { year throws(CommandFailure) in try folder.loadPlan(year: year) })
        return formats.map { format in
            AtomicFile.Item(path: target + "/" + note.fileName(extension: format.rawValue),
                            text: format == .html ? note.html() : note.markdown(), mode: 0o644)
        }
    }
}
