import Foundation
import Testing

@testable import ConsultKit

/// Campaigns found across response files and export rows, reported in summaries, `validate` and documents.
@Suite struct CampaignReportTests {
    /// A campaign's model answer to Q1, and three light edits of it.
    static let model =
        "A statutory ICS moves decisions about our hospitals and GP services away from local people to a board nobody elected. Our councils must keep the power to say no, and the money must follow patients to each borough."
    static let edits = [
        model,
        model.replacingOccurrences(of: "our hospitals", with: "our hospital"),
        "I strongly agree. " + model,
        model.replacingOccurrences(of: " and GP services", with: ""),
    ]
    static let unrelated = [
        "We welcome the chance to plan services with the hospital trusts, though the timetable for legislation feels rushed for a system still recovering from winter.",
        "Carers in our borough have told us that joined-up records would save them repeating their story to every professional they meet.",
        "The voluntary sector should be funded as a partner rather than commissioned as a supplier, or the new arrangements will not last.",
    ]

    static func file(_ name: String, type: String, publish: String, text: String) -> String {
        "---\nrespondent: \(name)\ntype: \(type)\nplace: Hackney\nsubmitted: 2021-01-02\npublish: \(publish)\n---\n\n## q1\nanswer: disagree\n\n\(text)\n"
    }

    typealias Row = (place: String, publish: String, text: String)

    static func export(_ rows: [Row]) -> String {
        var writer = CSVWriter(header: ["respondent", "type", "place", "submitted", "publish", "q1", "q1 comments"])
        for row in rows {
            writer.append(["", "resident", row.place, "2021-01-03", row.publish, "Tend to disagree", row.text])
        }
        return writer.text
    }

    /// Composes the workspace into its `Output/` folder and returns the text of one output.
    static func compose(_ workspace: TestWorkspace, reading name: String) -> String {
        let out = workspace.root.appendingPathComponent("Output").path
        #expect(workspace.run(["compose", "--out", out]).code == 0)
        return workspace.read("Output/" + name)
    }

    /// Two organisations' files and three residents' export rows use the campaign's wording; three others don't.
    static func workspace() throws -> TestWorkspace {
        try TestWorkspace(text: [
            "hackney-keep-our-nhs.md": file(
                "Keep Our NHS Local Hackney", type: "other", publish: "yes", text: edits[0]),
            "quiet-group.md": file("A Quiet Group", type: "other", publish: "no", text: edits[1]),
            "trust.md": file("Homerton Healthcare", type: "nhs trust", publish: "yes", text: unrelated[0]),
            "form.csv": export([
                ("Newham", "yes", edits[2]), ("Hackney", "no", edits[3]), ("Newham", "anonymous", edits[1]),
                ("Newham", "yes", unrelated[1]), ("Hackney", "yes", unrelated[2]),
            ]),
        ])
    }

    @Test func findsOneCampaignAcrossFilesAndExportRows() throws {
        let workspace = try Self.workspace()
        let intake = workspace.load()
        let summary = Analysis(questionnaire: try #require(intake.questionnaire), intake: intake).summary
        #expect(summary.respondents == 8)
        #expect(summary.campaigns.count == 1)
        let campaign = try #require(summary.campaigns.first)
        #expect(campaign.size == 5)
        // Only the organisation that agreed to be published is named; members of the public never are.
        #expect(campaign.respondents == ["Keep Our NHS Local Hackney"])
        #expect(Self.edits.contains(campaign.text))
        // Campaign members still count one each in every figure.
        #expect(summary.questions.first { $0.id == "q1" }?.counts["disagree"] == 8)
    }

    @Test func neverQuotesAMemberWhoAskedNotToBePublished() throws {
        let secret = Self.model + " Signed, Pat Example."
        let workspace = try TestWorkspace(text: [
            "form.csv": Self.export([
                ("Newham", "no", secret), ("Hackney", "no", secret), ("Newham", "no", secret), ("Newham", "no", secret),
            ])
        ])
        let intake = workspace.load()
        let summary = Analysis(questionnaire: try #require(intake.questionnaire), intake: intake).summary
        #expect(summary.campaigns.map(\.size) == [4])
        #expect(summary.campaigns.first?.text == "")
        #expect(!SummaryJSON.encode(summary).contains("Pat Example"))
    }

    @Test func contactDetailsInTheCampaignTextAreRedacted() throws {
        let text = Self.model + " Write to campaign@example.org or call 020 7946 0000."
        let workspace = try TestWorkspace(text: [
            "form.csv": Self.export([("Newham", "yes", text), ("Hackney", "yes", text), ("Newham", "yes", text)])
        ])
        let intake = workspace.load()
        let summary = Analysis(questionnaire: try #require(intake.questionnaire), intake: intake).summary
        let campaign = try #require(summary.campaigns.first)
        #expect(!campaign.text.contains("@") && !campaign.text.contains("7946"))
        #expect(campaign.text.contains("[redacted]"))
    }

    @Test func aSelectionCountsOnlyItsOwnMembers() throws {
        let workspace = try Self.workspace()
        let intake = workspace.load()
        let questionnaire = try #require(intake.questionnaire)
        let newham = Analysis(questionnaire: questionnaire, intake: intake, selection: .init(place: "newham"))
        // Two members in Newham are fewer than a campaign's three: it is not reported there.
        #expect(newham.summary.campaigns.isEmpty)
        let hackney = Analysis(
            questionnaire: questionnaire, intake: intake, selection: .init(place: "city-and-hackney"))
        #expect(hackney.summary.campaigns.map(\.size) == [3])
        let residents = Analysis(questionnaire: questionnaire, intake: intake, selection: .init(type: "public"))
        #expect(residents.summary.campaigns.map(\.size) == [3])
        #expect(residents.summary.campaigns.first?.respondents == [])
    }

    @Test func summaryJSONListsCampaignsWithSizeRespondentsAndText() throws {
        let workspace = try Self.workspace()
        let run = workspace.run(["summary", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let campaigns = try #require(object["campaigns"] as? [[String: Any]])
        #expect(campaigns.count == 1)
        #expect(Set(campaigns[0].keys) == ["size", "respondents", "text"])
        #expect(campaigns[0]["size"] as? Int == 5)
    }

    @Test func validateAndTheTextSummaryReportTheCampaign() throws {
        let workspace = try Self.workspace()
        let validate = workspace.run(["validate"])
        #expect(validate.code == 0)
        #expect(validate.out.contains("Campaign: five responses use near-identical wording, the first at "))
        let summary = workspace.run(["summary"])
        #expect(summary.out.contains("Campaigns (responses using near-identical wording"))
        #expect(summary.out.contains("1. five responses, among them Keep Our NHS Local Hackney: \""))
    }

    @Test func theDocumentReportsTheCampaignAndQuotesItOncePerList() throws {
        let workspace = try Self.workspace()
        let markdown = Self.compose(workspace, reading: "system-response.md")
        #expect(
            markdown.contains(
                "**Campaign responses.** Five responses used the wording of a single campaign, beginning \""))
        #expect(markdown.contains("(among them Keep Our NHS Local Hackney). Each counts as one response."))
        #expect(markdown.contains("Five responses used the wording of a single campaign. They are counted one each"))
        // Each list quotes the campaign's wording at most once, marked as a campaign's.
        let quotes = markdown.components(separatedBy: "\n").filter { $0.contains("board nobody elected") }
        #expect(!quotes.isEmpty)
        for line in quotes where !line.contains("Campaign responses") {
            #expect(line.contains("in a campaign's wording"), "\(line)")
        }
    }

    @Test func aListOfDissentingViewsQuotesTheCampaignOnce() throws {
        var files = ["form.csv": Self.export(Self.edits.map { (place: "Newham", publish: "yes", text: $0) })]
        for index in 0..<5 {
            files["partner-\(index).md"] =
                "---\nrespondent: Partner \(index)\ntype: nhs trust\nsubmitted: 2021-01-02\n---\n\n## q1\nanswer: agree\n\n"
                + Self.unrelated[index % 3] + "\n"
        }
        let workspace = try TestWorkspace(text: files)
        let markdown = Self.compose(workspace, reading: "system-response.md")
        let start = try #require(markdown.range(of: "## Dissenting views"))
        let section = markdown[start.upperBound...].prefix { $0 != "#" }
        let quoted = section.split(separator: "\n").filter { $0.contains("nobody elected") }
        #expect(quoted.count == 1)
        #expect(
            quoted.first?.contains("A member of the public (disagree; one of four responses in a campaign's wording)")
                == true)
        #expect(section.contains("Four respondents took a different view."))
    }

    @Test func theDraftedAnswerQuotesACampaignOnce() throws {
        // The wording raises two themes; each theme would otherwise quote a member of the campaign.
        let wording = Self.model + " We also want local accountability for every decision the new body takes."
        let rows = [wording, "Honestly, " + wording, wording + " Thank you.", wording]
        let workspace = try TestWorkspace(text: [
            "form.csv": Self.export(rows.map { (place: "Newham", publish: "yes", text: $0) })
        ])
        let submission = Self.compose(workspace, reading: "submission.txt")
        #expect(
            submission.contains(
                "The concerns raised most often were local accountability and role of local government."))
        #expect(submission.occurrences(of: "a member of the public said:") == 1)
    }

    /// A member of the public whose text was neither kept nor sampled is read again from the export.
    @Test func readsAFoldedMembersWordingAgainFromTheExport() throws {
        let workspace = try TestWorkspace(text: [
            "form.csv": Self.export(
                Self.unrelated.map { (place: "Newham", publish: "yes", text: $0) }
                    + Self.edits.map { (place: "Hackney", publish: "yes", text: $0) })
        ])
        // One row a batch, and no one kept whole: the wording can only come from reading the row again.
        var intake = workspace.workspace.load(progress: nil, folding: true, batchSize: 1)
        intake.crowd?.kept = [:]
        let questionnaire = try #require(intake.questionnaire)
        let found = Analysis.campaigns(in: intake, questionnaire: questionnaire)
        #expect(found.map(\.campaign.size) == [4])
        #expect(Self.edits.contains(found.first?.campaign.text ?? ""))
        #expect(found.first?.firstLocation.hasSuffix("form.csv:5") == true)
        intake.rereadRows = nil
        #expect(Analysis.campaigns(in: intake, questionnaire: questionnaire).first?.campaign.text == "")
    }

    @Test func rereadingRowsGivesTheResponsesTheFirstReadingBuilt() throws {
        let rows: [Row] = (0..<700).map { index in
            let place = ["Newham", "Hackney", "Tower Hamlets"][index % 3]
            let publish = ["yes", "no", "anonymous"][index % 3]
            return (place: place, publish: publish, text: Self.unrelated[index % 3] + " Row \(index).")
        }
        let workspace = try TestWorkspace(text: ["form.csv": Self.export(rows)])
        let whole = workspace.workspace.load(progress: nil, folding: false)
        let wanted: Set<Int> = [2, 3, 130, 131, 500, 701]
        let reread = try #require(whole.rereadRows)
        let read = reread(workspace.responses + "/form.csv", wanted)
        #expect(Set(read.keys) == wanted)
        for response in whole.responses where wanted.contains(response.row ?? 0) {
            #expect(read[response.row ?? 0] == response)
        }
    }
}
