import Foundation
import Testing

@testable import ConsultKit

@Suite struct SummaryCommandTests {
    /// Three councils agree, a trust disagrees, two members of the public agree: agree 4/5 = 0.8.
    private let responses: [String: String] = [
        "a.md": Fixture.markdown(
            ["respondent: Council A", "type: council", "place: North Town", "submitted: 2021-01-04"],
            "## q1\nanswer: agree\nconcerns: veto\n\n## option\nanswer: option-1\n"),
        "b.md": Fixture.markdown(
            ["respondent: Council B", "type: council", "place: South Town", "submitted: 2021-01-05"],
            "## q1\nanswer: strongly agree\n\nWe fear the loss of the veto.\n"),
        "b-old.md": Fixture.markdown(
            ["respondent: Council B", "type: council", "place: South Town", "submitted: 2020-12-01"],
            "## q1\nanswer: disagree\n"),
        "c.md": Fixture.markdown(
            ["respondent: Council C", "type: council", "place: North Town"], "## q1\nanswer: agree\n"),
        "d.md": Fixture.markdown(
            ["respondent: Trust D", "type: trust", "place: North Town"],
            "## q1\nanswer: disagree\n\n## q2\nanswer: agree\n"),
        "e.md": Fixture.markdown(["type: public", "place: South Town"], "## q1\nanswer: agree\n"),
        "f.json": #"{"type": "resident", "answers": {"q1": "agree", "comments": {"text": "Top-down again."}}}"#,
    ]

    private func json(_ run: CLIRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    }

    @Test func printsJSONOtherToolsCanRead() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: responses)
        let run = CLIRun(["summary", "--format", "json"] + options)
        #expect(run.code == 0)
        let object = try json(run)
        #expect(object["questionnaire"] as? String == "test-consultation")
        #expect(object["respondents"] as? Int == 6)
        #expect(object["superseded"] as? Int == 1)
        #expect(object["late"] as? Int == 1)

        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.map { $0["id"] as? String } == ["q1", "q2", "option"])
        let q1 = questions[0]
        #expect(
            q1["counts"] as? [String: Int] == [
                "strongly-agree": 1, "agree": 4, "neutral": 0, "disagree": 1, "dont-know": 0,
            ])
        #expect(q1["unanswered"] as? Int == 0)
        #expect(q1["shares"] as? [String: Double] == ["agree": 0.8, "neutral": 0, "disagree": 0.2])
        #expect(q1["position"] as? String == "agree")
        #expect(q1["strength"] as? String == "consensus")
        #expect(questions[1]["unanswered"] as? Int == 5)
        #expect(questions[2]["position"] as? String == "option-1")

        let themes = try #require(object["themes"] as? [[String: Any]])
        #expect(themes.map { $0["id"] as? String } == ["veto", "top-down"])
        #expect(themes.map { $0["respondents"] as? Int } == [2, 1])

        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.count == 2)
        let late = try #require(problems.first { ($0["message"] as? String)?.hasPrefix("late:") == true })
        #expect(late["file"] as? String == folder.path("Responses/b.md"))
        // The line of its `submitted:` field.
        #expect(late["line"] as? Int == 5)
        #expect(late["severity"] as? String == "warning")
        #expect(
            late["message"] as? String
                == "late: submitted 5 January 2021, after the feedback deadline of 4 January 2021; it is counted and marked late"
        )
        #expect(run.errLines.count == 2)
    }

    @Test func filtersByTypeAndPlace() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: responses)
        let councils = try json(CLIRun(["summary", "--format", "json", "--type", "Local authority"] + options))
        #expect(councils["respondents"] as? Int == 3)
        #expect((councils["selection"] as? [String: String]) == ["type": "council"])
        #expect(councils["superseded"] as? Int == 1)
        let north = try json(CLIRun(["summary", "--format", "json", "--place", "northside"] + options))
        #expect(north["respondents"] as? Int == 3)
        let q1 = try #require((north["questions"] as? [[String: Any]])?.first)
        #expect(q1["shares"] as? [String: Double] == ["agree": 0.67, "neutral": 0, "disagree": 0.33])
        let both = try json(CLIRun(["summary", "--format", "json", "--type", "public", "--place", "south"] + options))
        #expect(both["respondents"] as? Int == 1)
    }

    @Test func anUnknownFilterIsAUsageError() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: responses)
        let run = CLIRun(["summary", "--type", "counsil"] + options)
        #expect(run.code == 2)
        #expect(
            run.err.hasSuffix(
                "error: --type: unknown stakeholder type 'counsil'; expected one of 'council', 'trust' or 'public'. Did you mean 'council'?\nRun 'consult summary --help' for how to use it.\n"
            ))
        let place = CLIRun(["summary", "--place", "East Town"] + options)
        #expect(place.code == 2)
        #expect(
            place.err.contains(
                "error: --place: unknown place 'East Town'; expected one of 'North Town' or 'South Town'."))
    }

    @Test func printsTextForPeople() throws {
        let folder = try TemporaryFolder()
        let options = try folder.workspace(responses: responses)
        let run = CLIRun(["summary"] + options)
        #expect(run.code == 0)
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines.prefix(2) == ["A test consultation", "Six respondents counted, one response superseded, one late."])
        #expect(lines.contains("Q1  Do you agree that the new body provides the right foundation?"))
        #expect(lines.contains("  Agree                          4  ██████████████████████████████"))
        #expect(lines.contains("  Strongly agree                 1  ████████"))
        #expect(lines.contains("  No answer                      0  "))
        #expect(
            lines.contains(
                "  Position: Agree (consensus) (Agree 80%, Neither agree nor disagree 0%, Disagree 20% of weighted answers)"
            ))
        #expect(lines.contains("  Position: Option 1 (consensus) (Option 1 100%, Option 2 0% of weighted answers)"))
        #expect(lines.contains("  1. Loss of the veto: 2 — Council A and Council B"))
        #expect(lines.contains("  2. Top-down reorganisation: 1 — 1 not named"))
    }

    @Test func errorsInTheInputExitOneButTheSummaryIsStillPrinted() throws {
        let folder = try TemporaryFolder()
        var files = responses
        files["z.md"] = Fixture.markdown(["respondent: Z", "type: council"], "## q1\nanswer: agre\n")
        let options = try folder.workspace(responses: files)
        let run = CLIRun(["summary", "--format", "json"] + options)
        #expect(run.code == 1)
        let object = try json(run)
        #expect(object["respondents"] as? Int == 7)
        let q1 = try #require((object["questions"] as? [[String: Any]])?.first)
        #expect((q1["counts"] as? [String: Int])?["unrecognised"] == 1)
        #expect(run.err.contains("z.md:6: error: unknown answer 'agre' for q1"))
    }

    @Test func aMissingQuestionnaireExitsOne() throws {
        let folder = try TemporaryFolder()
        let run = CLIRun(["summary", "--questionnaires", folder.path("Q"), "--responses", folder.path("R")])
        #expect(run.code == 1)
        #expect(run.out == "")
        #expect(
            run.err
                == "\(folder.path("Q")): error: the questionnaires folder does not exist; pass --questionnaires DIR\n")
    }
}
