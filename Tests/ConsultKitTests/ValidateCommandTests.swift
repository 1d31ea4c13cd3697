import Foundation
import Testing

@testable import ConsultKit

@Suite struct ValidateCommandTests {
    private let north = Fixture.markdown(
        ["respondent: North Town Council", "type: council", "place: North Town", "submitted: 2021-01-04"],
        "## q1\nanswer: agree\n")
    private let trust = Fixture.markdown(
        ["respondent: South Trust", "type: trust", "submitted: 2021-01-03"], "## q1\nanswer: disagree\n")

    @Test func cleanInputExitsZero() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: ["north.md": north, "trust.md": trust])
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 0)
        #expect(run.out == "Read two responses with no errors and no warnings.\n")
        #expect(run.err == "")
    }

    @Test func anErrorExitsOneAndTheGoodFilesAreStillCounted() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: [
            "north.md": north, "trust.md": trust,
            "bad.md": Fixture.markdown(["respondent: Bad", "type: counsil"]),
            "odd.md": Fixture.markdown(["respondent: Odd", "type: council"], "## q2\nanswer: agre\n"),
        ])
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 1)
        #expect(run.out == "Read three responses with two errors and no warnings.\n")
        let responses = folder.path("Responses")
        #expect(
            run.errLines == [
                "\(responses)/bad.md:3: error: unknown stakeholder type 'counsil'; expected one of 'council', 'trust' or 'public'. Did you mean 'council'? The response is not counted.",
                "\(responses)/odd.md:6: error: unknown answer 'agre' for q2; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree' or 'dont-know'. Did you mean 'agree'?",
            ])
    }

    @Test func warningsAloneExitZero() throws {
        let folder = try TemporaryFolder()
        let late = Fixture.markdown(["respondent: Late Council", "type: council", "submitted: 2021-01-05"])
        let old = Fixture.markdown(["respondent: North Town Council", "type: council", "submitted: 2020-12-01"])
        let options = try folder.workspace(responses: ["north.md": north, "late.md": late, "north-old.md": old])
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 0)
        #expect(run.out == "Read three responses with no errors and two warnings.\n")
        let responses = folder.path("Responses")
        #expect(
            run.errLines == [
                "\(responses)/late.md:4: warning: late: submitted 5 January 2021, after the feedback deadline of 4 January 2021; it is counted and marked late",
                "\(responses)/north-old.md:1: warning: superseded: 'North Town Council' submitted again in \(responses)/north.md (submitted 4 January 2021); only the later response counts",
            ])
    }

    @Test func readsJSONResponsesAndIgnoresFilesThatAreNotResponses() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: [
            "north.md": north,
            "south.json": #"{"respondent": "South Town Council", "type": "council", "answers": {"q1": "agree"}}"#,
            "_register.csv": "respondent,type\nNorth Town Council,council\n",
            "_editorial.md": "## summary\nNot a response.\n",
            "README.md": "# Responses\n",
            "notes.txt": "Call the clerk.\n",
            ".hidden.md": "junk",
        ])
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 0)
        #expect(run.out == "Read two responses with no errors and no warnings.\n")
        #expect(run.err == "")
    }

    @Test func aBrokenQuestionnaireIsAnError() throws {
        let folder = try TemporaryFolder()
        var questionnaire = Fixture.questionnaire()
        questionnaire.questions[0].scale = "nope"
        let options = try folder.workspace(
            questionnaire: Fixture.questionnaireJSON(questionnaire), responses: ["north.md": north])
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 1)
        #expect(run.out == "Read no responses with one error and no warnings.\n")
        #expect(
            run.errLines == [
                "\(folder.path("Questionnaires"))/questionnaire.json: error: $.questions[0].scale: no scale is called 'nope'; the scales are 'agreement', 'options'"
            ])
    }

    @Test func aMissingQuestionnairesFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        let run = CLIRun([
            "validate", "--questionnaires", folder.path("Nowhere"), "--responses", folder.path("Responses"),
        ])
        #expect(run.code == 1)
        #expect(
            run.errLines == [
                "\(folder.path("Nowhere")): error: the questionnaires folder does not exist; pass --questionnaires DIR"
            ])
    }

    @Test func aMissingResponsesFolderIsAnError() throws {
        // A mistyped --responses must not look like a consultation nobody has answered yet.
        let folder = try TemporaryFolder()
        _ = try folder.workspace(responses: [:])
        let run = CLIRun([
            "validate", "--questionnaires", folder.path("Questionnaires"), "--responses", folder.path("Responces"),
        ])
        #expect(run.code == 1)
        #expect(
            run.errLines == [
                "\(folder.path("Responces")): error: the responses folder does not exist; pass --responses DIR"
            ])
    }

    @Test func anEmptyQuestionnairesFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.makeFolder("Questionnaires")
        try folder.makeFolder("Responses")
        let run = CLIRun([
            "validate", "--questionnaires", folder.path("Questionnaires"), "--responses", folder.path("Responses"),
        ])
        #expect(run.code == 1)
        #expect(run.errLines == ["\(folder.path("Questionnaires")): error: no questionnaire (.json file) found"])
    }

    @Test func severalQuestionnairesNeedAChoice() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: ["north.md": north])
        var other = Fixture.questionnaire()
        other.id = "another-consultation"
        try folder.write("Questionnaires/another.json", Fixture.questionnaireJSON(other))
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 1)
        #expect(
            run.errLines == [
                "\(folder.path("Questionnaires")): error: the folder holds 2 questionnaires ('another-consultation' or 'test-consultation'); choose one with --questionnaire ID"
            ])
        let chosen = CLIRun(["validate", "--questionnaire", "test-consultation"] + options)
        #expect(chosen.code == 0)
        #expect(chosen.out == "Read one response with no errors and no warnings.\n")
        let unknown = CLIRun(["validate", "--questionnaire", "test"] + options)
        #expect(unknown.code == 1)
        #expect(
            unknown.errLines == [
                "\(folder.path("Questionnaires")): error: no questionnaire has the id 'test'; found 'another-consultation' or 'test-consultation'"
            ])
    }

    @Test func neverModifiesTheResponses() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: [
            "north.md": north, "bad.md": Fixture.markdown(["respondent: Bad"]),
            "crlf.md": north.replacingOccurrences(of: "\n", with: "\r\n"),
        ])
        let before = try FolderSnapshot(folder.path("Responses"))
        _ = CLIRun(["validate"] + options)
        _ = CLIRun(["summary"] + options)
        _ = CLIRun(["summary", "--format", "json"] + options)
        #expect(try FolderSnapshot(folder.path("Responses")) == before)
    }
}
