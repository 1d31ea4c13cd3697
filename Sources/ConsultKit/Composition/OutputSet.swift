/// A set of named files built in memory and then written together, so that a failure while building
/// leaves every existing output as it was.
public struct OutputSet: Sendable {
    /// The files, in the order they are written.
    public private(set) var files: [(name: String, bytes: [UInt8])] = []

    /// Creates an empty set.
    public init() {}

    /// Adds a file.
    public mutating func add(_ name: String, _ bytes: [UInt8]) { files.append((name, bytes)) }

    /// Adds a text file, UTF-8 encoded.
    public mutating func add(_ name: String, text: String) { files.append((name, Array(text.utf8))) }

    /// Writes every file into `directory`, each atomically; returns the paths written, as the user named them.
    ///
    /// - Parameter resolve: turns a path as the user wrote it into the path to open (see ``Workspace/resolve(_:)``).
    public func write(into directory: String, resolve: (String) -> String = { $0 }) throws(FileWriter.Failure)
        -> [String]
    {
        try FileWriter.makeDirectory(resolve(directory))
        var written: [String] = []
        for file in files {
            let path = directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name
            do {
                try FileWriter.replace(resolve(path), with: file.bytes)
            } catch {
                throw FileWriter.Failure(path: path, reason: error.reason)
            }
            written.append(path)
        }
        return written
    }
}
