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

    /// Writes every file into `directory`, each atomically; returns the paths written.
    public func write(into directory: String) throws(FileWriter.Failure) -> [String] {
        try FileWriter.makeDirectory(directory)
        var written: [String] = []
        for file in files {
            let path = directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name
            try FileWriter.replace(path, with: file.bytes)
            written.append(path)
        }
        return written
    }
}
