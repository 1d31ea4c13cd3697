/// Finds campaign responses: groups of texts that are near-identical copies of one model answer.
///
/// Texts are compared by the Jaccard similarity of their sets of word shingles (runs of `shingle`
/// consecutive lower-case words), estimated from MinHash signatures. Locality-sensitive hashing
/// splits each signature into bands; texts that agree on a whole band share a bucket and become
/// candidates, and a candidate pair is merged only if its estimated similarity is at least
/// `threshold` less a small margin for estimation error. Groups are the connected components.
///
/// Detection is streaming: ``add(id:text:)`` computes the signature at once and keeps only the
/// signature and its bucket keys (about 600 bytes a text), never the text.
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
    private let rows: Int
    /// The fewest equal signature entries for a candidate pair to be merged.
    private let requiredMatches: Int
    private var ids: [Int] = []
    /// Every accepted text's signature, `minHash.hashes` entries each, one after another.
    private var signatures: [UInt32] = []
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
        let start = signatures.count
        let words = minHash.appendSignature(of: text, to: &signatures)
        guard words >= minimumWords else {
            signatures.removeLast(signatures.count - start)
            return
        }
        ids.append(id)
        let base: UInt64 = 0x9E37_79B9_7F4A_7C15
        for band in bandKeys.indices {
            var key = UInt64(band + 1) &* base
            for offset in (start + band * rows)..<(start + (band + 1) * rows) {
                key = key &* base &+ UInt64(signatures[offset])
            }
            bandKeys[band].append(UInt32(truncatingIfNeeded: SplitMix64.mix(key) >> 32))
        }
    }

    /// Adds every text another detector holds, as if they had been added here one by one after this
    /// detector's own. Workers that read parts of a file in parallel each fill a detector, and the parts
    /// are joined in file order, so the clusters equal those of a single pass.
    ///
    /// - Precondition: `other` was created with the same parameters.
    public mutating func append(contentsOf other: CampaignDetector) {
        ids += other.ids
        signatures += other.signatures
        for band in bandKeys.indices where band < other.bandKeys.count { bandKeys[band] += other.bandKeys[band] }
    }

    /// How many texts were long enough to be compared.
    public var count: Int { ids.count }

    /// The groups of at least ``minimumSize`` texts, largest first, ties broken by smallest id.
    public func clusters() -> [Cluster] {
        var groups = UnionFind(count: ids.count)
        for keys in bandKeys {
            var entries = keys.enumerated().map { UInt64($0.element) << 32 | UInt64($0.offset) }
            entries.sortByHighHalf()
            var runStart = 0
            while runStart < entries.count {
                var runEnd = runStart + 1
                while runEnd < entries.count, entries[runEnd] >> 32 == entries[runStart] >> 32 { runEnd += 1 }
                if runEnd - runStart > 1 {
                    link(entries[runStart..<runEnd].lazy.map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }, in: &groups)
                }
                runStart = runEnd
            }
        }
        var membersByRoot: [Int: [Int]] = [:]
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
    /// `threshold` still shares at least one band with probability 0.99. For 128 entries at 0.8
    /// that is 6 rows × 21 bands: pairs at 0.8 collide with probability 0.998, pairs at 0.5 with
    /// 0.28 and pairs at 0.3 with 0.015; candidates are verified, so false ones only cost time.
    static func rowsPerBand(hashes: Int, threshold: Double) -> Int {
        var best = 1
        var bandAgrees = 1.0  // threshold to the power `rows`
        for rows in 1...hashes {
            bandAgrees *= threshold
            var allBandsDiffer = 1.0
            for _ in 0..<(hashes / rows) { allBandsDiffer *= 1 - bandAgrees }
            if 1 - allBandsDiffer >= 0.99 { best = rows }
        }
        return best
    }

    /// Merges the verified pairs among the texts sharing one bucket, given in the order added.
    ///
    /// A campaign puts thousands of texts in the same buckets, so comparing all pairs would be
    /// quadratic. Each text is compared only with the bucket's first few texts of different groups
    /// ("heads"); union-find supplies the transitivity, and a text already in a head's group costs
    /// one lookup.
    func link<Items: Sequence<Int>>(_ items: Items, in groups: inout UnionFind) {
        var heads: [Int] = []
        for item in items {
            var linked = false
            for head in heads {
                if groups.find(head) == groups.find(item) || matches(head, item) >= requiredMatches {
                    groups.union(head, item)
                    linked = true
                }
            }
            if !linked, heads.count < CampaignDetector.headsPerBucket { heads.append(item) }
        }
    }

    /// The number of equal signature entries of two texts.
    func matches(_ first: Int, _ second: Int) -> Int {
        let width = minHash.hashes
        var equal = 0
        for offset in 0..<width where signatures[first * width + offset] == signatures[second * width + offset] {
            equal += 1
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
