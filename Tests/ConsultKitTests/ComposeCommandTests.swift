import Foundation
import Testing

@testable import ConsultKit

/// End-to-end tests of `consult compose` on the shipped sample and on hostile input.
@Suite struct ComposeCommandTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let outputNames = [
        "respondents.csv", "submission.txt", "summary.json", "system-response.docx", "system-response.html",
        "system-response.md",
    ]

    /// Composes the shipped sample into a temporary folder.
    /// Composes the shipped sample into a temporary folder, running in the repository root as a user would.
    static func composeSample(into folder: TemporaryFolder, extra: [String] = []) -> CLIRun {
        CLIRun(["compose", "--out", folder.path("out")] + extra, directory: root)
    }

    @Test func composesTheSampleIdenticallyToTheCommittedOutput() throws {
        let folder = try TemporaryFolder()
        let run = Self.composeSample(into: folder)
        #expect(run.code == 0, "stderr: \(run.err)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted()
        #expect(written == Self.outputNames)
        let committed = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Output").sorted()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            for name in Self.outputNames {
                let data = try #require(FileManager.default.contents(atPath: folder.path("out/" + name)))
                try data.write(to: URL(fileURLWithPath: Self.root + "/Output/" + name))
            }
            return
        }
        #expect(committed == Self.outputNames, "Output/ must hold exactly the six composed files")
        for name in Self.outputNames {
            let fresh = FileManager.default.contents(atPath: folder.path("out/" + name))
            let golden = FileManager.default.contents(atPath: Self.root + "/Output/" + name)
            #expect(
                fresh == golden, "\(name) differs from Output/\(name); re-record with RECORD_SNAPSHOTS=1 if intended")
        }
    }

    @Test func composingTwiceGivesByteIdenticalFiles() throws {
        let a = try TemporaryFolder()
        let b = try TemporaryFolder()
        #expect(Self.composeSample(into: a).code == 0)
        #expect(Self.composeSample(into: b).code == 0)
        for name in Self.outputNames {
            #expect(
                FileManager.default.contents(atPath: a.path("out/" + name))
                    == FileManager.default.contents(atPath: b.path("out/" + name)))
        }
    }

    @Test func neverWritesIntoTheResponsesFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("Questionnaires/q.json", Fixture.questionnaireJSON())
        try folder.write(
            "Responses/a.md", Fixture.markdown(["respondent: A", "type: council"], "## q1\nanswer: agree\n"))
        let before = try FolderSnapshot(folder.path("Responses"))
        let run = CLIRun([
            "compose", "--questionnaires", folder.path("Questionnaires"), "--responses", folder.path("Responses"),
            "--out", folder.path("Responses/out"),
        ])
        #expect(run.code == 2)
        #expect(run.err.contains("is inside the responses folder; compose never writes there"))
        #expect(try FolderSnapshot(folder.path("Responses")) == before)
    }

    @Test func unpublishedRespondentIsCountedButNeverNamedOrQuoted() throws {
        let folder = try TemporaryFolder()
        let run = Self.composeSample(into: folder)
        #expect(run.code == 0)
        // The sample's publish: no respondent, and phrases only it uses.
        let secret = try String(
            contentsOfFile: Self.root + "/Responses/nel-community-and-mental-health-trust.md", encoding: .utf8)
        #expect(secret.contains("publish: no"))
        let respondent = try #require(secret.split(separator: "\n").first { $0.hasPrefix("respondent:") })
            .dropFirst(11).trimmingCharacters(in: .whitespaces)
        #expect(respondent.count > 5)
        for output in Self.outputNames {
            let bytes = try #require(FileManager.default.contents(atPath: folder.path("out/" + output)))
            let text = output.hasSuffix(".docx") ? try Self.docxText(bytes) : String(decoding: bytes, as: UTF8.self)
            for phrase in [respondent, "kaleidoscope of committees", "governance quicksand", "example.org"] {
                #expect(!text.contains(phrase), "\(output) contains '\(phrase)'")
            }
        }
        let summary = try #require(FileManager.default.contents(atPath: folder.path("out/summary.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: summary) as? [String: Any])
        #expect(json["respondents"] as? Int == 26, "the unpublished respondent still counts")
    }

    @Test func hostileTextIsInertInEveryFormat() throws {
        let folder = try TemporaryFolder()
        try folder.write("Questionnaires/q.json", Fixture.questionnaireJSON())
        let hostile = "<script>alert('x')</script> & \"quoted\" \u{1} =HYPERLINK(\"http://evil\",\"y\")"
        try folder.write(
            "Responses/a.md",
            Fixture.markdown(
                ["respondent: =CMD|' /C calc'!A0", "type: council"], "## q1\nanswer: agree\n\nWe agree. \(hostile)\n"))
        let run = CLIRun([
            "compose", "--questionnaires", folder.path("Questionnaires"), "--responses", folder.path("Responses"),
            "--out", folder.path("out"),
        ])
        #expect(run.code == 0, "stderr: \(run.err)")
        let html = try folder.read("out/system-response.html")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        let csv = try folder.read("out/respondents.csv")
        #expect(csv.contains("'=CMD|"))
        #expect(!csv.contains(",=CMD"))
        let docx = try #require(FileManager.default.contents(atPath: folder.path("out/system-response.docx")))
        let zip = try ZipReader(bytes: Array(docx), source: "docx")
        let xml = String(decoding: try zip.contents(of: "word/document.xml"), as: UTF8.self)
        #expect(!xml.contains("<script>"))
        #expect(!xml.contains("\u{1}"))
        #expect(xml.contains("&lt;script&gt;"))
        let markdown = try folder.read("out/system-response.md")
        #expect(!markdown.contains("<script>"))
    }

    @Test func editorialTextWinsAndADisagreeingAnswerIsWarned() throws {
        let folder = try TemporaryFolder()
        try folder.write("Questionnaires/q.json", Fixture.questionnaireJSON())
        try folder.write(
            "Responses/a.md",
            Fixture.markdown(["respondent: A", "type: council"], "## q1\nanswer: agree\n\nWe agree.\n"))
        try folder.write(
            "Responses/b.md", Fixture.markdown(["respondent: B", "type: council"], "## q1\nanswer: agree\n\nYes.\n"))
        try folder.write(
            "Responses/_editorial.md",
            "## summary\n\nOur own summary words.\n\n## q1\nanswer: disagree\n\nThe system disagrees, for reasons of its own.\n"
        )
        let run = CLIRun([
            "compose", "--questionnaires", folder.path("Questionnaires"), "--responses", folder.path("Responses"),
            "--out", folder.path("out"),
        ])
        #expect(run.code == 0)
        #expect(
            run.err.contains(
                "_editorial.md:5: warning: q1: the editorial answer is 'disagree', but the responses now lean to 'agree'; check that the editorial text still stands"
            ))
        let markdown = try folder.read("out/system-response.md")
        #expect(markdown.contains("Our own summary words."))
        #expect(markdown.contains("The system disagrees, for reasons of its own."))
        #expect(markdown.contains("**Proposed answer:** Disagree (agreed by the programme office)"))
        let submission = try folder.read("out/submission.txt")
        #expect(submission.contains("Proposed answer: Disagree"))
        #expect(submission.contains("The system disagrees, for reasons of its own."))
    }

    @Test func placeSelectionWritesABoroughResponse() throws {
        let folder = try TemporaryFolder()
        let run = Self.composeSample(into: folder, extra: ["--place", "hackney"])
        #expect(run.code == 0, "stderr: \(run.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted()
        #expect(
            names == [
                "city-and-hackney-respondents.csv", "city-and-hackney-response.docx", "city-and-hackney-response.html",
                "city-and-hackney-response.md", "city-and-hackney-submission.txt", "city-and-hackney-summary.json",
            ])
        let markdown = try folder.read("out/city-and-hackney-response.md")
        #expect(markdown.hasPrefix("# City and Hackney's response to Integrating care"))
        #expect(!markdown.contains("Havering"))
        let summary = try #require(
            FileManager.default.contents(atPath: folder.path("out/city-and-hackney-summary.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: summary) as? [String: Any])
        #expect(json["respondents"] as? Int == 7)
    }

    @Test func summaryJSONMatchesTheSummaryCommand() throws {
        let folder = try TemporaryFolder()
        #expect(Self.composeSample(into: folder).code == 0)
        let summary = CLIRun(["summary", "--format", "json"], directory: Self.root)
        #expect(try folder.read("out/summary.json") == summary.out)
    }

    @Test func theComposedWordDocumentIsWellFormedAndTitled() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.root + "/Output/system-response.docx"))
        let parts = try DocxWriterTests.parts(of: Array(bytes))
        #expect(parts.count == 10)
        for (path, xml) in parts {
            #expect(StrictXMLCheck.problems(in: xml) == [], "\(path) is not well-formed")
        }
        let core = try #require(parts["docProps/core.xml"])
        #expect(core.contains("<dc:creator>North East London Health and Care Partnership</dc:creator>"))
        #expect(
            core.contains("<dc:title>North East London Health and Care Partnership&apos;s response to Integrating care")
        )
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains("Draft for sign-off"))
        #expect(document.contains("<w:tblHeader/>"))
    }

    @Test func numbersInTheProseEqualTheSummaryJSON() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.root + "/Output/summary.json"))
        let summary = try JSONDecoder().decode(Summary.self, from: data)
        let markdown = try String(contentsOfFile: Self.root + "/Output/system-response.md", encoding: .utf8)
        let questionnaire = try #require(Workspace(base: Self.root).loadQuestionnaire().0)
        let editorialText = try String(contentsOfFile: Self.root + "/Responses/_editorial.md", encoding: .utf8)
        let editorial = Editorial.read(editorialText, source: "_editorial.md", questionnaire: questionnaire).0
        var checked = 0
        for figures in summary.questions where figures.strength == .consensus || figures.strength == .majority {
            // The programme office's words replace the prose for its sections.
            guard editorial.sections[figures.id] == nil else { continue }
            let question = try #require(questionnaire.question(id: figures.id))
            let options = questionnaire.options(for: question)
            func count(_ side: String) -> Int {
                options.filter { $0.side == side }.reduce(0) { $0 + (figures.counts[$1.id] ?? 0) }
            }
            let sides = Set(options.map(\.side)).subtracting([ScaleOption.noSide])
            let total = sides.reduce(0) { $0 + count($1) }
            let leading = count(figures.position)
            if figures.strength == .consensus {
                #expect(markdown.contains("\(leading) of the \(total) respondents who took a view"))
            } else {
                #expect(markdown.contains("with \(total - leading) of \(total) respondents"))
            }
            checked += 1
        }
        #expect(checked >= 3)
        #expect(markdown.contains("We received views from 14 organisations and 12 members of the public"))
        #expect(summary.respondents == 26)
    }

    /// The text of every paragraph of a .docx, joined by newlines.
    static func docxText(_ bytes: Data) throws -> String {
        try DocxTextReader.paragraphs(fromDocx: Array(bytes), source: "docx").joined(separator: "\n")
    }
}
