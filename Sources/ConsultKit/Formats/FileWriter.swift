import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a failure never leaves half a document: each file is written to a temporary
/// name in the same folder and then renamed over the target.
public enum FileWriter {
    /// A file that could not be written.
    public struct Failure: Error, Equatable, Sendable {
        /// The path.
        public var path: String
        /// Why, in plain English.
        public var reason: String
    }

    /// Replaces (or creates) the file at `path` with `data`, atomically.
    public static func replace(_ path: String, with data: [UInt8]) throws(Failure) {
        let temporary = try writeTemporary(beside: path, data)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Creates the file at `path` with `data`, failing if a file of that name already exists.
    public static func create(_ path: String, with data: [UInt8]) throws(Failure) {
        let temporary = try writeTemporary(beside: path, data)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            let reason =
                errno == EEXIST
                ? "a file of that name already exists; it was not overwritten" : String(cString: strerror(errno))
            throw Failure(path: path, reason: reason)
        }
    }

    /// Creates a folder and its parents if they do not exist.
    public static func makeDirectory(_ path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: "could not create the folder")
        }
    }

    private static func writeTemporary(beside path: String, _ data: [UInt8]) throws(Failure) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(data)) else {
            throw Failure(path: path, reason: "could not write in \(directory.isEmpty ? "." : directory)")
        }
        return temporary
    }
}
