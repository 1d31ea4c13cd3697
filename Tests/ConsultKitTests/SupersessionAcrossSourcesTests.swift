import Foundation
import Testing

@testable import ConsultKit

@Suite struct SupersessionAcrossSourcesTests {
    static func markdown(_ name: String, _ date: String, _ answer: String) -> String {
        "---\nrespondent: \(name)\ntype: council\nplace: Hackney\nsubmitted: \(date)\n---\n\n## q1\nanswer: \(answer)\n"
    }

    @Test func aLaterExportRowSupersedesAResponseFile() throws {
        let workspace = try TestWorkspace(text: [
            "hackney.md": Self.markdown("London Borough of Hackney", "2020-12-18", "disagree"),
            "form.csv":
                "respondent,type,place,submitted,q1\nthe london borough of  HACKNEY,council,Hackney,04/01/2021,Agree\n",
        ])
        let intake = workspace.load()
        let questionnaire = try #require(intake.questionnaire)
        let analysis = Analysis(questionnaire: questionnaire, intake: intake)
        #expect(analysis.records.map(\.response.location) == [workspace.responses + "/form.csv:2"])
        #expect(analysis.superseded.map(\.response.source) == [workspace.responses + "/hackney.md"])
        #expect(analysis.summary.questions.first?.counts["agree"] == 1)
        #expect(analysis.summary.exports.first?.superseded == 0)
        #expect(
            workspace.formatted(Analysis.warnings(for: intake, questionnaire: questionnaire)) == [
                "hackney.md:1: warning: superseded: 'London Borough of Hackney' submitted again in form.csv:2 (submitted 4 January 2021); only the later response counts"
            ])
    }

    @Test func aLaterResponseFileSupersedesAnExportRow() throws {
        let workspace = try TestWorkspace(text: [
            "hackney.md": Self.markdown("London Borough of Hackney, The", "2021-01-04", "agree"),
            "form.csv":
                "respondent,type,place,submitted,q1\nLondon Borough of Hackney,council,Hackney,18/12/2020,Disagree\n",
        ])
        let intake = workspace.load()
        let analysis = Analysis(questionnaire: try #require(intake.questionnaire), intake: intake)
        #expect(analysis.records.map(\.response.source) == [workspace.responses + "/hackney.md"])
        #expect(analysis.summary.superseded == 1)
        #expect(analysis.summary.exports.first?.superseded == 1)
    }

    @Test func laterRowsOfOneExportSupersedeEarlierOnesButMembersOfThePublicNeverMerge() throws {
        let csv = """
            respondent,type,submitted,q1
            Acme Trust,nhs trust,2021-01-02,Disagree
            A Resident,resident,2021-01-02,Agree
            Acme Trust,nhs trust,2021-01-02,Agree
            A Resident,resident,2021-01-03,Disagree

            """
        let workspace = try TestWorkspace(text: ["form.csv": csv])
        let analysis = Analysis(questionnaire: TestWorkspace.questionnaire, intake: workspace.load())
        #expect(analysis.summary.respondents == 3)
        #expect(analysis.superseded.map(\.response.row) == [2])
        #expect(analysis.summary.questions.first?.counts["agree"] == 2)
    }
}
