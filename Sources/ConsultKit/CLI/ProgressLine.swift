/// Draws a single progress line on standard error while a large export is read, when standard error is
/// a terminal; silent otherwise, so logs and pipes stay clean.
enum ProgressLine {
    /// A progress callback for `Workspace.load`, or `nil` when nothing should be drawn.
    static func reporter(for console: Console) -> (@Sendable (ReadProgress) -> Void)? {
        guard console.isTerminal else { return nil }
        return { progress in
            if progress.bytesRead >= progress.totalBytes {
                // Clear the line, so whatever is printed next starts on a clean one.
                console.err("\r\u{1B}[K")
            } else {
                console.err("\rReading \(progress.file): \(progress.rows) rows (\(progress.percent)%)\u{1B}[K")
            }
        }
    }
}
