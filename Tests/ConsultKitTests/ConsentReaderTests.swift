import Testing

@testable import ConsultKit

@Suite struct ConsentReaderTests {
    @Test func aFormsAnswerOnPublicationIsRead() {
        let anonymous = Letters.code(
            """
            Name: Dawn Example
            May we publish your response?   Yes, without my name

            Q1. Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            Answer: Agree
            """)
        #expect(anonymous.response.publish == .anonymous)
        #expect(anonymous.guessed.contains("publish"))
        let refused = Letters.code(
            """
            Question 1 of 3
            Name of your organisation
            Example Hospice

            Question 2 of 3
            Do you agree that giving ICSs a statutory footing from 2022, alongside other legislative proposals, \
            provides the right foundation for the NHS over the next decade?
            Agree

            Question 3 of 3
            May we publish your response?
            ( ) Yes, with the name of my organisation
            ( ) Yes, anonymously
            (•) No
            """)
        #expect(refused.response.publish == .no)
    }

    @Test(arguments: [
        ("I support the proposals. Please do not publish my name.", Publication.anonymous),
        ("We agree with the first question. We do not wish this response to be published.", .no),
        ("NHS England should not publish league tables for systems. We agree with the first question.", .yes),
        ("Contact details (will not be published): 020 7946 0000. We agree.", .yes),
        ("We agree with the first question.", .yes),
    ])
    func aLetterThatAsksNotToBePublished(body: String, expected: Publication) {
        let coded = Letters.code(Letters.letter(body))
        #expect(coded.response.publish == expected)
        #expect(coded.guessed.contains("publish") == (expected != .yes))
    }
}
