/// Computes word-shingle MinHash signatures whose fraction of equal entries estimates the
/// Jaccard similarity of two texts' sets of shingles.
///
/// Classic MinHash evaluates one hash function per signature entry for every shingle: 128 entries
/// for 100,000 texts of 250 words is 3.2 billion multiply-and-min steps, seconds on one core.
/// This type uses one-permutation hashing instead (Li, Owen and Zhang, 2012): each shingle is
/// hashed once, its high 32 bits choose one of `hashes` bins and its low 32 bits compete for that
/// bin's minimum. Bins no shingle fell into are filled by "optimal densification" (Shrivastava,
/// 2017), which copies the value of a non-empty bin found by a probe sequence that depends only on
/// the bin, so two texts with the same shingles always agree and the fraction of equal bins stays
/// an unbiased estimate of their similarity. The cost is a few operations per byte and a few
/// multiplications per word, whatever the number of bins.
///
/// Everything is seeded from fixed values (never Swift's per-process `Hasher`), so signatures are
/// the same in every run.
struct MinHash: Sendable {
    /// A text's signature and the number of words it had.
    struct Signature: Sendable, Hashable {
        /// How many words the text had after normalisation.
        var words: Int
        /// One value per bin.
        var values: [UInt32]
    }

    /// The number of bins (signature entries).
    let hashes: Int
    /// The number of consecutive words per shingle.
    let shingle: Int
    private let shingleSeed: UInt64
    private let probeSeed: UInt64
    /// The first ``probesKept`` bins of each bin's probe sequence, worked out once.
    private let probes: [UInt16]
    private static let probesKept = 8

    /// Creates a hasher with `hashes` bins over shingles of `shingle` words.
    init(hashes: Int, shingle: Int, seed: UInt64) {
        self.hashes = max(1, hashes)
        self.shingle = max(1, shingle)
        var generator = SplitMix64(state: seed)
        shingleSeed = generator.next()
        probeSeed = generator.next()
        let (bins, probeSeed) = (self.hashes, self.probeSeed)
        probes = (0..<bins).flatMap { bin in
            (1...MinHash.probesKept).map { UInt16(MinHash.probe(bin, attempt: $0, seed: probeSeed, bins: bins)) }
        }
    }

    /// The bin tried at `attempt` (1, 2, …) to fill the empty bin `bin`: the same for every text.
    static func probe(_ bin: Int, attempt: Int, seed: UInt64, bins: Int) -> Int {
        let probe = SplitMix64.mix(seed ^ (UInt64(bin) << 32) ^ UInt64(attempt))
        return Int(truncatingIfNeeded: ((probe >> 32) &* UInt64(bins)) >> 32)
    }

    /// The signature of `text`.
    func signature(of text: String) -> Signature {
        var values: [UInt32] = []
        let words = appendSignature(of: text, to: &values)
        return Signature(words: words, values: values)
    }

    /// Appends the ``hashes`` values of the signature of `text` to `store` and returns the number of
    /// words in the text; appending to one flat store avoids an array per text.
    ///
    /// Words are runs of letters and digits, ASCII letters lower-cased. Bytes of non-ASCII letters
    /// count as word characters (not lower-cased); general punctuation (U+2000–U+207F: curly
    /// quotes, dashes, special spaces) and Latin-1 symbols (U+0080–U+00BF: no-break space, "£",
    /// "«") separate words as ASCII punctuation does.
    @discardableResult
    func appendSignature(of text: String, to store: inout [UInt32]) -> Int {
        appendSignature(of: CollectionOfOne(text), to: &store)
    }

    /// Appends the signature of `parts` read one after another, as if joined with a space, to `store`
    /// and returns the number of words; a response's answers are signed this way without joining them.
    @discardableResult
    func appendSignature<Parts: Collection<String>>(of parts: Parts, to store: inout [UInt32]) -> Int {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: hashes) { bins in
            let words = signature(of: parts, into: bins)
            store.append(contentsOf: bins)
            return words
        }
    }

    /// Writes the signature of `parts` read one after another, as if joined with a space, into `bins`
    /// (``hashes`` entries) and returns the number of words.
    func signature<Parts: Collection<String>>(of parts: Parts, into bins: UnsafeMutableBufferPointer<UInt32>) -> Int {
        let capacity = parts.reduce(2) { $0 + $1.utf8.count / 2 + 2 }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { wordHashes in
            var words = 0
            for part in parts {
                var part = part
                words += part.withUTF8 {
                    MinHash.packWords($0, into: UnsafeMutableBufferPointer(rebasing: wordHashes[words...]))
                }
            }
            bins.initialize(repeating: MinHash.empty)
            hashShingles(UnsafeBufferPointer(rebasing: wordHashes[0..<words]), into: bins)
            densify(bins)
            return words
        }
    }
}

private extension MinHash {
    /// Marks a bin no shingle fell into. A real minimum of exactly this value (chance 2⁻³² per bin)
    /// is treated as empty in both texts alike, so it does no harm.
    static let empty = UInt32.max

    /// Hashes every run of `shingle` consecutive words into `bins`, keeping each bin's minimum.
    ///
    /// Shingle hashes are a rolling polynomial over the word hashes (adding the newest word and
    /// subtracting the oldest), so a shingle costs the same whatever its length.
    func hashShingles(_ words: UnsafeBufferPointer<UInt64>, into bins: UnsafeMutableBufferPointer<UInt32>) {
        let base: UInt64 = 0x9E37_79B9_7F4A_7C15
        guard shingle == 3 else {
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: shingle) { window in
                window.initialize(repeating: 0)
                hashShingles(words, window: window, base: base, into: bins)
            }
            return
        }
        // The usual three-word shingle, its hash worked out from the last three words held in
        // registers: the same value as the rolling hash, without a chain of multiplications from
        // word to word.
        let squared = base &* base
        var (older, previous): (UInt64, UInt64) = (0, 0)
        var rolling: UInt64 = 0
        for (position, packed) in words.enumerated() {
            let product = packed &* 0xFF51_AFD7_ED55_8CCD
            let word = product ^ product >> 29
            rolling = older &* squared &+ previous &* base &+ word
            (older, previous) = (previous, word)
            if position >= 2 { add(shingle: rolling, to: bins) }
        }
        if !words.isEmpty, words.count < 3 { add(shingle: rolling, to: bins) }
    }

    /// ``hashShingles(_:into:)`` for any shingle length, with a window of the last `shingle` words.
    func hashShingles(
        _ words: UnsafeBufferPointer<UInt64>, window: UnsafeMutableBufferPointer<UInt64>, base: UInt64,
        into bins: UnsafeMutableBufferPointer<UInt32>
    ) {
        var dropFactor: UInt64 = 1  // base to the power `shingle`, to drop the oldest word
        for _ in 0..<shingle { dropFactor = dropFactor &* base }
        var rolling: UInt64 = 0
        var slot = 0
        for (position, packed) in words.enumerated() {
            // One multiply spreads the packed bytes enough: the shingle hash is fully mixed below.
            let product = packed &* 0xFF51_AFD7_ED55_8CCD
            let word = product ^ product >> 29
            rolling = rolling &* base &+ word &- window[slot] &* dropFactor
            window[slot] = word
            slot = slot + 1 == shingle ? 0 : slot + 1
            guard position + 1 >= shingle else { continue }
            add(shingle: rolling, to: bins)
        }
        // A text shorter than one shingle is still one (short) shingle.
        if !words.isEmpty, words.count < shingle { add(shingle: rolling, to: bins) }
    }

    /// Mixes a shingle's rolling hash with a folded 128-bit multiply (as wyhash does), then lets
    /// its high half choose a bin and its low half compete for the bin's minimum.
    @inline(__always)
    func add(shingle rolling: UInt64, to bins: UnsafeMutableBufferPointer<UInt32>) {
        let product = (rolling ^ shingleSeed).multipliedFullWidth(by: 0xE703_7ED1_A0B4_28DB)
        let hash = product.high ^ product.low
        let bin = Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(bins.count)) >> 32)
        bins[bin] = min(bins[bin], UInt32(truncatingIfNeeded: hash))
    }

    /// The bin that fills the empty `bin` when its first probe was empty too: the next bins of its
    /// probe sequence (the same for every text), or failing those the next bin that was not empty.
    func laterSource(of bin: Int, empty: (Int) -> Bool) -> Int {
        let kept = MinHash.probesKept
        for attempt in 2...64 {
            let candidate =
                attempt <= kept
                ? Int(probes[bin * kept + attempt - 1])
                : MinHash.probe(bin, attempt: attempt, seed: probeSeed, bins: hashes)
            if !empty(candidate) { return candidate }
        }
        // Almost every bin is empty (a very short text).
        return (1..<hashes).lazy.map { (bin + $0) % hashes }.first { !empty($0) } ?? bin
    }

    /// Fills each empty bin from a bin that was not empty, in place.
    func densify(_ bins: UnsafeMutableBufferPointer<UInt32>) {
        // Which bins were empty before any was filled: only those that were not are copied from.
        let words = (bins.count + 63) / 64
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { wasEmpty in
            wasEmpty.initialize(repeating: 0)
            var emptyCount = 0
            for bin in bins.indices {
                let bit: UInt64 = bins[bin] == MinHash.empty ? 1 : 0
                wasEmpty[bin >> 6] |= bit << UInt64(bin & 63)
                emptyCount &+= Int(bit)
            }
            guard emptyCount > 0 else { return }
            guard emptyCount < bins.count else {
                bins.update(repeating: 0)
                return
            }
            @inline(__always) func empty(_ bin: Int) -> Bool { wasEmpty[bin >> 6] & (1 << UInt64(bin & 63)) != 0 }
            let kept = MinHash.probesKept
            // Only the empty bins are visited, from their bits: most bins are full. A bin is only ever
            // filled from one that was not empty, which keeps its value, so the order does not matter.
            for word in 0..<words {
                var bits = wasEmpty[word]
                while bits != 0 {
                    let bin = word << 6 | bits.trailingZeroBitCount
                    bits &= bits &- 1
                    // Most empty bins are filled by their first probe.
                    let first = Int(probes[bin * kept])
                    bins[bin] = empty(first) ? bins[laterSource(of: bin, empty: empty)] : bins[first]
                }
            }
        }
    }
}
