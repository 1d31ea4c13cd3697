import ConsultKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Generates a synthetic survey export, then times `consult summary` and `consult compose` on it, each run in a
// fresh process of its own.
// Usage: swift run -c release consult-bench [--rows N] [--seed S] [--campaigns PERCENT] [--runs N] [--keep DIR]
// With --campaigns 20, a fifth of the members of the public paste one of three campaign templates, lightly edited.
// `--phase NAME --dir DIR` is how the benchmark runs one phase in a child process; it prints one line of figures.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    arguments.firstIndex(of: "--" + name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

if let phaseName = option("phase"), let folder = option("dir") {
    guard let phase = Benchmark.phases(folder: folder).first(where: { $0.name == phaseName }) else {
        FileHandle.standardError.write(Data("consult-bench: there is no phase called \(phaseName)\n".utf8))
        exit(2)
    }
    print(phase.runHere().report)
    exit(0)
}

let rows = option("rows").flatMap(Int.init) ?? 100_000
let seed = option("seed").flatMap(UInt64.init) ?? 2021
let campaignPercent = option("campaigns").flatMap(Double.init) ?? 0
let runs = max(1, option("runs").flatMap(Int.init) ?? 5)
let folder = option("keep") ?? NSTemporaryDirectory() + "consult-bench-\(getpid())"
defer { if option("keep") == nil { try? FileManager.default.removeItem(atPath: folder) } }

let start = ContinuousClock.now
let bytes: Int
let campaignSizes: [Int]
do {
    // Scoped so the export's bytes are freed before anything is measured.
    let export = SyntheticExport(rows: rows, seed: seed, campaignShare: campaignPercent / 100)
    campaignSizes = export.key.campaigns
    bytes = export.csv.count
    try export.write(into: folder)
} catch {
    FileHandle.standardError.write(Data("consult-bench: could not write the export: \(error)\n".utf8))
    exit(1)
}
// Let the kernel finish writing the export to disk now, so the first timed run does not pay for it.
sync()
let generation = ContinuousClock.now - start
print(
    "Generated \(rows) rows (\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB) in \(Benchmark.seconds(generation)) s into \(folder)"
)

let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
print("Each phase runs \(runs) times, each in a fresh process.")
print(Benchmark.tableHeader)
do {
    for phase in Benchmark.phases(folder: folder) {
        print(try phase.measure(executable: executable, folder: folder, count: runs, rows: rows, bytes: bytes).line)
    }
} catch {
    FileHandle.standardError.write(Data("consult-bench: \(error)\n".utf8))
    exit(1)
}
print(Benchmark.stages(folder: folder))
if campaignPercent > 0 {
    print("Campaign rows written per template: \(campaignSizes.map(String.init).joined(separator: ", "))")
}
