import Testing

@testable import ConsultKit

@Suite struct CLITests {
    static let commands = ["init", "validate", "summary", "compose", "draft", "chase", "code"]

    @Test func withoutArgumentsPrintsTheOverview() {
        let run = CLIRun([])
        #expect(run.code == 0)
        #expect(run.out.hasPrefix("consult: turn stakeholder feedback"))
        for command in Self.commands { #expect(run.out.contains("\n  \(command)")) }
        #expect(run.err == "")
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func helpPrintsTheOverview(arguments: [String]) {
        let run = CLIRun(arguments)
        #expect(run.code == 0)
        #expect(run.out == CLIRun([]).out)
    }

    @Test(arguments: CLITests.commands)
    func everyCommandHasHelp(command: String) {
        for arguments in [[command, "--help"], [command, "-h"], ["help", command], [command, "--bogus", "--help"]] {
            let run = CLIRun(arguments)
            #expect(run.code == 0)
            #expect(run.out.hasPrefix("Usage: consult \(command)"))
            #expect(run.err == "")
        }
    }

    @Test func printsTheVersion() {
        for flag in ["--version", "-V", "version"] {
            let run = CLIRun([flag])
            #expect(run.code == 0)
            #expect(run.out == "consult \(CLI.version)\n")
        }
    }

    @Test func anUnknownCommandIsAUsageError() {
        let run = CLIRun(["sumary", "--format", "json"])
        #expect(run.code == 2)
        #expect(run.out == "")
        #expect(
            run.err
                == "error: unknown command 'sumary'. Did you mean 'summary'?\nRun 'consult --help' to see the commands.\n"
        )
        #expect(
            CLIRun(["frobnicate"]).err
                == "error: unknown command 'frobnicate'.\nRun 'consult --help' to see the commands.\n")
    }

    @Test func anUnknownOptionIsAUsageErrorWithASuggestion() {
        let run = CLIRun(["summary", "--formt", "json"])
        #expect(run.code == 2)
        #expect(run.out == "")
        #expect(
            run.err
                == "error: unknown option '--formt'. Did you mean '--format'?\nRun 'consult summary --help' for how to use it.\n"
        )
        let validate = CLIRun(["validate", "--response", "R"])
        #expect(validate.code == 2)
        #expect(validate.err.hasPrefix("error: unknown option '--response'. Did you mean '--responses'?\n"))
    }

    @Test func aBadOptionValueIsAUsageError() {
        let run = CLIRun(["summary", "--format", "xml"])
        #expect(run.code == 2)
        #expect(
            run.err
                == "error: --format must be 'text' or 'json', not 'xml'\nRun 'consult summary --help' for how to use it.\n"
        )
    }
}
