import Foundation

@testable import ConsultKit

/// Runs `consult code`'s engine over a folder of labelled letters and measures it against the folder's
/// `expected.json` (see `Fixtures/Letters/README.md` for the labels).
///
/// "Not stated" is an abstention: precision is correct stated answers over stated answers, recall is
/// correct stated answers over letters whose label is stated. A high-confidence answer that differs from
/// the label (including a label of "not stated") is counted separately, as the worst kind of mistake.
struct LetterEvaluation {
    /// One letter's labels.
    struct Label: Decodable {
        var respondent: String?
        var type: String?
        var date: String?
        var q1: String?
        var q2: String?
        var q3: String?
        var q4: String?
        var option: String?
        var conditional: [String]
    }

    /// One field of one letter: what the label says and what the coder said.
    struct Outcome: CustomStringConvertible {
        var file: String
        var field: String
        var expected: String?
        var predicted: String?
        var confidence: Confidence?

        var isCorrect: Bool { predicted != nil && predicted == expected }
        var isHighConfidenceWrong: Bool { confidence == .high && predicted != expected }

        var description: String {
            "\(file) \(field): expected \(expected ?? "not stated"), got \(predicted ?? "not stated")"
                + (confidence.map { " (\($0.rawValue))" } ?? "")
        }
    }

    /// Precision and recall for one field.
    struct Score {
        var field: String
        var stated = 0
        var labelled = 0
        var correct = 0
        var highConfidenceWrong = 0

        var precision: Double { stated == 0 ? 1 : Double(correct) / Double(stated) }
        var recall: Double { labelled == 0 ? 1 : Double(correct) / Double(labelled) }
    }

    /// The fields scored, in table order.
    static let fields = ["q1", "q2", "q3", "q4", "option", "conditional"]

    var letters: [String: LetterText] = [:]
    var coded: [String: CodedLetter] = [:]
    var outcomes: [Outcome] = []

    /// The package's questionnaire, read from the source tree.
    static func questionnaire() throws -> Questionnaire {
        let url = packageRoot.appendingPathComponent("Questionnaires/nhse-integrating-care-2020.json")
        let (questionnaire, problems) = QuestionnaireReader.read(try Data(contentsOf: url), source: url.path)
        guard let questionnaire else {
            throw EvaluationError(message: problems.map(\.formatted).joined(separator: "\n"))
        }
        return questionnaire
    }

    /// A folder of the labelled set: `dev` or `holdout`.
    static func folder(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/ConsultKitTests/Fixtures/Letters/\(name)", isDirectory: true)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every letter `expected.json` lists, read, with its label, in file-name order.
    static func labelledLetters(in folder: URL) throws -> [(file: String, label: Label, letter: LetterText)] {
        let labels = try JSONDecoder().decode(
            [String: Label].self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        return try labels.sorted(by: { $0.key < $1.key }).map { file, label in
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
            return (file, label, try LetterText.read(bytes, source: file))
        }
    }

    /// Codes every letter `expected.json` lists and compares each field with its label.
    init(folder: URL, questionnaire: Questionnaire) throws {
        let coder = LetterCoder(questionnaire: questionnaire)
        for (file, label, letter) in try Self.labelledLetters(in: folder) {
            let result = coder.code(letter)
            letters[file] = letter
            coded[file] = result
            let answers = result.response.answers
            for question in ["q1", "q2", "q3", "q4"] {
                let expected: String? =
                    switch question {
                    case "q1": label.q1
                    case "q2": label.q2
                    case "q3": label.q3
                    default: label.q4
                    }
                let answer = answers[question]
                // "Don't know" is counted but has no side; the labels call that not stated.
                let side = answer?.choice.flatMap { choice in
                    questionnaire.question(id: question).flatMap {
                        questionnaire.options(for: $0).first { $0.id == choice }?.side
                    }
                }.flatMap { $0 == ScaleOption.noSide ? nil : $0 }
                outcomes.append(
                    Outcome(
                        file: file, field: question, expected: expected, predicted: side, confidence: answer?.confidence
                    ))
                let conditional = answer?.conditional == true
                outcomes.append(
                    Outcome(
                        file: file, field: "conditional",
                        expected: label.conditional.contains(question) ? question : nil,
                        predicted: conditional ? question : nil, confidence: conditional ? answer?.confidence : nil))
            }
            let option = answers["option"]
            // A form's "No preference" or "Don't know" is the questionnaire's option without a side, as for the
            // questions above; the labels call it not stated.
            let preferred = option?.choice.flatMap { choice in
                questionnaire.question(id: "option").flatMap {
                    questionnaire.options(for: $0).first { $0.id == choice }?.side
                }
            }.flatMap { $0 == ScaleOption.noSide ? nil : option?.choice }
            outcomes.append(
                Outcome(
                    file: file, field: "option", expected: label.option, predicted: preferred,
                    confidence: preferred == nil ? nil : option?.confidence))
            let guessedType = result.response.type
            outcomes.append(
                Outcome(file: file, field: "type", expected: label.type, predicted: guessedType, confidence: nil))
            outcomes.append(
                Outcome(
                    file: file, field: "date", expected: label.date, predicted: result.response.submitted?.description,
                    confidence: nil))
            outcomes.append(
                Outcome(
                    file: file, field: "respondent", expected: label.respondent?.matchKey,
                    predicted: result.response.respondent.matchKey, confidence: nil))
        }
    }

    /// The score of one field.
    func score(_ field: String) -> Score {
        var score = Score(field: field)
        for outcome in outcomes where outcome.field == field {
            if outcome.predicted != nil { score.stated += 1 }
            if outcome.expected != nil { score.labelled += 1 }
            if outcome.isCorrect { score.correct += 1 }
            if outcome.isHighConfidenceWrong { score.highConfidenceWrong += 1 }
        }
        return score
    }

    /// The mistakes, for reading when a target is missed.
    var mistakes: [Outcome] { outcomes.filter { $0.predicted != $0.expected && Self.fields.contains($0.field) } }

    /// Answers given with high confidence that differ from the label.
    var highConfidenceWrong: [Outcome] { outcomes.filter(\.isHighConfidenceWrong) }

    /// Evidence that is not, word for word, in the letter's text (after folding runs of white space).
    var unquotedEvidence: [String] {
        var problems: [String] = []
        for (file, result) in coded {
            let text = Self.folded(letters[file]?.text ?? "")
            for answer in result.response.answers.values {
                for sentence in answer.evidence where !text.contains(Self.folded(sentence)) {
                    problems.append("\(file) \(answer.question): \"\(sentence)\"")
                }
            }
        }
        return problems.sorted()
    }

    /// The scores as a Markdown table, with type and date accuracy below the scored fields.
    var table: String {
        var lines = [
            "| field | stated | labelled | correct | precision | recall | high-confidence wrong |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for field in Self.fields + ["type", "date", "respondent"] {
            let s = score(field)
            lines.append(
                "| \(field) | \(s.stated) | \(s.labelled) | \(s.correct) | \(Self.percent(s.precision)) | "
                    + "\(Self.percent(s.recall)) | \(s.highConfidenceWrong) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }

    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    struct EvaluationError: Error { var message: String }
}
