import Foundation

/// Reads and writes numbers as questionnaire authors write them: plain decimals, no exponents,
/// no locale.
public enum NumberText {
    public static func parse(_ text: String) -> Double? {
        var digitsBefore = 0
        var digitsAfter = 0
        var dots = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0, UInt8(ascii: "+") where index == 0: continue
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if dots == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
            default: return nil
            }
        }
        guard digitsBefore > 0, dots == 0 || dots == 1 && digitsAfter > 0 else { return nil }
        return Double(text)
    }

    public static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
