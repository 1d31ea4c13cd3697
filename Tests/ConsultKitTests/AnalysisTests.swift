import Testing

@testable import ConsultKit

@Suite struct AnalysisTests {
    @Test func keepsTheSentenceThatRaisedEachTheme() throws {
        let analysis = Fixture.analysis([
            Fixture.response(
                "Council A",
                texts: [
                    "q1": "We support this. But the loss of the veto worries us. Care homes too.",
                    "q2": "The veto, again.",
                ],
                concerns: ["q1": ["veto"], "q2": ["top-down"]])
        ])
        let mentions = try #require(analysis.records.first?.mentions)
        #expect(
            mentions == [
                Record.Mention(theme: "veto", question: "q1", sentence: "But the loss of the veto worries us."),
                Record.Mention(theme: "social-care", question: "q1", sentence: "Care homes too."),
                Record.Mention(theme: "top-down", question: "q2", sentence: nil),
                Record.Mention(theme: "veto", question: "q2", sentence: "The veto, again."),
            ])
        #expect(analysis.records.first?.themes == ["veto", "social-care", "top-down"])
    }

    @Test func recordsAreOrderedByName() {
        let analysis = Fixture.analysis([
            Fixture.response("b council"), Fixture.response("A Council"), Fixture.response("C Council"),
        ])
        #expect(analysis.records.map(\.response.respondent) == ["A Council", "b council", "C Council"])
    }

    @Test func marksResponsesAfterTheFeedbackDeadlineLate() {
        var intake = Intake()
        intake.responses = [
            Fixture.response("On time", submitted: "2021-01-04", source: "Responses/on-time.md"),
            Fixture.response("Late", submitted: "2021-01-05", source: "Responses/late.md"),
            Fixture.response("Undated", source: "Responses/undated.md"),
        ]
        let warnings = Analysis.warnings(for: intake, questionnaire: Fixture.questionnaire())
        #expect(
            warnings.map(\.formatted) == [
                "Responses/late.md:1: warning: late: submitted 5 January 2021, after the feedback deadline of 4 January 2021; it is counted and marked late"
            ])
        let records = Analysis(questionnaire: Fixture.questionnaire(), intake: intake).records
        #expect(records.filter(\.late).map(\.response.respondent) == ["Late"])
    }

    @Test func nothingIsLateWithoutADeadline() {
        var intake = Intake()
        intake.responses = [Fixture.response("Late", submitted: "2030-01-05")]
        let questionnaire = Fixture.questionnaire(feedbackDeadline: nil)
        #expect(Analysis.warnings(for: intake, questionnaire: questionnaire).isEmpty)
        #expect(Analysis(questionnaire: questionnaire, intake: intake).summary.late == 0)
    }

    @Test func warnsAboutUnconfirmedInferredAnswers() {
        var response = Fixture.response("Council A", source: "Responses/a.md", answers: ["q1": "agree"])
        response.answers["q1"]?.inferred = true
        response.answers["q1"]?.line = 9
        var intake = Intake()
        intake.responses = [response]
        #expect(
            Analysis.warnings(for: intake, questionnaire: Fixture.questionnaire()).map(\.formatted) == [
                "Responses/a.md:9: warning: q1: the answer 'agree' was inferred from a letter and is not yet confirmed; check the evidence, then delete the 'inferred:' line"
            ])
    }

    @Test func aSelectionLimitsRespondentsAndSupersededByTypeAndPlace() {
        let responses = [
            Fixture.response(
                "Council A", place: "north", submitted: "2021-01-01", source: "a1.md", answers: ["q1": "disagree"]),
            Fixture.response(
                "Council A", place: "north", submitted: "2021-01-02", source: "a2.md", answers: ["q1": "agree"]),
            Fixture.response("Council B", place: "south", answers: ["q1": "agree"]),
            Fixture.response("Trust C", type: "trust", place: "north", answers: ["q1": "disagree"]),
        ]
        let north = Fixture.analysis(responses, selection: Summary.Selection(place: "north"))
        #expect(north.records.map(\.response.source) == ["a2.md", "trust-c.md"])
        #expect(north.summary.superseded == 1)
        #expect(north.summary.selection == Summary.Selection(place: "north"))
        let councils = Fixture.analysis(responses, selection: Summary.Selection(type: "council"))
        #expect(councils.records.map(\.response.source) == ["a2.md", "council-b.md"])
        #expect(councils.summary.questions[0].counts["agree"] == 2)
        #expect(councils.summary.questions[0].counts["disagree"] == 0)
        let trusts = Fixture.analysis(responses, selection: Summary.Selection(type: "trust", place: "north"))
        #expect(trusts.records.map(\.response.source) == ["trust-c.md"])
        #expect(trusts.summary.superseded == 0)
    }
}
