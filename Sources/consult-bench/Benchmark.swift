import ConsultKit
import Foundation

/// One timed run of a `consult` command in this process, with its wall time and peak memory.
struct Benchmark {
    var name: String
    var arguments: [String]

    struct Result {
        var name: String
        var seconds: Double
        var peakBytes: Int
        var exitCode: Int32
        var rows: Int
        var bytes: Int

        var line: String {
            let megabytes = Double(bytes) / 1_000_000
            return [
                name.padding(toLength: 8, withPad: " ", startingAt: 0),
                String(format: "%8.3f", seconds),
                String(format: "%10.0f", Double(peakBytes) / 1_048_576),
                String(format: "%11.0f", Double(rows) / seconds),
                String(format: "%8.1f", megabytes / seconds),
                String(format: "%5d", exitCode),
            ].joined(separator: "  ")
        }
    }

    static let tableHeader = "phase       wall s   peak MiB     rows/s      MB/s   exit"

    /// Runs the command with a console that discards everything, measuring from a fresh memory peak.
    func run(rows: Int, bytes: Int) -> Result {
        PeakMemory.reset()
        let console = Console(out: { _ in }, err: { _ in }, isTerminal: false)
        let start = ContinuousClock.now
        let code = CLI.run(arguments, console: console)
        let elapsed = ContinuousClock.now - start
        return Result(
            name: name, seconds: Self.seconds(elapsed), peakBytes: PeakMemory.bytes(), exitCode: code, rows: rows,
            bytes: bytes)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
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
