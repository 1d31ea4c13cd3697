import Foundation
import Testing

@testable import ConsultKit

/// ``SurveyRowBuilder`` must give exactly what building each row through a ``RawResponse`` and
/// ``ResponseBuilder`` gives: the same response and the same diagnostics, in the same order, for every row.
@Suite struct SurveyRowBuilderTests {
    static let questionnaire = TestWorkspace.questionnaire

    /// A header with a column of every kind, some kinds twice (the later column wins, or both count), a
    /// column no role reads, an answer column for a free-text question and a `questionnaire` column.
    static let columns: [(name: String, role: SurveyColumns.Role?)] = [
        ("ID", .field("id")), ("Name", .field("respondent")), ("Type", .field("type")), ("Borough", .field("place")),
        ("Date", .field("submitted")), ("Email", .field("contact")), ("Publish", .field("publish")),
        ("Consultation", .field("questionnaire")), ("Q1", .answer(0)), ("Q1 why", .comments(0)),
        ("Q1 more", .comments(0)), ("Q1 themes", .concerns(0)), ("Q2", .answer(1)), ("Q2 again", .answer(1)),
        ("Notes", nil), ("Q3", .answer(2)), ("Q4 why", .comments(3)), ("Option", .answer(4)),
        ("Comments", .answer(5)), ("Other comments", .comments(5)), ("Concerns", .concerns(5)),
        ("More concerns", .concerns(5)), ("Type again", .field("type")),
    ]

    /// Cells for each role: ordinary, padded, differently cased, synonyms, unknown, empty, blank, accented
    /// (composed and decomposed), formula-like, and several lines long.
    static func cells(for role: SurveyColumns.Role?, name: String) -> [String] {
        let awkward = ["", " ", "\t", "\u{00A0}", "=HYPERLINK(\"x\")", "Café", "Cafe\u{0301}", "line one\nline two"]
        switch role {
        case .field("respondent"):
            return awkward + ["Hackney Council", "  Acme Trust ", "Member of the public", "the acme trust"]
        case .field("type"):
            return awkward + [
                "Member of the public", "public", " PUBLIC ", "Resident", "council", "Local authority", "nhs trust",
                "NHS Trust", "Alien", "member-of-the-public",
            ]
        case .field("place"):
            return awkward + ["Hackney", "hackney", " City and Hackney ", "city_and_hackney", "Atlantis", "Newham"]
        case .field("submitted"):
            return awkward + [
                "2021-01-04", "04/01/2021 14:32", "4/1/2021", " 2020-12-31 ", "31/02/2021", "yesterday", "2021-13-01",
                "2021-01-05T09:00",
            ]
        case .field("contact"):
            return awkward + ["a@example.org", "  b@example.org  "]
        case .field("publish"):
            return awkward + ["Yes", "no", "Yes, anonymously", " ANON ", "maybe", "Y"]
        case .field("questionnaire"):
            return ["", " ", questionnaire.id, " \(questionnaire.id) ", "another-consultation", "Café"]
        case .answer(let position) where questionnaire.questions[position].scale == "options":
            return awkward + ["Option 1", " option two ", "Neither option", "no preference", "Option 3", "2"]
        case .answer:
            return awkward + [
                "Agree", " agree ", "AGREE", "Strongly agree", "strongly-agree", "Tend to agree", "tend  to_agree",
                "Neither agree nor disagree", "Don\u{2019}t know", "Maybe", "Agrée", "Agre\u{0301}e", "Disagre",
            ]
        case .comments:
            return awkward + [
                "We agree with the direction.", "  Padded comment.  ", "First paragraph.\n\nSecond paragraph.",
                "Money must follow the patient; workforce is short.", "\r\n",
            ]
        case .concerns:
            return awkward + [
                "workforce", "Workforce; data-sharing", "workforce, workforce", "unknown-theme, workforce", ";;",
                "Local accountability , Data sharing", "data sharing; nonsense; ",
            ]
        case .field, nil:
            return awkward + [name, "R1", "anything"]
        }
    }

    /// Rows drawn at random from those cells, some of them short or long.
    static func rows(count: Int, seed: UInt64) -> [CSVRow] {
        var random = SplitMix64(state: seed)
        func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        return (0..<count).map { index in
            var fields = columns.map { column in
                let options = cells(for: column.role, name: column.name)
                return options[pick(options.count)]
            }
            switch pick(12) {
            case 0: fields.removeLast(1 + pick(6))
            case 1: fields += ["extra"]
            default: break
            }
            return CSVRow(number: index + 2, line: index + 2, fields: fields)
        }
    }

    /// An outcome as JSON, compared byte for byte: strings compare equal in Swift when their accents are
    /// composed differently, but a document must get the very bytes the general path gives.
    struct Rendered: Equatable, CustomStringConvertible {
        var bytes: [UInt8]
        var description: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func rendered(_ outcome: SurveyRowBuilder.Outcome) -> Rendered {
        struct Encoded: Encodable {
            var response: Response?
            var diagnostics: [Diagnostic]
            var isLeftOut: Bool
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = Encoded(
            response: outcome.response, diagnostics: outcome.diagnostics, isLeftOut: outcome.isLeftOut)
        return Rendered(bytes: (try? encoder.encode(encoded)).map { Array($0) } ?? [])
    }

    static func batch(header: [String], roles: [SurveyColumns.Role?]) -> SurveyExportLoader.Batch {
        SurveyExportLoader.Batch(
            questionnaire: questionnaire, columns: SurveyColumns(roles: roles), header: header, source: "form.csv",
            folds: false)
    }

    @Test func givesWhatTheGeneralPathGivesForEveryKindOfRow() throws {
        let batch = Self.batch(header: Self.columns.map(\.name), roles: Self.columns.map(\.role))
        let direct = try #require(batch.direct)
        var memory = SurveyRowBuilder.Memory()
        var kinds = (counted: 0, notCounted: 0, leftOut: 0, problems: 0)
        // Enough rows that every spelling recurs, so remembered look-ups are checked as well as fresh ones.
        for row in Self.rows(count: 3_000, seed: 7) {
            let general = batch.general(row)
            let built = direct.build(row, memory: &memory)
            #expect(Self.rendered(built) == Self.rendered(general), "row \(row.fields)")
            if general.isLeftOut {
                kinds.leftOut += 1
            } else if general.response == nil {
                kinds.notCounted += 1
            } else {
                kinds.counted += 1
            }
            kinds.problems += general.diagnostics.count
        }
        // The rows are a fair test: every outcome occurs, often.
        #expect(kinds.counted > 100 && kinds.notCounted > 100 && kinds.leftOut > 100 && kinds.problems > 1_000)
    }

    @Test func givesWhatTheGeneralPathGivesForHeadersAsInferred() throws {
        let header = ["respondent", "type", "place", "q1", "q1 comments", "q1 concerns", "q2", "option", "comments"]
        let (columns, _) = SurveyColumns.inferred(
            header: header, source: "form.csv", mappingName: "form.mapping.json",
            vocabulary: Vocabulary(questionnaire: Self.questionnaire))
        let batch = Self.batch(header: header, roles: columns.roles)
        let direct = try #require(batch.direct)
        var memory = SurveyRowBuilder.Memory()
        let roles = columns.roles
        var random = SplitMix64(state: 11)
        for number in 2..<1_000 {
            let fields = header.indices.map { index in
                let options = Self.cells(for: roles[index], name: header[index])
                return options[Int(random.next() % UInt64(options.count))]
            }
            let row = CSVRow(number: number, line: number, fields: fields)
            #expect(
                Self.rendered(direct.build(row, memory: &memory)) == Self.rendered(batch.general(row)), "row \(fields)")
        }
    }

    @Test func reportsRaggedRowsAndMissingFieldsAsTheGeneralPathDoes() throws {
        let header = ["respondent", "type", "q1"]
        let batch = Self.batch(header: header, roles: [.field("respondent"), .field("type"), .answer(0)])
        let direct = try #require(batch.direct)
        var memory = SurveyRowBuilder.Memory()
        let rows = [
            CSVRow(number: 2, line: 2, fields: []), CSVRow(number: 3, line: 3, fields: ["Acme"]),
            CSVRow(number: 4, line: 4, fields: ["", "council", "Maybe", "x"]),
            CSVRow(number: 5, line: 5, fields: ["", "", "Agree"]),
        ]
        for row in rows {
            #expect(Self.rendered(direct.build(row, memory: &memory)) == Self.rendered(batch.general(row)))
        }
        let messages = rows.flatMap { direct.build($0, memory: &memory).diagnostics.map(\.message) }
        #expect(
            messages.contains(
                "this row has four fields but the header has three; the extra fields are ignored (is a separator inside an unquoted field?)"
            ))
        #expect(messages.contains("missing required field 'respondent' in this row; the response is not counted"))
    }

    /// Reading whole exports either way gives the same intake and byte-for-byte the same documents.
    @Test(arguments: [1, 5_000])
    func readingAnExportDirectlyChangesNoOutput(batchSize: Int) throws {
        let export = SyntheticExport(rows: 2_000, seed: 5)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "consult-direct-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try export.write(into: folder.path)
        let workspace = Workspace(
            questionnaires: folder.path + "/Questionnaires", responses: folder.path + "/Responses")
        func read(directly: Bool) throws -> (Intake, [String: [UInt8]]) {
            let intake = workspace.load(progress: nil, folding: true, batchSize: batchSize, directRows: directly)
            let questionnaire = try #require(intake.questionnaire)
            let composition = Composition.make(
                workspace: workspace, intake: intake, questionnaire: questionnaire, selection: Summary.Selection(),
                editorialPath: nil)
            let files = Dictionary(
                composition.outputs.files.map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
            return (intake, files)
        }
        let (direct, directFiles) = try read(directly: true)
        let (general, generalFiles) = try read(directly: false)
        #expect(direct.responses == general.responses)
        #expect(direct.diagnostics == general.diagnostics)
        #expect(direct.exports == general.exports)
        #expect(direct.crowd?.count == general.crowd?.count)
        #expect(directFiles.keys.sorted() == generalFiles.keys.sorted())
        for name in generalFiles.keys.sorted() {
            #expect(directFiles[name] == generalFiles[name], "\(name) differs")
        }
        #expect(direct.diagnostics.count > 10)
    }
}
