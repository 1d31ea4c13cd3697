import ConsultKit
import Foundation

/// One `consult` command to time, run in a fresh process of its own as a user would run it.
struct Benchmark {
    var name: String
    var arguments: [String]

    /// One run: wall time, the process's peak memory and the command's exit code.
    struct Run {
        var seconds: Double
        var peakBytes: Int
        var exitCode: Int32

        /// The line a child process prints for its parent to read.
        var report: String { "\(seconds) \(peakBytes) \(exitCode)" }

        init(seconds: Double, peakBytes: Int, exitCode: Int32) {
            self.seconds = seconds
            self.peakBytes = peakBytes
            self.exitCode = exitCode
        }

        /// Reads a child's `report` line; `nil` if it is not one.
        init?(report: String) {
            let fields = report.split(separator: " ")
            guard fields.count == 3, let seconds = Double(fields[0]), let peak = Int(fields[1]),
                let code = Int32(fields[2])
            else { return nil }
            self.init(seconds: seconds, peakBytes: peak, exitCode: code)
        }
    }

    /// Several runs of one phase, summarised as the table prints them.
    struct Result {
        var name: String
        var runs: [Run]
        var rows: Int
        var bytes: Int

        var median: Double {
            let times = runs.map(\.seconds).sorted()
            return times[(times.count - 1) / 2]
        }

        var line: String {
            let megabytes = Double(bytes) / 1_000_000
            let fastest = runs.map(\.seconds).min() ?? 0
            let peak = runs.map(\.peakBytes).max() ?? 0
            let codes = Set(runs.map(\.exitCode)).sorted().map(String.init).joined(separator: ",")
            return [
                name.padding(toLength: 8, withPad: " ", startingAt: 0),
                String(format: "%8.3f", median),
                String(format: "%8.3f", fastest),
                String(format: "%10.0f", Double(peak) / 1_048_576),
                String(format: "%11.0f", Double(rows) / median),
                String(format: "%8.1f", megabytes / median),
                String(repeating: " ", count: max(0, 5 - codes.count)) + codes,
            ].joined(separator: "  ")
        }
    }

    static let tableHeader = "phase     median s     min s   peak MiB     rows/s      MB/s   exit"

    /// Runs the command in this process with a console that discards everything. Used by the child process;
    /// its peak memory is the whole process's, as `/usr/bin/time` would report it.
    func runHere() -> Run {
        let console = Console(out: { _ in }, err: { _ in }, isTerminal: false)
        let start = ContinuousClock.now
        let code = CLI.run(arguments, console: console)
        let elapsed = ContinuousClock.now - start
        return Run(seconds: Self.seconds(elapsed), peakBytes: PeakMemory.bytes(), exitCode: code)
    }

    /// Runs the phase `count` times, each in a fresh process started from `executable` with
    /// `--phase NAME --dir FOLDER`, so no run inherits another's heap or the generator's.
    func measure(executable: String, folder: String, count: Int, rows: Int, bytes: Int) throws -> Result {
        var runs: [Run] = []
        for _ in 0..<count {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--phase", name, "--dir", folder]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let run = Run(report: text) else {
                throw BenchmarkError(message: "the \(name) run printed \"\(text)\", not a timing")
            }
            runs.append(run)
        }
        return Result(name: name, runs: runs, rows: rows, bytes: bytes)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The phases, with their `consult` arguments for an export written into `folder`.
    static func phases(folder: String) -> [Benchmark] {
        let workspace = ["--questionnaires", folder + "/Questionnaires", "--responses", folder + "/Responses"]
        return [
            Benchmark(name: "summary", arguments: ["summary"] + workspace),
            Benchmark(name: "compose", arguments: ["compose", "--out", folder + "/Output"] + workspace),
        ]
    }

    /// Where the time of `compose` goes, stage by stage, through the library's own entry points.
    static func stages(folder: String) -> String {
        let workspace = Workspace(questionnaires: folder + "/Questionnaires", responses: folder + "/Responses")
        var clock = ContinuousClock.now
        func lap() -> String {
            let now = ContinuousClock.now
            defer { clock = now }
            return String(format: "%.3f s", seconds(now - clock))
        }
        let intake = workspace.load()
        let read = lap()
        guard let questionnaire = intake.questionnaire else { return "stages: no questionnaire" }
        let analysis = Analysis(questionnaire: questionnaire, intake: intake)
        let analysed = lap()
        let composer = Composer(analysis: analysis)
        _ = composer.outputs(prefix: Composition.fileNames(for: Summary.Selection(), questionnaire))
        let composed = lap()
        return "stages: read \(read), analyse \(analysed), build the six outputs \(composed)"
    }
}

/// A benchmark run that could not be measured.
struct BenchmarkError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
