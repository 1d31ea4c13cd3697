import Foundation

@testable import ConsultKit

/// The labelled letters as training examples for `PreferenceModel`: for each letter and each option it mentions,
/// the features of its passages about that option, and whether its label prefers that option.
enum PreferenceExamples {
    /// The sets the model is trained on: those whose misses have been studied. A blind set joins only after its
    /// one run, so it never measures a model that has seen it.
    static let studied = ["dev", "holdout"] + (2...59).map { "holdout\($0)" }

    /// The examples from the named sets, in a fixed order.
    static func examples(from sets: [String]) throws -> [PreferenceModel.Example] {
        let questionnaire = try LetterEvaluation.questionnaire()
        guard let detector = OptionDetector(questionnaire: questionnaire) else { return [] }
        let segmenter = LetterSegmenter(questionnaire: questionnaire)
        let options = detector.vocabulary.options.map(\.id)
        var examples: [PreferenceModel.Example] = []
        for set in sets {
            for (_, label, letter) in try LetterEvaluation.labelledLetters(in: LetterEvaluation.folder(set)) {
                let sentences = LetterSentence.sentences(of: segmenter.segment(LetterParts(letter.text).body))
                let mentions = detector.mentions(in: sentences)
                for option in options {
                    let passages = PreferenceModel.passages(sentences, mentions: mentions, option: option)
                    guard !passages.isEmpty else { continue }
                    examples.append(
                        PreferenceModel.Example(
                            features: PreferenceModel.features(of: passages.map(\.passage)),
                            prefers: label.option == option))
                }
            }
        }
        return examples
    }
}
