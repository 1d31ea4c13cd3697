import Foundation

@testable import ConsultKit

/// Runs the real `consult` entry point in a temporary workspace and records what it prints.
struct CommandLineRun {
    /// What one run printed and returned.
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// A fresh folder holding `Questionnaires/` with the package's questionnaire.
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "consult-\(UUID().uuidString)", isDirectory: true)
        let questionnaires = root.appendingPathComponent("Questionnaires", isDirectory: true)
        try FileManager.default.createDirectory(at: questionnaires, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: LetterEvaluation.packageRoot.appendingPathComponent("Questionnaires/nhse-integrating-care-2020.json"),
            to: questionnaires.appendingPathComponent("nhse-integrating-care-2020.json"))
    }

    /// A path inside the workspace.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes a file into the workspace and returns its path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The text of a file in the workspace, or `nil` if it does not exist.
    func read(_ relative: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(relative))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in a folder of the workspace, sorted; empty if it does not exist.
    func files(in relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).sorted()
    }

    /// Runs `consult` with the workspace's folders passed explicitly, so tests never change directory.
    func run(_ arguments: [String]) -> Result {
        let recorder = Recorder()
        let console = Console(out: { recorder.append(out: $0) }, err: { recorder.append(err: $0) })
        var full = arguments
        if let command = arguments.first, !command.hasPrefix("-") {
            full += ["--questionnaires", path("Questionnaires")]
            if command != "code" { full += ["--responses", path("Responses")] }
        }
        let status = CLI.run(full, console: console)
        return Result(status: status, out: recorder.out, err: recorder.err)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    private final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var out = ""
        private(set) var err = ""

        func append(out text: String) { lock.withLock { out += text } }
        func append(err text: String) { lock.withLock { err += text } }
    }
}
