/// A problem found in an input file, with enough context for a person to find and fix it.
///
/// Every stage collects diagnostics instead of stopping at the first one, so a single
/// run reports everything that is wrong and still uses every file that is right.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Whether the finding stops the input being trusted (`error`) or only needs a look (`warning`).
    public var severity: Severity
    /// What is wrong, in plain English, quoting the offending value.
    public var message: String
    /// The file the finding is about, as the user named it (a path relative to the working folder).
    public var file: String
    /// The 1-based line (or CSV row) the finding is about, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// An optional hint on how to fix it.
    public var note: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, file: String, line: Int? = nil, column: Int? = nil,
        note: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.note = note
    }

    /// Creates an error.
    public static func error(_ message: String, file: String, line: Int? = nil, note: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, file: file, line: line, note: note)
    }

    /// Creates a warning.
    public static func warning(_ message: String, file: String, line: Int? = nil, note: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, file: file, line: line, note: note)
    }

    /// Encodes every field, with `null` for a line, column or note that is not known, so tools reading
    /// `summary.json` find the same keys on every problem.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(note, forKey: .note)
    }

    /// The diagnostic as a compiler-style line: `file:line: error: message`.
    public var formatted: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let note { text += "\n  note: \(note)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Whether any finding is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The findings in a stable order: by file, then line, then message.
    public func sortedForReport() -> [Diagnostic] {
        sorted {
            if $0.file != $1.file { return $0.file < $1.file }
            if ($0.line ?? 0) != ($1.line ?? 0) { return ($0.line ?? 0) < ($1.line ?? 0) }
            return $0.message < $1.message
        }
    }
}
