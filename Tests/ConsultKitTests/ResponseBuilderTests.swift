import Testing

@testable import ConsultKit

@Suite struct ResponseBuilderTests {
    @Test func reportsEveryBadFieldEvenWhenTheResponseCannotBeCounted() {
        let intake = Fixture.read(
            Fixture.markdown(
                ["respondent: Y", "type: alien", "submitted: 31/02/2021", "publish: maybe"], "## q1\nanswer: agreed\n"))
        #expect(intake.responses.isEmpty)
        let messages = intake.diagnostics.map(\.formatted)
        #expect(messages.count == 4)
        #expect(messages.contains { $0.hasPrefix("r.md:3: error: unknown stakeholder type 'alien';") })
        #expect(
            messages.contains(
                "r.md:4: error: '31/02/2021' in 'submitted' is not a date; expected YYYY-MM-DD or DD/MM/YYYY"))
        #expect(
            messages.contains(
                "r.md:5: error: 'maybe' in 'publish' is not yes, no or anonymous; treated as 'no' until corrected"))
        #expect(messages.contains { $0.hasPrefix("r.md:8: error: unknown answer 'agreed' for q1;") })
    }
}
