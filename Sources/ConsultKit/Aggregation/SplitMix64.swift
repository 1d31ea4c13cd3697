/// The splitmix64 generator: a small, fast, deterministic source of seeds and test data.
///
/// Used instead of Swift's `Hasher` and `SystemRandomNumberGenerator`, which are seeded afresh in
/// every process, because campaign detection must give the same clusters in every run.
struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's state; the seed.
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The splitmix64 finaliser: a fast bijective mix that spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
