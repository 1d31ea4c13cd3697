import Foundation
import Testing

@testable import ConsultKit

/// The statistical second reading of the option preference: how it is trained, and when `OptionDetector` uses it.
@Suite struct PreferenceModelTests {
    /// The detector for the package's questionnaire, which asks for a preference.
    static let plainDetector: OptionDetector = {
        guard let detector = OptionDetector(questionnaire: Letters.questionnaire) else {
            preconditionFailure("the package questionnaire asks for no preference")
        }
        return detector
    }()

    static func passage(_ text: String, option: String = "option-1") -> PreferenceModel.Passage {
        let words = Words(text)
        let detector = plainDetector
        let mentions = detector.vocabulary.mentions(in: words)
        return PreferenceModel.Passage(
            tokens: words.tokens, spans: mentions.filter { $0.option == option }.map { $0.start..<$0.end },
            namesOther: mentions.contains { $0.option != option })
    }

    @Test func featuresAreTheWordsAroundTheMention() {
        let features = PreferenceModel.features(of: Self.passage("We would much rather have Option 1 than anything."))
        #expect(features["L:rather"] == 1)
        #expect(features["L2:rather_have"] == 1)
        #expect(features["R:than"] == 1)
        #expect(features["FIRST-PERSON"] == 1)
        #expect(features["ALONE"] == 1)
        #expect(features["L:option"] == nil)
    }

    @Test func trainingLearnsWhichWordsMarkAPreference() {
        let liked = ["We warmly welcome Option 1.", "Our members warmly welcome Option 1 too.", "We welcome Option 1."]
        let reported = ["NHS England reportedly likes Option 1.", "The region reportedly favours Option 1 as well."]
        var examples: [PreferenceModel.Example] = []
        for _ in 0..<3 {
            examples += liked.map { .init(features: PreferenceModel.features(of: Self.passage($0)), prefers: true) }
            examples += reported.map {
                .init(features: PreferenceModel.features(of: Self.passage($0)), prefers: false)
            }
        }
        let model = PreferenceModel.train(examples)
        #expect((model.weights["L:welcome"] ?? 0) > 0)
        #expect((model.weights["L:reportedly"] ?? 0) < 0)
        let unseenLiked = PreferenceModel.features(of: Self.passage("The Board would welcome Option 1."))
        let unseenReported = PreferenceModel.features(of: Self.passage("The CCG reportedly prefers Option 1."))
        #expect(model.probability(unseenLiked) > 0.5)
        #expect(model.probability(unseenReported) < 0.5)
        // The same examples give the same model.
        #expect(PreferenceModel.train(examples) == model)
    }

    @Test func aSuppositionIsNoPassage() {
        let sentences = LetterSentence.sentences(
            of: LetterSegmenter(questionnaire: Letters.questionnaire).segment(
                LetterParts(Letters.letter("If we adore Option 1, so be it. We adore Option 1.")).body))
        let detector = Self.detector()
        let passages = PreferenceModel.passages(
            sentences, mentions: detector.mentions(in: sentences), option: "option-1")
        #expect(passages.map { sentences[$0.sentence].text } == ["We adore Option 1."])
    }

    @Test func aModelSurvivesItsTable() {
        let model = PreferenceModel(weights: ["L:we": 0.25, "R2:is_ours": -1.5], bias: -0.75)
        #expect(PreferenceModel(table: model.table) == model)
        #expect(model.table == "(bias)\t-0.7500\nL:we\t0.2500\nR2:is_ours\t-1.5000\n")
    }

    /// A model that likes only "adore", so that what the detector does with its reading can be seen.
    static func detector() -> OptionDetector {
        var detector = plainDetector
        detector.model = PreferenceModel(weights: ["L:adore": 6], bias: -2)
        return detector
    }

    static func infer(_ body: String, detector: OptionDetector = detector()) -> Inference? {
        let segmentation = LetterSegmenter(questionnaire: Letters.questionnaire).segment(
            LetterParts(Letters.letter(body)).body)
        return detector.infer(
            LetterSentence.sentences(of: segmentation), formAnswer: segmentation.formAnswers[detector.question.id])
    }

    @Test func theModelReadsWhatTheRulesDoNotAtLowConfidence() throws {
        let body = """
            The Partnership has met twice on the consultation.

            Members adore Option 1, which keeps each partner's board. Option 2 would not suit us.
            """
        let inference = try #require(Self.infer(body))
        #expect(inference.choice == "option-1")
        #expect(inference.confidence == .low)
        #expect(inference.evidence == ["Members adore Option 1, which keeps each partner's board."])
        // Without the model the letter states nothing.
        var plain = Self.detector()
        plain.model = PreferenceModel(weights: [:], bias: -10)
        #expect(Self.infer(body, detector: plain) == nil)
    }

    @Test func theModelIsNotAskedWhenTheRulesFoundAnAnswerOrARefusal() throws {
        // The rules' own answer stands.
        let ruled = try #require(Self.infer("We adore Option 1, but we support Option 2."))
        #expect(ruled.choice == "option-2")
        #expect(ruled.confidence != .low)
        // A letter that declines to choose, or rejects both, is not read again.
        #expect(Self.infer("We adore Option 1. Even so, the Board has no preference between the two models.") == nil)
        #expect(Self.infer("We adore Option 1 in theory. In practice we support neither option.")?.choice == "neither")
        // Nor is an option the letter rejects proposed.
        #expect(Self.infer("We adore Option 1 in theory, but we oppose Option 1.") == nil)
    }

    /// "Some partners favour the joint committee. … We would prefer the CCG to be re-purposed as a statutory NHS
    /// body": a letter that reports someone else's choice is read again, but never for the option reported, and
    /// never in the sentence that reports it.
    @Test func aReportedChoiceLeavesOnlyTheOtherOptionToTheModel() throws {
        var detector = Self.detector()
        detector.model = PreferenceModel(weights: ["L:adore": 5], bias: -1)
        let other = try #require(
            Self.infer("NHS England prefers Option 2. Members adore Option 1.", detector: detector))
        #expect(other.choice == "option-1")
        #expect(other.confidence == .low)
        #expect(other.evidence == ["Members adore Option 1."])
        #expect(Self.infer("NHS England prefers Option 2. Members adore Option 2.", detector: detector) == nil)
        #expect(Self.infer("Members adore Option 1, but NHS England prefers Option 2.", detector: detector) == nil)
        // Without a report, the same sentence is read.
        #expect(Self.infer("Members adore Option 1, but they do.", detector: detector)?.choice == "option-1")
    }

    /// Cross-validation over the studied sets, grouped by set so no set is read by a model trained on it: each fold's
    /// letters are coded with a model trained on the other folds, and with the rules alone. Slow (a few minutes), so it
    /// runs only when CONSULT_CROSS_VALIDATE gives the number of folds; it prints the figures and checks that the second
    /// reading adds more right answers than wrong ones.
    @Test func crossValidatedOnTheStudiedSets() throws {
        guard let folds = ProcessInfo.processInfo.environment["CONSULT_CROSS_VALIDATE"].flatMap(Int.init), folds >= 2
        else { return }
        let questionnaire = try LetterEvaluation.questionnaire()
        let segmenter = LetterSegmenter(questionnaire: questionnaire)
        var detector = Self.detector()
        var rulesOnly = detector
        rulesOnly.model = PreferenceModel(weights: [:], bias: -100)
        let sets = PreferenceExamples.studied
        let answers = Set(["option-1", "option-2", "neither"])
        // Right and wrong answers, for the rules alone [0] and with the second reading [1].
        var (labelled, right, wrong) = (0, [0, 0], [0, 0])
        let examples = try sets.map { try PreferenceExamples.examples(from: [$0]) }
        for fold in 0..<folds {
            detector.model = PreferenceModel.train(
                examples.indices.filter { $0 % folds != fold }.flatMap { examples[$0] })
            for set in sets.indices.filter({ $0 % folds == fold }).map({ sets[$0] }) {
                for (_, label, letter) in try LetterEvaluation.labelledLetters(in: LetterEvaluation.folder(set)) {
                    let segmentation = segmenter.segment(LetterParts(letter.text).body)
                    let sentences = LetterSentence.sentences(of: segmentation)
                    let form = segmentation.formAnswers[detector.question.id]
                    if label.option != nil { labelled += 1 }
                    for (index, coder) in [rulesOnly, detector].enumerated() {
                        guard let choice = coder.infer(sentences, formAnswer: form)?.choice, answers.contains(choice)
                        else { continue }
                        if choice == label.option { right[index] += 1 } else { wrong[index] += 1 }
                    }
                }
            }
        }
        print(
            "Cross-validated over \(sets.count) sets in \(folds) folds, \(labelled) stated preferences: rules alone "
                + "\(right[0]) right, \(wrong[0]) wrong; with the second reading \(right[1]) right, \(wrong[1]) wrong")
        #expect(right[1] - right[0] > wrong[1] - wrong[0])
    }

    /// The shipped weights are what training on the studied letters gives. Set CONSULT_WRITE_PREFERENCE_MODEL to
    /// write them again after a set is studied or the features change.
    @Test func shippedModelIsTrainedOnTheStudiedLetters() throws {
        let examples = try PreferenceExamples.examples(from: PreferenceExamples.studied)
        #expect(examples.count > 1000)
        let trained = PreferenceModel.train(examples)
        if ProcessInfo.processInfo.environment["CONSULT_WRITE_PREFERENCE_MODEL"] != nil {
            let source = LetterEvaluation.packageRoot.appendingPathComponent(
                "Sources/ConsultKit/Coding/PreferenceModel+Table.swift")
            let lines = trained.table.split(separator: "\n").map {
                "        " + $0.replacingOccurrences(of: "\t", with: "\\t")
            }.joined(separator: "\n")
            let text = """
                // Written by `PreferenceModelTests.shippedModelIsTrainedOnTheStudiedLetters` when
                // CONSULT_WRITE_PREFERENCE_MODEL is set; do not edit by hand.
                extension PreferenceModel {
                    static let shippedTable = \"\"\"
                \(lines)
                        \"\"\"
                }

                """
            try text.write(to: source, atomically: true, encoding: .utf8)
        }
        let shipped = PreferenceModel.shipped
        let expected = PreferenceModel(table: trained.table)
        #expect(Set(shipped.weights.keys) == Set(expected.weights.keys))
        let drift = expected.weights.map { key, weight in abs(weight - (shipped.weights[key] ?? 0)) }.max() ?? 0
        #expect(drift < 0.001)
        #expect(abs(shipped.bias - expected.bias) < 0.001)
    }
}
