@testable import ConsultKit

/// The theme matcher as it was before it became a byte automaton: a trie of words. Kept in the tests as
/// the reference the automaton must agree with, hit for hit and offset for offset.
///
/// The phrases form a trie of words. Reading the text word by word, the matcher keeps the set of trie
/// nodes the recent words have reached, so each word is looked at once. Matching ignores case and
/// respects word boundaries; a phrase ending in `*` matches any continuation of its last word.
struct WordTrieMatcher: Sendable {
    private struct Node: Sendable {
        var exact: [UInt64: Int] = [:]
        var prefixes: [(length: Int, hash: UInt64, node: Int)] = []
        var themes: [Int] = []
        var isLeaf: Bool { exact.isEmpty && prefixes.isEmpty }
    }

    private var nodes: [Node] = [Node()]
    private let themeCount: Int

    /// Builds a matcher for the given themes' phrases (phrases that cannot be parsed are skipped;
    /// the questionnaire reader reports them).
    init(themes: [Theme]) {
        themeCount = themes.count
        for (index, theme) in themes.enumerated() {
            for phrase in theme.phrases.compactMap(ThemePhrase.init) { insert(phrase, theme: index) }
        }
    }

    /// Each theme raised, once, with the offset where its first match starts, in order of appearance.
    func firstMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [(theme: Int, offset: Int)] {
        guard nodes.count > 1 else { return [] }
        var found = [Bool](repeating: false, count: themeCount)
        var hits: [(theme: Int, offset: Int)] = []
        var active: [(node: Int, start: Int)] = []
        var next: [(node: Int, start: Int)] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let first = ThemePhrase.character(at: index, in: bytes)
            guard first.isWord else {
                index += first.length
                continue
            }
            let start = index
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < count {
                let character = ThemePhrase.character(at: index, in: bytes)
                guard character.isWord else { break }
                for offset in index..<(index + character.length) {
                    hash = (hash ^ UInt64(ThemePhrase.lower(bytes[offset]))) &* 0x100_0000_01b3
                }
                index += character.length
            }
            next.removeAll(keepingCapacity: true)
            active.append((0, start))
            for (nodeIndex, phraseStart) in active {
                let node = nodes[nodeIndex]
                if let child = node.exact[hash] {
                    advance(to: child, phraseStart, &found, &hits, &next)
                }
                for prefix in node.prefixes where prefix.length <= index - start {
                    if Self.hash(bytes, from: start, length: prefix.length) == prefix.hash {
                        advance(to: prefix.node, phraseStart, &found, &hits, &next)
                    }
                }
            }
            swap(&active, &next)
        }
        return hits
    }

    private func advance(
        to child: Int, _ phraseStart: Int, _ found: inout [Bool], _ hits: inout [(theme: Int, offset: Int)],
        _ next: inout [(node: Int, start: Int)]
    ) {
        for theme in nodes[child].themes where !found[theme] {
            found[theme] = true
            hits.append((theme, phraseStart))
        }
        if !nodes[child].isLeaf { next.append((child, phraseStart)) }
    }

    private mutating func insert(_ phrase: ThemePhrase, theme: Int) {
        var current = 0
        for (position, word) in phrase.words.enumerated() {
            let wordHash = word.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
            let isPrefix = phrase.lastIsPrefix && position == phrase.words.count - 1
            if isPrefix {
                if let existing = nodes[current].prefixes.first(where: {
                    $0.hash == wordHash && $0.length == word.count
                }) {
                    current = existing.node
                } else {
                    nodes.append(Node())
                    nodes[current].prefixes.append((word.count, wordHash, nodes.count - 1))
                    current = nodes.count - 1
                }
            } else if let existing = nodes[current].exact[wordHash] {
                current = existing
            } else {
                nodes.append(Node())
                nodes[current].exact[wordHash] = nodes.count - 1
                current = nodes.count - 1
            }
        }
        if !nodes[current].themes.contains(theme) { nodes[current].themes.append(theme) }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<(start + length) { hash = (hash ^ UInt64(ThemePhrase.lower(bytes[i]))) &* 0x100_0000_01b3 }
        return hash
    }
}
