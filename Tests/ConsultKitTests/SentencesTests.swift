import Testing

@testable import ConsultKit

@Suite struct SentencesTests {
    @Test func splitsAtTerminatorsAndLineBreaks() {
        #expect(
            Sentences.split("We agree. Do you?\nYes!  Fine\n\nEnd") == ["We agree.", "Do you?", "Yes!", "Fine", "End"])
        #expect(Sentences.split("") == [])
        #expect(Sentences.split("Costs rose 2.5 per cent.") == ["Costs rose 2.5 per cent."])
    }
}
