import Testing

@testable import ConsultKit

@Suite struct WorkspaceTests {
    @Test func readsEveryResponseInFileNameOrder() throws {
        let folder = try TemporaryFolder()
        _ = try folder.workspace(responses: [
            "b.md": Fixture.markdown(["respondent: B", "type: council"]),
            "a.json": #"{"respondent": "A", "type": "trust"}"#,
            "c.md": Fixture.markdown(["respondent: C", "type: resident"]),
        ])
        let intake = Workspace(questionnaires: folder.path("Questionnaires"), responses: folder.path("Responses") + "/")
            .load()
        #expect(intake.diagnostics.isEmpty)
        #expect(intake.questionnaire?.id == "test-consultation")
        #expect(intake.responses.map(\.respondent) == ["A", "B", "C"])
        #expect(intake.responses.map(\.source).first == folder.path("Responses/a.json"))
    }

    @Test func aBrokenQuestionnaireStopsTheResponsesBeingRead() throws {
        let folder = try TemporaryFolder()
        _ = try folder.workspace(
            questionnaire: "{}", responses: ["a.md": Fixture.markdown(["respondent: A", "type: council"])])
        let intake = Workspace(questionnaires: folder.path("Questionnaires"), responses: folder.path("Responses"))
            .load()
        #expect(intake.questionnaire == nil)
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "\(folder.path("Questionnaires"))/questionnaire.json: error: $.id: missing required field 'id'"
            ])
    }
}
