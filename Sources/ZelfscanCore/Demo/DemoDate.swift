import Foundation

/// Dates for demo data computed from the calendar arithmetic alone, so they do not depend on the
/// clock, the time zone or the locale of the machine.
enum DemoDate {
    /// Midnight UTC on `day` (1-based day of the year) of `year`.
    static func date(year: Int, dayOfYear day: Int) -> Date {
        Date(timeIntervalSince1970: Double(Timestamp.daysSinceEpoch(year: year, month: 1, day: 1) + day - 1) * 86_400)
    }
}
