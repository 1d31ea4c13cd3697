import Foundation
import Testing

@testable import ConsultKit

@Suite struct LetterCodingTests {
    @Test func devSetMeetsTargets() throws {
        let evaluation = try LetterEvaluation(
            folder: LetterEvaluation.folder("dev"), questionnaire: LetterEvaluation.questionnaire())
        print(evaluation.table)
        for mistake in evaluation.outcomes where mistake.predicted != mistake.expected { print(mistake) }
        #expect(evaluation.unquotedEvidence == [])
        #expect(evaluation.highConfidenceWrong.isEmpty, "\(evaluation.highConfidenceWrong)")
    }
}
