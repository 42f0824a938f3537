import Foundation
import Testing

/// The command line as swift-argument-parser intends it, in the interface language: closed sets
/// of values checked and listed by the parser, shared options, usage errors in Dutch by default.
@Suite("the command line")
struct CommandLineTests {
    @Test func aMistypedCommandGetsTheNearestOneInDutch() throws {
        let run = try ZelfscanBinary.run(["statuss"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("onbekende opdracht 'statuss'; bedoelt u 'status'?"), "\(run.stderr)")
        #expect(!run.stderr.contains("Unexpected argument"))
    }

    @Test func aMistypedCommandGetsTheNearestOneInEnglish() throws {
        let run = try ZelfscanBinary.run(["reprot", "--language", "en"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown command 'reprot'; did you mean 'report'?"), "\(run.stderr)")
        let locale = try ZelfscanBinary.run(["expotr"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(locale.stderr.contains("unknown command 'expotr'; did you mean 'export'?"), "\(locale.stderr)")
    }

    @Test func aWordFarFromEveryCommandListsThem() throws {
        let run = try ZelfscanBinary.run(["xyzzy"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("de opdrachten zijn: init, take, status"), "\(run.stderr)")
    }

    @Test func theParserRefusesAnUnknownChoiceInDutchWithTheValidOnes() throws {
        let run = try ZelfscanBinary.run(["compare", "demo", "--by", "colour"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("fout: de waarde 'colour' is ongeldig voor '--by <by>'; kies 'group', 'province' of 'level'."), "\(run.stderr)")
        #expect(run.stderr.contains("gebruik: zelfscan compare"))
        let english = try ZelfscanBinary.run(["init", "--municipality", "Gent", "--level", "moon", "--language", "en"])
        #expect(english.status == 64)
        #expect(english.stderr.contains("Error: The value 'moon' is invalid for '--level <level>'. Please provide one of 'municipal' and 'zone'."),
                "\(english.stderr)")
    }

    @Test func theParsersOwnErrorsAreDutchByDefault() throws {
        let run = try ZelfscanBinary.run(["status", "--frobnicate"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("fout: onbekende optie '--frobnicate'"), "\(run.stderr)")
        #expect(run.stderr.contains("Meer uitleg: zelfscan status --help"))
    }

    @Test func aMissingArgumentIsSaidInDutchOnly() throws {
        let run = try ZelfscanBinary.run(["key", "new"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("fout: het argument '<file>' ontbreekt"), "\(run.stderr)")
        #expect(!run.stderr.contains("The key file to create"), "the argument's English help in a Dutch message: \(run.stderr)")
        #expect(run.stderr.contains("Meer uitleg: zelfscan key new --help"), "\(run.stderr)")
        let english = try ZelfscanBinary.run(["key", "new", "--language", "en"])
        #expect(english.stderr.contains("Help:  <file>  The key file to create."), "\(english.stderr)")
    }

    /// The help as one line: the parser wraps it to the terminal's width.
    static func help(_ command: String) throws -> String {
        try ZelfscanBinary.run([command, "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func helpListsTheChoicesAndTheSharedOptions() throws {
        let compare = try Self.help("compare")
        #expect(compare.contains("values: group, province, level"), "\(compare)")
        #expect(compare.contains("values: table, csv, json, html"))
        #expect(compare.contains("--strict"))
        let initHelp = try Self.help("init")
        #expect(initHelp.contains("values: municipal, zone"), "\(initHelp)")
        for command in ["status", "score", "report", "take"] {
            let help = try Self.help(command)
            #expect(help.contains("--dir <dir>") && help.contains("--year <year>"), "\(command)")
        }
    }
}
