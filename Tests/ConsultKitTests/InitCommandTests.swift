import Foundation
import Testing

@testable import ConsultKit

@Suite struct InitCommandTests {
    @Test func writesAFileThatValidateAccepts() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: [:])
        let run = CLIRun(
            ["init", "--respondent", "North Town Council", "--type", "borough", "--place", "northside"] + options)
        #expect(run.code == 0)
        let path = folder.path("Responses/north-town-council.md")
        #expect(run.out == "Wrote \(path). Fill in each answer, then run 'consult validate'.\n")
        #expect(run.err == "")
        let text = try folder.read("Responses/north-town-council.md")
        #expect(text.hasPrefix("---\nrespondent: North Town Council\ntype: council\nplace: North Town\n"))
        for id in ["q1", "q2", "option", "comments"] { #expect(text.contains("\n## \(id)\n")) }
        #expect(text.contains("Answers: strongly-agree, agree, neutral, disagree, dont-know"))

        let validate = CLIRun(["validate"] + options)
        #expect(validate.code == 0)
        #expect(validate.out == "Read one response with no errors and no warnings.\n")
        #expect(validate.err == "")
    }

    @Test func aFilledInFileIsRead() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: [:])
        #expect(CLIRun(["init", "--respondent", "South Trust", "--type", "trust"] + options).code == 0)
        let written = try folder.read("Responses/south-trust.md")
        let filled = written.replacingOccurrences(
            of:
                "## q1\n<!-- Q1. Do you agree that the new body provides the right foundation?\n     Answers: strongly-agree, agree, neutral, disagree, dont-know -->\nanswer: \n",
            with: "## q1\nanswer: agree\n")
        #expect(filled != written)
        try folder.write("Responses/south-trust.md", filled)
        let summary = CLIRun(["summary", "--format", "json"] + options)
        #expect(summary.code == 0)
        #expect(summary.out.contains("\"agree\" : 1"))
    }

    @Test func refusesToOverwriteAnExistingFile() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: ["north-town-council.md": "Our own careful notes.\n"])
        let run = CLIRun(["init", "--respondent", "North Town Council", "--type", "council"] + options)
        #expect(run.code == 1)
        #expect(run.out == "")
        #expect(
            run.err
                == "\(folder.path("Responses/north-town-council.md")): error: a file of that name already exists; it was not overwritten\n"
        )
        #expect(try folder.read("Responses/north-town-council.md") == "Our own careful notes.\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path("Responses"))
        #expect(leftovers == ["north-town-council.md"])
    }

    @Test func createsTheResponsesFolderWhenMissing() throws {
        let folder = try TemporaryFolder()
        try folder.write("Questionnaires/q.json", Fixture.questionnaireJSON())
        let run = CLIRun([
            "init", "--respondent", "X", "--type", "council", "--questionnaires", folder.path("Questionnaires"),
            "--responses", folder.path("New/Responses"),
        ])
        #expect(run.code == 0)
        #expect(folder.exists("New/Responses/x.md"))
    }

    @Test(arguments: [
        ("St Mary's & Co / Trust", "st-mary-s-co-trust"), ("  The Council  ", "the-council"),
        ("Café Society", "caf-society"), ("../../etc/passwd", "etc-passwd"), ("***", "response"),
        (String(repeating: "Long name ", count: 10), "long-name-long-name-long-name-long-name-long-name-long-name"),
    ])
    func fileNamesAreSafeSlugs(respondent: String, slug: String) throws {
        #expect(ResponseWriter.slug(respondent) == slug)
    }

    @Test func writesTheSlugNamedFile() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: [:])
        let run = CLIRun(["init", "--respondent", "St Mary's & Co / Trust", "--type", "trust"] + options)
        #expect(run.code == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("Responses")) == ["st-mary-s-co-trust.md"])
        #expect(
            try folder.read("Responses/st-mary-s-co-trust.md").hasPrefix("---\nrespondent: St Mary's & Co / Trust\n"))
    }

    @Test func needsARespondentAndAKnownType() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: [:])
        let missing = CLIRun(["init", "--type", "council"] + options)
        #expect(missing.code == 2)
        #expect(missing.err == "error: --respondent is required\nRun 'consult init --help' for how to use it.\n")
        let noType = CLIRun(["init", "--respondent", "X"] + options)
        #expect(noType.code == 2)
        #expect(noType.err == "error: --type is required\nRun 'consult init --help' for how to use it.\n")
        let badType = CLIRun(["init", "--respondent", "X", "--type", "counsil"] + options)
        #expect(badType.code == 2)
        #expect(
            badType.err
                == "error: --type: unknown stakeholder type 'counsil'; expected one of 'council', 'trust' or 'public'. Did you mean 'council'?\nRun 'consult init --help' for how to use it.\n"
        )
        let badPlace = CLIRun(["init", "--respondent", "X", "--type", "council", "--place", "Eastside"] + options)
        #expect(badPlace.code == 2)
        #expect(
            badPlace.err
                == "error: --place: unknown place 'Eastside'; expected one of 'North Town' or 'South Town'.\nRun 'consult init --help' for how to use it.\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("Responses")) == [])
    }
}
