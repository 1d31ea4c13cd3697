/// Placeholder; replaced by the command-line front end.
public enum CLI {
    /// Runs the command line and returns the exit code.
    public static func run(arguments: [String]) -> Int32 { 0 }
}
