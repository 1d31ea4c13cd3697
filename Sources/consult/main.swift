import ConsultKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The executable only wires the real streams to the library's command line.
let console = Console(
    out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
    err: { text in FileHandle.standardError.write(Data(text.utf8)) },
    isTerminal: isatty(STDERR_FILENO) == 1
)
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: console))
