/// Where the command line writes: standard output, standard error, and whether stderr is a terminal.
///
/// The library never prints; the executable passes a console that writes to the real streams and tests
/// pass one that records.
public struct Console: Sendable {
    /// Writes text to standard output (the text carries its own line breaks).
    public var out: @Sendable (String) -> Void
    /// Writes text to standard error.
    public var err: @Sendable (String) -> Void
    /// Whether standard error is a terminal, so progress lines may be drawn.
    public var isTerminal: Bool
    /// The folder relative paths are resolved against; `nil` for the process's current folder.
    public var directory: String?

    /// Creates a console from two writers.
    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, isTerminal: Bool = false,
        directory: String? = nil
    ) {
        self.out = out
        self.err = err
        self.isTerminal = isTerminal
        self.directory = directory
    }
}
