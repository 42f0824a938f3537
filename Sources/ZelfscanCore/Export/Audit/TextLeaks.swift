import YAML

/// What no text of an export may hold, whatever file or column it is in: a municipality name, a
/// date or a time, a respondent code, an e-mail address. The scanners work on bytes by hand: an
/// export has hundreds of thousands of fields, and a regular expression per field dominated the
/// old audit's time.
enum TextLeaks {
    /// Why `text` must not be released, or nil. `prose` is README.md and descriptions, where
    /// names that are also common words are allowed. `datesInWords` is for texts the tool writes
    /// itself (README.md): a questionnaire's own texts may cite a law's date in words.
    static func reason(_ text: String, prose: Bool, datesInWords: Bool = false) -> Phrase? {
        let bytes = Array(text.utf8)
        if looksLikeDateOrTime(bytes) {
            return Phrase(en: "looks like a date or a time", nl: "op een datum of tijd lijkt")
        }
        if looksLikeRespondentCode(bytes) {
            return Phrase(en: "looks like a respondent code", nl: "op een respondentcode lijkt")
        }
        if looksLikeEmail(bytes) || text.lowercased().contains("(at)") || text.lowercased().contains("[at]") {
            return Phrase(en: "looks like an e-mail address", nl: "op een e-mailadres lijkt")
        }
        if looksLikePhoneNumber(bytes) {
            return Phrase(en: "looks like a phone number", nl: "op een telefoonnummer lijkt")
        }
        if datesInWords, looksLikeDateInWords(text) {
            return Phrase(en: "looks like a date", nl: "op een datum lijkt")
        }
        // Codes and numbers are pure ASCII lowercase; only then is the name search worth its cost.
        if bytes.contains(where: isLetter), MunicipalityNames.shared.contains(text, prose: prose) {
            return Phrase(en: "holds a municipality name", nl: "een gemeentenaam bevat")
        }
        return nil
    }

    /// A text field a spreadsheet would run as a formula (the OWASP CSV-injection rule).
    static func startsFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || (byte < 0x80 && isLetter(byte)) }

    /// Dates as `2026-11-23`, `2026/11/23`, `23-11-2026`, `23/11/2026`, `23.11.2026`, `20261123`
    /// (a valid date in an 8-digit run), and times as `10:00` or `9:05`.
    static func looksLikeDateOrTime(_ bytes: [UInt8]) -> Bool {
        var runs: [(start: Int, value: Int, length: Int)] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            var value = 0
            while index < bytes.count, isDigit(bytes[index]) {
                if index - start < 12 { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            runs.append((start, value, index - start))
        }
        func separator(after run: Int) -> UInt8? {
            let end = runs[run].start + runs[run].length
            guard run + 1 < runs.count, runs[run + 1].start == end + 1 else { return nil }
            return bytes[end]
        }
        func isYear(_ run: (start: Int, value: Int, length: Int)) -> Bool { run.length == 4 && (1900...2100).contains(run.value) }
        func isDayOrMonth(_ run: (start: Int, value: Int, length: Int), max: Int) -> Bool { run.length <= 2 && (1...max).contains(run.value) }
        for run in runs.indices {
            let this = runs[run]
            if this.length == 8, (1900...2100).contains(this.value / 10000), (1...12).contains(this.value / 100 % 100), (1...31).contains(this.value % 100) {
                return true
            }
            if let mark = separator(after: run) {
                if mark == UInt8(ascii: ":"), this.length <= 2, this.value <= 24, runs[run + 1].length == 2, runs[run + 1].value <= 59 { return true }
                if [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")].contains(mark), separator(after: run + 1) == mark {
                    let middle = runs[run + 1], last = runs[run + 2]
                    if isYear(this), isDayOrMonth(middle, max: 12), isDayOrMonth(last, max: 31) { return true }
                    if isDayOrMonth(this, max: 31), isDayOrMonth(middle, max: 12), isYear(last) { return true }
                }
            }
        }
        return false
    }

    /// Words that have the shape of a respondent code but are part of the export's own vocabulary
    /// or of the questionnaire's texts: a hash name, and the article of the Criminal Code the case
    /// conference rests on (art. 458ter Sw.), which livc-r cites.
    private static let codeShapedWords: Set<String> = ["SHA256", "458TER"]

    /// A respondent code in any case, with or without `R-`: `R-7KQ4M2`, `r-7kq4m2`, `7KQ4M2`. Without
    /// the prefix a word needs a digit and a letter, or every six-letter word would be a code.
    private static let codeAlphabet = Set(RespondentCode.alphabet.map { UInt8($0.asciiValue!) })

    static func looksLikeRespondentCode(_ bytes: [UInt8]) -> Bool {
        let alphabet = codeAlphabet
        var index = 0
        while index < bytes.count {
            guard isAlphanumeric(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isAlphanumeric(bytes[index]) { index += 1 }
            let word = bytes[start..<index].map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) ? $0 - 0x20 : $0 }
            let prefixed = word == [UInt8(ascii: "R")] && index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-")
            if prefixed {
                var end = index + 1
                while end < bytes.count, isAlphanumeric(bytes[end]) { end += 1 }
                let body = bytes[(index + 1)..<end].map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) ? $0 - 0x20 : $0 }
                if (4...8).contains(body.count), body.allSatisfy(alphabet.contains) { return true }
                continue
            }
            guard word.count == RespondentCode.length, word.allSatisfy(alphabet.contains),
                  word.contains(where: isDigit), word.contains(where: { !isDigit($0) }),
                  !codeShapedWords.contains(String(decoding: word, as: UTF8.self)),
                  !isNumberedWord(bytes[start..<index]) else { continue }
            return true
        }
        return false
    }

    /// `agree5`, `scale10`: lowercase letters then digits, the shape of the questionnaire's own ids
    /// (scale and option ids). A lowercase code without `R-` of this shape is missed; about one
    /// random code in twelve has it, and uppercase or prefixed codes are always caught.
    private static func isNumberedWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard let firstDigit = word.firstIndex(where: isDigit) else { return false }
        return word[..<firstDigit].allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) } && word[firstDigit...].allSatisfy(isDigit)
    }

    /// `something@domain.tld`.
    static func looksLikeEmail(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "@") && index > 0 && isAlphanumeric(bytes[index - 1]) {
            var dot = false
            for next in bytes[(index + 1)...] {
                if next == UInt8(ascii: " ") || next == UInt8(ascii: ",") { break }
                if next == UInt8(ascii: ".") { dot = true } else if dot, isLetter(next) { return true }
            }
        }
        return false
    }

    /// A Belgian phone number in any common writing: `0475123456`, `+32 475 12 34 56`,
    /// `09/123.45.67`: 9 to 12 digits starting with 0 or +, grouped only by spaces, dots or slashes.
    static func looksLikePhoneNumber(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let start = index
            guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "0") else { index += 1; continue }
            guard start == 0 || !isAlphanumeric(bytes[start - 1]) else { index += 1; continue }
            var digits = 0
            var end = bytes[index] == UInt8(ascii: "+") ? index + 1 : index
            while end < bytes.count {
                if isDigit(bytes[end]) {
                    digits += 1
                } else if [UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "/")].contains(bytes[end]), end + 1 < bytes.count, isDigit(bytes[end + 1]) {
                    // a separator inside the number
                } else {
                    break
                }
                end += 1
            }
            if (9...12).contains(digits), end == bytes.count || !isAlphanumeric(bytes[end]) { return true }
            index = max(end, index + 1)
        }
        return false
    }

    private static let months: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "january", "february", "march", "may", "june", "july", "august", "october",
    ]

    /// `23 november 2026`, `3 maart`: a day of the month before a month's name.
    static func looksLikeDateInWords(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        for (word, next) in zip(words, words.dropFirst()) where months.contains(String(next)) {
            if let day = Int(word), (1...31).contains(day), word.count <= 2 { return true }
        }
        return false
    }
}
