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
        let capacity = parts.reduce(2) { $0 + $1.utf8.count / 2 + 2 }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { wordHashes in
            var words = 0
            for part in parts {
                var part = part
                words += part.withUTF8 {
                    MinHash.packWords($0, into: UnsafeMutableBufferPointer(rebasing: wordHashes[words...]))
                }
            }
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: hashes) { bins in
                bins.initialize(repeating: MinHash.empty)
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: shingle) { window in
                    window.initialize(repeating: 0)
                    hashShingles(UnsafeBufferPointer(rebasing: wordHashes[0..<words]), window: window, into: bins)
                }
                appendDensified(bins, to: &store)
                return words
            }
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
    func hashShingles(
        _ words: UnsafeBufferPointer<UInt64>, window: UnsafeMutableBufferPointer<UInt64>,
        into bins: UnsafeMutableBufferPointer<UInt32>
    ) {
        let base: UInt64 = 0x9E37_79B9_7F4A_7C15
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

    /// Appends the bins to `store`, each empty bin filled from a non-empty one.
    func appendDensified(_ bins: UnsafeMutableBufferPointer<UInt32>, to store: inout [UInt32]) {
        let start = store.count
        store.append(contentsOf: bins)
        guard bins.contains(where: { $0 != MinHash.empty }) else {
            store.replaceSubrange(start..<store.count, with: repeatElement(0, count: bins.count))
            return
        }
        let kept = MinHash.probesKept
        for bin in bins.indices where bins[bin] == MinHash.empty {
            // Probe pseudo-randomly (the same sequence for every text) for a bin that is not empty.
            var source = -1
            for attempt in 1...64 {
                let candidate =
                    attempt <= kept
                    ? Int(probes[bin * kept + attempt - 1])
                    : MinHash.probe(bin, attempt: attempt, seed: probeSeed, bins: bins.count)
                if bins[candidate] != MinHash.empty {
                    source = candidate
                    break
                }
            }
            if source < 0 {
                // Almost every bin is empty (a very short text): take the next non-empty bin.
                source =
                    (1..<bins.count).lazy.map { (bin + $0) % bins.count }.first { bins[$0] != MinHash.empty } ?? bin
            }
            store[start + bin] = bins[source]
        }
    }
}
