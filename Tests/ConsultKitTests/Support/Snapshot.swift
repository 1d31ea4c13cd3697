import Foundation
import Testing

/// Compares rendered documents with golden files kept in the source tree.
///
/// The golden files are read and written through this file's `#filePath`, not the test bundle, so that
/// `RECORD_SNAPSHOTS=1 swift test` updates `Tests/ConsultKitTests/Fixtures/Golden` in the repository and the
/// change shows up in `git diff` for review.
enum Snapshot {
    /// The folder holding the golden files.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Golden", isDirectory: true)

    /// Whether this run re-records golden files instead of comparing with them.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    }

    /// Checks `actual` byte for byte against the golden file `name`, or records it when recording.
    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("Could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "No golden file at \(url.path); run with RECORD_SNAPSHOTS=1 to record it.",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        let message =
            "\(name) differs from the golden file \(firstDifference(expected, actual)); "
            + "if the change is intended, re-record with RECORD_SNAPSHOTS=1 and review the diff."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// Describes where two texts first differ, by 1-based line.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? String(expectedLines[index]) : "(end of file)"
            let new = index < actualLines.count ? String(actualLines[index]) : "(end of file)"
            if old != new {
                return "at line \(index + 1): expected \"\(old)\", got \"\(new)\""
            }
        }
        return "in its bytes"
    }
}
