import Foundation

@testable import ConsultKit

/// A temporary folder with the shipped questionnaire and the given response files, for tests that read
/// from disk or run the command line end to end. The folder is removed when the value is released.
final class TestWorkspace {
    let root: URL
    var questionnaires: String { root.appendingPathComponent("Questionnaires").path }
    var responses: String { root.appendingPathComponent("Responses").path }

    /// The questionnaire shipped in the repository.
    static let questionnaireURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Questionnaires/nhse-integrating-care-2020.json")

    static var questionnaire: Questionnaire {
        let data = (try? Data(contentsOf: questionnaireURL)) ?? Data()
        return QuestionnaireReader.read(data, source: "q.json").0
            ?? Questionnaire(
                id: "missing", title: "", publisher: "", scales: [:], questions: [], stakeholderTypes: [], places: [],
                themes: [])
    }

    /// Creates the folder with `files` (name → contents) in `Responses/`.
    init(_ files: [String: [UInt8]] = [:], questionnaire: Data? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("consult-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: questionnaires, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: responses, withIntermediateDirectories: true)
        let json = try questionnaire ?? Data(contentsOf: Self.questionnaireURL)
        try json.write(to: URL(fileURLWithPath: questionnaires + "/questionnaire.json"))
        for (name, bytes) in files { try write(name, bytes) }
    }

    convenience init(text files: [String: String]) throws {
        try self.init(files.mapValues { Array($0.utf8) })
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes a file into `Responses/`.
    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: responses + "/" + name))
    }

    var workspace: Workspace { Workspace(questionnaires: questionnaires, responses: responses) }

    /// Reads everything, as every command does.
    func load() -> Intake { workspace.load() }

    /// Runs `consult` with the workspace options added; returns the exit code and what was printed.
    func run(_ arguments: [String], isTerminal: Bool = false) -> (code: Int32, out: String, err: String) {
        let console = RecordingConsole(isTerminal: isTerminal)
        let code = CLI.run(
            arguments + ["--questionnaires", questionnaires, "--responses", responses], console: console.console)
        return (code, console.out, console.err)
    }

    /// The text of a file the run wrote, relative to the workspace.
    func read(_ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The messages of the diagnostics, formatted, with the folder removed for stable comparisons.
    func formatted(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { $0.formatted.replacingOccurrences(of: responses + "/", with: "") }
    }
}

/// A console that keeps what was written, for asserting on it.
final class RecordingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    let isTerminal: Bool

    init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    var console: Console {
        Console(
            out: { [self] text in lock.withLock { outText += text } },
            err: { [self] text in lock.withLock { errText += text } }, isTerminal: isTerminal)
    }

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }
}
