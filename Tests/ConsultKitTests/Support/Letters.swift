import Foundation

@testable import ConsultKit

/// Codes short letters written in the tests, against the package's questionnaire.
enum Letters {
    /// The package's questionnaire, read once.
    static let questionnaire: Questionnaire = {
        do {
            return try LetterEvaluation.questionnaire()
        } catch {
            preconditionFailure("the package questionnaire cannot be read: \(error)")
        }
    }()

    /// The letter coded, as if read from a `.txt` file.
    static func code(_ text: String, source: String = "letter.txt") -> CodedLetter {
        LetterCoder(questionnaire: questionnaire).code(LetterText(source: source, format: .text, text: text))
    }

    /// The answer's choice for a question, or `nil` when not stated.
    static func choice(_ text: String, _ question: String) -> String? {
        code(text).response.answers[question]?.choice
    }

    /// The answer to a question.
    static func answer(_ text: String, _ question: String) -> Answer? {
        code(text).response.answers[question]
    }

    /// A letter with a salutation and sign-off around the body.
    static func letter(_ body: String) -> String {
        "Dear Sir/Madam,\n\n\(body)\n\nYours faithfully,\n\nA Writer\nChief Executive\nExample District Council\n"
    }
}
