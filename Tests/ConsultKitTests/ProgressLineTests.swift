import Foundation
import Testing

@testable import ConsultKit

@Suite struct ProgressLineTests {
    static func workspace() throws -> TestWorkspace {
        let rows = (0..<3_000).map { _ in ",resident,Hackney,Agree" }.joined(separator: "\n")
        return try TestWorkspace(text: ["form.csv": "respondent,type,place,q1\n" + rows + "\n"])
    }

    @Test func drawsOneUpdatingLineOnATerminalAndClearsIt() throws {
        let workspace = try Self.workspace()
        let result = workspace.run(["summary"], isTerminal: true)
        #expect(result.err.hasPrefix("\rReading \(workspace.responses)/form.csv: 2048 rows ("))
        #expect(result.err.contains("\r\u{1B}[K"))
        #expect(!result.err.contains("\n\r"))
    }

    @Test func staysSilentWhenStandardErrorIsNotATerminal() throws {
        let workspace = try Self.workspace()
        let result = workspace.run(["summary"], isTerminal: false)
        #expect(!result.err.contains("\r"))
        #expect(result.code == 0)
    }
}
