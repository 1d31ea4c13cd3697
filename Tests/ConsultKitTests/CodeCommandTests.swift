import Foundation
import Testing

@testable import ConsultKit

@Suite struct CodeCommandTests {
    static let letter = """
        ASHBY VALE BOROUGH COUNCIL
        Town Hall, Ashby Vale AV1 2AB
        Email: leader@ashbyvale.example.org

        4 January 2021

        Dear Sir/Madam,

        Integrating care: next steps – response from Ashby Vale Borough Council

        We agree that integrated care systems should be put on a statutory footing from 2022, provided that councils are equal partners in the legislation.

        We do not agree that option 2 offers greater incentive for collaboration. Our preference is for Option 1.

        We would be glad to discuss this response.

        Yours faithfully,

        Pat Example
        Leader of the Council
        Ashby Vale Borough Council
        """

    @Test func writesOneResponseFilePerLetterAndNeverOverwrites() throws {
        let run = try CommandLineRun()
        defer { run.remove() }
        let letter = try run.write("Letters/ashby.txt", Self.letter)
        let into = run.path("Responses")

        let first = run.run(["code", letter, "--into", into])
        #expect(first.status == 0)
        #expect(first.err == "")
        #expect(
            first.out.hasPrefix(
                "Wrote \(into)/ashby-vale-borough-council.md from \(letter): 'Ashby Vale Borough Council' (local-authority; guessed respondent, type, submitted); q1 agree (high, with conditions), q2 disagree (high), option option-1 (high)\n"
            ))
        let written = try #require(run.read("Responses/ashby-vale-borough-council.md"))
        #expect(written.contains("respondent: Ashby Vale Borough Council\ntype: local-authority\n"))
        #expect(written.contains("submitted: 2021-01-04\ncontact: leader@ashbyvale.example.org\npublish: yes\n"))
        #expect(written.contains("<!-- Guessed from the letter, please check: respondent, type, submitted. -->"))
        #expect(
            written.contains(
                "answer: agree\nconditional: yes\ninferred: yes\nconfidence: high\nevidence: \"We agree that integrated care systems should be put on a statutory footing from 2022, provided that councils are equal partners in the legislation.\"\n"
            ))

        let second = run.run(["code", letter, "--into", into])
        #expect(second.status == 0)
        #expect(second.out.hasPrefix("Wrote \(into)/ashby-vale-borough-council-2.md"))
        #expect(run.read("Responses/ashby-vale-borough-council.md") == written)
        #expect(run.files(in: "Responses") == ["ashby-vale-borough-council-2.md", "ashby-vale-borough-council.md"])
    }

    /// A letter saved by an old Windows tool is read, and the officer is told how it was read.
    @Test func saysWhenALetterWasReadAsWindows1252() throws {
        let run = try CommandLineRun()
        defer { run.remove() }
        let letter = try run.write("Letters/ashby.txt", "")
        let bytes = Self.letter.replacingOccurrences(of: "–", with: "\u{96}")
            .replacingOccurrences(of: "We would be glad", with: "We\u{92}d be glad").unicodeScalars.map {
                UInt8($0.value)
            }
        try Data(bytes).write(to: URL(fileURLWithPath: letter))
        let result = run.run(["code", letter, "--dry-run"])
        #expect(result.status == 0)
        #expect(
            result.err
                == "\(letter): warning: the file is not valid UTF-8, so it was read as Windows-1252\n"
                + "  note: If accented letters or symbols such as £ or ’ look wrong, save the letter as UTF-8 and run again.\n"
        )
        #expect(result.out.contains("We\u{2019}d be glad to discuss this response."))
        #expect(result.out.contains("respondent: Ashby Vale Borough Council\n"))
    }

    @Test func dryRunPrintsTheProposalAndWritesNothing() throws {
        let run = try CommandLineRun()
        defer { run.remove() }
        let letter = try run.write("ashby.txt", Self.letter)
        let result = run.run(["code", letter, "--dry-run", "--into", run.path("Responses")])
        #expect(result.status == 0)
        #expect(
            result.out.hasPrefix(
                "--- \(letter) would be written to \(run.path("Responses"))/ashby-vale-borough-council.md\n---\n"))
        #expect(result.out.contains("## option\n"))
        #expect(run.files(in: "Responses") == [])
        #expect(run.files(in: ".") == ["Questionnaires", "ashby.txt"])
    }

    @Test func theWrittenFilePassesValidateWithOnlyInferredWarnings() throws {
        let run = try CommandLineRun()
        defer { run.remove() }
        let letter = try run.write("ashby.txt", Self.letter)
        #expect(run.run(["code", letter, "--into", run.path("Responses")]).status == 0)

        let validate = run.run(["validate"])
        #expect(validate.status == 0)
        let warnings = validate.err.split(separator: "\n")
        #expect(warnings.count == 3)
        for warning in warnings {
            #expect(warning.contains(": warning: "))
            #expect(
                warning.contains(
                    "was inferred from a letter and is not yet confirmed; check the evidence, then delete the 'inferred:' line"
                ))
        }
        #expect(validate.out == "Read one response with no errors and three warnings.\n")

        let summary = run.run(["summary"])
        #expect(summary.status == 0)
        #expect(summary.out.contains("3 inferred answers not yet confirmed"))

        // An officer confirms the answers by deleting the 'inferred:' lines.
        let file = "Responses/ashby-vale-borough-council.md"
        let confirmed = try #require(run.read(file)).replacingOccurrences(of: "inferred: yes\n", with: "")
        try run.write(file, confirmed)
        let after = run.run(["validate"])
        #expect(after.status == 0)
        #expect(after.err == "")
    }

    @Test func givenFlagsWinOverGuesses() throws {
        let run = try CommandLineRun()
        defer { run.remove() }
        let letter = try run.write("ashby.txt", Self.letter)
        let result = run.run([
            "code", letter, "--into", run.path("Responses"), "--respondent", "Hackney Council", "--type", "council",
            "--place", "Hackney",
        ])
        #expect(result.status == 0)
        let written = try #require(run.read("Responses/hackney-council.md"))
        #expect(written.contains("respondent: Hackney Council\ntype: local-authority\nplace: City and Hackney\n"))
        #expect(written.contains("<!-- Guessed from the letter, please check: submitted. -->"))
    }

    @Test func twoLettersFromOneRespondentInOneRunGetTwoFiles() throws {
        let run = try CommandLineRun()
        defer { run.remove() }
        let first = try run.write("a.txt", Self.letter)
        let second = try run.write("b.txt", Self.letter)
        #expect(run.run(["code", first, second, "--into", run.path("Responses")]).status == 0)
        #expect(run.files(in: "Responses") == ["ashby-vale-borough-council-2.md", "ashby-vale-borough-council.md"])
    }

    @Test func exitCodesSayWhatWentWrong() throws {
        let run = try CommandLineRun()
        defer { run.remove() }
        let noFiles = run.run(["code"])
        #expect(noFiles.status == 2)
        #expect(
            noFiles.err
                == "error: give the letters to code, e.g. 'consult code letter.docx'\nRun 'consult code --help' for how to use it.\n"
        )

        let letter = try run.write("ashby.txt", Self.letter)
        let badType = run.run(["code", letter, "--type", "councl"])
        #expect(badType.status == 2)
        #expect(badType.err.hasPrefix("error: --type: unknown stakeholder type 'councl'"))

        let missing = run.run(["code", run.path("nowhere.txt"), "--into", run.path("Responses")])
        #expect(missing.status == 1)
        #expect(
            missing.err
                == "\(run.path("nowhere.txt")): error: cannot read the file: it does not exist or is not readable\n")

        let odt = try run.write("letter.odt", "x")
        let unsupported = run.run(["code", odt, letter, "--into", run.path("Responses")])
        #expect(unsupported.status == 1)
        #expect(
            unsupported.err
                == "\(odt): error: cannot read a file with '.odt'; consult code reads .txt, .md, .eml, .docx and .pdf letters\n"
        )
        #expect(run.files(in: "Responses") == ["ashby-vale-borough-council.md"])
    }
}
