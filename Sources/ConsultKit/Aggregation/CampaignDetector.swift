/// Finds campaign responses: groups of texts that are near-identical copies of one model answer.
///
/// Texts are compared by the Jaccard similarity of their sets of word shingles (runs of `shingle`
/// consecutive lower-case words), estimated from MinHash signatures. Locality-sensitive hashing
/// splits each signature into bands; texts that agree on a whole band share a bucket and become
/// candidates, and a candidate pair is merged only if its estimated similarity is at least
/// `threshold` less a small margin for estimation error. Groups are the connected components.
///
/// Detection is streaming: ``add(id:text:)`` computes the signature at once and keeps only the
/// signature, its sketch and its bucket keys (about 240 bytes a text), never the text.
public struct CampaignDetector: Sendable {
    /// A group of near-identical texts.
    public struct Cluster: Sendable, Hashable {
        /// The ids of the texts in the group, in ascending order.
        public var members: [Int]
        /// The id of the member most similar to the others: the one to quote as the campaign text.
        public var representative: Int

        /// Creates a cluster.
        public init(members: [Int], representative: Int) {
            self.members = members
            self.representative = representative
        }
    }

    /// The word-shingle Jaccard similarity at or above which two texts count as copies.
    public let threshold: Double
    /// The smallest group reported as a campaign.
    public let minimumSize: Int
    /// Texts with fewer words are ignored: they are too short to call a copy.
    public let minimumWords: Int

    private let minHash: MinHash
    private let seed: UInt64
    private let rows: Int
    /// The fewest equal signature entries for a candidate pair to be merged.
    private let requiredMatches: Int
    private var ids: [Int] = []
    /// Every accepted text's signature, `minHash.hashes` entries each, one after another. Only the low
    /// 8 bits of each entry are kept (the bands are keyed on all 32): a quarter of the memory, and two
    /// different entries then look equal with chance 1 in 256, which raises a similarity estimate by
    /// at most 0.004, well inside the margin allowed for estimation error.
    private var signatures: [UInt8] = []
    /// The lowest two bits of each of the first 128 entries of every accepted text: a quick filter
    /// before ``signatures`` are compared (see ``Sketch``).
    private var sketches: [Sketch] = []
    /// For each band, every accepted text's bucket key in that band.
    private var bandKeys: [[UInt32]]

    /// How far below `threshold` an estimated similarity may fall and still count: with 128 entries
    /// the estimate's standard deviation at a true similarity of 0.8 is about 0.035.
    private static let margin = 0.05
    /// How many texts of different groups a bucket compares newcomers with (see `link`).
    private static let headsPerBucket = 4

    /// Creates a detector.
    ///
    /// - Parameters:
    ///   - threshold: The word-shingle Jaccard similarity at or above which two texts are copies.
    ///   - minimumSize: The smallest group reported.
    ///   - shingle: The number of consecutive words per shingle.
    ///   - hashes: The signature length; more is more accurate and slower to compare.
    ///   - minimumWords: Texts with fewer words are ignored.
    ///   - seed: Seeds every hash; a fixed value gives the same clusters in every run.
    public init(
        threshold: Double = 0.8, minimumSize: Int = 3, shingle: Int = 3, hashes: Int = 128, minimumWords: Int = 8,
        seed: UInt64 = 0x636F_6E73_756C_7421
    ) {
        self.threshold = min(max(threshold, 0.05), 1)
        self.minimumSize = max(1, minimumSize)
        self.minimumWords = max(1, minimumWords)
        minHash = MinHash(hashes: max(8, hashes), shingle: shingle, seed: seed)
        self.seed = seed
        rows = CampaignDetector.rowsPerBand(hashes: minHash.hashes, threshold: self.threshold)
        bandKeys = Array(repeating: [], count: minHash.hashes / rows)
        let cutoff = max(0, self.threshold - CampaignDetector.margin)
        requiredMatches = Int((cutoff * Double(minHash.hashes)).rounded(.up))
    }

    /// Adds a text; texts with fewer than ``minimumWords`` words are ignored.
    ///
    /// - Parameters:
    ///   - id: The caller's identifier for the text (e.g. a row number), reported in clusters.
    ///   - text: The text.
    public mutating func add(id: Int, text: String) {
        add(id: id, parts: CollectionOfOne(text))
    }

    /// Adds the text made of `parts` (a response's answers), read as if joined with a blank line.
    ///
    /// - Parameters:
    ///   - id: The caller's identifier for the text, reported in clusters.
    ///   - parts: The pieces of the text, in order.
    public mutating func add<Parts: Collection<String>>(id: Int, parts: Parts) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: minHash.hashes) { signature in
            let words = minHash.signature(of: parts, into: signature)
            guard words >= minimumWords else { return }
            ids.append(id)
            let start = signatures.count
            signatures.append(contentsOf: repeatElement(0, count: signature.count))
            signatures.withUnsafeMutableBufferPointer { bytes in
                for (offset, entry) in signature.enumerated() {
                    bytes[start + offset] = UInt8(truncatingIfNeeded: entry)
                }
            }
            sketches.append(Sketch(signature))
            let base: UInt64 = 0x9E37_79B9_7F4A_7C15
            for band in bandKeys.indices {
                var key = UInt64(band + 1) &* base
                for offset in (band * rows)..<((band + 1) * rows) {
                    key = key &* base &+ UInt64(signature[offset])
                }
                bandKeys[band].append(UInt32(truncatingIfNeeded: SplitMix64.mix(key) >> 32))
            }
        }
    }

    /// Adds every text another detector holds, as if they had been added here one by one after this
    /// detector's own. Workers that read parts of a file in parallel each fill a detector, and the parts
    /// are joined in file order, so the clusters equal those of a single pass.
    ///
    /// - Parameters:
    ///   - other: A detector created with the same parameters.
    ///   - offset: Added to each of `other`'s ids, for workers that number their rows from zero.
    public mutating func append(contentsOf other: CampaignDetector, offsetBy offset: Int = 0) {
        ids += offset == 0 ? other.ids : other.ids.map { $0 + offset }
        signatures += other.signatures
        sketches += other.sketches
        for band in bandKeys.indices where band < other.bandKeys.count { bandKeys[band] += other.bandKeys[band] }
    }

    /// The texts of `first` and `second` with new ids, held in order of their new ids, as if they had
    /// been added in that order: the clusters then depend only on the ids, not on the order the texts
    /// were read in. One copy of the signatures is made, however large.
    ///
    /// - Parameters:
    ///   - first: A detector.
    ///   - second: A detector created with the same parameters, with ids distinct from `first`'s.
    ///   - newID: The new id of each text, given its id in `first` or `second`; distinct ids must stay distinct.
    public static func joined(_ first: CampaignDetector, _ second: CampaignDetector, renumbering newID: (Int) -> Int)
        -> CampaignDetector
    {
        let parts = [first, second]
        var entries: [(id: Int, part: Int, position: Int)] = []
        entries.reserveCapacity(first.ids.count + second.ids.count)
        for (part, detector) in parts.enumerated() {
            for (position, id) in detector.ids.enumerated() { entries.append((newID(id), part, position)) }
        }
        entries.sort { $0.id < $1.id }
        var joined = CampaignDetector(
            threshold: first.threshold, minimumSize: first.minimumSize, shingle: first.minHash.shingle,
            hashes: first.minHash.hashes, minimumWords: first.minimumWords, seed: first.seed)
        let width = first.minHash.hashes
        joined.ids = entries.map(\.id)
        joined.signatures.reserveCapacity(entries.count * width)
        joined.sketches.reserveCapacity(entries.count)
        for entry in entries {
            let start = entry.position * width
            joined.signatures += parts[entry.part].signatures[start..<(start + width)]
            joined.sketches.append(parts[entry.part].sketches[entry.position])
        }
        joined.bandKeys = joined.bandKeys.indices.map { band in
            entries.map { parts[$0.part].bandKeys[band][$0.position] }
        }
        return joined
    }

    /// Makes room for `texts` texts in all, so adding them never copies what is held.
    public mutating func reserveCapacity(_ texts: Int) {
        ids.reserveCapacity(texts)
        signatures.reserveCapacity(texts * minHash.hashes)
        sketches.reserveCapacity(texts)
        for band in bandKeys.indices { bandKeys[band].reserveCapacity(texts) }
    }

    /// How many texts were long enough to be compared.
    public var count: Int { ids.count }

    /// The groups of at least ``minimumSize`` texts, largest first, ties broken by smallest id.
    public func clusters() -> [Cluster] {
        var groups = UnionFind(count: ids.count)
        var run: [(item: Int, sketch: Sketch)] = []
        for keys in bandKeys {
            var entries = keys.enumerated().map { UInt64($0.element) << 32 | UInt64($0.offset) }
            entries.sortByHighHalf()
            var runStart = 0
            while runStart < entries.count {
                var runEnd = runStart + 1
                while runEnd < entries.count, entries[runEnd] >> 32 == entries[runStart] >> 32 { runEnd += 1 }
                if runEnd - runStart > 1 {
                    run.removeAll(keepingCapacity: true)
                    for entry in entries[runStart..<runEnd] {
                        let item = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                        run.append((item, sketches[item]))
                    }
                    link(run, in: &groups)
                }
                runStart = runEnd
            }
        }
        var membersByRoot: [Int: [Int]] = [:]
        // Items are visited in the order added, so each group's items are in that order.
        for item in ids.indices {
            let root = groups.find(item)
            guard groups.size(ofRoot: root) >= minimumSize else { continue }
            membersByRoot[root, default: []].append(item)
        }
        let clusters = membersByRoot.values.map { items in
            Cluster(members: items.map { ids[$0] }.sorted(), representative: ids[representative(of: items)])
        }
        return clusters.sorted {
            if $0.members.count != $1.members.count { return $0.members.count > $1.members.count }
            return ($0.members.first ?? 0) < ($1.members.first ?? 0)
        }
    }
}

private extension CampaignDetector {
    /// The number of rows per band: the most (fewest false candidates) for which a pair at
    /// `threshold` still shares at least one band with probability 0.98. For 128 entries at 0.8
    /// that is 7 rows × 18 bands: pairs at 0.8 collide with probability 0.985, pairs at 0.9 with
    /// 0.99999, pairs at 0.5 with 0.13 and pairs at 0.3 with 0.004. Candidates are verified, so
    /// false ones only cost time, and they are what costs the time when many texts share phrases; a
    /// campaign member is linked to any of the others, so one missing at 0.8 needs every pair to miss.
    static func rowsPerBand(hashes: Int, threshold: Double) -> Int {
        var best = 1
        var bandAgrees = 1.0  // threshold to the power `rows`
        for rows in 1...hashes {
            bandAgrees *= threshold
            var allBandsDiffer = 1.0
            for _ in 0..<(hashes / rows) { allBandsDiffer *= 1 - bandAgrees }
            if 1 - allBandsDiffer >= 0.98 { best = rows }
        }
        return best
    }

    /// Merges the verified pairs among the texts sharing one bucket, given in the order added with
    /// their sketches.
    ///
    /// A campaign puts thousands of texts in the same buckets, so comparing all pairs would be
    /// quadratic. Each text is compared only with the bucket's first few texts of different groups
    /// ("heads"); union-find supplies the transitivity, and a text already in a head's group costs
    /// one lookup. Sketches rule out most pairs that are not copies without touching anything held
    /// elsewhere in memory; a text ruled out against every head is checked against the heads' groups
    /// only if it is to become a head itself, which gives the same groups as checking every head.
    func link(_ run: [(item: Int, sketch: Sketch)], in groups: inout UnionFind) {
        var heads: [(item: Int, sketch: Sketch)] = []
        heads.reserveCapacity(CampaignDetector.headsPerBucket)
        let allowedMisses = minHash.hashes - requiredMatches
        for entry in run {
            var linked = false
            for head in heads where head.sketch.differingEntries(entry.sketch) <= allowedMisses {
                if groups.find(head.item) == groups.find(entry.item) || isCopy(head.item, entry.item) {
                    groups.union(head.item, entry.item)
                    linked = true
                }
            }
            guard !linked, heads.count < CampaignDetector.headsPerBucket else { continue }
            let root = groups.find(entry.item)
            if !heads.contains(where: { groups.find($0.item) == root }) { heads.append(entry) }
        }
    }

    /// Whether two texts have at least `requiredMatches` equal signature entries. Most candidates are
    /// not copies, so the count stops as soon as too many entries have differed.
    func isCopy(_ first: Int, _ second: Int) -> Bool {
        let width = minHash.hashes
        let allowedMisses = width - requiredMatches
        return signatures.withUnsafeBufferPointer { buffer in
            var misses = 0
            var offset = 0
            while offset < width {
                let chunk = min(Self.lanes, width - offset)
                misses += chunk - Self.equalEntries(buffer, first * width + offset, second * width + offset, chunk)
                if misses > allowedMisses { return false }
                offset += chunk
            }
            return true
        }
    }

    /// The number of equal signature entries of two texts.
    func matches(_ first: Int, _ second: Int) -> Int {
        let width = minHash.hashes
        return signatures.withUnsafeBufferPointer { buffer in
            var equal = 0
            var offset = 0
            while offset < width {
                let chunk = min(Self.lanes, width - offset)
                equal += Self.equalEntries(buffer, first * width + offset, second * width + offset, chunk)
                offset += chunk
            }
            return equal
        }
    }

    /// Entries compared at once.
    static let lanes = 32

    /// The number of equal entries among `count` (at most ``lanes``) from `first` and from `second`,
    /// compared eight at a time: the bytes of two 64-bit words are equal where their XOR has a zero
    /// byte, and a zero byte is marked by a high bit that a population count adds up.
    @inline(__always)
    static func equalEntries(_ buffer: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, _ count: Int) -> Int {
        guard count == lanes, let base = buffer.baseAddress else {
            return (0..<count).reduce(0) { $0 + (buffer[first + $1] == buffer[second + $1] ? 1 : 0) }
        }
        let raw = UnsafeRawPointer(base)
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var equal = 0
        for word in stride(from: 0, to: lanes, by: 8) {
            let difference =
                raw.loadUnaligned(fromByteOffset: first + word, as: UInt64.self)
                ^ raw.loadUnaligned(fromByteOffset: second + word, as: UInt64.self)
            // High bit of each byte set exactly where that byte of `difference` is zero.
            let zeroBytes = ~(((difference & low) &+ low) | difference | low)
            equal += zeroBytes.nonzeroBitCount
        }
        return equal
    }

    /// The member with the most equal signature entries summed over the others (over evenly spaced
    /// samples in large groups, to stay linear); ties go to the smallest id.
    func representative(of items: [Int]) -> Int {
        let candidates = items.prefix(64)
        let step = max(1, items.count / 64)
        let sample = stride(from: 0, to: items.count, by: step).map { items[$0] }
        var best = items[0]
        var bestScore = -1
        for candidate in candidates {
            let score = sample.reduce(0) { $0 + ($1 == candidate ? 0 : matches(candidate, $1)) }
            if score > bestScore || (score == bestScore && ids[candidate] < ids[best]) {
                best = candidate
                bestScore = score
            }
        }
        return best
    }
}

extension CampaignDetector {
    /// The lowest two bits of each of a signature's first 128 entries. Equal entries have equal
    /// bits, so two texts whose sketches differ at more entries than the misses allowed cannot be
    /// copies. Entries that differ have equal bits only one time in four, so texts that are not
    /// copies are ruled out from 32 bytes already at hand, not two signatures elsewhere in memory.
    struct Sketch: Sendable {
        /// Bit `i` of `bit0[0]` is the lowest bit of entry `i`, of `bit0[1]` that of entry `64 + i`.
        var bit0: (UInt64, UInt64) = (0, 0)
        /// The same for the second-lowest bits.
        var bit1: (UInt64, UInt64) = (0, 0)

        /// The sketch of `signature`'s entries.
        init<Entries: Collection<UInt32>>(_ signature: Entries) {
            for (index, entry) in signature.prefix(128).enumerated() {
                let (first, second) = (UInt64(entry & 1), UInt64(entry >> 1 & 1))
                if index < 64 {
                    bit0.0 |= first << UInt64(index)
                    bit1.0 |= second << UInt64(index)
                } else {
                    bit0.1 |= first << UInt64(index - 64)
                    bit1.1 |= second << UInt64(index - 64)
                }
            }
        }

        /// The number of entries whose bits differ: no more than the entries that differ.
        @inline(__always)
        func differingEntries(_ other: Sketch) -> Int {
            ((bit0.0 ^ other.bit0.0) | (bit1.0 ^ other.bit1.0)).nonzeroBitCount
                + ((bit0.1 ^ other.bit0.1) | (bit1.1 ^ other.bit1.1)).nonzeroBitCount
        }
    }
}
