import Foundation
import Testing

@testable import ConsultKit

@Suite struct SurveyExportLoaderTests {
    /// Reads one export (and optional mapping) from a temporary workspace.
    func load(_ csv: [UInt8], mapping: String? = nil) throws -> (TestWorkspace, Intake) {
        var files = ["form.csv": csv]
        if let mapping { files["form.mapping.json"] = Array(mapping.utf8) }
        let workspace = try TestWorkspace(files)
        return (workspace, workspace.load())
    }

    func load(_ csv: String, mapping: String? = nil) throws -> (TestWorkspace, Intake) {
        try load(Array(csv.utf8), mapping: mapping)
    }

    static let organisationRow =
        "respondent,type,place,q1,q1 comments\nHackney Café Forum,council,Hackney,Agree,Déjà vu: we agree.\n"

    // MARK: Encodings and separators

    @Test(arguments: [
        (String.Encoding.utf8, false, "UTF-8"), (.utf8, true, "UTF-8 (with byte-order mark)"),
        (.utf16LittleEndian, true, "UTF-16 (little-endian)"), (.utf16BigEndian, true, "UTF-16 (big-endian)"),
        (.windowsCP1252, false, "Windows-1252"),
    ])
    func readsEveryEncoding(encoding: String.Encoding, byteOrderMark: Bool, name: String) throws {
        var bytes = Array(Self.organisationRow.data(using: encoding) ?? Data())
        if byteOrderMark {
            switch encoding {
            case .utf8: bytes = [0xEF, 0xBB, 0xBF] + bytes
            case .utf16LittleEndian: bytes = [0xFF, 0xFE] + bytes
            default: bytes = [0xFE, 0xFF] + bytes
            }
        }
        let (workspace, intake) = try load(bytes)
        #expect(intake.exports.map(\.encoding) == [name])
        #expect(intake.responses.map(\.respondent) == ["Hackney Café Forum"])
        #expect(intake.responses.first?.answers["q1"]?.text == "Déjà vu: we agree.")
        let warnings = workspace.formatted(intake.diagnostics)
        if encoding == .windowsCP1252 {
            #expect(
                warnings == [
                    "form.csv:2: warning: The file is not valid UTF-8 (byte 0xE9 is the first that is not), so it was read as Windows-1252.\n  note: If accented letters or symbols such as £ or ’ look wrong, save the file as 'CSV UTF-8' and run again."
                ])
        } else {
            #expect(warnings.isEmpty)
        }
    }

    @Test(arguments: [",", ";", "\t"])
    func readsEverySeparator(separator: String) throws {
        let csv =
            ["respondent", "type", "q1", "q1 comments"].joined(separator: separator) + "\n"
            + ["Acme Trust", "nhs trust", "Agree", "\"Yes, and; also\ttabs\""].joined(separator: separator) + "\n"
        let (_, intake) = try load(csv)
        #expect(intake.responses.first?.answers["q1"]?.choice == "agree")
        #expect(intake.responses.first?.answers["q1"]?.text == "Yes, and; also\ttabs")
    }

    @Test func keepsLineBreaksInsideQuotedCellsAndNumbersRowsAsASpreadsheetDoes() throws {
        let csv =
            "respondent,type,q1,q1 comments\nAcme Trust,nhs trust,Agree,\"First line.\nSecond line.\"\nBeta Trust,nhs trust,Maybe,\n"
        let (workspace, intake) = try load(csv)
        #expect(intake.responses.first?.answers["q1"]?.text == "First line.\nSecond line.")
        #expect(
            workspace.formatted(intake.diagnostics) == [
                "form.csv:3: error: column 'q1': unknown answer 'Maybe' for q1; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree', 'strongly-disagree' or 'dont-know'."
            ])
        #expect(intake.responses.map(\.row) == [2, 3])
    }

    // MARK: Rows with problems

    @Test func reportsARaggedRowAndStillCountsItsOtherCells() throws {
        let csv = "respondent,type,q1,q2\nAcme Trust,nhs trust,Agree\nBeta Trust,nhs trust,Agree,Disagree,extra\n"
        let (workspace, intake) = try load(csv)
        #expect(
            workspace.formatted(intake.diagnostics) == [
                "form.csv:2: error: this row has three fields but the header has four; the missing fields are read as empty",
                "form.csv:3: error: this row has five fields but the header has four; the extra fields are ignored (is a separator inside an unquoted field?)",
            ])
        #expect(intake.responses.map { $0.answers["q1"]?.choice } == ["agree", "agree"])
        #expect(intake.exports.first?.rejectedCells == 2)
        #expect(intake.exports.first?.responses == 2)
    }

    @Test func countsAnUnrecognisedAnswerAndReportsABadDateWithTheColumn() throws {
        let csv =
            "respondent,type,place,submitted,q1\n,resident,Hackney,31/02/2021,Perhaps\n,resident,Newham,04/01/2021 10:15,Tend to agree\n"
        let (workspace, intake) = try load(csv)
        #expect(
            workspace.formatted(intake.diagnostics) == [
                "form.csv:2: error: column 'submitted': '31/02/2021' in 'submitted' is not a date; expected YYYY-MM-DD or DD/MM/YYYY",
                "form.csv:2: error: column 'q1': unknown answer 'Perhaps' for q1; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree', 'strongly-disagree' or 'dont-know'.",
            ])
        let questionnaire = try #require(intake.questionnaire)
        let analysis = Analysis(questionnaire: questionnaire, intake: intake)
        #expect(analysis.summary.respondents == 2)
        #expect(analysis.summary.questions.first?.counts["unrecognised"] == 1)
        #expect(analysis.summary.questions.first?.counts["agree"] == 1)
        #expect(
            intake.exports == [
                ExportReport(
                    file: workspace.responses + "/form.csv", encoding: "UTF-8", rowsRead: 2, responses: 2,
                    rejectedCells: 2)
            ])
    }

    // MARK: Columns

    @Test func reportsUnmappedHeadersOnceNotPerRow() throws {
        let rows = (0..<50).map { ",resident,Hackney,Agree,x,\($0)" }.joined(separator: "\n")
        let (workspace, intake) = try load("respondent,type,place,q1,IP address,Browser\n" + rows + "\n")
        #expect(
            workspace.formatted(intake.diagnostics) == [
                "form.csv:1: warning: Two columns name no field or question and are ignored: 'IP address', 'Browser'\n  note: name the columns 'respondent', 'type', 'place', 'submitted', 'contact', 'publish', a question id such as 'q1', or 'q1 comments' and 'q1 concerns'; or map them in form.mapping.json"
            ])
        #expect(intake.responseCount == 50)
    }

    @Test func readsColumnsNamedByTheMappingFile() throws {
        let csv = """
            Response ID,Organisation name,What are you?,Borough,Q1. Do you agree?,Q1. Why?,Main concerns
            17,The Acme Trust,NHS trust,Newham,Tend to agree,Local accountability matters.,workforce; Data sharing

            """
        let mapping = """
            {"questionnaire": "nhse-integrating-care-2020",
             "columns": {"id": "Response ID", "respondent": "Organisation name", "type": "What are you?", "place": "borough",
                         "answers": {"q1": "Q1. Do you agree?"}, "comments": {"q1": "Q1. Why?"}, "concerns": {"comments": "Main concerns"}}}
            """
        let (workspace, intake) = try load(csv, mapping: mapping)
        #expect(workspace.formatted(intake.diagnostics).isEmpty)
        let response = try #require(intake.responses.first)
        #expect(response.respondent == "The Acme Trust")
        #expect(response.place == "newham")
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q1"]?.text == "Local accountability matters.")
        #expect(response.answers["comments"]?.concerns == ["workforce", "data-sharing"])
    }

    @Test func reportsAMappingThatNamesAnUnknownColumnOrQuestion() throws {
        let csv = "Name,Kind,Q1\nAcme Trust,nhs trust,Agree\n"
        let mapping = """
            {"columns": {"respondent": "Name", "type": "Type of body", "answers": {"q1": "Q1", "q9": "Q1"}}}
            """
        let (workspace, intake) = try load(csv, mapping: mapping)
        #expect(
            workspace.formatted(intake.diagnostics) == [
                "form.mapping.json: error: $.columns.type: column 'Type of body' is not in the header of form.csv.",
                "form.mapping.json: error: $.columns.answers.q9: unknown question 'q9'; expected one of 'q1', 'q2', 'q3', 'q4', 'option' or 'comments'. Did you mean 'q1'?",
                "form.csv:2: error: missing required field 'type' in this row; the response is not counted",
            ])
        #expect(intake.exports.first?.responses == 0)
    }

    @Test func skipsAnExportForAnotherQuestionnaire() throws {
        let (workspace, intake) = try load(
            "respondent,type\nAcme,council\n", mapping: "{\"questionnaire\": \"other\", \"columns\": {}}")
        #expect(
            workspace.formatted(intake.diagnostics) == [
                "form.mapping.json: warning: $.questionnaire: this export answers questionnaire 'other', not 'nhse-integrating-care-2020'; it is left out of this run"
            ])
        #expect(intake.responseCount == 0)
    }

    @Test func reportsProgressWhileReading() throws {
        let rows = (0..<5_000).map { _ in ",resident,Hackney,Agree" }.joined(separator: "\n")
        let workspace = try TestWorkspace(text: ["form.csv": "respondent,type,place,q1\n" + rows + "\n"])
        let seen = ProgressLog()
        _ = workspace.workspace.load { seen.append($0) }
        #expect(seen.items.map(\.rows) == [2_048, 4_096, 5_000])
        #expect(seen.items.last?.percent == 100)
    }
}

/// Progress reports collected from the loader.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [ReadProgress] = []
    func append(_ progress: ReadProgress) { lock.withLock { list.append(progress) } }
    var items: [ReadProgress] { lock.withLock { list } }
}
