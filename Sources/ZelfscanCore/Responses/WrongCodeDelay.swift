import Foundation

/// A draft opens with its code alone, so guessing codes must be slow: each wrong code in the
/// last hour doubles the wait before the next code is checked, up to a minute. The wait applies
/// to right and wrong codes alike, so its length tells nothing about the code typed.
public enum WrongCodeDelay {
    /// How long a wrong code keeps counting.
    public static let window: TimeInterval = 3600
    /// The longest wait, so a respondent after someone else's guesses still gets in.
    public static let longest: TimeInterval = 60

    /// Seconds to wait before checking the next code, after `wrongAttempts` (times of wrong
    /// codes); `base` is the wait after one wrong code.
    public static func seconds(wrongAttempts: [Date], now: Date, base: TimeInterval) -> TimeInterval {
        let recent = recentAttempts(wrongAttempts, now: now).count
        guard recent > 0 else { return 0 }
        return min(longest, base * pow(2, Double(min(recent - 1, 30))))
    }

    /// The attempts that still count at `now`; later ones (a clock set back) count too.
    public static func recentAttempts(_ attempts: [Date], now: Date) -> [Date] {
        attempts.filter { now.timeIntervalSince($0) < window }
    }
}
