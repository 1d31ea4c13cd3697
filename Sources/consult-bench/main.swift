import ConsultKit
import Foundation

// Generates a synthetic survey export, then times `consult summary` and `consult compose` on it in process.
// Usage: swift run -c release consult-bench [--rows N] [--seed S] [--campaigns PERCENT] [--keep DIR]
// With --campaigns 20, a fifth of the members of the public paste one of three campaign templates, lightly edited.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    arguments.firstIndex(of: "--" + name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let rows = option("rows").flatMap(Int.init) ?? 100_000
let seed = option("seed").flatMap(UInt64.init) ?? 2021
let campaignPercent = option("campaigns").flatMap(Double.init) ?? 0
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
let generation = ContinuousClock.now - start
print(
    "Generated \(rows) rows (\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB) in \(Benchmark.seconds(generation)) s into \(folder)"
)

let workspace = ["--questionnaires", folder + "/Questionnaires", "--responses", folder + "/Responses"]
let phases = [
    Benchmark(name: "summary", arguments: ["summary"] + workspace),
    Benchmark(name: "compose", arguments: ["compose", "--out", folder + "/Output"] + workspace),
]
print(Benchmark.tableHeader)
for phase in phases {
    print(phase.run(rows: rows, bytes: bytes).line)
}
print(Benchmark.stages(folder: folder))
if campaignPercent > 0 {
    print("Campaign rows written per template: \(campaignSizes.map(String.init).joined(separator: ", "))")
}
