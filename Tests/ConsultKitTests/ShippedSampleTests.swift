import Foundation
import Testing

@testable import ConsultKit

/// The questionnaire and sample responses shipped in the repository, run through the real entry point.
@Suite struct ShippedSampleTests {
    private let options = ["--questionnaires", Repository.questionnaires, "--responses", Repository.responses]

    @Test func validatesWithOnlyTheLateAndSupersededWarnings() throws {
        let before = try FolderSnapshot(Repository.responses)
        let run = CLIRun(["validate"] + options)
        #expect(run.code == 0)
        #expect(
            run.out
                == "Read 27 responses with no errors and four warnings.\n"
                + "\(Repository.responses)/online-form-export.csv: 12 rows read (UTF-8), 12 responses, no rejected cells.\n"
                + "Campaign: four responses use near-identical wording, the first at \(Repository.responses)/online-form-export.csv:10: "
                + "\"I oppose this. A statutory ICS moves decisions about our hospitals and GP services away from local…\"\n"
        )
        let responses = Repository.responses
        #expect(
            run.errLines == [
                "\(responses)/health-in-hackney-scrutiny-commission.md:5: warning: late: submitted 7 January 2021, after the feedback deadline of 4 January 2021; it is counted and marked late",
                "\(responses)/online-form-export.csv:6: warning: late: one member of the public in this export submitted after the feedback deadline of 4 January 2021 (on this row); it is counted and marked late",
                "\(responses)/redbridge-resident.md:5: warning: late: submitted 6 January 2021, after the feedback deadline of 4 January 2021; it is counted and marked late",
                "\(responses)/tower-hamlets-council-2020-12-18.md:1: warning: superseded: 'London Borough of Tower Hamlets' submitted again in \(responses)/tower-hamlets-council-2021-01-04.md (submitted 4 January 2021); only the later response counts",
            ])
        #expect(try FolderSnapshot(Repository.responses) == before)
    }

    @Test func summarisesTheSample() throws {
        let before = try FolderSnapshot(Repository.responses)
        let run = CLIRun(["summary", "--format", "json"] + options)
        #expect(run.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(object["respondents"] as? Int == 26)
        #expect(object["superseded"] as? Int == 1)
        #expect(object["late"] as? Int == 3)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.map { $0["id"] as? String } == ["q1", "q2", "q3", "q4", "option"])
        // Q1 with the online-form export added, four rows of it a campaign against: agree 79%, neutral 5%,
        // disagree 15% of weighted answers.
        let q1 = questions[0]
        #expect(
            q1["counts"] as? [String: Int] == [
                "strongly-agree": 3, "agree": 15, "neutral": 1, "disagree": 2, "strongly-disagree": 4, "dont-know": 1,
            ])
        #expect(q1["shares"] as? [String: Double] == ["agree": 0.79, "neutral": 0.05, "disagree": 0.15])
        #expect(q1["position"] as? String == "agree")
        #expect(q1["strength"] as? String == "consensus")
        // The campaign is reported apart, its members counted one each above.
        let campaigns = try #require(object["campaigns"] as? [[String: Any]])
        #expect(campaigns.map { $0["size"] as? Int } == [4])
        #expect(campaigns.first?["respondents"] as? [String] == [])
        #expect(try FolderSnapshot(Repository.responses) == before)
    }

    @Test func theTextSummaryRunsAndLeavesTheFilesAlone() throws {
        let before = try FolderSnapshot(Repository.responses)
        let run = CLIRun(["summary"] + options)
        #expect(run.code == 0)
        #expect(run.out.contains("26 respondents counted, one response superseded, three late.\n"))
        #expect(try FolderSnapshot(Repository.responses) == before)
    }
}
