import Foundation

/// Dates for demo data computed from the calendar arithmetic alone, so they do not depend on the
/// clock, the time zone or the locale of the machine.
enum DemoDate {
    /// Midnight UTC on `day` (1-based day of the year) of `year`.
    static func date(year: Int, dayOfYear day: Int) -> Date {
        Date(timeIntervalSince1970: Double(daysFromEpoch(year: year, month: 1, day: 1) + day - 1) * 86_400)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
