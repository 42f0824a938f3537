import Foundation
import ZelfscanCore

/// The one date a report shows: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the
/// latest submission in the data. Never the clock, so the same answers give the same bytes.
public enum ReportDate {
    public static func resolve(sourceDateEpoch: String?, responses: [Response]) -> Date? {
        if let text = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), let seconds = Int(text), seconds >= 0 {
            return Date(timeIntervalSince1970: Double(seconds))
        }
        return responses.compactMap(\.submitted).max()
    }
}
