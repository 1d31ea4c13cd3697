import Foundation
import Testing

@testable import ConsultKit

@Suite struct DraftCommandTests {
    @Test func writesTheLetterInThreeFormatsWithoutContactDetails() throws {
        let folder = try TemporaryFolder()
        let run = CLIRun(
            ["draft", "--respondent", "london  borough of HACKNEY", "--out", folder.path("out")],
            directory: ComposeCommandTests.root)
        #expect(run.code == 0, "stderr: \(run.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted()
        #expect(
            names == [
                "london-borough-of-hackney-response.docx", "london-borough-of-hackney-response.md",
                "london-borough-of-hackney-response.txt",
            ])
        let text = try folder.read("out/london-borough-of-hackney-response.txt")
        #expect(text.hasPrefix("London Borough of Hackney's response to Integrating care"))
        #expect(text.contains("Our answer: Option 2"))
        #expect(!text.contains("@example.org"))
        let markdown = try folder.read("out/london-borough-of-hackney-response.md")
        #expect(markdown.contains("## Q1. A statutory footing for ICSs from 2022"))
        #expect(!markdown.contains("@example.org"))
    }

    @Test func usesTheLatestOfASupersededResponse() throws {
        let folder = try TemporaryFolder()
        let run = CLIRun(
            ["draft", "--respondent", "London Borough of Tower Hamlets", "--out", folder.path("out")],
            directory: ComposeCommandTests.root)
        #expect(run.code == 0)
        let text = try folder.read("out/london-borough-of-tower-hamlets-response.txt")
        #expect(text.contains("Dated 4 January 2021"))
    }

    @Test func anUnknownOrganisationGetsASuggestion() {
        let run = CLIRun(["draft", "--respondent", "hackny council"], directory: ComposeCommandTests.root)
        #expect(run.code == 1)
        #expect(
            run.err
                == "error: no organisation called 'hackny council' has responded. Did you mean 'London Borough of Hackney'?\n"
        )
    }

    @Test func refusesToWriteIntoTheResponsesFolder() {
        let run = CLIRun(
            ["draft", "--respondent", "London Borough of Hackney", "--out", "Responses/x"],
            directory: ComposeCommandTests.root)
        #expect(run.code == 2)
        #expect(
            run.err.hasPrefix("error: --out 'Responses/x' is inside the responses folder; draft never writes there"))
    }
}
