import Foundation
import Testing

@testable import ConsultKit

@Suite struct ResponseLoaderEncodingTests {
    static let markdown =
        "---\nrespondent: Café Society of Hackney\ntype: voluntary sector\n---\n\n## q1\nanswer: agree\n\nWe agree – with caveats.\n"

    @Test func readsMarkdownSavedAsWindows1252AndSaysSo() throws {
        let bytes = Array(Self.markdown.data(using: .windowsCP1252) ?? Data())
        let workspace = try TestWorkspace(["cafe.md": bytes])
        let intake = workspace.load()
        #expect(intake.responses.first?.respondent == "Café Society of Hackney")
        #expect(intake.responses.first?.answers["q1"]?.text == "We agree – with caveats.")
        #expect(
            workspace.formatted(intake.diagnostics) == [
                "cafe.md:2: warning: The file is not valid UTF-8 (byte 0xE9 is the first that is not), so it was read as Windows-1252.\n  note: If accented letters or symbols such as £ or ’ look wrong, save the file as UTF-8 text (in Notepad: Save as, Encoding: UTF-8) and run again."
            ])
    }

    @Test func readsMarkdownInUTF16WithoutComplaint() throws {
        let bytes = [0xFF, 0xFE] + Array(Self.markdown.data(using: .utf16LittleEndian) ?? Data())
        let workspace = try TestWorkspace(["cafe.md": bytes])
        let intake = workspace.load()
        #expect(intake.responses.first?.respondent == "Café Society of Hackney")
        #expect(intake.diagnostics.isEmpty)
    }

    @Test func namesTheMappingBesideAnExport() {
        #expect(ResponseLoader.mappingName(for: "Responses/form.csv") == "Responses/form.mapping.json")
        #expect(ResponseLoader.mappingName(for: "Responses.v2/form") == "Responses.v2/form.mapping.json")
    }

    @Test func treatsMappingsAndTheRegisterAsNonResponses() {
        #expect(ResponseLoader.Kind(fileName: "form.mapping.json") == .ignored)
        #expect(ResponseLoader.Kind(fileName: "_register.csv") == .ignored)
        #expect(ResponseLoader.Kind(fileName: "form.csv") == .csv)
    }
}
