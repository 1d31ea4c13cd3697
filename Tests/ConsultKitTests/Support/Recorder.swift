import ConsultKit
import Foundation

/// A console that keeps what a command writes, so a test can check standard output and standard error.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    /// Everything written to standard output.
    var out: String { lock.withLock { outText } }
    /// Everything written to standard error.
    var err: String { lock.withLock { errText } }

    /// A console that writes into this recorder.
    var console: Console {
        Console(
            out: { text in self.lock.withLock { self.outText += text } },
            err: { text in self.lock.withLock { self.errText += text } })
    }
}

/// One run of the real command-line entry point.
struct CLIRun {
    var code: Int32
    var out: String
    var err: String

    /// Runs `consult` with `arguments` (without the program name) and records what it wrote; relative
    /// paths are resolved against `directory` when given.
    init(_ arguments: [String], directory: String? = nil) {
        let recorder = Recorder()
        var console = recorder.console
        console.directory = directory
        code = CLI.run(arguments, console: console)
        out = recorder.out
        err = recorder.err
    }

    /// Standard error split into lines, without empty ones.
    var errLines: [String] { err.split(separator: "\n").map(String.init) }
}
