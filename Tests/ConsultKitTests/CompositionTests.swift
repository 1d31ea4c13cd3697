import Foundation
import Testing

@testable import ConsultKit

@Suite struct CompositionTests {
    static let hostile = "=HYPERLINK(\"http://x\",\"y\")"

    /// An export whose organisation is named with a formula and whose resident comments with one.
    static func hostileWorkspace() throws -> TestWorkspace {
        var writer = CSVWriter(header: ["respondent", "type", "place", "publish", "q1", "q1 comments", "comments"])
        writer.append([
            "\u{0}" + hostile, "council", "Hackney", "yes", "Agree", hostile + " We agree because councils matter.",
            hostile,
        ])
        writer.append(["", "resident", "Newham", "yes", "Agree", hostile, hostile])
        // The writer neutralises formulas, so put the raw cells back as a hostile export would have them.
        let csv = writer.text.replacingOccurrences(of: "'=HYPERLINK", with: "=HYPERLINK").replacingOccurrences(
            of: "\u{0}", with: "")
        return try TestWorkspace(text: ["form.csv": csv])
    }

    @Test func aFormulaInANameOrCommentStaysInertInEveryOutput() throws {
        let workspace = try Self.hostileWorkspace()
        let result = workspace.run(["compose", "--out", workspace.root.appendingPathComponent("Output").path])
        #expect(result.code == 0, "\(result.err)")
        let csv = workspace.read("Output/respondents.csv")
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""))
        for start in [",=", "\n=", "\"="] { #expect(!csv.contains(start)) }
        let html = workspace.read("Output/system-response.html")
        #expect(html.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"))
        #expect(!html.contains("HYPERLINK(\""))
        #expect(!html.contains("href=\"http://x"))
        let markdown = workspace.read("Output/system-response.md")
        #expect(markdown.contains("=HYPERLINK(\"http://x\",\"y\")"))
        #expect(!markdown.contains("](http://x"))
        #expect(!markdown.contains("<http://x"))
        let docx = try Data(contentsOf: workspace.root.appendingPathComponent("Output/system-response.docx"))
        let xml = String(
            decoding: try ZipReader(bytes: Array(docx), source: "docx").contents(of: "word/document.xml"), as: UTF8.self
        )
        #expect(xml.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"))
        for field in ["instrText", "fldSimple", "w:hyperlink"] { #expect(!xml.contains(field)) }
    }

    @Test func namesThePartnersTheRegisterExpectsButHasNotHeardFrom() throws {
        let workspace = try TestWorkspace(text: [
            "_register.csv":
                "respondent,type,place,contact\nThe Acme Trust,nhs trust,,a@example.org\nHackney Council,council,Hackney,h@example.org\nA resident,resident,Hackney,r@example.org\n",
            "acme.md": ChaseListTests.markdown("Acme Trust", type: "nhs trust", date: "2021-01-04"),
        ])
        let result = workspace.run(["compose", "--out", workspace.root.appendingPathComponent("Output").path])
        #expect(result.code == 0)
        #expect(
            workspace.read("Output/system-response.md").contains(
                "We have not yet heard from Hackney Council, who was asked for views."))
    }

    /// Members of the public folded into counts (and a sample kept for quoting) must produce exactly
    /// the documents that keeping every one of them whole does.
    @Test(arguments: [
        (Summary.Selection(), 2_000), (Summary.Selection(place: "city-and-hackney"), 2_000),
        (Summary.Selection(type: "public"), 2_000),
        (Summary.Selection(), 7),
    ])
    func foldingMembersOfThePublicChangesNothingADocumentShows(selection: Summary.Selection, batchSize: Int) throws {
        let workspace = try TestWorkspace(text: ["form.csv": Self.mixedExport(rows: 60)])
        let questionnaire = TestWorkspace.questionnaire
        func outputs(folding: Bool) -> [String: [UInt8]] {
            let intake = workspace.workspace.load(progress: nil, folding: folding, batchSize: batchSize)
            let composition = Composition.make(
                workspace: workspace.workspace, intake: intake, questionnaire: questionnaire, selection: selection,
                editorialPath: nil)
            return Dictionary(composition.outputs.files.map { ($0.name, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        }
        let folded = outputs(folding: true)
        let whole = outputs(folding: false)
        #expect(folded.keys.sorted() == whole.keys.sorted())
        for name in whole.keys.sorted() {
            var (a, b) = (folded[name] ?? [], whole[name] ?? [])
            if name.hasSuffix("summary.json") {
                // Late members of the public are reported once per export rather than once per row; the
                // figures must still agree.
                (a, b) = (Self.withoutProblems(a), Self.withoutProblems(b))
            }
            #expect(
                a == b,
                "\(name) differs: \(Snapshot.firstDifference(String(decoding: b, as: UTF8.self), String(decoding: a, as: UTF8.self)))"
            )
        }
    }

    static func withoutProblems(_ json: [UInt8]) -> [UInt8] {
        guard var summary = try? JSONDecoder().decode(Summary.self, from: Data(json)) else { return [] }
        summary.problems = []
        return Array(SummaryJSON.encode(summary).utf8)
    }

    /// Residents and organisations, with comments that raise themes, in several places.
    static func mixedExport(rows: Int) -> String {
        let sentences = [
            "We need local accountability for these decisions.", "Councils must be equal partners in the ICS.",
            "Removing the veto worries us.", "Pooled budgets would help the borough.",
            "This is a top-down reorganisation.",
            "I am a carer and nobody asks my view.", "Thank you for asking.", "The plan is hard to follow.",
        ]
        let answers = [
            "Strongly agree", "Tend to agree", "Neither agree nor disagree", "Tend to disagree", "", "Don't know",
            "Perhaps",
        ]
        let places = ["Hackney", "Newham", "Tower Hamlets", ""]
        var writer = CSVWriter(header: [
            "respondent", "type", "place", "submitted", "publish", "q1", "q1 comments", "q2", "option", "comments",
            "comments concerns",
        ])
        for index in 0..<rows {
            let isPublic = index % 5 != 0
            writer.append([
                isPublic ? (index % 7 == 0 ? "Resident \(index)" : "") : "Organisation \(index % 3)",
                isPublic ? "resident" : ["council", "nhs trust", "healthwatch"][index % 3],
                places[index % places.count], "0\(1 + index % 8)/01/2021", ["yes", "no", "anonymous"][index % 3],
                answers[index % answers.count],
                sentences[index % sentences.count] + " " + sentences[(index * 3) % sentences.count],
                answers[(index + 2) % answers.count], ["Option 1", "Option 2", "neither", ""][index % 4],
                sentences[(index + 5) % sentences.count], index % 4 == 0 ? "workforce; data-sharing" : "",
            ])
        }
        return writer.text
    }
}
