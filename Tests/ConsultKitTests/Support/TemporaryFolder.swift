import Foundation

/// A fresh folder under the system's temporary directory, removed when the value goes away.
///
/// Every end-to-end test gets its own, so tests can run in parallel without seeing each other's files.
final class TemporaryFolder {
    /// The folder's absolute path.
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("consult-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relative` inside the folder.
    func path(_ relative: String) -> String {
        path + "/" + relative
    }

    /// Writes `text` to `relative`, creating folders on the way, and returns the absolute path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, Data(text.utf8))
    }

    /// Writes `data` to `relative`, creating folders on the way, and returns the absolute path.
    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let full = path(relative)
        let folder = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Creates an empty folder at `relative` and returns its absolute path.
    @discardableResult
    func makeFolder(_ relative: String) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }

    /// The text of the file at `relative`.
    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// Whether a file exists at `relative`.
    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }
}

/// Every file in a folder with its bytes and modification date, to show a command changed nothing.
struct FolderSnapshot: Equatable {
    var files: [String: Data] = [:]
    var modified: [String: Date] = [:]

    init(_ folder: String) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: folder).sorted() {
            let full = folder + "/" + name
            files[name] = manager.contents(atPath: full)
            modified[name] = try manager.attributesOfItem(atPath: full)[.modificationDate] as? Date
        }
    }
}

/// The package's own folder, for tests that run against the shipped questionnaire and sample responses.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var questionnaires: String { root + "/Questionnaires" }
    static var responses: String { root + "/Responses" }
}

extension TemporaryFolder {
    /// Writes a `Questionnaires/` folder with `questionnaire` and a `Responses/` folder with `responses`
    /// (file name → text), and returns the options that point a command at them.
    func workspace(questionnaire: String = Fixture.questionnaireJSON(), responses: [String: String]) throws -> [String]
    {
        try write("Questionnaires/questionnaire.json", questionnaire)
        try makeFolder("Responses")
        for (name, text) in responses { try write("Responses/" + name, text) }
        return ["--questionnaires", path("Questionnaires"), "--responses", path("Responses")]
    }
}
