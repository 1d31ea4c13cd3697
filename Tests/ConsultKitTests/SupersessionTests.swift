import Testing

@testable import ConsultKit

@Suite struct SupersessionTests {
    private func resolve(_ responses: [Response]) -> (counted: [String], superseded: [String: String]) {
        let (counted, superseded) = Supersession.resolve(responses)
        return (
            counted.map(\.source),
            Dictionary(uniqueKeysWithValues: superseded.map { ($0.response.source, $0.by.source) })
        )
    }

    @Test func theLatestSubmissionOfAnOrganisationWins() {
        let responses = [
            Fixture.response("London Borough of Tower Hamlets", submitted: "2021-01-04", source: "a.md"),
            Fixture.response("London Borough of Tower Hamlets", submitted: "2020-12-18", source: "b.md"),
            Fixture.response("London Borough of Newham", submitted: "2020-12-01", source: "c.md"),
        ]
        let (counted, superseded) = resolve(responses)
        #expect(counted == ["a.md", "c.md"])
        #expect(superseded == ["b.md": "a.md"])
    }

    @Test func namesMatchIgnoringCaseSpacingAndALeadingThe() {
        let responses = [
            Fixture.response("The Health Scrutiny Commission", submitted: "2021-01-01", source: "a.md"),
            Fixture.response("health  scrutiny   COMMISSION", submitted: "2021-01-02", source: "b.md"),
            Fixture.response("  the healthscrutiny commission ", submitted: "2021-01-03", source: "c.md"),
        ]
        let (counted, superseded) = resolve(responses)
        #expect(counted == ["c.md"])
        #expect(superseded == ["a.md": "c.md", "b.md": "c.md"])
    }

    @Test func onlyALeadingTheIsIgnored() {
        let responses = [
            Fixture.response("Theatre Trust", submitted: "2021-01-01", source: "a.md"),
            Fixture.response("atre Trust", submitted: "2021-01-02", source: "b.md"),
            Fixture.response("Friends of the Park", submitted: "2021-01-01", source: "c.md"),
            Fixture.response("Friends of Park", submitted: "2021-01-02", source: "d.md"),
        ]
        #expect(resolve(responses).counted == ["a.md", "b.md", "c.md", "d.md"])
    }

    @Test func onTheSameDayTheLaterFileNameWins() {
        let responses = [
            Fixture.response("North Town Council", submitted: "2021-01-04", source: "north-2.md"),
            Fixture.response("North Town Council", submitted: "2021-01-04", source: "north-1.md"),
        ]
        let (counted, superseded) = resolve(responses)
        #expect(counted == ["north-2.md"])
        #expect(superseded == ["north-1.md": "north-2.md"])
    }

    @Test func withoutDatesTheLaterFileNameWins() {
        let responses = [
            Fixture.response("North Town Council", source: "b.md"),
            Fixture.response("North Town Council", source: "a.md"),
        ]
        #expect(resolve(responses).counted == ["b.md"])
    }

    @Test func aDatedSubmissionBeatsAnUndatedOne() {
        let responses = [
            Fixture.response("North Town Council", submitted: "2020-01-01", source: "a.md"),
            Fixture.response("North Town Council", source: "z.md"),
        ]
        #expect(resolve(responses).counted == ["a.md"])
    }

    @Test func aDifferentTypeIsADifferentVoice() {
        let responses = [
            Fixture.response("North Town", type: "council", submitted: "2021-01-01", source: "a.md"),
            Fixture.response("North Town", type: "trust", submitted: "2021-01-02", source: "b.md"),
        ]
        let (counted, superseded) = resolve(responses)
        #expect(counted == ["a.md", "b.md"])
        #expect(superseded.isEmpty)
    }

    @Test func membersOfThePublicAreNeverMerged() {
        let responses = [
            Fixture.response("Jo Smith", type: "public", submitted: "2021-01-01", source: "a.md"),
            Fixture.response("Jo Smith", type: "public", submitted: "2021-01-02", source: "b.md"),
            Fixture.response("Member of the public", type: "public", source: "c.md"),
            Fixture.response("Member of the public", type: "public", source: "d.md"),
        ]
        let (counted, superseded) = resolve(responses)
        #expect(counted == ["a.md", "b.md", "c.md", "d.md"])
        #expect(superseded.isEmpty)
    }

    @Test func supersededResponsesAreWarningsNamingTheNewerFile() {
        var intake = Intake()
        intake.responses = [
            Fixture.response("North Town Council", submitted: "2020-12-18", source: "Responses/north-old.md"),
            Fixture.response("north town council", submitted: "2021-01-02", source: "Responses/north-new.md"),
            Fixture.response("South Town Council", source: "Responses/south-1.md"),
            Fixture.response("South Town Council", source: "Responses/south-2.md"),
        ]
        intake.responses[0].line = 3
        let warnings = Analysis.warnings(for: intake, questionnaire: Fixture.questionnaire())
        #expect(
            warnings.map(\.formatted) == [
                "Responses/north-old.md:3: warning: superseded: 'North Town Council' submitted again in Responses/north-new.md (submitted 2 January 2021); only the later response counts",
                "Responses/south-1.md:1: warning: superseded: 'South Town Council' submitted again in Responses/south-2.md; only the later response counts",
            ])
    }

    @Test func supersededResponsesAreLeftOutOfTheFigures() {
        let analysis = Fixture.analysis([
            Fixture.response(
                "North Town Council", submitted: "2020-12-18", source: "a.md", answers: ["q1": "disagree"]),
            Fixture.response("North Town Council", submitted: "2021-01-02", source: "b.md", answers: ["q1": "agree"]),
        ])
        #expect(analysis.records.map(\.response.source) == ["b.md"])
        #expect(analysis.superseded.map(\.response.source) == ["a.md"])
        #expect(analysis.summary.respondents == 1)
        #expect(analysis.summary.superseded == 1)
        #expect(analysis.summary.questions[0].counts["agree"] == 1)
        #expect(analysis.summary.questions[0].counts["disagree"] == 0)
    }
}
