/// Finds the themes a text raises, in one pass over its bytes however many phrases there are.
///
/// The phrases are compiled into one automaton (Aho–Corasick) over the text's bytes, lower-cased, with
/// every run of non-word bytes read as a single word break: each byte costs one table look-up. Matching
/// ignores case and respects word boundaries; a phrase ending in `*` matches any continuation of its last
/// word. Each theme is reported once, at its first match; matches that end in the same word are taken
/// in order of where they start, a whole-word phrase before a `*` phrase.
public struct ThemeMatcher: Sendable {
    /// A theme found in a text, with the sentence that raised it.
    public struct Hit: Sendable, Hashable {
        /// The index of the theme in the questionnaire's `themes`.
        public var theme: Int
        /// The sentence containing the first match, trimmed.
        public var sentence: String
    }

    private let automaton: Automaton
    private let themeCount: Int

    /// Builds a matcher for the given themes' phrases (phrases that cannot be parsed are skipped;
    /// the questionnaire reader reports them).
    public init(themes: [Theme]) {
        themeCount = themes.count
        var phrases: [(ThemePhrase, Int)] = []
        for (index, theme) in themes.enumerated() {
            for phrase in theme.phrases.compactMap(ThemePhrase.init) { phrases.append((phrase, index)) }
        }
        automaton = Automaton(phrases)
    }

    /// The themes raised in `text`, each once, in the order they first appear.
    public func hits(in text: String) -> [Hit] {
        var text = text
        return text.withUTF8 { hits(in: $0) }
    }

    /// The themes raised in UTF-8 `bytes`, each once, in the order they first appear.
    public func hits(in bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        firstMatches(in: bytes).map { Hit(theme: $0.theme, sentence: Sentences.sentence(around: $0.offset, in: bytes)) }
    }

    /// The themes raised in `text`, each once, in the order they first appear, without their sentences:
    /// what counting needs, at no cost per match beyond finding it.
    func themes(in text: String) -> [Int] {
        var scratch = Scratch()
        themes(in: text, scratch: &scratch)
        return scratch.hits.map(\.theme)
    }

    /// Working space for matching, kept by a caller that matches many texts so that each text costs no
    /// allocations; after `themes(in:scratch:)`, `hits` holds the text's themes and offsets.
    struct Scratch {
        var hits: [(theme: Int, offset: Int)] = []
        fileprivate var found: [Bool] = []
        fileprivate var pending: [(start: Int, pattern: Int)] = []
        fileprivate var origins: [Int] = []
    }

    /// The themes raised in `text`, into `scratch.hits`.
    func themes(in text: String, scratch: inout Scratch) {
        var text = text
        text.withUTF8 { firstMatches(in: $0, scratch: &scratch) }
    }

    /// Each theme raised, once, with the offset where its first match starts, in order of appearance.
    func firstMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [(theme: Int, offset: Int)] {
        var scratch = Scratch()
        firstMatches(in: bytes, scratch: &scratch)
        return scratch.hits
    }

    /// Each theme raised, once, with where its first match starts, into `scratch.hits`.
    func firstMatches(in bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) {
        let automaton = automaton
        scratch.hits.removeAll(keepingCapacity: true)
        guard !automaton.patterns.isEmpty else { return }
        var found = scratch.found
        var hits = scratch.hits
        // Matches that end in the current word wait until the word is over, to be taken in order.
        var pending = scratch.pending
        var origins = scratch.origins
        scratch = Scratch()
        if found.count != themeCount { found = [Bool](repeating: false, count: themeCount) }
        if origins.count != automaton.ringSize { origins = [Int](repeating: 0, count: automaton.ringSize) }
        pending.removeAll(keepingCapacity: true)
        defer {
            for hit in hits { found[hit.theme] = false }
            scratch = Scratch(hits: hits, found: found, pending: pending, origins: origins)
        }
        let mask = automaton.ringSize - 1
        let separator = automaton.separatorClass
        let classCount = automaton.classCount
        let count = bytes.count
        automaton.delta.withUnsafeBufferPointer { delta in
            automaton.outputStart.withUnsafeBufferPointer { outputStart in
                automaton.outputs.withUnsafeBufferPointer { outputs in
                    automaton.classes.withUnsafeBufferPointer { classes in
                        automaton.lengths.withUnsafeBufferPointer { lengths in
                            origins.withUnsafeMutableBufferPointer { origins in
                                var state = Int(delta[separator] & Automaton.stateMask)
                                var symbol = 0
                                var afterBreak = true
                                var index = 0
                                // One more step than there are bytes: a closing break after the last word.
                                while index <= count {
                                    let inputClass: Int
                                    var step = 1
                                    if index < count {
                                        var byteClass = classes[Int(bytes[index])]
                                        // A curly quote, a dash or a non-breaking space separates words
                                        // like its ASCII counterpart; only lead bytes need decoding.
                                        if bytes[index] >= 0xC0 {
                                            let character = ThemePhrase.character(at: index, in: bytes)
                                            if !character.isWord {
                                                byteClass = Automaton.breakByte
                                                step = character.length
                                            }
                                        }
                                        if byteClass != Automaton.breakByte {
                                            symbol &+= 1
                                            origins[symbol & mask] = index
                                            afterBreak = false
                                            inputClass = Int(byteClass)
                                        } else if afterBreak {
                                            index &+= step
                                            continue
                                        } else {
                                            symbol &+= 1
                                            afterBreak = true
                                            inputClass = separator
                                        }
                                    } else if afterBreak {
                                        break
                                    } else {
                                        symbol &+= 1
                                        afterBreak = true
                                        inputClass = separator
                                    }
                                    index &+= step
                                    let next = delta[state &* classCount &+ inputClass]
                                    state = Int(next & Automaton.stateMask)
                                    if state == 0 {
                                        // Nothing is under way: no phrase can start before the next break,
                                        // so the rest of this word needs no look-ups (nor positions).
                                        while index < count {
                                            let byte = bytes[index]
                                            if byte >= 0xC0 {
                                                if !ThemePhrase.character(at: index, in: bytes).isWord { break }
                                            } else if classes[Int(byte)] == Automaton.breakByte {
                                                break
                                            }
                                            index &+= 1
                                        }
                                        continue
                                    }
                                    if next < 0 {
                                        for position in Int(outputStart[state])..<Int(outputStart[state &+ 1]) {
                                            let pattern = Int(outputs[position])
                                            // The phrase's first word starts just after the break that opens it.
                                            let start = origins[(symbol &- Int(lengths[pattern]) &+ 2) & mask]
                                            pending.append((start, pattern))
                                        }
                                    }
                                    if afterBreak, !pending.isEmpty {
                                        Self.take(&pending, automaton.patterns, &found, &hits)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if !pending.isEmpty { Self.take(&pending, automaton.patterns, &found, &hits) }
    }

    /// Takes the matches that ended in one word, in order of where they start, a whole-word phrase first.
    private static func take(
        _ pending: inout [(start: Int, pattern: Int)], _ patterns: [Automaton.Pattern], _ found: inout [Bool],
        _ hits: inout [(theme: Int, offset: Int)]
    ) {
        if pending.count > 1 { pending.sort { ($0.start, $0.pattern) < ($1.start, $1.pattern) } }
        for match in pending {
            for theme in patterns[match.pattern].themes where !found[theme] {
                found[theme] = true
                hits.append((theme, match.start))
            }
        }
        pending.removeAll(keepingCapacity: true)
    }
}

extension ThemeMatcher {
    /// The compiled phrases: a table of transitions on byte classes, and the phrases each state completes.
    struct Automaton: Sendable {
        /// A phrase as the automaton matches it.
        struct Pattern: Sendable {
            /// Symbols matched: a break, the words with a break between each, and a closing break unless
            /// the phrase ends in `*`.
            var length: Int
            /// The themes the phrase raises, in the questionnaire's order.
            var themes: [Int]
        }

        /// Patterns in the order they sort when several end in one word: whole-word phrases first, then `*`
        /// phrases, each in the order first given.
        var patterns: [Pattern] = []
        /// The class of each byte of the text, upper-case letters as their lower case; word bytes no phrase
        /// uses share class 0, and bytes that break words are `breakByte`.
        var classes = [UInt8](repeating: 0, count: 256)
        static let breakByte: UInt8 = 255
        var classCount = 1
        var separatorClass = 0
        /// Each pattern's length, for finding where a match started.
        var lengths: [Int32] = []
        /// `delta[state * classCount + class]` is the next state, with the sign bit set when entering it
        /// completes a pattern, so the scan looks at outputs only then.
        static let stateMask: Int32 = 0x7FFF_FFFF
        var delta: [Int32] = []
        /// The patterns completed on entering a state: `outputs[outputStart[s]..<outputStart[s + 1]]`.
        var outputStart: [Int32] = []
        var outputs: [Int32] = []
        /// A power of two above the longest pattern, for the ring of recent byte offsets.
        var ringSize = 64

        init(_ phrases: [(ThemePhrase, theme: Int)]) {
            // Symbols: lower-cased word bytes, and 0x20 for a break (never a word byte).
            let breakSymbol = UInt8(ascii: " ")
            var texts: [[UInt8]] = []
            var isPrefix: [Bool] = []
            var themes: [[Int]] = []
            for (phrase, theme) in phrases {
                var text: [UInt8] = []
                for word in phrase.words {
                    text.append(breakSymbol)
                    text += word
                }
                if !phrase.lastIsPrefix { text.append(breakSymbol) }
                if let existing = texts.indices.first(where: {
                    texts[$0] == text && isPrefix[$0] == phrase.lastIsPrefix
                }) {
                    if !themes[existing].contains(theme) { themes[existing].append(theme) }
                    continue
                }
                texts.append(text)
                isPrefix.append(phrase.lastIsPrefix)
                themes.append([theme])
            }
            let order = texts.indices.sorted { (isPrefix[$0] ? 1 : 0, $0) < (isPrefix[$1] ? 1 : 0, $1) }
            let ordered = order.map { texts[$0] }
            patterns = order.map { Pattern(length: texts[$0].count, themes: themes[$0]) }
            lengths = patterns.map { Int32($0.length) }
            while ringSize < (ordered.map(\.count).max() ?? 0) + 2 { ringSize *= 2 }
            var next = 1
            for text in ordered {
                for byte in text where classes[Int(byte)] == 0 {
                    classes[Int(byte)] = UInt8(next)
                    next += 1
                }
            }
            classCount = next
            separatorClass = Int(classes[Int(breakSymbol)])
            build(ordered)
            // From here on the table is read with the text's own bytes.
            var byByte = [UInt8](repeating: Self.breakByte, count: 256)
            for byte in 0..<256 where byte >= 0x80 || ThemePhrase.isASCIIWordByte(UInt8(byte)) {
                byByte[byte] = classes[Int(ThemePhrase.lower(UInt8(byte)))]
            }
            classes = byByte
        }

        /// Builds the trie of patterns, then its failure links breadth first, then the full transition table.
        private mutating func build(_ texts: [[UInt8]]) {
            var goto: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
            var own: [[Int32]] = [[]]
            for (index, text) in texts.enumerated() {
                var state = 0
                for byte in text {
                    let symbol = Int(classes[Int(byte)])
                    if goto[state][symbol] < 0 {
                        goto[state][symbol] = Int32(goto.count)
                        goto.append([Int32](repeating: -1, count: classCount))
                        own.append([])
                    }
                    state = Int(goto[state][symbol])
                }
                own[state].append(Int32(index))
            }
            let count = goto.count
            var fail = [Int](repeating: 0, count: count)
            var table = [Int32](repeating: 0, count: count * classCount)
            var matched = own
            var queue: [Int] = []
            for symbol in 0..<classCount {
                let child = goto[0][symbol]
                if child > 0 {
                    fail[Int(child)] = 0
                    queue.append(Int(child))
                    table[symbol] = child
                }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                // Patterns that end here include those ending at the longest proper suffix that is a state.
                matched[state] += matched[fail[state]]
                for symbol in 0..<classCount {
                    let child = goto[state][symbol]
                    if child >= 0 {
                        fail[Int(child)] = Int(table[fail[state] * classCount + symbol])
                        queue.append(Int(child))
                        table[state * classCount + symbol] = child
                    } else {
                        table[state * classCount + symbol] = table[fail[state] * classCount + symbol]
                    }
                }
            }
            for index in table.indices where !matched[Int(table[index])].isEmpty { table[index] |= Int32.min }
            delta = table
            outputStart = [0]
            for state in 0..<count {
                outputs += matched[state].sorted()
                outputStart.append(Int32(outputs.count))
            }
        }
    }
}
