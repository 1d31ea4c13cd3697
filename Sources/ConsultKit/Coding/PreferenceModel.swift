import Foundation

/// A second, statistical reading of which option a letter prefers, for letters whose wording the rules in
/// `OptionDetector` do not recognise.
///
/// Each option is scored on the words around the letter's mentions of it: up to six words either side, and the
/// pairs among them ("rather than", "we support"), whether the sentence speaks in the first person, and whether
/// it names the other option too. A logistic regression, trained on the labelled letters the rules were developed
/// on, turns those counts into the probability that the letter prefers the option. It is only consulted when the
/// rules found no preference, no rejection of both and no refusal to choose; where the letter reports someone else's
/// preference, it reads only the other option, outside the sentences that report. What it proposes is always of low
/// confidence, with the sentence that weighed most as evidence.
struct PreferenceModel: Sendable, Equatable {
    /// The weight of each feature.
    var weights: [String: Double]
    /// The weight every letter starts with.
    var bias: Double

    /// How many words either side of a mention are read.
    static let window = 6
    /// How sure the model must be before it proposes an option.
    static let threshold = 0.7

    /// One option's mentions in one sentence of a letter.
    struct Passage: Sendable, Hashable {
        /// The sentence's words.
        var tokens: [String]
        /// Where each mention of the option starts and ends.
        var spans: [Range<Int>]
        /// Whether the sentence names the other option too.
        var namesOther: Bool
    }

    /// The features of one sentence's mentions of an option, counted.
    static func features(of passage: Passage) -> [String: Int] {
        var counts: [String: Int] = [:]
        let firstPerson = passage.tokens.contains { Attribution.firstPerson.contains($0) }
        for span in passage.spans {
            let left = Array(passage.tokens[max(0, span.lowerBound - window)..<span.lowerBound])
            let right = Array(passage.tokens[span.upperBound..<min(passage.tokens.count, span.upperBound + window)])
            for word in left { counts["L:" + word, default: 0] += 1 }
            for word in right { counts["R:" + word, default: 0] += 1 }
            for (first, second) in zip(left, left.dropFirst()) { counts["L2:\(first)_\(second)", default: 0] += 1 }
            for (first, second) in zip(right, right.dropFirst()) { counts["R2:\(first)_\(second)", default: 0] += 1 }
            counts[firstPerson ? "FIRST-PERSON" : "NO-FIRST-PERSON", default: 0] += 1
            counts[passage.namesOther ? "BOTH-NAMED" : "ALONE", default: 0] += 1
        }
        return counts
    }

    /// The features of every passage, added together.
    static func features(of passages: [Passage]) -> [String: Int] {
        var total: [String: Int] = [:]
        for passage in passages {
            total.merge(features(of: passage), uniquingKeysWith: +)
        }
        return total
    }

    /// The probability that a letter with these features prefers the option they were counted for.
    func probability(_ features: [String: Int]) -> Double {
        var sum = bias
        // In a fixed order, so the same letter always gives the same figure.
        for key in features.keys.sorted() {
            guard let weight = weights[key], let count = features[key] else { continue }
            sum += weight * Self.strength(count)
        }
        return 1 / (1 + exp(-sum))
    }

    /// A count as the model reads it: the second and later occurrences add less than the first.
    static func strength(_ count: Int) -> Double { log1p(Double(count)) }
}

extension PreferenceModel {
    /// One letter's features for one option, and whether the letter prefers it.
    struct Example: Sendable {
        var features: [String: Int]
        var prefers: Bool
    }

    /// A model fitted to the examples by gradient descent on the regularised log loss. Only features seen in at
    /// least `minimumCount` examples are kept. Training is deterministic: the same examples give the same weights.
    static func train(
        _ examples: [Example], minimumCount: Int = 3, penalty: Double = 1, iterations: Int = 300, rate: Double = 5
    ) -> PreferenceModel {
        var seen: [String: Int] = [:]
        for example in examples {
            for key in example.features.keys { seen[key, default: 0] += 1 }
        }
        let names = seen.filter { $0.value >= minimumCount }.map(\.key).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let rows: [[(Int, Double)]] = examples.map { example in
            example.features.compactMap { key, count in index[key].map { ($0, strength(count)) } }
                .sorted { $0.0 < $1.0 }
        }
        var weights = [Double](repeating: 0, count: names.count)
        var bias = 0.0
        let size = Double(max(1, examples.count))
        for _ in 0..<iterations {
            var gradient = weights.map { penalty * $0 / size }
            var biasGradient = 0.0
            for (row, example) in zip(rows, examples) {
                var sum = bias
                for (column, value) in row { sum += weights[column] * value }
                let error = (1 / (1 + exp(-sum)) - (example.prefers ? 1 : 0)) / size
                for (column, value) in row { gradient[column] += error * value }
                biasGradient += error
            }
            for column in weights.indices { weights[column] -= rate * gradient[column] }
            bias -= rate * biasGradient
        }
        var kept: [String: Double] = [:]
        for (column, name) in names.enumerated() where weights[column] != 0 { kept[name] = weights[column] }
        return PreferenceModel(weights: kept, bias: bias)
    }

    /// The model as text, one feature and weight per line, sorted, with weights to four decimal places.
    var table: String {
        var lines = [String(format: "(bias)\t%.4f", bias)]
        for key in weights.keys.sorted() {
            let weight = weights[key] ?? 0
            guard abs(weight) >= 0.00005 else { continue }
            lines.append(key + "\t" + String(format: "%.4f", weight))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A model read back from `table`.
    init(table: String) {
        var weights: [String: Double] = [:]
        var bias = 0.0
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let weight = Double(fields[1]) else { continue }
            if fields[0] == "(bias)" { bias = weight } else { weights[String(fields[0])] = weight }
        }
        self.init(weights: weights, bias: bias)
    }

    /// The model shipped with the package, trained on the studied letters (see `Tests/…/Fixtures/Letters`).
    static let shipped = PreferenceModel(table: PreferenceModel.shippedTable)
}

extension PreferenceModel {
    /// Each option's passages in a letter: the sentences that mention it, by sentence index. A sentence that
    /// opens on a supposition ("If the legislation follows Option 2, we would need …") states no choice, and is left
    /// out.
    static func passages(
        _ sentences: [LetterSentence], mentions: [Int: [OptionVocabulary.Mention]], option: String
    ) -> [(sentence: Int, passage: Passage)] {
        mentions.keys.sorted().compactMap { index in
            if let first = sentences[index].words.tokens.first, StancePatterns.suppositions.contains(first) {
                return nil
            }
            let named = mentions[index] ?? []
            let spans = named.filter { $0.option == option }.map { $0.start..<$0.end }
            guard !spans.isEmpty else { return nil }
            let passage = Passage(
                tokens: sentences[index].words.tokens, spans: spans,
                namesOther: named.contains { $0.option != option })
            return (index, passage)
        }
    }

    /// The option the model finds the letter prefers, if it is sure enough, at low confidence, with the sentence
    /// about that option that the model weighs most as evidence. Options in `except` (ones the letter rejects)
    /// are not proposed.
    func reading(
        _ sentences: [LetterSentence], mentions: [Int: [OptionVocabulary.Mention]], options: [String],
        except rejected: Set<String> = []
    ) -> Inference? {
        var best: (option: String, probability: Double, passages: [(sentence: Int, passage: Passage)])?
        for option in options {
            let passages = Self.passages(sentences, mentions: mentions, option: option)
            guard !passages.isEmpty else { continue }
            let probability = self.probability(Self.features(of: passages.map(\.passage)))
            if probability > best?.probability ?? 0 { best = (option, probability, passages) }
        }
        guard let best, best.probability >= Self.threshold, !rejected.contains(best.option) else { return nil }
        // The passage the model weighs most; the earliest of equals.
        let scored = best.passages.map {
            (sentence: $0.sentence, probability: probability(Self.features(of: $0.passage)))
        }
        guard let strongest = scored.max(by: { ($0.probability, $1.sentence) < ($1.probability, $0.sentence) })
        else { return nil }
        return Inference(choice: best.option, confidence: .low, evidence: [sentences[strongest.sentence].text])
    }
}
